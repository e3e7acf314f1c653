"""Cross-parameter constraints: each one is rejected at validation time (before any job runs)
with a message naming every key involved and its value."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from qthermo.plumbing.config import ConfigError, validate_config
from qthermo.plumbing.constraints import check_constraints

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "workflow" / "schemas" / "config.schema.yaml"
DEFAULT = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())


def _with(overrides: dict[str, object]) -> dict:
    cfg = copy.deepcopy(DEFAULT)
    for dotted, value in overrides.items():
        *path, last = dotted.split(".")
        d = cfg
        for k in path:
            d = d[k]
        d[last] = value
    return cfg


CASES = [
    # (id, overrides, texts that must all appear in the message)
    (
        "kytm.family panel beyond the eq12 table",
        {"kamimura.family.panel_L": [10, 40]},
        ["'kamimura.family.panel_L' = [10, 40]", "'kamimura.scaling.eq12_all_m_L_max' = 30"],
    ),
    (
        "ck.dipolar_regime without the Fig. 3 nbar",
        {"cakmak.dipolar_regime.nbar_values": [1.0, 3.0, 30.0]},
        ["'cakmak.fig3.nbar' = 10.0", "'cakmak.dipolar_regime.nbar_values' = [1.0, 3.0, 30.0]"],
    ),
    (
        "ck.dipolar_regime fit window beyond the nbar grid",
        {"cakmak.dipolar_regime.fit_nbar_min": 50.0},
        ["'cakmak.dipolar_regime.fit_nbar_min' = 50.0", "holds 1"],
    ),
    (
        "tf.incoherent fit window beyond the N grid",
        {"tajima_funo.incoherent.fit_N_min": 100},
        ["'tajima_funo.incoherent.fit_N_min' = 100", "'tajima_funo.incoherent.N_max' = 64"],
    ),
    (
        "tf.incoherent family at the Gibbs population",
        {"tajima_funo.incoherent.family_P_e": 1.0 / (1.0 + 2.718281828459045)},
        ["'tajima_funo.incoherent.family_P_e'", "'tajima_funo.fig1.beta' = 1.0", "Gibbs"],
    ),
    (
        "tf.fig1 fit window beyond the N grid",
        {"tajima_funo.fig1.fit_N_min": 200},
        ["'tajima_funo.fig1.fit_N_min' = 200", "'tajima_funo.fig1.N_max' = 128", "holds 0"],
    ),
    (
        "tf.carnot fit window beyond the N grid",
        {"tajima_funo.carnot.fit_N_min": 256},
        ["'tajima_funo.carnot.fit_N_min' = 256", "'tajima_funo.carnot.N_max' = 256", "holds 1"],
    ),
    (
        "tf.superradiant equal temperatures",
        {"tajima_funo.superradiant.beta_c": 1.1},
        [
            "'tajima_funo.superradiant.beta_h' = 1.1",
            "'tajima_funo.superradiant.beta_c' = 1.1",
            "hotter",
        ],
    ),
    (
        "tf.carnot hot colder than cold",
        {"tajima_funo.carnot.beta_h": 3.0},
        ["'tajima_funo.carnot.beta_h' = 3.0", "'tajima_funo.carnot.beta_c' = 2.0", "hotter"],
    ),
    (
        "tf.superradiant not an engine",
        {"tajima_funo.superradiant.omega_h": 2.0},
        [
            "'tajima_funo.superradiant.omega_h' = 2.0",
            "'tajima_funo.superradiant.omega_c' = 1.0",
            "'tajima_funo.superradiant.beta_c' = 2.1",
            "does no work",
        ],
    ),
    (
        "tf.fig1 Boltzmann factor underflows",
        {"tajima_funo.fig1.beta": 100.0, "tajima_funo.fig1.omega0": 10.0},
        ["'tajima_funo.fig1.beta' = 100.0", "'tajima_funo.fig1.omega0' = 10.0", "= 1000"],
    ),
    (
        "kamimura worst case under a non-default bath reading",
        {"kamimura.scaling.bath": "ohmic"},
        ["'kamimura.scaling.bath' = 'ohmic'", "'kamimura.scaling.parallel_bath' = 'independent'"],
    ),
    (
        "kamimura m_full > L_full",
        {"kamimura.rwa.L_full": 2, "kamimura.rwa.m_full": 7},
        ["'kamimura.rwa.m_full' = 7", "'kamimura.rwa.L_full' = 2"],
    ),
    (
        "kamimura omega_q/Omega integer",
        {"kamimura.scaling.Omega": 0.5},
        ["'kamimura.scaling.omega_q' = 1.0", "'kamimura.scaling.Omega' = 0.5", "= 2.0"],
    ),
    (
        "kamimura claims fit window outside the sweep",
        {"kamimura.claims.fit_L_min": 2000, "kamimura.claims.fit_L_max": 3000},
        [
            "'kamimura.claims.fit_L_min' = 2000",
            "'kamimura.claims.fit_L_max' = 3000",
            "'kamimura.scaling.L_max' = 1001",
        ],
    ),
    (
        "kamimura worst-case fit window outside the sweep",
        {"kamimura.worst_case.L_max": 51},
        ["'kamimura.worst_case.fit_L_min' = 100", "'kamimura.worst_case.L_max' = 51"],
    ),
    (
        "kamimura L_small_max > L_max",
        {"kamimura.worst_case.L_small_max": 51, "kamimura.worst_case.L_max": 31},
        ["'kamimura.worst_case.L_small_max' = 51", "'kamimura.worst_case.L_max' = 31"],
    ),
    (
        "cakmak fit degree needs more N points",
        {"cakmak.fig4.N_min": 2, "cakmak.fig4.N_max": 4},
        ["'cakmak.fig4.fit_degree' = 3", "'cakmak.fig4.N_max' = 4", "gives 3"],
    ),
    (
        "cakmak N_dense_max > N_log_max",
        {"cakmak.beyond.N_dense_max": 300, "cakmak.beyond.N_log_max": 100},
        ["'cakmak.beyond.N_dense_max' = 300", "'cakmak.beyond.N_log_max' = 100"],
    ),
    (
        "cakmak unphysical squeezed bath",
        {"cakmak.heat_exchange.M_abs": 2.0},
        ["'cakmak.heat_exchange.M_abs' = 2.0", "'cakmak.heat_exchange.N' = 0.7"],
    ),
    (
        "cakmak coherence measures without the Fig. 4 nbar",
        {"cakmak.coherence_measures.nbar_values": [1.0, 3.0]},
        ["'cakmak.fig4.nbar' = 10.0", "'cakmak.coherence_measures.nbar_values' = [1.0, 3.0]"],
    ),
    (
        "cakmak coherence slope window beyond the N grid",
        {"cakmak.coherence_measures.fit_N_min": 200000},
        [
            "'cakmak.coherence_measures.fit_N_min' = 200000",
            "'cakmak.coherence_measures.N_max' = 100000",
        ],
    ),
    (
        "cakmak coherence slope window inside the O(nbar/N) correction",
        {"cakmak.coherence_measures.fit_N_min": 1000},
        [
            "'cakmak.coherence_measures.fit_N_min' = 1000",
            "'cakmak.coherence_measures.slope_rtol' = 0.01",
            "0.1 exceeds",
        ],
    ),
    (
        "kamimura even-L fit window outside the sweep",
        {"kamimura.even_L.fit_L_min": 2000, "kamimura.even_L.fit_L_max": 3000},
        ["'kamimura.even_L.fit_L_min' = 2000", "'kamimura.even_L.L_max' = 1000", "even L"],
    ),
    (
        "diosi plot pair off the grid",
        {"diosi.incoherent.plot_pairs": [[0.2, 0.1], [3.0, 0.5]]},
        ["'diosi.incoherent.plot_pairs'", "[[3.0, 0.5]] not on the grid", "temperatures"],
    ),
    (
        "diosi plot pair in the wrong order",
        {"diosi.incoherent.plot_pairs": [[0.1, 0.2]]},
        ["[[0.1, 0.2]] not on the grid", "T_A > T_B"],
    ),
    (
        "diosi fit window below the eps grid",
        {"diosi.incoherent.fit_eps_max": 1.0e-5},
        ["'diosi.incoherent.fit_eps_max' = 1e-05", "'diosi.incoherent.eps_over_gamma_min'"],
    ),
]


def test_defaults_satisfy_every_constraint():
    assert check_constraints(DEFAULT) == []


@pytest.mark.parametrize(("overrides", "texts"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_constraint_rejected_naming_the_keys(overrides, texts):
    with pytest.raises(ConfigError) as exc:
        validate_config(_with(overrides), SCHEMAS)
    for text in texts:
        assert text in str(exc.value), (text, str(exc.value))


def test_all_violations_reported_together():
    cfg = _with({"kamimura.rwa.m_full": 7, "tajima_funo.carnot.beta_h": 2.0})
    assert len(check_constraints(cfg)) == 2


def test_yaml_syntax_error_names_the_file(tmp_path, capsys):
    from qthermo.plumbing.config import load_yaml, main

    bad = tmp_path / "my.yaml"
    bad.write_text("tajima_funo:\n  fig1: {beta: 2.0\n  bad: [\n")
    with pytest.raises(ConfigError, match=rf"{bad}, line 3, column 6: not valid YAML"):
        load_yaml(bad)
    assert main([str(bad)]) == 1
    assert f"{bad}, line 3, column 6" in capsys.readouterr().err


def test_config_check_command_validates_merged_files(tmp_path, capsys):
    from qthermo.plumbing.config import main

    assert main([str(ROOT / "config" / "quick.yaml")]) == 0
    over = tmp_path / "over.yaml"
    over.write_text("kamimura:\n  rwa:\n    L_full: 2\n    m_full: 7\n")
    assert main([str(over)]) == 1
    assert "'kamimura.rwa.m_full' = 7" in capsys.readouterr().err


def test_snakefile_reads_the_defaults_with_the_naming_loader():
    text = (ROOT / "Snakefile").read_text()
    assert text.index('load_yaml(REPO / "config" / "config.yaml")') < text.index("configfile:")


def _walk(node, path):
    if isinstance(node, dict):
        types = node.get("type")
        types = types if isinstance(types, list) else [types]
        bounded = {"maximum", "exclusiveMaximum", "enum", "const"} & set(node)
        if {"number", "integer"} & set(types) and not bounded:
            yield f"{path}: numeric without maximum"
        if "array" in types and "maxItems" not in node:
            yield f"{path}: array without maxItems"
        for key, sub in node.get("properties", {}).items():
            yield from _walk(sub, f"{path}.{key}")
        if isinstance(node.get("items"), dict):
            yield from _walk(node["items"], f"{path}[]")
        for alt in node.get("anyOf", []) + node.get("oneOf", []):
            yield from _walk(alt, path)


def test_every_numeric_key_has_a_maximum_and_every_array_a_max_items():
    from qthermo.plumbing.config import load_schema

    assert list(_walk(load_schema(SCHEMAS), "config")) == []


def test_fast_yaml_loader_reads_the_same_documents():
    """load_yaml uses libyaml's parser where available: the config, the scaled configuration
    and every schema must come out as PyYAML's pure-Python SafeLoader reads them."""
    from qthermo.plumbing.config import load_yaml

    files = [*sorted((ROOT / "config").glob("*.yaml")),
             *sorted((ROOT / "workflow" / "schemas").glob("*.yaml"))]  # fmt: skip
    assert len(files) > 5
    for f in files:
        assert load_yaml(f) == yaml.safe_load(f.read_text(encoding="utf-8")), f
