"""Rule kamimura_bath_readings_claims: claims kytm.broadband.*, kytm.parallel.bath_reading,
kytm.eq11.norm."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.bath_readings_claims import evaluate_claims
from qthermo.papers.kamimura.schemas import bath_readings_schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
sch = bath_readings_schemas(snakemake.params.kytm)
bb = read_table(snakemake.input.broadband, sch["broadband"])
pb = read_table(snakemake.input.parallel_bath, sch["parallel_bath"])
claims = evaluate_claims(bb, pb, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
