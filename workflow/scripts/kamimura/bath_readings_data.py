"""Rule kamimura_bath_readings_data: the Ohmic-bath and parallel-bath tables."""

from qthermo.papers.kamimura.bath_readings import broadband_table, parallel_bath_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
bb = broadband_table(cfg, progress=log.info)
write_csv(snakemake.output.broadband, bb)
pb = parallel_bath_table(cfg, snakemake.params.burst, progress=log.info)
write_csv(snakemake.output.parallel_bath, pb)
log.info(f"wrote {len(bb)} + {len(pb)} rows")
