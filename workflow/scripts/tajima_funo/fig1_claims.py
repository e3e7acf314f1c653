"""Rule tajima_funo_fig1_claims: evaluate the Fig. 1 claims from the sweep table."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.fig1 import evaluate_claims
from qthermo.papers.tajima_funo.result2_claims import scaling_claim
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
df = read_table(snakemake.input.csv, schemas.fig1(snakemake.params.cfg))
cfg, art = snakemake.params.cfg, snakemake.params.artifacts
claims = [*evaluate_claims(df, cfg, art), scaling_claim(df, cfg, art)]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
