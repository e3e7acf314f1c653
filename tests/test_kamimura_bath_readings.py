"""Bath readings (claims kytm.broadband.*, kytm.parallel.bath_reading, kytm.eq11.norm): the Ohmic
bath against brute force (its Fourier pair, detailed balance, Gibbs fixed point, the 2^L space),
the parallel scheme's 2^L evolution against QuTiP's mesolve, the claims, and negative controls."""

import math

import numpy as np
import pytest
import qutip
import scipy.sparse as sp
import yaml
from scipy.integrate import quad

from qthermo.core.dicke import collective_ops, full_collective_ops, full_m_body_operator, m_values
from qthermo.papers.kamimura import bath_readings as br
from qthermo.papers.kamimura.bath_readings_claims import evaluate_claims
from qthermo.papers.kamimura.bounds import current_operator, hermitian_norm, m_body_norm
from qthermo.papers.kamimura.broadband import (
    ohmic_correlation,
    ohmic_eta,
    ohmic_rate,
    ohmic_version,
    xi_ohmic,
)
from qthermo.papers.kamimura.dissipators import bohr_components, gksl_dissipator
from qthermo.papers.kamimura.models import eq12_heat_current, heat_current, m_body_model
from qthermo.papers.kamimura.tables import models_at
from qthermo.plumbing.paths import repo_root

KY = yaml.safe_load((repo_root() / "config/config.yaml").read_text())["kamimura"]
C = {**KY["scaling"], **KY["bath_readings"], "L_max": 401, "fit_L_min": 100, "fit_L_max": 401,
     "full_L_max": 5, "omega_c_values": [3.0, 1000.0], "full_rtol": KY["burst"]["rtol"],
     **{k: KY["claims"][k] for k in ("eq_rtol", "exponent_atol", "burst_exponent_atol",
                                     "bound_rtol")}}  # fmt: skip
IDS = [
    "kytm.broadband.bounds_hold",
    "kytm.broadband.constant_gap_exponents",
    "kytm.broadband.gap_growing_exponents",
    "kytm.parallel.bath_reading",
    "kytm.eq11.norm",
]


@pytest.fixture(scope="module")
def tables():
    return br.broadband_table(C), br.parallel_bath_table(C, KY["burst"])


def _status(bb, pb, k):
    return evaluate_claims(bb, pb, C, [])[k].status


# -- the Ohmic bath ------------------------------------------------------------------------


@pytest.mark.parametrize("beta", [0.5, 2.0])
def test_detailed_balance(beta):
    w = np.linspace(0.05, 8, 50)
    up, down = (
        ohmic_rate(-w, eta=1.3, omega_c=4.0, beta=beta),
        ohmic_rate(w, eta=1.3, omega_c=4.0, beta=beta),
    )
    np.testing.assert_allclose(up, down * np.exp(-beta * w), rtol=1e-12)
    assert np.all(ohmic_rate(-w, eta=1.0, omega_c=4.0, beta=math.inf) == 0)


def test_normalisation_matches_rate_at_qubit_frequency():
    eta = ohmic_eta(rate=0.7, omega_q=1.0, omega_c=10.0, beta=1.0)
    assert float(ohmic_rate(1.0, eta=eta, omega_c=10.0, beta=1.0)) == pytest.approx(0.7, rel=1e-14)


@pytest.mark.parametrize("beta", [math.inf, 1.0])
def test_correlation_is_the_fourier_pair_of_the_rate(beta):
    """Brute force: gamma(w) = int C(s) e^{i w s} ds by quadrature over s."""
    kw = dict(eta=1.0, omega_c=3.0, beta=beta)
    for w in (0.7, 2.0, -1.0):
        # 2 Re int_0^inf C(s) e^{iws} ds = 2 int (Re C cos(ws) - Im C sin(ws)) ds (QUADPACK QAWF)
        re_c = quad(lambda s: np.real(ohmic_correlation(s, **kw)), 0, np.inf, weight="cos",
                    wvar=abs(w))[0]  # fmt: skip
        im_c = quad(lambda s: np.imag(ohmic_correlation(s, **kw)), 0, np.inf, weight="sin",
                    wvar=abs(w))[0]  # fmt: skip
        re = 2 * (re_c - np.sign(w) * im_c)
        assert re == pytest.approx(float(ohmic_rate(w, **kw)), rel=1e-6, abs=1e-9)


