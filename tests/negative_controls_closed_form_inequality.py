"""Negative controls of closed-form and inequality claims (registered with ``control``)."""

from __future__ import annotations

import pandas as pd
import pytest
from negative_control_support import (
    ONE_PCT,
    Data,
    control,
    near,
    pair,
    scaled,
)

from qthermo.core.tradeoff import TradeoffPoint
from qthermo.papers.cakmak import fig2 as ck2
from qthermo.papers.cakmak import fig3 as ck3
from qthermo.papers.cakmak import fig4 as ck4
from qthermo.papers.cakmak import harvesting_figure as ckh
from qthermo.papers.cakmak import scaling_beyond as ckb
from qthermo.papers.diosi import claims_currents as dcc
from qthermo.papers.kamimura import claims as akc
from qthermo.papers.kamimura import tables as akt
from qthermo.papers.tajima_funo import engine_claims as tfe
from qthermo.papers.tajima_funo import fig1 as tf1
from qthermo.papers.tajima_funo import fig2 as tf2
from qthermo.papers.tajima_funo import fig3 as tf3
from qthermo.papers.tajima_funo import fig4 as tf4


# ------------------------------------------------------------------ closed forms
@control("closed_form", "tf.eq6", "tf.eq7")
def tf_eq6_eq7_prefactor(d: Data) -> None:
    cfg, df = d.tf["fig1"], d.fig1
    good = {c.id: c for c in tf1.closed_form_claims(df, cfg, [])}
    bad6 = tf1.closed_form_claims(scaled(df, "J_eq6", 1.01), cfg, [])[0]
    bad7 = tf1.closed_form_claims(scaled(df, "sigma", 1.01), cfg, [])[1]
    pair(good["tf.eq6"], bad6, "max_relative_error", near(ONE_PCT))
    pair(good["tf.eq7"], bad7, "max_relative_error", near(0.01))


@control("closed_form", "kytm.eq12", "kytm.eq17", "kytm.superabsorption.delta_e")
def kytm_closed_forms_prefactor(d: Data) -> None:
    cfg, t = d.kt, d.kam
    com = akc.claim_context(t, cfg, [])
    bad = {**t, "eq12": scaled(t["eq12"], "J0_eq12", 1.01)}
    pair(
        akc.claim_eq12(t, cfg, com),
        akc.claim_eq12(bad, cfg, com),
        "max_relative_error_all_m",
        near(ONE_PCT),
    )
    sr = {**t, "scaling": scaled(t["scaling"], "J0", 1.01, lambda s: s.model == "superradiance")}
    pair(
        akc.claim_eq17(t, cfg, com), akc.claim_eq17(sr, cfg, com), "max_relative_error", near(0.01)
    )
    sa = {
        **t,
        "scaling": scaled(t["scaling"], "delta_E", 1.01, lambda s: s.model == "superabsorption"),
    }
    pair(
        akc.claim_superabsorption_delta_e(t, cfg, com),
        akc.claim_superabsorption_delta_e(sa, cfg, com),
        "max_relative_error_delta_E",
        near(0.01),
    )


