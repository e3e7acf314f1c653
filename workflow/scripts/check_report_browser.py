"""Render the Snakemake HTML report in headless Chromium and check what a reader would see.

Usage::

    python workflow/scripts/check_report_browser.py results/report.html \\
        --ledger results/claims.json --screenshot-dir results/report_screenshots

Checks (exit status 1 and a message naming the failed check otherwise):

1. the report's own JavaScript app renders in the browser (the navbar lists the category
   ``Claims`` and every category holding a figure named in the ledger);
2. opening the claims table through the report's own result viewer works, and the embedded
   table, parsed by the browser, has one row per claim of the ledger with the ledger's status;
3. every figure named in the claims' artifacts is embedded in the report, and the browser
   decodes it to an image of non-zero size;
4. screenshots of the claims view and of the first figure exist and are not blank.

The report is opened from a copy with a small checking script appended (the original file is
not modified); the script uses only the report's global ``app``, ``results`` and ``categories``.
Not a workflow rule: it is run by ``tests/test_report_browser.py`` and by hand.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
FIGURE_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg")

# Appended to a copy of the report. Selects a result through the report's own view manager
# (location.hash "#claims" or "#result=<path>"), then records findings in a hidden element.
CHECK_JS = r"""
<script id="qthermo-browser-check">
window.addEventListener("load", function () {
  setTimeout(function () {
    var out = document.createElement("div");
    out.id = "qthermo-check";
    out.style.display = "none";
    document.body.appendChild(out);
    var info = {categories: Object.keys(categories), results: {}};
    for (var p in results) { info.results[p] = results[p].mime_type; }
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var target = null;
    if (hash === "claims") {
      target = Object.keys(results).find(function (p) { return p.endsWith("claims_table.html"); });
    } else if (hash.startsWith("result=")) {
      target = hash.slice(7);
    }
    if (target && results[target]) {
      var cat = Object.keys(categories).find(function (c) {
        return Object.values(categories[c]).some(function (l) { return l.includes(target); });
      });
      app.showCategory(cat);
      new ToggleViewManager(app).handleSelectedResult(target);
      info.selected = target;
    }
    var claims = Object.keys(results).find(function (p) { return p.endsWith("claims_table.html"); });
    if (claims) {
      var b64 = results[claims].data_uri.split("base64,")[1];
      var bytes = Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
      var doc = new DOMParser().parseFromString(new TextDecoder("utf-8").decode(bytes), "text/html");
      info.claims_rows = Array.from(doc.querySelectorAll("#claims-table tbody tr")).map(function (tr) {
        var m = tr.querySelector("td.margin");
        return {id: tr.cells[0].textContent, status: tr.cells[1].textContent,
                margin: m ? m.textContent : ""};
      });
      info.sensitivity_rows = doc.querySelectorAll("#sensitivity tbody tr").length;
      var s = doc.getElementById("claims-summary");
      info.claims_summary = s ? s.textContent : null;
      info.findings = Array.from(doc.querySelectorAll("#findings li")).map(function (li) {
        return li.textContent;
      });
      info.coverage = Array.from(doc.querySelectorAll("#coverage tbody tr")).map(function (tr) {
        return tr.id;
      });
    }
    info.images = {};
    var pending = 0;
    Object.keys(results).forEach(function (p) {
      if (!results[p].mime_type.startsWith("image/")) { return; }
      pending += 1;
      var img = new Image();
      img.onload = function () { info.images[p] = [img.naturalWidth, img.naturalHeight]; done(); };
      img.onerror = function () { info.images[p] = [0, 0]; done(); };
      img.src = results[p].data_uri;
    });
    function done() { pending -= 1; if (pending <= 0) { out.textContent = JSON.stringify(info); } }
    if (pending === 0) { out.textContent = JSON.stringify(info); }
  }, 50);
});
</script>
"""


class ReportCheckError(AssertionError):
    """A browser check of the report failed; the message says which."""


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable on PATH, or None."""
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def _run_chromium(chromium: str, url: str, extra: list[str], timeout: float) -> str:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if res.returncode != 0:
        raise ReportCheckError(f"chromium exited with {res.returncode}: {res.stderr[-2000:]}")
    return res.stdout


