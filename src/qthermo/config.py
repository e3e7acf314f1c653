"""Configuration loading and JSON-schema validation.

The workflow config is one mapping with a section per topic (``tajima_funo``, ``kamimura``,
...).  Each section has its own schema file ``workflow/schemas/<section>.schema.yaml``; the
top level admits exactly the sections that have a schema.  Every error names the offending
key (dotted path) and value, and is raised before any job runs.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import jsonschema
import yaml

__all__ = ["ConfigError", "load_schemas", "validate_config", "config_hash", "load_yaml"]


class ConfigError(ValueError):
    """A configuration value is invalid; the message names key and value."""


def load_yaml(path: str | Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_schemas(schema_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Map section name -> schema, from ``<schema_dir>/<section>.schema.yaml`` (sorted)."""
    schema_dir = Path(schema_dir)
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(schema_dir.glob("*.schema.yaml")):
        section = path.name[: -len(".schema.yaml")]
        out[section] = load_yaml(path)
    if not out:
        raise ConfigError(f"no schema files found in {schema_dir}")
    return out


def _top_schema(sections: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": sections,
        "required": sorted(sections),
        "additionalProperties": False,
    }


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


def validate_config(config: dict[str, Any], schema_dir: str | Path) -> dict[str, Any]:
    """Validate the whole config; raise :class:`ConfigError` listing every problem.

    Returns the config unchanged when it is valid.
    """
    schema = _top_schema(load_schemas(schema_dir))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(
        validator.iter_errors(config), key=lambda e: (list(map(str, e.absolute_path)), e.message)
    )
    if errors:
        lines = [_describe(e) for e in errors]
        raise ConfigError("invalid configuration:\n  - " + "\n  - ".join(lines))
    _check_cross_field(config)
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


def config_hash(section: Any) -> str:
    """Short SHA-256 of a config (section), canonical JSON, for provenance."""
    blob = json.dumps(section, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]
