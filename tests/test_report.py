"""Unit tests of qthermo.ledger.report: digests, formatting, Markdown and HTML claims tables."""

from __future__ import annotations

import hashlib
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from qthermo.ledger.claims import check_absolute, claim, merge_claim_files, write_claims
from qthermo.ledger.report import (
    claims_html,
    figure_artifacts,
    files_digest,
    format_value,
    provenance_record,
    relative_link,
    write_text,
)
from qthermo.plumbing.provenance import config_hash


# ------------------------------------------------------------------------------------ digests
def test_files_digest_matches_hand_computed_sha256(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"hello")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.py").write_bytes(b"x = 1\n")
    h = hashlib.sha256()
    for name, data in (("a.txt", b"hello"), ("sub/b.py", b"x = 1\n")):
        h.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    paths = [tmp_path / "sub" / "b.py", tmp_path / "a.txt"]
    assert files_digest(paths, tmp_path) == h.hexdigest()
    assert files_digest(paths[::-1], tmp_path) == h.hexdigest()  # order-independent


def test_files_digest_ignores_mtime_but_not_content_or_names(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("one")
    d0 = files_digest([f], tmp_path)
    os.utime(f, (1, 1))
    assert files_digest([f], tmp_path) == d0
    f.write_text("two")
    assert files_digest([f], tmp_path) != d0
    g = tmp_path / "b.txt"
    f.rename(g)
    g.write_text("one")
    assert files_digest([g], tmp_path) != d0  # same bytes, other name


def test_provenance_record_is_deterministic_and_hashes_config(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("pass\n")
    cfg = {"b": {"x": 1.0}, "a": {"y": [1, 2]}}
    r1 = provenance_record(cfg, [tmp_path / "m.py"], tmp_path)
    r2 = provenance_record({"a": {"y": [1, 2]}, "b": {"x": 1.0}}, [tmp_path / "m.py"], tmp_path)
    assert r1 == r2
    assert r1["config_hash"] == config_hash(cfg)
    assert r1["config_hash_per_section"] == {"a": config_hash(cfg["a"]), "b": config_hash(cfg["b"])}
    assert r1["source_sha256"] == files_digest([tmp_path / "m.py"], tmp_path)
    assert r1["source_files"] == 1
    assert r1["git_commit"] == "unknown"  # tmp_path is not a git checkout
    r3 = provenance_record({**cfg, "b": {"x": 2.0}}, [tmp_path / "m.py"], tmp_path)
    assert r3["config_hash"] != r1["config_hash"]
    assert not any(re.search(r"\d{4}-\d\d-\d\d", str(v)) for v in r1.values())  # no dates


# ------------------------------------------------------------------------------------ formatting
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (0.123456789, "0.1235"),
        (4.8579789106134e-13, "4.858e-13"),
        (3, "3"),
        (True, "true"),
        ("inf", "inf"),
        (None, ""),
        ([1, 2.5], "[1, 2.5]"),
        (list(range(10)), "[0, 1, 2, 3, 4, ..., 9] (10 values)"),
        ({"b": 2.0, "a": [0.5]}, "b=2; a=[0.5]"),
        ({"x": {"a": 1, "b": [{"c": 0.5}]}, "y": "s"}, "x={a=1, b=[{c=0.5}]}; y=s"),
    ],
)
def test_format_value(value, text: str) -> None:
    assert format_value(value) == text


def test_relative_link() -> None:
    assert relative_link("figures/x.png", "results") == "../figures/x.png"
    assert relative_link("results/t/a.csv", "results") == "t/a.csv"
    assert relative_link("figures/x.png", ".") == "figures/x.png"


# ------------------------------------------------------------------------------------ tables
def _ledger(tmp_path: Path) -> dict:
    src = "Paper A, Eq. (1), doi:10.0/x"
    ok1, err1 = check_absolute(1.0 + 1e-12, 1.0, 1e-9)
    ok2, err2 = check_absolute(2.0, 1.0, 1e-9)
    ok3, err3 = check_absolute(3.0, 1.0, 1e-9)
    claims = [
        claim("a.pass", source=src, statement="x | y < z & w", measured={"err": err1},
              expected=1.0, comparator="|m-e| <= tol", tolerance=1e-9, ok=ok1,
              artifacts=["figures/a.png", "results/a/data.csv"], interpretation="choice one"),
        claim("b.unexpected", source=src, statement="fails but should pass", measured=err2,
              expected=1.0, comparator="|m-e| <= tol", tolerance=1e-9, ok=ok2,
              artifacts=["figures/a.png"], interpretation="choice one"),
        claim("c.expected_fail", source=src, statement="paper is wrong here", measured=err3,
              expected=1.0, comparator="|m-e| <= tol", tolerance=1e-9, ok=ok3,
              artifacts=["figures/b.png"], expected_outcome="fail",
              outcome_reason="sign error in the paper"),
    ]  # fmt: skip
    write_claims(tmp_path / "t.json", claims)
    return merge_claim_files([tmp_path / "t.json"], tmp_path / "claims.json")


def test_figure_artifacts_sorted_and_distinct(tmp_path: Path) -> None:
    assert figure_artifacts(_ledger(tmp_path)) == ["figures/a.png", "figures/b.png"]


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and a.get("id", "").startswith("claim-"):
            self.rows.append({"id": a["id"][6:], "class": a.get("class", ""), "cells": []})
        elif tag == "td" and self.rows:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self.rows[-1]["cells"].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_claims_html_rows_status_and_escaping(tmp_path: Path) -> None:
    page = claims_html(_ledger(tmp_path))
    assert "x | y &lt; z &amp; w" in page and "<script" not in page and "http" not in page
    p = _Rows()
    p.feed(page)
    assert [r["id"] for r in p.rows] == ["a.pass", "b.unexpected", "c.expected_fail"]
    assert [r["class"] for r in p.rows] == ["pass", "fail unexpected", "fail expected"]
    assert [r["cells"][1] for r in p.rows] == ["pass", "fail (unexpected)", "fail (expected)"]
    assert [r["cells"][2] for r in p.rows] == ["pass", "pass", "fail"]
    assert p.rows[0]["cells"][3].startswith("x | y < z & w")


def test_write_text_is_atomic_and_lf(tmp_path: Path) -> None:
    out = write_text(tmp_path / "d" / "r.md", "a\nb\n")
    assert out.read_bytes() == b"a\nb\n"
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["r.md"]
