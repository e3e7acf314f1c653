"""Validated intermediate tables: every CSV a job reads is checked against its paper's schema
(``qthermo.papers.<paper>.schemas``) and a bad table raises naming the file and the column."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from qthermo.papers.cakmak.schemas import schemas as cakmak_schemas
from qthermo.papers.diosi.schemas import schemas as diosi_schemas
from qthermo.papers.kamimura.schemas import (
    bath_readings_schemas,
    even_L_schema,
    family_schema,
    regime_schema,
    steady_state_schemas,
    superabsorption_schema,
    transient_schemas,
)
from qthermo.papers.kamimura.schemas import schemas as kamimura_schemas
from qthermo.papers.kamimura.tables import eq12_table
from qthermo.papers.tajima_funo import schemas as tf_schemas
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.tables import TableError, read_table, read_tables, table_schema

ROOT = Path(__file__).resolve().parents[1]
CONFIG = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())


@pytest.fixture
def eq12(tmp_path):
    """A real producer's table (Kamimura Eq. 12, L <= 6) written as the workflow writes it."""
    c = {**CONFIG["kamimura"]["scaling"], "eq12_all_m_L_max": 6}
    path = tmp_path / "eq12_all_m.csv"
    write_csv(path, eq12_table(c))
    cfg = {**CONFIG["kamimura"], "scaling": c}
    return path, kamimura_schemas(cfg)["eq12"]


def test_valid_table_reads_unchanged(eq12):
    path, schema = eq12
    df = read_table(path, schema)
    pd.testing.assert_frame_equal(df, pd.read_csv(path))
    assert len(df) == 21


def test_truncated_at_a_line_boundary(eq12):
    path, schema = eq12
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-6]))  # drops every L = 6 row
    with pytest.raises(TableError, match=re.escape(str(path))) as exc:
        read_table(path, schema)
    assert "must have 21 rows" in str(exc.value) and "found 15 rows" in str(exc.value)
    assert "column 'L'" in str(exc.value)  # the L grid lost its last value


def test_truncated_mid_line(eq12):
    path, schema = eq12
    text = path.read_text()
    path.write_text(text[: text.rindex(",")])  # last row loses its last cell
    with pytest.raises(TableError, match=re.escape(str(path))) as exc:
        read_table(path, schema)
    assert "column 'J0_eq12': missing values (NaN) at rows [20]" in str(exc.value)


def test_nan_and_inf_name_the_column(eq12):
    path, schema = eq12
    df = pd.read_csv(path)
    df.loc[3, "J0"] = np.nan
    df.loc[5, "J0_eq12"] = np.inf
    write_csv(path, df)
    with pytest.raises(TableError) as exc:
        read_table(path, schema)
    msg = str(exc.value)
    assert str(path) in msg
    assert "column 'J0': missing values (NaN) at rows [3]" in msg
    assert "column 'J0_eq12': values must be finite (no inf) at rows [5]" in msg


def test_wrong_missing_and_reordered_columns(eq12):
    path, schema = eq12
    df = pd.read_csv(path)
    write_csv(path, df.rename(columns={"J0": "J_0"}))
    with pytest.raises(TableError, match=r"unexpected column\(s\) \['J_0'\]") as exc:
        read_table(path, schema)
    assert "missing column(s) ['J0']" in str(exc.value) and str(path) in str(exc.value)
    write_csv(path, df[["L", "m", "J0_eq12", "J0"]])
    with pytest.raises(TableError, match="out of the declared order"):
        read_table(path, schema)


def test_wrong_dtype_and_range(tmp_path):
    schema = table_schema("t", "N x p", ints="N", ranges={"p": (0.0, 1.0)})
    path = tmp_path / "t.csv"
    write_csv(path, pd.DataFrame({"N": [1.5, 2.0], "x": [1.0, 2.0], "p": [0.5, 1.5]}))
    with pytest.raises(TableError) as exc:
        read_table(path, schema)
    assert "column 'N': dtype must be int, read as float64" in str(exc.value)
    assert "column 'p': less_than_or_equal_to(1.0) at rows [1]: [1.5]" in str(exc.value)


def test_text_in_a_numeric_column(eq12):
    path, schema = eq12
    path.write_text(path.read_text().replace("\n3,", "\nthree,", 1))
    with pytest.raises(TableError, match="column 'L': dtype must be int"):
        read_table(path, schema)


def test_empty_and_unparsable_files(tmp_path, eq12):
    _, schema = eq12
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(TableError, match=re.escape(f"{empty}: not a readable CSV table")):
        read_table(empty, schema)
    header = tmp_path / "header.csv"
    header.write_text("L,m,J0,J0_eq12\n")
    with pytest.raises(TableError, match="found 0 rows"):
        read_table(header, schema)


def test_read_tables_requires_a_schema_for_every_csv_input(eq12):
    path, schema = eq12
    assert set(read_tables({"eq12": str(path), "code": ["x.py"]}, {"eq12": schema})) == {"eq12"}
    with pytest.raises(TableError, match="no schema declared for input 'other'"):
        read_tables({"eq12": str(path), "other": str(path)}, {"eq12": schema})


