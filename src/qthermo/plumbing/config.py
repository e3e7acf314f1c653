"""Configuration loading and JSON-schema validation.

The workflow config (``config/config.yaml``) is one mapping with a section per paper
(``tajima_funo``, ``kamimura``, ...) plus ``numerics``.  The root schema
``workflow/schemas/config.schema.yaml`` lists the sections, each ``$ref``-ing its own schema file
``workflow/schemas/<section>.schema.yaml``; unknown sections and keys are rejected.  Every error names the offending
key (dotted path) and value, and is raised before any job runs.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from qthermo.plumbing.constraints import check_constraints

__all__ = [
    "ConfigError",
    "load_schema",
    "load_schemas",
    "validate_config",
    "load_yaml",
]


class ConfigError(ValueError):
    """A configuration value is invalid; the message names key and value."""


#: libyaml's parser where PyYAML was built with it (7x faster on the config and schema files,
#: which the workflow parses at every start, a no-op included); same documents as SafeLoader.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path) -> Any:
    """The YAML document at ``path``; a syntax error raises :class:`ConfigError` naming the
    file, line and column."""
    with open(path, encoding="utf-8") as fh:
        try:
            return yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise ConfigError(f"{path}{where}: not valid YAML ({problem})") from None


def load_schema(path: str | Path) -> dict[str, Any]:
    """The root schema at ``path`` with every ``{"$ref": "<file>"}`` replaced by that file's
    schema (resolved relative to the referring file), so validation needs no resolver."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"schema file not found: {path}")
    return _inline_refs(load_yaml(path), path.parent)


def _inline_refs(node: Any, base: Path) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            target = base / ref
            if not target.is_file():
                raise ConfigError(f"schema {ref!r} referenced from {base} not found")
            return _inline_refs(load_yaml(target), target.parent)
        return {k: _inline_refs(v, base) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, base) for v in node]
    return node


def load_schemas(schema: str | Path) -> dict[str, dict[str, Any]]:
    """Map section name -> (inlined) schema of that section, from the root schema file."""
    return dict(load_schema(schema)["properties"])


def _dotted(path) -> str:
    return ".".join(str(p) for p in path) if path else "<top level>"


def _describe(err: jsonschema.ValidationError) -> str:
    key = _dotted(err.absolute_path)
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed)) if isinstance(err.instance, dict) else []
        where = key if err.absolute_path else "top level"
        return (
            f"unknown key(s) {', '.join(repr(e) for e in extra)} under {where}; "
            f"allowed: {', '.join(allowed)}"
        )
    if err.validator == "required":
        return f"missing key under {key}: {err.message}"
    return f"config key {key!r} has invalid value {err.instance!r}: {err.message}"


def validate_config(config: dict[str, Any], schema: str | Path) -> dict[str, Any]:
    """Validate the whole config; raise :class:`ConfigError` listing every problem.

    Returns the config unchanged when it is valid.
    """
    validator = jsonschema.Draft202012Validator(load_schema(schema))
    errors = sorted(
        validator.iter_errors(config), key=lambda e: (list(map(str, e.absolute_path)), e.message)
    )
    if errors:
        lines = [_describe(e) for e in errors]
        raise ConfigError("invalid configuration:\n  - " + "\n  - ".join(lines))
    _check_cross_field(config)
    problems = check_constraints(config)
    if problems:
        raise ConfigError("invalid configuration:\n  - " + "\n  - ".join(problems))
    return config


def _check_cross_field(config: dict[str, Any]) -> None:
    """Constraints JSON schema cannot express: finite numbers, ordering of paired values."""
    for section, body in config.items():
        if not isinstance(body, dict):
            continue
        for key, val in _walk(body, [section]):
            vals = val if isinstance(val, list) else [val]
            for v in vals:
                if isinstance(v, float) and not math.isfinite(v):
                    raise ConfigError(
                        f"config key {'.'.join(key)!r} has invalid value {val!r}: must be finite"
                    )
            if key[-1].endswith("_min"):
                partner = key[:-1] + [key[-1][:-4] + "_max"]
                pval = _get(config, partner)
                if pval is not None and isinstance(val, int | float) and val >= pval:
                    raise ConfigError(
                        f"config key {'.'.join(key)!r} = {val!r} must be smaller than "
                        f"{'.'.join(partner)!r} = {pval!r}"
                    )


def _walk(d: dict[str, Any], prefix: list[str]):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from _walk(v, prefix + [k])
        else:
            yield prefix + [k], v


def _get(d: dict[str, Any], path: list[str]):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d


_SCALAR_TYPES = {"number", "integer", "boolean", "null"}


