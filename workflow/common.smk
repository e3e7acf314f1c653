# Shared definitions for all rule files (included before workflow/rules/*.smk).

ENV = "../../envs/environment.yaml"


def pkg(*modules):
    """Source files a job depends on - the named package modules, the infrastructure modules
    every job script uses, and everything they import (transitively). A job reruns when any of
    them changes, and not when an unrelated module does."""
    base = ["runlog", "outputs", "claims", "config", "provenance"]
    return module_closure([*base, *modules], root="src/qthermo")


# Each topic's rule file appends its claim file(s) and final targets to these lists.
CLAIM_FILES = []
FINAL_TARGETS = []
