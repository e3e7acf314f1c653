# Reproducible replication workflow for quantum-thermodynamics papers.
#   snakemake --cores all            regenerate every figure and results/claims.json
#   snakemake --cores 1 verify       exit non-zero if any claim has an unexpected outcome
import sys
from pathlib import Path

# Jobs import the physics package from this working tree's src/ (also inside --use-conda
# environments), whatever copy of qthermo happens to be installed.
_SRC = str(Path(workflow.basedir) / "src")
sys.path.insert(0, _SRC)

from qthermo.config import validate_config
from qthermo.deps import module_closure
from qthermo.jobenv import prepend_pythonpath

prepend_pythonpath(_SRC)


report: "workflow/report/workflow.rst"


# Defaults: one YAML file per topic (workflow/config/<section>.yaml), the papers' values
# where the papers give them. `--configfile my.yaml` overrides individual keys.
for _cf in sorted(Path("workflow/config").glob("*.yaml")):

    configfile: _cf


# Validate the complete config before any job is scheduled: a bad key or value stops the
# run here, naming the key and the value, and nothing is written under results/.
validate_config(config, "workflow/schemas")


include: "workflow/common.smk"


for _smk in sorted(Path("workflow/rules").glob("*.smk")):

    include: _smk


rule all:
    default_target: True
    input:
        lambda wc: FINAL_TARGETS,
        "results/claims.json",
