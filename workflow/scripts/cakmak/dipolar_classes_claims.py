"""Rule cakmak_dipolar_classes_claims: claims of Sec. III B's classes and the far limit."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.dipolar_classes_claims import evaluate_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger(snakemake.rule, snakemake.log[0])
t = read_tables(snakemake.input, schemas(snakemake.params.ck))
claims = evaluate_claims(
    t["dipolar_classes"], t["dipolar_oscillations"], t["far_limit"],
    snakemake.params.cfg["dipolar_classes"], snakemake.params.artifacts,
)  # fmt: skip
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
