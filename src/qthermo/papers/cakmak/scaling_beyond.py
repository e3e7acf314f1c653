"""Beyond Cakmak et al. Fig. 4: exact long-time C_l1 to N = 1000, saturation with nbar (Sec. IV).

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117.

Methods for the long-time C_l1 from |g...g> (close-atom limit, :mod:`qthermo.papers.cakmak.symmetric`):

* ``dense``: null space of the (N+1)-state population rate matrix (plain doubles), N <= 200;
* ``log``: detailed-balance recursion and log-sum-exp (any N);
* ``closed``: ``(2n+1)^N / ((n+1)^(N+1) - n^(N+1)) - 1`` in log space (any N).

Tables ``beyond`` (with the Fig. 4 cubic fit extrapolated) and ``saturation``; claims
ck.extrapolation, ck.beyond.closed_form, ck.nbar_saturation; figure ``cakmak_scaling_beyond``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import logsumexp

from qthermo.ledger.claims import (
    Claim,
    check_all_true,
    check_leq,
    check_relative,
    claim,
    margin_leq,
    tightest,
)
from qthermo.papers.cakmak.fig4 import INTERPRETATION, SOURCE, cubic_fit, fig4_parameters
from qthermo.papers.cakmak.symmetric import (
    log_binomial,
    long_time_c_l1_closed_form,
    long_time_c_l1_log,
    saturation_value,
    steady_populations_dense,
)

__all__ = [
    "beyond_N_values",
    "compute",
    "beyond_table",
    "saturation_table",
    "claim_extrapolation",
    "claim_closed_form",
    "claim_nbar_saturation",
    "evaluate_claims",
    "plot_scaling_beyond",
]


def beyond_N_values(cfg: dict[str, Any]) -> list[int]:
    """N grid of the extension: every N up to 30, then log-spaced up to N_log_max, plus the
    extrapolation points."""
    cb = cfg["beyond"]
    logs = np.unique(np.round(np.geomspace(30, cb["N_log_max"], cb["n_points"])).astype(int))
    fixed = {int(n) for n in cb["N_extrapolate"]} | {cb["N_dense_max"], cb["N_log_max"]}
    return sorted(set(range(2, 31)) | {int(n) for n in logs} | fixed)


def _dense_c_l1(N: int, g0: float, nbar: float) -> float:
    """Long-time C_l1 from the dense rate-matrix populations (plain doubles)."""
    p = steady_populations_dense(N, gamma0=g0, nbar=nbar)
    with np.errstate(divide="ignore"):
        ls = float(logsumexp(np.log(np.maximum(p, 0.0)) + log_binomial(N)))
    return float(np.expm1(ls))


def beyond_table(cfg: dict[str, Any], fig4: pd.DataFrame) -> pd.DataFrame:
    """Table ``beyond``: dense, log-space and closed-form C_l1 and the extrapolated cubic of
    ``fig4`` (the table of :func:`qthermo.papers.cakmak.fig4.compute`)."""
    g0 = cfg["gamma0"]
    c4, cb = cfg["fig4"], cfg["beyond"]
    coef, _ = cubic_fit(fig4.N, fig4.c_l1_full, c4["fit_degree"])
    nb = c4["nbar"]
    brows = []
    for N in beyond_N_values(cfg):
        c_log, l10_log = long_time_c_l1_log(N, gamma0=g0, nbar=nb)
        c_cf, l10_cf = long_time_c_l1_closed_form(N, nb)
        c_dense = _dense_c_l1(N, g0, nb) if N <= cb["N_dense_max"] else float("nan")
        brows.append(
            {
                "N": N,
                "c_l1_dense": c_dense,
                "c_l1_log": c_log,
                "c_l1_closed_form": c_cf,
                "log10_c_l1_plus_1_log": l10_log,
                "log10_c_l1_plus_1_closed_form": l10_cf,
                "c_l1_cubic_extrapolation": float(np.polyval(coef, N)),
            }
        )
    return pd.DataFrame(brows)


def saturation_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """Table ``saturation``: long-time C_l1 versus nbar for several N, and 2^N/(N+1) - 1."""
    g0 = cfg["gamma0"]
    cs = cfg["saturation"]
    nbars = np.geomspace(cs["nbar_min"], cs["nbar_max"], cs["n_points"])
    srows = []
    for N in cs["N_values"]:
        for n in nbars:
            srows.append(
                {
                    "N": N,
                    "nbar": float(n),
                    "c_l1_long_time": long_time_c_l1_log(N, gamma0=g0, nbar=n)[0],
                    "c_l1_saturation": saturation_value(N),
                }
            )
    return pd.DataFrame(srows)


def compute(cfg: dict[str, Any], fig4: pd.DataFrame, progress=None) -> dict[str, pd.DataFrame]:
    """Tables ``beyond`` and ``saturation`` (``fig4``: the in-memory Fig. 4 table)."""
    beyond = beyond_table(cfg, fig4)
    if progress:
        progress(f"beyond: {len(beyond)} N values up to {beyond.N.max()}")
    return {"beyond": beyond, "saturation": saturation_table(cfg)}


def claim_extrapolation(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.extrapolation: the N <= 7 cubic fit, extrapolated, against the exact values."""
    c4, cb = cfg["fig4"], cfg["beyond"]
    fig4 = dfs["fig4"].sort_values("N")
    beyond = dfs["beyond"].set_index("N")
    params4 = fig4_parameters(cfg, fig4)
    coef, _ = cubic_fit(fig4.N, fig4.c_l1_full, c4["fit_degree"])
    Ne = [int(n) for n in cb["N_extrapolate"]]
    pred = [float(np.polyval(coef, n)) for n in Ne]
    exact = [float(beyond.loc[n, "c_l1_closed_form"]) for n in Ne]
    ok, worst = check_relative(pred, exact, cb["extrapolation_rtol"])
    nb = c4["nbar"]
    base = (2 * nb + 1) / (nb + 1)
    return claim(
        "ck.extrapolation",
        source=SOURCE + ", Fig. 4 and Sec. IV (cubic description)",
        statement="The cubic fit of N = 2..7, extrapolated, predicts the exact long-time "
        "l1-coherence at larger N.",
        measured={
            "N": Ne,
            "cubic_prediction": pred,
            "exact": exact,
            "ratio_exact_over_cubic": [e / p for e, p in zip(exact, pred, strict=True)],
            "max_relative_error": worst,
            "exponential_base": base,
        },
        expected="relative error <= tolerance",
        comparator="|cubic - exact| / exact",
        tolerance=cb["extrapolation_rtol"],
        ok=ok,
        margin=margin_leq(worst, cb["extrapolation_rtol"], "max |cubic - exact| / exact"),
        artifacts=artifacts["beyond"],
        parameters={**params4, "N_extrapolate": Ne},
        interpretation=INTERPRETATION + " Exact values from the closed form "
        "(2n+1)^N/((n+1)^(N+1) - n^(N+1)) - 1, checked against the numerics below.",
        expected_outcome="fail",
        outcome_reason=(
            "The growth is exponential, not cubic: C_l1^lt = sum_k p_k C(N,k) - 1 with thermal "
            f"Dicke populations p_k ~ x^k, i.e. ~ ((2 nbar + 1)/(nbar + 1))^N/(nbar + 1) = "
            f"{base:.4f}^N/{nb + 1:g} for N >> nbar. For N <= 7 the factor 1/(1 - x^(N+1)) hides "
            "this and a cubic fits well, but it underestimates N = 20 by a factor of about "
            f"{exact[0] / pred[0]:.0f}."
        ),
    )


