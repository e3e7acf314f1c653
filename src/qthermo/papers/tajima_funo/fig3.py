"""Tajima-Funo Fig. 3: current-dissipation ratio on the hot stroke of the superradiant engine.

``J_H^2/sigma`` for rho(t) and rho_sd(t) during the hot stroke (step 1) of the limit cycle,
against the classical bound A_cl/2 (Eq. 3) and the quantum bound (A_cl + A_qm)/2 (Eq. 4):
its tables, its claims tf.fig3.* and the figure.  doi:10.1103/PhysRevLett.127.190604.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import block_diagonal, l1_coherence
from qthermo.core.cycles import run_cycle
from qthermo.ledger.claims import (
    Claim,
    check_all_true,
    check_leq,
    claim,
    margin_geq,
    margin_leq,
    margin_ratio,
    tightest,
)
from qthermo.papers.tajima_funo.engine_cycle import (
    INTERPRETATION,
    SOURCE,
    START_LABELS,
    claim_parameters,
    limit_state,
    make_cycle,
    starts,
)
from qthermo.papers.tajima_funo.two_qubit import singlet_projector

__all__ = [
    "FIG3_COLUMNS",
    "fig3_tables",
    "quantum_exceeds_classical_claim",
    "bounds_hold_claim",
    "evaluate_claims",
    "plot_fig3",
]

FIG3_COLUMNS = ["t", "cd_rho", "cd_sd", "acl_half", "acl_aqm_half"]


def fig3_tables(
    cfg: dict[str, Any], hbar: float = 1.0, support_tol: float | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    """Fig. 3 data for the configured start, details for both starts, and a summary.

    Returns
    -------
    fig3 : DataFrame
        Columns exactly ``t, cd_rho, cd_sd, acl_half, acl_aqm_half`` (hot stroke, chosen start).
    details : DataFrame
        Per start (``start`` column) and time: J_H, sigma, cd, cd_sd, A_cl, A_qm, C_l1 of
        rho_bd, singlet population.
    summary : dict
        Limit-cycle diagnostics (closure, multiplicity, spectral gap) per start.
    """
    cycle = make_cycle(cfg, hbar)
    S = singlet_projector()
    frames = []
    summary: dict[str, Any] = {}
    for start in starts(cfg):
        fp = limit_state(cycle, start, cfg)
        res = run_cycle(
            cycle,
            fp.rho,
            cfg["fig3_points"],
            tradeoff=True,
            support_tol=support_tol,
            keep_states=True,
        )
        hot = res.series[res.series.stroke == cycle.strokes[0].name].copy()
        n_hot = len(hot)
        hot["start"] = start
        hot["singlet_population"] = [float(np.real(np.trace(S @ r))) for r in res.states[:n_hot]]
        frames.append(hot)
        summary[start] = {
            "closure_fixed_point": fp.closure,
            "closure_after_one_pass": res.closure,
            "eigenvalue_one_multiplicity": fp.multiplicity,
            "spectral_gap_singular_value": fp.gap,
            "work": res.work,
            "efficiency": res.efficiency,
            "power": res.power,
            "first_law_residual": res.first_law_residual,
            "max_inter_level_coherence": max(
                l1_coherence(r) - l1_coherence(block_diagonal(cycle.strokes[0].model, r))
                for r in res.states
            ),
            "rho_start_real": np.real(fp.rho).tolist(),
        }
    details = pd.concat(frames, ignore_index=True)
    details = details.rename(columns={"t_stroke": "t_hot", "J": "J_H"})
    details["acl_half"] = details.A_cl / 2
    details["acl_aqm_half"] = (details.A_cl + details.A_qm) / 2
    main = details[details.start == cfg["initial_state"]]
    fig3 = pd.DataFrame(
        {
            "t": main.t_hot.to_numpy(),
            "cd_rho": main.cd.to_numpy(),
            "cd_sd": main.cd_sd.to_numpy(),
            "acl_half": main.acl_half.to_numpy(),
            "acl_aqm_half": main.acl_aqm_half.to_numpy(),
        }
    )
    keep = [
        "start",
        "t_hot",
        "J_H",
        "sigma",
        "cd",
        "cd_bd",
        "cd_sd",
        "A_cl",
        "A_qm",
        "C_l1_bd",
        "acl_half",
        "acl_aqm_half",
        "singlet_population",
    ]
    return fig3, details[keep].reset_index(drop=True), summary


def quantum_exceeds_classical_claim(
    fig3: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> Claim:
    """Claim tf.fig3.quantum_exceeds_classical: cd_rho > A_cl/2 at every time of the hot stroke."""
    r0 = fig3.iloc[0]
    at_t0 = {k: float(r0[k]) for k in FIG3_COLUMNS}
    exceed = (fig3.cd_rho > fig3.acl_half).to_numpy()
    ok, n_viol = check_all_true(exceed)
    return claim(
        "tf.fig3.quantum_exceeds_classical",
        source=SOURCE + ", Fig. 3 and Ineq. (3)",
        statement="In the limit cycle of the 2-qubit superradiant engine, the current-dissipation "
        "ratio J_H^2/sigma of the coherent state exceeds the classical bound A_cl/2 at every time "
        "of the hot stroke.",
        measured={
            "min_cd_rho_over_acl_half": float((fig3.cd_rho / fig3.acl_half).min()),
            "times_not_exceeding": n_viol,
            "times_checked": len(fig3),
            "at_t0": at_t0,
        },
        expected="cd_rho > acl_half at every t",
        comparator="cd_rho(t) > acl_half(t) for all t",
        tolerance=0,
        ok=ok,
        margin=tightest(
            margin_geq(
                float((fig3.cd_rho / fig3.acl_half).min()), 1.0, "min over t of cd(rho) / (A_cl/2)"
            ),
            margin_leq(n_viol, 0, "times with cd(rho) <= A_cl/2"),
        ),
        artifacts=artifacts,
        interpretation=INTERPRETATION,
        parameters=claim_parameters(cfg),
    )


def bounds_hold_claim(fig3: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim tf.fig3.bounds_hold: rho below (A_cl + A_qm)/2 and rho_sd below A_cl/2."""
    ok_q, max_q = check_leq(fig3.cd_rho, fig3.acl_aqm_half)
    ok_c, max_c = check_leq(fig3.cd_sd, fig3.acl_half)
    return claim(
        "tf.fig3.bounds_hold",
        source=SOURCE + ", Fig. 3 and Ineqs. (3)-(4)",
        statement="During the hot stroke the ratio of rho stays below (A_cl + A_qm)/2 and the "
        "ratio of the dephased rho_sd stays below A_cl/2.",
        measured={
            "max_cd_rho_over_quantum_bound": max_q,
            "max_cd_sd_over_classical_bound": max_c,
        },
        expected={
            "max_cd_rho_over_quantum_bound": "<= 1",
            "max_cd_sd_over_classical_bound": "<= 1",
        },
        comparator="lhs <= rhs (round-off slack 1e-9)",
        tolerance=1e-9,
        ok=ok_q and ok_c,
        margin=tightest(
            margin_ratio(max_q, "max cd(rho) / ((A_cl + A_qm)/2)"),
            margin_ratio(max_c, "max cd(rho_sd) / (A_cl/2)"),
        ),
        artifacts=artifacts,
        interpretation=INTERPRETATION,
        parameters=claim_parameters(cfg),
    )


