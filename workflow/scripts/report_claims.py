"""Rule claims_report: results/REPORT.md and results/claims_table.html from the ledger and the
statement inventories."""

from pathlib import Path

from qthermo.ledger.inventory import caveat_problems, inventory_problems, load_inventories
from qthermo.ledger.referee import referee_html_sections, referee_markdown
from qthermo.ledger.report import claims_html, figure_artifacts, write_text
from qthermo.plumbing.outputs import read_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("claims_report", snakemake.log[0])
ledger = read_json(snakemake.input.ledger)
inventories = load_inventories(snakemake.params.package)
sensitivity = read_json(snakemake.input.sensitivity)["papers"]
problems = inventory_problems(inventories, {r["id"] for r in ledger["claims"]})
problems += caveat_problems(inventories, ledger)
if problems:
    for p in problems:
        log.error(p)
    raise SystemExit("inventories disagree with the ledger:\n  " + "\n  ".join(problems))
md_dir = Path(snakemake.output.md).parent.as_posix()
write_text(
    snakemake.output.md,
    referee_markdown(ledger, inventories, report_dir=md_dir, sensitivity=sensitivity),
)
write_text(
    snakemake.output.html,
    claims_html(ledger, extra_html=referee_html_sections(ledger, inventories, sensitivity)),
)
missing = [f for f in figure_artifacts(ledger) if not Path(f).exists()]
if missing:
    log.warning(f"figures named in claims but absent: {missing}")
log.info(f"{len(ledger['claims'])} claims -> {snakemake.output.md}, {snakemake.output.html}")
