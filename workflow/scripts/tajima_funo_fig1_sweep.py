"""Rule tf_fig1_sweep: thin wrapper around qthermo.papers.tajima_funo.fig1.sweep."""

from qthermo.papers.tajima_funo.fig1 import sweep
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger("tf_fig1_sweep", snakemake.log[0])
df = sweep(
    snakemake.params.cfg,
    hbar=snakemake.params.hbar,
    support_tol=snakemake.params.support_tol,
    progress=log.info,
)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
