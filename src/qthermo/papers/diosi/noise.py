"""Slide 3's noisy unitary averaged over the noise, and slide 1's vanishing current (issue 14).

* ``noise_table``: a seeded stochastic simulation of the coupling Hamiltonian of slide 3,
  K(t) = sqrt(eps) (xi(t) a^+ b + xi^*(t) b^+ a), xi = (w1 + i w2)/sqrt(2) complex white noise,
  with no other term (the coupling alone).  Each trajectory applies, per step dt, the exact
  unitary exp(-i sqrt(eps) (dZ a^+ b + dZ^* b^+ a)), dZ = (dW1 + i dW2)/sqrt(2), dW ~ N(0, dt);
  the noise average of the state is compared element by element with exp(t L_K) rho_0, L_K =
  eps (D[a^+ b] + D[a b^+]), within its statistical error.  The unitary only mixes |ge> and
  |eg>, where it is cos r - i (sin r / r) X with r = sqrt(eps) |dZ|.
  Discretisation: per step the averaged exchange probability is E[sin^2 r] = s - 2 s^2/3 + ...
  (s = eps dt, r^2 exponentially distributed with mean s) against (1 - e^{-2 s})/2 = s - s^2 +
  ...; the accumulated bias is below s^2 n / 3 = eps^2 t dt / 3, recorded beside the errors.
* ``current_vanishes``: slide 1's last line, J = Tr[H L(rho_s)] = 0 for one thermalized TLS,
  with the corrected and the printed current operator beside it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.superop import liouvillian, propagator, unvec, vec
from qthermo.ledger.claims import Claim, claim, margin_leq, tightest
from qthermo.papers.diosi.claim_context import SOURCE
from qthermo.papers.diosi.model import qubit_pair_operators
from qthermo.papers.diosi.printed_forms import N_OP, current_in_gibbs_state, thermalizer

__all__ = [
    "initial_state",
    "lindblad_reference",
    "noise_table",
    "current_vanishes",
    "noise_claim",
    "current_claim",
    "evaluate_claims",
]


def initial_state(amplitudes: list[list[float]]) -> np.ndarray:
    """Normalised pure state from ``[[re, im], ...]`` amplitudes over |gg>, |ge>, |eg>, |ee>."""
    psi = np.array([complex(r, i) for r, i in amplitudes])
    return psi / np.linalg.norm(psi)


def lindblad_reference(rho0: np.ndarray, *, eps: float, times: list[float]) -> list[np.ndarray]:
    """``exp(t L_K) rho_0`` with L_K = eps (D[a^+ b] + D[a b^+]) (slide 3) at each time."""
    ops = qubit_pair_operators()
    adb = ops["a"].conj().T @ ops["b"]
    L = liouvillian(np.zeros((4, 4)), [(adb, eps), (adb.conj().T, eps)])
    return [unvec(propagator(L, t) @ vec(rho0), 4) for t in times]


def _simulate(psi0: np.ndarray, cfg: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard error of psi psi^+ over the trajectories at ``cfg['times']``.

    Returns arrays of shape (len(times), 4, 4) (complex mean, complex standard error whose real
    and imaginary parts are those of Re and Im of the elements)."""
    rng = np.random.default_rng(cfg["seed"])
    eps, M = cfg["eps"], cfg["trajectories"]
    dt = 1.0 / (cfg["steps_per_unit_time"] * eps)
    psi = np.tile(psi0, (M, 1))
    means, errs, t = [], [], 0.0
    for t_next in cfg["times"]:
        for _ in range(int(round((t_next - t) / dt))):
            dZ = (rng.normal(size=M) + 1j * rng.normal(size=M)) * np.sqrt(dt / 2.0)
            z = np.sqrt(eps) * dZ
            r = np.abs(z)
            c, sinc = np.cos(r), np.sinc(r / np.pi)  # sin(r)/r
            p1, p2 = psi[:, 1].copy(), psi[:, 2].copy()
            psi[:, 1] = c * p1 - 1j * sinc * np.conj(z) * p2
            psi[:, 2] = c * p2 - 1j * sinc * z * p1
        t = t_next
        outer = psi[:, :, None] * np.conj(psi[:, None, :])
        means.append(outer.mean(axis=0))
        sd = outer.real.std(axis=0, ddof=1) + 1j * outer.imag.std(axis=0, ddof=1)
        errs.append(sd / np.sqrt(M))
    return np.array(means), np.array(errs)