def test_thermal_correlation_against_bose_series():
    """Independent route: coth = 1 + 2 sum_k e^{-k beta w} gives Re C as a sum of rationals."""
    eta, wc, beta = 1.0, 3.0, 1.0
    for s in (0.0, 0.4, 2.5):
        a = 1 / wc + beta * np.arange(1, 200001)
        a_h = a[-1] + beta / 2  # midpoint rule for the tail: int (a^2-s^2)/(a^2+s^2)^2 da
        tail = a_h / (a_h**2 + s**2) / beta
        series = eta / math.pi * (np.sum((a**2 - s**2) / (a**2 + s**2) ** 2) + tail)
        c0 = eta / (2 * math.pi) * wc**2 / (1 + 1j * wc * s) ** 2
        got = ohmic_correlation(s, eta=eta, omega_c=wc, beta=beta)
        assert np.real(got) == pytest.approx(np.real(c0) + series, rel=1e-7)
        assert np.imag(got) == pytest.approx(np.imag(c0), rel=1e-12)


def test_xi_closed_form_and_dominates_rates():
    assert xi_ohmic(eta=2.0, omega_c=5.0, beta=math.inf) == 2.5
    assert xi_ohmic(eta=2.0, omega_c=5.0, beta=1e4) == pytest.approx(2.5, rel=1e-3)
    for beta in (math.inf, 1.0, 0.3):
        xi = xi_ohmic(eta=1.0, omega_c=5.0, beta=beta)
        w = np.linspace(-30, 30, 2001)
        # |gamma(w)| = |int C e^{iws} ds| <= 2 int_0^inf |C| ds: what the bounds rely on
        assert np.max(ohmic_rate(w, eta=1.0, omega_c=5.0, beta=beta)) <= 2 * xi * (1 + 1e-6)


def test_gibbs_state_is_fixed_point_of_ohmic_superabsorber():
    L, beta = 5, C["beta_sa"]
    mod = dict(models_at(L, {**C, "bath": "ohmic", "omega_c": 4.0}))["superabsorption"]
    eta = mod.params["eta"]
    D = gksl_dissipator(mod.energies, mod.channels[0].A,
                        lambda w: 0.5 * ohmic_rate(w, eta=eta, omega_c=4.0, beta=beta))  # fmt: skip
    p = np.exp(-beta * (mod.energies - mod.energies.min()))
    rho = np.diag(p / p.sum())
    assert np.max(np.abs(D(rho))) < 1e-13
    # entropy production of a non-equilibrium diagonal state is positive: heat flows toward Gibbs
    hot = np.diag(np.full(L + 1, 1 / (L + 1)))
    assert float(np.real(np.sum(mod.energies * np.diag(D(hot))))) < 0


def test_ohmic_m_body_against_closed_form_and_2L_space():
    """J(0) = Eq. (12) gamma(m omega_q)/gamma(omega_q) (one jump of m omega_q from |L/2>), in the
    Dicke space and in the full 2^L space built from tensor products."""
    wc, g, L = 4.0, C["g"], 5
    for m in (L, L - 1, L - 2):
        mod = dict(models_at(L, {**C, "bath": "ohmic", "omega_c": wc}))[
            {0: "m=L", 1: "m=L-1", 2: "m=L-2"}[L - m]
        ]
        eta = mod.params["eta"]
        ratio = float(ohmic_rate(m * C["omega_q"], eta=eta, omega_c=wc, beta=math.inf)) / (
            C["gamma_wn"] / g**2
        )
        expect = eq12_heat_current(L, m, gamma_wn=C["gamma_wn"], omega_q=C["omega_q"]) * ratio
        assert heat_current(mod) == pytest.approx(expect, rel=1e-12)
        F = full_collective_ops(L)
        E = C["omega_q"] * F.Jz.diagonal()
        comps = bohr_components(E, full_m_body_operator(L, m, g))
        X = current_operator(E, [(A, float(ohmic_rate(w, eta=eta, omega_c=wc, beta=math.inf)))
                                 for w, A in comps.items()])  # fmt: skip
        top = np.zeros(2**L)
        top[int(np.argmax(E))] = 1.0
        assert float(np.real(top @ (X @ top))) == pytest.approx(expect, rel=1e-12)


def test_ohmic_superradiance_keeps_eq17():
    mod = dict(models_at(7, {**C, "bath": "ohmic", "omega_c": 3.0}))["superradiance"]
    assert heat_current(mod) == pytest.approx(mod.J_formula, rel=1e-12)


