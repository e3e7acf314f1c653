"""Rule inputs: the transitive closure of package imports."""

from pathlib import Path

import pytest

from qthermo.deps import module_closure

ROOT = Path(__file__).resolve().parents[1] / "src" / "qthermo"


def names(paths):
    return {str(Path(p).relative_to(ROOT)) for p in paths}


def test_closure_follows_relative_imports_transitively():
    got = names(module_closure(["engine"], root=ROOT))
    # engine -> tradeoff -> thermo -> lindblad -> model; engine -> states
    assert {
        "engine.py",
        "tradeoff.py",
        "thermo.py",
        "lindblad.py",
        "model.py",
        "states.py",
        "__init__.py",
    } <= got
    assert "kamimura.py" not in got and "cakmak.py" not in got


def test_closure_of_subpackage_module_includes_parent_imports_and_init():
    got = names(module_closure(["analyses/tf_fig1"], root=ROOT))
    assert {"analyses/__init__.py", "analyses/tf_fig1.py", "two_n_state.py", "figures.py"} <= got


def test_unknown_module_is_an_error():
    with pytest.raises(FileNotFoundError, match="no_such_module"):
        module_closure(["no_such_module"], root=ROOT)


def test_every_package_module_is_reachable_from_some_rule_or_is_a_tool():
    """Guards against a module silently missing from all rule inputs."""
    import re

    rules = (ROOT.parents[1] / "workflow" / "rules").glob("*.smk")
    used: set[str] = set()
    for smk in rules:
        for args in re.findall(r"pkg\((.*?)\)", smk.read_text(), re.S):
            mods = re.findall(r'"([\w/]+)"', args)
            used |= names(
                module_closure(
                    ["runlog", "outputs", "claims", "config", "provenance", *mods], root=ROOT
                )
            )
    tools = {"verify.py", "baseline.py", "jobenv.py", "deps.py", "paths.py", "py.typed"}
    tools |= {"ledger/__init__.py", "ledger/diff.py"}  # CLI tools, not used by rules
    all_modules = {str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py")}
    assert all_modules - used <= tools, sorted(all_modules - used - tools)
