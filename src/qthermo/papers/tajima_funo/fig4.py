"""Tajima-Funo Fig. 4: power-efficiency ratio of the superradiant engine versus tau_C.

``(W/tau)/(eta_Car - eta)`` over a log-spaced tau_C sweep of limit cycles, against ``c A_cl_bar``
and ``c (A_cl_bar + A_qm_bar)`` (Eq. 8): its tables, its claims tf.fig4.* and the figure.
doi:10.1103/PhysRevLett.127.190604.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.cycles import power_bound_prefactor, power_efficiency_constant, run_cycle
from qthermo.ledger.claims import Claim, check_leq, claim, margin_geq, margin_ratio
from qthermo.ledger.memo import shared_reads
from qthermo.papers.tajima_funo.engine_cycle import (
    INTERPRETATION,
    SOURCE,
    START_LABELS,
    claim_parameters,
    limit_state,
    make_cycle,
    starts,
)

__all__ = [
    "FIG4_COLUMNS",
    "fig4_tables",
    "exceed_intervals",
    "exceeds_classical_claim",
    "quantum_bound_holds_claim",
    "evaluate_claims",
    "plot_fig4",
]

FIG4_COLUMNS = ["tau_c", "ratio", "classical_bound", "quantum_bound", "eta", "power"]


def fig4_tables(cfg: dict[str, Any], hbar: float = 1.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fig. 4 sweep over tau_C (log-spaced) for the configured start, and details for both starts.

    Returns
    -------
    fig4 : DataFrame
        Columns exactly ``tau_c, ratio, classical_bound, quantum_bound, eta, power``.
    details : DataFrame
        Per start and tau_C: W, Q_H, eta_Car, A_cl_bar, A_qm_bar, closures, multiplicity.
    """
    c = power_efficiency_constant(cfg["beta_h"], cfg["beta_c"])
    form = cfg.get("power_bound_form", "eq8")
    rows = []
    for start in starts(cfg):
        for r in shared_reads(_cycle_rows, cfg, start=start, hbar=hbar):
            k = power_bound_prefactor(form, beta_h=cfg["beta_h"], beta_c=cfg["beta_c"],
                                      eta=r["eta"])  # fmt: skip
            rows.append(
                {
                    "start": start,
                    "tau_c": r["tau_c"],
                    "ratio": r["ratio"],
                    "classical_bound": k * r["A_cl_bar"],
                    "quantum_bound": k * (r["A_cl_bar"] + r["A_qm_bar"]),
                    "eta": r["eta"],
                    "power": r["power"],
                    "work": r["work"],
                    "heat_hot": r["heat_hot"],
                    "eta_carnot": r["eta_carnot"],
                    "A_cl_bar": r["A_cl_bar"],
                    "A_qm_bar": r["A_qm_bar"],
                    "c": c,
                    **{key: r[key] for key in _DIAGNOSTICS},
                }
            )
    details = pd.DataFrame(rows)
    fig4 = details[details.start == cfg["initial_state"]][FIG4_COLUMNS].reset_index(drop=True)
    return fig4, details


#: cycle diagnostics of each row of the details table, in column order
_DIAGNOSTICS = ("closure_fixed_point", "closure_after_one_pass", "multiplicity",
                "gap_singular_value", "first_law_residual", "quench_work_scale")  # fmt: skip


def _cycle_rows(cfg: dict[str, Any], *, start: str, hbar: float) -> list[dict[str, Any]]:
    """The limit cycles of the tau_C sweep from ``start``: everything of a details row that
    does not depend on which start is plotted or on the form of the bound. Built once per
    distinct values read inside a sensitivity evaluation (:func:`~qthermo.ledger.memo.shared_reads`):
    the readings of the start, of the bound's form and the singlet scan's comparison start
    reuse it."""
    f4 = cfg["fig4"]
    taus = np.geomspace(f4["tau_c_min"], f4["tau_c_max"], f4["n_tau"])
    rows = []
    for tau_c in taus:
        cycle = make_cycle(cfg, hbar, tau_c=float(tau_c))
        fp = limit_state(cycle, start, cfg)
        res = run_cycle(cycle, fp.rho, f4["points_per_stroke"])
        rows.append(
            {
                "tau_c": float(tau_c),
                "ratio": res.ratio,
                "eta": res.efficiency,
                "power": res.power,
                "work": res.work,
                "heat_hot": res.heat_hot,
                "eta_carnot": res.eta_carnot,
                "A_cl_bar": res.A_cl_mean,
                "A_qm_bar": res.A_qm_mean,
                "closure_fixed_point": fp.closure,
                "closure_after_one_pass": res.closure,
                "multiplicity": fp.multiplicity,
                "gap_singular_value": fp.gap,
                "first_law_residual": res.first_law_residual,
                "quench_work_scale": res.quench_work_scale,
            }
        )
    return rows


def exceed_intervals(x: Sequence[float], flags: Sequence[bool]) -> list[list[float]]:
    """Maximal runs of consecutive grid points where ``flags`` holds, as ``[x_first, x_last]``."""
    out: list[list[float]] = []
    start = None
    xs = list(x)
    for i, f in enumerate(flags):
        if f and start is None:
            start = i
        if (not f or i == len(xs) - 1) and start is not None:
            end = i if f else i - 1
            out.append([float(xs[start]), float(xs[end])])
            start = None
    return out


