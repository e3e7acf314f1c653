"""Executed notebooks with reproducible bytes.

``python -m qthermo.plumbing.notebooks SOURCE.py OUTPUT.ipynb`` reads a jupytext (percent-format)
notebook, executes it with the Snakemake run's working directory as the kernel's working
directory (and in ``$QTHERMO_WORKDIR``, see :func:`qthermo.plumbing.paths.workdir`), and writes
the ``.ipynb`` atomically with what would differ between two runs removed: cell ids are derived
from the cell's position, and per-cell execution timestamps are dropped.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from qthermo.plumbing.outputs import atomic_write
from qthermo.plumbing.paths import WORKDIR_ENV

__all__ = ["normalize", "execute", "main"]


def _merge_streams(outputs: list[Any]) -> list[Any]:
    """Consecutive ``stream`` outputs with the same name as one output (text concatenated)."""
    merged: list[Any] = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and out.get("output_type") == "stream" == prev.get("output_type")
            and out.get("name") == prev.get("name")
        ):
            prev["text"] = "".join(prev["text"]) + "".join(out["text"])
        else:
            merged.append(out)
    return merged


def normalize(nb: Any) -> Any:
    """Make an executed notebook's bytes depend only on its content (in place; returns it)."""
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:03d}"
        cell.get("metadata", {}).pop("execution", None)
        if "outputs" in cell:
            cell["outputs"] = _merge_streams(cell["outputs"])
    nb.metadata.pop("widgets", None)
    return nb


def execute(
    source: str | Path, output: str | Path, workdir: str | Path, timeout: int = 900
) -> Path:
    """Execute ``source`` in ``workdir`` and write the normalized notebook to ``output``."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    nb = jupytext.read(str(source))
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    os.environ[WORKDIR_ENV] = str(Path(workdir).resolve())
    NotebookClient(
        nb, kernel_name="python3", timeout=timeout, resources={"metadata": {"path": str(workdir)}}
    ).execute()
    normalize(nb)

    def _write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            nbformat.write(nb, fh)

    return atomic_write(output, _write)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Execute a jupytext notebook reproducibly.")
    ap.add_argument("source")
    ap.add_argument("output")
    ap.add_argument("--workdir", default=".", help="working directory of the run (default: .)")
    args = ap.parse_args(argv)
    execute(args.source, args.output, args.workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
