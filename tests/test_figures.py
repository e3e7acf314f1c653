"""save_figure: deterministic PDF/PNG twins, each format drawn once."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.layout_engine import PlaceHolderLayoutEngine

from qthermo.plumbing.figures import plt, save_figure, setup_style


def _figure():
    """A small figure with what the real ones have: log axes, mathtext, a legend, tight_layout."""
    setup_style()
    fig, (a, b) = plt.subplots(1, 2, figsize=(5.0, 2.4))
    n = np.arange(1, 40)
    a.loglog(n, n**1.5, "o", ms=3, label=r"$\rho^+$")
    a.loglog(n, 0.5 * n**2, "-", label=r"$(A_{cl}+A_{qm})/2$")
    a.set(xlabel="N", ylabel=r"$J_{tot}$")
    a.legend()
    b.plot(n, np.sin(n), label=r"$\dot\sigma$")
    b.set_title(r"$\gamma_0 t$ scan", fontsize=8)
    b.legend()
    fig.tight_layout()
    return fig


def _count_draws(monkeypatch) -> list[int]:
    calls = [0]
    draw = Figure.draw

    def counting(self, renderer):
        calls[0] += 1
        return draw(self, renderer)

    monkeypatch.setattr(Figure, "draw", counting)
    return calls


def test_tight_layout_leaves_a_placeholder_engine_which_save_figure_drops(tmp_path: Path):
    fig = _figure()
    assert isinstance(fig.get_layout_engine(), PlaceHolderLayoutEngine)
    save_figure(fig, tmp_path / "f.pdf", tmp_path / "f.png")
    assert fig.get_layout_engine() is None


def test_save_figure_draws_each_format_once(tmp_path: Path, monkeypatch):
    fig = _figure()
    calls = _count_draws(monkeypatch)
    save_figure(fig, tmp_path / "f.pdf", tmp_path / "f.png")
    assert calls[0] == 2  # matplotlib's own savefig of a tight_layout figure draws 4 times


def test_bytes_are_those_of_matplotlibs_own_savefig(tmp_path: Path, monkeypatch):
    """Dropping the spent engine changes no byte: compare with savefig on the same figure
    keeping the engine (the two extra draws it causes are counted as well)."""
    save_figure(_figure(), tmp_path / "ours.pdf", tmp_path / "ours.png", provenance={"k": "v"})
    fig = _figure()
    calls = _count_draws(monkeypatch)
    meta_pdf = {"CreationDate": None, "ModDate": None, "Producer": "qthermo"}
    meta_pdf |= {"Creator": "qthermo", "Subject": "k=v"}
    fig.savefig(tmp_path / "mpl.pdf", format="pdf", metadata=meta_pdf)
    fig.savefig(tmp_path / "mpl.png", format="png", metadata={"Software": "qthermo",
                                                              "Description": "k=v"})  # fmt: skip
    assert calls[0] == 4
    for ext in ("pdf", "png"):
        assert (tmp_path / f"ours.{ext}").read_bytes() == (tmp_path / f"mpl.{ext}").read_bytes()


@pytest.mark.parametrize("key", ["figure.autolayout", "figure.constrained_layout.use"])
def test_the_engine_is_kept_when_rc_would_install_a_real_one(tmp_path: Path, key: str):
    fig = _figure()
    with matplotlib.rc_context({key: True}):
        save_figure(fig, tmp_path / "g.pdf", tmp_path / "g.png")
        assert isinstance(fig.get_layout_engine(), PlaceHolderLayoutEngine)
