"""Rule kamimura_printed_claims: the printed forms evaluated beside the corrected ones."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.printed_forms import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
claims = evaluate_claims(snakemake.params.cfg)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