def noise_table(cfg: dict[str, Any], reference_eps: float | None = None) -> pd.DataFrame:
    """Noise-averaged state against exp(t L_K) rho_0, one row per time and real component.

    ``reference_eps`` (default ``cfg['eps']``) sets the rate of the Lindblad reference; the
    negative control passes a wrong one.  Columns: ``t``, ``eps_t``, ``component`` (re_ij /
    im_ij, upper triangle), ``exact``, ``mean``, ``std_err``, ``bias_bound``.
    """
    psi0 = initial_state(cfg["initial_amplitudes"])
    rho0 = np.outer(psi0, psi0.conj())
    ref_eps = cfg["eps"] if reference_eps is None else reference_eps
    exact = lindblad_reference(rho0, eps=ref_eps, times=cfg["times"])
    means, errs = _simulate(psi0, cfg)
    s = 1.0 / cfg["steps_per_unit_time"]
    rows = []
    for k, t in enumerate(cfg["times"]):
        for i in range(4):
            for j in range(i, 4):
                for part, f in (("re", np.real), ("im", np.imag)):
                    if part == "im" and i == j:
                        continue
                    rows.append({
                        "t": float(t), "eps_t": float(cfg["eps"] * t),
                        "component": f"{part}_{i}{j}", "exact": float(f(exact[k][i, j])),
                        "mean": float(f(means[k][i, j])), "std_err": float(f(errs[k][i, j])),
                        "bias_bound": float(s * cfg["eps"] * t / 3.0),
                    })  # fmt: skip
    return pd.DataFrame(rows)


def current_vanishes(omega_values: list[float], beta_values: list[float], gamma: float) -> dict:
    """Slide 1: ``Tr[H L(rho_s)]`` with H = omega n and rho_s the Gibbs state, beside the
    expectation of the corrected and the printed current operator (in units of Gamma omega)."""
    direct, corrected, printed = [], [], []
    for w in omega_values:
        for b in beta_values:
            x = np.exp(-b * w)
            rho = np.diag([x, 1.0]).astype(complex) / (1.0 + x)  # basis (e, g), as printed_forms
            J = np.trace(w * N_OP @ thermalizer(rho, omega=w, beta=b, gamma=gamma)).real
            direct.append(abs(float(J)) / (gamma * w))
            corrected.append(current_in_gibbs_state(False, omega=w, beta=b, gamma=gamma))
            printed.append(current_in_gibbs_state(True, omega=w, beta=b, gamma=gamma))
    return {
        "max_abs_direct": max(direct),
        "max_abs_corrected_operator": max(abs(v) for v in corrected),
        "min_abs_printed_operator": min(abs(v) for v in printed),
        "states": len(direct),
    }


def _deviation(tab: pd.DataFrame, z_max: float, atol: float) -> tuple[float, float]:
    """Worst ``|mean - exact| / (z_max std_err + bias_bound)`` over the stochastic components,
    and worst ``|mean - exact|`` over the deterministic ones (std_err <= atol)."""
    stoch = tab[tab.std_err > atol]
    det = tab[tab.std_err <= atol]
    ratio = np.abs(stoch["mean"] - stoch.exact) / (z_max * stoch.std_err + stoch.bias_bound)
    return float(ratio.max()), float(
        np.max(np.abs((det["mean"] - det.exact).to_numpy()), initial=0.0)
    )


