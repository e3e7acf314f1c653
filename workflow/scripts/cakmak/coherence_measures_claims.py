"""Rule cakmak_coherence_measures_claims: claims ck.coherence.*."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.cakmak.coherence_measures_claims import evaluate_claims
from qthermo.papers.cakmak.schemas import schemas
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
sch = schemas(snakemake.params.ck)
scaling = read_table(snakemake.input.coherence_measures, sch["coherence_measures"])
full = read_table(snakemake.input.coherence_measures_full, sch["coherence_measures_full"])
claims = evaluate_claims(scaling, full, snakemake.params.cfg, snakemake.params.artifacts)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} (expected {c.expected_outcome}) {c.measured}")
