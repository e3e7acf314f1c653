"""Rule kamimura_even_L_data: J(0) and both bounds at even L."""

from qthermo.papers.kamimura.even_L import even_L_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = even_L_table(snakemake.params.cfg, progress=log.info)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
