"""Validated reading of the workflow's intermediate CSV tables (pandera schemas).

Every table a job reads goes through :func:`read_table` with the schema its paper declares
(``qthermo.papers.<paper>.schemas``).  A schema fixes the column names and order, each
column's kind (integer, number, string, boolean), that numbers are finite (NaN only where a
column is declared ``nullable``), value ranges where the physics fixes them, and the row count
(or the exact set of grid values) where the configuration fixes it.  Any violation raises
:class:`TableError` naming the file, the column and the failing check, so a truncated or edited
table stops the job before a figure is drawn or a claim is evaluated.

Validation never changes the frame (no dtype coercion): what the job computes with is the
file's content as ``pandas.read_csv`` reads it.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

__all__ = ["TableError", "table_schema", "read_table", "read_tables", "validate_table"]

_KINDS = {"num": "iuf", "int": "iu", "str": "OSU", "bool": "b"}


class TableError(ValueError):
    """An intermediate table does not match its declared schema; the message names the file
    and the column."""


def _names(spec: str | Iterable[str]) -> list[str]:
    return spec.split() if isinstance(spec, str) else list(spec)


def _kind_check(kind: str) -> pa.Check:
    kinds = _KINDS[kind]

    def ok(s: pd.Series) -> bool:
        if kind == "str":
            return s.dtype.kind in kinds or pd.api.types.is_string_dtype(s.dtype)
        return s.dtype.kind in kinds

    return pa.Check(ok, name=f"dtype_{kind}", error=f"dtype must be {kind}")


def _finite() -> pa.Check:
    return pa.Check(
        lambda s: pd.Series(np.isfinite(s.to_numpy(dtype=float)), index=s.index) | s.isna(),
        name="finite",
        error="values must be finite (no inf)",
    )


def table_schema(
    name: str,
    columns: str | Iterable[str],
    *,
    ints: str | Iterable[str] = (),
    strs: str | Iterable[str] = (),
    bools: str | Iterable[str] = (),
    nullable: str | Iterable[str] = (),
    ranges: dict[str, tuple[float | None, float | None]] | None = None,
    isin: dict[str, Collection[Any]] | None = None,
    grid: dict[str, Collection[Any]] | None = None,
    rows: int | None = None,
) -> pa.DataFrameSchema:
    """A strict, ordered schema for table ``name``.

    Parameters
    ----------
    name
        Table name used in messages (e.g. ``"cakmak/beyond.csv"``).
    columns
        All columns in file order (space-separated string or list); numeric unless listed in
        ``ints``, ``strs`` or ``bools``.  Numeric columns must be finite and non-missing unless
        listed in ``nullable`` (then NaN is allowed, inf still is not).
    ranges
        ``{column: (lo, hi)}`` inclusive bounds (``None`` = open side).
    isin
        ``{column: allowed values}``.
    grid
        ``{column: values}``: the column's set of distinct values must equal this set (a grid
        the configuration fixes; catches dropped rows even when the row count is unknown).
    rows
        Exact row count, when the configuration fixes it.
    """
    cols = _names(columns)
    kinds = {c: "num" for c in cols}
    for group, kind in ((ints, "int"), (strs, "str"), (bools, "bool")):
        for c in _names(group):
            kinds[c] = kind
    nulls = set(_names(nullable))
    unknown = (set(kinds) | nulls | set(ranges or {}) | set(isin or {}) | set(grid or {})) - set(
        cols
    )
    if unknown:
        raise ValueError(f"schema {name}: options name unknown columns {sorted(unknown)}")
    spec: dict[str, pa.Column] = {}
    for c in cols:
        checks = [_kind_check(kinds[c])]
        if kinds[c] in ("num", "int"):
            checks.append(_finite())
        lo, hi = (ranges or {}).get(c, (None, None))
        if lo is not None:
            checks.append(pa.Check.ge(lo))
        if hi is not None:
            checks.append(pa.Check.le(hi))
        if c in (isin or {}):
            checks.append(pa.Check.isin(list((isin or {})[c])))
        if c in (grid or {}):
            want = sorted(set((grid or {})[c]))
            checks.append(
                pa.Check(
                    lambda s, want=want: sorted(set(s.dropna().tolist())) == want,
                    name="grid",
                    error=f"distinct values must be the configured grid ({len(want)} values)",
                )
            )
        spec[c] = pa.Column(checks=checks, nullable=c in nulls, required=True)
    frame_checks = []
    if rows is not None:
        frame_checks.append(
            pa.Check(
                lambda df, n=rows: len(df) == n,
                name="row_count",
                error=f"must have {rows} rows (fixed by the configuration)",
            )
        )
    else:
        frame_checks.append(pa.Check(lambda df: len(df) > 0, name="row_count", error="no rows"))
    return pa.DataFrameSchema(spec, checks=frame_checks, strict=True, ordered=True, name=name)


_SCHEMA_CHECKS = {
    "column_in_schema": "unexpected column",
    "column_in_dataframe": "missing column",
    "column_ordered": "column out of the declared order",
}


def _describe(
    path: str, frame: pd.DataFrame, schema: pa.DataFrameSchema, errors: SchemaErrors | SchemaError
) -> str:
    cases = errors.failure_cases if isinstance(errors, SchemaErrors) else None
    if cases is None or not len(cases):
        return f"{path}: {errors}"
    lines = []
    for (col, check), grp in cases.groupby(["column", "check"], dropna=False, sort=False):
        values = grp["failure_case"].tolist()
        idx = [i for i in grp.get("index", pd.Series([], dtype=object)).tolist() if i is not None]
        if check in _SCHEMA_CHECKS:
            lines.append(f"{_SCHEMA_CHECKS[check]}(s) {values} (declared: {list(schema.columns)})")
        elif col == schema.name or col is None:
            lines.append(f"table: {check} (found {len(frame)} rows)")
        else:
            what = "missing values (NaN)" if check == "not_nullable" else check
            if str(check).startswith("dtype must") and col in frame:
                what += f", read as {frame[col].dtype}"
            where = f" at rows {[int(i) for i in idx[:5]]}" if idx else ""
            shown = f": {values[:5]}" if idx else ""
            lines.append(f"column {col!r}: {what}{where}{shown}")
    return f"{path} does not match its schema {schema.name!r}:\n  - " + "\n  - ".join(lines)


def validate_table(frame: pd.DataFrame, schema: pa.DataFrameSchema, path: str) -> pd.DataFrame:
    """``frame`` unchanged when it matches ``schema``; otherwise :class:`TableError`."""
    try:
        schema.validate(frame, lazy=True)
    except (SchemaErrors, SchemaError) as exc:
        raise TableError(_describe(path, frame, schema, exc)) from None
    return frame


def read_table(path: str | os.PathLike, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """Read the CSV table at ``path`` and validate it against ``schema``."""
    path = os.fspath(path)
    try:
        frame = pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise TableError(f"{path}: not a readable CSV table ({exc})") from None
    return validate_table(frame, schema, path)


def read_tables(
    inputs: Any, schemas: dict[str, pa.DataFrameSchema], skip: Collection[str] = ("code",)
) -> dict[str, pd.DataFrame]:
    """Every named CSV input of a job (``snakemake.input``), each validated by the schema of the
    same name; an input with no declared schema is an error (nothing is read unchecked)."""
    out = {}
    for name, path in inputs.items():
        if name in skip or not str(path).endswith(".csv"):
            continue
        if name not in schemas:
            raise TableError(f"{path}: no schema declared for input {name!r}")
        out[name] = read_table(path, schemas[name])
    return out
