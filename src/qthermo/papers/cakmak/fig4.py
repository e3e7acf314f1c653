"""Cakmak et al. Fig. 4: long-time C_l1 versus N = 2..7 from |g...g> (Sec. IV).

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.

Two methods for the long-time C_l1 (close-atom limit):

* ``full``: Krylov kernel projection of the sparse 4^N-dimensional Liouvillian (no symmetry
  assumed), N <= 7 (:func:`qthermo.papers.cakmak.kernel.full_space_c_l1`);
* ``symmetric``: null space of the (N+1)^2-dimensional symmetric-subspace Liouvillian, C_l1 from
  the Dicke-basis elements and binomial weights (:mod:`qthermo.papers.cakmak.symmetric`).

Tables ``fig4`` and ``fig4_dipolar``; claims ck.dipolar_independence, ck.fig4.methods_agree,
ck.fig4.cubic_fit; figure ``cakmak_fig4``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, check_leq, check_relative, claim, margin_geq, margin_leq
from qthermo.papers import PAPERS
from qthermo.papers.cakmak.kernel import full_space_c_l1
from qthermo.papers.cakmak.model import close_atom_couplings, liouvillian_parts
from qthermo.papers.cakmak.symmetric import (
    dicke_c_l1,
    long_time_c_l1_closed_form,
    symmetric_steady_state,
)

__all__ = [
    "compute",
    "cubic_fit",
    "fig4_parameters",
    "claim_dipolar_independence",
    "claim_methods_agree",
    "claim_cubic_fit",
    "evaluate_claims",
    "plot_fig4",
    "SOURCE",
    "INTERPRETATION",
]

SOURCE = PAPERS["cakmak"].citation
INTERPRETATION = (
    "Close-atom limit gamma_ij = gamma0, f_ij = f0; initial state |g...g>. The long-time state "
    "is the exact t -> infinity limit of that initial state (the kernel of the full Liouvillian "
    "is degenerate, one steady state per permutation-symmetry sector), obtained in the full "
    "space by Krylov kernel projection and in the symmetric (Dicke) subspace as its unique "
    "steady state. C_l1 in the computational basis."
)


def cubic_fit(N: Sequence[float], c: Sequence[float], degree: int = 3) -> tuple[np.ndarray, float]:
    """Least-squares polynomial (highest power first) and its coefficient of determination."""
    x = np.asarray(N, dtype=float)
    y = np.asarray(c, dtype=float)
    coef = np.polyfit(x, y, degree)
    res = y - np.polyval(coef, x)
    r2 = 1.0 - float(res @ res) / float(((y - y.mean()) ** 2).sum())
    return coef, r2


def _symmetric_c_l1(N: int, g0: float, nbar: float, f0: float) -> float:
    return dicke_c_l1(symmetric_steady_state(N, gamma0=g0, nbar=nbar, f0=f0), N)


def compute(cfg: dict[str, Any], progress=None) -> dict[str, pd.DataFrame]:
    """Tables ``fig4`` (with the cubic fit) and ``fig4_dipolar`` (other f0 values)."""
    g0 = cfg["gamma0"]
    c4 = cfg["fig4"]
    tol = cfg["krylov_breakdown_tol"]
    nb = c4["nbar"]
    rows, dip = [], []
    for N in range(c4["N_min"], c4["N_max"] + 1):
        parts = liouvillian_parts(*close_atom_couplings(N, gamma0=g0, f0=1.0))
        full = full_space_c_l1(N, gamma0=g0, nbar=nb, f0=c4["f0"] * g0, tol=tol, parts=parts)
        sym = _symmetric_c_l1(N, g0, nb, c4["f0"] * g0)
        rows.append(
            {
                "N": N,
                "c_l1_full": full["c_l1"],
                "c_l1_symmetric": sym,
                "c_l1_closed_form": long_time_c_l1_closed_form(N, nb)[0],
                "krylov_dim": full["krylov_dim"],
                "invariance_residual": full["invariance_residual"],
                "stationarity_residual": full["stationarity_residual"],
            }
        )
        for f0r in c4["f0_check"]:
            fr = full_space_c_l1(N, gamma0=g0, nbar=nb, f0=f0r * g0, tol=tol, parts=parts)
            dip.append(
                {
                    "N": N,
                    "f0_over_gamma0": f0r,
                    "c_l1_full": fr["c_l1"],
                    "c_l1_symmetric": _symmetric_c_l1(N, g0, nb, f0r * g0),
                }
            )
        if progress:
            progress(f"fig4: N={N} C_l1 full={full['c_l1']:.12g} symmetric={sym:.12g}")
    fig4 = pd.DataFrame(rows)
    coef, _ = cubic_fit(fig4.N, fig4.c_l1_full, c4["fit_degree"])
    fig4["c_l1_cubic_fit"] = np.polyval(coef, fig4.N)
    return {"fig4": fig4, "fig4_dipolar": pd.DataFrame(dip)}


def fig4_parameters(cfg: dict[str, Any], fig4: pd.DataFrame) -> dict[str, Any]:
    """Parameters recorded with the Fig. 4 and extension claims (``fig4`` sorted by N)."""
    c4 = cfg["fig4"]
    return {
        "nbar": c4["nbar"],
        "f0_over_gamma0": c4["f0"],
        "gamma0": cfg["gamma0"],
        "N_values": fig4.N.tolist(),
    }


def claim_dipolar_independence(
    dfs: dict[str, pd.DataFrame],
    cfg: dict[str, Any],
    artifacts: dict[str, Sequence[str]],
    fig3_spread: dict[str, Any],
) -> Claim:
    """ck.dipolar_independence: Fig. 3 states (N = 2) and Fig. 4 (N = 2..7, full space)."""
    c4 = cfg["fig4"]
    fig4 = dfs["fig4"].sort_values("N")
    dip = dfs["fig4_dipolar"]
    params4 = fig4_parameters(cfg, fig4)
    rtol = c4["methods_rtol"]
    worst_f4 = 0.0
    for N, grp in dip.groupby("N"):
        ref = float(fig4[fig4.N == N].c_l1_full.iloc[0])
        _, w = check_relative(grp.c_l1_full, np.full(len(grp), ref), rtol)
        worst_f4 = max(worst_f4, w)
    worst_f3 = max(v["max_rel_spread"] for v in fig3_spread.values())
    ok, _ = check_leq(max(worst_f4, worst_f3), rtol, rtol=0.0)
    return claim(
        "ck.dipolar_independence",
        source=SOURCE + ", Sec. III B, Fig. 3, Sec. IV",
        statement="The long-time l1-coherence does not depend on the dipolar coupling f0: neither "
        "for the two Fig. 3 initial states nor for the all-ground state of Fig. 4.",
        measured={
            "fig3_long_time": fig3_spread,
            "fig4_max_rel_spread_over_f0": worst_f4,
            "fig4_f0_values": sorted({c4["f0"], *c4["f0_check"]}),
        },
        expected="relative spread over f0 <= tolerance",
        comparator="max |C(f0) - C(f0_ref)| / C(f0_ref)",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(max(worst_f4, worst_f3), rtol, "max relative spread of C over f0"),
        artifacts=[*artifacts["fig3"], *artifacts["fig4"]],
        parameters=params4,
        interpretation=INTERPRETATION + " Fig. 3 states: nbar and f0 values of config cakmak.fig3.",
    )


def claim_methods_agree(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.fig4.methods_agree: full space against symmetric subspace, N = 2..7."""
    fig4 = dfs["fig4"].sort_values("N")
    params4 = fig4_parameters(cfg, fig4)
    rtol = cfg["fig4"]["methods_rtol"]
    ok, worst = check_relative(fig4.c_l1_full, fig4.c_l1_symmetric, rtol)
    return claim(
        "ck.fig4.methods_agree",
        source=SOURCE + ", Fig. 4",
        statement="The long-time l1-coherence from the full 2^N-dimensional space equals the one "
        "from the (N+1)-dimensional symmetric subspace for N = 2..7.",
        measured={
            "max_relative_difference": worst,
            "c_l1_full": fig4.c_l1_full.tolist(),
            "c_l1_symmetric": fig4.c_l1_symmetric.tolist(),
            "krylov_dims": fig4.krylov_dim.tolist(),
            "max_stationarity_residual": float(fig4.stationarity_residual.max()),
        },
        expected="relative difference <= tolerance",
        comparator="max_N |full - sym| / sym",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(worst, rtol, "max |full - sym| / sym"),
        artifacts=artifacts["fig4"],
        parameters=params4,
        interpretation=INTERPRETATION,
    )


