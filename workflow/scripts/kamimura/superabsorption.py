"""Rule kamimura_superabsorption: draw figures/kamimura_superabsorption."""

from qthermo.papers.kamimura.schemas import superabsorption_schema
from qthermo.papers.kamimura.superabsorption_claims import plot_superabsorption
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_superabsorption(
    read_table(snakemake.input.csv, superabsorption_schema(snakemake.params.kytm)), cfg
)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_superabsorption)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
