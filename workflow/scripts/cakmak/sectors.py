"""Rule cakmak_sectors: draw figure cakmak_sectors."""

from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.sectors_claims import plot_sectors
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_sectors(read_table(snakemake.input.csv, schemas(snakemake.params.ck)["sectors"]), cfg)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_sectors)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
