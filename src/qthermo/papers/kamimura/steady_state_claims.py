"""Claims on the two-bath steady states and engines of Kamimura et al. (issue 13).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
From the tables of :mod:`~qthermo.papers.kamimura.steady_state_tables`:

* ``kytm.steady_state.L3``: a steady-state current Theta(L^3) exists (our construction);
* ``kytm.steady_state.bound1``: J_ss never exceeds Bound 1 (every model, L and bath);
* ``kytm.steady_state.second_law``: J_h = -J_c and sigma >= 0 in every steady state;
* ``kytm.steady_state.fixed_temperature``: at L-independent temperatures the same model's current
  collapses (why the construction scales the hot temperature with L);
* ``kytm.steady_state.superradiant_ladder``: the superradiant ladder between two baths carries only
  Theta(L) in the steady state (Eq. 17's Theta(L^2) is a transient);
* ``kytm.engine.L3_power``: an engine with power Theta(L^3) at fixed efficiency (ours);
* ``kytm.eq21.commuting``: [H_S, rho(0)] = 0 implies [H_S, rho(t)] = 0 (2^L space).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import (
    Claim,
    check_absolute,
    check_leq,
    claim,
    margin_geq,
    margin_leq,
    margin_ratio,
)
from qthermo.papers import PAPERS
from qthermo.papers.kamimura.steady_state import window_exponent

__all__ = ["evaluate_claims"]

SOURCE = PAPERS["kamimura"].citation
CONSTRUCTION = (
    "Our construction (the paper's is in its Supplemental Material, not available): the m = L "
    "model H_S = omega_q J_z, A = g L sigma_x^(1)...sigma_x^(L) between two narrow-band baths "
    "resonant at the top gap L omega_q (GKSL form of Eq. 20, detailed balance at that frequency), "
    "with beta_a L omega_q = x_a held fixed: the bath temperatures grow as L. Start |M = L/2> "
    "(diagonal, Eq. 21 limit of the population rate equation)."
)


def _rows(df: pd.DataFrame, model: str) -> pd.DataFrame:
    return df[df.model == model].sort_values("L")


def _params(c: dict[str, Any]) -> dict[str, Any]:
    keys = ("g", "omega_q", "gamma_h", "gamma_c", "x_h", "x_c", "omega_h", "omega_c")
    return {**{k: c[k] for k in keys}, "L_max": c["L_max"], "fit_window": [c["fit_L_min"], c["fit_L_max"]]}  # fmt: skip


def _exponent_claim(
    cid: str, df: pd.DataFrame, col: str, target: float, c: dict[str, Any], **kw: Any
) -> Claim:
    """A fitted log-log exponent of ``df[col]`` over the fit window, within ``exponent_atol``."""
    a = c["exponent_atol"]
    k = window_exponent(df, c["fit_L_min"], c["fit_L_max"], col)
    ok, dev = check_absolute(k, target, a)
    at = df.set_index("L")[col]
    return claim(
        cid,
        measured={
            "exponent": k,
            **{f"{col}_at_L{L}": float(at[L]) for L in (11, 101, 1001) if L in at.index},
            **kw.pop("measured", {}),
        },
        expected=target,
        comparator=f"|exponent - {target}| <= exponent_atol (fit over L in [fit_L_min, fit_L_max])",
        tolerance=a,
        ok=ok,
        margin=margin_leq(dev, a, "|fitted exponent - target|"),
        parameters=_params(c),
        **kw,
    )


def claim_L3(ss: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.steady_state.L3: J_ss of the scaled-temperature parity model ~ L^3."""
    p = _rows(ss, "parity")
    return _exponent_claim(
        "kytm.steady_state.L3",
        p,
        "J_h",
        3.0,
        c,
        source=SOURCE + ", text after Eq. (21) (steady state with Theta(L^3) current)",
        statement="There is a system whose steady-state heat current scales as Theta(L^3).",
        measured={
            "ratio_to_bound1_min": float(p.ratio1_h.min()),
            "ratio_to_bound1_max": float(p.ratio1_h.max()),
            "T_h_at_L_max": float(p.T_h.iloc[-1]),
        },
        artifacts=art,
        interpretation=CONSTRUCTION,
        by_construction="the top pair {|L/2>, |-L/2>} is a two-level system of gap L omega_q and "
        "decay rate Gamma L^2 whose bath occupations are held fixed, so J_ss = L^3 x a constant "
        "analytically; the evidence is that the Eq. (21) limit from |L/2> reaches it, that it stays "
        "within Bound 1 (kytm.steady_state.bound1) and the full 2^L cross-check (kytm.eq21.commuting)",
    )


