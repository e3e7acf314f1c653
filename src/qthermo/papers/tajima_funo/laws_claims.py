"""The laws every Tajima-Funo evaluation must obey: sigma >= 0, the first law, engine operation.

doi:10.1103/PhysRevLett.127.190604, setup before Eq. (1) (sigma >= 0, the second law) and
Result 3 (a heat engine: heat Q_H from the hot bath, work W = Q_H + Q_C out, eta = W/Q_H <=
eta_Car).  The ratio inequalities (2)-(4) and Eq. (8) would hold vacuously if sigma were negative
or an "engine" did not run as one, so these are the preconditions of every bound claim:

* ``tf.second_law.states``: sigma (Spohn form, and the Clausius form of the steady states) is
  finite and non-negative on every state the Tajima-Funo tables evaluate;
* ``tf.engine.first_law``: ``W = Q_H + Q_C`` over every limit cycle.  For the exact GKSL
  dynamics this is an identity (energy is conserved through quenches and strokes), so the claim
  is marked ``by_construction``: its residual measures the numerics (cycle closure, Van Loan
  integrals), not the paper's physics.  ``W = -sum_k w_k`` is summed from the quench works
  ``w_k = Tr[(H_{k+1} - H_k) rho_k]``, each of order hbar omega, which nearly cancel when the
  strokes are short: W then carries an absolute round-off of ~eps sum_k |w_k| (the Carnot sweep
  of the 10x configuration, N = 2560: W = 4.5e-9 from two quench works with sum_k |w_k| = 0.24,
  |W - Q_H - Q_C| = 5e-16, 5.5e-8 of W).  The residual is therefore compared with ``ROUNDOFF max(|W|, |Q_H|)`` plus the
  round-off floor ``WORK_ROUNDOFF sum_k |w_k|`` of that sum;
* ``tf.engine.operates``: every evaluated cycle is a heat engine, ``W > 0``, ``Q_H > 0`` and
  ``0 < eta < eta_Car`` (hence ``Q_C < 0``); this depends on the strokes and can fail (too short
  a hot stroke, a refrigerator).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, claim, margin_geq, margin_leq, tightest
from qthermo.papers import PAPERS

__all__ = [
    "SIGMA_COLUMNS",
    "ROUNDOFF",
    "WORK_ROUNDOFF",
    "second_law_claim",
    "first_law_claim",
    "operation_claim",
]

SOURCE = PAPERS["tajima_funo"].citation
#: Relative round-off slack of the sign and first-law checks (not a physics tolerance).
ROUNDOFF = 1e-9
#: Round-off of a sum of quench works, per unit of ``sum_k |w_k|``: 100 machine epsilons (a
#: d-level quench work sums d products; 10 d eps covers d <= 10, as ``roundoff_floor`` does).
WORK_ROUNDOFF = 100 * float(np.finfo(float).eps)
#: Entropy-production columns of each table (Spohn form unless the name says otherwise).
SIGMA_COLUMNS = {
    "fig1": ("sigma",),
    "friction": ("sigma", "sigma_bd", "sigma_sd"),
    "fig3_details": ("sigma",),
    "steady_current": ("sigma", "sigma_spohn"),
    "incoherent": ("sigma",),
}


def second_law_claim(tables: Mapping[str, pd.DataFrame], artifacts: Sequence[str]) -> Claim:
    """Claim tf.second_law.states: every sigma of :data:`SIGMA_COLUMNS` finite and >= 0."""
    worst, n_states, n_bad, mins = float("inf"), 0, 0, {}
    for name, cols in SIGMA_COLUMNS.items():
        vals = tables[name][list(cols)].to_numpy(dtype=float)
        finite = np.isfinite(vals)
        scale = float(np.abs(vals[finite]).max()) if finite.any() else 1.0
        rel = np.full(vals.shape, -np.inf)
        rel[finite] = vals[finite] / scale
        worst = min(worst, float(rel.min()))
        n_bad += int((rel < -ROUNDOFF).sum())
        n_states += vals.size
        mins[name] = float(np.min(vals))
    ok = n_bad == 0
    return claim(
        "tf.second_law.states",
        source=SOURCE + ", setup before Eq. (1) (second law)",
        statement="The entropy production rate is finite and non-negative on every state the "
        "replication evaluates: the 2N-state sweep, the random coherent states on random "
        "detailed-balance models, the engine's limit-cycle trajectory, the two-bath steady "
        "states and the diagonal states of the activity check.",
        measured={
            "min_sigma_per_table": mins,
            "min_sigma_over_table_max": worst,
            "evaluations": n_states,
            "violations": n_bad,
        },  # fmt: skip
        expected="sigma >= 0 and finite everywhere",
        comparator="sigma / max|sigma| of its table >= -roundoff, no NaN or inf",
        tolerance=ROUNDOFF,
        ok=ok,
        margin=margin_geq(worst, -ROUNDOFF, "min sigma / max|sigma| over all tables"),
        artifacts=artifacts,
        details={
            "columns": {k: list(v) for k, v in SIGMA_COLUMNS.items()},
            "note": "Spohn's inequality guarantees sigma >= 0 for a GKSL generator whose "
            "fixed point is the Gibbs state of each bath; the check guards the numerics "
            "(logarithms of nearly singular states) and the detailed balance of every "
            "model built",
        },  # fmt: skip
    )


def _cycles(carnot: pd.DataFrame, fig4: pd.DataFrame) -> pd.DataFrame:
    """``(set, W, Q_H, eta, eta_Car, residual, quench_scale)`` of every limit cycle of Figs. 2
    and 4."""
    parts = [
        pd.DataFrame({"set": "carnot_" + carnot.medium, "W": carnot.work,
                      "Q_H": carnot.heat_hot, "eta": carnot.eta, "eta_Car": carnot.eta_carnot,
                      "residual": carnot.first_law_residual,
                      "quench_scale": carnot.quench_work_scale}),
        pd.DataFrame({"set": "fig4_" + fig4.start, "W": fig4.work, "Q_H": fig4.heat_hot,
                      "eta": fig4.eta, "eta_Car": fig4.eta_carnot,
                      "residual": fig4.first_law_residual,
                      "quench_scale": fig4.quench_work_scale}),
    ]  # fmt: skip
    return pd.concat(parts, ignore_index=True)


def first_law_claim(carnot: pd.DataFrame, fig4: pd.DataFrame, artifacts: Sequence[str]) -> Claim:
    """Claim tf.engine.first_law: per cycle, ``|W - Q_H - Q_C| <= ROUNDOFF max(|W|, |Q_H|) +
    WORK_ROUNDOFF sum_k |w_k|`` (the second term: round-off of W, see the module docstring)."""
    cyc = _cycles(carnot, fig4)
    scale = np.maximum(cyc.W.abs(), cyc.Q_H.abs())
    rel = cyc.residual.abs() / scale
    allowed = ROUNDOFF * scale + WORK_ROUNDOFF * cyc.quench_scale
    used = cyc.residual.abs() / allowed
    finite = len(rel) > 0 and bool(np.isfinite(rel).all() and np.isfinite(used).all())
    worst = float(rel.max()) if finite else float("inf")
    worst_used = float(used.max()) if finite else float("inf")
    return claim(
        "tf.engine.first_law",
        source=SOURCE + ", Result 3 (W = Q_H + Q_C)",
        statement="Over every limit cycle the extracted work equals the total heat absorbed "
        "from the baths.",
        measured={
            "max_rel_residual": worst,
            "max_residual_over_allowed": worst_used,
            "min_W_over_quench_work_scale": float((cyc.W.abs() / cyc.quench_scale).min()),
            "cycles": len(cyc),
            "per_set": rel.groupby(cyc.set).max().to_dict(),
        },  # fmt: skip
        expected="W - Q_H - Q_C = 0",
        comparator="|W - sum_a Q_a| <= roundoff max(|W|, |Q_H|) + 100 eps sum_k |w_k| "
        "(w_k: the quench works W is summed from)",
        tolerance=ROUNDOFF,
        ok=worst_used <= 1.0,
        margin=margin_leq(
            worst_used, 1.0, "max |W - sum Q| / (roundoff max(|W|, |Q_H|) + 100 eps sum|w_k|)"
        ),
        artifacts=artifacts,
        by_construction="energy conservation is an identity of the exact dynamics (quench work "
        "plus stroke heats); the residual measures the numerics of the cycle (closure of the "
        "limit cycle, Van Loan integrals), not a statement of the paper",
    )


def operation_claim(
    carnot: pd.DataFrame,
    fig4: pd.DataFrame,
    classical: pd.DataFrame,
    artifacts: Sequence[str],
) -> Claim:
    """Claim tf.engine.operates: W > 0, Q_H > 0, 0 < eta < eta_Car on every cycle."""
    cyc = _cycles(carnot, fig4)
    eta_car = float(fig4.eta_carnot.iloc[0])
    w_over_qh = np.concatenate([cyc.W / cyc.Q_H, classical.eta_cl])
    eta_ratio = np.concatenate([cyc.eta / cyc.eta_Car, classical.eta_cl / eta_car])
    q_h_min = float(cyc.Q_H.min())
    p_cl_min = float(classical.power_cl.min())
    lo, hi = float(np.min(w_over_qh)), float(np.max(eta_ratio))
    ok = bool(q_h_min > 0 and p_cl_min > 0 and lo > 0 and hi < 1)
    return claim(
        "tf.engine.operates",
        source=SOURCE + ", Result 3 and Figs. 2 and 4 (heat engines)",
        statement="Every evaluated cycle works as a heat engine: it absorbs heat from the hot "
        "bath, delivers positive work and runs below the Carnot efficiency, so it rejects heat "
        "to the cold bath.",
        measured={
            "min_Q_H": q_h_min,
            "min_W_over_Q_H": lo,
            "max_eta_over_eta_Car": hi,
            "min_classical_power": p_cl_min,
            "cycles": len(cyc) + len(classical),
            "sets": sorted(cyc.set.unique()) + ["classical_engine"],
        },  # fmt: skip
        expected="Q_H > 0, W > 0, 0 < eta < eta_Car",
        comparator="strict signs on every cycle of the Carnot sweep (both media), the Fig. 4 "
        "sweep (both starts) and the classical engine",
        tolerance=0.0,
        ok=ok,
        margin=tightest(
            margin_geq(q_h_min, 0.0, "min Q_H"),
            margin_geq(p_cl_min, 0.0, "min classical power"),
            margin_geq(lo, 0.0, "min eta = W/Q_H"),
            margin_leq(hi, 1.0, "max eta/eta_Car"),
        ),
        artifacts=artifacts,
        details={
            "note": "in Fig. 4 and the classical engine eta is the Otto efficiency "
            "1 - omega_C/omega_H at every tau_C (tf.fig4.otto_efficiency, by construction), "
            "so there only the signs of W and Q_H are dynamical"
        },  # fmt: skip
    )
