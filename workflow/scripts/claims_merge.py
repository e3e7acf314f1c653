"""Rule claims_merge: merge per-paper claim files into results/claims.json."""

from qthermo.ledger.claims import merge_claim_files
from qthermo.plumbing.deps import tests_by_module
from qthermo.plumbing.runlog import job_logger

log = job_logger("claims_merge", snakemake.log[0])
tests = tests_by_module(snakemake.params.tests_dir, snakemake.params.package)
ledger = merge_claim_files(snakemake.input.claims, snakemake.output.ledger, tests=tests)
s = ledger["summary"]
log.info(
    f"{s['total']} claims: {s['pass']} pass, {s['fail']} fail; unexpected: {s['unexpected_ids']}"
)