def evaluate_claims(
    fig3: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """Claims tf.fig3.* in ledger order."""
    return [
        quantum_exceeds_classical_claim(fig3, cfg, artifacts),
        bounds_hold_claim(fig3, cfg, artifacts),
    ]


def plot_fig3(fig3: pd.DataFrame, fig3_details: pd.DataFrame, cfg: dict[str, Any]):
    """Fig. 3: CD ratios of rho and rho_sd versus t on the hot stroke, with both bounds."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(7.2, 3.5), gridspec_kw={"width_ratios": [1.5, 1]})
    ax.plot(
        fig3.t, fig3.cd_rho, "-", color="tab:red", lw=1.8, label=r"$J_H^2/\dot\sigma$, $\rho(t)$"
    )
    ax.plot(
        fig3.t,
        fig3.cd_sd,
        "-",
        color="tab:orange",
        lw=1.8,
        label=r"$J_H^2/\dot\sigma$, $\rho_{sd}(t)$",
    )
    ax.plot(fig3.t, fig3.acl_aqm_half, "--", color="k", lw=1.2, label=r"$(A_{cl}+A_{qm})/2$")
    ax.plot(fig3.t, fig3.acl_half, "--", color="tab:blue", lw=1.2, label=r"$A_{cl}/2$")
    ax.set_xlabel(r"time $t$ in step 1 (hot stroke)  [$1/\Gamma_0$]")
    ax.set_ylabel("current-dissipation ratio")
    ax.set_title(rf"(a) limit cycle from $|gg\rangle$, $\tau_C$={cfg['tau_c']}")
    ax.set_ylim(0, None)
    ax.legend(loc="center right", bbox_to_anchor=(1.0, 0.585), ncol=2, fontsize=6)
    # the rho curve sits just below the quantum bound: show the distance in an inset
    ins = ax.inset_axes((0.1, 0.07, 0.4, 0.25))
    ins.semilogy(fig3.t, 1.0 - fig3.cd_rho / fig3.acl_aqm_half, color="tab:red", lw=1.2)
    ins.set_title(r"$1 - (J_H^2/\dot\sigma)/((A_{cl}+A_{qm})/2)$, $\rho(t)$", fontsize=6)
    ins.tick_params(labelsize=5)
    alt = cfg["compare_initial_state"]
    for start, ls, lw, alpha in ((cfg["initial_state"], "-", 1.6, 1.0), (alt, ":", 1.1, 0.6)):
        d = fig3_details[fig3_details.start == start]
        words = START_LABELS.get(start, start)
        ax2.plot(d.t_hot, d.cd / d.acl_half, ls, color="tab:red", lw=lw, alpha=alpha,
                 label=rf"$\rho$, {words}")  # fmt: skip
        ax2.plot(d.t_hot, d.cd_sd / d.acl_half, ls, color="tab:orange", lw=lw, alpha=alpha,
                 label=rf"$\rho_{{sd}}$, {words}")  # fmt: skip
    ax2.axhline(1.0, color="tab:blue", ls="--", lw=1, label="classical bound")
    ax2.set_xlabel(r"$t$ in step 1  [$1/\Gamma_0$]")
    ax2.set_ylabel(r"$(J_H^2/\dot\sigma)\,/\,(A_{cl}/2)$")
    ax2.set_title("(b) initial-state dependence")
    ax2.set_ylim(0.5, 1.65)
    ax2.legend(fontsize=5.5, ncol=2, loc="upper center", bbox_to_anchor=(0.45, -0.2))
    ax2.annotate("Gibbs start: just below", xy=(0.1, 0.99), xytext=(0.03, 1.12), fontsize=6,
                 color="tab:red", arrowprops=dict(arrowstyle="->", color="tab:red", lw=0.6))  # fmt: skip
    fig.suptitle(
        rf"Tajima-Funo Fig. 3: 2-qubit superradiant engine, $\omega_H$={cfg['omega_h']}, "
        rf"$\omega_C$={cfg['omega_c']}, $\beta_H$={cfg['beta_h']}, $\beta_C$={cfg['beta_c']}, "
        rf"$\tau_H$={cfg['tau_h']}, $\Gamma_0$={cfg['gamma0']}",
        fontsize=8,
    )
    fig.tight_layout()
    return fig
