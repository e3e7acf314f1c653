"""Rule tajima_funo_incoherent: draw the figure of the incoherent 2N-state states."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.incoherent_activity_claims import plot_incoherent
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_incoherent(read_table(snakemake.input.csv, schemas.incoherent(cfg)), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_incoherent),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
