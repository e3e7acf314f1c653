"""Rule cakmak_scaling_beyond: draw figure cakmak_scaling_beyond (growth to N = 1000 and saturation in nbar)."""

from qthermo.papers.cakmak.scaling_beyond import plot_scaling_beyond
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = read_tables(snakemake.input, schemas(snakemake.params.cfg))
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_scaling_beyond)
save_figure(
    plot_scaling_beyond(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
