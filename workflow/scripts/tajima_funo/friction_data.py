"""Rule tajima_funo_friction_data: thin wrapper around qthermo.papers.tajima_funo.friction."""

from qthermo.papers.tajima_funo.friction import friction_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = friction_table(
    snakemake.params.cfg,
    hbar=snakemake.params.hbar,
    support_tol=snakemake.params.support_tol,
    progress=log.info,
)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
