"""Shared machinery of the negative controls: the quick-configuration tables, the ``control``
registry and the pass/fail helpers (see ``test_negative_controls``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import pandas as pd
import yaml

from qthermo.papers.cakmak import fig2 as ck2
from qthermo.papers.cakmak import fig3 as ck3
from qthermo.papers.cakmak import fig4 as ck4
from qthermo.papers.cakmak import harvesting_figure as ckh
from qthermo.papers.cakmak import scaling_beyond as ckb
from qthermo.papers.diosi import heat_flow as dhf
from qthermo.papers.kamimura import tables as akt
from qthermo.papers.tajima_funo import fig1 as tf1
from qthermo.papers.tajima_funo import fig2 as tf2
from qthermo.papers.tajima_funo import fig3 as tf3
from qthermo.papers.tajima_funo import fig4 as tf4

ROOT = Path(__file__).resolve().parents[1]


def _merge(base: dict, over: dict) -> dict:
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(base.get(k), dict):
            _merge(base[k], v)
        else:
            base[k] = v
    return base


def quick(paper: str) -> dict:
    """The paper's section of config.yaml with config/quick.yaml merged in."""
    full = yaml.safe_load((ROOT / "config/config.yaml").read_text())[paper]
    return _merge(full, yaml.safe_load((ROOT / "config/quick.yaml").read_text())[paper])


class Data:
    """Real input tables on the quick configuration, computed once per module."""

    tf = cached_property(lambda self: quick("tajima_funo"))
    kt = cached_property(lambda self: quick("kamimura"))
    ck = cached_property(lambda self: quick("cakmak"))
    di = cached_property(lambda self: quick("diosi"))
    fig1 = cached_property(lambda self: tf1.sweep(self.tf["fig1"]))
    carnot = cached_property(lambda self: tf2.sweep(self.tf["carnot"]))
    carnot_check = cached_property(lambda self: tf2.full_check(self.tf["carnot"]))
    fig3 = cached_property(lambda self: tf3.fig3_tables(self.tf["superradiant"]))
    fig4 = cached_property(lambda self: tf4.fig4_tables(self.tf["superradiant"]))
    kam = cached_property(lambda self: akt.sweep(self.kt))

    @cached_property
    def cak(self) -> dict[str, pd.DataFrame]:
        c = self.ck
        dfs = {**ck2.compute(c), **ck3.compute(c), **ck4.compute(c), **ckh.compute(c)}
        dfs.update(ckb.compute(c, dfs["fig4"]))
        return dfs

    @cached_property
    def dio(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        d = self.di
        inc = dhf.incoherent_sweep(d["incoherent"])
        return inc, dhf.local_sweep(d["local"], sign_rtol=d["tolerances"]["sign_rtol"])


def pair(good, bad, key: str | None = None, check: Callable[[float], bool] | None = None):
    """``good`` passes, ``bad`` fails, and ``bad.measured[key]`` satisfies ``check``."""
    assert good.id == bad.id
    assert good.status == "pass", (good.id, good.measured)
    assert bad.status == "fail", (bad.id, bad.measured)
    if key is not None:
        val = bad.measured
        for part in key.split("/"):
            val = val[part]
        assert check is not None and check(val), (bad.id, key, val, good.measured)


def near(x: float, rel: float = 0.05) -> Callable[[float], bool]:
    return lambda v: abs(v - x) <= rel * abs(x)


def scaled(df: pd.DataFrame, col: str, factor, mask=None) -> pd.DataFrame:
    out = df.copy()
    sel = slice(None) if mask is None else mask(out)
    out.loc[sel, col] = out.loc[sel, col] * (factor(out.loc[sel]) if callable(factor) else factor)
    return out


ONE_PCT = 1 - 1 / 1.01  # relative error of x against 1.01 x
CONTROLS: dict[str, tuple[str, tuple[str, ...], Callable[[Data], None]]] = {}


def control(kind: str, *claims: str):
    def deco(fn):
        CONTROLS[fn.__name__] = (kind, claims, fn)
        return fn

    return deco
