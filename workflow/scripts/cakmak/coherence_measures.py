"""Rule cakmak_coherence_measures: draw figure cakmak_coherence_measures."""

from qthermo.papers.cakmak.coherence_measures_claims import plot_coherence_measures
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, sch = snakemake.params.cfg, schemas(snakemake.params.ck)
fig = plot_coherence_measures(
    read_table(snakemake.input.coherence_measures, sch["coherence_measures"]), cfg
)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_coherence_measures)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
