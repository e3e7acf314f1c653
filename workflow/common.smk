# Shared definitions for all rule files (included before workflow/rules/*.smk).


def pkg(*modules):
    """Source files a job depends on - the named package modules (``"papers/tajima_funo/fig1"``),
    the plumbing modules every job script uses, and everything they import (transitively). A
    job reruns when any of them changes, and not when an unrelated module does."""
    base = ["plumbing/runlog", "plumbing/outputs", "ledger/claims", "plumbing/config", "plumbing/provenance"]
    return [os.path.relpath(f) for f in module_closure([*base, *modules], root=REPO / "src" / "qthermo")]


# Each paper's rule file appends its claim file(s) and final targets to these lists.
CLAIM_FILES = []
FINAL_TARGETS = []
