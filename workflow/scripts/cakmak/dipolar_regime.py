"""Rule cakmak_dipolar_regime: draw figure cakmak_dipolar_regime."""

from qthermo.papers.cakmak.dipolar_regime_claims import plot_dipolar_regime
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = read_table(snakemake.input.csv, schemas(snakemake.params.ck)["dipolar_regime"])
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_dipolar_regime)
save_figure(
    plot_dipolar_regime(df, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
