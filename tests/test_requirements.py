"""Dependency pins: the .in files, the hashed locks, pyproject.toml and the conda env agree.

Fast and offline: only parses files. Layout (see requirements/README.md):
runtime.in (direct runtime pins) <- test.in (-r runtime.in + test tools) <- slurm.in (-r test.in +
SLURM executor plugins); lock.txt = compiled test.in, lock-slurm.txt = compiled slurm.in.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
REQ = ROOT / "requirements"
SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")
REGENERATE = "sh requirements/compile.sh"
SLURM_ONLY = {"snakemake-executor-plugin-slurm", "snakemake-executor-plugin-slurm-jobstep"}

PIN_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
LOCK_ENTRY_RE = re.compile(
    r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$"
)
HASH_RE = re.compile(r"^\s+--hash=sha256:[0-9a-f]{64}\s*\\?$")


def norm(name: str) -> str:
    """PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_in(path: Path) -> dict[str, str]:
    """{name: version} of a .in file, following ``-r`` includes; every line must be ``==``."""
    pins: dict[str, str] = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("-r "):
            pins.update(parse_in(path.parent / line[3:].strip()))
            continue
        m = PIN_RE.match(line)
        assert m and m.end() == len(line), f"{path.name}: not an exact pin: {raw!r}"
        pins[norm(m.group(1))] = m.group(2)
    return pins


def parse_lock(text: str) -> list[dict]:
    """Entries of a pip-compile/uv lock: name, version, marker, hashes (one dict per entry)."""
    entries: list[dict] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace():
            assert entries, f"continuation line before any requirement: {raw!r}"
            if HASH_RE.match(raw):
                entries[-1]["hashes"].append(raw.split("=", 1)[1].strip(" \\"))
            else:
                entries[-1]["other"].append(raw.strip())
            continue
        m = LOCK_ENTRY_RE.match(raw)
        if not m:
            entries.append(
                {"name": raw, "version": None, "marker": None, "hashes": [], "other": []}
            )
            continue
        entries.append(
            {
                "name": norm(m.group(1)),
                "version": m.group(2),
                "marker": m.group(3),
                "hashes": [],
                "other": [],
            }
        )
    return entries


def lock_problems(lock_text: str, direct: dict[str, str]) -> list[str]:
    """Why ``lock_text`` is not a complete hashed lock of the ``direct`` pins (empty: it is)."""
    problems = []
    entries = parse_lock(lock_text)
    if not entries:
        return ["lock has no entries"]
    by_name: dict[str, list[dict]] = {}
    for e in entries:
        if e["version"] is None:
            problems.append(f"not an exact pin: {e['name']!r}")
            continue
        if not e["hashes"]:
            problems.append(f"{e['name']}=={e['version']}: no --hash")
        if e["other"]:
            problems.append(f"{e['name']}: unexpected option lines {e['other']}")
        by_name.setdefault(e["name"], []).append(e)
    for name, version in sorted(direct.items()):
        found = by_name.get(name)
        if not found:
            problems.append(f"direct pin {name}=={version} missing from the lock")
            continue
        for e in found:
            if e["version"] != version:
                problems.append(f"{name}: pinned =={version} but locked =={e['version']}")
            if e["marker"]:
                problems.append(f"{name}: direct dependency locked only under {e['marker']!r}")
    return problems


def runtime_pins() -> dict[str, str]:
    return parse_in(REQ / "runtime.in")


def dev_pins() -> dict[str, str]:
    return parse_in(REQ / "test.in")


def slurm_pins() -> dict[str, str]:
    return parse_in(REQ / "slurm.in")


LOCKS = {"lock.txt": dev_pins, "lock-slurm.txt": slurm_pins}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_has_every_direct_pin_with_hashes(lock):
    text = (REQ / lock).read_text()
    assert lock_problems(text, LOCKS[lock]()) == []


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_carries_the_constraints(lock):
    """The validated transitive pins (requirements/constraints.txt) are what got locked."""
    assert lock_problems((REQ / lock).read_text(), parse_in(REQ / "constraints.txt")) == []


def test_lock_txt_has_no_cluster_plugins():
    names = {e["name"] for e in parse_lock((REQ / "lock.txt").read_text())}
    assert not names & SLURM_ONLY, "slurm plugins belong to lock-slurm.txt only"
    slurm_names = {e["name"] for e in parse_lock((REQ / "lock-slurm.txt").read_text())}
    assert SLURM_ONLY <= slurm_names
    assert names <= slurm_names


def test_layers_are_nested_and_disjoint():
    rt, te, sl = runtime_pins(), dev_pins(), slurm_pins()
    assert rt and set(rt) < set(te) < set(sl)
    assert set(sl) - set(te) == SLURM_ONLY
    assert "qutip" in set(te) - set(rt), "qutip is a test oracle, not a runtime dependency"


