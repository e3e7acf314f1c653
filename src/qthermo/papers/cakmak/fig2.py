"""Cakmak et al. Fig. 2 and the high-temperature limit: two atoms (N = 2) from |gg>.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Eq. (5), Fig. 2 and the text after Eq. (5).  Dynamics in the full 4-dimensional Hilbert space
(dense propagator of the Liouvillian of Eqs. 1-3); long-time limits by Krylov kernel
projection (:func:`qthermo.papers.cakmak.kernel.kernel_projection_krylov`).  Tables ``fig2``
and ``high_temperature``, claims ck.eq5 and ck.high_temperature_limit, figure ``cakmak_fig2``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve
from qthermo.ledger.claims import (
    Claim,
    check_absolute,
    check_all_true,
    check_relative,
    claim,
    margin_leq,
    tightest,
)
from qthermo.papers import PAPERS
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.model import (
    cakmak_liouvillian,
    close_atom_couplings,
    eq5_c_l1,
    eq5_long_time,
    ground_state,
    n2_c_l1_curve,
)
from qthermo.papers.cakmak.readings import (
    DICKE_BASIS_2,
    in_coherence_basis,
    is_default_reading,
    n2_generator,
)

__all__ = [
    "DICKE_BASIS_2",
    "in_coherence_basis",
    "compute",
    "fig2_table",
    "high_temperature_table",
    "claim_eq5",
    "claim_high_temperature_limit",
    "evaluate_claims",
    "plot_fig2",
    "SOURCE",
    "INTERPRETATION",
]

SOURCE = PAPERS["cakmak"].citation
INTERPRETATION = (
    "Close-atom limit gamma_ij = gamma0, f_ij = f0 (i != j), interaction picture, hbar = 1; "
    "computational basis ordered |ee>, |eg>, |ge>, |gg> as in the paper. Long-time values are "
    "the exact t -> infinity limit of the given initial state (projection onto the Liouvillian "
    "kernel inside the Krylov space of the initial state), not a finite-time integration."
)


def fig2_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """Table ``fig2``: C_l1(t) from |gg> for each photon number, numerics and Eq. (5) (under the
    readings ``geometry`` / ``frame`` of :mod:`qthermo.papers.cakmak.readings`, default the
    paper's close atoms in the interaction picture)."""
    g0 = cfg["gamma0"]
    c2 = cfg["fig2"]
    t2 = np.linspace(0.0, c2["t_max"], c2["n_times"]) / g0
    rows = []
    for nbar in c2["nbar_values"]:
        if is_default_reading(cfg):
            c, _ = n2_c_l1_curve(ground_state(2), t2, nbar=nbar, f0=c2["f0"], gamma0=g0)
        else:  # interpretation choices cakmak.geometry / cakmak.frame
            sup = n2_generator(cfg, nbar=nbar, f0=c2["f0"])
            c = np.array([l1_coherence(r) for r in evolve(ground_state(2), sup, t2)])
        rows.append(
            pd.DataFrame(
                {
                    "nbar": nbar,
                    "gamma0_t": t2 * g0,
                    "c_l1_numeric": c,
                    "c_l1_eq5": eq5_c_l1(t2, nbar=nbar, gamma0=g0),
                }
            )
        )
    return pd.concat(rows, ignore_index=True)


def high_temperature_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """Table ``high_temperature``: long-time C_l1 from |gg> versus nbar, and Eq. (5)'s limit
    (C_l1 in the basis ``high_temperature.coherence_basis``, default the product basis)."""
    g0 = cfg["gamma0"]
    ch = cfg["high_temperature"]
    basis = ch.get("coherence_basis", "product")
    f, g = close_atom_couplings(2, gamma0=g0, f0=ch["f0"])
    ht = []
    for nbar in ch["nbar_values"]:
        sup = (cakmak_liouvillian(f, g, nbar) if is_default_reading(cfg)
               else sp.csc_matrix(n2_generator(cfg, nbar=nbar, f0=ch["f0"])))  # fmt: skip
        kp = kernel_projection_krylov(sup, ground_state(2), cfg["krylov_breakdown_tol"])
        ht.append(
            {
                "nbar": nbar,
                "c_l1_long_time": l1_coherence(in_coherence_basis(kp.rho, basis)),
                "c_l1_eq5_long_time": eq5_long_time(nbar),
            }
        )
    return pd.DataFrame(ht)


def compute(cfg: dict[str, Any], progress=None) -> dict[str, pd.DataFrame]:
    """Tables ``fig2`` and ``high_temperature``."""
    fig2 = fig2_table(cfg)
    if progress:
        progress(f"fig2: {len(fig2)} rows")
    return {"fig2": fig2, "high_temperature": high_temperature_table(cfg)}


def claim_eq5(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.eq5: numerics of Eqs. (1)-(3) against the closed form Eq. (5) on the Fig. 2 grid."""
    fig2 = dfs["fig2"]
    c2 = cfg["fig2"]
    err = float(np.abs(fig2.c_l1_numeric - fig2.c_l1_eq5).max())
    ok, _ = check_absolute(err, 0.0, c2["eq5_atol"])
    return claim(
        "ck.eq5",
        source=SOURCE + ", Eq. (5), Fig. 2",
        statement="For two atoms starting in |gg>, the l1-coherence obtained by integrating the "
        "master equation (1)-(3) coincides with the closed form of Eq. (5) at every "
        "time and photon number of the Fig. 2 grid.",
        measured={"max_abs_difference": err, "points": len(fig2)},
        expected="max |C_numeric - C_eq5| <= tolerance",
        comparator="max abs difference",
        tolerance=c2["eq5_atol"],
        ok=ok,
        margin=margin_leq(err, c2["eq5_atol"], "max |C_numeric - C_eq5|"),
        artifacts=artifacts["fig2"],
        parameters={
            "nbar_values": c2["nbar_values"],
            "f0_over_gamma0": c2["f0"],
            "gamma0": cfg["gamma0"],
            "gamma0_t_max": c2["t_max"],
            "n_times": c2["n_times"],
        },
        interpretation=INTERPRETATION + " Absolute tolerance (C_l1(0) = 0 makes a relative one "
        "ill-defined).",
    )


def claim_high_temperature_limit(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.high_temperature_limit: the N = 2 long-time C_l1 approaches 1/3 from below."""
    c2 = cfg["fig2"]
    ht = dfs["high_temperature"].sort_values("nbar")
    dev = (1.0 / 3.0 - ht.c_l1_long_time).to_numpy()
    ch = cfg["high_temperature"]
    ok_lim, last = check_absolute(float(ht.c_l1_long_time.iloc[-1]), 1.0 / 3.0, ch["atol"])
    ok_mono, n_bad = check_all_true(np.diff(dev) < 0)
    ok_pos, _ = check_all_true(dev > 0)
    ok_eq5, worst = check_relative(ht.c_l1_long_time, ht.c_l1_eq5_long_time, c2["eq5_atol"])
    slope = float(np.polyfit(np.log(ht.nbar.iloc[-3:]), np.log(dev[-3:]), 1)[0])
    return claim(
        "ck.high_temperature_limit",
        source=SOURCE + ", Sec. III A after Eq. (5)",
        statement="For two atoms from |gg> the long-time l1-coherence rises towards 1/3 as the "
        "photon number grows, approaching it from below.",
        measured={
            "nbar": ht.nbar.tolist(),
            "c_l1_long_time": ht.c_l1_long_time.tolist(),
            "distance_to_one_third_at_largest_nbar": last,
            "loglog_slope_of_distance_last3": slope,
            "max_rel_diff_to_eq5_first_term": worst,
        },
        expected={"limit": 1.0 / 3.0, "distance": "positive, decreasing in nbar"},
        comparator="|C(nbar_max) - 1/3| <= tol, 1/3 - C > 0 and decreasing, C = first term of Eq. (5)",
        tolerance={"atol_at_nbar_max": ch["atol"], "eq5_rtol": c2["eq5_atol"]},
        ok=ok_lim and ok_mono and ok_pos and ok_eq5,
        margin=tightest(
            margin_leq(last, ch["atol"], "|C(nbar_max) - 1/3|"),
            margin_leq(worst, c2["eq5_atol"], "max rel. diff. to Eq. (5)"),
            margin_leq(
                n_bad + int(np.sum(dev <= 0)), 0, "non-decreasing or non-positive distances to 1/3"
            ),
        ),
        artifacts=artifacts["fig2"],
        parameters={"nbar_values": ch["nbar_values"], "f0_over_gamma0": ch["f0"]},
        interpretation=INTERPRETATION + " The distance to 1/3 decays as 1/(9 nbar^2) (from Eq. 5).",
    )


def evaluate_claims(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> list[Claim]:
    """Claims ck.eq5 and ck.high_temperature_limit (in this order)."""
    return [claim_eq5(dfs, cfg, artifacts), claim_high_temperature_limit(dfs, cfg, artifacts)]


def plot_fig2(dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """Fig. 2: C_l1(t) for N = 2 from |gg>; markers = numerics, lines = Eq. (5)."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, ax = plt.subplots(figsize=(4.6, 3.4))
    df = dfs["fig2"]
    colors = plt.cm.viridis(np.linspace(0.0, 0.85, df.nbar.nunique()))
    for col, (nbar, grp) in zip(colors, df.groupby("nbar"), strict=True):
        ax.plot(
            grp.gamma0_t, grp.c_l1_eq5, "-", color=col, lw=1.2, label=rf"Eq. (5), $\bar n$={nbar:g}"
        )
        step = max(1, len(grp) // 25)
        ax.plot(
            grp.gamma0_t.iloc[::step],
            grp.c_l1_numeric.iloc[::step],
            "o",
            ms=3,
            mfc="none",
            color=col,
        )
    ax.axhline(1 / 3, color="k", ls=":", lw=0.8, label=r"$1/3$ ($\bar n\to\infty$)")
    ax.plot([], [], "o", mfc="none", color="gray", ms=3, label="master equation (numerics)")
    ax.set_xlabel(r"$\gamma_0 t$")
    ax.set_ylabel(r"$C_{l_1}$")
    ax.set_title(r"Cakmak et al. Fig. 2: $N=2$ from $|gg\rangle$, close atoms", fontsize=9)
    ax.legend(loc="center right", bbox_to_anchor=(1.0, 0.45), ncol=2, fontsize=6)
    fig.tight_layout()
    return fig
