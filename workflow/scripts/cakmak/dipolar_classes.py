"""Rule cakmak_dipolar_classes: draw figure cakmak_dipolar_classes."""

from qthermo.papers.cakmak.dipolar_classes_claims import plot_dipolar_classes
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
t = read_tables(snakemake.input, schemas(snakemake.params.ck))
fig = plot_dipolar_classes(
    t["dipolar_classes"], t["dipolar_oscillations"], t["far_limit"], cfg["dipolar_classes"]
)
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_dipolar_classes)
save_figure(fig, snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
