"""Packaging hygiene: pins are exact and mirrored in the conda environment file."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def pins():
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def test_requirements_are_exact_pins():
    assert pins()
    for req in pins():
        assert "==" in req, f"not pinned exactly: {req}"


def test_conda_environment_mirrors_requirements():
    env = yaml.safe_load((ROOT / "envs" / "environment.yaml").read_text())
    pip_deps = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert sorted(pip_deps) == sorted(pins())
    assert "python=3.11" in env["dependencies"]
