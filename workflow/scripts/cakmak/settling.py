"""Rule cakmak_settling: draw figure cakmak_settling."""

from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.settling_claims import plot_settling
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, sch = snakemake.params.cfg, schemas(snakemake.params.ck)
fig = plot_settling(
    read_table(snakemake.input.settling_ladder, sch["settling_ladder"]),
    read_table(snakemake.input.settling_full, sch["settling_full"]),
    cfg,
)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_settling)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
