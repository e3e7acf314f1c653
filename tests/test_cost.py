"""Cost estimates per job (qthermo.plumbing.cost) and the budget check before any job runs."""

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from qthermo.ledger.alternatives import get_dotted, set_dotted
from qthermo.plumbing.config import ConfigError, check_files
from qthermo.plumbing.cost import COST_MODELS, START, budget_problems, check_budget, estimate_jobs

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "config" / "config.yaml"
SCHEMA = ROOT / "workflow" / "schemas" / "config.schema.yaml"


@pytest.fixture(scope="module")
def defaults():
    return yaml.safe_load(DEFAULTS.read_text())


def test_defaults_reproduce_the_reference_times_and_fit_the_default_budget(defaults):
    for e in estimate_jobs(defaults, defaults):
        assert e.ratio == pytest.approx(1.0)
        assert e.seconds == pytest.approx(START + sum(s for _, s in COST_MODELS[e.job].parts))
    assert budget_problems(defaults, defaults) == []


def _physics(model, cfg, defaults):
    return sum(law(cfg) / law(defaults) * s for law, s in model.parts)


@pytest.mark.parametrize("job", sorted(COST_MODELS))
def test_every_named_key_exists_and_drives_the_estimate(defaults, job):
    """Doubling a named key adds work, or halving it removes work (a cap such as full_N_max)."""
    model = COST_MODELS[job]
    base = _physics(model, defaults, defaults)
    for key in model.keys:
        value = get_dotted(defaults, key)  # KeyError if the documented key does not exist
        changed = []
        for factor in (2, 0.5):
            if isinstance(value, list):
                more = [v * 7.0 if isinstance(v, (int, float)) else v for v in value]
                new = value + more if factor == 2 else value[: len(value) // 2]
            else:
                new = type(value)(value * factor)
            changed.append(_physics(model, set_dotted(defaults, key, new), defaults))
        assert changed[0] > base or changed[1] < base, key


def test_scaled_config_is_refused_by_a_small_budget_naming_job_and_keys(tmp_path):
    cfg = yaml.safe_load((ROOT / "config" / "scaled10x.yaml").read_text())
    cfg["budget"] = {"job_seconds": 100, "action": "refuse"}
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(cfg))
    with pytest.raises(ConfigError) as err:
        check_files([str(path)], defaults=DEFAULTS, schema=SCHEMA)
    msg = str(err.value)
    assert "kamimura_worst_case_data" in msg and "kamimura.worst_case.n_random" in msg
    assert "budget.job_seconds = 100" in msg
    assert "tajima_funo_fig4_data" not in msg  # estimated under 100 s: not named


def test_warn_action_reports_and_goes_on(defaults, capsys):
    cfg = copy.deepcopy(defaults)
    cfg["budget"] = {"job_seconds": START + 0.1, "action": "warn"}
    problems = check_budget(cfg, defaults)
    assert problems and all("over budget.job_seconds" in p for p in problems)
    assert "WARNING: job kamimura_worst_case_data" in capsys.readouterr().err


def test_workflow_refuses_before_scheduling(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "snakemake",
            "-n",
            "-s",
            str(ROOT / "Snakefile"),
            "-d",
            str(tmp_path),
            "--config",
            "budget={'job_seconds': 5}",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.returncode != 0
    assert "estimated work exceeds the budget" in out.stdout + out.stderr
    assert not (tmp_path / "results").exists()
