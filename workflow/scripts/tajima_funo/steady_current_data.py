"""Rule tajima_funo_steady_current_data: thin wrapper around papers.tajima_funo.steady_current."""

from qthermo.papers.tajima_funo.steady_current import steady_current_tables
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
sweep, check = steady_current_tables(snakemake.params.cfg)
write_csv(snakemake.output.sweep, sweep)
write_csv(snakemake.output.check, check)
log.info(
    f"wrote {snakemake.output.sweep} ({len(sweep)} rows) and {snakemake.output.check} "
    f"({len(check)} rows); full vs reduced max rel. diff {check.max_rel_diff.max():.2e}"
)