def _typed(value: str, types: set[str]) -> Any:
    """``value`` read as YAML when that gives one of the schema's non-string ``types``."""
    try:
        parsed = yaml.safe_load(value)
    except yaml.YAMLError:
        return value
    kind = {bool: "boolean", int: "integer", float: "number", type(None): "null"}.get(type(parsed))
    if kind == "integer" and "integer" not in types and "number" in types:
        kind = "number"
    return parsed if kind in types else value


def coerce_strings(config: Any, schema: dict[str, Any]) -> Any:
    """Type, in place, string values where the schema wants a number, integer, boolean or null.

    Snakemake reads nested ``--config key={...}`` overrides with YAML's BaseLoader, so every
    scalar in them arrives as a string (``'2.0'``); the schema says what it should be.
    Strings that do not parse as the wanted type are left for the validator to report.
    """
    if isinstance(config, dict):
        props = schema.get("properties", {})
        for key, value in config.items():
            sub = props.get(key)
            if sub is None:
                continue
            types = sub.get("type", [])
            types = {types} if isinstance(types, str) else set(types)
            if isinstance(value, str) and types & _SCALAR_TYPES and "string" not in types:
                config[key] = _typed(value, types)
            else:
                coerce_strings(value, sub)
    elif isinstance(config, list):
        items = schema.get("items", {})
        types = items.get("type", [])
        types = {types} if isinstance(types, str) else set(types)
        for i, value in enumerate(config):
            if isinstance(value, str) and types & _SCALAR_TYPES and "string" not in types:
                config[i] = _typed(value, types)
            else:
                coerce_strings(value, items)
    return config


def apply_cli_overrides(
    config: dict[str, Any], cli: Any, schema: str | Path | dict[str, Any]
) -> dict[str, Any]:
    """Re-apply the ``--config`` overrides ``cli`` to ``config`` (in place), their string scalars
    typed by the schema (:func:`coerce_strings`).  Only command-line values are typed: a quoted
    string in a config file is still rejected where the schema wants a number.  Without
    overrides (the usual run) the schema is not read."""
    if not cli:
        return config
    typed = coerce_strings(json.loads(json.dumps(_plain(cli))), _schema_doc(schema))
    _deep_update(config, typed)
    return config


def _schema_doc(schema: str | Path | dict[str, Any]) -> dict[str, Any]:
    return schema if isinstance(schema, dict) else load_schema(schema)


def _plain(obj: Any) -> Any:
    """Mappings (also immutable ones) as dicts, recursively."""
    if hasattr(obj, "items"):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_plain(v) for v in obj]
    return obj


def _deep_update(target: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _deep_update(target[key], value)
        else:
            target[key] = value


def fill_defaults(config: dict[str, Any], defaults: str | Path | dict[str, Any]) -> dict[str, Any]:
    """Add, in place, every key of ``defaults`` (a mapping or a YAML file) missing from
    ``config``; keys already present win.  This lets the workflow run as a Snakemake module,
    whose ``config:`` replaces the module's ``configfile:`` defaults."""
    values: dict[str, Any] = defaults if isinstance(defaults, dict) else load_yaml(defaults)
    for key, value in values.items():
        if key not in config:
            config[key] = json.loads(json.dumps(value))
        elif isinstance(value, dict) and isinstance(config[key], dict):
            fill_defaults(config[key], value)
    return config


def check_files(paths: list[str], *, defaults: str | Path, schema: str | Path) -> dict[str, Any]:
    """The defaults with each config file in ``paths`` merged over them in order (as
    ``--configfile`` does), validated; every error names its file (syntax) or key (values)."""
    base = load_yaml(defaults)
    config = copy.deepcopy(base)
    for path in paths:
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: a config file must be a mapping with sections at top level")
        _deep_update(config, data)
    validate_config(config, schema)
    from qthermo.plumbing.cost import check_budget  # cost imports ConfigError from here

    check_budget(config, base)
    return config


def main(argv: list[str] | None = None) -> int:
    """``python -m qthermo.plumbing.config my.yaml ...``: check config files before a run.

    Snakemake reads ``--configfile`` itself and its YAML syntax message does not name the
    file; this check names the file, line and column, then validates like the workflow.
    """
    import argparse
    import sys

    root = Path(__file__).resolve().parents[3]
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--defaults", default=root / "config" / "config.yaml")
    ap.add_argument("--schema", default=root / "workflow" / "schemas" / "config.schema.yaml")
    args = ap.parse_args(argv)
    try:
        check_files(args.files, defaults=args.defaults, schema=args.schema)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"config OK: {', '.join(map(str, [args.defaults, *args.files]))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
