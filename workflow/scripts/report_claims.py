"""Rule claims_report: results/REPORT.md and results/claims_table.html from the ledger."""

from pathlib import Path

from qthermo.ledger.report import claims_html, claims_markdown, figure_artifacts, write_text
from qthermo.plumbing.outputs import read_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("claims_report", snakemake.log[0])
ledger = read_json(snakemake.input.ledger)
md_dir = Path(snakemake.output.md).parent.as_posix()
write_text(snakemake.output.md, claims_markdown(ledger, report_dir=md_dir))
write_text(snakemake.output.html, claims_html(ledger))
missing = [f for f in figure_artifacts(ledger) if not Path(f).exists()]
if missing:
    log.warning(f"figures named in claims but absent: {missing}")
log.info(f"{len(ledger['claims'])} claims -> {snakemake.output.md}, {snakemake.output.html}")
