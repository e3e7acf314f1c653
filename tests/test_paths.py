"""Repository lookup used by the notebooks."""

from pathlib import Path

import pytest

from qthermo.plumbing.paths import repo_root

ROOT = Path(__file__).resolve().parents[1]


def test_repo_root_from_a_subdirectory():
    assert repo_root(ROOT / "notebooks") == ROOT


def test_repo_root_missing_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="Snakefile"):
        repo_root(tmp_path)
