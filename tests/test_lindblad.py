"""numpy GKSL generators cross-checked against QuTiP."""

import numpy as np
import pytest
import qutip

from qthermo.core.states import random_density
from qthermo.core.superop import (
    dissipator,
    evolve,
    lindblad_rhs,
    liouvillian,
    model_liouvillian,
    unvec,
    vec,
)
from qthermo.papers.tajima_funo.two_n_state import rho_plus, two_n_state_model

rng = np.random.default_rng(1234)


def random_op(n):
    return rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))


def test_vec_roundtrip_matches_qutip_operator_to_vector():
    r = random_density(rng, 3)
    assert np.allclose(vec(r), qutip.operator_to_vector(qutip.Qobj(r)).full().ravel())
    assert np.allclose(unvec(vec(r)), r)


def test_dissipator_matches_qutip():
    r, L = random_density(rng, 4), random_op(4)
    ours = dissipator(r, L, 0.7)
    ref = 0.7 * qutip.lindblad_dissipator(qutip.Qobj(L)) * qutip.operator_to_vector(qutip.Qobj(r))
    assert np.allclose(ours, qutip.vector_to_operator(ref).full(), atol=1e-12)


def test_liouvillian_matches_qutip():
    H = random_op(3)
    H = H + H.conj().T
    Ls = [random_op(3), random_op(3)]
    rates = [0.3, 1.7]
    ours = liouvillian(H, zip(Ls, rates, strict=True))
    ref = qutip.liouvillian(
        qutip.Qobj(H), [np.sqrt(g) * qutip.Qobj(L) for L, g in zip(Ls, rates, strict=True)]
    )
    assert np.allclose(ours, ref.full(), atol=1e-12)


def test_model_liouvillian_acts_like_rhs():
    m = two_n_state_model(3, omega0=1.0, beta=0.8, gamma0=1.2)
    r = random_density(rng, 6)
    assert np.allclose(unvec(model_liouvillian(m) @ vec(r)), lindblad_rhs(m, r), atol=1e-12)


def test_model_liouvillian_built_once_per_model_and_read_only():
    """The full-model Liouvillian is cached per model object, cannot be edited in place, and is
    dropped with the model; a subset of baths is built afresh (and equals the direct build)."""
    import gc

    from qthermo.core import superop

    model = two_n_state_model(3, beta=1.0, gamma0=0.7)
    sup = model_liouvillian(model)
    assert model_liouvillian(model) is sup
    with pytest.raises(ValueError, match="read-only"):
        sup[0, 0] = 1.0
    direct = liouvillian(model.H, [(j.op, j.rate) for b in model.baths for j in b.jumps])
    assert np.array_equal(sup, direct)
    sub = model_liouvillian(model, model.baths[:1])
    assert sub is not model_liouvillian(model, model.baths[:1]) and sub.flags.writeable
    key = id(model)
    del model, sup
    gc.collect()
    assert key not in superop._MODEL_LIOUVILLIANS


def test_evolve_matches_qutip_mesolve():
    m = two_n_state_model(2, omega0=1.0, beta=1.0, gamma0=1.0)
    r0 = rho_plus(2, omega0=1.0, beta=1.0)
    times = np.linspace(0, 2.0, 21)
    ours = evolve(r0, model_liouvillian(m), times)
    c_ops = [np.sqrt(j.rate) * qutip.Qobj(j.op) for b in m.baths for j in b.jumps]
    res = qutip.mesolve(
        qutip.Qobj(m.H), qutip.Qobj(r0), times, c_ops, options={"atol": 1e-12, "rtol": 1e-10}
    )
    for k, st in enumerate(res.states):
        assert np.allclose(ours[k], st.full(), atol=1e-8)


def test_evolve_rejects_nonuniform_grid():
    m = two_n_state_model(1)
    with pytest.raises(ValueError, match="uniform"):
        evolve(rho_plus(1), model_liouvillian(m), np.array([0.0, 0.1, 0.3]))


