"""Rule kamimura_family_data: the L - m = k family beyond k = 2 in the Dicke space."""

from qthermo.papers.kamimura.family import family_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = family_table(cfg["scaling"], cfg["family"], progress=log.info)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
