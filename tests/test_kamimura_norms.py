"""Exact operator norms used for the bounds agree with numerical diagonalisation."""

import pytest

from qthermo.core.dicke import collective_ops, m_body_operator
from qthermo.papers.kamimura.bounds import collective_x_norm, hermitian_norm, m_body_norm


@pytest.mark.parametrize("L", [3, 9, 31, 101, 201])
@pytest.mark.parametrize("dm", [0, 1, 2])
def test_m_body_norm_matches_diagonalisation(L, dm):
    m = L - dm
    assert m_body_norm(L, m, 0.7) == pytest.approx(
        hermitian_norm(m_body_operator(L, m, 0.7)), rel=1e-10
    )


@pytest.mark.parametrize("L", [3, 10, 101, 301])
def test_collective_x_norm_matches_diagonalisation(L):
    A = (2.0 * 1.3 * collective_ops(L).Jx).tocsr()
    assert collective_x_norm(L, 1.3) == pytest.approx(hermitian_norm(A), rel=1e-10)
