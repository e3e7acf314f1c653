"""Claims tf.second_law.states, tf.engine.first_law and tf.engine.operates on the workflow's
tables (when a run's results are present) and on doctored copies that must fail."""

import numpy as np
import pandas as pd
import pytest

from qthermo.core.thermo import ThermodynamicsError, entropy_production
from qthermo.papers.tajima_funo import laws_claims as laws
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model
from qthermo.plumbing.paths import repo_root

RES = repo_root() / "results" / "tajima_funo"


def _tables():
    sig = {
        n: pd.DataFrame({c: [0.5, 1.0, 2.0] for c in cols})
        for n, cols in laws.SIGMA_COLUMNS.items()
    }
    carnot = pd.DataFrame({"medium": ["collective", "incoherent"], "work": [0.2, 0.1],
                           "heat_hot": [0.5, 0.4], "eta": [0.4, 0.25], "eta_carnot": [0.5, 0.5],
                           "first_law_residual": [1e-17, -1e-17],
                           "quench_work_scale": [0.4, 0.2]})  # fmt: skip
    fig4 = pd.DataFrame({"start": ["ground"] * 2, "work": [0.1, 0.2], "heat_hot": [0.3, 0.5],
                         "eta": [1 / 3, 0.4], "eta_carnot": [0.5, 0.5],
                         "first_law_residual": [0.0, 1e-18],
                         "quench_work_scale": [0.2, 0.4]})  # fmt: skip
    classical = pd.DataFrame({"power_cl": [0.01, 0.02], "eta_cl": [0.3, 0.3]})
    return sig, carnot, fig4, classical


def test_synthetic_tables_pass():
    sig, carnot, fig4, classical = _tables()
    assert laws.second_law_claim(sig, []).status == "pass"
    assert laws.first_law_claim(carnot, fig4, []).status == "pass"
    assert laws.operation_claim(carnot, fig4, classical, []).status == "pass"


@pytest.mark.parametrize("value", [-1e-3, np.nan, -np.inf])
def test_control_negative_or_missing_entropy_production_fails(value):
    sig, *_ = _tables()
    sig["friction"].loc[1, "sigma_bd"] = value
    c = laws.second_law_claim(sig, [])
    assert c.status == "fail" and c.measured["violations"] == 1


def test_control_first_law_violated_fails():
    _, carnot, fig4, _ = _tables()
    fig4.loc[0, "first_law_residual"] = 1e-6
    assert laws.first_law_claim(carnot, fig4, []).status == "fail"


@pytest.mark.parametrize(("rel", "status"), [(0.5e-9, "pass"), (2e-9, "fail")])
def test_first_law_tolerance_at_ordinary_scale_is_unchanged(rel, status):
    """Where W is not small against the quench works, the check is ROUNDOFF relative to W."""
    _, carnot, fig4, _ = _tables()
    fig4.loc[1, "first_law_residual"] = rel * 0.5  # max(|W|, |Q_H|) = 0.5, quench scale 0.4
    assert laws.first_law_claim(carnot, fig4, []).status == status


def _short_strokes(residual):
    """The 10x configuration's last Carnot cycle: W = 4.5e-9 from quench works of order 1."""
    _, carnot, fig4, _ = _tables()
    carnot.loc[1, ["work", "heat_hot", "quench_work_scale"]] = [4.5456e-9, 9.0929e-9, 1.0]
    carnot.loc[1, "first_law_residual"] = residual
    return laws.first_law_claim(carnot, fig4, [])


def test_short_strokes_round_off_of_w_is_not_a_violation():
    c = _short_strokes(-5.02e-16)  # measured: 5.5e-8 of W, round-off of quench works ~1
    assert c.status == "pass"
    assert c.measured["max_rel_residual"] == pytest.approx(5.02e-16 / 9.0929e-9)
    assert c.measured["max_residual_over_allowed"] < 0.1


def test_control_short_strokes_real_violation_fails():
    """A violation of 1e-4 of W (5e-13 absolute, 20 times the round-off floor) still fails."""
    assert _short_strokes(4.5e-13).status == "fail"


@pytest.mark.parametrize(
    ("frame", "column", "value"),
    [("carnot", "work", -0.1), ("fig4", "heat_hot", -0.3), ("carnot", "eta", 0.6),
     ("classical", "power_cl", -0.01)],
)  # fmt: skip
def test_control_a_cycle_that_is_not_an_engine_fails(frame, column, value):
    sig, carnot, fig4, classical = _tables()
    df = {"carnot": carnot, "fig4": fig4, "classical": classical}[frame]
    df.loc[0, column] = value
    if frame == "carnot" and column == "work":
        carnot.loc[0, "heat_hot"] = -0.5  # a refrigerator: W/Q_H > 0 but both signs wrong
    assert laws.operation_claim(carnot, fig4, classical, []).status == "fail"


def test_physics_control_wrong_reference_temperature_gives_negative_sigma():
    """Spohn's sigma is >= 0 only with the bath's own Gibbs state as reference: evaluated against
    a bath whose beta disagrees with its rates (detailed balance broken), sigma < 0 on some state."""
    N = 2
    good = two_n_state_model(N, beta=1.0)
    rng = np.random.default_rng(5)
    states = [np.diag(rng.dirichlet(np.ones(2 * N))).astype(complex) for _ in range(20)]
    assert min(entropy_production(good, r) for r in states) >= 0
    bath = good.baths[0]
    wrong = type(bath)(bath.name, 3.0, bath.jumps)  # rates of beta = 1, reference beta = 3
    sig = [entropy_production(good, r, [wrong], check_nonnegative=False) for r in states]
    assert min(sig) < 0
    with pytest.raises(ThermodynamicsError, match="negative entropy production"):
        for r in states:
            entropy_production(good, r, [wrong])  # the default guard refuses the value


@pytest.mark.skipif(not (RES / "incoherent.csv").exists(), reason="no workflow results here")
def test_workflow_tables_pass():
    from qthermo.plumbing.outputs import read_json

    recs = {c["id"]: c for c in read_json(repo_root() / "results/claims/tajima_funo_laws.json")}
    assert {recs[k]["status"] for k in recs} == {"pass"}
    assert recs["tf.engine.first_law"]["by_construction"]
