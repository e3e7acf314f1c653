"""Rule tajima_funo_steady_current: draw the two-bath steady-state figure."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.steady_current_plot import plot_steady_current
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_steady_current(read_table(snakemake.input.csv, schemas.steady_current(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_steady_current),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
