"""Long-time states from non-symmetric initial states (claims ck.iv.sector_steady_states and
ck.iv.f0_all_initial_states): the ladder decomposition, the sector formula against the Krylov
and dense kernel projections, and negative controls."""

import numpy as np
import pytest
import scipy.sparse as sp

from qthermo.core.coherence import l1_coherence
from qthermo.papers.cakmak import sectors as sec
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.model import close_atom_couplings, liouvillian_parts
from qthermo.papers.cakmak.sectors_claims import evaluate_claims, plot_sectors
from qthermo.papers.cakmak.symmetric import long_time_c_l1_closed_form

C = {"N_max": 3, "f0_values": [0.0, 1.0, 100.0], "seed": 5, "atol": 1e-10, "nbar": 10.0,
     "gamma0": 1.0}  # fmt: skip


@pytest.fixture(scope="module")
def table():
    return sec.sectors_table(C)


@pytest.mark.parametrize("N", [2, 3, 4, 5])
def test_ladders_form_an_orthonormal_basis_with_the_right_multiplicities(N):
    vecs = np.vstack([A for _, copies in sec.ladders(N) for A in copies])
    assert vecs.shape == (2**N, 2**N)
    np.testing.assert_allclose(vecs.conj() @ vecs.T, np.eye(2**N), atol=1e-12)
    from math import comb

    for top, copies in sec.ladders(N):  # multiplicity of J = top - N/2
        assert len(copies) == comb(N, top) - (comb(N, top + 1) if top < N else 0)


def test_ground_state_reproduces_the_symmetric_closed_form():
    for N in (2, 3, 4):
        rho = sec.sector_long_time(N, sec.initial_state("ground", N, 0), 10.0)
        assert l1_coherence(rho) == pytest.approx(long_time_c_l1_closed_form(N, 10.0)[0])


def test_sector_formula_matches_the_krylov_projection_at_N5():
    """An independent brute-force route (Krylov kernel projection, sparse) at N = 5."""
    N, nbar = 5, 3.0
    LH, Le, La = liouvillian_parts(*close_atom_couplings(N, gamma0=1.0, f0=1.0))
    sup = sp.csr_matrix(LH + (nbar + 1.0) * Le + nbar * La)
    rho0 = sec.initial_state("one_excitation", N, 0)
    kp = kernel_projection_krylov(sup, rho0)
    assert np.abs(kp.rho - sec.sector_long_time(N, rho0, nbar)).max() < 1e-10


def test_claims_pass(table):
    assert [c.status for c in evaluate_claims(table, C, [])] == ["pass", "pass"]


def test_initial_states_give_different_long_time_coherence(table):
    g = table[(table.N == 3) & (table.f0_over_gamma0 == 0.0)].set_index("state").c_l1_kernel
    assert g["one_excitation"] > g["ground"] + 1e-3 and g["antisymmetric"] != g["ground"]


# -- negative controls ---------------------------------------------------------------------


def test_control_symmetric_sector_only_fails():
    """Dropping every sector but the symmetric one (a wrong long-time state for non-symmetric
    inputs) is seen by the comparison the claim makes."""
    N, nbar = 3, 10.0
    rho0 = sec.initial_state("one_excitation", N, 0)
    top, (sym,) = sec.ladders(N)[0]
    x = nbar / (nbar + 1)
    p = x ** np.arange(N + 1)[::-1]
    w = np.real(np.einsum("ki,ij,kj->", sym.conj(), rho0, sym))
    wrong = w * np.einsum("k,ki,kj->ij", p / p.sum(), sym, sym.conj())
    assert np.abs(wrong - sec.sector_long_time(N, rho0, nbar)).max() > 1e-2


def test_control_deviation_above_tolerance_fails(table):
    bad = table.copy()
    bad.loc[bad.index[5], "max_abs_dev"] = 1e-6
    assert evaluate_claims(bad, C, [])[0].status == "fail"


def test_control_f0_dependent_long_time_value_fails(table):
    bad = table.copy()
    bad.loc[bad.f0_over_gamma0 == 100.0, "c_l1_kernel"] *= 1.001
    assert evaluate_claims(bad, C, [])[1].status == "fail"


def test_plot_draws(table):
    assert len(plot_sectors(table, C).axes) == 2