def claim_cubic_fit(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.fig4.cubic_fit: R^2 of the cubic description over N = 2..7."""
    c4 = cfg["fig4"]
    fig4 = dfs["fig4"].sort_values("N")
    params4 = fig4_parameters(cfg, fig4)
    coef, r2 = cubic_fit(fig4.N, fig4.c_l1_full, c4["fit_degree"])
    ok, _ = check_leq(c4["r2_min"], r2, rtol=0.0)
    return claim(
        "ck.fig4.cubic_fit",
        source=SOURCE + ", Fig. 4 and Sec. IV",
        statement="Over N = 2..7 the long-time l1-coherence is well described by a cubic "
        "polynomial in N.",
        measured={
            "coefficients_highest_power_first": coef.tolist(),
            "r_squared": r2,
            "max_abs_residual": float(np.abs(fig4.c_l1_full - np.polyval(coef, fig4.N)).max()),
        },
        expected={"r_squared": f">= {c4['r2_min']}"},
        comparator="R^2 of least-squares cubic",
        tolerance=c4["r2_min"],
        ok=ok,
        margin=margin_geq(r2, c4["r2_min"], "R^2 of the cubic"),
        artifacts=artifacts["fig4"],
        parameters=params4,
        interpretation=INTERPRETATION + " Unweighted least squares on the six points; the "
        "paper gives no fit coefficients.",
    )


def evaluate_claims(
    dfs: dict[str, pd.DataFrame],
    cfg: dict[str, Any],
    artifacts: dict[str, Sequence[str]],
    fig3_spread: dict[str, Any],
) -> list[Claim]:
    """Claims ck.dipolar_independence, ck.fig4.methods_agree, ck.fig4.cubic_fit (in this order)."""
    return [
        claim_dipolar_independence(dfs, cfg, artifacts, fig3_spread),
        claim_methods_agree(dfs, cfg, artifacts),
        claim_cubic_fit(dfs, cfg, artifacts),
    ]


def plot_fig4(dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """Fig. 4: long-time C_l1 versus N = 2..7 with the cubic fit."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig4 = dfs["fig4"]
    coef, r2 = cubic_fit(fig4.N, fig4.c_l1_full, cfg["fig4"]["fit_degree"])
    fig, ax = plt.subplots(figsize=(4.6, 3.4))
    Nf = np.linspace(fig4.N.min(), fig4.N.max(), 200)
    ax.plot(
        Nf,
        np.polyval(coef, Nf),
        "-",
        color="tab:blue",
        lw=1.2,
        label="cubic fit, $R^2$=" + f"{r2:.5f}",
    )
    ax.plot(fig4.N, fig4.c_l1_full, "o", color="k", ms=5, label=r"full $2^N$ space")
    ax.plot(fig4.N, fig4.c_l1_symmetric, "x", color="tab:orange", ms=7, label="symmetric subspace")
    ax.plot(fig4.N, fig4.c_l1_closed_form, "s", mfc="none", color="tab:green", ms=9,
            label="exact closed form (not a fit)")  # fmt: skip
    for n, c in zip(fig4.N, fig4.c_l1_full, strict=True):
        ax.annotate(f"{c:.3f}", (n, c), textcoords="offset points", xytext=(-10, 7), fontsize=6)
    ax.set_xlabel("number of atoms N")
    ax.set_ylabel(r"$C_{l_1}^{lt}$")
    ax.set_title(
        rf"Cakmak et al. Fig. 4: $f_0/\gamma_0$={cfg['fig4']['f0']:g}, "
        rf"$\bar n$={cfg['fig4']['nbar']:g}",
        fontsize=9,
    )
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig
