"""Declared schemas of the Cakmak et al. intermediate tables (``results/cakmak/*.csv``).

One :func:`qthermo.plumbing.tables.table_schema` per table, keyed by the workflow's output
name; row counts and grids follow from the ``cakmak`` config section exactly as the producers
(:mod:`~qthermo.papers.cakmak.fig2`, ``fig3``, ``fig4``, ``scaling_beyond``,
``harvesting_figure``, ``heat_exchange_analysis``) build them.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from qthermo.papers.cakmak import coherence_measures as _cm
from qthermo.papers.cakmak import dipolar_regime as _dr
from qthermo.papers.cakmak import sectors as _sec
from qthermo.papers.cakmak import settling as _st
from qthermo.papers.cakmak import vacuum as _vac
from qthermo.papers.cakmak.grids import f0_grid, scaling_N_values
from qthermo.papers.cakmak.scaling_beyond import beyond_N_values
from qthermo.papers.cakmak.schemas_readings import readings_schemas
from qthermo.plumbing.tables import table_schema

__all__ = ["schemas"]

_PROB = (0.0, 1.0)
_NONNEG = (0.0, None)
_POS = (0.0, None)


def _figs(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    c2, c3, ht, c4 = c["fig2"], c["fig3"], c["high_temperature"], c["fig4"]
    n_N = c4["N_max"] - c4["N_min"] + 1
    Ns = list(range(c4["N_min"], c4["N_max"] + 1))
    n3 = 2 * len(c3["f0_over_gamma0"])
    return {
        "fig2": table_schema(
            "cakmak.fig2",
            "nbar gamma0_t c_l1_numeric c_l1_eq5",
            grid={"nbar": c2["nbar_values"]},
            ranges={"gamma0_t": _NONNEG},
            rows=len(c2["nbar_values"]) * c2["n_times"],
        ),
        "high_temperature": table_schema(
            "cakmak.high_temperature",
            "nbar c_l1_long_time c_l1_eq5_long_time",
            grid={"nbar": ht["nbar_values"]},
            rows=len(ht["nbar_values"]),
        ),
        "fig3": table_schema(
            "cakmak.fig3",
            "state f0_over_gamma0 gamma0_t c_l1",
            strs="state",
            isin={"state": ["a", "b"]},
            grid={"f0_over_gamma0": c3["f0_over_gamma0"]},
            ranges={"gamma0_t": _NONNEG, "c_l1": _NONNEG},
            rows=n3 * c3["n_times"],
        ),
        "fig3_longtime": table_schema(
            "cakmak.fig3_longtime",
            "state f0_over_gamma0 c_l1_long_time c_l1_long_time_closed_form krylov_dim "
            "stationarity_residual",
            strs="state",
            ints="krylov_dim",
            isin={"state": ["a", "b"]},
            ranges={"krylov_dim": (1, None), "stationarity_residual": _NONNEG},
            rows=n3,
        ),
        "fig4": table_schema(
            "cakmak.fig4",
            "N c_l1_full c_l1_symmetric c_l1_closed_form krylov_dim invariance_residual "
            "stationarity_residual c_l1_cubic_fit",
            ints="N krylov_dim",
            grid={"N": Ns},
            ranges={"invariance_residual": _NONNEG, "stationarity_residual": _NONNEG},
            rows=n_N,
        ),
        "fig4_dipolar": table_schema(
            "cakmak.fig4_dipolar",
            "N f0_over_gamma0 c_l1_full c_l1_symmetric",
            ints="N",
            grid={"N": Ns, "f0_over_gamma0": c4["f0_check"]},
            rows=n_N * len(c4["f0_check"]),
        ),
    }


def _scaling(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    Nb, cs = beyond_N_values(c), c["saturation"]
    return {
        "beyond": table_schema(
            "cakmak.beyond",
            "N c_l1_dense c_l1_log c_l1_closed_form log10_c_l1_plus_1_log "
            "log10_c_l1_plus_1_closed_form c_l1_cubic_extrapolation",
            ints="N",
            nullable="c_l1_dense",
            grid={"N": Nb},
            rows=len(Nb),
        ),
        "saturation": table_schema(
            "cakmak.saturation",
            "N nbar c_l1_long_time c_l1_saturation",
            ints="N",
            grid={"N": cs["N_values"]},
            ranges={"nbar": _POS, "c_l1_long_time": _NONNEG},
            rows=len(cs["N_values"]) * cs["n_points"],
        ),
    }


def _harvest(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    ch = c["harvest"]
    return {
        "harvest": table_schema(
            "cakmak.harvest",
            "nbar T_bath pair_c_l1 r_e r_d abs_lambda abs_epsilon p_e_eq30 "
            "p_e_exact_map_fixed_point T_eff T_eff_as_printed r_e_dephased r_d_dephased "
            "T_eff_dephased",
            ranges={"nbar": _POS, "p_e_eq30": _PROB, "p_e_exact_map_fixed_point": _PROB},
            rows=ch["n_points"],
        ),
        "harvest_sim": table_schema(
            "cakmak.harvest_sim",
            "pair p_t p_e_simulation p_e_stderr p_e_master_equation p_e_eq30 p_e_exact_map "
            "pair_c_l1 T_eff",
            strs="pair",
            isin={"pair": ch["sim_pairs"]},
            ranges={
                "p_t": _NONNEG,
                "p_e_simulation": _PROB,
                "p_e_stderr": _NONNEG,
                "p_e_master_equation": _PROB,
            },
            rows=len(ch["sim_pairs"]) * ch["n_times"],
        ),
        "harvest_table1": table_schema(
            "cakmak.harvest_table1",
            "sample max_abs_diff_first_order max_abs_diff_second_order "
            "third_order_remainder_over_gtau3",
            ints="sample",
            grid={"sample": range(ch["table1_samples"])},
            rows=ch["table1_samples"],
        ),
    }


def _heat_exchange(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    he = c["heat_exchange"]
    return {
        "heat_exchange": table_schema(
            "cakmak.heat_exchange",
            "coefficient printed_form derived_form printed derived from_generator "
            "imag_from_generator printed_minus_generator printed_over_generator",
            strs="coefficient printed_form derived_form",
            nullable="printed_over_generator",
            rows=12,
        ),
        "heat_exchange_a1": table_schema(
            "cakmak.heat_exchange_a1",
            "state f_t printed_dev_rho22 printed_dev_rho33 printed_dev_rho23 printed_dev_other "
            "corrected_dev_all printed_max_imag_population abs_re_rho23_0",
            ints="state",
            rows=he["n_states"] * he["n_times"],
        ),
        "heat_exchange_bloch": table_schema(
            "cakmak.heat_exchange_bloch",
            "pair gamma N abs_M abs_h derived_max_abs_diff printed_max_abs_diff "
            "printed_drive_asymmetry printed_drive_dlen2_dt",
            ints="pair",
            rows=he["n_pairs"],
        ),
        "heat_exchange_current": table_schema(
            "cakmak.heat_exchange_current",
            "kind state drive sigma_z J_generator J_derived J_printed M_effect_undriven "
            "M_effect_driven",
            strs="kind",
            ints="state",
            bools="drive",
            isin={"kind": ["random", "steady_state"]},
            ranges={"sigma_z": (-1.0, 1.0)},
            rows=he["n_states"] + 1,
        ),
    }


def _vacuum(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    n = len(_vac.VACUUM_STATES) * len(c["fig3"]["f0_over_gamma0"])
    return {
        "vacuum": table_schema(
            "cakmak.vacuum",
            _vac.COLUMNS,
            strs="state",
            ints="krylov_dim",
            isin={"state": list(_vac.VACUUM_STATES)},
            ranges={"singlet_weight": _PROB, "c_l1_long_time": _NONNEG},
            rows=n,
        )
    }


def _settling(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    s = c["settling"]
    return {
        "settling_ladder": table_schema(
            "cakmak.settling_ladder",
            _st.LADDER_COLUMNS,
            ints="N",
            grid={"N": list(range(2, s["N_max"] + 1))},
            ranges={"gamma0_t": _NONNEG, "c_l1": _NONNEG},
            rows=(s["N_max"] - 1) * s["n_times"],
        ),
        "settling_full": table_schema(
            "cakmak.settling_full",
            _st.FULL_COLUMNS,
            ints="N",
            grid={"N": s["full_N"], "f0_over_gamma0": s["f0_values"]},
            ranges={"gamma0_t": _NONNEG, "c_l1": _NONNEG},
            rows=len(s["full_N"]) * len(s["f0_values"]) * s["n_times"],
        ),
    }


def _coherence_measures(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    m = c["coherence_measures"]
    n_full = m["full_N_max"] - 1
    return {
        "coherence_measures": table_schema(
            "cakmak.coherence_measures",
            _cm.SCALING_COLUMNS,
            ints="N",
            grid={"nbar": m["nbar_values"], "N": scaling_N_values(m)},
            ranges={
                "c_re": _NONNEG,
                "c_re_over_max": _PROB,
                "mean_k": _NONNEG,
                "log10_c_l1_plus_one": _NONNEG,
                "log10_c_l1_over_max": (None, 0.0),
            },  # fmt: skip
            rows=len(m["nbar_values"]) * len(scaling_N_values(m)),
        ),
        "coherence_measures_full": table_schema(
            "cakmak.coherence_measures_full",
            _cm.FULL_COLUMNS,
            ints="N",
            grid={"nbar": m["nbar_values"], "N": list(range(2, m["full_N_max"] + 1))},
            ranges={k: _NONNEG for k in _cm.FULL_COLUMNS[2:]},
            rows=len(m["nbar_values"]) * n_full,
        ),
    }


def _sectors(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    s = c["sectors"]
    return {
        "sectors": table_schema(
            "cakmak.sectors",
            _sec.COLUMNS,
            ints="N",
            strs="state",
            isin={"state": _sec.STATES},
            grid={"N": list(range(2, s["N_max"] + 1)), "f0_over_gamma0": s["f0_values"]},
            ranges={
                "c_l1_kernel": _NONNEG,
                "c_l1_sectors": _NONNEG,
                "max_abs_dev": _NONNEG,
                "symmetric_weight": _PROB,
            },  # fmt: skip
            rows=(s["N_max"] - 1) * len(s["f0_values"]) * len(_sec.STATES),
        )
    }


def _dipolar(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    d = c["dipolar_regime"]
    n_f0 = len(f0_grid(d))
    return {
        "dipolar_regime": table_schema(
            "cakmak.dipolar_regime",
            _dr.COLUMNS,
            strs="state",
            ints="n_times",
            isin={"state": ["a", "b"]},
            grid={"nbar": d["nbar_values"]},
            ranges={
                "D": _NONNEG,
                "D_over_C0": _NONNEG,
                "t_at_max": _NONNEG,
                "f0_over_gamma0": (d["f0_min"], None),
            },  # fmt: skip
            rows=2 * len(d["nbar_values"]) * n_f0,
        )
    }


def _separation(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    s = c["separation"]
    n_f0 = sum(1 for f in c["fig3"]["f0_over_gamma0"] if f > 0)
    return {
        "separation": table_schema(
            "cakmak.separation",
            "geometry N xi f_nn gamma_nn rate kernel_dim thermal_residual lifetime "
            "rate_closed_form",
            ints="N kernel_dim",
            strs="geometry",
            nullable="rate_closed_form",
            grid={"geometry": s["geometries"], "xi": s["xi_values"]},
            ranges={
                "rate": (0.0, None),
                "lifetime": (0.0, None),
                "thermal_residual": _NONNEG,
                "kernel_dim": (1, None),
            },  # fmt: skip
            rows=len(s["geometries"]) * len(s["xi_values"]),
        ),
        "separation_curves": table_schema(
            "cakmak.separation_curves",
            "xi gamma0_t c_l1",
            grid={"xi": [0.0, *s["curve_xi"]]},
            ranges={"gamma0_t": _NONNEG, "c_l1": _NONNEG},
            rows=(len(s["curve_xi"]) + 1) * s["curve_points"],
        ),
        "separation_fig3": table_schema(
            "cakmak.separation_fig3",
            "f0_over_gamma0 dipole state xi gamma12 D_dip D_geo",
            strs="dipole state",
            isin={"dipole": ["perpendicular", "parallel"], "state": ["a", "b"]},
            ranges={"xi": (0.0, None), "D_dip": _NONNEG, "D_geo": _NONNEG},
            rows=4 * n_f0,
        ),
    }


def _dipolar_classes(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    s = c["dipolar_classes"]
    return {
        "dipolar_classes": table_schema(
            "cakmak.dipolar_classes",
            "kind sample f0_over_gamma0 commutator max_dev_open",
            strs="kind",
            ints="sample",
            isin={"kind": ["X", "S", "outside"]},
            grid={"f0_over_gamma0": [0.0, *s["f0_values"]]},
            ranges={"commutator": _NONNEG, "max_dev_open": _NONNEG},
            rows=3 * s["n_states"] * (len(s["f0_values"]) + 1),
        ),
        "dipolar_oscillations": table_schema(
            "cakmak.dipolar_oscillations",
            "state f0_t c_l1 c_l1_closed_form",
            strs="state",
            ranges={"c_l1": _NONNEG, "c_l1_closed_form": _NONNEG},
            rows=5 * s["n_times"],
        ),
        "far_limit": table_schema(
            "cakmak.far_limit",
            "state gamma0_t c_l1",
            strs="state",
            isin={"state": ["gg", "a", "b"]},
            ranges={"c_l1": _NONNEG},
            rows=3 * s["n_times"],
        ),
    }


def schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schema of every ``results/cakmak`` table, keyed by its workflow output name."""
    return {
        **_figs(cfg),
        **_vacuum(cfg),
        **_settling(cfg),
        **_coherence_measures(cfg),
        **_sectors(cfg),
        **_dipolar(cfg),
        **_scaling(cfg),
        **_harvest(cfg),
        **_heat_exchange(cfg),
        **_separation(cfg),
        **_dipolar_classes(cfg),
        **readings_schemas(cfg),
    }
