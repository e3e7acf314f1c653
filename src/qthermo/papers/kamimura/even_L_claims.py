"""Claims and figure for even L (table from :mod:`qthermo.papers.kamimura.even_L`),
doi:10.1103/PhysRevLett.131.090401."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.fitting import fit_exponent
from qthermo.ledger.claims import Claim, claim, margin_leq, margin_ratio, tightest
from qthermo.papers import PAPERS
from qthermo.papers.kamimura.even_L import EXPONENTS, MODELS

__all__ = ["closed_forms_claim", "exponents_claim", "bounds_claim", "evaluate_claims",
           "plot_even_L"]  # fmt: skip

SOURCE = PAPERS["kamimura"].citation + ", Eqs. (9), (12), (14), (17)"


def closed_forms_claim(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim kytm.even_L.closed_forms: Eq. (12) and the M = 0 burst value at every even L."""
    dev = float((df.J0 / df.J0_formula - 1.0).abs().max())
    full = df.dropna(subset=["J0_full"])
    dev_full = float((full.J0_full / full.J0 - 1.0).abs().max())
    tol = c["eq_rtol"]
    return claim(
        "kytm.even_L.closed_forms",
        source=SOURCE,
        statement="For even L, J(0) of the m-body models from |L/2> follows Eq. (12), and the "
        "superradiant model from |M = 0> gives J(0) = -gamma_0 omega_q L (L + 2)/4 (our closed "
        "form; Eq. 17 is its odd-L counterpart from |1/2>).",
        measured={
            "max_rel_dev_closed_form": dev,
            "max_rel_dev_full_space": dev_full,
            "L_max": int(df.L.max()),
            "full_L_max": int(full.L.max()),
        },  # fmt: skip
        expected="closed forms; the 2^L space agrees with the Dicke space",
        comparator="max |J0/closed form - 1| <= eq_rtol (all even L) and max |J0_full/J0 - 1| "
        "<= eq_rtol (L <= full_L_max)",
        tolerance=tol,
        ok=dev <= tol and dev_full <= tol,
        margin=tightest(
            margin_leq(dev, tol, "max relative deviation from the closed form"),
            margin_leq(dev_full, tol, "max relative deviation of the 2^L space"),
        ),
        artifacts=artifacts,
        parameters={k: c[k] for k in ("L_small_max", "L_max", "full_L_max")},
    )


def exponents_claim(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim kytm.even_L.exponents: Theta(L^3), L^2, L and L^2 survive for even L."""
    win = df[(df.L >= c["fit_L_min"]) & (df.L <= c["fit_L_max"])]
    fitted = {m: fit_exponent(g.L, g.J0) for m, g in win.groupby("model")}
    dev = {m: abs(fitted[m] - EXPONENTS[m]) for m in MODELS}
    worst = max(dev.values())
    return claim(
        "kytm.even_L.exponents",
        source=SOURCE,
        statement="The scaling of J(0) does not need odd L: for even L the m = L model still "
        "gives Theta(L^3), m = L-1 Theta(L^2), m = L-2 Theta(L) and superradiance from |M = 0> "
        "Theta(L^2).",
        measured={"fitted": fitted, "expected": EXPONENTS, "max_abs_dev": worst},
        expected=EXPONENTS,
        comparator="|fitted log-log slope of |J0| - expected| <= exponent_atol for every model, "
        "fit_L_min <= L <= fit_L_max",
        tolerance=c["exponent_atol"],
        ok=worst <= c["exponent_atol"],
        margin=margin_leq(worst, c["exponent_atol"], "max |exponent - expected|"),
        artifacts=artifacts,
        parameters={k: c[k] for k in ("fit_L_min", "fit_L_max")},
    )


def bounds_claim(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim kytm.even_L.bounds: |J(0)| <= Bound 1 and <= Bound 2 at every even L."""
    r1 = float((df.J0.abs() / df.bound1).max())
    r2 = float((df.J0.abs() / df.bound2).max())
    lim = 1.0 / (1.0 - c["bound_rtol"])
    return claim(
        "kytm.even_L.bounds",
        source=SOURCE,
        statement="Bounds 1 (Eq. 9) and 2 (Eq. 14) hold for even L; the m = L model saturates "
        "both, as for odd L.",
        measured={
            "max_J_over_bound1": r1,
            "max_J_over_bound2": r2,
            "by_model": {
                m: [float((g.J0.abs() / g.bound1).max()), float((g.J0.abs() / g.bound2).max())]
                for m, g in df.groupby("model")
            },
        },  # fmt: skip
        expected="|J0| <= bound (round-off slack bound_rtol)",
        comparator="max |J0|/bound <= 1/(1 - bound_rtol) for both bounds, every even L and model",
        tolerance=c["bound_rtol"],
        ok=r1 <= lim and r2 <= lim,
        margin=tightest(
            margin_ratio(r1, "max |J0|/Bound 1", c["bound_rtol"]),
            margin_ratio(r2, "max |J0|/Bound 2", c["bound_rtol"]),
        ),
        artifacts=artifacts,
    )


def evaluate_claims(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> list[Claim]:
    """The three even-L claims."""
    return [f(df, c, artifacts) for f in (closed_forms_claim, exponents_claim, bounds_claim)]


def plot_even_L(df: pd.DataFrame, c: dict[str, Any]):
    """(a) |J(0)| against even L with the closed forms; (b) |J(0)| over Bounds 1 and 2."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax_a, ax_b) = plt.subplots(1, 2, figsize=(7.2, 3.0))
    colors = plt.cm.viridis(np.linspace(0, 0.85, len(MODELS)))
    for color, m in zip(colors, MODELS, strict=True):
        g = df[df.model == m].sort_values("L")
        ax_a.loglog(g.L, g.J0.abs(), "o", ms=3, color=color, label=m)
        ax_a.loglog(g.L, g.J0_formula.abs(), "-", lw=0.8, color=color)
        ax_b.loglog(g.L, g.J0.abs() / g.bound1, "-", color=color, lw=1, label=f"{m}, Bound 1")
        ax_b.loglog(g.L, g.J0.abs() / g.bound2, "--", color=color, lw=1, label=f"{m}, Bound 2")
    ax_a.set_xlabel("L (even)")
    ax_a.set_ylabel(r"$|J(0)|$")
    ax_a.set_title("(a) Dicke space (dots), closed forms (lines)", fontsize=8)
    ax_a.legend(fontsize=6)
    ax_b.set_xlabel("L (even)")
    ax_b.set_ylabel(r"$|J(0)|$ / bound")
    ax_b.set_title("(b) distance to Bound 1 (solid) and Bound 2 (dashed)", fontsize=8)
    ax_b.legend(fontsize=5, ncol=2)
    fig.suptitle(r"Kamimura et al.: even $L$ (superradiance from $|M = 0\rangle$)", fontsize=9)
    fig.tight_layout()
    return fig
