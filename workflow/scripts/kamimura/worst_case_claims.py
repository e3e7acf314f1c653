"""Rule kamimura_worst_case_claims: evaluate the kytm.worst_case.* claims."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.schemas import schemas
from qthermo.papers.kamimura.worst_case_claims import evaluate_worst_case_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_tables(snakemake.input, schemas(snakemake.params.cfg))["table"]
claims = evaluate_worst_case_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
