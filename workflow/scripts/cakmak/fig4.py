"""Rule cakmak_fig4: draw figure cakmak_fig4 (Fig. 4: long-time C_l1 versus N with the cubic fit)."""

from qthermo.papers.cakmak.fig4 import plot_fig4
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = read_tables(snakemake.input, schemas(snakemake.params.cfg))
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig4)
save_figure(plot_fig4(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