def test_schema_options_must_name_declared_columns():
    with pytest.raises(ValueError, match="unknown columns"):
        table_schema("t", "a b", ints="c")


def test_every_table_has_a_schema_for_the_default_config():
    """Each paper declares a schema for every CSV its data rules write."""
    ck, ky = cakmak_schemas(CONFIG["cakmak"]), kamimura_schemas(CONFIG["kamimura"])
    assert len(ck) == 33 and len(ky) == 6 and len(diosi_schemas(CONFIG["diosi"])) == 7
    tf = CONFIG["tajima_funo"]
    for fn, sec in [("fig1", "fig1"), ("fig2", "carnot"), ("fig2_check", "carnot"),
                    ("fig3", "superradiant"), ("fig3_details", "superradiant"),
                    ("fig4", "superradiant"), ("fig4_details", "superradiant"),
                    ("friction", "friction"), ("classical_engine", "superradiant"),
                    ("steady_current", "steady_current"),
                    ("steady_current_check", "steady_current"),
                    ("incoherent", "incoherent")]:  # fmt: skip
        assert getattr(tf_schemas, fn)(tf[sec]).columns
    for fn in ("local_decay", "local_decay_transient", "local_decay_check"):
        assert getattr(tf_schemas, fn)(tf["local_decay"]).columns


def test_no_job_script_reads_a_csv_unchecked():
    """Every table read in workflow/scripts goes through the validated reader."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "workflow" / "scripts").rglob("*.py"))
        if "read_csv" in p.read_text()
    ]
    assert offenders == []


@pytest.mark.parametrize("paper", ["cakmak", "diosi", "kamimura", "tajima_funo"])
def test_reference_results_match_their_schemas(paper):
    """When a run's results are present, every table matches its schema."""
    res = ROOT / "results" / paper
    if not any(res.glob("*.csv")):
        pytest.skip("no results of a workflow run in this checkout")
    tf = CONFIG["tajima_funo"]
    sc = {**tf["steady_current"], "hbar": tf["hbar"]}
    table = {
        "cakmak": {f"{k}.csv": s for k, s in cakmak_schemas(CONFIG["cakmak"]).items()},
        "diosi": dict(
            zip(
                [
                    "incoherent.csv",
                    "local_map.csv",
                    "global_comparison.csv",
                    "global_map.csv",
                    "detuned_map.csv",
                    "strong_eps.csv",
                    "noise_average.csv",
                ],
                diosi_schemas(CONFIG["diosi"]).values(),
                strict=True,
            )  # fmt: skip
        ),
        "kamimura": dict(
            zip(
                [
                    "heat_current_scaling.csv",
                    "eq12_all_m.csv",
                    "burst_peaks.csv",
                    "burst_curves.csv",
                    "rwa_check.csv",
                    "worst_case.csv",
                ],
                kamimura_schemas(CONFIG["kamimura"]).values(),
                strict=True,
            )  # fmt: skip
        )
        | dict(
            zip(
                ["steady_state.csv", "steady_state_engine.csv", "eq21_check.csv"],
                steady_state_schemas(CONFIG["kamimura"]["steady_state"]).values(),
                strict=True,
            )  # fmt: skip
        )
        | {"family.csv": family_schema(CONFIG["kamimura"])}
        | {"even_L.csv": even_L_schema(CONFIG["kamimura"])}
        | {"superabsorption.csv": superabsorption_schema(CONFIG["kamimura"])}
        | {"regime.csv": regime_schema(CONFIG["kamimura"])}
        | {f"{k}.csv": v for k, v in bath_readings_schemas(CONFIG["kamimura"]).items()}
        | dict(
            zip(
                ["transient.csv", "transient_budget.csv"],
                transient_schemas(CONFIG["kamimura"]).values(),
                strict=True,
            )
        ),
        "tajima_funo": {
            "fig1.csv": tf_schemas.fig1(tf["fig1"]),
            "fig2.csv": tf_schemas.fig2(tf["carnot"]),
            "fig2_full_check.csv": tf_schemas.fig2_check(tf["carnot"]),
            "fig3.csv": tf_schemas.fig3(tf["superradiant"]),
            "fig3_details.csv": tf_schemas.fig3_details(tf["superradiant"]),
            "fig4.csv": tf_schemas.fig4(tf["superradiant"]),
            "fig4_details.csv": tf_schemas.fig4_details(tf["superradiant"]),
            "friction.csv": tf_schemas.friction(tf["friction"]),
            "classical_engine.csv": tf_schemas.classical_engine(tf["superradiant"]),
            "steady_current.csv": tf_schemas.steady_current(sc),
            "steady_current_check.csv": tf_schemas.steady_current_check(sc),
            "incoherent.csv": tf_schemas.incoherent(tf["incoherent"]),
            "local_decay.csv": tf_schemas.local_decay(tf["local_decay"]),
            "local_decay_transient.csv": tf_schemas.local_decay_transient(tf["local_decay"]),
            "local_decay_check.csv": tf_schemas.local_decay_check(tf["local_decay"]),
        },
    }[paper]
    assert sorted(table) == sorted(p.name for p in res.glob("*.csv"))
    for name, schema in table.items():
        read_table(res / name, schema)
