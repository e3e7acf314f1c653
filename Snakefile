# Reproducible replication workflow for quantum-thermodynamics papers.
#   snakemake --cores all            regenerate every figure and results/claims.json
#   snakemake --cores 1 verify       exit non-zero if any claim has an unexpected outcome
# Every path to the workflow's own files (package, config, schemas, rules) is resolved from
# this file's directory, so the workflow runs with -s <repo>/Snakefile -d <anywhere> and as a
# Snakemake module; outputs are written relative to the working directory.
import os
import sys
from pathlib import Path

REPO = Path(str(workflow.current_basedir)).resolve()


# Jobs import the physics package from this working tree's src/ (also inside --use-conda
# environments), whatever copy of qthermo happens to be installed.
sys.path.insert(0, str(REPO / "src"))

from qthermo.plumbing.config import (
    apply_cli_overrides,
    fill_defaults,
    load_yaml,
    validate_config,
)
from qthermo.plumbing.cost import check_budget
from qthermo.plumbing.deps import (
    closure_digest,
    load_import_cache,
    module_closure,
    save_import_cache,
)
from qthermo.plumbing.jobenv import prepend_pythonpath
from qthermo.plumbing import jobserver
from qthermo.plumbing.outputs import SEAL_DIR_ENV
from qthermo.plumbing.provenance import config_hash
from qthermo.plumbing.scheduling import LOCAL_SCHEDULING_NOTE, drop_local_rate_limit
from snakemake.logging import logger

prepend_pythonpath(str(REPO / "src"))
# Jobs seal every output they write (its SHA-256, kept under .qthermo/seals of the working
# directory); the manifest collects the seals and verify recomputes them.
SEAL_DIR = os.path.abspath(os.path.join(".qthermo", "seals"))
os.environ[SEAL_DIR_ENV] = SEAL_DIR


report: "workflow/report/workflow.rst"


# Defaults: config/config.yaml (one section per paper, the papers' values where they give
# them). `--configfile my.yaml` overrides individual keys.
# Snakemake's own YAML error does not name the file: read the defaults once with our loader
# first, so a syntax error in them stops here naming file, line and column.
DEFAULTS = load_yaml(REPO / "config" / "config.yaml")


configfile: REPO / "config" / "config.yaml"


# As a module (`module qthermo: snakefile: ...; config: config`) the including workflow's config
# replaces the defaults above: keys it does not set keep their defaults.
fill_defaults(config, REPO / "config" / "config.yaml")
# Nested `--config key={...}` values reach the workflow as strings (Snakemake reads them with
# YAML's BaseLoader): type them by the schema, so `--config 'tajima_funo={"fig1": {"beta": 2}}'`
# works like the same override in a --configfile.
apply_cli_overrides(
    config,
    getattr(getattr(workflow, "config_settings", None), "config", {}),
    REPO / "workflow" / "schemas" / "config.schema.yaml",
)
# Validate the complete config before any job is scheduled: a bad key or value stops the
# run here, naming the key and the value, and nothing is written under results/.
validate_config(config, REPO / "workflow" / "schemas" / "config.schema.yaml")
# Estimated cost of every size-driven job against budget.job_seconds: refuse (or warn) here,
# naming the job and the keys that drive it, before anything is scheduled.
check_budget(config, DEFAULTS)


# Each rule's code parameter is a digest of the package modules its script imports, transitively
# (code_digest() in common.smk). The import lists of unchanged files are kept between runs, keyed by content.
IMPORT_CACHE = os.path.join(".qthermo", "import-cache.json")
load_import_cache(IMPORT_CACHE)


include: "workflow/common.smk"


for _smk in sorted((REPO / "workflow" / "rules").glob("*.smk")):

    include: _smk


save_import_cache(IMPORT_CACHE)


# Local runs execute the script jobs in forks of one interpreter that has imported numpy, scipy,
# pandas, matplotlib and the package once (plumbing/jobserver/; QTHERMO_JOB_SERVER=0 switches it
# off). Stopped by its process id when the run ends, however it ends. They also schedule without
# Snakemake's default submission rate limit, whose re-evaluation timers pile up
# (plumbing/scheduling.py).
onstart:
    jobserver.start(
        local=workflow.local_exec,
        njobs=len(workflow.dag),
        log_path=os.path.join(".qthermo", "jobserver.log"),
    )
    if drop_local_rate_limit(workflow):
        logger.info(LOCAL_SCHEDULING_NOTE)


onsuccess:
    jobserver.stop()


onerror:
    jobserver.stop()


rule all:
    default_target: True
    input:
        lambda wc: FINAL_TARGETS,
        "results/claims.json",
        "results/manifest.json",
