"""Figure tajima_funo_fig1: the 2N-state model of Tajima-Funo Eq. (5) with and without coherence.

doi:10.1103/PhysRevLett.127.190604, Fig. 1 and Eqs. (5)-(7).  Panels: (a1), (a2) level diagrams
(in both the collective jump couples every |e,j'> to every |g,j>; without coherence the
transitions add up incoherently, with rho^+ they interfere into the bright channel
|e,+> -> |g,+>), (b1) the total heat current and (b2) the entropy production rate against N for
rho^+ and rho^+_sd with Eqs. (6), (7), (c) the current-dissipation ratio against both bounds.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_fig1"]


def _all_to_all(ax, xs: np.ndarray, color: str, alpha: float) -> None:
    for x in xs:
        for x2 in xs:
            ax.annotate("", xy=(x2, 0.06), xytext=(x, 0.94),
                        arrowprops=dict(arrowstyle="->", color=color, alpha=alpha, lw=0.8))  # fmt: skip


def _draw_levels(ax, N: int, coherent: bool) -> None:
    xs = np.arange(N)
    for x in xs:
        ax.plot([x - 0.3, x + 0.3], [0, 0], color="k", lw=2)
        ax.plot([x - 0.3, x + 0.3], [1, 1], color="k", lw=2)
    if coherent:
        _all_to_all(ax, xs, "tab:red", 0.35)
        ax.fill_between([-0.45, N - 0.55], 0.9, 1.1, color="tab:red", alpha=0.12)
        ax.fill_between([-0.45, N - 0.55], -0.1, 0.1, color="tab:red", alpha=0.12)
        ax.text(N - 0.4, 1.0, r"$|e,+\rangle$", ha="left", va="center", fontsize=8, color="tab:red")
        ax.text(N - 0.4, 0.0, r"$|g,+\rangle$", ha="left", va="center", fontsize=8, color="tab:red")
        ax.set_title(r"(a2) with coherence ($\rho^+$): the jumps interfere", fontsize=8)
    else:
        _all_to_all(ax, xs, "tab:blue", 0.3)
        ax.text(N / 2 - 0.5, 0.5, "same jumps, rates add\n(no interference)", ha="center",
                va="center", fontsize=6, color="tab:blue",
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.8))  # fmt: skip
        ax.set_title(r"(a1) no coherence ($\rho^+_{sd}$): incoherent mixture", fontsize=8)
    for x in xs:
        ax.text(x, -0.27, f"g,{x + 1}", ha="center", fontsize=6)
        ax.text(x, 1.1, f"e,{x + 1}", ha="center", fontsize=6)
    ax.text(-0.75, 0.5, r"$\hbar\omega_0$", rotation=90, va="center", fontsize=8)
    ax.set_xlim(-0.9, N + 0.4)
    ax.set_ylim(-0.45, 1.35)
    ax.axis("off")


def plot_fig1(df: pd.DataFrame, cfg: dict[str, Any]):
    """Figure 1 from the sweep table of :func:`qthermo.papers.tajima_funo.fig1.sweep`."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig = plt.figure(figsize=(8.4, 5.6))
    gs = fig.add_gridspec(2, 6, height_ratios=[1, 1.4])
    ax_a1, ax_a2 = fig.add_subplot(gs[0, 0:3]), fig.add_subplot(gs[0, 3:6])
    ax_j, ax_s, ax_c = (fig.add_subplot(gs[1, 2 * k : 2 * k + 2]) for k in range(3))
    _draw_levels(ax_a1, 4, coherent=False)
    _draw_levels(ax_a2, 4, coherent=True)
    plus = df[df.state == "rho_plus"].sort_values("N")
    sd = df[df.state == "rho_plus_sd"].sort_values("N")
    ax_j.loglog(plus.N, plus.J_tot, "o", ms=3, color="tab:red", label=r"$\rho^+$")
    ax_j.loglog(plus.N, plus.J_eq6, "-", lw=0.8, color="tab:red", label="Eq. (6)")
    ax_j.loglog(sd.N, sd.J_tot, "^", ms=3, color="tab:blue", label=r"$\rho^+_{sd}$")
    ax_j.set(xlabel="N", ylabel=r"$J_{tot}$ ($\hbar=1$)")
    ax_j.set_title("(b1) heat current", fontsize=8)
    ax_j.legend()
    ax_s.loglog(plus.N, plus.sigma, "s", ms=3, color="tab:red", label=r"$\rho^+$")
    ax_s.loglog(plus.N, plus.sigma_eq7, "-", lw=0.8, color="tab:red", label="Eq. (7)")
    ax_s.loglog(sd.N, sd.sigma, "v", ms=3, color="tab:blue", label=r"$\rho^+_{sd}$")
    ax_s.set(xlabel="N", ylabel=r"$\dot\sigma$")
    ax_s.set_title("(b2) entropy production: O(1) needs coherence", fontsize=8)
    ax_s.legend()
    ax_c.loglog(plus.N, plus.cd_ratio, "o", ms=3, color="tab:red", label=r"$\rho^+$")
    ax_c.loglog(sd.N, sd.cd_ratio, "^", ms=3, color="tab:blue", label=r"$\rho^+_{sd}$")
    ax_c.loglog(plus.N, plus.acl_half, "--", color="tab:blue", label=r"classical $A_{cl}/2$")
    ax_c.loglog(plus.N, plus.acl_aqm_half, "--", color="k", label=r"quantum $(A_{cl}+A_{qm})/2$")
    ax_c.set(xlabel="N", ylabel=r"current-dissipation ratio $J^2/\dot\sigma$")
    ax_c.set_title("(c) CD ratio and its bounds", fontsize=8)
    ax_c.legend(fontsize=6)
    fig.suptitle(
        rf"Tajima-Funo Fig. 1, 2N-state model: $\omega_0$={cfg['omega0']}, $\beta$={cfg['beta']}, "
        rf"$\gamma(\omega_0)$={cfg['gamma0']}",
        fontsize=9,
    )
    fig.tight_layout()
    return fig
