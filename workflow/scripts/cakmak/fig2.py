"""Rule cakmak_fig2: draw figure cakmak_fig2 (Fig. 2: N = 2 from |gg>, numerics and Eq. 5)."""

from qthermo.papers.cakmak.fig2 import plot_fig2
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = read_tables(snakemake.input, schemas(snakemake.params.cfg))
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig2)
save_figure(plot_fig2(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
