"""Provenance: what produced an output (rule, script, config hash, software versions)."""

from __future__ import annotations

import hashlib
import json
import platform
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["config_hash", "figure_provenance", "software_versions", "collect_provenance"]

PACKAGES = ("qthermo", "numpy", "scipy", "qutip", "pandas", "matplotlib", "snakemake", "jsonschema")


def config_hash(section: Any) -> str:
    """Short SHA-256 of a config (section), canonical JSON, for provenance."""
    blob = json.dumps(section, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def figure_provenance(
    rule: str, script: str, cfg: Any, producer: Callable[..., Any] | str | None = None
) -> dict[str, str]:
    """Metadata stored inside each figure: producing rule, script, config hash and the
    qualified name of the function that drew it (``producer``)."""
    meta = {"rule": rule, "script": Path(script).name, "config_hash": config_hash(cfg)}
    if producer is not None:
        meta["producer"] = (
            producer
            if isinstance(producer, str)
            else f"{producer.__module__}.{producer.__qualname__}"
        )
    return meta


def software_versions() -> dict[str, str]:
    """Installed versions of the packages the results depend on."""
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _git_commit(root: Path) -> str:
    try:
        res = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return res.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def collect_provenance(config: dict[str, Any], root: str | Path = ".") -> dict[str, Any]:
    """Provenance record for ``results/provenance.json`` (no timestamps: reproducible bytes)."""
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": f"{platform.system()}-{platform.machine()}",
        "packages": software_versions(),
        "git_commit": _git_commit(Path(root)),
        "config_hash": config_hash(config),
        "config_hash_per_section": {k: config_hash(v) for k, v in sorted(config.items())},
    }
