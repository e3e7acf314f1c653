"""Rule claims_merge: merge per-topic claim files into results/claims.json."""

from qthermo.claims import merge_claim_files
from qthermo.runlog import job_logger

log = job_logger("claims_merge", snakemake.log[0])
ledger = merge_claim_files(snakemake.input.claims, snakemake.output.ledger)
s = ledger["summary"]
log.info(
    f"{s['total']} claims: {s['pass']} pass, {s['fail']} fail; unexpected: {s['unexpected_ids']}"
)
