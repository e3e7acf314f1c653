"""Rule sensitivity: evaluate one paper's interpretation choices and scans."""

import importlib

from qthermo.ledger.alternatives import sensitivity
from qthermo.plumbing.outputs import write_json
from qthermo.plumbing.runlog import job_logger

paper = snakemake.wildcards.paper
log = job_logger(f"sensitivity[{paper}]", snakemake.log[0])
module = importlib.import_module(f"qthermo.papers.{paper}.alternatives")
log.info(f"{len(module.CHOICES)} choices, {len(module.SCANS)} scans")
record = sensitivity(paper, module.CHOICES, module.SCANS, snakemake.params.cfg, log=log.info)
write_json(snakemake.output.json, record)
