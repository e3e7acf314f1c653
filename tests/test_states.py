"""Density-matrix self-checks stop a job instead of passing a wrong state on."""

import numpy as np
import pytest

from qthermo.core.states import StateError, check_density_matrix, random_density, state_residuals


def test_valid_state_passes_and_is_returned():
    rho = np.diag([0.25, 0.75]).astype(complex)
    assert check_density_matrix(rho) is rho
    assert state_residuals(rho)["trace_error"] == 0.0


@pytest.mark.parametrize(
    ("rho", "msg"),
    [
        (np.diag([0.5, 0.6]), r"\|Tr rho - 1\| = 1\.000e-01"),
        (np.array([[0.5, 0.1], [0.3, 0.5]]), "rho - rho\\^dag"),
        (np.diag([1.2, -0.2]), "smallest eigenvalue -2"),
        (np.array([[np.nan, 0], [0, 1]]), "NaN"),
        (np.ones(3), "square"),
    ],
)
def test_invalid_states_raise_with_reason(rho, msg):
    with pytest.raises(StateError, match=msg):
        check_density_matrix(rho, what="test state")


@pytest.mark.parametrize(("n", "rank"), [(1, None), (4, None), (6, 2), (5, 1)])
def test_random_density_is_a_state_of_the_requested_rank(n, rank):
    rho = random_density(np.random.default_rng(7), n, rank)
    check_density_matrix(rho, tol=1e-12)
    assert np.linalg.matrix_rank(rho, tol=1e-10) == (n if rank is None else rank)
    np.testing.assert_array_equal(rho, random_density(np.random.default_rng(7), n, rank))
