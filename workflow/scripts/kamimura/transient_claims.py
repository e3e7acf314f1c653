"""Rule kamimura_transient_claims: claim kytm.transient.heat_budget."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.schemas import transient_schemas
from qthermo.papers.kamimura.transient_claims import heat_budget_claim
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg, sch = snakemake.params.cfg, transient_schemas(snakemake.params.cfg)
curves = read_table(snakemake.input.curves, sch["curves"])
budget = read_table(snakemake.input.budget, sch["budget"])
claims = [heat_budget_claim(curves, budget, cfg, snakemake.params.artifacts)]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
