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

Closed forms derived here (by hand, checked numerically in tests/test_diosi*.py)
--------------------------------------------------------------------------------
Write ``x_X = exp(-beta_X omega_X)``, ``q_X = x_X / (1 + x_X)`` (thermal excitation probability),
``kappa_X = Gamma_X (1 + x_X)`` (relaxation rate of <n_X>), ``p_X = <n_X>`` (stationary).

*Incoherent model.*  All generators map diagonal states to diagonal states, and the equations for
the marginals close exactly, because ``p_eg - p_ge = p_A - p_B``::

    dp_A/dt = -kappa_A (p_A - q_A) - eps (p_A - p_B),   dp_B/dt = -kappa_B (p_B - q_B) + eps (p_A - p_B).

The stationary heat current from bath A, ``J_A = Tr[H L_A rho_s] = omega kappa_A (q_A - p_A)``, is
therefore exactly (Eq. D1 below)::

    J_A = eps omega (q_A - q_B) / (1 + eps / kappa_A + eps / kappa_B),   J_B = -J_A,

and to leading order in eps/Gamma (Eq. D2) ``J_A = eps omega (q_A - q_B)
= eps omega (x_A - x_B) / ((1 + x_A)(1 + x_B))``, independent of Gamma_A, Gamma_B.  The relative
deviation of D2 from D1 is exactly ``eps/kappa_A + eps/kappa_B`` (linear in eps/Gamma).
The slides' formula ``eps omega (x_A - x_B)`` (Eq. S2) lacks the factor ``1/((1+x_A)(1+x_B))``;
it is the low-temperature limit (x_A, x_B -> 0) of D2.  Second route to D2: first-order
perturbation theory in Liouville space, ``J_A^(1) = -Tr[H_A L_K rho_A^s rho_B^s]``
(:func:`liouville_first_order_current`).

*Local coherent model.*  With ``c = <a^+ b>``, ``Delta = omega_A - omega_B``,
``kbar = (kappa_A + kappa_B)/2``, the stationary coherence is
``c = i eps (p_B - p_A) / (kbar - i Delta)``; the population exchange rate is
``g = 2 eps^2 kbar / (kbar^2 + Delta^2)``, so ``p_A - p_B = (q_A - q_B) / (1 + g/kappa_A + g/kappa_B)``.
With the full Hamiltonian H = H_A + H_B + K (using ``L_A^*(K) = -kappa_A K / 2``), Eq. D3::

    J_A = Tr[H L_A rho_s] = eps^2 (kappa_B omega_A + kappa_A omega_B) (p_A - p_B) / (kbar^2 + Delta^2),

so sign(J_A) = sign(q_A - q_B) = sign(beta_B omega_B - beta_A omega_A), and in the stationary
state sigma = (beta_B - beta_A) J_A.  Heat flows from the cold bath into the hot one, with
negative entropy production, exactly when ``omega_A / omega_B > T_A / T_B`` (> 1).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qthermo.core.model import Bath, Jump, Model
from qthermo.core.states import StateError, check_density_matrix
from qthermo.core.superop import dissipator, liouvillian, model_liouvillian, unvec, vec

__all__ = [
    "SIGMA_MINUS",
    "LABELS",
    "qubit_pair_operators",
    "thermalizer_jumps",
    "incoherent_model",
    "LocalModel",
    "local_coherent_model",
    "steady_state",
    "stationary_state",
    "thermal_excitation",
    "product_thermal_state",
    "incoherent_current_exact",
    "incoherent_current_leading",
    "slide_current",
    "slide_first_order_state",
    "liouville_first_order_current",
    "liouville_first_order_state",
    "coupling_flux_current",
    "local_current_exact",
    "local_violation_predicted",
]

#: Lowering operator of one qubit in the basis (g, e).
SIGMA_MINUS = np.array([[0.0, 1.0], [0.0, 0.0]], dtype=complex)
#: Product basis labels |n_A n_B>, index 2 n_A + n_B.
LABELS: tuple[tuple[str, int], ...] = (("gg", 0), ("ge", 0), ("eg", 0), ("ee", 0))


def qubit_pair_operators() -> dict[str, np.ndarray]:
    """Lowering and number operators ``a, b, nA, nB`` on the 4-dim product space (A first)."""
    eye = np.eye(2)
    a = np.kron(SIGMA_MINUS, eye)
    b = np.kron(eye, SIGMA_MINUS)
    return {"a": a, "b": b, "nA": a.conj().T @ a, "nB": b.conj().T @ b}


