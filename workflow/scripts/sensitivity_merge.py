"""Rule sensitivity_merge: results/sensitivity.json, after checking every record against the
ledger (the selected reading must reproduce the ledger's statuses)."""

from qthermo.ledger.alternatives import sensitivity_problems
from qthermo.plumbing.outputs import read_json, write_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("sensitivity_merge", snakemake.log[0])
ledger = read_json(snakemake.input.ledger)
records = [read_json(p) for p in sorted(snakemake.input.records)]
problems = [p for r in records for p in sensitivity_problems(r, ledger)]
if problems:
    for p in problems:
        log.error(p)
    raise SystemExit("sensitivity records disagree with the ledger:\n  " + "\n  ".join(problems))
write_json(snakemake.output.json, {"papers": records})
n = sum(len(r["choices"]) + len(r["scans"]) for r in records)
log.info(f"{n} choices and scans over {len(records)} papers")
