"""Rule tajima_funo_fig2_data: Result 3 N sweep (reduced) and the full 2N-dimensional cross-check."""

from qthermo.papers.tajima_funo.fig2 import full_check, sweep
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = sweep(cfg, hbar=snakemake.params.hbar, progress=log.info)
write_csv(snakemake.output.csv, df)
check = full_check(cfg, hbar=snakemake.params.hbar)
write_csv(snakemake.output.check, check)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows) and {snakemake.output.check}")
