"""Rule tajima_funo_fig1: draw Tajima-Funo Fig. 1 from the sweep table."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.fig1_plot import plot_fig1
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_fig1(read_table(snakemake.input.csv, schemas.fig1(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig1),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
