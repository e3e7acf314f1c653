"""Rule tajima_funo_classical_engine: draw the classical-engine comparison figure."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.classical_engine_plot import plot_classical_engine
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_classical_engine(read_table(snakemake.input.csv, schemas.classical_engine(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_classical_engine),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
