"""Rule kamimura_scaling_claims: evaluate the kytm.* claims from the sweep tables."""

import pandas as pd

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
names = ("scaling", "eq12", "burst_peaks", "rwa")
tables = {n: pd.read_csv(snakemake.input[n]) for n in names}
claims = evaluate_claims(tables, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