@control("closed_form", "kytm.rwa_heat_current")
def kytm_rwa_wrong_dissipator(d: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg, t = d.kt, d.kam
    com = akc.claim_context(t, cfg, [])
    orig = akt.gksl_dissipator

    def gksl_101(*args, **kwargs):
        D = orig(*args, **kwargs)
        return lambda rho: 1.01 * D(rho)

    monkeypatch.setattr(akt, "gksl_dissipator", gksl_101)
    bad = {**t, "rwa": akt.rwa_table(cfg["scaling"], cfg["rwa"])}
    pair(
        akc.claim_rwa_heat_current(t, cfg, com),
        akc.claim_rwa_heat_current(bad, cfg, com),
        "max_rel_diff_commuting",
        near(ONE_PCT),
    )


@control("closed_form", "ck.eq5", "ck.beyond.closed_form", "ck.high_temperature_limit")
def ck_closed_forms_prefactor(d: Data) -> None:
    cfg, dfs, art = d.ck, d.cak, {k: [] for k in ("fig2", "fig3", "fig4", "beyond")}
    bad = {**dfs, "fig2": scaled(dfs["fig2"], "c_l1_eq5", 1.01)}
    peak = 0.01 * float(dfs["fig2"].c_l1_eq5.max())
    pair(
        ck2.claim_eq5(dfs, cfg, art), ck2.claim_eq5(bad, cfg, art), "max_abs_difference", near(peak)
    )
    bad = {**dfs, "beyond": scaled(dfs["beyond"], "c_l1_closed_form", 1.01)}
    pair(
        ckb.claim_closed_form(dfs, cfg, art),
        ckb.claim_closed_form(bad, cfg, art),
        "max_rel_err_log_space",
        near(ONE_PCT),
    )
    bad = {**dfs, "high_temperature": scaled(dfs["high_temperature"], "c_l1_eq5_long_time", 1.01)}
    pair(
        ck2.claim_high_temperature_limit(dfs, cfg, art),
        ck2.claim_high_temperature_limit(bad, cfg, art),
        "max_rel_diff_to_eq5_first_term",
        near(ONE_PCT),
    )


@control("closed_form", "ck.fig4.methods_agree", "ck.dipolar_independence", "ck.nbar_saturation")
def ck_methods_prefactor(d: Data) -> None:
    cfg, dfs, art = d.ck, d.cak, {k: [] for k in ("fig2", "fig3", "fig4", "beyond")}
    bad = {**dfs, "fig4": scaled(dfs["fig4"], "c_l1_symmetric", 1.01)}
    pair(
        ck4.claim_methods_agree(dfs, cfg, art),
        ck4.claim_methods_agree(bad, cfg, art),
        "max_relative_difference",
        near(ONE_PCT),
    )
    spread = ck3.fig3_dipolar_part(dfs)
    bad = {**dfs, "fig4_dipolar": scaled(dfs["fig4_dipolar"], "c_l1_full", 1.01)}
    pair(
        ck4.claim_dipolar_independence(dfs, cfg, art, spread),
        ck4.claim_dipolar_independence(bad, cfg, art, spread),
        "fig4_max_rel_spread_over_f0",
        near(0.01),
    )
    # saturation value 1 % too low: the coherence overshoots it at large nbar
    bad = {**dfs, "saturation": scaled(dfs["saturation"], "c_l1_saturation", 0.99)}
    c = ckb.claim_nbar_saturation(bad, cfg, art)
    pair(ckb.claim_nbar_saturation(dfs, cfg, art), c)
    assert max(c.measured["relative_gap_at_nbar_max"].values()) < 0, c.measured


@control("closed_form", "ck.harvest.table1")
def ck_table1_wrong_generator(d: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg, dfs = d.ck, d.cak
    orig = ckh.eq11_generator
    monkeypatch.setattr(ckh, "eq11_generator", lambda *a, **k: 1.01 * orig(*a, **k))
    bad = {**dfs, "harvest_table1": ckh.table1_table(cfg)}
    pair(
        ckh.claim_table1(dfs, cfg, []),
        ckh.claim_table1(bad, cfg, []),
        "max_abs_difference",
        lambda v: v > 1e-4,
    )


@control("closed_form", "diosi.exact_current", "diosi.energy_balance")
def diosi_currents_prefactor(d: Data) -> None:
    cfg, (inc, loc) = d.di, d.dio
    bad = scaled(inc, "J_exact_D1", 1.01)
    pair(
        dcc.exact_current_claim(inc, loc, cfg, []),
        dcc.exact_current_claim(bad, loc, cfg, []),
        "max_relative_error_incoherent",
        near(ONE_PCT),
    )
    bad = inc.assign(J_B=-1.01 * inc.J_A)
    pair(
        dcc.energy_balance_claim(inc, loc, cfg, []),
        dcc.energy_balance_claim(bad, loc, cfg, []),
        "max_abs_JA_plus_JB_incoherent",
        near(0.01 * float(inc.J_A.abs().max())),
    )


@control("closed_form", "tf.carnot.reduction_exact", "tf.limit_cycle.closure")
def tf_carnot_reduction_and_closure(d: Data) -> None:
    cfg, chk = d.tf["carnot"], d.carnot_check
    bad = scaled(chk, "work_full", 1.01)
    pair(
        tf2.reduction_exact_claim(chk, cfg, []),
        tf2.reduction_exact_claim(bad, cfg, []),
        "max_relative_error/work",
        near(ONE_PCT),
    )
    sr = d.tf["superradiant"]
    _, _, summary = d.fig3
    _, det4 = d.fig4
    bad4 = det4.copy()
    bad4.loc[bad4.index[0], "closure_fixed_point"] = 1e-6  # a cycle that does not close
    args = (summary, det4, d.carnot, chk, sr["closure_tol"], [])
    good = tfe.closure_claim(*args)
    bad = tfe.closure_claim(summary, bad4, *args[2:])
    pair(good, bad, "max_trace_norm_closure", near(1e-6, 1e-9))


@control("closed_form", "tf.engine.initial_state")
def tf_engine_singlet_leak(d: Data) -> None:
    cfg = d.tf["superradiant"]
    _, det3, _ = d.fig3
    _, det4 = d.fig4
    bad = det3.copy()
    bad.loc[bad.start == cfg["initial_state"], "singlet_population"] += 1e-3
    pair(
        tfe.initial_state_claim(det3, det4, cfg, []),
        tfe.initial_state_claim(bad, det4, cfg, []),
        "singlet_population_ground_start_max",
        near(1e-3, 1e-6),
    )


# ------------------------------------------------------------------ inequalities
def _ineq_flags(df: pd.DataFrame, **override: str) -> pd.DataFrame:
    """Recompute the ineq2-4 flags with TradeoffPoint; ``override`` maps a field to a column."""
    cols = {"cd": "cd_ratio", "cd_bd": "cd_ratio_bd", "cd_sd": "cd_ratio_sd", "A_cl": "A_cl"}
    cols |= {"A_qm": "A_qm", **override}
    nan = float("nan")
    out = df.copy()
    for i, row in df.iterrows():
        kw = {f: nan for f in TradeoffPoint.__dataclass_fields__}
        kw.update({f: float(row[c]) if isinstance(c, str) else c for f, c in cols.items()})
        tp = TradeoffPoint(**kw)
        out.loc[i, ["ineq2", "ineq3", "ineq4"]] = [tp.ineq2, tp.ineq3, tp.ineq4]
    return out


@control("inequality", "tf.ineq2", "tf.ineq3", "tf.ineq4", "tf.fig1.decohered_classical")
def tf_fig1_violating_states(d: Data) -> None:
    cfg, df = d.tf["fig1"], d.fig1
    pd.testing.assert_frame_equal(_ineq_flags(df), df, check_dtype=False)  # same flags as sweep
    good = {c.id: c for c in tf1.inequality_claims(df, cfg, [])}
    plus_coherent = int(((df.state == "rho_plus") & (df.C_l1_bd > 1e-12)).sum())
    assert plus_coherent > 0
    for num, over in (
        ("2", {"cd_bd": "cd_ratio_sd"}),  # full instead of block dephasing
        ("3", {"cd_sd": "cd_ratio"}),  # the coherent state where rho_sd is meant
        ("4", {"A_qm": 0.0}),  # the quantum bound without A_qm
    ):
        bad = tf1.inequality_claims(_ineq_flags(df, **over), cfg, [])[int(num) - 2]
        pair(good[f"tf.ineq{num}"], bad, "violations", lambda v: v == plus_coherent)
    sd = df[df.state == "rho_plus"].assign(state="rho_plus_sd")  # coherent labelled decohered
    bad = pd.concat([df[df.state == "rho_plus"], sd])
    plus = df[df.state == "rho_plus"]
    pair(
        tf1.decohered_classical_claim(df, cfg, []),
        tf1.decohered_classical_claim(bad, cfg, []),
        "max_cd_over_acl_half_decohered",
        near(float((plus.cd_ratio / plus.acl_half).max()), 1e-12),
    )


def _gibbs_fig3(det3: pd.DataFrame, start: str) -> pd.DataFrame:
    g = det3[det3.start == start]
    return pd.DataFrame(
        {"t": g.t_hot, "cd_rho": g.cd, "cd_sd": g.cd_sd, "acl_half": g.acl_half}
        | {"acl_aqm_half": g.acl_aqm_half}
    ).reset_index(drop=True)


@control("inequality", "tf.fig3.bounds_hold", "tf.fig3.quantum_exceeds_classical")
def tf_fig3_wrong_bound_and_gibbs_start(d: Data) -> None:
    cfg = d.tf["superradiant"]
    fig3, det3, _ = d.fig3
    bad = fig3.assign(acl_aqm_half=fig3.acl_half)  # quantum bound without A_qm
    pair(
        tf3.bounds_hold_claim(fig3, cfg, []),
        tf3.bounds_hold_claim(bad, cfg, []),
        "max_cd_rho_over_quantum_bound",
        near(float((fig3.cd_rho / fig3.acl_half).max()), 1e-12),
    )
    # the Gibbs start keeps a singlet population and loses the coherent advantage
    gibbs = _gibbs_fig3(det3, cfg["compare_initial_state"])
    pair(
        tf3.quantum_exceeds_classical_claim(fig3, cfg, []),
        tf3.quantum_exceeds_classical_claim(gibbs, cfg, []),
        "min_cd_rho_over_acl_half",
        lambda v: v < 1,
    )


@control("inequality", "tf.fig4.quantum_bound_holds", "tf.fig4.exceeds_classical")
def tf_fig4_wrong_bound_and_gibbs_start(d: Data) -> None:
    cfg = d.tf["superradiant"]
    fig4, det4 = d.fig4
    good_ex = tf4.exceeds_classical_claim(fig4, cfg, [])
    bad = fig4.assign(quantum_bound=fig4.classical_bound)
    pair(
        tf4.quantum_bound_holds_claim(fig4, cfg, []),
        tf4.quantum_bound_holds_claim(bad, cfg, []),
        "max_ratio_over_quantum_bound",
        near(good_ex.measured["max_ratio_over_classical_bound"], 1e-12),
    )
    gibbs = det4[det4.start == cfg["compare_initial_state"]][tf4.FIG4_COLUMNS]
    pair(good_ex, tf4.exceeds_classical_claim(gibbs, cfg, []), "n_points_above", lambda v: v == 0)


@control("inequality", "tf.carnot.quantum_bound")
def tf_carnot_bound_without_aqm(d: Data) -> None:
    cfg, df = d.tf["carnot"], d.carnot
    bad = df.assign(quantum_bound=df.classical_bound)
    q = df[df.medium == "collective"]
    pair(
        tf2.quantum_bound_claim(df, cfg, []),
        tf2.quantum_bound_claim(bad, cfg, []),
        "max_ratio_over_quantum_bound",
        near(float((q.ratio / q.classical_bound).max()), 1e-12),
    )


@control("inequality", "kytm.bound1_holds", "kytm.bound2_holds")
def kytm_bounds_too_small(d: Data) -> None:
    cfg, t = d.kt, d.kam
    com = akc.claim_context(t, cfg, [])
    good = akc.claims_bounds_hold(t, cfg, com)
    for i, col in enumerate(("bound1", "bound2")):
        bad = {**t, "scaling": scaled(t["scaling"], col, 1 / 4.0)}  # bounds 4x too small
        per = good[i].measured["max_ratio_per_model"]
        worst_static = max(v for k, v in per.items() if "burst" not in k)
        b = akc.claims_bounds_hold(bad, cfg, com)[i]
        pair(good[i], b, "max_ratio_J_over_bound", near(4 * worst_static, 1e-9))
