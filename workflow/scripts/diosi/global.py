"""Rule diosi_global: draw figure diosi_global."""

from qthermo.papers.diosi.global_claims import plot_global
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
t = read_tables(snakemake.input, schemas(cfg))
fig = plot_global(t["global_comparison"], t["global_map"], t["local"], cfg["global"])
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_global)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
