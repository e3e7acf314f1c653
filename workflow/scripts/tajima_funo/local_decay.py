"""Rule tajima_funo_local_decay: draw the local-decay figure."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.local_decay_claims import plot_local_decay
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
sweep = read_table(snakemake.input.sweep, schemas.local_decay(cfg))
transient = read_table(snakemake.input.transient, schemas.local_decay_transient(cfg))
save_figure(
    plot_local_decay(sweep, transient, cfg),
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_local_decay),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
