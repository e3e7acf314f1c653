"""Read-tracked sharing inside a sensitivity evaluation (qthermo.ledger.memo.shared_reads).

A result is reused only when every value the first build read (and every key it found absent,
and every key set it listed) is the same in the new arguments; anything it read differing
forces a rebuild. The Kamimura sweep, which shares its Eq. (12) and burst tables this way, gives
the same tables inside a scope as outside.
"""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from qthermo.ledger.memo import scope, shared_reads


def _counting():
    calls = []

    def build(c, b=None):
        calls.append(1)
        out = {"x": c["x"] * 2, "mode": c.get("mode", "default"), "n": c["nested"]["n"]}
        if b is not None:
            out["keys"] = sorted(b)
        return out

    return build, calls


BASE = {"x": 1.0, "unread": 5, "nested": {"n": 3, "other": 7}}


def test_reuse_only_when_everything_read_agrees():
    build, calls = _counting()
    with scope():
        first = shared_reads(build, BASE)
        assert first == {"x": 2.0, "mode": "default", "n": 3}
        # keys it did not read may differ: reused
        assert shared_reads(build, {**BASE, "unread": 6}) == first
        assert shared_reads(build, {**BASE, "nested": {"n": 3, "other": 8}}) == first
        assert len(calls) == 1
        # a value it read differs: rebuilt
        assert shared_reads(build, {**BASE, "x": 1.5})["x"] == 3.0
        # a key it found absent (get with default) is now present: rebuilt
        assert shared_reads(build, {**BASE, "mode": "default"})["mode"] == "default"
        # a nested value it read differs: rebuilt
        assert shared_reads(build, {**BASE, "nested": {"n": 4}})["n"] == 4
        assert len(calls) == 4
        # the key set of an iterated mapping is part of what was read
        shared_reads(build, BASE, {"a": 1})
        shared_reads(build, BASE, {"a": 2})
        assert len(calls) == 5
        shared_reads(build, BASE, {"a": 1, "b": 2})
        assert len(calls) == 6


def test_copies_and_no_caching_outside_a_scope():
    build, calls = _counting()
    with scope():
        got = shared_reads(build, BASE)
        got["x"] = "modified"
        assert shared_reads(build, BASE)["x"] == 2.0
    shared_reads(build, BASE)
    shared_reads(build, BASE)
    assert len(calls) == 3


def test_a_build_cannot_change_the_section_it_reads():
    def build(c):
        c["nested"]["n"] += 1  # a view: not allowed to write through
        return 0

    with scope(), pytest.raises(TypeError):
        shared_reads(build, copy.deepcopy(BASE))


def test_kamimura_sweep_is_the_same_inside_a_sensitivity_scope():
    from qthermo.papers.kamimura.tables import sweep
    from qthermo.plumbing.config import load_yaml

    cfg = load_yaml("config/config.yaml")["kamimura"]
    quick = load_yaml("config/quick.yaml")["kamimura"]
    section = {k: {**cfg[k], **quick.get(k, {})} for k in ("scaling", "burst", "rwa")}
    section["scaling"] = {**section["scaling"], "L_max": 21}
    negative = {**section, "scaling": {**section["scaling"], "Omega": -0.3}}
    outside = [sweep(copy.deepcopy(s)) for s in (section, negative)]
    with scope():
        inside = [sweep(copy.deepcopy(s)) for s in (section, negative)]
    for a, b in zip(outside, inside, strict=True):
        assert a.keys() == b.keys()
        for name in a:
            pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)
