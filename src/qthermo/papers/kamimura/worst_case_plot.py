"""Figure ``figures/kamimura_worst_case``: Bound 1 and Bound 2 of Kamimura et al. at the worst state.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (9), (14).  Two panels from :func:`qthermo.papers.kamimura.worst_case.worst_case_table`:
``max_rho |J| / bound`` versus L for each model (solid) and the paper's initial state (dashed).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.papers.kamimura.scaling_plot import STYLE
from qthermo.papers.kamimura.tables import MODELS, fit_window

__all__ = ["plot_worst_case"]


def _panel(ax, df: pd.DataFrame, wc: dict[str, Any], num: str) -> None:
    """|J|_max / Bound num (solid, fitted exponent in the legend) and J(psi0) / bound (dashed)."""
    for m in MODELS:
        d = df[df.model == m].sort_values("L")
        color, marker = STYLE[m]
        fw = fit_window(d, wc)
        s = fit_exponent(fw.L, fw[f"ratio{num}"])
        ax.loglog(
            d.L,
            d[f"ratio{num}"],
            "-",
            color=color,
            marker=marker,
            ms=3,
            mfc="none",
            label=rf"{m}: $\propto L^{{{s:+.2f}}}$",
        )
        ax.loglog(d.L, d[f"ratio{num}_psi0"], "--", color=color, lw=0.9)
    ax.axhline(1.0, color="k", lw=0.8)
    ax.set_xlabel("L")
    ax.set_ylabel(rf"$|J|$ / Bound {num}")
    eq = "(9)" if num == "1" else "(14)"
    ax.set_title(f"Bound {num}, Eq. {eq}: worst state (solid), paper's state (dashed)", fontsize=8)
    ax.legend(fontsize=6, loc="lower left")


def plot_worst_case(df: pd.DataFrame, cfg: dict[str, Any]):
    """(a) max_rho |J| / Bound 1 and (b) / Bound 2 versus L; dashed: the paper's initial states."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    wc = cfg["worst_case"]
    fig, axs = plt.subplots(1, 2, figsize=(8.0, 3.8), sharey=True)
    _panel(axs[0], df, wc, "1")
    _panel(axs[1], df, wc, "2")
    axs[0].text(0.02, 0.97, "(a)", transform=axs[0].transAxes, va="top")
    axs[1].text(0.02, 0.97, "(b)", transform=axs[1].transAxes, va="top")
    fig.suptitle(
        "Kamimura et al., PRL 131, 090401 (2023): bounds tested at the worst state "
        r"(largest |eigenvalue| of the current operator)",
        fontsize=9,
    )
    fig.tight_layout()
    return fig
