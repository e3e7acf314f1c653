"""Rule manifest: results/manifest.json, every output with its sealed SHA-256 and its rule."""

from qthermo.ledger.manifest import build_manifest
from qthermo.plumbing.outputs import write_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("manifest", snakemake.log[0])
manifest = build_manifest(
    snakemake.params.producers, snakemake.params.seal_dir, snakemake.params.config_hash
)
write_json(snakemake.output.manifest, manifest)
unsealed = [p for p, r in manifest["outputs"].items() if not r["sealed"]]
log.info(f"{len(manifest['outputs'])} outputs, {len(unsealed)} without a seal: {unsealed}")
