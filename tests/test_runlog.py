"""A failing job's log file holds its own traceback and message."""

import subprocess
import sys


def test_uncaught_exception_reaches_the_job_log(tmp_path):
    log = tmp_path / "job.log"
    script = tmp_path / "job.py"
    script.write_text(
        "from qthermo.plumbing.runlog import job_logger\n"
        f"log = job_logger('demo', {str(log)!r})\n"
        "log.info('started')\n"
        "raise RuntimeError('no invariant subspace up to dimension 600')\n"
    )
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert res.returncode != 0
    text = log.read_text()
    assert "[demo] started" in text and "job failed" in text
    assert "RuntimeError: no invariant subspace up to dimension 600" in text
    assert "RuntimeError" in res.stderr  # still on stderr for Snakemake's console


def test_successful_job_log_has_no_failure(tmp_path):
    log = tmp_path / "job.log"
    code = (
        f"from qthermo.plumbing.runlog import job_logger; job_logger('ok', {str(log)!r}).info('x')"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert log.read_text() == "[ok] x\n"