def dump_dom(chromium: str, url: str, timeout: float = 120.0) -> str:
    """The DOM after the page's scripts ran (``--dump-dom`` with a virtual-time budget)."""
    return _run_chromium(chromium, url, ["--virtual-time-budget=10000", "--dump-dom"], timeout)


def screenshot(
    chromium: str, url: str, png: Path, size: tuple[int, int] = (1400, 1000), timeout: float = 120.0
) -> Path:
    """Write a PNG screenshot of ``url`` rendered at ``size``."""
    png.parent.mkdir(parents=True, exist_ok=True)
    if png.exists():
        png.unlink()
    _run_chromium(
        chromium,
        url,
        [
            "--virtual-time-budget=10000",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={png.resolve()}",
        ],
        timeout,
    )
    if not png.is_file() or png.stat().st_size == 0:
        raise ReportCheckError(f"chromium wrote no screenshot to {png}")
    return png


def image_is_blank(png: Path, min_colors: int = 16, min_std: float = 0.02) -> bool:
    """True when the image has almost no content (few distinct colours or tiny spread)."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(Image.open(png).convert("RGB"), dtype=float) / 255.0
    colors = len(np.unique(arr.reshape(-1, 3)[::7], axis=0))
    return bool(colors < min_colors or arr.std() < min_std)


def _nav_text(dom: str) -> str:
    dom = re.sub(r"<script\b.*?</script>", " ", dom, flags=re.S | re.I)
    dom = re.sub(r"<style\b.*?</style>", " ", dom, flags=re.S | re.I)
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", dom).split()))


def _check_info(dom: str) -> dict:
    m = re.search(r'<div id="qthermo-check"[^>]*>(.*?)</div>', dom, flags=re.S)
    if not m or not m.group(1).strip():
        raise ReportCheckError("the checking script produced no result (report app did not load?)")
    return json.loads(html.unescape(m.group(1)))


def _sensitivity_row_count(record: dict) -> int:
    """Rows of the report's #sensitivity table: (choice or scan point) x reading x claim."""
    n = 0
    for paper in record.get("papers", []):
        n += sum(len(r["claims"]) for ch in paper["choices"] for r in ch["readings"])
        n += sum(len(p["claims"]) for sc in paper["scans"] for p in sc["points"])
    return n


