"""Declared schemas of the Tajima-Funo intermediate tables (``results/tajima_funo/*.csv``).

One function per table, taking the config sub-section its rule receives (``fig1``,
``carnot``, ``superradiant``, ``friction``, ``steady_current``, ``local_decay``); row counts and N grids follow from it exactly as
the producers (:mod:`~qthermo.papers.tajima_funo.fig1`, ``fig2``, ``fig3``, ``fig4``,
``friction``) build them.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from qthermo.papers.tajima_funo import incoherent_activity as _inc
from qthermo.papers.tajima_funo.classical_engine import CLASSICAL_ENGINE_COLUMNS
from qthermo.papers.tajima_funo.grids import log_n_values, n_values, powers_of_two
from qthermo.plumbing.tables import table_schema

__all__ = [
    "fig1",
    "fig2",
    "fig2_check",
    "fig3",
    "fig3_details",
    "fig4",
    "fig4_details",
    "friction",
    "classical_engine",
    "steady_current",
    "steady_current_check",
    "incoherent",
    "local_decay",
    "local_decay_transient",
    "local_decay_check",
]

_NONNEG = (0.0, None)
_STARTS = ["ground", "gibbs"]
_MEDIA = ["collective", "incoherent"]
_BOUNDS = "ratio classical_bound quantum_bound eta power"


def fig1(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig1.csv``: one row per (N, state)."""
    Ns = n_values(c["N_max"], c["n_points"])
    return table_schema(
        "tajima_funo.fig1",
        "N state J_tot sigma cd_ratio cd_ratio_bd cd_ratio_sd A_cl A_qm C_l1_bd acl_half "
        "acl_aqm_half ineq2 ineq3 ineq4 J_eq6 sigma_eq7",
        ints="N",
        strs="state",
        bools="ineq2 ineq3 ineq4",
        isin={"state": ["rho_plus", "rho_plus_sd"]},
        grid={"N": Ns},
        ranges={"sigma": _NONNEG, "A_cl": _NONNEG, "A_qm": _NONNEG, "C_l1_bd": _NONNEG},
        rows=2 * len(Ns),
    )


