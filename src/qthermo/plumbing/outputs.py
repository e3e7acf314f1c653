"""Atomic, byte-reproducible writing of results (JSON, CSV, figures).

Every writer goes to a temporary file in the target directory and renames it into place, so
an interrupted job never leaves a half-written file that looks complete.
"""

from __future__ import annotations

import glob
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
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


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
