"""Two thermalized two-level systems, coupled incoherently or coherently (Diosi slides, 2014).

Source: L. Diosi, talk slides "Autonomy of coupled quantum thermodynamic systems" (2014); the
local-master-equation problem follows Levy and Kosloff, EPL 107, 20004 (2014),
doi:10.1209/0295-5075/107/20004.  Units: hbar = 1 (energies are frequencies).

Qubit A (hot bath, inverse temperature ``beta_A``) and qubit B (cold, ``beta_B > beta_A``), each
with the slides' thermalizer (decay rate ``Gamma``, excitation rate ``Gamma exp(-beta omega)``):

    L_X rho = Gamma_X (x rho x^+ - {n_X, rho}/2) + Gamma_X e^{-beta_X omega_X} (x^+ rho x - {1 - n_X, rho}/2).

Two couplings:

* incoherent resonant coupling (omega_A = omega_B = omega), the dissipator
  ``eps (D[a^+ b] + D[a b^+])`` (slides: "incoherent resonant coupling", produced by a white-noise
  coupling); it exchanges no energy with H = omega (n_A + n_B);
* coherent coupling ``K = eps (a^+ b + b^+ a)`` added to the Hamiltonian, with the local
  dissipators L_A + L_B kept unchanged (the "local master equation"), resonant or detuned.

Basis: product states |n_A n_B>, index ``2 n_A + n_B`` (gg, ge, eg, ee).

This module holds the operators, the models and their stationary states; the closed-form
currents D1-D3, the slides' formulas and the perturbation theory are in
:mod:`qthermo.papers.diosi.currents`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import StateError, check_density_matrix
from qthermo.core.superop import bath_dissipator, model_liouvillian, unvec, vec

__all__ = [
    "SIGMA_MINUS",
    "LABELS",
    "qubit_pair_operators",
    "thermalizer_jumps",
    "incoherent_model",
    "LocalModel",
    "local_coherent_model",
    "local_picture_currents",
    "steady_state",
    "stationary_state",
    "rate_equation_state",
    "thermal_excitation",
    "relaxation_rate",
    "product_thermal_state",
]

#: Lowering operator of one qubit in the basis (g, e).
SIGMA_MINUS = np.array([[0.0, 1.0], [0.0, 0.0]], dtype=complex)
#: Product basis labels |n_A n_B>, index 2 n_A + n_B.
LABELS: tuple[tuple[str, int], ...] = (("gg", 0), ("ge", 0), ("eg", 0), ("ee", 0))


@functools.cache
def qubit_pair_operators() -> Mapping[str, np.ndarray]:
    """Lowering and number operators ``a, b, nA, nB`` on the 4-dim product space (A first).

    Built once and shared (read-only): every model of a map starts from them.
    """
    eye = np.eye(2)
    a = np.kron(SIGMA_MINUS, eye)
    b = np.kron(eye, SIGMA_MINUS)
    ops = {"a": a, "b": b, "nA": a.conj().T @ a, "nB": b.conj().T @ b}
    for op in ops.values():
        op.setflags(write=False)
    return MappingProxyType(ops)


def thermalizer_jumps(
    op: np.ndarray, *, omega: float, beta: float, gamma: float, name: str
) -> tuple[Jump, Jump]:
    """The slides' thermalizer as two jumps: decay ``op`` at ``gamma``, excitation ``op^+`` at
    ``gamma exp(-beta omega)`` (slide 2; detailed balance gamma(w)/gamma(-w) = e^{beta w})."""
    op = np.asarray(op, dtype=complex)
    return (
        Jump(op, omega, gamma, f"{name}"),
        Jump(op.conj().T.copy(), -omega, gamma * np.exp(-beta * omega), f"{name}^+"),
    )


def incoherent_model(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
    noise_beta: float,
    noise_detailed_balance: bool = False,
    check: bool = True,
) -> Model:
    """Two thermalized qubits with the incoherent coupling ``eps (D[a^+ b] + D[a b^+])``.

    The coupling is represented as a third bath ``"K"`` (the classical white noise of the
    slides), whose two channels have equal rates ``eps``; its Bohr frequency is
    ``omega_B - omega_A``.  In resonance the channels exchange no energy with H and the value of
    ``noise_beta`` drops out of every heat current and entropy production.  Off resonance the
    equal rates violate detailed balance at any finite ``noise_beta`` and the model is rejected
    (``check=True``): resonance is needed for consistency (slides, summary).

    Parameters
    ----------
    omega_A, omega_B : float
        Qubit frequencies (the slides' model has omega_A = omega_B).
    beta_A, beta_B : float
        Inverse temperatures of the two thermalizers.
    gamma_A, gamma_B : float
        Decay rates Gamma_A, Gamma_B.
    eps : float
        Strength of the incoherent coupling (slide 4).
    noise_beta : float
        Placeholder inverse temperature of the noise channel (see above).
    noise_detailed_balance : bool
        Give the noise channel detailed-balance rates at ``noise_beta`` instead: the transfer
        that lowers the energy by ``|omega_A - omega_B|`` at ``eps``, the reverse one at
        ``eps exp(-noise_beta |omega_A - omega_B|)`` (the detuned model of
        :mod:`qthermo.papers.diosi.detuned`; white noise is its limit ``noise_beta -> 0``).
    check : bool
        Verify commutation relations and detailed balance.
    """
    ops = qubit_pair_operators()
    a, b = ops["a"], ops["b"]
    energies = omega_A * np.real(np.diag(ops["nA"])) + omega_B * np.real(np.diag(ops["nB"]))
    jumps_A = thermalizer_jumps(a, omega=omega_A, beta=beta_A, gamma=gamma_A, name="a")
    jumps_B = thermalizer_jumps(b, omega=omega_B, beta=beta_B, gamma=gamma_B, name="b")
    adb = a.conj().T @ b  # lowers B, raises A: lowers the energy by omega_B - omega_A
    if noise_detailed_balance:
        lower = adb if omega_B >= omega_A else adb.conj().T.copy()
        noise = Bath(
            "K",
            noise_beta,
            thermalizer_jumps(
                lower, omega=abs(omega_B - omega_A), beta=noise_beta, gamma=eps, name="K"
            ),
        )
    else:
        noise = Bath(
            "K",
            noise_beta,
            (
                Jump(adb, omega_B - omega_A, eps, "a^+ b"),
                Jump(adb.conj().T.copy(), omega_A - omega_B, eps, "a b^+"),
            ),
        )
    baths = [Bath("A", beta_A, jumps_A), Bath("B", beta_B, jumps_B), noise]
    return Model(energies, LABELS, baths, check=check)


@dataclass(frozen=True)
class LocalModel:
    """Local coherent-coupling master equation written in the eigenbasis of H_A + H_B + K.

    Attributes
    ----------
    model : Model
        Energies = eigenvalues of the full Hamiltonian; baths A and B carry the LOCAL jump
        operators a, a^+ (b, b^+) transformed into that basis (built with ``check=False``: they
        do not satisfy ``[L, H] = omega L`` for the full H; this is the inconsistency studied).
    U : ndarray
        Columns: eigenvectors of the full Hamiltonian in the product basis |n_A n_B>.
    H_A, H_B, K : ndarray
        Local Hamiltonians and the coupling, in the eigenbasis (for local-picture currents).
    """

    model: Model
    U: np.ndarray
    H_A: np.ndarray
    H_B: np.ndarray
    K: np.ndarray


def local_coherent_model(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
) -> LocalModel:
    """The slides' local master equation: H_A + H_B + K, K = eps (a^+ b + b^+ a), with L_A + L_B.

    The single-excitation block {ge, eg} is diagonalised; the states are ordered
    gg, (lower of the two), (upper), ee and labelled accordingly.
    """
    ops = qubit_pair_operators()
    a, b, nA, nB = ops["a"], ops["b"], ops["nA"], ops["nB"]
    HA, HB = omega_A * nA, omega_B * nB
    K = eps * (a.conj().T @ b + b.conj().T @ a)
    H = HA + HB + K
    U = np.eye(4, dtype=complex)
    w, V = np.linalg.eigh(H[1:3, 1:3])
    U[1:3, 1:3] = V
    energies = np.real(np.array([H[0, 0], w[0], w[1], H[3, 3]]))
    labels = [("gg", 0), ("1-", 0), ("1+", 0), ("ee", 0)]

    def rot(M: np.ndarray) -> np.ndarray:
        return U.conj().T @ M @ U

    jumps_A = thermalizer_jumps(rot(a), omega=omega_A, beta=beta_A, gamma=gamma_A, name="a")
    jumps_B = thermalizer_jumps(rot(b), omega=omega_B, beta=beta_B, gamma=gamma_B, name="b")
    model = Model(
        energies, labels, [Bath("A", beta_A, jumps_A), Bath("B", beta_B, jumps_B)], check=False
    )
    return LocalModel(model=model, U=U, H_A=rot(HA), H_B=rot(HB), K=rot(K))


def local_picture_currents(lm: LocalModel, rho: np.ndarray) -> tuple[float, float]:
    """Local-picture heat currents ``Tr[H_X L_X rho]`` (X = A, B) of the local coherent model.

    They use the local Hamiltonians instead of the full H, so they do not balance off resonance.
    """
    bathA, bathB = lm.model.baths
    JA_loc = float(np.real(np.trace(lm.H_A @ bath_dissipator(rho, bathA.jumps))))
    JB_loc = float(np.real(np.trace(lm.H_B @ bath_dissipator(rho, bathB.jumps))))
    return JA_loc, JB_loc


def steady_state(sup: np.ndarray) -> np.ndarray:
    """Stationary state of a Liouvillian (column-stacking): the unit-trace null vector.

    Solves ``sup v = 0`` together with ``Tr rho = 1`` in the least-squares sense (unique when
    the stationary state is unique), and returns the Hermitian part.
    """
    n = int(round(np.sqrt(sup.shape[0])))
    M = np.vstack([sup, vec(np.eye(n))[None, :].astype(complex)])
    rhs = np.zeros(M.shape[0], dtype=complex)
    rhs[-1] = 1.0
    v = np.linalg.lstsq(M, rhs, rcond=None)[0]
    rho = unvec(v, n)
    rho = 0.5 * (rho + rho.conj().T)
    rho = rho / np.trace(rho).real
    residual = float(np.max(np.abs(sup @ vec(rho))))
    if residual > 1e-8 * max(1.0, float(np.max(np.abs(sup)))):
        raise StateError(f"steady state does not solve L rho = 0: max |L rho| = {residual:.3e}")
    return check_density_matrix(rho, what="steady state", tol=1e-8)


def stationary_state(model: Model) -> np.ndarray:
    """Stationary state of a model's full master equation (all baths)."""
    return steady_state(model_liouvillian(model))


def rate_equation_state(model: Model) -> np.ndarray:
    """Stationary state of a model whose generator closes on the populations, from the rate
    equations by the GTH elimination (Grassmann, Taksar and Heyman, Oper. Res. 33, 1107 (1985)).

    Applies when every jump maps basis states to basis states (at most one non-zero per column
    and ``L^+ L`` diagonal), as in the resonant incoherent model; a ``ValueError`` otherwise.
    GTH is subtraction-free, so every population has a small *relative* error, also the ones
    of order e^{-20} that the dense solve (:func:`stationary_state`) only gets to an absolute
    ~1e-16: the currents ``Tr[H L_X rho]`` then keep their relative accuracy at low temperature.
    """
    n = model.dim
    Q = np.zeros((n, n))  # Q[j, i]: rate j -> i
    for _, jump in model.jumps():
        L = np.asarray(jump.op)
        LdL = L.conj().T @ L
        if np.any(np.count_nonzero(L, axis=0) > 1) or np.count_nonzero(LdL - np.diag(np.diag(LdL))):
            raise ValueError(f"jump {jump.label} does not map basis states to basis states")
        Q += jump.rate * (np.abs(L) ** 2).T
    np.fill_diagonal(Q, 0.0)
    for k in range(n - 1, 0, -1):
        Q[:k, k] /= Q[k, :k].sum()
        Q[:k, :k] += np.outer(Q[:k, k], Q[k, :k])
    p = np.ones(n)
    for k in range(1, n):
        p[k] = p[:k] @ Q[:k, k]
    rho = np.diag(p / p.sum()).astype(complex)
    residual = float(np.max(np.abs(model_liouvillian(model) @ vec(rho))))
    if residual > 1e-8 * model.rate_scale:
        raise StateError(f"rate-equation state does not solve L rho = 0: {residual:.3e}")
    return rho


def thermal_excitation(omega: float | np.ndarray, beta: float | np.ndarray) -> np.ndarray:
    """``q = e^{-beta omega} / (1 + e^{-beta omega})``: excited population of a thermalized qubit
    (slide 2, stationary state of the thermalizer)."""
    x = np.exp(-np.asarray(beta, float) * np.asarray(omega, float))
    return x / (1.0 + x)


def relaxation_rate(omega: float, *, beta: float, gamma: float) -> float:
    """``kappa = Gamma (1 + e^{-beta omega})``: relaxation rate of <n> under the thermalizer."""
    return gamma * (1.0 + np.exp(-beta * omega))


def product_thermal_state(
    *, omega_A: float, omega_B: float, beta_A: float, beta_B: float
) -> np.ndarray:
    """``rho_A^s rho_B^s``: the uncoupled stationary state (slide 3)."""
    qA, qB = thermal_excitation(omega_A, beta_A), thermal_excitation(omega_B, beta_B)
    return np.kron(np.diag([1 - qA, qA]), np.diag([1 - qB, qB])).astype(complex)
