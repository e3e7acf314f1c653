"""Rule cakmak_harvest: Table I, collision-model steady state and repeated-interaction simulation."""

from qthermo.papers.cakmak.harvest_analysis import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger("cakmak_harvest", snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
