"""Rule cakmak_separation: draw figure cakmak_separation."""

from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.separation_claims import plot_separation
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, sch = snakemake.params.cfg, schemas(snakemake.params.ck)
fig = plot_separation(
    read_table(snakemake.input.separation, sch["separation"]),
    read_table(snakemake.input.separation_curves, sch["separation_curves"]),
    read_table(snakemake.input.separation_fig3, sch["separation_fig3"]),
    cfg,
)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_separation)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
