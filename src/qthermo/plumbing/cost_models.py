"""The cost table :mod:`qthermo.plumbing.cost` estimates from (see its docstring for the
method): per size-driven job, the config keys that drive it and its parts, each a work law of
:mod:`qthermo.plumbing.cost_laws` with its physics seconds measured at the defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qthermo.plumbing import cost_laws as laws

__all__ = ["Law", "CostModel", "COST_MODELS"]

Law = Callable[[dict[str, Any]], float]


@dataclass(frozen=True)
class CostModel:
    """Work of one job: ``(law, seconds)`` parts, ``seconds`` measured at the defaults.

    Each part is one computation of the job (a sweep, a cross-check) with its own scaling law;
    its seconds are the physics time measured in-process (without start-up).
    """

    keys: tuple[str, ...]
    parts: tuple[tuple[Law, float], ...]


_TF1 = ("tajima_funo.fig1.n_points", "tajima_funo.fig1.full_N_max")
_TF4 = ("tajima_funo.superradiant.fig4.n_tau", "tajima_funo.superradiant.fig4.points_per_stroke")
_KMS = ("kamimura.scaling.L_max", "kamimura.scaling.per_decade", "kamimura.burst.n_L")
_KMW = ("kamimura.worst_case.brute_L_max", "kamimura.worst_case.n_random")
_DI = ("diosi.incoherent.n_eps", "diosi.incoherent.temperatures", "diosi.local.n_omega")
_DD = ("diosi.detuned.n_omega", "diosi.detuned.n_t", "diosi.strong.n_eps")
_DN = ("diosi.noise.trajectories", "diosi.noise.steps_per_unit_time")

#: Work laws of the size-driven jobs (rule names), physics seconds measured in-process at the
#: defaults.  Sensitivity jobs re-run analyses of their paper once per reading, so they scale
#: with that paper's data jobs (their seconds: job time minus START).
COST_MODELS: dict[str, CostModel] = {
    "tajima_funo_fig1_data": CostModel(_TF1, ((laws.tf_fig1, 0.77),)),
    "tajima_funo_fig4_data": CostModel(_TF4, ((laws.tf_fig4, 1.23),)),
    "tajima_funo_classical_engine_data": CostModel(_TF4, ((laws.tf_fig4, 1.5),)),
    "tajima_funo_steady_current_data": CostModel(
        ("tajima_funo.steady_current.full_check_N_max", "tajima_funo.steady_current.n_points"),
        ((laws.tf_steady_sweep, 0.09), (laws.tf_steady_full, 0.41)),
    ),
    "tajima_funo_local_decay_data": CostModel(
        (
            "tajima_funo.local_decay.n_points",
            "tajima_funo.local_decay.kappas",
            "tajima_funo.local_decay.full_check_N_max",
        ),
        ((laws.tf_local_sweep, 0.5), (laws.tf_local_full, 0.6)),
    ),  # fmt: skip
    "diosi_global_data": CostModel(
        ("diosi.global.n_eps", "diosi.global.detunings", "diosi.local.n_omega", "diosi.local.n_t"),
        ((laws.di_global, 1.4),),
    ),
    "tajima_funo_incoherent_data": CostModel(
        ("tajima_funo.incoherent.N_max", "tajima_funo.incoherent.n_random"),
        ((laws.tf_incoherent, 0.5),),
    ),
    "tajima_funo_fig2_data": CostModel(
        ("tajima_funo.carnot.n_points", "tajima_funo.carnot.full_check_N_max"),
        ((laws.tf_carnot_sweep, 0.11), (laws.tf_carnot_full, 0.82)),
    ),
    "tajima_funo_friction_data": CostModel(
        ("tajima_funo.friction.n_models", "tajima_funo.friction.n_states"),
        ((laws.tf_friction, 0.28),),
    ),
    "tajima_funo_heat_fluctuation_claims": CostModel(
        (
            "tajima_funo.printed.N_values",
            "tajima_funo.friction.n_models",
            "tajima_funo.friction.n_levels_max",
            "tajima_funo.friction.max_degeneracy",
        ),
        ((laws.tf_fcs_2n, 0.42), (laws.tf_fcs_random, 0.73)),
    ),
    "cakmak_dipolar_regime_data": CostModel(
        ("cakmak.dipolar_regime.f0_max", "cakmak.dipolar_regime.points_per_period"),
        ((laws.ck_dipolar, 0.8),),
    ),
    "kamimura_even_L_data": CostModel(
        ("kamimura.even_L.L_max", "kamimura.even_L.full_L_max"),
        ((laws.km_even_grid, 0.7), (laws.km_even_full, 0.05)),
    ),
    "kamimura_superabsorption_data": CostModel(
        ("kamimura.scaling.L_max",), ((laws.km_scaling, 0.17),)
    ),
    "kamimura_transient_data": CostModel(
        ("kamimura.transient.L_max",), ((laws.km_transient, 0.6),)
    ),
    "cakmak_settling_data": CostModel(
        ("cakmak.settling.full_N", "cakmak.settling.n_times"), ((laws.ck_settling, 1.5),)
    ),
    "cakmak_separation_data": CostModel(
        ("cakmak.separation.xi_values", "cakmak.separation.geometries"),
        ((laws.ck_separation, 1.3),),
    ),
    "cakmak_separation_large_data": CostModel(
        ("cakmak.separation.large_xi", "cakmak.separation.large_geometries"),
        ((laws.ck_separation_large, 9.0),),
    ),
    "cakmak_sectors_data": CostModel(
        ("cakmak.sectors.N_max", "cakmak.sectors.f0_values"), ((laws.ck_sectors, 1.5),)
    ),
    "cakmak_coherence_measures_data": CostModel(
        (
            "cakmak.coherence_measures.full_N_max",
            "cakmak.coherence_measures.N_max",
            "cakmak.coherence_measures.nbar_values",
        ),
        ((laws.ck_coherence_full, 0.03), (laws.ck_coherence_scaling, 0.18)),
    ),  # fmt: skip
    "kamimura_scaling_data": CostModel(
        _KMS, ((laws.km_scaling, 0.23), (laws.km_eq12, 0.43), (laws.km_burst, 0.62))
    ),
    "kamimura_steady_state_data": CostModel(
        ("kamimura.steady_state.L_max", "kamimura.steady_state.eq21_L_max"),
        ((laws.km_steady_grid, 1.0), (laws.km_eq21, 0.8)),
    ),
    "kamimura_worst_case_data": CostModel(_KMW, ((laws.km_brute, 10.4), (laws.km_worst_grid, 2.8))),
    "kamimura_bath_readings_data": CostModel(
        (
            "kamimura.bath_readings.omega_c_values",
            "kamimura.scaling.L_max",
            "kamimura.bath_readings.full_L_max",
        ),
        ((laws.km_broadband, 30.0), (laws.km_parallel_full, 2.0)),
    ),  # fmt: skip
    "cakmak_scaling_data": CostModel(
        ("cakmak.fig4.N_max", "cakmak.beyond.N_dense_max", "cakmak.beyond.N_log_max"),
        ((laws.ck_fig4, 0.36), (laws.ck_beyond, 0.06)),
    ),
    "cakmak_readings_data": CostModel(
        (
            "cakmak.fig4.N_max",
            "cakmak.fig2.n_times",
            "cakmak.fig2.nbar_values",
            "cakmak.power.n_times",
        ),
        ((laws.ck_readings_signs, 0.94), (laws.ck_sensitivity, 0.51), (laws.ck_power, 0.82)),
    ),  # fmt: skip
    "cakmak_harvesting_data": CostModel(
        ("cakmak.harvest.n_traj", "cakmak.harvest.t_max"), ((laws.ck_harvesting, 0.30),)
    ),
    "diosi_heat_flow_data": CostModel(
        _DI, ((laws.diosi_incoherent, 0.79), (laws.diosi_local, 0.99))
    ),
    "diosi_detuned_data": CostModel(_DD, ((laws.diosi_detuned, 1.2), (laws.diosi_strong, 0.46))),
    "diosi_noise_data": CostModel(_DN, ((laws.diosi_noise, 2.8),)),
    "sensitivity (tajima_funo)": CostModel(_TF4, ((laws.tf_fig4, 18.4),)),
    "sensitivity (kamimura)": CostModel(_KMS[:2], ((laws.km_scaling, 29.0),)),
    "sensitivity (cakmak)": CostModel(
        ("cakmak.fig2.n_times", "cakmak.fig2.nbar_values"), ((laws.ck_sensitivity, 3.0),)
    ),
    "sensitivity (diosi)": CostModel(
        (*_DI, "diosi.detuned.n_omega"),
        ((laws.diosi_incoherent, 11.0), (laws.diosi_local, 3.6), (laws.diosi_detuned, 13.0)),
    ),
}
