"""Rule cakmak_claims: evaluate every ck.* claim from the cached tables."""

import pandas as pd

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak import fig2_fig3 as cakmak_n2
from qthermo.papers.cakmak import harvest_analysis as cakmak_harvest
from qthermo.papers.cakmak import scaling as cakmak_scaling
from qthermo.plumbing.runlog import job_logger

log = job_logger("cakmak_claims", snakemake.log[0])
dfs = {name: pd.read_csv(path) for name, path in snakemake.input.items() if name != "code"}
cfg = snakemake.params.cfg
art = snakemake.params.artifacts
claims = cakmak_n2.evaluate_claims(dfs, cfg, art)
claims += cakmak_scaling.evaluate_claims(dfs, cfg, art, cakmak_n2.fig3_dipolar_part(dfs))
claims += cakmak_harvest.evaluate_claims(dfs, cfg, art["harvest"])
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome})")
