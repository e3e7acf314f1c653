"""Rule cakmak_settling_claims: claims ck.iv.monotone_in_time and ck.iv.settling_f0."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.settling_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
sch = schemas(snakemake.params.ck)
ladder = read_table(snakemake.input.settling_ladder, sch["settling_ladder"])
full = read_table(snakemake.input.settling_full, sch["settling_full"])
claims = evaluate_claims(ladder, full, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
