"""Brute-force cross-checks of the Diosi models with QuTiP (product basis, no eigenbasis tricks)."""

import numpy as np
import pytest
import qutip as qt

from qthermo.core.thermo import heat_currents
from qthermo.papers.diosi import currents as c
from qthermo.papers.diosi import model as d


def qutip_ops():
    a = qt.tensor(qt.destroy(2), qt.qeye(2))
    b = qt.tensor(qt.qeye(2), qt.destroy(2))
    return a, b


def thermalizer_cops(x, beta, omega, gamma):
    return [np.sqrt(gamma) * x, np.sqrt(gamma * np.exp(-beta * omega)) * x.dag()]


def qutip_heat(H, cops, rho):
    """Tr[H D(rho)] for the dissipator built from the collapse operators ``cops``."""
    D = sum(qt.lindblad_dissipator(c) for c in cops)
    return float(np.real((H * qt.vector_to_operator(D * qt.operator_to_vector(rho))).tr()))


def to_product_basis(rho_qt):
    """QuTiP's destroy(2) uses basis (|0>, |1>) = (g, e), as qthermo.papers.diosi.model: same ordering."""
    return rho_qt.full()


@pytest.mark.parametrize("bA,bB,gA,gB,eps", [(0.5, 2.0, 1.0, 1.0, 0.1), (0.3, 0.9, 0.4, 1.2, 1.0)])
def test_incoherent_model_against_qutip_steadystate_and_mesolve(bA, bB, gA, gB, eps):
    w = 1.0
    a, b = qutip_ops()
    H = w * (a.dag() * a + b.dag() * b)
    cA, cB = thermalizer_cops(a, bA, w, gA), thermalizer_cops(b, bB, w, gB)
    cK = [np.sqrt(eps) * a.dag() * b, np.sqrt(eps) * a * b.dag()]
    rho_qt = qt.steadystate(H, cA + cB + cK)
    m = d.incoherent_model(
        omega_A=w, omega_B=w, beta_A=bA, beta_B=bB, gamma_A=gA, gamma_B=gB, eps=eps, noise_beta=1e-6
    )
    rho = d.stationary_state(m)
    np.testing.assert_allclose(rho, to_product_basis(rho_qt), atol=1e-10)
    J = heat_currents(m, rho)
    assert J[0] == pytest.approx(qutip_heat(H, cA, rho_qt), rel=1e-8)
    assert J[1] == pytest.approx(qutip_heat(H, cB, rho_qt), rel=1e-8)
    # relaxation from the uncoupled product state reaches the same stationary state
    r0 = qt.Qobj(d.product_thermal_state(omega_A=w, omega_B=w, beta_A=bA, beta_B=bB), dims=H.dims)
    res = qt.mesolve(H, r0, [0.0, 60.0], cA + cB + cK, options={"atol": 1e-12, "rtol": 1e-10})
    np.testing.assert_allclose(res.states[-1].full(), rho, atol=1e-8)


@pytest.mark.parametrize("wA,TA", [(1.0, 2.0), (2.5, 1.5), (0.6, 1.3)])
def test_local_model_against_qutip_in_product_basis(wA, TA):
    wB, TB, g, eps = 1.0, 1.0, 0.2, 0.15
    a, b = qutip_ops()
    HA, HB = wA * a.dag() * a, wB * b.dag() * b
    H = HA + HB + eps * (a.dag() * b + b.dag() * a)
    cA, cB = thermalizer_cops(a, 1 / TA, wA, g), thermalizer_cops(b, 1 / TB, wB, g)
    rho_qt = qt.steadystate(H, cA + cB)
    lm = d.local_coherent_model(
        omega_A=wA, omega_B=wB, beta_A=1 / TA, beta_B=1 / TB, gamma_A=g, gamma_B=g, eps=eps
    )
    rho_eig = d.stationary_state(lm.model)
    rho = lm.U @ rho_eig @ lm.U.conj().T  # back to the product basis
    np.testing.assert_allclose(rho, rho_qt.full(), atol=1e-10)
    JA, JB = heat_currents(lm.model, rho_eig)
    assert JA == pytest.approx(qutip_heat(H, cA, rho_qt), rel=1e-7, abs=1e-14)
    assert JB == pytest.approx(qutip_heat(H, cB, rho_qt), rel=1e-7, abs=1e-14)
    assert JA == pytest.approx(
        c.local_current_exact(
            omega_A=wA, omega_B=wB, beta_A=1 / TA, beta_B=1 / TB, gamma_A=g, gamma_B=g, eps=eps
        ),
        rel=1e-7,
    )
