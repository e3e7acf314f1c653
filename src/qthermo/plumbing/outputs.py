"""Atomic, byte-reproducible writing of results (JSON, CSV, figures).

Every writer goes to a temporary file in the target directory and renames it into place, so
an interrupted job never leaves a half-written file that looks complete.
"""

from __future__ import annotations

import glob
import hashlib
import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "atomic_write",
    "sha256_file",
    "seal",
    "read_seal",
    "seal_path",
    "SEAL_DIR_ENV",
    "temporary_siblings",
    "write_json",
    "write_csv",
    "read_json",
    "to_jsonable",
]


TEMP_SUFFIX = ".partial"


def temporary_siblings(path: str | os.PathLike) -> list[Path]:
    """Leftover temporaries of ``path`` (``.<name>.<random>.partial``), e.g. from a killed job."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"))


def atomic_write(path: str | os.PathLike, writer: Callable[[str], None]) -> Path:
    """Call ``writer(tmp_path)`` and atomically rename the result to ``path``.

    The temporary file is ``.<name>.<random>.partial`` in the target directory: hidden, and
    with a suffix no reader globs for (``*.csv``, ``*.png``), so a job killed mid-write (even
    by SIGKILL, where no cleanup runs) leaves nothing that looks like a result. Such leftovers
    of ``path`` are removed the next time ``path`` is written; each output has a single writer
    (one Snakemake job), so they cannot belong to a live write. Writers must therefore pass
    the file format explicitly rather than infer it from the temporary name.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in temporary_siblings(path):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    os.close(fd)
    try:
        writer(tmp)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results are meant to be shared
        digest = sha256_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    seal(path, digest)
    return path


#: Set by the workflow (Snakefile) for its jobs: where writers record what they wrote.
SEAL_DIR_ENV = "QTHERMO_SEAL_DIR"


def sha256_file(path: str | os.PathLike) -> str:
    """Hex SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def seal_path(path: str | os.PathLike, seal_dir: str | os.PathLike) -> Path:
    """Where the seal of ``path`` (relative to the working directory) is kept."""
    rel = Path(os.path.relpath(Path(path).resolve(), Path(seal_dir).resolve().parents[1]))
    return Path(seal_dir) / (rel.as_posix().replace("/", "__") + ".json")


def seal(path: str | os.PathLike, digest: str) -> None:
    """Record, inside a workflow job, the SHA-256 of an output just written (its seal).

    A seal is written by the job that produced the file, at the moment it did, so a later edit
    of the file (by hand, or a restored mtime) no longer matches it; ``verify`` compares them.
    Outside the workflow (no ``$QTHERMO_SEAL_DIR``) nothing is recorded.
    """
    seal_dir = os.environ.get(SEAL_DIR_ENV)
    if not seal_dir:
        return
    target = seal_path(path, seal_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".seal.", suffix=TEMP_SUFFIX)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"sha256": digest}, fh)
    os.replace(tmp, target)


def read_seal(path: str | os.PathLike, seal_dir: str | os.PathLike) -> str | None:
    """The sealed SHA-256 of ``path``, or None if it was not written through :func:`atomic_write`."""
    target = seal_path(path, seal_dir)
    if not target.is_file():
        return None
    return str(json.loads(target.read_text(encoding="utf-8"))["sha256"])


def to_jsonable(obj: Any) -> Any:
    """Convert numpy scalars/arrays and non-finite floats into JSON-safe values.

    ``inf`` and ``nan`` become the strings ``"inf"``, ``"-inf"``, ``"nan"`` so the file stays
    strict JSON.
    """
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return [to_jsonable(v) for v in obj.tolist()]
    if isinstance(obj, np.bool_ | bool):
        return bool(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, np.floating | float):
        x = float(obj)
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return x
    if isinstance(obj, Path):
        return str(obj)
    return obj


def write_json(path: str | os.PathLike, data: Any) -> Path:
    """Write ``data`` as sorted, indented, strict JSON (atomically)."""
    text = json.dumps(to_jsonable(data), indent=2, sort_keys=True, allow_nan=False) + "\n"

    def _w(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)

    return atomic_write(path, _w)


def read_json(path: str | os.PathLike) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_csv(path: str | os.PathLike, frame, float_format: str = "%.17g") -> Path:
    """Write a pandas DataFrame as CSV with full float precision and ``\\n`` line ends."""

    def _w(tmp: str) -> None:
        frame.to_csv(tmp, index=False, float_format=float_format, lineterminator="\n")

    return atomic_write(path, _w)