def test_ohmic_version_only_changes_the_bath():
    base = m_body_model(5, 3, g=1.0, omega_q=1.0, gamma_wn=1.0)
    new = ohmic_version(base, base.channels[0].A, rate_at_wq=1.0, omega_c=2.0, beta=math.inf)
    assert new.channels[0].norm_A == base.channels[0].norm_A
    assert new.channels[0].delta_E == base.channels[0].delta_E
    assert new.channels[0].xi == pytest.approx(new.params["eta"] * 2.0 / 4)


def test_m_body_norm_against_lanczos():
    for L in (3, 8, 70):
        for m in (L, L - 1, L - 2):
            A = m_body_model(L, m, g=1.3, omega_q=1.0, gamma_wn=1.0).channels[0].A
            assert hermitian_norm(A) == pytest.approx(m_body_norm(L, m, 1.3), rel=1e-10)
            assert m_body_norm(L, m, 1.3) == pytest.approx(1.3 * L, rel=1e-14)


# -- the parallel scheme -------------------------------------------------------------------


def test_common_parallel_is_collective_in_dicke_space():
    L = 5
    mod = dict(models_at(L, {**C, "parallel_bath": "common"}))["parallel"]
    ops = collective_ops(L)
    X = current_operator(C["omega_q"] * m_values(L), [(ops.Jm, C["gamma_0"])])
    assert abs(mod.X - X).max() < 1e-12 and mod.channels[0].multiplicity == 1
    assert sp.issparse(mod.X)


def test_full_space_parallel_matches_table(tables):
    _, pb = tables
    full = pb.dropna(subset=["J0_full"])
    assert set(full.L) == {3, 5}
    np.testing.assert_allclose(full.J0_full, full.J0, rtol=1e-12)
    com = full[full.reading == "common"]
    np.testing.assert_allclose(com.J_peak_full, com.J_peak, rtol=1e-6)
    assert full[full.reading == "independent"].J_peak_full.isna().all()  # its peak is J(0)


def _qutip_parallel(L, reading, times):
    """J(t) by QuTiP's mesolve (test oracle): jumps sqrt(gamma_0) sigma_-^(i) or sqrt(gamma_0)
    sum_i sigma_-^(i) from all excited, J = Tr[H D(rho)] with H = (omega_q/2) sum sigma_z."""
    ident = [qutip.qeye(2)] * L

    def site(op, i):
        ops = list(ident)
        ops[i] = op
        return qutip.tensor(ops)

    H = sum(site(qutip.sigmaz(), i) for i in range(L)) * (C["omega_q"] / 2)
    lows = [site(qutip.sigmam(), i) for i in range(L)]
    g0 = np.sqrt(C["gamma_0"])
    c_ops = [g0 * s for s in lows] if reading == "independent" else [g0 * sum(lows)]
    rho0 = qutip.ket2dm(qutip.tensor([qutip.basis(2, 0)] * L))
    D = sum(qutip.lindblad_dissipator(op) for op in c_ops)
    res = qutip.mesolve(0 * H, rho0, [0.0, *times], c_ops, options={"atol": 1e-12, "rtol": 1e-10})
    return [
        float(np.real((H * qutip.vector_to_operator(D * qutip.operator_to_vector(r))).tr()))
        for r in res.states
    ]


@pytest.mark.parametrize("L", [2, 3, 4, 5])
@pytest.mark.parametrize("reading", br.READINGS)
def test_full_space_parallel_against_qutip(L, reading):
    """The package's 2^L evolution (expm_multiply of the sparse Liouvillian) against mesolve:
    agreement to 1e-8 relative to |J(0)| = gamma_0 omega_q L (mesolve rtol 1e-10)."""
    times = [0.05, 0.2, 0.7, 2.0]
    ours = br.full_space_parallel(L, reading, omega_q=C["omega_q"], gamma0=C["gamma_0"],
                                  times=times)  # fmt: skip
    ref = _qutip_parallel(L, reading, times)
    scale = C["gamma_0"] * C["omega_q"] * L
    assert np.max(np.abs(np.array(ours) - np.array(ref))) / scale < 1e-8


def test_independent_reading_decays_from_its_peak_at_t0():
    """What the table takes by construction (independent peak = J(0)): in the 2^L space J(t) =
    J(0) e^{-gamma_0 t}, so |J| is largest at t = 0."""
    times = np.linspace(0.0, 3.0, 13)[1:]
    L, g0 = 5, C["gamma_0"]
    J = br.full_space_parallel(L, "independent", omega_q=C["omega_q"], gamma0=g0,
                               times=list(times))  # fmt: skip
    np.testing.assert_allclose(J[1:], J[0] * np.exp(-g0 * times), rtol=1e-9)
    assert J[0] == pytest.approx(-g0 * C["omega_q"] * L, rel=1e-12)


