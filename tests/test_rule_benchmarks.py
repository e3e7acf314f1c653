"""Every job-producing rule writes a benchmark: file under logs/benchmarks/ (issue: a user sees
what each job costs); the check rules verify and baseline_check write none, so they always run."""

import re
from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "workflow" / "rules"
ALWAYS_RUN = {"verify", "baseline_check"}


def rule_blocks():
    for smk in sorted(RULES.glob("*.smk")):
        text = smk.read_text()
        names = list(re.finditer(r"^rule (\w+):", text, flags=re.M))
        for i, m in enumerate(names):
            end = names[i + 1].start() if i + 1 < len(names) else len(text)
            yield m.group(1), text[m.start() : end]


def test_every_rule_has_a_benchmark_file_beside_its_log():
    blocks = dict(rule_blocks())
    assert len(blocks) > 40
    for name, body in blocks.items():
        bench = re.search(r'benchmark:\n\s+"logs/benchmarks/([^"]+)\.tsv"', body)
        log = re.search(r'log:\n\s+"logs/([^"]+)\.log"', body)
        if name in ALWAYS_RUN:
            assert bench is None, name
        else:
            assert bench is not None and log is not None and bench.group(1) == log.group(1), name
