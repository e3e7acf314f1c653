"""Rule tajima_funo_laws_claims: sigma >= 0, the first law and engine operation."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import laws_claims as laws
from qthermo.papers.tajima_funo import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
inp, cfg, art = snakemake.input, snakemake.params.cfg, snakemake.params.artifacts
tables = {
    "fig1": read_table(inp.fig1, schemas.fig1(cfg["fig1"])),
    "friction": read_table(inp.friction, schemas.friction(cfg["friction"])),
    "fig3_details": read_table(inp.fig3_details, schemas.fig3_details(cfg["superradiant"])),
    "steady_current": read_table(inp.steady_current, schemas.steady_current(cfg["steady_current"])),
    "incoherent": read_table(inp.incoherent, schemas.incoherent(cfg["incoherent"])),
}
carnot = read_table(inp.carnot, schemas.fig2(cfg["carnot"]))
fig4 = read_table(inp.fig4_details, schemas.fig4_details(cfg["superradiant"]))
classical = read_table(inp.classical, schemas.classical_engine(cfg["superradiant"]))
claims = [
    laws.second_law_claim(tables, art["second_law"]),
    laws.first_law_claim(carnot, fig4, art["cycles"][:2]),
    laws.operation_claim(carnot, fig4, classical, art["cycles"]),
]
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