@pytest.mark.parametrize(
    ("shape_a", "shape_b"), [((4, 4), (4, 4)), ((3, 5), (2, 7)), ((16, 16), (16, 16))]
)
@pytest.mark.parametrize("dtypes", [(float, complex), (complex, float), (complex, complex)])
def test_kron2_is_np_kron_bit_for_bit(shape_a, shape_b, dtypes):
    """Same products of the same dtypes: identical bytes, also for transposed (non-contiguous)
    inputs and signed zeros."""
    from qthermo.core.superop import kron2

    rng = np.random.default_rng(7)

    def draw(shape, dtype):
        x = rng.standard_normal(shape).astype(dtype)
        if dtype is complex:
            x = x + 1j * rng.standard_normal(shape)
            x[0, 0] = complex(-0.0, 0.0)
        return x

    a, b = draw(shape_a, dtypes[0]), draw(shape_b, dtypes[1])
    for x, y in ((a, b), (a.T, b), (a, b.T.conj())):
        got, want = kron2(x, y), np.kron(x, y)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.tobytes() == want.tobytes()
    # negative control: the factors swapped are a different matrix
    assert (
        kron2(b, a).shape != kron2(a, b).shape or kron2(b, a).tobytes() != np.kron(a, b).tobytes()
    )


def test_liouvillian_bytes_unchanged_by_kron2(monkeypatch):
    """The Liouvillian built with kron2 equals the one built with np.kron, bit for bit."""
    from qthermo.core import superop

    model = two_n_state_model(3, omega0=1.0, beta=1.0, gamma0=0.7)
    jumps = [(np.asarray(j.op), j.rate) for bath in model.baths for j in bath.jumps]
    fast = superop.liouvillian(model.H, jumps, 1.0)
    monkeypatch.setattr(superop, "kron2", np.kron)
    assert fast.tobytes() == superop.liouvillian(model.H, jumps, 1.0).tobytes()


def test_expm_memo_is_scipys_exponential_remembered_by_content(monkeypatch):
    import scipy.linalg as sla

    from qthermo.core import superop

    monkeypatch.setattr(superop, "_EXPM_MEMO", type(superop._EXPM_MEMO)())
    calls = []
    expm = sla.expm
    monkeypatch.setattr(superop.sla, "expm", lambda A: calls.append(1) or expm(A))
    rng = np.random.default_rng(4)
    A = rng.normal(size=(16, 16)) + 1j * rng.normal(size=(16, 16))
    first = superop.expm_memo(A)
    again = superop.expm_memo(A.copy())  # equal bytes, another array: one computation
    assert len(calls) == 1 and again is first
    assert np.array_equal(first, expm(A)) and not first.flags.writeable
    B = A.copy()
    B[3, 5] = np.nextafter(B[3, 5].real, np.inf) + 1j * B[3, 5].imag  # one ulp apart
    assert not np.array_equal(superop.expm_memo(B), first) and len(calls) == 2
    assert np.array_equal(superop.expm_memo(A.astype(np.complex64)), expm(A.astype(np.complex64)))
    big = np.zeros((superop.EXPM_MEMO_MAX_DIM + 1,) * 2)
    superop.expm_memo(big)
    assert len(superop._EXPM_MEMO) == 3  # the large matrix is not remembered
    with pytest.raises(ValueError, match="read-only"):
        first[0, 0] = 0.0


def test_expm_memo_drops_the_least_recently_used(monkeypatch):
    from qthermo.core import superop

    monkeypatch.setattr(superop, "_EXPM_MEMO", type(superop._EXPM_MEMO)())
    monkeypatch.setattr(superop, "EXPM_MEMO_SIZE", 2)
    a, b, c = (np.full((2, 2), x) for x in (0.1, 0.2, 0.3))
    superop.expm_memo(a)
    superop.expm_memo(b)
    superop.expm_memo(a)  # a is now the most recent
    superop.expm_memo(c)
    keys = [k[2] for k in superop._EXPM_MEMO]
    digest = {x: superop.hashlib.blake2b(m.tobytes(), digest_size=16).digest() for x, m in
              (("a", a), ("c", c))}  # fmt: skip
    assert keys == [digest["a"], digest["c"]]
