"""Rule kamimura_worst_case_data: thin wrapper around qthermo.papers.kamimura.worst_case."""

from qthermo.papers.kamimura.worst_case import worst_case_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = worst_case_table(cfg["scaling"], cfg["worst_case"], progress=log.info)
write_csv(snakemake.output.table, df)
log.info(f"wrote {snakemake.output.table} ({len(df)} rows)")
