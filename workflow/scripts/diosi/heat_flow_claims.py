"""Rule diosi_heat_flow_claims: evaluate the diosi.* claims from the two sweep tables."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.diosi.claims import evaluate_claims
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger("diosi_heat_flow_claims", snakemake.log[0])
tables = read_tables(snakemake.input, schemas(snakemake.params.cfg))
inc, loc = tables["incoherent"], tables["local"]
claims = evaluate_claims(inc, loc, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
