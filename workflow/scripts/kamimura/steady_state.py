"""Rule kamimura_steady_state: draw figures/kamimura_steady_state from the steady-state tables."""

from qthermo.papers.kamimura.schemas import steady_state_schemas
from qthermo.papers.kamimura.steady_state_plot import plot_steady_state
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_steady_state(read_tables(snakemake.input, steady_state_schemas(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_steady_state),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
