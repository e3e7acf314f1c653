"""Rule cakmak_readings_claims: ck.iiia.x_state, ck.frame.c_l1_invariant, ck.iv.real_positive,
ck.eq28.*."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak import power_claims, readings_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, art = snakemake.params.cfg, snakemake.params.artifacts
dfs = read_tables(snakemake.input, schemas(cfg))
claims = [
    *readings_claims.evaluate_claims(dfs, cfg, art),
    *power_claims.evaluate_claims(dfs, cfg, art),
]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome})")
