""".ci/run and .github/workflows/ci.yml run the same commands, and both use the README install.

Compared: every ``pip install``, ``python -m pytest``, ``snakemake`` and ``.ci/compare_runs.py``
invocation (as a set of command strings), the Python versions of the multi-Python stage, the
quick-configuration path, and the README's "The two commands" (verbatim in both).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CI_RUN = ROOT / ".ci" / "run"
CI_YML = ROOT / ".github" / "workflows" / "ci.yml"
README = ROOT / "README.md"

TRACKED = ("pip install", "python -m pytest", "snakemake", "python .ci/compare_runs.py")
_SEPARATORS = re.compile(r"&&|\|\||;|\(|\)|\{(?=\s)|(?<![^\s;])\}|(?<!\|)\|(?!\|)")


def shell_commands(script: str) -> set[str]:
    """Tracked commands in a shell script: pieces between ``&&``/``;``/``(``/``|``..., without
    redirections, that start with one of :data:`TRACKED`."""
    script = re.sub(r"\\\n\s*", " ", script)
    out = set()
    for line in script.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for piece in _SEPARATORS.split(line):
            piece = re.split(r"\s+\d?>", piece)[0].strip()
            if piece.startswith(TRACKED) and not piece.startswith("snakemake-"):
                out.add(re.sub(r"\s+", " ", piece))
    return out


def workflow_runs(yml_text: str) -> list[str]:
    """The ``run:`` scripts of every step of every job."""
    doc = yaml.safe_load(yml_text)
    return [
        step["run"]
        for job in doc["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def readme_commands(readme_text: str) -> list[str]:
    """Command lines of the README's "## The two commands" code block."""
    section = readme_text.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]


def _shell_var(script: str, name: str) -> str:
    m = re.search(rf'(?m)^{name}="([^"]*)"', script)
    assert m, f".ci/run: {name}= not found"
    return m.group(1)


def sync_problems(run_text: str, yml_text: str, readme_text: str) -> list[str]:
    """Why .ci/run and the GitHub workflow disagree (empty list: they agree)."""
    problems = []
    local = shell_commands(run_text)
    runs = workflow_runs(yml_text)
    remote = set().union(*(shell_commands(r) for r in runs))
    for cmd in sorted(local - remote):
        problems.append(f"only in .ci/run: {cmd}")
    for cmd in sorted(remote - local):
        problems.append(f"only in ci.yml: {cmd}")

    commands = readme_commands(readme_text)
    if len(commands) != 2:
        problems.append(f"README: expected two commands, found {commands}")
    for cmd in commands:
        install = cmd.rsplit(" && ", 1)[0]
        if "--require-hashes -r requirements/lock.txt" not in install:
            problems.append(f"README command does not install from the hashed lock: {cmd}")
        for label, text in ((".ci/run", run_text), ("ci.yml", "\n".join(runs))):
            if install not in text:
                problems.append(f"{label}: README install {install!r} not used")
    test_cmd = next((c for c in commands if c.endswith("python -m pytest")), None)
    for label, text in ((".ci/run", run_text), ("ci.yml", "\n".join(runs))):
        if test_cmd is None or test_cmd not in text:
            problems.append(f"{label}: README command (2) not run verbatim")

    doc = yaml.safe_load(yml_text)
    matrix = doc["jobs"]["fast"]["strategy"]["matrix"]["python-version"]
    pythons = _shell_var(run_text, "PYTHONS").split() + _shell_var(run_text, "MAIN_PYTHON").split()
    if sorted(matrix) != sorted(pythons):
        problems.append(f"Python versions differ: ci.yml {matrix} vs .ci/run PYTHONS")
    wf = _shell_var(run_text, "WORKFLOW_PYTHONS").split()
    cross = "\n".join(s.get("run", "") for s in doc["jobs"]["cross-python"]["steps"])
    m = re.search(r"for v in ([^;]+);", cross)
    if not m or m.group(1).split() != wf:
        problems.append(f"quick-workflow Pythons differ: .ci/run WORKFLOW_PYTHONS={wf}")
    if doc.get("env", {}).get("QUICK_CONFIG") != _shell_var(run_text, "QUICK_CONFIG"):
        problems.append("QUICK_CONFIG differs between .ci/run and ci.yml")
    uploads = [
        s
        for job in doc["jobs"].values()
        for s in job.get("steps", [])
        if str(s.get("uses", "")).startswith("actions/upload-artifact")
    ]
    if not any("results/report.html" in s.get("with", {}).get("path", "") for s in uploads):
        problems.append("ci.yml: the report is not uploaded as an artifact")
    return problems


def _texts() -> tuple[str, str, str]:
    return CI_RUN.read_text(), CI_YML.read_text(), README.read_text()


def test_ci_run_and_github_workflow_agree():
    assert sync_problems(*_texts()) == []


def test_expected_commands_are_tracked():
    cmds = shell_commands(CI_RUN.read_text())
    for cmd in (
        "pip install --require-hashes -r requirements/lock.txt",
        "pip install --no-deps -e .",
        "python -m pytest",
        "python -m pytest -m slow -n 2 --dist loadfile",
        "python -m pytest -n 2",
        "snakemake --cores all",
        "snakemake --cores 1 verify",
        "snakemake --cores 1 baseline_check",
        "snakemake --report results/report.html",
        "snakemake --cores all --configfile $QUICK_CONFIG",
    ):
        assert cmd in cmds


def test_quick_config_variable_matches_files():
    pattern = _shell_var(CI_RUN.read_text(), "QUICK_CONFIG")
    assert sorted(ROOT.glob(pattern)), f"QUICK_CONFIG={pattern} matches no file"


# ------------------------------------------------------------------ negative controls


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "        run: snakemake --cores 1 verify\n",
            "        run: echo skipped\n",
            "only in .ci/run",
        ),
        ("python -m pytest -m slow", "python -m pytest -m 'slow or workflow'", "only in ci.yml"),
        ('["3.11", "3.12", "3.13"]', '["3.11", "3.12"]', "Python versions differ"),
        ("for v in 3.13;", "for v in 3.12 3.13;", "quick-workflow Pythons differ"),
        ('QUICK_CONFIG: "config/quick.yaml"', 'QUICK_CONFIG: "x.yaml"', "QUICK_CONFIG"),
        ("results/report.html\n            results/claims.json", "results/claims.json", "uploaded"),
    ],
)
def test_negative_control_drifted_workflow(old, new, message):
    run_text, yml_text, readme_text = _texts()
    assert old in yml_text
    problems = sync_problems(run_text, yml_text.replace(old, new), readme_text)
    assert any(message in p for p in problems), problems


def test_negative_control_readme_install_changed():
    run_text, yml_text, readme_text = _texts()
    mutated = readme_text.replace(
        "pip install --require-hashes -r requirements/lock.txt && pip install --no-deps -e .",
        "pip install -r requirements.txt -e .",
    )
    assert mutated != readme_text
    problems = sync_problems(run_text, yml_text, mutated)
    assert any("hashed lock" in p for p in problems)
    assert any("not run verbatim" in p for p in problems)


def test_negative_control_ci_run_drops_a_step():
    run_text, yml_text, readme_text = _texts()
    mutated = run_text.replace("snakemake --cores 1 baseline_check\n", "")
    assert mutated != run_text
    assert "only in ci.yml: snakemake --cores 1 baseline_check" in sync_problems(
        mutated, yml_text, readme_text
    )
