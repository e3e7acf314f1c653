"""Rule tajima_funo_friction: draw the quantum-friction figure from the friction table."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.friction_plot import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot(read_table(snakemake.input.csv, schemas.friction(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
