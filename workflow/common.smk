# Shared definitions for all rule files (included before workflow/rules/*.smk).

import re

# The software environment of every rule (with --use-conda), relative to the rule files.
ENV = "../../envs/environment.yaml"


def code_digest(*modules):
    """Digest of the source a job runs (a rule's ``params: code=``): the named package modules
    (``"papers/tajima_funo/fig1"``), the plumbing modules every job script uses, and everything
    they import (transitively). A job reruns when any of them changes (the ``params`` rerun
    trigger), and not when an unrelated module does. A parameter, not inputs: Snakemake checks
    every ready job's inputs at every scheduling round (qthermo.plumbing.deps)."""
    base = [
        "plumbing/runlog",
        "plumbing/outputs",
        "ledger/claims",
        "plumbing/provenance",
        "plumbing/tables",
    ]
    root = REPO / "src" / "qthermo"
    return closure_digest(module_closure([*base, *modules], root=root), root=root)


# Each paper's rule file appends its claim file(s) and final targets to these lists.
CLAIM_FILES = []
FINAL_TARGETS = []


def repo_path(*parts):
    """A file of the workflow itself, relative to the working directory: input paths then stay
    the same when the whole tree is moved or copied, so nothing reruns for that alone.
    """
    return os.path.relpath(REPO.joinpath(*parts))


def literal_constant(path, name):
    """The literal value assigned to ``name`` at module level in the Python file ``path``
    (read without importing the module, so the DAG is built without its dependencies).
    """
    import ast

    for node in ast.parse(Path(path).read_text()).body:
        targets = (
            [node.target]
            if isinstance(node, ast.AnnAssign)
            else getattr(node, "targets", [])
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(node.value)
    raise ValueError(f"{path}: no module-level constant {name}")


# Values of the wildcards of wildcard rules (set by the rule files that define them), so that
# every concrete output is known to the manifest.
WILDCARD_VALUES = {}


def output_producers():
    """Every declared output of the workflow -> the rule that produces it (wildcard outputs
    expanded over ``WILDCARD_VALUES``)."""
    out = {}
    for r in workflow.rules:
        if r.name == "manifest":
            continue
        for f in r.output:
            if str(f).startswith("logs/"):
                continue
            pattern = re.sub(r"\{(\w+),[^}]*\}", r"{\1}", str(f))  # drop constraints
            for path in (
                expand(pattern, **WILDCARD_VALUES) if r.has_wildcards() else [pattern]
            ):
                out[path] = r.name
    return out
