"""Work laws of the size-driven jobs: each returns the operation count its job's method
scales with, as a function of the full config (used by :mod:`qthermo.plumbing.cost_models`).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "tf_fig1",
    "tf_fig4",
    "tf_carnot_sweep",
    "tf_carnot_full",
    "tf_friction",
    "tf_fcs_2n",
    "tf_fcs_random",
    "km_grid",
    "km_scaling",
    "km_eq12",
    "km_burst",
    "km_brute",
    "km_even_grid",
    "km_even_full",
    "km_broadband",
    "km_parallel_full",
    "km_worst_grid",
    "ck_krylov",
    "ck_fig4",
    "ck_readings_signs",
    "ck_power",
    "ck_beyond",
    "ck_harvesting",
    "km_steady_grid",
    "km_eq21",
    "tf_steady_sweep",
    "tf_steady_full",
    "tf_local_sweep",
    "tf_local_full",
    "di_global",
    "tf_incoherent",
    "ck_dipolar",
    "km_transient",
    "ck_separation",
    "ck_separation_large",
    "ck_sensitivity",
    "ck_settling",
    "ck_sectors",
    "ck_coherence_full",
    "ck_coherence_scaling",
    "diosi_incoherent",
    "diosi_local",
    "diosi_detuned",
    "diosi_strong",
    "diosi_noise",
]


def tf_fig1(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.grids import n_values

    f = c["tajima_funo"]["fig1"]
    Ns = n_values(f["N_max"], f["n_points"])
    return float(sum((2 * n) ** 3 if n <= f["full_N_max"] else 1 for n in Ns))


def tf_fig4(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["superradiant"]["fig4"]
    return float(f["n_tau"] * f["points_per_stroke"])


def tf_carnot_sweep(c: dict[str, Any]) -> float:
    cn = c["tajima_funo"]["carnot"]
    return float(cn["n_points"] * cn["points_per_stroke"])


def tf_carnot_full(c: dict[str, Any]) -> float:
    cn = c["tajima_funo"]["carnot"]
    n_max, n_inc = cn["full_check_N_max"], cn["full_check_N_max_incoherent"]
    dims = [n for n in (1, 2, 4, 8, 16) if n <= n_max] + [n for n in (1, 2, 4, 8) if n <= n_inc]
    return float(sum((2 * n) ** 6 for n in dims))


def tf_friction(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["friction"]
    dim = f["n_levels_max"] * f["max_degeneracy"]
    return float(f["n_models"] * f["n_states"] * f["mix_points"] * dim**3)


def tf_fcs_2n(c: dict[str, Any]) -> float:
    # expm of the 3 d^2 x 3 d^2 block-Toeplitz tilted generator (twice), d = 2N
    return float(sum((2 * n) ** 6 for n in c["tajima_funo"]["printed"]["N_values"]))


def tf_fcs_random(c: dict[str, Any]) -> float:
    f = c["tajima_funo"]["friction"]  # same expm on each random model (largest dimension)
    return float(f["n_models"] * (f["n_levels_max"] * f["max_degeneracy"]) ** 6)


def km_grid(c: dict[str, Any]) -> list[int]:
    from qthermo.papers.kamimura.grids import odd_log_grid

    return list(odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]))


def km_scaling(c: dict[str, Any]) -> float:
    return float(sum(km_grid(c["kamimura"]["scaling"])))


def km_eq12(c: dict[str, Any]) -> float:
    return float(c["kamimura"]["scaling"]["eq12_all_m_L_max"] ** 4)


def km_burst(c: dict[str, Any]) -> float:
    b = c["kamimura"]["burst"]
    return float(b["n_L"] * b["L_max"])


def km_brute(c: dict[str, Any]) -> float:
    w = c["kamimura"]["worst_case"]
    return float(sum(w["n_random"] * L * 4**L + 8**L for L in range(3, w["brute_L_max"] + 1, 2)))


def km_even_grid(c: dict[str, Any]) -> float:
    from qthermo.papers.kamimura.grids import even_log_grid

    e = c["kamimura"]["even_L"]
    return float(sum(even_log_grid(e["L_small_max"], e["L_max"], e["per_decade"])))


def km_even_full(c: dict[str, Any]) -> float:
    return float(sum(4**L for L in range(4, c["kamimura"]["even_L"]["full_L_max"] + 1, 2)))


def km_broadband(c: dict[str, Any]) -> float:
    n = len(c["kamimura"]["bath_readings"]["omega_c_values"])
    return float(n * sum(km_grid(c["kamimura"]["scaling"])))  # Bohr split ~ L per model


def km_parallel_full(c: dict[str, Any]) -> float:
    return float(sum(4**L for L in range(3, c["kamimura"]["bath_readings"]["full_L_max"] + 1, 2)))


def km_worst_grid(c: dict[str, Any]) -> float:
    return float(sum(L**3 for L in km_grid(c["kamimura"]["worst_case"])))  # dense eigh


def ck_krylov(n_min: int, n_max: int) -> float:
    return float(sum(n**2 * (n + 1) * 4**n for n in range(n_min, n_max + 1)))


def ck_fig4(c: dict[str, Any]) -> float:
    f4 = c["cakmak"]["fig4"]
    return ck_krylov(f4["N_min"], f4["N_max"])


def ck_readings_signs(c: dict[str, Any]) -> float:
    # Fig. 4's full-space Krylov projection, N = 2..fig4.N_max (readings_long_time_signs)
    return ck_krylov(2, c["cakmak"]["fig4"]["N_max"])


def ck_power(c: dict[str, Any]) -> float:
    return float(c["cakmak"]["power"]["n_times"])


def ck_beyond(c: dict[str, Any]) -> float:
    b = c["cakmak"]["beyond"]
    return float(b["N_dense_max"] ** 3 + b["n_points"] * b["N_log_max"])


def ck_harvesting(c: dict[str, Any]) -> float:
    h = c["cakmak"]["harvest"]
    return float(h["n_traj"] * h["p"] * h["t_max"] * len(h["sim_pairs"]) + h["n_points"])


def km_steady_grid(c: dict[str, Any]) -> float:
    return float(sum(km_grid(c["kamimura"]["steady_state"])))


def km_eq21(c: dict[str, Any]) -> float:
    return float(4 ** c["kamimura"]["steady_state"]["eq21_L_max"])  # Liouvillian dimension


def tf_steady_sweep(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.grids import n_values

    s = c["tajima_funo"]["steady_current"]
    return float(len(n_values(s["N_max"], s["n_points"])))  # O(1) per N (exact reduction)


def tf_steady_full(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["steady_current"]
    n = [k for k in (1, 2, 4, 8, 16) if k <= s["full_check_N_max"]]
    return float(sum((2 * k) ** 6 for k in n))  # dense exponential of the (2N)^2 Liouvillian


def tf_local_sweep(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["local_decay"]
    return float(s["n_points"] * (len(s["kappas"]) + 1))  # O(1) per (N, kappa): 4-state chain


def tf_local_full(c: dict[str, Any]) -> float:
    s = c["tajima_funo"]["local_decay"]
    return float(sum((2 * k) ** 6 for k in range(1, s["full_check_N_max"] + 1)))


def di_global(c: dict[str, Any]) -> float:
    d = c["diosi"]
    return float(d["global"]["n_eps"] * 2 * len(d["global"]["detunings"])
                 + d["local"]["n_omega"] * d["local"]["n_t"])  # fmt: skip


def tf_incoherent(c: dict[str, Any]) -> float:
    from qthermo.papers.tajima_funo.grids import powers_of_two

    i = c["tajima_funo"]["incoherent"]
    per_n = i["n_random"] + 7  # random + thermal (4) + one-level (2) + family (1)
    return float(
        sum(per_n * (2 * n) ** 3 for n in powers_of_two(i["N_max"]))
    )  # eigh of dimension 2N


def ck_dipolar(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.grids import dipolar_time_grid, f0_grid

    d, g0 = c["cakmak"]["dipolar_regime"], c["cakmak"]["gamma0"]
    f0s = f0_grid(d)
    return float(sum(len(dipolar_time_grid(nb, f, d, g0)) for nb in d["nbar_values"] for f in f0s))


def km_transient(c: dict[str, Any]) -> float:
    t = c["kamimura"]["transient"]
    return float(sum((L + 1) ** 6 for L in range(3, t["L_max"] + 1, 2)))  # dense expm


def ck_separation(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.grids import GEOMETRIES

    s = c["cakmak"]["separation"]
    # dense eig + SVD of the 4^N Liouvillian per (geometry, xi)
    return float(len(s["xi_values"]) * sum(64 ** GEOMETRIES[g][1] for g in s["geometries"]))


def ck_separation_large(c: dict[str, Any]) -> float:
    from math import comb

    from qthermo.papers.cakmak.grids import GEOMETRIES

    s = c["cakmak"]["separation"]
    # real dense eig and SVD of the C(2N, N) sector-block matrix (Hermitian basis), f on and
    # off, per (geometry, xi)
    return float(
        2 * len(s["large_xi"]) * sum(comb(2 * GEOMETRIES[g][1], GEOMETRIES[g][1]) ** 3
                                     for g in s["large_geometries"])
    )  # fmt: skip


def ck_sensitivity(c: dict[str, Any]) -> float:
    f2 = c["cakmak"]["fig2"]
    # the Fig. 2 trajectories, recomputed once per reading and scan point
    return float(f2["n_times"] * len(f2["nbar_values"]))


def ck_settling(c: dict[str, Any]) -> float:
    s = c["cakmak"]["settling"]
    return float(s["n_times"] * len(s["f0_values"]) * sum(16**n for n in s["full_N"]))


def ck_sectors(c: dict[str, Any]) -> float:
    s = c["cakmak"]["sectors"]
    return float(len(s["f0_values"]) * sum(64**n for n in range(2, s["N_max"] + 1)))


def ck_coherence_full(c: dict[str, Any]) -> float:
    m = c["cakmak"]["coherence_measures"]
    return float(len(m["nbar_values"]) * sum(8**n for n in range(2, m["full_N_max"] + 1)))


def ck_coherence_scaling(c: dict[str, Any]) -> float:
    from qthermo.papers.cakmak.grids import scaling_N_values

    m = c["cakmak"]["coherence_measures"]
    return float(len(m["nbar_values"]) * sum(scaling_N_values(m)))


def diosi_incoherent(c: dict[str, Any]) -> float:
    i = c["diosi"]["incoherent"]
    return float(i["n_eps"] * len(i["gamma_ratios"]) * len(i["temperatures"]) ** 2)


def diosi_local(c: dict[str, Any]) -> float:
    return float(c["diosi"]["local"]["n_omega"] * c["diosi"]["local"]["n_t"])


def diosi_detuned(c: dict[str, Any]) -> float:
    return float(c["diosi"]["detuned"]["n_omega"] * c["diosi"]["detuned"]["n_t"])


def diosi_strong(c: dict[str, Any]) -> float:
    s = c["diosi"]["strong"]
    return float(s["n_eps"] * len(s["pairs"]) * len(s["gamma_ratios"]))


def diosi_noise(c: dict[str, Any]) -> float:
    n = c["diosi"]["noise"]
    return float(n["trajectories"] * n["steps_per_unit_time"] * n["eps"] * max(n["times"]))
