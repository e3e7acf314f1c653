"""Rule diosi_global_claims: claims diosi.global.*."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.diosi.global_claims import evaluate_claims
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
t = read_tables(snakemake.input, schemas(cfg))
claims = evaluate_claims(
    t["global_comparison"], t["global_map"], t["local"], cfg["global"], cfg["tolerances"],
    snakemake.params.artifacts,
)  # fmt: skip
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
