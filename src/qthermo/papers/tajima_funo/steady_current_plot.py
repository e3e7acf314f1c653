"""Figure of the two-bath steady state of the 2N-state model (Tajima-Funo Result 2, issue 12).

(a) current per atom J_h/N against N, collective and incoherent medium, with the large-N
linear-response constant; (b) entropy production sigma against N; (c) the CD ratio
J_tot^2/sigma against the classical bound A_cl/2 and the quantum bound (A_cl + A_qm)/2;
(d) relative deviation from the large-N constants (slope -1) and from the closed forms.
doi:10.1103/PhysRevLett.127.190604.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.papers.tajima_funo.steady_current import asymptotic_constants

__all__ = ["plot_steady_current"]

STYLE = {
    "collective": {"color": "tab:red", "lw": 1.8},
    "incoherent": {"color": "tab:blue", "lw": 1.8},
}
LABEL = {"collective": "collective (coherent) medium", "incoherent": "incoherent medium"}


def _media(df: pd.DataFrame):
    for medium in ("collective", "incoherent"):
        yield medium, df[df.medium == medium].sort_values("N")


def _panel_current(ax, df: pd.DataFrame, lim: dict[str, float]) -> None:
    for medium, d in _media(df):
        ax.loglog(d.N, d.J_h / d.N, marker=".", ms=3, label=LABEL[medium], **STYLE[medium])
    ax.axhline(lim["J_over_N_collective"], color="0.4", lw=0.8, ls=":", label="large-N constant")
    ax.set_ylabel(r"$J_h/N$  [$\hbar\omega_0\gamma_0$]")
    ax.set_title("(a) steady current per atom")
    ax.legend(loc="lower left", fontsize=7)


def _panel_sigma(ax, df: pd.DataFrame, lim: dict[str, float]) -> None:
    for medium, d in _media(df):
        ax.loglog(d.N, d.sigma, marker=".", ms=3, label=LABEL[medium], **STYLE[medium])
    ax.axhline(lim["sigma_collective"], color="0.4", lw=0.8, ls=":", label="large-N constant")
    ax.set_ylabel(r"$\sigma = (\beta_c-\beta_h)J_h$  [$\gamma_0$]")
    ax.set_title("(b) entropy production")
    ax.legend(loc="lower left", fontsize=7)


def _panel_bounds(ax, df: pd.DataFrame) -> None:
    for medium, d in _media(df):
        ax.loglog(d.N, d.cd_ratio, label=rf"$J_{{tot}}^2/\sigma$, {medium}", **STYLE[medium])
    # both media share p_e, hence A_cl; the incoherent medium has A_qm = 0
    coll = df[df.medium == "collective"].sort_values("N")
    ax.loglog(coll.N, coll.A_cl / 2, ":", color="k", lw=1.2, zorder=3,
              label=r"$A_{cl}/2$ (both media)")  # fmt: skip
    ax.loglog(coll.N, (coll.A_cl + coll.A_qm) / 2, "--", color="tab:red", lw=1.0,
              label=r"$(A_{cl}+A_{qm})/2$, collective")  # fmt: skip
    ax.set_ylabel(r"CD ratio and bounds")
    ax.set_title("(c) Ineqs. (3)-(4) in the steady state")
    ax.legend(loc="upper left", fontsize=6)


def _panel_deviation(ax, df: pd.DataFrame, lim: dict[str, float]) -> None:
    d = df[df.medium == "collective"].sort_values("N")
    ax.loglog(d.N, np.abs(d.J_h / d.N / lim["J_over_N_collective"] - 1), color="tab:red",
              label=r"$|J_h/N \,/\, {\rm const} - 1|$")  # fmt: skip
    ax.loglog(d.N, np.abs(d.sigma / lim["sigma_collective"] - 1), "--", color="k", lw=1.0,
              label=r"$|\sigma \,/\, {\rm const} - 1|$")  # fmt: skip
    closed = np.maximum(np.abs(df.J_h / df.J_h_closed_form - 1), 1e-17)
    ax.loglog(df.N, closed, "x", ms=3, color="0.4", label="|reduction / closed form - 1|")
    ax.set_ylabel("relative deviation")
    ax.set_title("(d) approach to the large-N constants")
    ax.legend(loc="center right", fontsize=6)


def plot_steady_current(df: pd.DataFrame, cfg: dict[str, Any]):
    """The four panels described in the module docstring, from ``steady_current.csv``."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    lim = asymptotic_constants(cfg)
    fig, axes = plt.subplots(2, 2, figsize=(7.4, 5.6), sharex=True)
    _panel_current(axes[0, 0], df, lim)
    _panel_sigma(axes[0, 1], df, lim)
    _panel_bounds(axes[1, 0], df)
    _panel_deviation(axes[1, 1], df, lim)
    for ax in axes[1]:
        ax.set_xlabel("number of atoms $N$")
    fig.suptitle(
        "Tajima-Funo Result 2 in a steady state between two baths (our construction): "
        r"$\beta_c\hbar\omega_0 = \beta_h\hbar\omega_0 + \delta_0/N$"
        "\n"
        rf"$\omega_0$={cfg['omega0']}, $\gamma_0$={cfg['gamma0']}, "
        rf"$\beta_h\hbar\omega_0$={cfg['x_h']}, $\delta_0$={cfg['delta0']}",
        fontsize=8,
    )
    fig.tight_layout()
    return fig
