"""Claim and figure: heat budget and duration of the m = L transient beside the superradiant
burst (Kamimura et al., issue 13; :mod:`qthermo.papers.kamimura.transient_heat`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import Claim, check_relative, claim, margin_leq, tightest
from qthermo.papers import PAPERS

__all__ = ["heat_budget_claim", "plot_transient"]

SOURCE = PAPERS["kamimura"].citation + ", Eqs. (10)-(12) and (15)-(17), beyond t = 0"


def heat_budget_claim(
    curves: pd.DataFrame, budget: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> Claim:
    """Claim kytm.transient.heat_budget: E(t) = (L omega/2) e^{-2 gamma L^2 t}, Q = L omega/2,
    t_90 = Theta(1/L^2) for the m = L model."""
    tr, rtol = cfg["transient"], cfg["claims"]["eq_rtol"]
    ok_e, worst_e = check_relative(curves.E, curves.E_closed, rtol)
    mL = budget[budget.model == "m=L"].sort_values("L")
    sr = budget[budget.model == "superradiance"].sort_values("L")
    ok_q, worst_q = check_relative(mL.Q_total, mL.Q_total_closed, rtol)
    fit = mL[mL.L >= tr["fit_L_min"]]
    k = fit_exponent(fit.L, fit.t_90)
    atol = cfg["claims"]["exponent_atol"]
    dev = abs(k + 2.0)
    ok = ok_e and ok_q and dev <= atol
    last_m, last_s = mL.iloc[-1], sr.iloc[-1]
    return claim(
        "kytm.transient.heat_budget",
        source=SOURCE,
        statement="The Theta(L^3) heat current of the m = L model from the all-excited state "
        "decays as exp(-2 gamma_wn L^2 t): it lasts a time Theta(1/L^2) and delivers only "
        "L omega_q / 2 in total, half the stored energy (the white-noise bath is at infinite "
        "temperature).",
        measured={
            "max_rel_dev_E_from_closed_form": worst_e,
            "max_rel_dev_Q_total_from_L_omega_half": worst_q,
            "exponent_t90_m_eq_L": k,
            "exponent_t90_superradiance": fit_exponent(
                sr[sr.L >= tr["fit_L_min"]].L, sr[sr.L >= tr["fit_L_min"]].t_90
            ),
            "at_L_max": {
                "L": int(last_m.L),
                "t90_m_eq_L": float(last_m.t_90),
                "t90_superradiance": float(last_s.t_90),
                "Q_m_eq_L": float(last_m.Q_total),
                "Q_superradiance": float(last_s.Q_total),
            },
        },  # fmt: skip
        expected={
            "E(t)": "(L omega_q/2) exp(-2 gamma_wn L^2 t)",
            "Q_total": "L omega_q / 2",
            "exponent_t90_m_eq_L": -2.0,
        },  # fmt: skip
        comparator="Dicke-space dynamics (dimension (L+1)^2) against the closed forms within "
        "eq_rtol; |exponent of t_90 + 2| <= exponent_atol",
        tolerance={"eq_rtol": rtol, "exponent_atol": atol},
        ok=ok,
        margin=tightest(
            margin_leq(max(worst_e, worst_q), rtol, "max rel. dev. from the closed forms"),
            margin_leq(dev, atol, "|exponent of t_90 + 2|"),
        ),
        artifacts=artifacts,
        parameters={k2: tr[k2] for k2 in ("L_max", "s_max", "n_s", "fit_L_min")},
        details={
            "note": "the closed form is derived here (the m = L operator pairs |M> with "
            "|-M>, so |L/2> evolves in a two-level block); the paper gives J(0) only. "
            "The superradiant burst (T = 0, Eq. 17) emits all of L omega_q over "
            "Theta(ln L / L)"
        },  # fmt: skip
    )


def plot_transient(curves: pd.DataFrame, budget: pd.DataFrame, cfg: dict[str, Any]):
    """(a) J(t)/J(0) against gamma_wn L^2 t for every L; (b) t_90 against L for both models."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax_a, ax_b) = plt.subplots(1, 2, figsize=(7.2, 3.2))
    Ls = sorted(curves.L.unique())
    colors = plt.cm.viridis(np.linspace(0, 0.9, len(Ls)))
    for color, L in zip(colors, Ls, strict=True):
        d = curves[curves.L == L]
        ax_a.semilogy(d.s, d.J / d.J.iloc[0], ".", ms=2.5, color=color, label=f"L = {L}")
    s = np.linspace(0, curves.s.max(), 200)
    ax_a.semilogy(s, np.exp(-2 * s), "k-", lw=0.8, label=r"$e^{-2s}$")
    ax_a.set_xlabel(r"$s = \gamma_{wn} L^2 t$")
    ax_a.set_ylabel(r"$J(t)/J(0)$")
    ax_a.set_title("(a) m = L from |L/2>: one exponential", fontsize=8)
    ax_a.legend(fontsize=5.5, ncol=2)
    for model, marker in (("m=L", "o"), ("superradiance", "^")):
        b = budget[budget.model == model].sort_values("L")
        ax_b.loglog(b.L, b.t_90, marker, ms=3.5, label=f"{model}: 90 % of its heat")
    L = np.array(Ls, float)
    mL = budget[budget.model == "m=L"].sort_values("L")
    ax_b.loglog(L, mL.t_90.iloc[-1] * (L / L[-1]) ** -2, "k--", lw=0.8, label=r"$\propto L^{-2}$")
    ax_b.set_xticks(L[::2], [f"{int(x)}" for x in L[::2]])
    ax_b.minorticks_off()
    ax_b.set_xlabel("L")
    ax_b.set_ylabel(r"$t_{90}$")
    ax_b.set_title(r"(b) duration: m = L delivers $L\omega_q/2$, the burst $L\omega_q$", fontsize=8)
    ax_b.legend(fontsize=6)
    fig.suptitle("Kamimura et al.: how long the Theta(L^3) current lasts", fontsize=9)
    fig.tight_layout()
    return fig
