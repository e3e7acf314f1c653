"""Configuration validation: every bad value is rejected naming the key and the value."""

import copy
import math
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from qthermo.plumbing.config import ConfigError, load_schemas, validate_config

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "workflow" / "schemas" / "config.schema.yaml"


def default_config():
    return yaml.safe_load((ROOT / "config" / "config.yaml").read_text())


def set_key(cfg, dotted, value):
    keys = dotted.split(".")
    d = cfg
    for k in keys[:-1]:
        d = d[k]
    d[keys[-1]] = value


def del_key(cfg, dotted):
    keys = dotted.split(".")
    d = cfg
    for k in keys[:-1]:
        d = d[k]
    del d[keys[-1]]


def test_defaults_are_valid():
    validate_config(default_config(), SCHEMAS)


def test_every_config_section_has_a_schema_and_vice_versa():
    assert set(default_config()) == set(load_schemas(SCHEMAS))


BAD = [
    # (dotted key, bad value, text expected in the message)
    ("numerics.support_tol", -1.0, "-1.0"),
    ("numerics.support_tol", "small", "'small'"),
    ("tajima_funo.fig1.beta", -1.0, "-1.0"),  # negative temperature
    ("tajima_funo.fig1.beta", 0, "0"),
    ("tajima_funo.fig1.beta", math.nan, "nan"),
    ("tajima_funo.fig1.omega0", math.inf, "inf"),
    ("tajima_funo.fig1.omega0", None, "None"),
    ("tajima_funo.fig1.gamma0", "inf", "'inf'"),
    ("tajima_funo.fig1.N_max", 0, "0"),  # N < 1
    ("tajima_funo.fig1.N_max", 12.5, "12.5"),  # wrong type
    ("tajima_funo.fig1.N_max", 10**6, "1000000"),
    ("tajima_funo.fig1.n_points", "30", "'30'"),
    ("tajima_funo.fig1.fit_N_min", 1, "1"),
    ("tajima_funo.fig1.eq_rtol", 1.0, "1.0"),
    ("tajima_funo.fig1.exponent_atol", True, "True"),
    ("tajima_funo.hbar", 0.0, "0.0"),
    ("tajima_funo.fig1", [], "[]"),
    ("numerics", None, "None"),
]


@pytest.mark.parametrize(("key", "value", "shown"), BAD, ids=[f"{k}={v!r}" for k, v, _ in BAD])
def test_bad_value_rejected_naming_key_and_value(key, value, shown):
    cfg = default_config()
    set_key(cfg, key, value)
    with pytest.raises(ConfigError) as err:
        validate_config(cfg, SCHEMAS)
    assert key in str(err.value)
    assert shown in str(err.value)


@pytest.mark.parametrize(
    ("mutate", "shown"),
    [
        (lambda c: set_key(c, "tajima_funo.fig1.foo", 1), "'foo'"),
        (lambda c: c.update({"tajmia_funo": {}}), "'tajmia_funo'"),
        (lambda c: del_key(c, "tajima_funo.fig1.omega0"), "'omega0' is a required property"),
        (lambda c: del_key(c, "numerics"), "'numerics' is a required property"),
    ],
    ids=["unknown-nested-key", "unknown-top-level-key", "missing-key", "missing-section"],
)
def test_structural_errors_rejected(mutate, shown):
    cfg = default_config()
    mutate(cfg)
    with pytest.raises(ConfigError, match="invalid configuration") as err:
        validate_config(cfg, SCHEMAS)
    assert shown in str(err.value)


def _numeric_leaves(schema, prefix):
    props = schema.get("properties", {})
    for name, sub in sorted(props.items()):
        path = f"{prefix}.{name}"
        if sub.get("type") == "object":
            yield from _numeric_leaves(sub, path)
        elif {"number", "integer"} & set(np.atleast_1d(sub.get("type", [])).tolist()):
            yield path, sub  # plain or nullable ("type: [number, 'null']") numeric keys


def _generic_cases():
    cases = []
    for section, schema in sorted(load_schemas(SCHEMAS).items()):
        for path, sub in _numeric_leaves(schema, section):
            cases.append((path, "not-a-number"))
            if "minimum" in sub:
                cases.append((path, sub["minimum"] - 1))
            if "exclusiveMinimum" in sub:
                cases.append((path, sub["exclusiveMinimum"]))
            if "maximum" in sub:
                cases.append((path, sub["maximum"] + 1))
    return cases