def claim_bound1(
    ss: pd.DataFrame, eng: pd.DataFrame, c: dict[str, Any], art: Sequence[str]
) -> Claim:
    """kytm.steady_state.bound1: |J_a| <= Bound 1 of bath a in every steady state and engine."""
    lhs = np.r_[np.abs(ss.J_h), np.abs(ss.J_c), eng.Qdot_h_inst]
    rhs = np.r_[ss.bound1_h, ss.bound1_c, eng.bound1_h]
    ok, max_r = check_leq(lhs, rhs, rtol=c["bound_rtol"])
    per = {m: float(g.ratio1_h.max()) for m, g in ss.groupby("model")}
    return claim(
        "kytm.steady_state.bound1",
        source=SOURCE + ", Eq. (9) (Bound 1) applied to steady states",
        statement="No steady-state current (either bath, every model and L) and no hot-stroke "
        "current of the engines exceeds Bound 1, 4 ||H_S|| Xi ||A||^2.",
        measured={"max_ratio": max_r, "max_ratio_per_model": per, "n_checked": int(lhs.size)},
        expected="<= 1",
        comparator="|J| <= Bound 1 (1 + bound_rtol)",
        tolerance=c["bound_rtol"],
        ok=ok,
        margin=margin_ratio(max_r, "max |J_ss| / Bound 1", c["bound_rtol"]),
        artifacts=art,
        interpretation=CONSTRUCTION,
        parameters=_params(c),
    )


def claim_second_law(
    ss: pd.DataFrame, eng: pd.DataFrame, c: dict[str, Any], art: Sequence[str]
) -> Claim:
    """kytm.steady_state.second_law: J_h + J_c = 0 and sigma >= 0 (thermodynamic consistency)."""
    scale = np.maximum(np.abs(ss.J_h), 1e-300)
    balance = float(np.max(np.abs(ss.J_h + ss.J_c) / scale))
    sig = np.r_[ss.sigma / np.maximum(ss.beta_h * np.abs(ss.J_h), 1e-300), eng.sigma]
    ok_b, _ = check_leq(balance, 1e-9, rtol=0.0)
    ok = ok_b and bool(np.all(np.isfinite(sig)) and sig.min() >= -1e-12)
    return claim(
        "kytm.steady_state.second_law",
        source=SOURCE + ", Eqs. (19)-(21) (thermodynamic consistency of the steady states)",
        statement="In every steady state the hot bath's current equals minus the cold bath's and "
        "the entropy production -beta_h J_h - beta_c J_c is non-negative; so is each engine's.",
        measured={"max_rel_energy_balance": balance, "min_sigma_scaled": float(sig.min())},
        expected={"max_rel_energy_balance": "<= 1e-9", "min_sigma_scaled": ">= 0"},
        comparator="|J_h + J_c|/|J_h| <= 1e-9 and sigma >= -1e-12 (relative)",
        tolerance=1e-9,
        ok=ok,
        margin=margin_leq(balance, 1e-9, "max |J_h + J_c| / |J_h|")
        if ok or not ok_b
        else margin_geq(float(sig.min()), -1e-12, "min relative sigma"),
        artifacts=art,
        interpretation=CONSTRUCTION,
        parameters=_params(c),
    )


