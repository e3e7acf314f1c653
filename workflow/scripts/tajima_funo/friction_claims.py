"""Rule tajima_funo_friction_claims: claims tf.friction and tf.ineq{2,3,4}.coherent."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.friction_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, schemas.friction(snakemake.params.cfg))
claims = evaluate_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
