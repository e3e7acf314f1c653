"""Figure diosi_heat_flow: J_A versus eps/Gamma against the formulas, sign map of the local-ME
entropy production, and the relative deviations (Diosi slides, 2014).

Draws the tables of :mod:`qthermo.papers.diosi.heat_flow`; no physics is computed here.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_heat_flow"]

_COLORS = ["tab:blue", "tab:green", "tab:red", "tab:purple", "tab:orange"]
_SIGN_COLORS = ["#d6604d", "#d9d9d9", "#92c5de"]


def _draw_currents(ax_a, ax_c, inc: pd.DataFrame, ci: dict[str, Any]) -> None:
    """Panels (a) J_A vs eps/Gamma and (c) relative deviations, Gamma_A = Gamma_B."""
    eq = inc[inc.gamma_ratio == 1.0]
    for (TA, TB), col in zip(ci["plot_pairs"], _COLORS, strict=False):
        g = eq[np.isclose(eq.T_A, TA) & np.isclose(eq.T_B, TB)].sort_values("eps_over_gamma")
        if g.empty:
            continue
        lab = rf"$T_A$={TA:g}, $T_B$={TB:g}"
        ax_a.loglog(g.eps_over_gamma, g.J_A, "o", ms=3.5, color=col, label=lab + " exact (num.)")
        ax_a.loglog(g.eps_over_gamma, g.J_leading_D2, "-", lw=1.0, color=col)
        ax_a.loglog(g.eps_over_gamma, g.J_slide, ":", lw=1.4, color=col)
        ax_c.loglog(g.eps_over_gamma, g.rel_err_leading, "o-", ms=3, lw=0.8, color=col, label=lab)
        ax_c.loglog(g.eps_over_gamma, g.rel_err_slide, "s:", ms=3, lw=0.8, color=col)
    ax_a.plot([], [], "k-", lw=1.0, label="leading order (ours)")
    ax_a.plot([], [], "k:", lw=1.4, label="slide formula")
    ax_a.set_xlabel(r"$\epsilon/\Gamma$")
    ax_a.set_ylabel(r"stationary heat current $J_A$ ($\hbar=\omega=1$)")
    ax_a.set_title(r"(a) incoherent resonant coupling, $\Gamma_A=\Gamma_B$")
    ax_a.legend(fontsize=6.5, loc="upper left")

    ax_c.plot([], [], "ko-", ms=3, lw=0.8, label="leading order (ours)")
    ax_c.plot([], [], "ks:", ms=3, lw=0.8, label="slide formula")
    ax_c.set_xlabel(r"$\epsilon/\Gamma$")
    ax_c.set_ylabel(r"$|J - J_A|/|J_A|$")
    ax_c.set_title("(c) relative deviation from exact $J_A$")
    ax_c.legend(fontsize=6.5, loc="lower right")


def _set_ratio_ticks(ax_b, w: np.ndarray, t: np.ndarray) -> None:
    """Fixed ratio ticks on the log axes of panel (b), without minor ticks."""
    from matplotlib.ticker import FixedLocator, FormatStrFormatter, NullFormatter, NullLocator

    for axis, ticks in ((ax_b.xaxis, [0.25, 0.5, 1, 2, 4]), (ax_b.yaxis, [1, 1.5, 2, 3, 4])):
        axis.set_major_locator(
            FixedLocator(
                [v for v in ticks if w.min() <= v <= w.max()]
                if axis is ax_b.xaxis
                else [v for v in ticks if t.min() <= v <= t.max()]
            )
        )
        axis.set_major_formatter(FormatStrFormatter("%g"))
        axis.set_minor_locator(NullLocator())
        axis.set_minor_formatter(NullFormatter())


def _draw_sign_map(ax_b, loc: pd.DataFrame) -> None:
    """Panel (b): sign of the local-ME entropy production over omega_A/omega_B and T_A/T_B."""
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    w = np.sort(loc.omega_ratio.unique())
    t = np.sort(loc.t_ratio.unique())
    sign = loc.sigma_sign.where(~loc.on_boundary, 0)
    grid = loc.assign(s=sign).pivot(index="t_ratio", columns="omega_ratio", values="s").loc[t, w]
    cmap = ListedColormap(_SIGN_COLORS)
    ax_b.pcolormesh(
        w, t, grid.to_numpy(), cmap=cmap, vmin=-1.5, vmax=1.5, shading="nearest", rasterized=True
    )
    ax_b.plot(w, w, "k--", lw=1.0, label=r"$\omega_A/\omega_B = T_A/T_B$ (derived)")
    ax_b.axvline(1.0, color="k", lw=0.6, alpha=0.6)
    ax_b.set_xscale("log")
    ax_b.set_yscale("log")
    ax_b.set_xlim(w.min(), w.max())
    ax_b.set_ylim(t.min(), t.max())
    _set_ratio_ticks(ax_b, w, t)
    ax_b.set_xlabel(r"$\omega_A/\omega_B$")
    ax_b.set_ylabel(r"$T_A/T_B$ (A hot)")
    ax_b.set_title(r"(b) local coherent ME: sign of $\dot\sigma$")
    ax_b.text(
        2.3, 1.2, "$\\dot\\sigma<0$\nheat cold$\\to$hot", ha="center", fontsize=7.5, color="darkred"
    )
    handles = [
        ax_b.get_lines()[0],
        Patch(color="#92c5de", label=r"$\dot\sigma>0$"),
        Patch(color="#d6604d", label=r"$\dot\sigma<0$, $J_A<0$"),
        Patch(color="#d9d9d9", label=r"$\dot\sigma=0$ ($T_A=T_B$ or on line)"),
    ]
    ax_b.legend(handles=handles, fontsize=6.5, loc="upper left", framealpha=0.9)
    ax_b.grid(False)


def plot_heat_flow(inc: pd.DataFrame, loc: pd.DataFrame, cfg: dict[str, Any]):
    """(a) J_A vs eps/Gamma; (b) sign map of sigma for the local ME; (c) relative deviations."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    ci, cl = cfg["incoherent"], cfg["local"]
    fig, axes = plt.subplots(
        1, 3, figsize=(11.0, 3.8), gridspec_kw={"width_ratios": [1.15, 1.0, 1.0]}
    )
    ax_a, ax_b, ax_c = axes
    _draw_currents(ax_a, ax_c, inc, ci)
    _draw_sign_map(ax_b, loc)
    fig.suptitle(
        rf"Diosi slides: two thermalized qubits. Incoherent: $\omega$={ci['omega']}, "
        rf"$\Gamma$={ci['gamma_A']}. Local ME: $\omega_B$={cl['omega_B']}, $T_B$={cl['T_B']}, "
        rf"$\Gamma$={cl['gamma']}, $\epsilon$={cl['eps']}",
        fontsize=8.5,
    )
    fig.tight_layout()
    return fig
