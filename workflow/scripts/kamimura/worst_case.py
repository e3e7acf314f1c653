"""Rule kamimura_worst_case: draw figures/kamimura_worst_case from the worst-case table."""

from qthermo.papers.kamimura.schemas import schemas
from qthermo.papers.kamimura.worst_case_plot import plot_worst_case
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_worst_case(read_tables(snakemake.input, schemas(cfg))["table"], cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_worst_case),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
