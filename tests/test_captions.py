"""Report captions are valid reStructuredText (no warnings: e.g. '|ket>' must be escaped)."""

import io
from pathlib import Path

import docutils.core
import pytest

CAPTIONS = sorted((Path(__file__).resolve().parents[1] / "workflow" / "report").glob("*.rst"))


@pytest.mark.parametrize("path", CAPTIONS, ids=[p.name for p in CAPTIONS])
def test_caption_renders_without_warnings(path):
    warnings = io.StringIO()
    docutils.core.publish_string(
        path.read_text(),
        writer="html",
        settings_overrides={"warning_stream": warnings, "report_level": 2},
    )
    assert warnings.getvalue() == ""


def test_every_figure_has_a_caption_naming_a_source():
    for path in CAPTIONS:
        text = path.read_text()
        if path.stem in ("workflow", "claims_table", "provenance"):
            continue
        assert "doi" in text.lower() or "Diosi" in text, path.name
