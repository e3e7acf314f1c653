"""Rule cakmak_scaling_data: long-time C_l1 versus N (Fig. 4), beyond N = 7, saturation in nbar.

One job: the extension tables use the Fig. 4 cubic fit of the in-memory Fig. 4 table.
"""

from qthermo.papers.cakmak import fig4, scaling_beyond
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
dfs = fig4.compute(cfg, progress=log.info)
dfs.update(scaling_beyond.compute(cfg, dfs["fig4"], progress=log.info))
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