def thermalizer_jumps(
    op: np.ndarray, omega: float, beta: float, gamma: float, name: str
) -> tuple[Jump, Jump]:
    """The slides' thermalizer as two jumps: decay ``op`` at ``gamma``, excitation ``op^+`` at
    ``gamma exp(-beta omega)`` (slide 2; detailed balance gamma(w)/gamma(-w) = e^{beta w})."""
    op = np.asarray(op, dtype=complex)
    return (
        Jump(op, omega, gamma, f"{name}"),
        Jump(op.conj().T.copy(), -omega, gamma * np.exp(-beta * omega), f"{name}^+"),
    )


def incoherent_model(
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
    noise_beta: float,
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
    check : bool
        Verify commutation relations and detailed balance.
    """
    ops = qubit_pair_operators()
    a, b = ops["a"], ops["b"]
    energies = omega_A * np.real(np.diag(ops["nA"])) + omega_B * np.real(np.diag(ops["nB"]))
    bath_A = Bath("A", beta_A, thermalizer_jumps(a, omega_A, beta_A, gamma_A, "a"))
    bath_B = Bath("B", beta_B, thermalizer_jumps(b, omega_B, beta_B, gamma_B, "b"))
    adb = a.conj().T @ b  # lowers B, raises A: lowers the energy by omega_B - omega_A
    noise = Bath(
        "K",
        noise_beta,
        (
            Jump(adb, omega_B - omega_A, eps, "a^+ b"),
            Jump(adb.conj().T.copy(), omega_A - omega_B, eps, "a b^+"),
        ),
    )
    return Model(energies, LABELS, [bath_A, bath_B, noise], check=check)


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

    bath_A = Bath("A", beta_A, thermalizer_jumps(rot(a), omega_A, beta_A, gamma_A, "a"))
    bath_B = Bath("B", beta_B, thermalizer_jumps(rot(b), omega_B, beta_B, gamma_B, "b"))
    model = Model(energies, labels, [bath_A, bath_B], check=False)
    return LocalModel(model=model, U=U, H_A=rot(HA), H_B=rot(HB), K=rot(K))


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


def thermal_excitation(omega: float | np.ndarray, beta: float | np.ndarray) -> np.ndarray:
    """``q = e^{-beta omega} / (1 + e^{-beta omega})``: excited population of a thermalized qubit
    (slide 2, stationary state of the thermalizer)."""
    x = np.exp(-np.asarray(beta, float) * np.asarray(omega, float))
    return x / (1.0 + x)


def product_thermal_state(
    omega_A: float, omega_B: float, beta_A: float, beta_B: float
) -> np.ndarray:
    """``rho_A^s rho_B^s``: the uncoupled stationary state (slide 3)."""
    qA, qB = thermal_excitation(omega_A, beta_A), thermal_excitation(omega_B, beta_B)
    return np.kron(np.diag([1 - qA, qA]), np.diag([1 - qB, qB])).astype(complex)


def _kappa(omega: float, beta: float, gamma: float) -> float:
    return gamma * (1.0 + np.exp(-beta * omega))


def incoherent_current_exact(
    omega: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float | np.ndarray,
) -> np.ndarray:
    """Exact stationary heat current from bath A, incoherent resonant coupling (Eq. D1 above).

    ``J_A = eps omega (q_A - q_B) / (1 + eps/kappa_A + eps/kappa_B)``.
    """
    eps = np.asarray(eps, float)
    dq = thermal_excitation(omega, beta_A) - thermal_excitation(omega, beta_B)
    kA, kB = _kappa(omega, beta_A, gamma_A), _kappa(omega, beta_B, gamma_B)
    return eps * omega * dq / (1.0 + eps / kA + eps / kB)


def incoherent_current_leading(
    omega: float, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """Leading order in eps/Gamma of the stationary current (Eq. D2 above).

    ``J_A = eps omega (x_A - x_B) / ((1 + x_A)(1 + x_B))`` with ``x = e^{-beta omega}``.
    """
    dq = thermal_excitation(omega, beta_A) - thermal_excitation(omega, beta_B)
    return np.asarray(eps, float) * omega * dq


def slide_current(
    omega: float, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """The slides' formula as written: ``J_A^s = eps omega (e^{-omega beta_A} - e^{-omega beta_B})``
    (Diosi slide 5, Eq. S2 above)."""
    return np.asarray(eps, float) * omega * (np.exp(-omega * beta_A) - np.exp(-omega * beta_B))


def slide_first_order_state(
    omega: float, beta_A: float, beta_B: float, gamma: float, eps: float
) -> np.ndarray:
    """The slides' stationary state to first order in eps/Gamma (slide 4, Gamma_A = Gamma_B).

    ``rho_s = rho_A rho_B - (eps/Gamma) (D^2 rho_A rho_B + D_A D_B + 2 D_A + 2 D_B) /
    ((2 + x_A + x_B)(1 + x_A)(1 + x_B))`` with ``D = x_A - x_B``, ``D_A = D n_A``,
    ``D_B = -D n_B`` (operators on the joint space).
    """
    ops = qubit_pair_operators()
    xA, xB = np.exp(-omega * beta_A), np.exp(-omega * beta_B)
    D = xA - xB
    DA, DB = D * ops["nA"], -D * ops["nB"]
    r0 = product_thermal_state(omega, omega, beta_A, beta_B)
    num = D**2 * r0 + DA @ DB + 2 * DA + 2 * DB
    return r0 - (eps / gamma) * num / ((2 + xA + xB) * (1 + xA) * (1 + xB))


def _coupling_superop() -> np.ndarray:
    """``L_K`` per unit eps: D[a^+ b] + D[a b^+] as a superoperator."""
    ops = qubit_pair_operators()
    adb = ops["a"].conj().T @ ops["b"]
    return liouvillian(np.zeros((4, 4)), [(adb, 1.0), (adb.conj().T, 1.0)])


def liouville_first_order_state(
    omega: float, beta_A: float, beta_B: float, gamma_A: float, gamma_B: float
) -> np.ndarray:
    """First-order correction ``rho_1`` (per unit eps) of the incoherent model's steady state.

    Liouville-space perturbation theory: ``L_0 rho_1 = -L_K rho_0`` with ``Tr rho_1 = 0``, where
    ``L_0`` is the uncoupled generator and ``L_K`` the coupling dissipator per unit eps.
    """
    m0 = incoherent_model(omega, omega, beta_A, beta_B, gamma_A, gamma_B, 0.0, 1.0)
    L0 = model_liouvillian(m0)
    r0 = product_thermal_state(omega, omega, beta_A, beta_B)
    src = -_coupling_superop() @ vec(r0)
    M = np.vstack([L0, vec(np.eye(4))[None, :].astype(complex)])
    rhs = np.concatenate([src, [0.0]])
    r1 = unvec(np.linalg.lstsq(M, rhs, rcond=None)[0], 4)
    return 0.5 * (r1 + r1.conj().T)


def liouville_first_order_current(
    omega: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float | np.ndarray,
) -> np.ndarray:
    """Leading-order J_A by first-order perturbation theory in Liouville space (route 2 to D2).

    ``J_A^(1) = eps Tr[H_A L_A rho_1]`` with ``rho_1`` from :func:`liouville_first_order_state`.
    """
    ops = qubit_pair_operators()
    r1 = liouville_first_order_state(omega, beta_A, beta_B, gamma_A, gamma_B)
    HA = omega * ops["nA"]
    LA_r1 = sum(
        dissipator(r1, j.op, j.rate)
        for j in thermalizer_jumps(ops["a"], omega, beta_A, gamma_A, "a")
    )
    return np.asarray(eps, float) * float(np.real(np.trace(HA @ LA_r1)))


def coupling_flux_current(
    omega: float, beta_A: float, beta_B: float, eps: float | np.ndarray
) -> np.ndarray:
    """Leading-order J_A as the coupling's energy flux out of A in the product state (route 3).

    Stationarity of <H_A> gives ``J_A = -Tr[H_A L_K rho_s]`` exactly; to first order
    ``rho_s -> rho_A^s rho_B^s``, so ``J_A^(1) = -eps Tr[H_A L_K^(1) rho_A^s rho_B^s]``.
    """
    ops = qubit_pair_operators()
    r0 = product_thermal_state(omega, omega, beta_A, beta_B)
    flux = unvec(_coupling_superop() @ vec(r0), 4)
    return -np.asarray(eps, float) * float(np.real(np.trace(omega * ops["nA"] @ flux)))


def local_current_exact(
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
) -> float:
    """Exact stationary ``J_A = Tr[H L_A rho_s]`` (full H) of the local coherent model (Eq. D3)."""
    qA, qB = thermal_excitation(omega_A, beta_A), thermal_excitation(omega_B, beta_B)
    kA, kB = _kappa(omega_A, beta_A, gamma_A), _kappa(omega_B, beta_B, gamma_B)
    kbar, delta = 0.5 * (kA + kB), omega_A - omega_B
    g = 2 * eps**2 * kbar / (kbar**2 + delta**2)
    dp = (qA - qB) / (1 + g / kA + g / kB)
    return float(eps**2 * (kB * omega_A + kA * omega_B) * dp / (kbar**2 + delta**2))


def local_violation_predicted(omega_ratio: np.ndarray, t_ratio: np.ndarray) -> np.ndarray:
    """Where Eq. D3 predicts heat flowing cold -> hot (T_A > T_B): ``omega_A/omega_B > T_A/T_B``."""
    return (np.asarray(omega_ratio) > np.asarray(t_ratio)) & (np.asarray(t_ratio) > 1)
