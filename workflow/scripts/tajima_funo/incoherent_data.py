"""Rule tajima_funo_incoherent_data: diagonal states of the 2N-state model (2N-dim space)."""

from qthermo.papers.tajima_funo.incoherent_activity import incoherent_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = incoherent_table(snakemake.params.cfg, progress=log.info)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
