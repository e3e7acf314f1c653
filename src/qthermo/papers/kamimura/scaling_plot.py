"""Figure ``figures/kamimura_scaling`` of Kamimura et al. (Fig. 2 of the paper and more).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
Four panels from the sweep tables of :mod:`qthermo.papers.kamimura.tables`: (a) |J(0)| versus L
with the forbidden regions of Bound 1 and Bound 2, (b) |J|/bound, (c) the superradiant burst
J(t), (d) the burst peak versus L.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.papers.kamimura.tables import MODELS, fit_window

__all__ = ["STYLE", "plot_scaling"]

STYLE = {
    "m=L": ("tab:red", "o"),
    "m=L-1": ("tab:orange", "s"),
    "m=L-2": ("tab:olive", "D"),
    "superradiance": ("tab:blue", "^"),
    "superabsorption": ("tab:purple", "v"),
    "parallel": ("tab:gray", "x"),
}


def _panel_currents(ax, sc: pd.DataFrame, cl: dict[str, Any]) -> None:
    """(a) |J(0)| versus L, fitted exponents, forbidden regions of Bound 1 and Bound 2."""
    Ls = np.array(sorted(sc.L.unique()), float)
    b1 = sc[sc.model == "m=L"].sort_values("L").bound1.to_numpy()
    b2 = sc[sc.model == "superradiance"].sort_values("L").bound2.to_numpy()
    b1_sr = sc[sc.model == "superradiance"].sort_values("L").bound1.to_numpy()
    same_b1 = bool(np.allclose(b1, b1_sr, rtol=1e-9))  # true when gamma_wn = gamma_0
    top = b1.max() * 50
    f1 = ax.fill_between(Ls, b1, top, color="0.87", lw=0)
    f2 = ax.fill_between(Ls, b2, b1, color="0.62", lw=0)
    (l1,) = ax.loglog(Ls, b1, "k-", lw=1.2)
    (l2,) = ax.loglog(Ls, b2, "k--", lw=1.2)
    handles, bounded = [], []
    for model in MODELS:
        d = sc[sc.model == model].sort_values("L")
        w = fit_window(d, cl)
        s = fit_exponent(w.L, w.J0)
        col, mk = STYLE[model]
        flags = _assumption_flags(w, cl)
        if not flags:
            bounded.append(model)
        (h,) = ax.loglog(
            d.L,
            np.abs(d.J0),
            mk,
            ms=3.5,
            color=col,
            mfc="none" if mk != "x" else None,
            label=rf"{model}: $|J|\propto L^{{{s:.3f}}}$" + "".join(f"; {f}" for f in flags),
        )
        handles.append(h)
    ax.set_ylim(1e-3, top)
    ax.set_xlabel("number of qubits L")
    ax.set_ylabel(r"$|J(0)|$  ($\omega_q$ = $\gamma$ = g = 1)")
    ax.set_title(
        "(a) heat current and forbidden regions (fits over "
        f"{cl['fit_L_min']}$\\leq L\\leq${cl['fit_L_max']})",
        fontsize=8,
    )
    leg = ax.legend(
        [f1, f2, l1, l2],
        [
            "forbidden by Bound 1 (Eq. 9)",
            r"forbidden by Bound 2 (Eq. 14) if $\Delta E=\Theta(1)$;"
            + "\napplies only to "
            + ", ".join(bounded),
            r"Bound 1 of $m=L$" + (" and superradiance" if same_b1 else ""),
            "Bound 2 of superradiance",
        ],
        fontsize=5.8,
        loc="upper left",
    )
    ax.add_artist(leg)
    ax.legend(handles=handles, fontsize=5.8, loc="lower right")


def _assumption_flags(w: pd.DataFrame, cl: dict[str, Any]) -> list[str]:
    """Scaling assumptions a model violates over the fit window: Delta E growing with L (Bound
    2 needs Delta E = Theta(1)) or ||H_S|| growing faster than L (the scaling argument)."""
    flags = []
    e_dE, e_H = fit_exponent(w.L, w.delta_E), fit_exponent(w.L, w.norm_H)
    if e_dE > 0.5:
        flags.append(rf"$\Delta E\propto L^{{{e_dE:.2f}}}$")
    if e_H > 1.5:
        flags.append(rf"$\|H_S\|\propto L^{{{e_H:.2f}}}$")
    return flags


def _panel_ratios(ax, sc: pd.DataFrame) -> None:
    """(b) |J(0)|/Bound 1 and |J(0)|/Bound 2 versus L; markers on every fourth point keep
    lines that coincide at ratio 1 apart from each other and from the reference line."""
    ax.axhline(1.0, color="k", lw=0.5, ls=":", zorder=0)
    for k, model in enumerate(MODELS):
        d = sc[sc.model == model].sort_values("L")
        col, mk = STYLE[model]
        every = (k % 4, 4)
        ax.loglog(d.L, np.abs(d.J0) / d.bound1, "-", color=col, lw=1.4, marker=mk, ms=3,
                  mfc="none", markevery=every)  # fmt: skip
        ax.loglog(d.L, np.abs(d.J0) / d.bound2, "--", color=col, lw=1.4, marker=mk, ms=3,
                  markevery=every)  # fmt: skip
        ax.plot([], [], "-", color=col, marker=mk, ms=3, label=model)
    ax.plot([], [], "k-", label=r"$|J|$/Bound 1 (open)")
    ax.plot([], [], "k--", label=r"$|J|$/Bound 2 (filled)")
    ax.text(3.2, 1.25, "ratio 1: m=L (both bounds), parallel (Bound 2)", fontsize=6)
    ax.set_ylim(None, 4.0)
    ax.set_xlabel("L")
    ax.set_ylabel("|J(0)| / bound")
    ax.set_title("(b) saturation: constant ratio = bound reached in scaling", fontsize=8)
    ax.legend(fontsize=5.8, ncol=2, loc="lower left")


def _panel_burst_curves(ax, bc: pd.DataFrame, c: dict[str, Any]) -> None:
    """(c) scaled |J(t)| of the superradiant burst for the L of ``burst.L_show``."""
    for L, d in bc.groupby("L"):
        tau = d.t * c["gamma_0"] * L / np.log(L + 1)
        ax.plot(tau, np.abs(d.J) / (c["gamma_0"] * c["omega_q"] * L**2), lw=1, label=f"L = {L}")
    ax.set_xlabel(r"$\gamma_0 L t / \ln(L+1)$")
    ax.set_ylabel(r"$|J(t)| / (\gamma_0\omega_q L^2)$")
    ax.set_title(r"(c) superradiant burst from $|L/2\rangle$ (GKSL, T = 0)", fontsize=8)
    ax.legend(fontsize=6)


def _panel_burst_peak(ax, bp: pd.DataFrame, c: dict[str, Any], cl: dict[str, Any]) -> None:
    """(d) burst peak versus L with Bound 2 and the Eq. (17) value."""
    w = fit_window(bp, cl)
    s = fit_exponent(w.L, w.J_peak)
    ax.loglog(
        bp.L,
        np.abs(bp.J_peak),
        "o",
        ms=4,
        color="tab:blue",
        mfc="none",
        label=rf"burst peak: $\propto L^{{{s:.3f}}}$",
    )
    ax.loglog(bp.L, bp.bound2, "k--", lw=1, label=r"Bound 2 = $\gamma_0\omega_q L^2$")
    Lf = np.array(bp.L, float)
    ax.loglog(
        Lf,
        c["gamma_0"] * c["omega_q"] * (Lf + 1) ** 2 / 4,
        ":",
        color="tab:blue",
        lw=1,
        label=r"Eq. (17): $|J(0)|$ from $|1/2\rangle$ (other initial state)",
    )
    ax.set_xlabel("L")
    ax.set_ylabel(r"max$_t |J(t)|$")
    ax.set_title("(d) burst peak grows as $L^2$, below Bound 2", fontsize=8)
    ax.legend(fontsize=6.5)


def plot_scaling(tables: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """(a) |J(0)| vs L with the forbidden regions of Bound 1 and 2, (b) |J|/bound,
    (c) superradiant burst J(t), (d) burst peak vs L."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    c, cl = cfg["scaling"], cfg["claims"]
    sc, bp, bc = tables["scaling"], tables["burst_peaks"], tables["burst_curves"]
    fig, axs = plt.subplots(2, 2, figsize=(8.0, 7.0))
    ax_a, ax_b, ax_c, ax_d = axs.ravel()
    _panel_currents(ax_a, sc, cl)
    _panel_ratios(ax_b, sc)
    _panel_burst_curves(ax_c, bc, c)
    _panel_burst_peak(ax_d, bp, c, cl)
    fig.suptitle(
        "Kamimura et al., PRL 131, 090401 (2023): heat-current scaling bounds "
        rf"($\Omega$={c['Omega']}, $\beta_{{SA}}$={c['beta_sa']})",
        fontsize=9,
    )
    fig.tight_layout()
    return fig