def fig2(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig2.csv``: one row per (N, medium) of the Carnot-like protocol."""
    Ns = log_n_values(c)
    return table_schema(
        "tajima_funo.fig2",
        "N medium omega_h omega_c tau_h tau_c period work heat_hot eta eta_carnot gap power "
        "closure_fixed_point multiplicity gap_singular_value closure_after_one_pass "
        "first_law_residual quench_work_scale A_cl_bar A_qm_bar ratio classical_bound "
        "quantum_bound",
        ints="N multiplicity",
        strs="medium",
        isin={"medium": _MEDIA},
        grid={"N": Ns},
        ranges={
            "tau_h": (0.0, None),
            "tau_c": (0.0, None),
            "multiplicity": (1, None),
            "quench_work_scale": _NONNEG,
        },  # fmt: skip
        rows=len(_MEDIA) * len(Ns),
    )


def _powers_of_two(n_max: int) -> list[int]:
    out, N = [], 1
    while N <= n_max:
        out.append(N)
        N *= 2
    return out


def fig2_check(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig2_full_check.csv``: reduced versus full cycle, N = 1, 2, 4, ... per medium."""
    n = len(_powers_of_two(c["full_check_N_max"])) + len(
        _powers_of_two(c["full_check_N_max_incoherent"])
    )
    cols = " ".join(
        f"{k}_{v}"
        for k in ("work", "heat_hot", "power", "A_cl_bar", "A_qm_bar")
        for v in ("reduced", "full")
    )
    return table_schema(
        "tajima_funo.fig2_full_check",
        f"N medium {cols} closure_full",
        ints="N",
        strs="medium",
        isin={"medium": _MEDIA},
        rows=n,
    )


def fig3(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig3.csv``: hot stroke of the configured start."""
    return table_schema(
        "tajima_funo.fig3",
        "t cd_rho cd_sd acl_half acl_aqm_half",
        ranges={"t": _NONNEG},
        rows=c["fig3_points"],
    )


def fig3_details(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig3_details.csv``: both starts along the hot stroke."""
    return table_schema(
        "tajima_funo.fig3_details",
        "start t_hot J_H sigma cd cd_bd cd_sd A_cl A_qm C_l1_bd acl_half acl_aqm_half "
        "singlet_population",
        strs="start",
        isin={"start": _STARTS},
        ranges={"t_hot": _NONNEG, "A_cl": _NONNEG, "A_qm": _NONNEG},
        rows=2 * c["fig3_points"],
    )


def fig4(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig4.csv``: the tau_C sweep for the configured start."""
    return table_schema(
        "tajima_funo.fig4",
        f"tau_c {_BOUNDS}",
        ranges={"tau_c": (0.0, None)},
        rows=c["fig4"]["n_tau"],
    )


def fig4_details(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``fig4_details.csv``: the tau_C sweep for both starts with the cycle diagnostics."""
    return table_schema(
        "tajima_funo.fig4_details",
        f"start tau_c {_BOUNDS} work heat_hot eta_carnot A_cl_bar A_qm_bar c "
        "closure_fixed_point closure_after_one_pass multiplicity gap_singular_value "
        "first_law_residual quench_work_scale",
        strs="start",
        ints="multiplicity",
        isin={"start": _STARTS},
        ranges={"tau_c": (0.0, None), "multiplicity": (1, None), "quench_work_scale": _NONNEG},
        rows=2 * c["fig4"]["n_tau"],
    )


def friction(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``friction.csv``: one row per (model, state, mixing parameter t)."""
    n_models = c["n_models"] + len(c["two_n_values"])
    return table_schema(
        "tajima_funo.friction",
        "model state t dim n_levels n_baths C_l1_inter C_l1_bd J_tot J_tot_bd dJ_bath_max "
        "sigma sigma_bd sigma_sd cd cd_bd cd_sd A_cl A_qm",
        strs="model",
        ints="state dim n_levels n_baths",
        ranges={"t": (0.0, 1.0), "C_l1_inter": _NONNEG, "C_l1_bd": _NONNEG, "dim": (1, None)},
        rows=n_models * c["n_states"] * c["mix_points"],
    )


def classical_engine(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``classical_engine.csv``: the Fig. 4 tau_C sweep, quantum and classical engine."""
    return table_schema(
        "tajima_funo.classical_engine",
        CLASSICAL_ENGINE_COLUMNS,
        ints="multiplicity_cl",
        ranges={
            "tau_c": (0.0, None),
            "classical_bound_q": _NONNEG,
            "classical_bound_cl": _NONNEG,
            "multiplicity_cl": (1, None),
        },
        rows=c["fig4"]["n_tau"],
    )


def steady_current(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``steady_current.csv``: one row per (medium, N) of the two-bath steady state."""
    Ns = n_values(c["N_max"], c["n_points"])
    return table_schema(
        "tajima_funo.steady_current",
        "N medium J_h J_c sigma sigma_spohn balance cd_ratio A_cl A_qm J_h_closed_form "
        "sigma_closed_form beta_h beta_c",
        ints="N",
        strs="medium",
        isin={"medium": _MEDIA},
        grid={"N": Ns},
        ranges={
            "sigma": _NONNEG,
            "sigma_closed_form": _NONNEG,
            "A_cl": _NONNEG,
            "A_qm": _NONNEG,
            "cd_ratio": _NONNEG,
        },  # fmt: skip
        rows=2 * len(Ns),
    )


def steady_current_check(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``steady_current_check.csv``: full 2N-space steady states against the reduction."""
    n = {m: sum(1 for k in (1, 2, 4, 8, 16) if k <= c[key])
         for m, key in (("collective", "full_check_N_max"),
                        ("incoherent", "full_check_N_max_incoherent"))}  # fmt: skip
    return table_schema(
        "tajima_funo.steady_current_check",
        "N medium J_h_full sigma_full cd_ratio_full A_cl_full A_qm_full max_rel_diff closure "
        "multiplicity",
        ints="N multiplicity",
        strs="medium",
        isin={"medium": _MEDIA},
        ranges={"max_rel_diff": _NONNEG, "closure": _NONNEG, "multiplicity": (1, None)},
        rows=n["collective"] + n["incoherent"],
    )


def incoherent(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``incoherent.csv``: one row per diagonal state of the 2N-state model (``incoherent``)."""
    Ns = powers_of_two(c["N_max"])
    return table_schema(
        "tajima_funo.incoherent",
        _inc.COLUMNS,
        ints="N sample",
        strs="kind",
        isin={"kind": ["random", "thermal", "one_level", "uniform"]},
        grid={"N": Ns},
        ranges={
            "P_e": (0.0, 1.0),
            "J_tot": _NONNEG,
            "sigma": _NONNEG,
            "A_cl": _NONNEG,
            "sigma_floor": _NONNEG,
            "A_cl_max": _NONNEG,
        },  # fmt: skip
        rows=len(Ns) * (c["n_random"] + 7),
    )


def local_decay(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``local_decay.csv``: limit cycle per (kappa, N), kappa = 0 and every configured kappa."""
    Ns = log_n_values(c)
    return table_schema(
        "tajima_funo.local_decay",
        "N kappa heat_hot heat_cold work power eta entropy_production bright_weight "
        "power_kappa0 slow_rate excess_work",
        ints="N",
        grid={"N": Ns},
        ranges={
            "kappa": _NONNEG,
            "entropy_production": _NONNEG,
            "bright_weight": (0.0, 1.0),
            "slow_rate": _NONNEG,
        },  # fmt: skip
        rows=len(Ns) * (len(c["kappas"]) + 1),
    )


def local_decay_transient(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``local_decay_transient.csv``: cycle power against kappa t from the kappa = 0 cycle."""
    return table_schema(
        "tajima_funo.local_decay_transient",
        "N kappa kappa_t cycle power power_kappa0 power_limit",
        ints="N cycle",
        ranges={"kappa": (0.0, None), "kappa_t": _NONNEG, "cycle": (0, None)},
        rows=len(c["kappas"]) * c["transient_points"],
    )


def local_decay_check(c: dict[str, Any]) -> pa.DataFrameSchema:
    """``local_decay_check.csv``: the 4-state chain against the full 2N-dimensional cycle."""
    n_kappa = len({0.0, float(min(c["kappas"])), float(max(c["kappas"]))})
    return table_schema(
        "tajima_funo.local_decay_check",
        "N kappa power_chain power_full heat_hot_chain heat_hot_full max_rel_diff multiplicity",
        ints="N multiplicity",
        ranges={"max_rel_diff": _NONNEG, "multiplicity": (1, None)},
        rows=c["full_check_N_max"] * n_kappa,
    )
