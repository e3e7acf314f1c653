"""Figure tajima_funo_friction: quantum friction and Ineqs. (2)-(4) on coherent random states.

Reads results/tajima_funo/friction.csv (:mod:`qthermo.papers.tajima_funo.friction`).
doi:10.1103/PhysRevLett.127.190604, Result 1.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot"]


def _panel_friction(ax, df: pd.DataFrame) -> None:
    """(a) sigma(rho_t) - sigma(rho_bd) against the inter-level coherence, one line per state."""
    for (model, _state), g in df.groupby(["model", "state"], sort=True):
        g = g.sort_values("t")
        color = "tab:red" if str(model).startswith("two_n") else "tab:blue"
        x = np.concatenate([[0.0], g.C_l1_inter.to_numpy()])
        y = np.concatenate([[0.0], ((g.sigma - g.sigma_bd) / g.sigma_bd).to_numpy()])
        ax.plot(x, y, "-o", ms=2, lw=0.6, color=color, alpha=0.6)
    ax.plot([], [], "-o", ms=2, color="tab:blue", label="random detailed-balance models")
    ax.plot([], [], "-o", ms=2, color="tab:red", label="2N-state model, Eq. (5)")
    ax.axhline(0.0, color="k", lw=0.6)
    ax.set_yscale("symlog", linthresh=0.1)
    ax.set_xlabel(r"inter-level coherence $C_{l1}(\rho_t) - C_{l1}(\rho_{bd})$")
    ax.set_ylabel(r"$[\dot\sigma(\rho_t) - \dot\sigma(\rho_{bd})]/\dot\sigma(\rho_{bd})$")
    ax.set_title(
        r"(a) friction at fixed $J$: $\rho_t = \rho_{bd} + t(\rho - \rho_{bd})$", fontsize=8
    )
    ax.legend()


def _panel_ratios(ax, df: pd.DataFrame) -> None:
    """(b) lhs/bound of Ineqs. (2)-(4) per state (all must stay below 1)."""
    ratios = {
        "(2)\n" + r"$r(\rho)/r(\rho_{bd})$": df.cd / df.cd_bd,
        "(3)\n" + r"$r(\rho_{sd})/(A_{cl}/2)$": df.cd_sd / (df.A_cl / 2),
        "(4)\n" + r"$r(\rho_{bd})/((A_{cl}+A_{qm})/2)$": df.cd_bd / ((df.A_cl + df.A_qm) / 2),
    }
    for k, r in enumerate(ratios.values()):
        x = k + np.linspace(-0.3, 0.3, len(r))
        ax.plot(x, np.sort(r.to_numpy()), ".", ms=2)
    ax.axhline(1.0, color="k", lw=0.8, ls="--")
    ax.set_xticks(range(3), list(ratios), fontsize=6)
    ax.set_ylabel(r"lhs / bound, $r = J_{tot}^2/\dot\sigma$ (sorted states)")
    ax.set_ylim(0, 1.1)
    ax.set_title("(b) Ineqs. (2)-(4) on coherent random states", fontsize=8)


def plot(df: pd.DataFrame, cfg: dict[str, Any]):
    """Two panels: (a) friction versus inter-level coherence, (b) lhs/bound of Ineqs. (2)-(4)."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax_a, ax_b) = plt.subplots(1, 2, figsize=(7.2, 3.2))
    _panel_friction(ax_a, df)
    _panel_ratios(ax_b, df)
    fig.suptitle(
        f"Tajima-Funo Result 1 on {len(df)} coherent states (seed {cfg['seed']}, "
        rf"$\beta \in [{cfg['beta_min']}, {cfg['beta_max']}]$)",
        fontsize=9,
    )
    fig.tight_layout()
    return fig
