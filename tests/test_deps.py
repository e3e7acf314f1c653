"""Rule code parameters: the transitive closure of package imports and its digest."""

import json
from pathlib import Path

import pytest

from qthermo.plumbing.deps import closure_digest, module_closure

ROOT = Path(__file__).resolve().parents[1] / "src" / "qthermo"


def names(paths):
    return {str(Path(p).relative_to(ROOT)) for p in paths}


def test_closure_follows_relative_imports_transitively():
    got = names(module_closure(["core/cycles"], root=ROOT))
    # cycles -> tradeoff -> thermo -> superop, model; cycles -> states
    assert {
        "core/cycles.py",
        "core/tradeoff.py",
        "core/thermo.py",
        "core/superop.py",
        "core/model.py",
        "core/states.py",
        "core/__init__.py",
        "__init__.py",
    } <= got
    assert not any(n.startswith("papers/") and n != "papers/__init__.py" for n in got)


def test_closure_of_subpackage_module_includes_parent_imports_and_init():
    got = names(module_closure(["papers/tajima_funo/fig1"], root=ROOT))
    assert {
        "papers/__init__.py",
        "papers/tajima_funo/__init__.py",
        "papers/tajima_funo/fig1.py",
        "papers/tajima_funo/two_n_state.py",
    } <= got
    # a function-level import (the plot's matplotlib setup) is part of the closure too
    assert "plumbing/figures.py" in names(
        module_closure(["papers/tajima_funo/fig1_plot"], root=ROOT)
    )


def test_unknown_module_is_an_error():
    with pytest.raises(FileNotFoundError, match="no_such_module"):
        module_closure(["no_such_module"], root=ROOT)


