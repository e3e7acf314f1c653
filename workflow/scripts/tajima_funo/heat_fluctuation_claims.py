"""Rule tajima_funo_heat_fluctuation_claims: slide 23's A as heat fluctuation, A >= 0, rho_bd = rho_sd."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo.heat_fluctuation_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
claims = evaluate_claims(snakemake.params.cfg, hbar=snakemake.params.hbar)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.margin}")
