"""Rule diosi_heat_flow_claims: evaluate the diosi.* claims from the two sweep tables."""

import pandas as pd

from qthermo.ledger.claims import write_claims
from qthermo.papers.diosi.claims import evaluate_claims
from qthermo.plumbing.runlog import job_logger

log = job_logger("diosi_heat_flow_claims", snakemake.log[0])
inc = pd.read_csv(snakemake.input.incoherent)
loc = pd.read_csv(snakemake.input.local)
claims = evaluate_claims(inc, loc, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
