"""Rule cakmak_heat_exchange: draw figure cakmak_heat_exchange."""

from qthermo.papers.cakmak.heat_exchange_plot import plot_heat_exchange
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_heat_exchange(read_tables(snakemake.input, schemas(cfg)), cfg)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_heat_exchange)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
