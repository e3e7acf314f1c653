"""Rule kamimura_steady_state_claims: claims of the two-bath steady states and engines."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.schemas import steady_state_schemas
from qthermo.papers.kamimura.steady_state_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
tables = read_tables(snakemake.input, steady_state_schemas(cfg))
claims = evaluate_claims(tables, cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
