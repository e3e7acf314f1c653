"""Rule diosi_noise_data: slide 3's noisy coupling, averaged over seeded noise realisations."""

from qthermo.papers.diosi.noise import noise_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = noise_table(snakemake.params.cfg)
write_csv(snakemake.output.noise_average, df)
log.info(f"wrote {snakemake.output.noise_average} ({len(df)} rows)")
