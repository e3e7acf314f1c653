"""Result 3 of Tajima-Funo: a fast Otto-type cycle with the 2N-state model as working medium.

doi:10.1103/PhysRevLett.127.190604, Fig. 2 and Result 3 (the Supplemental Material with the
original protocol is not available; the protocol below is ours, see :func:`protocol`).

Working media (both built on the 2N-state spectrum of Eq. 5, gap ``hbar omega`` switched between
``omega_H`` and ``omega_C`` by quenches):

* ``collective`` (quantum): jumps ``L = sum_{j,j'} |g,j><e,j'|`` and ``L^dag`` (Eq. 5).  Started
  in the coherent sector, the state stays in ``span{|g,+>, |e,+>}`` because ``L|e,+> = N|g,+>``,
  ``L^dag|g,+> = N|e,+>`` and every state orthogonal to ``|x,+>`` is dark.  The exact reduction is
  a two-level system with jump ``N |g><e|`` (effective rate ``N^2 gamma``).
* ``incoherent`` (classical): one jump ``|g,j><e,j'|`` per pair (j, j') with the same rates.  A
  state diagonal and uniform over j stays so; the exact reduction is a two-level system with
  jump ``sqrt(N) |g><e|`` (effective rate ``N gamma``).  Both media have the same A_cl; the
  incoherent one has C_X = 0, hence A_qm = 0.

``A_cl`` and ``A_qm`` of the full 2N-dimensional model are evaluated from the reduced state in
closed form (:func:`full_a_cl`, :func:`full_a_qm`; cross-checked against
:mod:`qthermo.core.tradeoff` on the embedded states in the tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qthermo.core.cycles import Cycle, Stroke
from qthermo.core.model import Bath, Jump, Model
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model

__all__ = [
    "MEDIA",
    "Protocol",
    "bath_rates",
    "protocol",
    "reduced_model",
    "full_model",
    "reduced_cycle",
    "full_cycle",
    "embed",
    "reduced_start",
    "full_a_cl",
    "full_a_qm",
    "reduced_cycle_mean_a",
]

MEDIA = ("collective", "incoherent")


@dataclass(frozen=True)
class Protocol:
    """Parameters of one N: gaps, inverse temperatures and stroke times."""

    N: int
    omega_h: float
    omega_c: float
    beta_h: float
    beta_c: float
    tau_h: float
    tau_c: float
    gamma0: float

    @property
    def eta_otto(self) -> float:
        """``1 - omega_C/omega_H``: the efficiency of any cycle of this two-gap medium."""
        return 1.0 - self.omega_c / self.omega_h


def protocol(
    N: int,
    *,
    beta_h: float,
    beta_c: float,
    x_h: float,
    delta0: float,
    tau0: float,
    gamma0: float,
    hbar: float = 1.0,
) -> Protocol:
    """Our finite-power Carnot protocol for degeneracy N.

    ``beta_H hbar omega_H = x_H`` fixed, ``beta_C hbar omega_C = x_H + delta0/N`` (so that
    ``eta_Car - eta = (delta0/N)/(beta_C hbar omega_H) = O(1/N)``), and stroke times
    ``tau_H = tau_C = tau0/(gamma0 N^2)``: a fixed fraction of the collective relaxation time
    ``~1/(N^2 gamma)``, and much shorter than the single-emitter relaxation time ``~1/gamma``.
    """
    if int(N) != N or N < 1:
        raise ValueError(f"N must be a positive integer, got {N!r}")
    omega_h = x_h / (beta_h * hbar)
    omega_c = (x_h + delta0 / N) / (beta_c * hbar)
    tau = tau0 / (gamma0 * N**2)
    return Protocol(int(N), omega_h, omega_c, beta_h, beta_c, tau, tau, gamma0)


def bath_rates(omega: float, beta: float, gamma0: float, hbar: float) -> tuple[float, float]:
    """``(gamma(omega), gamma(-omega)) = (gamma0, gamma0 exp(-beta hbar omega))`` as in Eq. (5)."""
    return gamma0, gamma0 * np.exp(-beta * hbar * omega)


def reduced_model(
    N: int,
    *,
    omega: float,
    beta: float,
    gamma0: float,
    medium: str,
    hbar: float = 1.0,
    bath_name: str = "bath",
) -> Model:
    """Exact two-level reduction (basis ``|g,+>``, ``|e,+>`` or uniform mixtures), see module doc."""
    if medium not in MEDIA:
        raise ValueError(f"medium must be one of {MEDIA}, got {medium!r}")
    amp = float(N) if medium == "collective" else float(np.sqrt(N))
    L = np.array([[0.0, amp], [0.0, 0.0]], dtype=complex)
    down, up = bath_rates(omega, beta, gamma0, hbar)
    jumps = (Jump(L, omega, down, "L"), Jump(L.conj().T, -omega, up, "L^dag"))
    return Model(
        energies=np.array([0.0, hbar * omega]),
        labels=[("g", 0), ("e", 0)],
        baths=[Bath(bath_name, beta, jumps)],
        hbar=hbar,
    )


def full_model(
    N: int,
    *,
    omega: float,
    beta: float,
    gamma0: float,
    medium: str,
    hbar: float = 1.0,
    bath_name: str = "bath",
) -> Model:
    """The 2N-dimensional model (basis ``|g,1..N>, |e,1..N>``) for either medium."""
    if medium == "collective":
        m = two_n_state_model(N, omega0=omega, beta=beta, gamma0=gamma0, hbar=hbar)
        return Model(m.energies, m.labels, [Bath(bath_name, beta, m.baths[0].jumps)], hbar=hbar)
    if medium != "incoherent":
        raise ValueError(f"medium must be one of {MEDIA}, got {medium!r}")
    down, up = bath_rates(omega, beta, gamma0, hbar)
    jumps = []
    for j in range(N):
        for jp in range(N):
            L = np.zeros((2 * N, 2 * N), dtype=complex)
            L[j, N + jp] = 1.0
            jumps.append(Jump(L, omega, down, f"g{j}<e{jp}"))
            jumps.append(Jump(L.conj().T, -omega, up, f"e{jp}<g{j}"))
    energies = np.concatenate([np.zeros(N), np.full(N, hbar * omega)])
    labels = [("g", j) for j in range(N)] + [("e", j) for j in range(N)]
    return Model(energies, labels, [Bath(bath_name, beta, tuple(jumps))], hbar=hbar)


def _cycle(p: Protocol, medium: str, hbar: float, builder) -> Cycle:
    common = dict(gamma0=p.gamma0, medium=medium, hbar=hbar)
    hot = builder(p.N, omega=p.omega_h, beta=p.beta_h, bath_name="hot", **common)
    cold = builder(p.N, omega=p.omega_c, beta=p.beta_c, bath_name="cold", **common)
    return Cycle((Stroke(hot, p.tau_h, "hot"), Stroke(cold, p.tau_c, "cold")))


def reduced_cycle(p: Protocol, medium: str, hbar: float = 1.0) -> Cycle:
    """Fig. 2 cycle on the exact two-level reduction."""
    return _cycle(p, medium, hbar, reduced_model)


def full_cycle(p: Protocol, medium: str, hbar: float = 1.0) -> Cycle:
    """Fig. 2 cycle on the full 2N-dimensional space (for cross-checks, small N)."""
    return _cycle(p, medium, hbar, full_model)


def reduced_start(p: Protocol, hbar: float = 1.0) -> np.ndarray:
    """Start of the projection: the hot-bath Gibbs state of the reduced two-level system."""
    x = p.beta_h * hbar * p.omega_h
    pe = 1.0 / (1.0 + np.exp(x))
    return np.diag([1.0 - pe, pe]).astype(complex)


def embed(r: np.ndarray, N: int, medium: str) -> np.ndarray:
    """Map a reduced 2x2 state into the 2N-dimensional space.

    collective: ``V r V^dag`` with ``V = [|g,+>, |e,+>]``; incoherent: populations spread
    uniformly over the degenerate levels (``r`` must be diagonal).
    """
    g = np.concatenate([np.ones(N), np.zeros(N)]) / np.sqrt(N)
    e = np.concatenate([np.zeros(N), np.ones(N)]) / np.sqrt(N)
    if medium == "collective":
        V = np.stack([g, e], axis=1).astype(complex)
        return V @ r @ V.conj().T
    if medium == "incoherent":
        return np.diag(np.concatenate([np.full(N, r[0, 0] / N), np.full(N, r[1, 1] / N)]))
    raise ValueError(f"medium must be one of {MEDIA}, got {medium!r}")


def full_a_cl(
    N: int,
    p_g: np.ndarray,
    p_e: np.ndarray,
    *,
    omega: float,
    beta: float,
    gamma0: float,
    hbar: float = 1.0,
) -> np.ndarray:
    """``A_cl = (hbar omega)^2 N [gamma(-omega) p_g + gamma(omega) p_e]`` for either medium.

    X has diagonal ``(hbar omega)^2 N gamma(-omega)`` on every ``|g,j>`` and
    ``(hbar omega)^2 N gamma(omega)`` on every ``|e,j>`` in both media.
    """
    down, up = bath_rates(omega, beta, gamma0, hbar)
    return (hbar * omega) ** 2 * N * (up * np.asarray(p_g) + down * np.asarray(p_e))


def full_a_qm(
    N: int,
    p_g: np.ndarray,
    p_e: np.ndarray,
    *,
    omega: float,
    beta: float,
    gamma0: float,
    medium: str,
    hbar: float = 1.0,
) -> np.ndarray:
    """``A_qm = C_X C_l1(rho_bd)``: ``(hbar omega)^2 N gamma(omega) (N-1)(p_g+p_e)`` (collective), 0 else.

    Collective: ``C_X = (hbar omega)^2 N max(gamma(omega), gamma(-omega))`` and rho_bd of
    ``V r V^dag`` has ``N(N-1)`` off-diagonal elements ``p_x/N`` in each block.
    """
    if medium == "incoherent":
        return np.zeros_like(np.asarray(p_g, dtype=float))
    down, up = bath_rates(omega, beta, gamma0, hbar)
    return (hbar * omega) ** 2 * N * max(down, up) * (N - 1) * (np.asarray(p_g) + np.asarray(p_e))


def reduced_cycle_mean_a(
    p: Protocol,
    cycle: Cycle,
    states: Sequence[np.ndarray],
    n: int,
    period: float,
    *,
    medium: str,
    hbar: float = 1.0,
) -> tuple[float, float]:
    """Cycle averages ``(A_cl_bar, A_qm_bar)`` of the full 2N model from the reduced states.

    ``states`` holds ``n`` reduced states per stroke (hot, then cold) on the stroke's uniform time
    grid; :func:`full_a_cl`, :func:`full_a_qm` are integrated with Simpson's rule and divided by
    the cycle ``period``.
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import simpson

    integ_cl = integ_qm = 0.0
    for k, s in enumerate(cycle.strokes):
        rhos = np.asarray(states[k * n : (k + 1) * n])
        pg, pe = np.real(rhos[:, 0, 0]), np.real(rhos[:, 1, 1])
        omega = p.omega_h if k == 0 else p.omega_c
        beta = p.beta_h if k == 0 else p.beta_c
        t = np.linspace(0.0, s.duration, n)
        rates = dict(omega=omega, beta=beta, gamma0=p.gamma0, hbar=hbar)
        integ_cl += simpson(full_a_cl(p.N, pg, pe, **rates), x=t)
        integ_qm += simpson(full_a_qm(p.N, pg, pe, medium=medium, **rates), x=t)
    return integ_cl / period, integ_qm / period
