"""Rule cakmak_separation_large_data: N = 5, 6 lifetimes (papers.cakmak.separation_large)."""

from qthermo.papers.cakmak.separation_large import large_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = large_table(snakemake.params.cfg)
write_csv(snakemake.output.separation_large, df)
log.info(f"wrote {snakemake.output.separation_large} ({len(df)} rows)")
