"""Rule cakmak_readings_data: tables readings_x_state, readings_frame and power."""

from qthermo.papers.cakmak import power, readings
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
dfs = {**readings.compute(cfg, progress=log.info), "power": power.power_table(cfg)}
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
