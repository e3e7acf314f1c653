"""The configuration is documented key by key: every schema key has a description, every leaf a
default equal to config/config.yaml, and config/README.md is generated from them."""

import copy

from qthermo.plumbing import config_docs
from qthermo.plumbing.config import load_schema, load_yaml
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
SCHEMA = load_schema(ROOT / "workflow" / "schemas" / "config.schema.yaml")
CONFIG = load_yaml(ROOT / "config" / "config.yaml")


def test_every_key_has_a_description_and_its_default():
    assert config_docs.schema_problems(SCHEMA, CONFIG) == []


def test_schema_problems_negative_controls():
    schema = copy.deepcopy(SCHEMA)
    leaf = schema["properties"]["numerics"]["properties"]["support_tol"]
    del leaf["description"]
    leaf["default"] = 1e-9
    problems = config_docs.schema_problems(schema, CONFIG)
    assert "numerics.support_tol: no description" in problems
    assert any(p.startswith("numerics.support_tol: schema default 1e-09") for p in problems)
    del leaf["default"]
    assert "numerics.support_tol: no default" in config_docs.schema_problems(schema, CONFIG)


def test_config_readme_is_generated_from_the_schema():
    assert config_docs.main(["--check"]) == 0, "run: python -m qthermo.plumbing.config_docs"
    text = (ROOT / "config" / "README.md").read_text()
    for key, _ in config_docs.schema_keys(SCHEMA):
        assert f"`{key}`" in text
