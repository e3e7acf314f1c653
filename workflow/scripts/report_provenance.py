"""Rule provenance: write results/provenance.json (no timestamps; reproducible bytes)."""

from qthermo.ledger.report import provenance_record
from qthermo.plumbing.outputs import write_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("provenance", snakemake.log[0])
rec = provenance_record(snakemake.params.cfg, snakemake.input.sources, root=snakemake.params.root)
write_json(snakemake.output.json, rec)
log.info(
    f"config {rec['config_hash']}, sources {rec['source_sha256'][:16]} ({rec['source_files']} files)"
)
