"""Work laws of the size-driven jobs and their physics seconds at the defaults (the table
:mod:`qthermo.plumbing.cost` estimates from; see its docstring for the method).

Each law returns the operation count its job's method scales with, as a function of the full
config; each :class:`CostModel` lists the config keys that drive a job and its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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


def _tf_fig1(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.fig1 import n_values

    f = c["tajima_funo"]["fig1"]
    Ns = n_values(f["N_max"], f["n_points"])
    return float(sum((2 * n) ** 3 if n <= f["full_N_max"] else 1 for n in Ns))


def _tf_fig4(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["superradiant"]["fig4"]
    return float(f["n_tau"] * f["points_per_stroke"])


def _tf_carnot_sweep(c: dict[str, Any]) -> float:
    cn = c["tajima_funo"]["carnot"]
    return float(cn["n_points"] * cn["points_per_stroke"])


def _tf_carnot_full(c: dict[str, Any]) -> float:
    cn = c["tajima_funo"]["carnot"]
    n_max, n_inc = cn["full_check_N_max"], cn["full_check_N_max_incoherent"]
    dims = [n for n in (1, 2, 4, 8, 16) if n <= n_max] + [n for n in (1, 2, 4, 8) if n <= n_inc]
    return float(sum((2 * n) ** 6 for n in dims))


def _tf_friction(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["friction"]
    dim = f["n_levels_max"] * f["max_degeneracy"]
    return float(f["n_models"] * f["n_states"] * f["mix_points"] * dim**3)


def _tf_fcs_2n(c: dict[str, Any]) -> float:
    # expm of the 3 d^2 x 3 d^2 block-Toeplitz tilted generator (twice), d = 2N
    return float(sum((2 * n) ** 6 for n in c["tajima_funo"]["printed"]["N_values"]))


def _tf_fcs_random(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["friction"]  # same expm on each random model (largest dimension)
    return float(f["n_models"] * (f["n_levels_max"] * f["max_degeneracy"]) ** 6)


def _km_grid(c: dict[str, Any]) -> list[int]:
    from qthermo.papers.kamimura.tables import odd_log_grid

    return list(odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]))


def _km_scaling(c: dict[str, Any]) -> float:
    return float(sum(_km_grid(c["kamimura"]["scaling"])))


def _km_eq12(c: dict[str, Any]) -> float:
    return float(c["kamimura"]["scaling"]["eq12_all_m_L_max"] ** 4)


def _km_burst(c: dict[str, Any]) -> float:
    b = c["kamimura"]["burst"]
    return float(b["n_L"] * b["L_max"])


def _km_brute(c: dict[str, Any]) -> float:
    w = c["kamimura"]["worst_case"]
    return float(sum(w["n_random"] * L * 4**L + 8**L for L in range(3, w["brute_L_max"] + 1, 2)))


def _km_even_grid(c: dict[str, Any]) -> float:
    from qthermo.papers.kamimura.even_L import even_log_grid

    e = c["kamimura"]["even_L"]
    return float(sum(even_log_grid(e["L_small_max"], e["L_max"], e["per_decade"])))


def _km_even_full(c: dict[str, Any]) -> float:
    return float(sum(4**L for L in range(4, c["kamimura"]["even_L"]["full_L_max"] + 1, 2)))


def _km_broadband(c: dict[str, Any]) -> float:
    n = len(c["kamimura"]["bath_readings"]["omega_c_values"])
    return float(n * sum(_km_grid(c["kamimura"]["scaling"])))  # Bohr split ~ L per model


def _km_parallel_full(c: dict[str, Any]) -> float:
    return float(sum(4**L for L in range(3, c["kamimura"]["bath_readings"]["full_L_max"] + 1, 2)))


def _km_worst_grid(c: dict[str, Any]) -> float:
    return float(sum(L**3 for L in _km_grid(c["kamimura"]["worst_case"])))  # dense eigh


def _ck_krylov(n_min: int, n_max: int) -> float:
    return float(sum(n**2 * (n + 1) * 4**n for n in range(n_min, n_max + 1)))


def _ck_fig4(c: dict[str, Any]) -> float:
    f4 = c["cakmak"]["fig4"]
    return _ck_krylov(f4["N_min"], f4["N_max"])


def _ck_readings_signs(c: dict[str, Any]) -> float:
    # Fig. 4's full-space Krylov projection, N = 2..fig4.N_max (readings_long_time_signs)
    return _ck_krylov(2, c["cakmak"]["fig4"]["N_max"])


def _ck_power(c: dict[str, Any]) -> float:
    return float(c["cakmak"]["power"]["n_times"])


def _ck_beyond(c: dict[str, Any]) -> float:
    b = c["cakmak"]["beyond"]
    return float(b["N_dense_max"] ** 3 + b["n_points"] * b["N_log_max"])


def _ck_harvesting(c: dict[str, Any]) -> float:
    h = c["cakmak"]["harvest"]
    return float(h["n_traj"] * h["p"] * h["t_max"] * len(h["sim_pairs"]) + h["n_points"])


def _km_steady_grid(c: dict[str, Any]) -> float:
    return float(sum(_km_grid(c["kamimura"]["steady_state"])))


def _km_eq21(c: dict[str, Any]) -> float:
    return float(4 ** c["kamimura"]["steady_state"]["eq21_L_max"])  # Liouvillian dimension


def _tf_steady_sweep(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.fig1 import n_values

    s = c["tajima_funo"]["steady_current"]
    return float(len(n_values(s["N_max"], s["n_points"])))  # O(1) per N (exact reduction)


def _tf_steady_full(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["steady_current"]
    n = [k for k in (1, 2, 4, 8, 16) if k <= s["full_check_N_max"]]
    return float(sum((2 * k) ** 6 for k in n))  # dense exponential of the (2N)^2 Liouvillian


def _tf_local_sweep(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["local_decay"]
    return float(s["n_points"] * (len(s["kappas"]) + 1))  # O(1) per (N, kappa): 4-state chain


def _tf_local_full(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["local_decay"]
    return float(sum((2 * k) ** 6 for k in range(1, s["full_check_N_max"] + 1)))


def _di_global(c: dict[str, Any]) -> float:
    d = c["diosi"]
    return float(d["global"]["n_eps"] * 2 * len(d["global"]["detunings"])
                 + d["local"]["n_omega"] * d["local"]["n_t"])  # fmt: skip


def _tf_incoherent(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.incoherent_activity import n_grid

    i = c["tajima_funo"]["incoherent"]
    per_n = i["n_random"] + 7  # random + thermal (4) + one-level (2) + family (1)
    return float(sum(per_n * (2 * n) ** 3 for n in n_grid(i["N_max"])))  # eigh of dimension 2N


def _ck_dipolar(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.dipolar_regime import f0_grid, time_grid

    d, g0 = c["cakmak"]["dipolar_regime"], c["cakmak"]["gamma0"]
    f0s = f0_grid(d)
    return float(sum(len(time_grid(nb, f, d, g0)) for nb in d["nbar_values"] for f in f0s))


def _km_transient(c: dict[str, Any]) -> float:
    t = c["kamimura"]["transient"]
    return float(sum((L + 1) ** 6 for L in range(3, t["L_max"] + 1, 2)))  # dense expm


def _ck_separation(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.separation import GEOMETRIES

    s = c["cakmak"]["separation"]
    # dense eig + SVD of the 4^N Liouvillian per (geometry, xi)
    return float(len(s["xi_values"]) * sum(64 ** GEOMETRIES[g][1] for g in s["geometries"]))


def _ck_separation_large(c: dict[str, Any]) -> float:
    from math import comb

    from qthermo.papers.cakmak.separation import GEOMETRIES

    s = c["cakmak"]["separation"]
    # dense eig and SVD of the C(2N, N) sector-block matrix, f on and off, per (geometry, xi)
    return float(
        2 * len(s["large_xi"]) * sum(comb(2 * GEOMETRIES[g][1], GEOMETRIES[g][1]) ** 3
                                     for g in s["large_geometries"])
    )  # fmt: skip


def _ck_sensitivity(c: dict[str, Any]) -> float:
    f2 = c["cakmak"]["fig2"]
    # the Fig. 2 trajectories, recomputed once per reading and scan point
    return float(f2["n_times"] * len(f2["nbar_values"]))


def _ck_settling(c: dict[str, Any]) -> float:
    s = c["cakmak"]["settling"]
    return float(s["n_times"] * len(s["f0_values"]) * sum(16**n for n in s["full_N"]))


def _ck_sectors(c: dict[str, Any]) -> float:
    s = c["cakmak"]["sectors"]
    return float(len(s["f0_values"]) * sum(64**n for n in range(2, s["N_max"] + 1)))


def _ck_coherence_full(c: dict[str, Any]) -> float:
    m = c["cakmak"]["coherence_measures"]
    return float(len(m["nbar_values"]) * sum(8**n for n in range(2, m["full_N_max"] + 1)))


def _ck_coherence_scaling(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.coherence_measures import scaling_N_values

    m = c["cakmak"]["coherence_measures"]
    return float(len(m["nbar_values"]) * sum(scaling_N_values(m)))


def _diosi_incoherent(c: dict[str, Any]) -> float:
    i = c["diosi"]["incoherent"]
    return float(i["n_eps"] * len(i["gamma_ratios"]) * len(i["temperatures"]) ** 2)


def _diosi_local(c: dict[str, Any]) -> float:
    return float(c["diosi"]["local"]["n_omega"] * c["diosi"]["local"]["n_t"])


def _diosi_detuned(c: dict[str, Any]) -> float:
    return float(c["diosi"]["detuned"]["n_omega"] * c["diosi"]["detuned"]["n_t"])


def _diosi_strong(c: dict[str, Any]) -> float:
    s = c["diosi"]["strong"]
    return float(s["n_eps"] * len(s["pairs"]) * len(s["gamma_ratios"]))


def _diosi_noise(c: dict[str, Any]) -> float:
    n = c["diosi"]["noise"]
    return float(n["trajectories"] * n["steps_per_unit_time"] * n["eps"] * max(n["times"]))


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
    "tajima_funo_fig1_data": CostModel(_TF1, ((_tf_fig1, 0.77),)),
    "tajima_funo_fig4_data": CostModel(_TF4, ((_tf_fig4, 1.23),)),
    "tajima_funo_classical_engine_data": CostModel(_TF4, ((_tf_fig4, 1.5),)),
    "tajima_funo_steady_current_data": CostModel(
        ("tajima_funo.steady_current.full_check_N_max", "tajima_funo.steady_current.n_points"),
        ((_tf_steady_sweep, 0.09), (_tf_steady_full, 0.41)),
    ),
    "tajima_funo_local_decay_data": CostModel(
        (
            "tajima_funo.local_decay.n_points",
            "tajima_funo.local_decay.kappas",
            "tajima_funo.local_decay.full_check_N_max",
        ),
        ((_tf_local_sweep, 0.5), (_tf_local_full, 0.6)),
    ),  # fmt: skip
    "diosi_global_data": CostModel(
        ("diosi.global.n_eps", "diosi.global.detunings", "diosi.local.n_omega", "diosi.local.n_t"),
        ((_di_global, 1.4),),
    ),
    "tajima_funo_incoherent_data": CostModel(
        ("tajima_funo.incoherent.N_max", "tajima_funo.incoherent.n_random"),
        ((_tf_incoherent, 0.5),),
    ),
    "tajima_funo_fig2_data": CostModel(
        ("tajima_funo.carnot.n_points", "tajima_funo.carnot.full_check_N_max"),
        ((_tf_carnot_sweep, 0.11), (_tf_carnot_full, 0.82)),
    ),
    "tajima_funo_friction_data": CostModel(
        ("tajima_funo.friction.n_models", "tajima_funo.friction.n_states"), ((_tf_friction, 0.28),)
    ),
    "tajima_funo_heat_fluctuation_claims": CostModel(
        (
            "tajima_funo.printed.N_values",
            "tajima_funo.friction.n_models",
            "tajima_funo.friction.n_levels_max",
            "tajima_funo.friction.max_degeneracy",
        ),
        ((_tf_fcs_2n, 0.42), (_tf_fcs_random, 0.73)),
    ),
    "cakmak_dipolar_regime_data": CostModel(
        ("cakmak.dipolar_regime.f0_max", "cakmak.dipolar_regime.points_per_period"),
        ((_ck_dipolar, 0.8),),
    ),
    "kamimura_even_L_data": CostModel(
        ("kamimura.even_L.L_max", "kamimura.even_L.full_L_max"),
        ((_km_even_grid, 0.7), (_km_even_full, 0.05)),
    ),
    "kamimura_superabsorption_data": CostModel(("kamimura.scaling.L_max",), ((_km_scaling, 0.17),)),
    "kamimura_transient_data": CostModel(("kamimura.transient.L_max",), ((_km_transient, 0.6),)),
    "cakmak_settling_data": CostModel(
        ("cakmak.settling.full_N", "cakmak.settling.n_times"), ((_ck_settling, 1.5),)
    ),
    "cakmak_separation_data": CostModel(
        ("cakmak.separation.xi_values", "cakmak.separation.geometries"), ((_ck_separation, 1.3),)
    ),
    "cakmak_separation_large_data": CostModel(
        ("cakmak.separation.large_xi", "cakmak.separation.large_geometries"),
        ((_ck_separation_large, 34.0),),
    ),
    "cakmak_sectors_data": CostModel(
        ("cakmak.sectors.N_max", "cakmak.sectors.f0_values"), ((_ck_sectors, 1.5),)
    ),
    "cakmak_coherence_measures_data": CostModel(
        (
            "cakmak.coherence_measures.full_N_max",
            "cakmak.coherence_measures.N_max",
            "cakmak.coherence_measures.nbar_values",
        ),
        ((_ck_coherence_full, 0.03), (_ck_coherence_scaling, 0.18)),
    ),  # fmt: skip
    "kamimura_scaling_data": CostModel(
        _KMS, ((_km_scaling, 0.23), (_km_eq12, 0.43), (_km_burst, 0.62))
    ),
    "kamimura_steady_state_data": CostModel(
        ("kamimura.steady_state.L_max", "kamimura.steady_state.eq21_L_max"),
        ((_km_steady_grid, 1.0), (_km_eq21, 0.8)),
    ),
    "kamimura_worst_case_data": CostModel(_KMW, ((_km_brute, 10.4), (_km_worst_grid, 2.8))),
    "kamimura_bath_readings_data": CostModel(
        (
            "kamimura.bath_readings.omega_c_values",
            "kamimura.scaling.L_max",
            "kamimura.bath_readings.full_L_max",
        ),
        ((_km_broadband, 30.0), (_km_parallel_full, 2.0)),
    ),  # fmt: skip
    "cakmak_scaling_data": CostModel(
        ("cakmak.fig4.N_max", "cakmak.beyond.N_dense_max", "cakmak.beyond.N_log_max"),
        ((_ck_fig4, 0.36), (_ck_beyond, 0.06)),
    ),
    "cakmak_readings_data": CostModel(
        (
            "cakmak.fig4.N_max",
            "cakmak.fig2.n_times",
            "cakmak.fig2.nbar_values",
            "cakmak.power.n_times",
        ),
        ((_ck_readings_signs, 0.94), (_ck_sensitivity, 0.51), (_ck_power, 0.82)),
    ),  # fmt: skip
    "cakmak_harvesting_data": CostModel(
        ("cakmak.harvest.n_traj", "cakmak.harvest.t_max"), ((_ck_harvesting, 0.30),)
    ),
    "diosi_heat_flow_data": CostModel(_DI, ((_diosi_incoherent, 0.79), (_diosi_local, 0.99))),
    "diosi_detuned_data": CostModel(_DD, ((_diosi_detuned, 1.2), (_diosi_strong, 0.46))),
    "diosi_noise_data": CostModel(_DN, ((_diosi_noise, 2.8),)),
    "sensitivity (tajima_funo)": CostModel(_TF4, ((_tf_fig4, 18.4),)),
    "sensitivity (kamimura)": CostModel(_KMS[:2], ((_km_scaling, 29.0),)),
    "sensitivity (cakmak)": CostModel(
        ("cakmak.fig2.n_times", "cakmak.fig2.nbar_values"), ((_ck_sensitivity, 3.0),)
    ),
    "sensitivity (diosi)": CostModel(
        (*_DI, "diosi.detuned.n_omega"),
        ((_diosi_incoherent, 11.0), (_diosi_local, 3.6), (_diosi_detuned, 13.0)),
    ),
}
