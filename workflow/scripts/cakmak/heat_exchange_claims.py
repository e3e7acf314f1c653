"""Rule cakmak_heat_exchange_claims: ck.appendix_a.*, ck.eq19.*, ck.eq27.* from the tables."""

import pandas as pd

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.heat_exchange_claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = {name: pd.read_csv(path) for name, path in snakemake.input.items() if name != "code"}
claims = evaluate_claims(dfs, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome})")
