"""Shared timing helper for the benchmark scripts (run them as ``python benchmarks/<name>.py``)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(fn: Callable[[], object], repeat: int = 7, number: int = 1) -> float:
    """Median over ``repeat`` runs of the mean wall time of ``number`` calls (seconds).

    Medians, not single timings: the machines are shared and noisy.
    """
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return statistics.median(times)


def timings(fn: Callable[[], object], repeats: int) -> tuple[list[float], object]:
    """Wall times (seconds) of ``repeats`` calls of ``fn`` and the last call's result."""
    out: list[float] = []
    result: object = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        out.append(time.perf_counter() - t0)
    return out, result


def fmt(ts: list[float], scale: float = 1.0) -> str:
    """``median (min-max)`` of ``ts * scale`` with three significant digits."""
    return f"{statistics.median(ts) * scale:.3g} ({min(ts) * scale:.3g}-{max(ts) * scale:.3g})"


def table_args(doc: str, repeats: int):
    """Command line of the table-writing benchmarks: ``--repeats`` and ``--out``."""
    import argparse
    from pathlib import Path

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=repeats)
    ap.add_argument("--out", type=Path, default=None)
    return ap.parse_args()


def emit(lines: list[str], out) -> None:
    """Print the Markdown table and write it to ``out`` (if given)."""
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
