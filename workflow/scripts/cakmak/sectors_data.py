"""Rule cakmak_sectors_data: long-time states from non-symmetric initial states."""

from qthermo.papers.cakmak.sectors import sectors_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = sectors_table(snakemake.params.cfg)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
