"""Cakmak et al. Eq. (28): the power on the working qubit, printed against Eq. (23).

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Eqs. (12), (18), (22)-(28).  The derivation and the protocols are ours (issue 14).

The interaction picture of Eqs. (11)-(18) is ``rho_I = U rho_lab U^dag`` with
``U = exp(i theta(t) sigma_z / 2)``, ``theta(t) = int_0^t omega_q``.  Since
``U^dag sigma^+ U = exp(-i theta) sigma^+``, the lab-frame Hamiltonian whose interaction-picture
form is Eq. (12) is

    H_lab(t) = (omega_q/2) sigma_z + h e^{-i theta} sigma^+ + h^* e^{i theta} sigma^-,
    h = p g tau lambda,

and the lab-frame dissipator is ``D_lab(rho) = U^dag D(U rho U^dag) U`` (D of Eq. 18).  Eq. (23),
``P = Tr[rho_lab dH_lab/dt]``, then gives (our derivation; <.> in the interaction picture)

    P = (1/2) omega_q' <sigma_z> + (h' - i omega_q h) <sigma^+> + (h'^* + i omega_q h^*) <sigma^->.

Eq. (28) as printed lacks the ``-i omega_q (h <sigma^+> - h^* <sigma^->)`` term, the work the
drive does because its phase rotates at omega_q in the lab frame: for a constant drive it gives
``P = 0`` while the exact power is ``-J`` in the steady state (first law).

Table ``power``: along four protocols (modulated drive and frequency; constant drive from its
steady state; no drive; no drive with modulated frequency) the exact power from finite
differences of ``H_lab`` along a direct lab-frame integration, Eq. (28) as printed, our form,
and the heat current ``Tr[D_lab(rho_lab) H_lab]``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.operators import SIGMA_MINUS, SIGMA_PLUS, SIGMA_Z
from qthermo.papers.cakmak.heat_exchange import (
    QubitParams,
    apply_superop,
    dissipative_generator,
    qubit_generator,
    steady_state,
)
from qthermo.papers.cakmak.heat_exchange_analysis import params_from_config

__all__ = ["Protocol", "PROTOCOLS", "protocol", "lab_hamiltonian", "lab_trajectory",
           "power_printed", "power_derived", "power_table"]  # fmt: skip

PROTOCOLS = ("modulated", "constant_drive", "no_drive", "no_drive_modulated_omega")


@dataclass(frozen=True)
class Protocol:
    """``h(t) = h (1 + a_h sin(nu_h t))``, ``omega_q(t) = omega_q (1 + a_w sin(nu_w t))``."""

    q: QubitParams
    a_h: float = 0.0
    nu_h: float = 0.0
    a_w: float = 0.0
    nu_w: float = 0.0

    def h(self, t: float) -> complex:
        return self.q.h * (1.0 + self.a_h * np.sin(self.nu_h * t))

    def h_dot(self, t: float) -> complex:
        return self.q.h * self.a_h * self.nu_h * np.cos(self.nu_h * t)

    def omega(self, t: float) -> float:
        return self.q.omega_q * (1.0 + self.a_w * np.sin(self.nu_w * t))

    def omega_dot(self, t: float) -> float:
        return self.q.omega_q * self.a_w * self.nu_w * np.cos(self.nu_w * t)

    def theta(self, t: float) -> float:
        """``int_0^t omega_q``."""
        w, a, nu = self.q.omega_q, self.a_w, self.nu_w
        return w * t + (w * a / nu * (1.0 - np.cos(nu * t)) if a else 0.0)


def protocol(name: str, cfg: dict[str, Any]) -> Protocol:
    """One of :data:`PROTOCOLS` on the ``heat_exchange`` parameter point (``cfg`` = section)."""
    pw = cfg["power"]
    q = params_from_config(cfg["heat_exchange"])
    mod_h = {"a_h": pw["drive_mod"], "nu_h": pw["drive_freq"]}
    mod_w = {"a_w": pw["omega_mod"], "nu_w": pw["omega_freq"]}
    if name == "modulated":
        return Protocol(q, **mod_h, **mod_w)
    if name == "constant_drive":
        return Protocol(q)
    if name == "no_drive":
        return Protocol(replace(q, h=0.0))
    if name == "no_drive_modulated_omega":
        return Protocol(replace(q, h=0.0), **mod_w)
    raise ValueError(f"unknown power protocol {name!r}; known: {PROTOCOLS}")


def _u(theta: float) -> np.ndarray:
    return np.diag([np.exp(0.5j * theta), np.exp(-0.5j * theta)])


def lab_hamiltonian(pr: Protocol, t: float) -> np.ndarray:
    """``H_lab(t)`` (module docstring), hbar = 1."""
    ph, h = np.exp(-1j * pr.theta(t)), pr.h(t)
    return 0.5 * pr.omega(t) * SIGMA_Z + h * ph * SIGMA_PLUS + np.conj(h * ph) * SIGMA_MINUS


def lab_dissipator(pr: Protocol, t: float, rho: np.ndarray) -> np.ndarray:
    """``U^dag D(U rho U^dag) U`` with D the non-unitary part of Eq. (18)."""
    u = _u(pr.theta(t))
    return u.conj().T @ apply_superop(dissipative_generator(pr.q), u @ rho @ u.conj().T) @ u


def lab_trajectory(pr: Protocol, rho0: np.ndarray, times: np.ndarray, rtol: float) -> np.ndarray:
    """``rho_lab(t)`` by direct integration of the lab-frame master equation (DOP853)."""
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    import scipy.integrate as si

    def rhs(t: float, y: np.ndarray) -> np.ndarray:
        rho = y.reshape(2, 2)
        H = lab_hamiltonian(pr, t)
        return (-1j * (H @ rho - rho @ H) + lab_dissipator(pr, t, rho)).ravel()

    sol = si.solve_ivp(rhs, (times[0], times[-1]), rho0.astype(complex).ravel(), "DOP853",
                       t_eval=times, rtol=rtol, atol=rtol * 1e-2)  # fmt: skip
    return sol.y.T.reshape(-1, 2, 2)


def _ev(rho: np.ndarray, op: np.ndarray) -> complex:
    return complex(np.trace(rho @ op))


def power_printed(pr: Protocol, t: float, rho_i: np.ndarray) -> float:
    """Eq. (28) as printed, ``h = p g tau lambda``, hbar = 1 (interaction-picture <.>)."""
    sp_, hd = _ev(rho_i, SIGMA_PLUS), pr.h_dot(t)
    drive = hd * sp_ + np.conj(hd) * np.conj(sp_)
    return float(np.real(0.5 * pr.omega_dot(t) * _ev(rho_i, SIGMA_Z) + drive))


def power_derived(pr: Protocol, t: float, rho_i: np.ndarray) -> float:
    """Our Eq. (28): adds ``-i omega_q (h <sigma^+> - h^* <sigma^->)`` (module docstring)."""
    sp_, h = _ev(rho_i, SIGMA_PLUS), pr.h(t)
    rot = -1j * pr.omega(t) * (h * sp_ - np.conj(h) * np.conj(sp_))
    return power_printed(pr, t, rho_i) + float(np.real(rot))


def _start(name: str, pr: Protocol) -> np.ndarray:
    if name == "constant_drive":
        return steady_state(qubit_generator(pr.q))
    return np.diag([0.0, 1.0]).astype(complex)  # |g>


def power_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """Table ``power`` (module docstring); ``cfg`` is the ``cakmak`` section."""
    pw = cfg["power"]
    t = np.linspace(0.0, pw["t_max"], pw["n_times"])
    dt = pw["fd_step"]
    rows = []
    for name in PROTOCOLS:
        pr = protocol(name, cfg)
        for tk, rho in zip(t, lab_trajectory(pr, _start(name, pr), t, pw["ode_rtol"]), strict=True):
            u = _u(pr.theta(tk))
            rho_i = u @ rho @ u.conj().T
            dH = (lab_hamiltonian(pr, tk + dt) - lab_hamiltonian(pr, tk - dt)) / (2 * dt)
            J = np.trace(lab_dissipator(pr, tk, rho) @ lab_hamiltonian(pr, tk))
            rows.append({"protocol": name, "t": tk, "sigma_z": _ev(rho, SIGMA_Z).real,
                         "P_exact": _ev(rho, dH).real, "P_printed": power_printed(pr, tk, rho_i),
                         "P_derived": power_derived(pr, tk, rho_i), "J_exact": float(J.real)})  # fmt: skip
    return pd.DataFrame(rows)
