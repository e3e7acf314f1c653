"""Rule tajima_funo_local_decay_data: thin wrapper around papers.tajima_funo.local_decay."""

from qthermo.papers.tajima_funo.local_decay import full_check_table, sweep_table, transient_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
sweep = sweep_table(cfg, progress=log.info)
transient = transient_table(cfg)
check = full_check_table(cfg)
write_csv(snakemake.output.sweep, sweep)
write_csv(snakemake.output.transient, transient)
write_csv(snakemake.output.check, check)
log.info(
    f"wrote {len(sweep)} sweep rows, {len(transient)} transient rows and {len(check)} check rows; "
    f"chain vs full max rel. diff {check.max_rel_diff.max():.2e}"
)
