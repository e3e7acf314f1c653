"""Rule cakmak_separation_large_claims: claims ck.separation.large_N_*."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.papers.cakmak.separation_large_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
sch = schemas(snakemake.params.ck)
lt = read_table(snakemake.input.separation_large, sch["separation_large"])
claims = evaluate_claims(lt, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
