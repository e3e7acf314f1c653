"""Rule cakmak_fig2_data: N = 2 from |gg> (Fig. 2, Eq. 5) and the high-temperature limit."""

from qthermo.papers.cakmak.fig2 import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