def noise_claim(tab: pd.DataFrame, cfg: dict[str, Any], artifacts: list[str]) -> Claim:
    """diosi.noise_average: the noise-averaged coupling is L_K within its statistical error."""
    nc = cfg["noise"]
    worst, det_err = _deviation(tab, nc["z_max"], nc["atol"])
    stoch = tab[tab.std_err > nc["atol"]]
    z = (stoch["mean"] - stoch.exact) / stoch.std_err
    ok = worst <= 1.0 and det_err <= nc["atol"]
    return claim(
        "diosi.noise_average",
        source=SOURCE + ", slide 3 (stochastic coupling K_AB and L_K)",
        statement="Averaged over the complex white noise xi, the coupling Hamiltonian sqrt(eps) "
        "(xi a^+ b + xi^* b^+ a) generates eps (D[a^+ b] + D[a b^+]) and no coherent part: "
        "every element of the noise-averaged state agrees with exp(t L_K) rho_0 within its "
        "statistical error (statistical agreement).",
        measured={
            "max_dev_over_allowed": worst,
            "max_abs_z": float(np.max(np.abs(z))),
            "rms_z": float(np.sqrt(np.mean(z**2))),
            "components": len(stoch),
            "max_abs_error_deterministic_components": det_err,
            "max_std_err": float(stoch.std_err.max()),
            "max_bias_bound": float(tab.bias_bound.max()),
            "trajectories": nc["trajectories"],
        },
        expected="|mean - exact| <= z_max std_err + bias_bound",
        comparator="max over times and components of |mean - exact| / (z_max std_err + "
        "discretisation bias bound) <= 1; components without noise within atol",
        tolerance={"z_max": nc["z_max"], "atol": nc["atol"]},
        ok=bool(ok),
        margin=tightest(
            margin_leq(worst, 1.0, "max |mean - exact| / (z_max std_err + bias bound)"),
            margin_leq(det_err, nc["atol"], "max error of the noise-free components"),
        ),
        artifacts=artifacts,
        parameters=dict(nc),
        interpretation="Stratonovich reading (exact unitary per step, the physical limit of "
        "coloured noise); xi = (w1 + i w2)/sqrt(2) with <w_i(t) w_j(s)> = delta_ij delta(t - s), "
        "so <xi xi^*> = delta and <xi xi> = 0. The coupling alone is simulated (the thermalizers "
        "add linearly to the generator). Seeded: the table's bytes repeat on one machine.",
    )


def current_claim(cfg: dict[str, Any], artifacts: list[str], operator: str = "corrected") -> Claim:
    """diosi.s1.current_vanishes: Tr[H L(rho_s)] = 0 for one thermalized TLS (slide 1).

    ``operator`` names the current operator checked beside the direct trace: ``corrected``
    (e^{-beta omega}, the claim) or ``printed`` (the negative control)."""
    p = cfg["printed"]
    m = current_vanishes(p["omega_values"], p["beta_values"], p["gamma"])
    op = (
        m["max_abs_corrected_operator"]
        if operator == "corrected"
        else m["min_abs_printed_operator"]
    )
    worst = max(m["max_abs_direct"], op)
    return claim(
        "diosi.s1.current_vanishes",
        source=SOURCE + ", slide 1 ('current vanishes in steady state')",
        statement="The heat current of one thermalized two-level system vanishes in its "
        "stationary state, Tr[H L(rho_s)] = 0; the corrected current operator gives the same "
        "zero, the printed one (e^{+beta omega}) does not.",
        measured=m,
        expected=0.0,
        comparator="max over (omega, beta) of |Tr[H L(rho_s)]| and |Tr[J_corrected rho_s]| "
        "(units of Gamma omega) <= atol",
        tolerance=p["atol"],
        ok=worst <= p["atol"],
        margin=margin_leq(worst, p["atol"], "max |J| / (Gamma omega)"),
        artifacts=artifacts,
        parameters={k: p[k] for k in ("omega_values", "beta_values", "gamma")},
        trivial="L(rho_s) = 0 for the Gibbs state (checked in diosi.stationary_state.corrected), "
        "so Tr[H L(rho_s)] = 0 is an identity; the content is the printed operator's nonzero "
        "value (diosi.current_operator.printed).",
    )


def evaluate_claims(tab: pd.DataFrame, cfg: dict[str, Any], artifacts: list[str]) -> list[Claim]:
    """Claims diosi.noise_average and diosi.s1.current_vanishes (``cfg``: the diosi section)."""
    return [noise_claim(tab, cfg, artifacts), current_claim(cfg, artifacts)]
