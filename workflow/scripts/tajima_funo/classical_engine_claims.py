"""Rule tajima_funo_classical_engine_claims: claims of the classical-engine comparison."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.classical_engine_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, schemas.classical_engine(snakemake.params.cfg))
claims = evaluate_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
