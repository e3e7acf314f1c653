"""Rule cakmak_harvesting: draw figure cakmak_harvesting (T_eff of the working qubit, collision model)."""

from qthermo.papers.cakmak.harvesting_figure import plot_harvesting
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = read_tables(snakemake.input, schemas(snakemake.params.cfg))
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_harvesting)
save_figure(plot_harvesting(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