def _sweep_parameters(cfg: dict[str, Any]) -> dict[str, Any]:
    """Engine parameters plus the tau_C sweep of Fig. 4."""
    return {
        **claim_parameters(cfg),
        "tau_c": {k: cfg["fig4"][k] for k in ("tau_c_min", "tau_c_max", "n_tau")},
        "points_per_stroke": cfg["fig4"]["points_per_stroke"],
    }


def exceeds_classical_claim(
    fig4: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> Claim:
    """Claim tf.fig4.exceeds_classical: the ratio beats c A_cl_bar on some tau_C interval."""
    above = (fig4.ratio > fig4.classical_bound).to_numpy()
    intervals = exceed_intervals(fig4.tau_c, above)
    ok, _ = check_leq(1, int(np.sum(above)), rtol=0.0)
    rel = (fig4.ratio / fig4.classical_bound).to_numpy()
    return claim(
        "tf.fig4.exceeds_classical",
        source=SOURCE + ", Fig. 4 and Eq. (8)",
        statement="The power-efficiency ratio (W/tau)/(eta_Car - eta) of the superradiant engine "
        "exceeds the classical bound c A_cl_bar on some interval of tau_C.",
        measured={
            "tau_c_intervals_above_classical": intervals,
            "n_points_above": int(above.sum()),
            "n_points": len(fig4),
            "max_ratio_over_classical_bound": float(rel.max()),
            "tau_c_at_max": float(fig4.tau_c.iloc[int(np.argmax(rel))]),
        },
        expected="ratio > classical_bound on a non-empty tau_C interval",
        comparator="exists tau_C: ratio > c A_cl_bar",
        tolerance=0,
        ok=ok,
        margin=margin_geq(int(np.sum(above)), 1, "tau_C points above the classical bound"),
        artifacts=artifacts,
        interpretation=INTERPRETATION,
        parameters=_sweep_parameters(cfg),
        details={"note": "interval ends are grid points of the log-spaced tau_C sweep"},
    )


def quantum_bound_holds_claim(
    fig4: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> Claim:
    """Claim tf.fig4.quantum_bound_holds: the ratio never exceeds c (A_cl_bar + A_qm_bar)."""
    ok, max_r = check_leq(fig4.ratio, fig4.quantum_bound)
    return claim(
        "tf.fig4.quantum_bound_holds",
        source=SOURCE + ", Fig. 4 and Eq. (8)",
        statement="The power-efficiency ratio never exceeds the quantum bound c (A_cl_bar + "
        "A_qm_bar) over the tau_C sweep.",
        measured={"max_ratio_over_quantum_bound": max_r, "n_points": len(fig4)},
        expected="<= 1",
        comparator="ratio <= quantum_bound (round-off slack 1e-9)",
        tolerance=1e-9,
        ok=ok,
        margin=margin_ratio(max_r, "max ratio / quantum bound"),
        artifacts=artifacts,
        interpretation=INTERPRETATION,
        parameters=_sweep_parameters(cfg),
    )


def evaluate_claims(
    fig4: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """Claims tf.fig4.* in ledger order."""
    return [
        exceeds_classical_claim(fig4, cfg, artifacts),
        quantum_bound_holds_claim(fig4, cfg, artifacts),
    ]


def plot_fig4(fig4: pd.DataFrame, fig4_details: pd.DataFrame, cfg: dict[str, Any]):
    """Fig. 4: power-efficiency ratio versus tau_C with the classical and quantum bounds."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, ax = plt.subplots(figsize=(5.0, 3.4))
    above = (fig4.ratio > fig4.classical_bound).to_numpy()
    for lo, hi in exceed_intervals(fig4.tau_c, above):
        ax.axvspan(lo, hi, color="tab:red", alpha=0.08, lw=0)
    start = START_LABELS.get(cfg["initial_state"], cfg["initial_state"])
    ax.semilogx(fig4.tau_c, fig4.ratio, "-", color="tab:red", lw=1.8,
                label=rf"$(W/\tau)/(\eta_{{Car}}-\eta)$, {start}")  # fmt: skip
    ax.semilogx(fig4.tau_c, fig4.quantum_bound, "--", color="k", lw=1.2,
                label=r"quantum bound $c(\bar A_{cl}+\bar A_{qm})$")  # fmt: skip
    ax.semilogx(fig4.tau_c, fig4.classical_bound, "--", color="tab:blue", lw=1.2,
                label=r"classical bound $c\bar A_{cl}$")  # fmt: skip
    other = cfg["compare_initial_state"]
    alt = fig4_details[fig4_details.start == other]
    words = START_LABELS.get(other, other)
    ax.semilogx(alt.tau_c, alt.ratio, ":", color="tab:red", lw=1.0, alpha=0.55,
                label=f"ratio, {words}")  # fmt: skip
    ax.semilogx(alt.tau_c, alt.classical_bound, ":", color="tab:blue", lw=1.0, alpha=0.55,
                label=f"classical bound, {words}")  # fmt: skip
    ax.set_xlabel(r"$\tau_C$  [$1/\Gamma_0$]")
    ax.set_ylabel("power-efficiency ratio")
    ax.set_ylim(0, None)
    ax.set_title(
        rf"Tajima-Funo Fig. 4 ($\tau_H$={cfg['tau_h']}; shaded: ratio $> c\bar A_{{cl}}$)",
        fontsize=8,
    )
    ax.legend(fontsize=6)
    fig.tight_layout()
    return fig