def check_report(
    report: str | Path,
    ledger_path: str | Path,
    screenshot_dir: str | Path,
    chromium: str | None = None,
) -> dict:
    """Run all checks (see module docstring); return a summary, raise ReportCheckError on failure."""
    chromium = chromium or find_chromium()
    if chromium is None:
        raise ReportCheckError("no chromium executable found on PATH")
    report = Path(report)
    ledger = json.loads(Path(ledger_path).read_text(encoding="utf-8"))
    screenshot_dir = Path(screenshot_dir)
    screenshot_dir.mkdir(parents=True, exist_ok=True)

    # plain report: the app renders by itself
    nav = _nav_text(dump_dom(chromium, report.resolve().as_uri()))
    if not all(word in nav for word in ("Results", "Claims", "Workflow")):
        raise ReportCheckError(f"report navigation lacks the Claims category: {nav[:500]!r}")

    with tempfile.TemporaryDirectory(prefix="report-check-") as tmp:
        probe = Path(tmp) / "report_probe.html"
        text = report.read_text(encoding="utf-8")
        cut = text.rfind("</body>")  # the last one: earlier ones sit inside embedded scripts
        if cut < 0:
            raise ReportCheckError(f"{report} is not an HTML page (no </body>)")
        probe.write_text(text[:cut] + CHECK_JS + text[cut:], encoding="utf-8")
        uri = probe.resolve().as_uri()
        info = _check_info(dump_dom(chromium, uri + "#claims"))

        want = {r["id"]: r["status"] for r in ledger["claims"]}
        by_id = {r["id"]: r for r in ledger["claims"]}
        got = {row["id"]: row["status"].split()[0] for row in info.get("claims_rows", [])}
        if not str(info.get("selected", "")).endswith("claims_table.html"):
            raise ReportCheckError("the claims table could not be opened in the report viewer")
        if got != want:
            missing = sorted(set(want) - set(got))
            extra = sorted(set(got) - set(want))
            wrong = sorted(i for i in set(want) & set(got) if want[i] != got[i])
            raise ReportCheckError(
                f"claims table differs from the ledger: missing {missing}, extra {extra}, "
                f"status differs {wrong}"
            )
        fails = [r["id"] for r in ledger["claims"] if r.get("expected_outcome") == "fail"]
        shown = " ".join(info.get("findings", []))
        unlisted = [i for i in fails if i not in shown]
        if unlisted:
            raise ReportCheckError(f"expected failures missing from the findings: {unlisted}")
        papers = sorted({f"coverage-{r.get('producer', '').split('.')[2]}" for r in ledger["claims"]
                         if str(r.get("producer", "")).startswith("qthermo.papers.")})  # fmt: skip
        if not set(papers) <= set(info.get("coverage", [])):
            raise ReportCheckError(f"verdict rows {info.get('coverage')} lack some of {papers}")
        no_margin = sorted(row["id"] for row in info.get("claims_rows", [])
                           if want.get(row["id"]) is not None and not row.get("margin")
                           and "margin" in by_id.get(row["id"], {}))  # fmt: skip
        if no_margin:
            raise ReportCheckError(f"claims whose margin the table does not show: {no_margin}")
        sens_path = Path(ledger_path).with_name("sensitivity.json")
        if sens_path.exists():
            n_rows = _sensitivity_row_count(json.loads(sens_path.read_text(encoding="utf-8")))
            if info.get("sensitivity_rows", 0) != n_rows:
                raise ReportCheckError(
                    f"sensitivity table shows {info.get('sensitivity_rows')} rows, "
                    f"{sens_path} has {n_rows}"
                )
        for cat in ("Claims",):
            if cat not in info["categories"]:
                raise ReportCheckError(f"category {cat!r} missing from the report")

        figures = sorted(
            {
                a
                for r in ledger["claims"]
                for a in r.get("artifacts", [])
                if a.lower().endswith(FIGURE_SUFFIXES)
            }
        )
        not_embedded = [f for f in figures if f not in info["results"]]
        if not_embedded:
            raise ReportCheckError(f"figures named in claims but not in the report: {not_embedded}")
        undecoded = [f for f in figures if min(info["images"].get(f, [0, 0])) <= 0]
        if undecoded:
            raise ReportCheckError(f"figures the browser could not decode: {undecoded}")

        shots = {"claims": screenshot(chromium, uri + "#claims", screenshot_dir / "claims.png")}
        if figures:
            shots["figure"] = screenshot(
                chromium, uri + "#result=" + figures[0], screenshot_dir / "figure.png"
            )
        blank = [name for name, png in shots.items() if image_is_blank(png)]
        if blank:
            raise ReportCheckError(f"blank screenshot(s): {blank}")

    return {
        "claims_rows": len(got),
        "claims_summary": info.get("claims_summary"),
        "findings": len(info.get("findings", [])),
        "coverage_rows": info.get("coverage", []),
        "sensitivity_rows": info.get("sensitivity_rows", 0),
        "figures_checked": len(figures),
        "figure_sizes": {f: info["images"][f] for f in figures},
        "categories": info["categories"],
        "screenshots": {k: str(v) for k, v in shots.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", help="self-contained HTML report from `snakemake --report`")
    ap.add_argument("--ledger", default="results/claims.json")
    ap.add_argument("--screenshot-dir", default="results/report_screenshots")
    ap.add_argument("--chromium", default=None, help="browser executable (default: search PATH)")
    args = ap.parse_args(argv)
    try:
        summary = check_report(args.report, args.ledger, args.screenshot_dir, args.chromium)
    except ReportCheckError as exc:
        print(f"report check FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
