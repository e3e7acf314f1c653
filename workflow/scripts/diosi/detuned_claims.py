"""Rule diosi_detuned_claims: claims diosi.detuned.* and diosi.strong_coupling."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.diosi.detuned_claims import evaluate_claims
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
t = read_tables(snakemake.input, schemas(cfg))
claims = evaluate_claims(t["detuned_map"], t["strong_eps"], cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
