"""Job start-up (issue 17): the claims and data jobs must not load the plotting stack or
scipy's integrate/optimize packages at import time (together ~1 s of every job's start-up);
the modules that use them import them inside the functions that need them.  One subprocess
imports what every ``*_claims.py`` and ``*_data.py`` workflow script imports and reports which
of the heavy modules got loaded."""

import ast
import subprocess
import sys

from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
HEAVY = ("matplotlib.pyplot", "scipy.integrate", "scipy.optimize")


def _imports(script) -> str:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    return "\n".join(
        ast.unparse(n) for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)
    )


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_claims_and_data_jobs_skip_plotting_and_scipy_integrate_at_import():
    scripts = sorted(
        p
        for p in (ROOT / "workflow" / "scripts").glob("*/*.py")
        if p.name.endswith(("_claims.py", "_data.py"))
    )
    assert len(scripts) > 50
    assert _loaded_after("\n".join(_imports(p) for p in scripts)) == []


def test_the_probe_sees_a_heavy_import():
    # negative control: a plot script's imports load pyplot, and the probe reports it
    plot_script = ROOT / "workflow" / "scripts" / "cakmak" / "fig4.py"
    assert "matplotlib.pyplot" in _loaded_after(_imports(plot_script))