def claim_fixed_temperature(ss: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.steady_state.fixed_temperature: at L-independent temperatures J_ss collapses."""
    p = _rows(ss, "parity_fixed_T")
    k_end = float(p.local_exponent.iloc[-1])
    ok, _ = check_leq(k_end, 0.0, rtol=0.0)
    return claim(
        "kytm.steady_state.fixed_temperature",
        source=SOURCE + ", Eqs. (20)-(21) (issue 13: fixed temperatures, O(L) gap)",
        statement="With bath temperatures that do not grow with L, the same model's steady-state "
        "current decreases with L at the largest L (it falls as L^3 exp(-beta_h L omega_q)): "
        "Theta(L^3) needs a hot temperature of order L.",
        measured={
            "local_exponent_at_L_max": k_end,
            "log_J_at_L_max": float(p.logJ_h.iloc[-1]),
            "L_of_max_current": int(p.L.iloc[int(np.argmax(p.logJ_h))]),
        },
        expected="local exponent d log J / d log L < 0 at L_max",
        comparator="local_exponent(L_max) <= 0",
        tolerance=0,
        ok=ok,
        margin=margin_leq(k_end, 0.0, "local exponent at L_max"),
        artifacts=art,
        interpretation=CONSTRUCTION + " Control: beta_a = x_a / omega_q for every L.",
        parameters=_params(c),
    )


def claim_ladder(ss: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.steady_state.superradiant_ladder: the ladder's J_ss ~ L (not L^2)."""
    return _exponent_claim(
        "kytm.steady_state.superradiant_ladder",
        _rows(ss, "collective"),
        "J_h",
        1.0,
        c,
        source=SOURCE + ", Eq. (17) and the steady-state remarks (issue 13 comparison)",
        statement="Between two baths at fixed temperatures the superradiant ladder (A = 2 g J_x) "
        "carries a steady-state current of only Theta(L): Eq. (17)'s Theta(L^2) is a transient.",
        artifacts=art,
        interpretation="Superradiance model of Eqs. (15)-(16) between two narrow-band baths at "
        "omega_q with beta_a omega_q = x_a; start |L/2>. The population settles near the bottom "
        "of the ladder, where the rates are O(L).",
    )


def claim_engine(eng: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.engine.L3_power: Otto engine power ~ L^3 at the fixed efficiency 1 - omega_c/omega_h."""
    p = _rows(eng, "parity")
    eta_dev = float(np.max(np.abs(eng.eta - eng.eta_otto)))
    others = {m: window_exponent(_rows(eng, m), c["fit_L_min"], c["fit_L_max"], "P")
              for m in ("collective", "parallel")}  # fmt: skip
    return _exponent_claim(
        "kytm.engine.L3_power",
        p,
        "P",
        3.0,
        c,
        source=SOURCE + ", text after Eq. (21) (heat engine with Theta(L^3) power)",
        statement="A heat engine with power Theta(L^3) at fixed efficiency can be built.",
        measured={
            "eta": float(p.eta.iloc[0]),
            "max_abs_eta_minus_otto": eta_dev,
            "eta_carnot": float(p.eta_carnot.iloc[0]),
            "power_exponent_collective": others["collective"],
            "power_exponent_parallel": others["parallel"],
        },
        artifacts=art,
        interpretation=CONSTRUCTION + " Engine (ours): Otto cycle H = omega(t) J_z with omega_h "
        "on the hot and omega_c on the cold stroke, fast-switching limit; eta = 1 - omega_c/"
        "omega_h for every model and L because every Bohr frequency is proportional to omega.",
        details={"efficiency": "fixed by construction of the Otto cycle (see interpretation)"},
    )


def claim_eq21(eq21: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.eq21.commuting: [H_S, rho(t)] stays 0 from a commuting start; full = Dicke J_ss."""
    comm = float(eq21.commutator_max.max())
    rel = float(np.max(np.abs(eq21.J_h_full - eq21.J_h_dicke) / np.abs(eq21.J_h_dicke)))
    a = c["eq21_atol"]
    ok = comm <= a and rel <= a
    return claim(
        "kytm.eq21.commuting",
        source=SOURCE + ", Eq. (21) and the remark that [H_S, rho_ss] = 0 if [H_S, rho(0)] = 0",
        statement="Starting from a state that commutes with H_S, the state commutes with H_S at "
        "all times and in the steady state; the steady-state current computed in the full 2^L "
        "space equals the Dicke-space value.",
        measured={
            "max_commutator": comm,
            "max_commutant_residual": float(eq21.commutant_residual.max()),
            "max_rel_diff_full_vs_dicke": rel,
            "L_checked": sorted({int(v) for v in eq21.L}),
            "models": sorted(set(eq21.model)),
        },
        expected={"max_commutator": f"<= {a}", "max_rel_diff_full_vs_dicke": f"<= {a}"},
        comparator="max |[H_S, rho(t)]| <= eq21_atol and |J_full - J_dicke|/|J_dicke| <= eq21_atol",
        tolerance=a,
        ok=ok,
        margin=margin_leq(max(comm, rel), a, "max(commutator, relative J difference)"),
        artifacts=art,
        interpretation=CONSTRUCTION + " Random starts: a seeded random density matrix with every "
        "element between different energies removed (coherences inside degenerate blocks kept).",
        parameters={**_params(c), "eq21_L_max": c["eq21_L_max"], "seed": c["seed"]},
        by_construction="the GKSL generator of Eq. (20) is built from Bohr components, so it "
        "commutes with [H_S, .] exactly; a jump operator that is not a Bohr component breaks it "
        "(negative control in tests/test_kamimura_steady_state.py)",
    )


def evaluate_claims(
    tables: dict[str, pd.DataFrame], c: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """The steady-state and engine claims, in ledger order."""
    ss, eng = tables["steady_state"], tables["engine"]
    return [
        claim_L3(ss, c, artifacts),
        claim_bound1(ss, eng, c, artifacts),
        claim_second_law(ss, eng, c, artifacts),
        claim_fixed_temperature(ss, c, artifacts),
        claim_ladder(ss, c, artifacts),
        claim_engine(eng, c, artifacts),
        claim_eq21(tables["eq21"], c, artifacts),
    ]
