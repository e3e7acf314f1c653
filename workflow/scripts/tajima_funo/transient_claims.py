"""Rule tajima_funo_transient_claims: relaxation of rho^+ (claim tf.result2.transient)."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo.rho_plus_transient import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
claims = evaluate_claims(
    snakemake.params.cfg, hbar=snakemake.params.hbar, support_tol=snakemake.params.support_tol
)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.margin}")
