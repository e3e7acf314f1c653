"""The manifest of a run: every output, its SHA-256 and the rule that produced it.

Each output written through :func:`qthermo.plumbing.outputs.atomic_write` inside a workflow job
is *sealed*: its SHA-256 is recorded by the producing job at the moment it wrote the file.
:func:`build_manifest` collects the seals into ``results/manifest.json`` (an output without a
seal is hashed as found and marked unsealed); :func:`manifest_problems` recomputes every hash
and reports, by path and rule, outputs that changed after their job wrote them, outputs that
are missing, and files under ``results/`` and ``figures/`` that no rule produced.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from qthermo.plumbing.outputs import read_seal, sha256_file

__all__ = ["build_manifest", "manifest_problems", "OUTPUT_TOPS"]

#: Top-level directories whose every file must be a declared output.
OUTPUT_TOPS = ("results", "figures")
_IGNORED_NAMES = {"README.md"}


def build_manifest(
    producers: Mapping[str, str], seal_dir: str | os.PathLike, config_hash: str
) -> dict[str, Any]:
    """``{"config_hash", "outputs": {path: {"sha256", "rule", "sealed"}}}`` for ``producers``
    (output path -> producing rule), hashes taken from the seals where they exist."""
    outputs = {}
    for path, rule in sorted(producers.items()):
        sealed = read_seal(path, seal_dir)
        digest = sealed if sealed is not None else sha256_file(path)
        outputs[path] = {"sha256": digest, "rule": rule, "sealed": sealed is not None}
    return {"config_hash": config_hash, "outputs": outputs}


def _present_outputs(workdir: Path) -> set[str]:
    found = set()
    for top in OUTPUT_TOPS:
        for p in (workdir / top).rglob("*"):
            rel = p.relative_to(workdir)
            if (
                p.is_file()
                and p.name not in _IGNORED_NAMES
                and not any(part.startswith(".") for part in rel.parts)
            ):
                found.add(rel.as_posix())
    return found


def manifest_problems(
    manifest: Mapping[str, Any],
    workdir: str | os.PathLike = ".",
    seal_dir: str | os.PathLike | None = None,
    exempt: tuple[str, ...] = (),
) -> list[str]:
    """Every output that is missing, differs from its manifest hash or from its seal, and every
    file under ``results/``/``figures/`` not in the manifest (``exempt``: paths written after the
    manifest, e.g. ``results/report.html`` or the manifest itself)."""
    workdir = Path(workdir)
    outputs = manifest.get("outputs", {})
    problems = []
    if not outputs:
        problems.append("the manifest lists no outputs")
    for path, rec in sorted(outputs.items()):
        full = workdir / path
        if not full.is_file():
            problems.append(f"{path} (rule {rec['rule']}): missing")
            continue
        digest = sha256_file(full)
        if digest != rec["sha256"]:
            problems.append(f"{path} (rule {rec['rule']}): changed after the manifest was written")
        sealed = read_seal(full, seal_dir) if seal_dir is not None else None
        if sealed is not None and sealed != digest:
            problems.append(f"{path} (rule {rec['rule']}): changed after its job wrote it")
    declared = set(outputs) | set(exempt)
    for extra in sorted(_present_outputs(workdir) - declared):
        problems.append(f"{extra}: not produced by any rule of this run")
    return problems
