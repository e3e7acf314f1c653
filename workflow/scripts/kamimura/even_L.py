"""Rule kamimura_even_L: draw figures/kamimura_even_L."""

from qthermo.papers.kamimura.even_L_claims import plot_even_L
from qthermo.papers.kamimura.schemas import even_L_schema
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_even_L(read_table(snakemake.input.csv, even_L_schema(snakemake.params.kytm)), cfg)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_even_L)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
