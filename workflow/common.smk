# Shared definitions for all rule files (included before workflow/rules/*.smk).

ENV = "../../envs/environment.yaml"


def pkg(*modules):
    """Source files of the package modules a rule depends on (reruns when they change)."""
    base = ["__init__", "outputs", "claims", "runlog", "config"]
    return sorted({str(Path("src/qthermo") / f"{m}.py") for m in (*base, *modules)})


# Each topic's rule file appends its claim file(s) and final targets to these lists.
CLAIM_FILES = []
FINAL_TARGETS = []