@pytest.mark.parametrize(("key", "value"), _generic_cases())
def test_every_numeric_key_rejects_wrong_type_and_out_of_range(key, value):
    """Generated from the schemas: covers every section's numeric keys, present and future."""
    cfg = default_config()
    try:
        set_key(cfg, key, value)
    except (KeyError, TypeError):
        pytest.skip(f"{key} is optional and absent from the defaults")
    with pytest.raises(ConfigError) as err:
        validate_config(cfg, SCHEMAS)
    assert key in str(err.value)


@pytest.mark.workflow
@pytest.mark.parametrize(
    ("override", "shown"),
    [
        ("tajima_funo:\n  fig1:\n    beta: -2.0\n", "tajima_funo.fig1.beta"),
        ("tajima_funo:\n  fig1:\n    N_max: 0\n", "tajima_funo.fig1.N_max"),
        ("unknown_section:\n  x: 1\n", "unknown_section"),
    ],
)
def test_snakemake_stops_before_any_job_and_writes_nothing(tmp_path, override, shown):
    shutil.copy(ROOT / "Snakefile", tmp_path / "Snakefile")
    for d in ("workflow", "config", "src", "profiles", "envs", "baseline", "tests"):
        shutil.copytree(ROOT / d, tmp_path / d, ignore=shutil.ignore_patterns("__pycache__"))
    bad = tmp_path / "bad.yaml"
    bad.write_text(override)
    res = subprocess.run(
        [sys.executable, "-m", "snakemake", "--cores", "1", "--configfile", str(bad)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode != 0
    assert shown in res.stdout + res.stderr
    assert not (tmp_path / "results").exists()
    assert not (tmp_path / "figures").exists()


def test_default_config_is_not_mutated_by_validation():
    cfg = default_config()
    before = copy.deepcopy(cfg)
    validate_config(cfg, SCHEMAS)
    assert cfg == before


def test_nested_command_line_overrides_are_typed_by_the_schema():
    """Snakemake reads nested --config values with YAML's BaseLoader: every scalar is a string."""
    from qthermo.plumbing.config import coerce_strings, load_schema

    cfg = default_config()
    cfg["tajima_funo"]["fig1"]["beta"] = "2.0"
    cfg["tajima_funo"]["fig1"]["N_max"] = "200"
    cfg["numerics"]["support_tol"] = "null"
    coerce_strings(cfg, load_schema(SCHEMAS))
    assert cfg["tajima_funo"]["fig1"]["beta"] == 2.0
    assert cfg["tajima_funo"]["fig1"]["N_max"] == 200
    assert cfg["numerics"]["support_tol"] is None
    validate_config(cfg, SCHEMAS)
    cfg["tajima_funo"]["fig1"]["beta"] = "two"
    with pytest.raises(ConfigError, match="tajima_funo.fig1.beta.*'two'"):
        validate_config(cfg, SCHEMAS)


def test_only_command_line_values_are_typed():
    from qthermo.plumbing.config import apply_cli_overrides

    cfg = default_config()
    apply_cli_overrides(cfg, {"tajima_funo": {"fig1": {"beta": "0.5"}}}, SCHEMAS)
    assert cfg["tajima_funo"]["fig1"]["beta"] == 0.5
    validate_config(cfg, SCHEMAS)
    cfg["tajima_funo"]["fig1"]["n_points"] = "30"  # quoted in a config file: still an error
    with pytest.raises(ConfigError, match="n_points"):
        validate_config(cfg, SCHEMAS)


def test_no_command_line_overrides_leave_the_config_and_do_not_read_the_schema(tmp_path):
    from qthermo.plumbing.config import apply_cli_overrides

    cfg = default_config()
    want = copy.deepcopy(cfg)
    missing = tmp_path / "no-such.schema.yaml"  # would raise ConfigError if it were read
    assert apply_cli_overrides(cfg, {}, missing) is cfg
    assert cfg == want
    with pytest.raises(ConfigError, match="schema file not found"):
        apply_cli_overrides(cfg, {"tajima_funo": {"fig1": {"beta": "0.5"}}}, missing)
