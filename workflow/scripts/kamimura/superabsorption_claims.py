"""Rule kamimura_superabsorption_claims: claims kytm.superabsorption.*."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.schemas import superabsorption_schema
from qthermo.papers.kamimura.superabsorption_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, superabsorption_schema(snakemake.params.kytm))
claims = evaluate_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
