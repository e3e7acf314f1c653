"""Rule kamimura_scaling: draw figures/kamimura_scaling from the sweep tables."""

from qthermo.papers.kamimura.scaling_plot import plot_scaling
from qthermo.papers.kamimura.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
tables = read_tables(snakemake.input, schemas(cfg))
fig = plot_scaling(tables, cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_scaling),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
