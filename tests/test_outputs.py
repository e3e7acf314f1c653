"""Atomic writers: no half-written file ever appears under a name a reader globs for.

Regression for a CI failure: a run killed by SIGKILL during a CSV write left its temporary
file (then named ``.fig2.csv.<random>.csv``) behind; the rerun's notebook globbed
``results/cakmak/*.csv``, picked up the truncated file and failed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

from qthermo.plumbing.outputs import (
    TEMP_SUFFIX,
    atomic_write,
    read_json,
    temporary_siblings,
    write_csv,
    write_json,
)


def test_csv_and_json_round_trip_and_are_byte_stable(tmp_path):
    frame = pd.DataFrame({"x": np.linspace(0, 1, 5), "y": np.arange(5) ** 2})
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(a, frame)
    write_csv(b, frame)
    assert a.read_bytes() == b.read_bytes()
    pd.testing.assert_frame_equal(pd.read_csv(a), frame, check_dtype=False)
    write_json(tmp_path / "c.json", {"b": 1.5, "a": [1, 2]})
    assert read_json(tmp_path / "c.json") == {"a": [1, 2], "b": 1.5}
    assert oct(a.stat().st_mode & 0o777) == oct(0o644)
    assert list(tmp_path.glob(".*")) == []


def test_failing_writer_leaves_neither_target_nor_temporary(tmp_path):
    target = tmp_path / "t.csv"

    def boom(tmp: str) -> None:
        with open(tmp, "w") as fh:
            fh.write("x\n1")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, boom)
    assert list(tmp_path.iterdir()) == []


def test_failing_writer_keeps_previous_version(tmp_path):
    target = tmp_path / "t.json"
    write_json(target, {"v": 1})

    def boom(tmp: str) -> None:
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError, match="writer failed"):
        atomic_write(target, boom)
    assert read_json(target) == {"v": 1}


def test_sigkilled_writer_leaves_only_an_unglobbed_partial_that_the_next_write_removes(
    tmp_path,
):
    target = tmp_path / "fig2.csv"
    script = textwrap.dedent(
        f"""
        import os, signal
        from qthermo.plumbing.outputs import atomic_write

        def killed_mid_write(tmp):
            with open(tmp, "w") as fh:
                fh.write("t,c\\n0.0,")
                fh.flush()
            os.kill(os.getpid(), signal.SIGKILL)

        atomic_write({str(target)!r}, killed_mid_write)
        """
    )
    res = subprocess.run([sys.executable, "-c", script], env=os.environ.copy())
    assert res.returncode == -signal.SIGKILL
    assert not target.exists()
    leftovers = temporary_siblings(target)
    assert len(leftovers) == 1 and leftovers[0].name.endswith(TEMP_SUFFIX)
    # What a reader of "all CSVs in this directory" would see: nothing.
    assert list(tmp_path.glob("*.csv")) == []
    # Rerunning the job rewrites the target and clears the leftover.
    write_csv(target, pd.DataFrame({"t": [0.0], "c": [1.0]}))
    assert temporary_siblings(target) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fig2.csv"]


def test_stale_cleanup_touches_only_this_targets_temporaries(tmp_path):
    mine = tmp_path / f".a.csv.x1{TEMP_SUFFIX}"
    other = tmp_path / f".ab.csv.x2{TEMP_SUFFIX}"
    unrelated = tmp_path / ".a.csv.notes"
    for p in (mine, other, unrelated):
        p.write_text("junk")
    write_csv(tmp_path / "a.csv", pd.DataFrame({"x": [1]}))
    assert not mine.exists()
    assert other.exists() and unrelated.exists()


def test_glob_metacharacters_in_name_are_escaped(tmp_path):
    stale = tmp_path / f".n[1].csv.zz{TEMP_SUFFIX}"
    decoy = tmp_path / f".n1.csv.zz{TEMP_SUFFIX}"
    stale.write_text("junk")
    decoy.write_text("junk")
    write_csv(tmp_path / "n[1].csv", pd.DataFrame({"x": [1]}))
    assert not stale.exists() and decoy.exists()
