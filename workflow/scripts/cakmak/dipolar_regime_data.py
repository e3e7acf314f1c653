"""Rule cakmak_dipolar_regime_data: dipolar deviation of the Fig. 3 states over f0 and nbar."""

from qthermo.papers.cakmak.dipolar_regime import deviation_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
df = deviation_table(cfg, cfg["gamma0"], progress=log.info)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
