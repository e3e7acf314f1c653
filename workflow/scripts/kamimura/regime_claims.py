"""Rule kamimura_regime_claims: regime table and claim kytm.regime.unit_couplings."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.regime import regime_claim, regime_table
from qthermo.papers.kamimura.schemas import regime_schema, schemas, steady_state_schemas
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
scaling = read_table(snakemake.input.scaling, schemas(cfg)["scaling"])
steady = read_table(
    snakemake.input.steady_state, steady_state_schemas(cfg["steady_state"])["steady_state"]
)
table = regime_table(scaling, steady, x_max=cfg["regime"]["x_max"], Omega=cfg["scaling"]["Omega"])
regime_schema(cfg).validate(table)
write_csv(snakemake.output.regime, table)
claims = [regime_claim(table, cfg["regime"], snakemake.params.artifacts)]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
