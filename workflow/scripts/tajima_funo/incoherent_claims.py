"""Rule tajima_funo_incoherent_claims: claim tf.result2.incoherent_cost."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.incoherent_activity_claims import incoherent_cost_claim
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = read_table(snakemake.input.csv, schemas.incoherent(cfg))
claims = [incoherent_cost_claim(df, cfg, snakemake.params.artifacts)]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