def test_every_package_module_is_reachable_from_some_rule_or_is_a_tool():
    """Guards against a module silently missing from all rule inputs."""
    import re

    rules = (ROOT.parents[1] / "workflow" / "rules").glob("*.smk")
    used: set[str] = set()
    per_paper = sorted(p.parent.name for p in ROOT.glob("papers/*/alternatives.py"))
    for smk in rules:
        for args in re.findall(r"code_digest\((.*?)\)", smk.read_text(), re.S):
            mods = re.findall(r'"([\w/]+)"', args)
            # f"papers/{wc.paper}/<module>": the wildcard rule covers every paper that has one
            for tail in re.findall(r'f"papers/\{wc\.paper\}/(\w+)"', args):
                mods += [f"papers/{p}/{tail}" for p in per_paper]
            used |= names(
                module_closure(
                    [
                        "plumbing/runlog",
                        "plumbing/outputs",
                        "ledger/claims",
                        "plumbing/config",
                        "plumbing/provenance",
                        *mods,
                    ],
                    root=ROOT,
                )
            )
    tools = {
        "ledger/verify.py",
        "ledger/baseline.py",
        "plumbing/jobenv.py",
        "plumbing/deps.py",
        # how jobs run (the local job server), not what they compute: no output depends on it
        "plumbing/jobserver/__init__.py",
        "plumbing/jobserver/client.py",
        "plumbing/jobserver/server.py",
        "plumbing/scheduling.py",  # when Snakemake schedules, not what a job computes
        "plumbing/paths.py",
        "plumbing/config_docs.py",
        "plumbing/notebooks.py",
        "ledger/diff.py",
        "py.typed",
        # fast methods used by benchmarks/cakmak_peers.py and their cross-check tests only
        "papers/cakmak/ladder.py",
        "papers/cakmak/matrix_free.py",
        "papers/tajima_funo/triplet_chain.py",
    }
    all_modules = {str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py")}
    assert all_modules - used <= tools, sorted(all_modules - used - tools)


def test_tests_by_module_maps_modules_to_the_tests_that_import_them():
    from qthermo.plumbing.deps import tests_by_module

    index = tests_by_module(ROOT.parents[1] / "tests", ROOT)
    assert "tests/test_deps.py" in index["qthermo.plumbing.deps"]
    assert "tests/test_tf_fig1.py" in index["qthermo.papers.tajima_funo.fig1"]
    assert all(t.startswith("tests/test_") for files in index.values() for t in files)


@pytest.fixture
def fresh_import_cache(monkeypatch):
    """An empty in-memory import cache and no per-process resolution cache."""
    from qthermo.plumbing import deps

    monkeypatch.setattr(deps, "_TARGETS", deps._TargetCache())
    deps._imports.cache_clear()
    deps._closure.cache_clear()
    yield deps
    deps._imports.cache_clear()
    deps._closure.cache_clear()


def _mini_package(root: Path, a_imports: str) -> Path:
    pkg = root / "qthermo"
    (pkg / "sub").mkdir(parents=True)
    for f in ("__init__.py", "sub/__init__.py", "b.py", "c.py"):
        (pkg / f).write_text('"""x"""\n')
    (pkg / "sub" / "a.py").write_text(f'"""a"""\n\n\ndef f():\n    {a_imports}\n')
    return pkg


def test_persisted_import_cache_gives_the_same_closure_without_parsing(
    fresh_import_cache, tmp_path, monkeypatch
):
    deps = fresh_import_cache
    want = module_closure(["papers/tajima_funo/fig1", "plumbing/figures"], root=ROOT)
    cache = tmp_path / ".qthermo" / "import-cache.json"
    deps.save_import_cache(cache)
    assert cache.is_file() and not deps._TARGETS.dirty
    mtime = cache.stat().st_mtime_ns
    deps.save_import_cache(cache)  # nothing new parsed: the file is not rewritten
    assert cache.stat().st_mtime_ns == mtime

    monkeypatch.setattr(deps, "_TARGETS", deps._TargetCache())
    deps._imports.cache_clear()
    deps._closure.cache_clear()
    deps.load_import_cache(cache)

    def no_parsing(*args):
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(deps, "_import_targets", no_parsing)
    assert module_closure(["papers/tajima_funo/fig1", "plumbing/figures"], root=ROOT) == want


def test_import_cache_is_keyed_by_content_so_an_edit_is_seen(
    fresh_import_cache, tmp_path, monkeypatch
):
    deps = fresh_import_cache
    pkg = _mini_package(tmp_path / "v1", "from ..b import x  # noqa")
    cache = tmp_path / "cache.json"
    got = {Path(p).name for p in module_closure(["sub/a"], root=pkg)}
    assert "b.py" in got and "c.py" not in got
    deps.save_import_cache(cache)

    # the same path, edited (same size, so a size/mtime key could miss it): now imports c
    (pkg / "sub" / "a.py").write_text('"""a"""\n\n\ndef f():\n    from ..c import x  # noqa\n')
    monkeypatch.setattr(deps, "_TARGETS", deps._TargetCache())  # a new process
    deps._imports.cache_clear()
    deps._closure.cache_clear()
    deps.load_import_cache(cache)
    got = {Path(p).name for p in module_closure(["sub/a"], root=pkg)}
    assert "c.py" in got and "b.py" not in got

    # written back: the edited file's new entry, not its old one (the cache does not grow
    # with every edit)
    before = set(json.loads(cache.read_text()))
    deps.save_import_cache(cache)
    after = set(json.loads(cache.read_text()))
    assert len(before - after) == 1 and len(after - before) == 1


def test_unreadable_import_cache_is_ignored(fresh_import_cache, tmp_path):
    deps = fresh_import_cache
    bad = tmp_path / "cache.json"
    bad.write_text("{not json")
    deps.load_import_cache(bad)
    deps.load_import_cache(tmp_path / "missing.json")
    assert deps._TARGETS.entries == {}
    pkg = _mini_package(tmp_path / "p", "from ..b import x  # noqa")
    assert "b.py" in {Path(p).name for p in module_closure(["sub/a"], root=pkg)}


def _tree(tmp_path, files):
    root = tmp_path / "pkg"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_closure_digest_follows_content_and_names_not_place_or_mtime(tmp_path):
    files = {"__init__.py": "", "a.py": "from .b import f\n", "b.py": "def f(): pass\n"}
    root = _tree(tmp_path / "one", files)
    closure = module_closure(["a"], root=root)
    ref = closure_digest(closure, root=root)
    assert ref.startswith("sha256:") and len(ref) == 7 + 64
    # the same tree elsewhere (a moved or copied checkout) gives the same digest
    other = _tree(tmp_path / "two", files)
    assert closure_digest(module_closure(["a"], root=other), root=other) == ref
    # a new mtime alone changes nothing
    import os

    os.utime(root / "b.py", ns=(1, 1))
    assert closure_digest(closure, root=root) == ref
    # an edit of an imported module changes it, also within one process
    (root / "b.py").write_text("def f(): return 1\n")
    edited = closure_digest(closure, root=root)
    assert edited != ref
    # so does a module's name: the same bytes under another name
    third = _tree(tmp_path / "three", {"b.py": "x = 1\n", "c.py": "x = 1\n"})
    assert closure_digest([third / "b.py"], root=third) != closure_digest(
        [third / "c.py"], root=third
    )
