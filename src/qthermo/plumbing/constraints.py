"""Cross-parameter constraints of the workflow config, checked before any job runs.

JSON schema checks each key alone; the code also relies on relations between keys (a fit
window must hold grid points of the sweep, a plotted temperature pair must be on the grid, the
hot bath must be hotter than the cold one, ...).  :func:`check_constraints` evaluates every such
relation on the complete config and returns one message per violation, each naming both (all)
keys and their values.  The grids are built by the same functions the producers use, so a
window is checked against the points the job will actually compute.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["check_constraints"]

Check = Callable[[dict[str, Any]], Iterator[str]]


#: Largest beta * hbar * omega of a bath transition: exp(-745) is the smallest double.
MAX_BOLTZMANN_EXPONENT = 700.0


def _at(d: dict[str, Any], dotted: str) -> Any:
    for k in dotted.split("."):
        d = d[k]
    return d


def _kv(key: str, value: Any) -> str:
    return f"{key!r} = {value!r}"


def _window(
    grid: Sequence[float], lo: float, hi: float, *, need: int, what: str, keys: str
) -> Iterator[str]:
    inside = [x for x in grid if lo <= x <= hi]
    if len(inside) < need:
        yield (
            f"{keys}: the fit window [{lo}, {hi}] holds {len(inside)} of the {what} points "
            f"{grid[0]}..{grid[-1]} ({len(grid)} points); the fit needs at least {need}"
        )


def _fit_from(
    grid: Sequence[float],
    c: dict[str, Any],
    section: str,
    fit_key: str,
    shown: Sequence[str],
    what: str,
) -> Iterator[str]:
    """A fit window ``[c[fit_key], inf)`` that must hold two grid points; the message names
    ``section.fit_key`` and the keys in ``shown`` that build the grid."""
    keys = f"{_kv(f'{section}.{fit_key}', c[fit_key])} with " + ", ".join(
        _kv(f"{section}.{k}", c[k]) for k in shown
    )
    yield from _window(grid, c[fit_key], math.inf, need=2, what=what, keys=keys)


# --------------------------------------------------------------------------- tajima_funo
def _tajima_funo(cfg: dict[str, Any]) -> Iterator[str]:
    yield from _tf_windows(cfg)
    yield from _tf_physics(cfg)


def _tf_windows(cfg: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.tajima_funo.grids import log_n_values, n_values, powers_of_two

    f1, cn, ic, sc = cfg["fig1"], cfg["carnot"], cfg["incoherent"], cfg["steady_current"]
    tf = "tajima_funo"
    yield from _fit_from(n_values(f1["N_max"], f1["n_points"]), f1, f"{tf}.fig1",
                         "fit_N_min", ("N_max", "n_points"), "N")  # fmt: skip
    yield from _fit_from(log_n_values(cn), cn, f"{tf}.carnot", "fit_N_min",
                         ("N_max", "n_points"), "N")  # fmt: skip
    yield from _fit_from(powers_of_two(ic["N_max"]), ic, f"{tf}.incoherent",
                         "fit_N_min", ("N_max",), "N")  # fmt: skip
    yield from _fit_from(n_values(sc["N_max"], sc["n_points"]), sc, f"{tf}.steady_current",
                         "fit_N_min", ("N_max", "n_points"), "N")  # fmt: skip
    ld = cfg["local_decay"]
    yield from _fit_from(log_n_values(ld), ld, f"{tf}.local_decay", "fit_N_min",
                         ("N_max", "n_points"), "N")  # fmt: skip
    if not ld["transient_kt_min"] < ld["transient_kt_max"]:
        yield (
            f"{_kv(f'{tf}.local_decay.transient_kt_min', ld['transient_kt_min'])} must be below "
            f"{_kv(f'{tf}.local_decay.transient_kt_max', ld['transient_kt_max'])}"
        )


def _tf_physics(cfg: dict[str, Any]) -> Iterator[str]:
    cn, sr, ic, sc = cfg["carnot"], cfg["superradiant"], cfg["incoherent"], cfg["steady_current"]
    x = cfg["fig1"]["beta"] * cfg["hbar"] * cfg["fig1"]["omega0"]
    if abs(ic["family_P_e"] - 1.0 / (1.0 + math.exp(min(x, MAX_BOLTZMANN_EXPONENT)))) < 1e-6:
        yield (
            f"{_kv('tajima_funo.incoherent.family_P_e', ic['family_P_e'])} is the Gibbs value of "
            f"{_kv('tajima_funo.fig1.beta', cfg['fig1']['beta'])}: J = sigma = 0, nothing to fit"
        )
    if sc["x_h"] + sc["delta0"] > MAX_BOLTZMANN_EXPONENT:
        yield (
            f"{_kv('tajima_funo.steady_current.x_h', sc['x_h'])} + "
            f"{_kv('tajima_funo.steady_current.delta0', sc['delta0'])} exceeds "
            f"{MAX_BOLTZMANN_EXPONENT}: the cold bath's upward rate underflows"
        )
    hbar = cfg["hbar"]
    for beta, omega in (("fig1.beta", "fig1.omega0"), ("superradiant.beta_h", "superradiant.omega_h"),
                        ("superradiant.beta_c", "superradiant.omega_c")):  # fmt: skip
        b, w = _at(cfg, beta), _at(cfg, omega)
        if b * hbar * w > MAX_BOLTZMANN_EXPONENT:
            yield (
                f"{_kv(f'tajima_funo.{beta}', b)} * {_kv('tajima_funo.hbar', hbar)} * "
                f"{_kv(f'tajima_funo.{omega}', w)} = {b * hbar * w:g} exceeds "
                f"{MAX_BOLTZMANN_EXPONENT}: exp(-beta hbar omega) underflows and the upward rate "
                "of detailed balance vanishes"
            )
    for sec, c in (("carnot", cn), ("superradiant", sr)):
        if not c["beta_h"] < c["beta_c"]:
            yield (
                f"{_kv(f'tajima_funo.{sec}.beta_h', c['beta_h'])} must be smaller than "
                f"{_kv(f'tajima_funo.{sec}.beta_c', c['beta_c'])}: the hot bath must be hotter "
                "than the cold one (equal temperatures give eta_Carnot = 0, no engine, and a "
                "zero trade-off bound)"
            )
    if (
        sr["beta_h"] < sr["beta_c"]
        and not sr["beta_h"] * sr["omega_h"] < sr["beta_c"] * sr["omega_c"]
    ):
        yield (
            f"{_kv('tajima_funo.superradiant.beta_h', sr['beta_h'])} * "
            f"{_kv('tajima_funo.superradiant.omega_h', sr['omega_h'])} must be smaller than "
            f"{_kv('tajima_funo.superradiant.beta_c', sr['beta_c'])} * "
            f"{_kv('tajima_funo.superradiant.omega_c', sr['omega_c'])}: otherwise the Otto "
            "cycle does no work (it is not an engine) and Figs. 3-4 are undefined"
        )


# --------------------------------------------------------------------------- kamimura
def _kamimura(cfg: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.kamimura.grids import odd_log_grid

    sc, r, cl, wc = cfg["scaling"], cfg["rwa"], cfg["claims"], cfg["worst_case"]
    ss = cfg["steady_state"]
    if ss["x_h"] >= ss["x_c"]:
        yield (
            f"{_kv('kamimura.steady_state.x_h', ss['x_h'])} must be below "
            f"{_kv('kamimura.steady_state.x_c', ss['x_c'])}: the hot bath must be the hotter one"
        )
    if ss["omega_c"] >= ss["omega_h"]:
        yield (
            f"{_kv('kamimura.steady_state.omega_c', ss['omega_c'])} must be below "
            f"{_kv('kamimura.steady_state.omega_h', ss['omega_h'])}: otherwise the Otto cycle "
            "does no work"
        )
    readings = (sc.get("bath", "narrowband"), sc.get("parallel_bath", "independent"))
    if readings != ("narrowband", "independent"):
        yield (
            f"{_kv('kamimura.scaling.bath', readings[0])} and "
            f"{_kv('kamimura.scaling.parallel_bath', readings[1])}: the worst-case analysis "
            "(its 2^L cross-check) is built for the default readings 'narrowband' and "
            "'independent'; the other readings are evaluated by the sensitivity job "
            "(results/kamimura/sensitivity.json) and the bath-readings tables"
        )
    tr = cfg["transient"]
    yield from _fit_from(list(range(3, tr["L_max"] + 1, 2)), tr, "kamimura.transient", "fit_L_min",
                         ("L_max",), "L")  # fmt: skip
    yield from _km_even_L(cfg["even_L"])
    too_big = [L for L in cfg["family"]["panel_L"] if L > sc["eq12_all_m_L_max"]]
    if too_big:
        yield (
            f"{_kv('kamimura.family.panel_L', cfg['family']['panel_L'])} holds L = {too_big} "
            f"above {_kv('kamimura.scaling.eq12_all_m_L_max', sc['eq12_all_m_L_max'])}: the "
            "J(0)-against-m panel reads the eq12 table, which stops there"
        )
    if r["m_full"] > r["L_full"]:
        yield (
            f"{_kv('kamimura.rwa.m_full', r['m_full'])} must not exceed "
            f"{_kv('kamimura.rwa.L_full', r['L_full'])}: an m-body operator acts on m of the "
            "L_full qubits"
        )
    ratio = sc["omega_q"] / sc["Omega"]
    if abs(ratio - round(ratio)) < 1e-9:
        yield (
            f"{_kv('kamimura.scaling.omega_q', sc['omega_q'])} / "
            f"{_kv('kamimura.scaling.Omega', sc['Omega'])} = {ratio!r} must not be an integer: "
            "the superabsorber's transition energies (Eq. 18) would then be degenerate"
        )
    for sec, c, win in (("scaling", sc, cl), ("worst_case", wc, wc), ("steady_state", ss, ss)):
        if c["L_small_max"] > c["L_max"]:
            yield (
                f"{_kv(f'kamimura.{sec}.L_small_max', c['L_small_max'])} must not exceed "
                f"{_kv(f'kamimura.{sec}.L_max', c['L_max'])}"
            )
            continue
        wsec = "claims" if sec == "scaling" else sec
        yield from _window(
            odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"]),
            win["fit_L_min"],
            win["fit_L_max"],
            need=2,
            what=f"kamimura.{sec} L",
            keys=f"{_kv(f'kamimura.{wsec}.fit_L_min', win['fit_L_min'])}, "
            f"{_kv(f'kamimura.{wsec}.fit_L_max', win['fit_L_max'])} with "
            f"{_kv(f'kamimura.{sec}.L_max', c['L_max'])}",
        )


# --------------------------------------------------------------------------- cakmak
def _km_even_L(ev: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.kamimura.grids import even_log_grid

    grid = even_log_grid(ev["L_small_max"], ev["L_max"], ev["per_decade"])
    keys = f"{_kv('kamimura.even_L.fit_L_min', ev['fit_L_min'])}, " + ", ".join(
        _kv(f"kamimura.even_L.{k}", ev[k]) for k in ("fit_L_max", "L_max", "per_decade")
    )
    yield from _window(grid, ev["fit_L_min"], ev["fit_L_max"], need=2, what="even L", keys=keys)


def _cakmak(cfg: dict[str, Any]) -> Iterator[str]:
    c4, cb, he = cfg["fig4"], cfg["beyond"], cfg["heat_exchange"]
    n_pts = c4["N_max"] - c4["N_min"] + 1
    if n_pts <= c4["fit_degree"]:
        yield (
            f"{_kv('cakmak.fig4.fit_degree', c4['fit_degree'])} needs more than that many N "
            f"points: {_kv('cakmak.fig4.N_min', c4['N_min'])} to "
            f"{_kv('cakmak.fig4.N_max', c4['N_max'])} gives {n_pts}"
        )
    if cb["N_dense_max"] > cb["N_log_max"]:
        yield (
            f"{_kv('cakmak.beyond.N_dense_max', cb['N_dense_max'])} must not exceed "
            f"{_kv('cakmak.beyond.N_log_max', cb['N_log_max'])}"
        )
    if he["M_abs"] ** 2 > he["N"] * (he["N"] + 1):
        yield (
            f"{_kv('cakmak.heat_exchange.M_abs', he['M_abs'])} and "
            f"{_kv('cakmak.heat_exchange.N', he['N'])} violate |M|^2 <= N(N+1): no physical "
            "squeezed bath has these moments"
        )
    dr, nb = cfg["dipolar_regime"], cfg["fig3"]["nbar"]
    if not any(math.isclose(nb, x, rel_tol=1e-12) for x in dr["nbar_values"]):
        yield (
            f"{_kv('cakmak.fig3.nbar', nb)} is not among "
            f"{_kv('cakmak.dipolar_regime.nbar_values', dr['nbar_values'])}: the Fig. 3 "
            "visibility claim is evaluated at the Fig. 3 photon number"
        )
    yield from _fit_from(sorted(dr["nbar_values"]), dr, "cakmak.dipolar_regime", "fit_nbar_min",
                         ("nbar_values",), "nbar")  # fmt: skip
    yield from _ck_coherence_measures(cfg)
    yield from _ck_separation(cfg)


def _ck_separation(cfg: dict[str, Any]) -> Iterator[str]:
    s = cfg["separation"]
    yield from _window(sorted(s["xi_values"]), 0.0, s["fit_xi_max"], need=2, what="xi",
                       keys=f"{_kv('cakmak.separation.fit_xi_max', s['fit_xi_max'])} with "
                       f"{_kv('cakmak.separation.xi_values', s['xi_values'])}")  # fmt: skip
    if not s["curve_t_min"] < s["curve_t_max"]:
        yield (
            f"{_kv('cakmak.separation.curve_t_min', s['curve_t_min'])} must be below "
            f"{_kv('cakmak.separation.curve_t_max', s['curve_t_max'])}"
        )
    if not any(f > 0 for f in cfg["fig3"]["f0_over_gamma0"]):
        yield (
            f"{_kv('cakmak.fig3.f0_over_gamma0', cfg['fig3']['f0_over_gamma0'])} has no nonzero "
            "f0: the finite-separation consistency check of Fig. 3 needs one"
        )


def _ck_coherence_measures(cfg: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.cakmak.grids import scaling_N_values

    cm, nb = cfg["coherence_measures"], cfg["fig4"]["nbar"]
    if not any(math.isclose(nb, x, rel_tol=1e-12) for x in cm["nbar_values"]):
        yield (
            f"{_kv('cakmak.fig4.nbar', nb)} is not among "
            f"{_kv('cakmak.coherence_measures.nbar_values', cm['nbar_values'])}: the "
            "superlinear-growth claim is evaluated at the Fig. 4 photon number"
        )
    if cm["N_dense_max"] > cm["N_max"]:
        yield (
            f"{_kv('cakmak.coherence_measures.N_dense_max', cm['N_dense_max'])} must not exceed "
            f"{_kv('cakmak.coherence_measures.N_max', cm['N_max'])}"
        )
        return
    yield from _fit_from(scaling_N_values(cm), cm, "cakmak.coherence_measures", "fit_N_min",
                         ("N_dense_max", "N_max", "per_decade"), "N")  # fmt: skip
    worst = max(cm["nbar_values"]) / cm["fit_N_min"]
    if worst > cm["slope_rtol"]:
        yield (
            f"{_kv('cakmak.coherence_measures.fit_N_min', cm['fit_N_min'])} is too small for "
            f"max {_kv('cakmak.coherence_measures.nbar_values', cm['nbar_values'])}: the "
            f"O(nbar/N) correction {worst:.3g} exceeds "
            f"{_kv('cakmak.coherence_measures.slope_rtol', cm['slope_rtol'])}"
        )


# --------------------------------------------------------------------------- diosi
def _diosi(cfg: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.diosi.grids import eps_grid, temperature_pairs

    ci = cfg["incoherent"]
    temps = ci["temperatures"]
    pairs = temperature_pairs(temps)
    off = [p for p in ci["plot_pairs"] if (float(p[0]), float(p[1])) not in pairs]
    if off:
        yield (
            f"{_kv('diosi.incoherent.plot_pairs', ci['plot_pairs'])}: {off} not on the grid of "
            f"{_kv('diosi.incoherent.temperatures', temps)} (each pair [T_A, T_B] needs both "
            "values in the list and T_A > T_B), the panel would be empty"
        )
    yield from _window(
        [float(e) for e in eps_grid(ci)],
        0.0,
        ci["fit_eps_max"],
        need=2,
        what="eps/Gamma",
        keys=f"{_kv('diosi.incoherent.fit_eps_max', ci['fit_eps_max'])} with "
        f"{_kv('diosi.incoherent.eps_over_gamma_min', ci['eps_over_gamma_min'])}, "
        f"{_kv('diosi.incoherent.n_eps', ci['n_eps'])}",
    )
    yield from _diosi_global(cfg)


def _diosi_global(cfg: dict[str, Any]) -> Iterator[str]:
    from qthermo.papers.diosi.grids import eps_grid

    g = cfg["global"]
    k = "diosi.global"
    grid = [float(e) for e in eps_grid(g)]
    yield from _window(grid, 0.0, g["fit_eps_max"], need=2, what="eps/Gamma",
                       keys=f"{_kv(f'{k}.fit_eps_max', g['fit_eps_max'])} with "
                       f"{_kv(f'{k}.eps_over_gamma_min', g['eps_over_gamma_min'])}")  # fmt: skip
    if 0.0 not in g["detunings"] or not any(d > 0 for d in g["detunings"]):
        yield f"{_kv(f'{k}.detunings', g['detunings'])} must contain 0 and a nonzero detuning"
    if not g["T_A"] > g["T_B"]:
        yield f"{_kv(f'{k}.T_A', g['T_A'])} must exceed {_kv(f'{k}.T_B', g['T_B'])}"
    eps_max = g["eps_over_gamma_max"] * g["gamma"]
    if not eps_max**2 < g["omega_B"] ** 2:
        yield (
            f"{_kv(f'{k}.eps_over_gamma_max', g['eps_over_gamma_max'])} x "
            f"{_kv(f'{k}.gamma', g['gamma'])} must stay below "
            f"{_kv(f'{k}.omega_B', g['omega_B'])} (the joint thermalizer needs eps^2 < "
            "omega_A omega_B)"
        )


_CHECKS: dict[str, Check] = {
    "tajima_funo": _tajima_funo,
    "kamimura": _kamimura,
    "cakmak": _cakmak,
    "diosi": _diosi,
}


def check_constraints(config: dict[str, Any]) -> list[str]:
    """Every violated cross-parameter constraint of a schema-valid ``config``, as messages."""
    out: list[str] = []
    for section, check in _CHECKS.items():
        if isinstance(config.get(section), dict):
            out.extend(check(config[section]))
    return out
