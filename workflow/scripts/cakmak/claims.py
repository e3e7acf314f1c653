"""Rule cakmak_claims: evaluate every ck.* claim from the cached tables."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.claims import evaluate_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = read_tables(snakemake.input, schemas(snakemake.params.cfg))
claims = evaluate_claims(dfs, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome})")
