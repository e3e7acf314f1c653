"""Rule kamimura_family: draw figures/kamimura_family."""

from qthermo.papers.kamimura.family_claims import plot_family
from qthermo.papers.kamimura.schemas import family_schema, schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
inp, sch = snakemake.input, schemas(cfg)
fig = plot_family(
    read_table(inp.scaling, sch["scaling"]),
    read_table(inp.family, family_schema(cfg)),
    read_table(inp.eq12, sch["eq12"]),
    cfg,
)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_family),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
