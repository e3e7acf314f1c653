"""Rule cakmak_dipolar_regime_claims: claims ck.fig3.f0_gamma0_invisible, ck.fig3.onset_nbar_gamma0."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.dipolar_regime_claims import evaluate_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, schemas(snakemake.params.ck)["dipolar_regime"])
claims = evaluate_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
