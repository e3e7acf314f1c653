"""Rule tajima_funo_local_decay_claims: claims of the Carnot cycle with local decay."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.local_decay_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
sweep = read_table(snakemake.input.sweep, schemas.local_decay(cfg))
check = read_table(snakemake.input.check, schemas.local_decay_check(cfg))
claims = evaluate_claims(sweep, check, cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
