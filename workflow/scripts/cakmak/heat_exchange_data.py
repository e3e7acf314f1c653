"""Rule cakmak_heat_exchange_data: printed vs derived Eq. (A1), Eq. (19), Eq. (27) tables."""

from qthermo.papers.cakmak.heat_exchange_analysis import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
