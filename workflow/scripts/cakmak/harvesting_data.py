"""Rule cakmak_harvesting_data: Table I, collision-model steady state, repeated interactions."""

from qthermo.papers.cakmak.harvesting_figure import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
