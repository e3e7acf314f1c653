"""Rule kamimura_transient: draw figures/kamimura_transient."""

from qthermo.papers.kamimura.schemas import transient_schemas
from qthermo.papers.kamimura.transient_claims import plot_transient
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, sch = snakemake.params.cfg, transient_schemas(snakemake.params.cfg)
fig = plot_transient(
    read_table(snakemake.input.curves, sch["curves"]),
    read_table(snakemake.input.budget, sch["budget"]),
    cfg,
)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_transient),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