def test_qutip_not_imported_at_runtime():
    """If a package module starts importing qutip, qutip must move back to runtime.in."""
    pattern = re.compile(r"^\s*(import qutip|from qutip\b)", re.M)
    offenders = [
        str(p.relative_to(ROOT))
        for base in ("src", "workflow")
        for p in (ROOT / base).rglob("*.py")
        if pattern.search(p.read_text())
    ]
    assert offenders == [] or "qutip" in runtime_pins()


def test_in_files_document_the_regenerate_command():
    for name in ("runtime.in", "test.in", "slurm.in"):
        head = (REQ / name).read_text().split("\n\n")[0]
        assert REGENERATE in head, f"{name}: regenerate command missing from the header"
    assert REGENERATE in (REQ / "README.md").read_text()
    for lock in LOCKS:
        assert REGENERATE in (REQ / lock).read_text().splitlines()[1]


def test_compile_script_is_universal_and_hashed():
    script = (REQ / "compile.sh").read_text()
    for flag in ("--universal", "--generate-hashes", "--python-version 3.11"):
        assert flag in script


def test_top_level_requirements_is_the_lock():
    lines = [
        ln.strip()
        for ln in (ROOT / "requirements.txt").read_text().splitlines()
        if ln.strip() and not ln.lstrip().startswith("#")
    ]
    assert lines == ["-r requirements/lock.txt"]


def test_conda_environment_agrees_with_direct_pins():
    env = yaml.safe_load((ROOT / "envs" / "environment.yaml").read_text())
    pip_deps = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    conda_pins = {}
    for dep in pip_deps:
        m = PIN_RE.match(dep)
        assert m, f"environment.yaml: not an exact pin: {dep}"
        conda_pins[norm(m.group(1))] = m.group(2)
    assert conda_pins == dev_pins()
    python = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert len(python) == 1
    assert python[0].split("=", 1)[1] in SUPPORTED_PYTHONS


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _names(reqs: list[str]) -> set[str]:
    return {norm(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in reqs}


def test_pyproject_requires_python_covers_supported():
    spec = SpecifierSet(_pyproject()["project"]["requires-python"])
    for v in SUPPORTED_PYTHONS:
        assert spec.contains(f"{v}.0") and spec.contains(f"{v}.99"), v
    assert not spec.contains("3.10.99")
    classifiers = _pyproject()["project"]["classifiers"]
    for v in SUPPORTED_PYTHONS:
        assert f"Programming Language :: Python :: {v}" in classifiers
    assert _pyproject()["tool"]["ruff"]["target-version"] == "py311"


def test_pyproject_dependencies_match_in_files():
    proj = _pyproject()["project"]
    rt, te, sl = runtime_pins(), dev_pins(), slurm_pins()
    assert _names(proj["dependencies"]) == set(rt)
    assert _names(proj["optional-dependencies"]["test"]) == set(te) - set(rt)
    assert _names(proj["optional-dependencies"]["slurm"]) == set(sl) - set(te)
    # lower bounds (if any) never exclude the locked version
    for req in proj["dependencies"] + sum(proj["optional-dependencies"].values(), []):
        name = norm(re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0])
        spec = SpecifierSet(req[len(re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0]) :])
        assert spec.contains(sl[name]), f"pyproject {req!r} excludes the locked {sl[name]}"


# ------------------------------------------------------------------ negative controls


def _real_lock() -> str:
    return (REQ / "lock.txt").read_text()


def _mutate_version(text: str, name: str, new_version: str) -> str:
    out, n = re.subn(rf"(?m)^{re.escape(name)}==[^\s;\\]+", f"{name}=={new_version}", text)
    assert n == 1
    return out


def test_negative_control_version_drift_is_caught():
    text = _mutate_version(_real_lock(), "numpy", "2.0.0")
    assert any(
        "numpy: pinned ==2.4.6 but locked ==2.0.0" in p for p in lock_problems(text, dev_pins())
    )


def test_negative_control_missing_hash_is_caught():
    lines = _real_lock().splitlines()
    i = next(k for k, ln in enumerate(lines) if ln.startswith("scipy=="))
    j = i + 1
    while lines[j].lstrip().startswith("--hash"):
        j += 1
    mutated = "\n".join(lines[:i] + ["scipy==1.17.1"] + lines[j:])
    problems = lock_problems(mutated, dev_pins())
    assert "scipy==1.17.1: no --hash" in problems


def test_negative_control_missing_pin_and_unpinned_line_are_caught():
    text = _real_lock().replace("\nqutip==", "\nqutip-renamed==", 1) + "\nrequests>=2\n"
    problems = lock_problems(text, dev_pins())
    assert "direct pin qutip==5.3.1 missing from the lock" in problems
    assert "not an exact pin: 'requests>=2'" in problems


def test_negative_control_marker_only_direct_dependency():
    text = re.sub(
        r"(?m)^(pandas==3\.1\.1) \\$", r"\1 ; python_full_version < '3.12' \\", _real_lock()
    )
    assert any(
        "pandas: direct dependency locked only under" in p for p in lock_problems(text, dev_pins())
    )