# -- claims and negative controls ----------------------------------------------------------


def test_claims_outcomes(tables):
    claims = evaluate_claims(*tables, C, [])
    assert [c.id for c in claims] == IDS
    assert [c.status for c in claims] == ["pass", "pass", "fail", "pass", "pass"]
    assert claims[2].expected_outcome == "fail"
    assert claims[0].measured["max_ratio_bound1"] == pytest.approx(2 / math.e, rel=1e-12)


def test_control_narrowband_xi_violates_bound(tables):
    """Bound 1 with the narrow-band/white-noise Xi (not the Ohmic bath's) is exceeded."""
    bb, pb = tables
    bad = bb.assign(bound1=bb.bound1_default_xi, bound2=bb.bound2_default_xi)
    assert _status(bad, pb, 0) == "fail"


def test_control_wrong_constant_gap_exponent(tables):
    bb, pb = tables
    bad = bb.copy()
    sr = bad.model == "superradiance"
    bad.loc[sr, "J0"] = bad.J0[sr] / np.sqrt(bad.L[sr])
    assert _status(bad, pb, 1) == "fail"


def test_control_white_noise_data_makes_gap_claim_pass(tables):
    """The expected failure is the bath's doing: the same check on the default (white-noise)
    currents passes."""
    bb, pb = tables
    assert _status(bb.assign(J0=bb.J0_default), pb, 2) == "pass"


def test_control_parallel_without_burst_fails(tables):
    bb, pb = tables
    bad = pb.copy()
    com = bad.reading == "common"
    bad.loc[com, "J_peak"] = bad.J0[com]  # no collective burst: peak Theta(L), not L^2
    assert _status(bb, bad, 3) == "fail"
    bad = pb.copy()
    bad.loc[bad.J0_full.notna(), "J0_full"] *= 1 + 1e-5
    assert _status(bb, bad, 3) == "fail"
    bad = pb.copy()  # the common burst peak is checked against the 2^L space too
    bad.loc[bad.J_peak_full.notna(), "J_peak_full"] *= 1 + 1e-5
    assert _status(bb, bad, 3) == "fail"


def test_control_wrong_norm_fails(tables):
    bb, pb = tables
    bad = bb.copy()
    bad.loc[bad.model == "m=L-2", "norm_A"] *= 1 + 1e-6
    assert _status(bad, pb, 4) == "fail"


def test_worst_case_refuses_non_default_bath_readings():
    from qthermo.papers.kamimura.worst_case import worst_case_table

    for override in ({"bath": "ohmic"}, {"parallel_bath": "common"}):
        with pytest.raises(ValueError, match="kamimura.scaling.bath = .* default readings"):
            worst_case_table({**C, **override}, KY["worst_case"])


@pytest.mark.parametrize("L", [9, 41])
@pytest.mark.parametrize("name", ["m=L-1", "superradiance", "superabsorption"])
def test_stacked_ohmic_x_agrees_with_current_operator_on_the_bohr_components(name, L):
    """The Ohmic X of one stacked sparse product (bohr_current_operator) against the
    brute-force sum of current_operator over every Bohr component, entry by entry."""
    from qthermo.papers.kamimura.broadband import ohmic_rate, ohmic_version

    c = {"g": 1.0, "omega_q": 1.0, "gamma_wn": 1.0, "gamma_0": 1.0, "Omega": 0.3,
         "beta_sa": 1.0}  # fmt: skip
    base = dict(models_at(L, c))[name]
    for wc, beta in ((3.0, math.inf), (10.0, 1.0), (0.5, 2.0)):
        mod = ohmic_version(base, base.channels[0].A, rate_at_wq=1.0, omega_c=wc, beta=beta)
        eta = mod.params["eta"]
        comps = bohr_components(base.energies, base.channels[0].A)
        rates = [float(ohmic_rate(w, eta=eta, omega_c=wc, beta=beta)) for w in comps]
        ref = current_operator(base.energies, list(zip(comps.values(), rates, strict=True)))
        scale = abs(ref).max()
        assert scale > 0
        assert abs(mod.X - ref).max() <= 1e-13 * scale
