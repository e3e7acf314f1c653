"""Rule kamimura_family_claims: claims kytm.family.exponents and kytm.family.L_body."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.kamimura.family_claims import evaluate_claims
from qthermo.papers.kamimura.schemas import family_schema, schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fam = read_table(snakemake.input.family, family_schema(cfg))
eq12 = read_table(snakemake.input.eq12, schemas(cfg)["eq12"])
claims = evaluate_claims(fam, eq12, cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
