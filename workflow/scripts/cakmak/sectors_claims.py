"""Rule cakmak_sectors_claims: claims ck.iv.sector_steady_states, ck.iv.f0_all_initial_states."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.sectors_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, schemas(snakemake.params.ck)["sectors"])
claims = evaluate_claims(df, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
