"""Executed notebooks have reproducible bytes: position-derived cell ids, no timestamps."""

import nbformat
import pytest

from qthermo.plumbing.notebooks import execute, normalize


def _nb():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), nbformat.v4.new_code_cell("x = 1")]
    nb.cells[1].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    return nb


def test_normalize_sets_stable_ids_and_drops_timestamps():
    a, b = normalize(_nb()), normalize(_nb())
    assert [c.id for c in a.cells] == ["cell-000", "cell-001"]
    assert "execution" not in a.cells[1].metadata
    assert nbformat.writes(a) == nbformat.writes(b)


def test_negative_control_unnormalized_notebooks_differ():
    assert nbformat.writes(_nb()) != nbformat.writes(_nb())  # random cell ids


def _streamed(chunks):
    nb = _nb()
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in chunks]
    nb.cells[1].outputs.append(nbformat.v4.new_output("stream", name="stderr", text="w\n"))
    return nb


def test_normalize_merges_stream_chunks_however_the_kernel_split_them():
    """The kernel splits a cell's prints into messages by timing (seen in a clean-run pair)."""
    a = normalize(_streamed(["line 1\nline 2\n", "table\n"]))
    b = normalize(_streamed(["line 1\n", "line 2\ntable\n"]))
    assert nbformat.writes(a) == nbformat.writes(b)
    assert [o.name for o in a.cells[1].outputs] == ["stdout", "stderr"]
    # negative control: with stable ids but unmerged streams the two differ
    x, y = _streamed(["a\n", "b\n"]), _streamed(["a\nb\n"])
    for nb in (x, y):
        for i, cell in enumerate(nb.cells):
            cell.id = f"cell-{i:03d}"
    assert nbformat.writes(x) != nbformat.writes(y)


@pytest.mark.slow
def test_execute_twice_gives_identical_bytes(tmp_path):
    src = tmp_path / "nb.py"
    src.write_text("# %%\nimport os\nprint(sorted(os.listdir('.'))[:0], 6 * 7)\n")
    execute(src, tmp_path / "a.ipynb", tmp_path)
    execute(src, tmp_path / "b.ipynb", tmp_path)
    assert (tmp_path / "a.ipynb").read_bytes() == (tmp_path / "b.ipynb").read_bytes()
    assert "42" in (tmp_path / "a.ipynb").read_text()


def test_cakmak_notebook_depends_on_every_table_it_globs():
    """notebooks/cakmak.py reads results/cakmak/*.csv by glob, so its rule must wait for every
    table of the directory (a missing input made its bytes depend on job order)."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    res = subprocess.run(
        [sys.executable, "-m", "snakemake", "-n", "-F", "results/notebooks/cakmak.ipynb"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    block = res.stdout.split("rule cakmak_notebook:")[1].split("output:")[0]
    inputs = set(re.findall(r"results/cakmak/(\w+)\.csv", block))
    tables = {p.stem for p in (root / "baseline" / "data" / "cakmak").glob("*.csv")}
    assert tables <= inputs, sorted(tables - inputs)
