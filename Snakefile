# Reproducible replication workflow for quantum-thermodynamics papers.
#   snakemake --cores all            regenerate every figure and results/claims.json
#   snakemake --cores 1 verify       exit non-zero if any claim has an unexpected outcome
from pathlib import Path

from qthermo.config import validate_config


report: "workflow/report/workflow.rst"


# Defaults: one YAML file per topic (workflow/config/<section>.yaml), the papers' values
# where the papers give them. `--configfile my.yaml` overrides individual keys.
for _cf in sorted(Path("workflow/config").glob("*.yaml")):

    configfile: _cf


# Validate the complete config before any job is scheduled: a bad key or value stops the
# run here, naming the key and the value, and nothing is written under results/.
validate_config(config, "workflow/schemas")

PKG = Path("src/qthermo")


def pkg(*modules):
    """Source files of the package modules a rule depends on (reruns when they change)."""
    base = ["__init__", "outputs", "claims", "runlog", "config"]
    return sorted({str(PKG / f"{m}.py") for m in (*base, *modules)})


# Each topic's rule file appends its claim file(s) and final figures to these lists.
CLAIM_FILES = []
FINAL_TARGETS = []


for _smk in sorted(Path("workflow/rules").glob("*.smk")):

    include: _smk


rule all:
    default_target: True
    input:
        lambda wc: FINAL_TARGETS,
        "results/claims.json",
