"""Rule tajima_funo_fig1_data: thin wrapper around qthermo.papers.tajima_funo.fig1.sweep."""

from qthermo.papers.tajima_funo.fig1 import sweep
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = sweep(
    snakemake.params.cfg,
    hbar=snakemake.params.hbar,
    support_tol=snakemake.params.support_tol,
    progress=log.info,
)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
