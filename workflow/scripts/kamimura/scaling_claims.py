"""Rule kamimura_scaling_claims: evaluate the kytm.* claims from the sweep tables."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.claims import evaluate_claims
from qthermo.papers.kamimura.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
tables = read_tables(snakemake.input, schemas(snakemake.params.cfg))
claims = evaluate_claims(tables, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