def claim_closed_form(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.beyond.closed_form: log-space method against the closed form; dense doubles to
    N_dense_max; full space N <= 7."""
    cb = cfg["beyond"]
    fig4 = dfs["fig4"].sort_values("N")
    beyond = dfs["beyond"].set_index("N")
    params4 = fig4_parameters(cfg, fig4)
    rtol = cfg["fig4"]["methods_rtol"]
    ok_log, worst_log = check_relative(
        beyond.c_l1_log, beyond.c_l1_closed_form, cb["closed_form_rtol"]
    )
    dense = beyond.dropna(subset=["c_l1_dense"])
    ok_dense, worst_dense = check_relative(
        dense.c_l1_dense, dense.c_l1_closed_form, cb["closed_form_rtol"]
    )
    ok_f4, worst_f4c = check_relative(fig4.c_l1_full, fig4.c_l1_closed_form, rtol)
    return claim(
        "ck.beyond.closed_form",
        source=SOURCE + ", Sec. IV (extension beyond N = 7)",
        statement="The long-time l1-coherence from |g...g> equals (2n+1)^N / ((n+1)^(N+1) - "
        "n^(N+1)) - 1 (our closed form): checked against the full-space numerics "
        "(N <= 7), the symmetric-subspace rate matrix (N <= 200) and the log-space "
        f"ladder method (N <= {int(beyond.index.max())}).",
        measured={
            "max_rel_err_full_space": worst_f4c,
            "max_rel_err_dense": worst_dense,
            "max_rel_err_log_space": worst_log,
            "N_max_dense": int(dense.index.max()),
            "N_max_log": int(beyond.index.max()),
            "log10_c_l1_at_N_max": float(beyond.log10_c_l1_plus_1_log.iloc[-1]),
            "c_l1_N20": float(beyond.loc[20, "c_l1_closed_form"]) if 20 in beyond.index else None,
        },
        expected="relative error <= tolerance",
        comparator="max_N |method - closed| / closed",
        tolerance=cb["closed_form_rtol"],
        ok=ok_log and ok_dense and ok_f4,
        margin=tightest(
            margin_leq(worst_log, cb["closed_form_rtol"], "log-space method rel. error"),
            margin_leq(worst_dense, cb["closed_form_rtol"], "dense method rel. error"),
            margin_leq(worst_f4c, rtol, "full-space rel. error"),
        ),
        artifacts=artifacts["beyond"],
        parameters={**params4, "N_values": beyond.index.tolist()},
        interpretation=INTERPRETATION + " Binomials and populations in log space (log-gamma, "
        "log-sum-exp); C_l1 = expm1(log S).",
    )


def claim_nbar_saturation(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> Claim:
    """ck.nbar_saturation: growth with nbar and saturation at 2^N/(N+1) - 1."""
    cs = cfg["saturation"]
    sat = dfs["saturation"]
    mono_flags, gaps, below = [], {}, []
    for N, grp in sat.groupby("N"):
        grp = grp.sort_values("nbar")
        mono_flags.extend(np.diff(grp.c_l1_long_time) > 0)
        below.append(check_leq(grp.c_l1_long_time, grp.c_l1_saturation)[0])
        gaps[int(N)] = float(1 - grp.c_l1_long_time.iloc[-1] / grp.c_l1_saturation.iloc[-1])
    ok_m, n_bad = check_all_true(mono_flags)
    ok_gap, _ = check_leq(max(gaps.values()), cs["rtol"], rtol=0.0)
    return claim(
        "ck.nbar_saturation",
        source=SOURCE + ", Sec. IV (text after Fig. 4)",
        statement="The long-time l1-coherence grows with the photon number and saturates; the "
        "saturation value is 2^N/(N+1) - 1.",
        measured={
            "non_increasing_steps": n_bad,
            "relative_gap_at_nbar_max": gaps,
            "saturation_values": {int(N): saturation_value(int(N)) for N in cs["N_values"]},
        },
        expected="increasing in nbar, below 2^N/(N+1) - 1, gap at nbar_max <= tolerance",
        comparator="monotonicity, C <= C_sat, 1 - C(nbar_max)/C_sat <= tol",
        tolerance=cs["rtol"],
        ok=ok_m and all(below) and ok_gap,
        margin=tightest(
            margin_leq(max(gaps.values()), cs["rtol"], "max 1 - C(nbar_max)/C_sat"),
            margin_leq(
                n_bad + sum(not b for b in below), 0, "non-increasing steps or C above saturation"
            ),
        ),
        artifacts=artifacts["beyond"],
        parameters={
            "N_values": cs["N_values"],
            "nbar_min": cs["nbar_min"],
            "nbar_max": cs["nbar_max"],
            "n_points": cs["n_points"],
        },
        interpretation=INTERPRETATION + " Log-space ladder method (cross-checked above).",
    )


def evaluate_claims(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> list[Claim]:
    """Claims ck.extrapolation, ck.beyond.closed_form, ck.nbar_saturation (in this order)."""
    return [
        claim_extrapolation(dfs, cfg, artifacts),
        claim_closed_form(dfs, cfg, artifacts),
        claim_nbar_saturation(dfs, cfg, artifacts),
    ]


def _log10_c(log10_s: pd.Series) -> np.ndarray:
    """``log10(S - 1)`` from ``log10 S`` without forming S (no overflow)."""
    x = np.asarray(log10_s, dtype=float)
    return x + np.log10(-np.expm1(-x * np.log(10.0)))


def _growth_panel(ax1, dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]) -> None:
    """Panel (a): log10 C_l1 versus N, exact and numerical, against the extrapolated cubic."""
    b = dfs["beyond"]
    fig4 = dfs["fig4"]
    nb = cfg["fig4"]["nbar"]
    # values reach 1e280 at N = 1000: plot log10 on a linear axis (tick locators overflow)
    ax1.plot(
        b.N,
        _log10_c(b.log10_c_l1_plus_1_closed_form),
        "-",
        color="k",
        lw=1.2,
        label="exact (closed form)",
    )
    dense = b.dropna(subset=["c_l1_dense"])
    ax1.plot(
        dense.N[::3],
        np.log10(dense.c_l1_dense[::3]),
        "s",
        ms=3,
        mfc="none",
        color="tab:green",
        label=r"symmetric rate matrix ($N\leq$" + f"{int(dense.N.max())})",
    )
    big = b[b.N > 30]
    ax1.plot(
        big.N,
        _log10_c(big.log10_c_l1_plus_1_log),
        "^",
        ms=3,
        mfc="none",
        color="tab:purple",
        label="log-space ladder",
    )
    ax1.plot(
        fig4.N, np.log10(fig4.c_l1_full), "o", ms=4, color="tab:red", label=r"full space $N\leq 7$"
    )
    cub = b[b.c_l1_cubic_extrapolation > 0]
    ax1.plot(
        cub.N,
        np.log10(cub.c_l1_cubic_extrapolation),
        "--",
        color="tab:blue",
        lw=1.0,
        label="cubic fit of $N\\leq 7$, extrapolated",
    )
    base = (2 * nb + 1) / (nb + 1)
    ax1.set_xlabel("N (linear axis: exponential growth is a straight line)")
    ax1.set_ylabel(r"$\log_{10} C_{l_1}^{lt}$")
    ax1.set_title(rf"(a) growth $\propto$ {base:.3f}$^N$, not cubic ($\bar n$={nb:g})", fontsize=9)
    ax1.legend(loc="upper left", fontsize=6)

    _cubic_inset(ax1, b, fig4)


def _cubic_inset(ax1, b: pd.DataFrame, fig4: pd.DataFrame) -> None:
    """Inset of panel (a): N <= 30, where the cubic and the exponential part ways."""
    ins = ax1.inset_axes([0.56, 0.1, 0.41, 0.42])
    small = b[b.N <= 30]
    ins.plot(small.N, _log10_c(small.log10_c_l1_plus_1_closed_form), "-", color="k", lw=1.0)
    ins.plot(fig4.N, np.log10(fig4.c_l1_full), "o", ms=3, color="tab:red")
    cs_ = small[small.c_l1_cubic_extrapolation > 0]
    ins.plot(cs_.N, np.log10(cs_.c_l1_cubic_extrapolation), "--", color="tab:blue", lw=1.0)
    ins.set_xlim(1, 31)
    ins.tick_params(labelsize=6)
    ins.set_title("N <= 30", fontsize=6)


def _saturation_panel(ax2, dfs: dict[str, pd.DataFrame]) -> None:
    """Panel (b): long-time C_l1 versus nbar and the saturation values 2^N/(N+1) - 1."""
    from qthermo.plumbing.figures import plt

    sat = dfs["saturation"]
    colors = plt.cm.plasma(np.linspace(0.0, 0.85, sat.N.nunique()))
    for col, (N, grp) in zip(colors, sat.groupby("N"), strict=True):
        ax2.loglog(grp.nbar, grp.c_l1_long_time, "-", color=col, lw=1.1, label=f"N={N}")
        ax2.axhline(grp.c_l1_saturation.iloc[0], color=col, lw=0.7, ls=":")
    ax2.set_xlabel(r"$\bar n$")
    ax2.set_ylabel(r"$C_{l_1}^{lt}$")
    ax2.set_title(r"(b) saturation at $2^N/(N+1)-1$ (dotted)", fontsize=9)
    ax2.legend(loc="lower right", fontsize=6, ncol=2)


def plot_scaling_beyond(dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """Extension: exact growth up to N = 1000 versus the cubic extrapolation; saturation in nbar."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7.4, 3.3))
    _growth_panel(ax1, dfs, cfg)
    _saturation_panel(ax2, dfs)
    fig.tight_layout()
    return fig
