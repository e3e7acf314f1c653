"""Rule diosi_heat_flow_data: stationary states of the incoherent and the local coherent model."""

from qthermo.papers.diosi.heat_flow import incoherent_sweep, local_sweep
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger("diosi_heat_flow_data", snakemake.log[0])
cfg = snakemake.params.cfg
inc = incoherent_sweep(
    cfg["incoherent"], support_tol=snakemake.params.support_tol, progress=log.info
)
write_csv(snakemake.output.incoherent, inc)
log.info(f"wrote {snakemake.output.incoherent} ({len(inc)} rows)")
loc = local_sweep(
    cfg["local"],
    support_tol=snakemake.params.support_tol,
    sign_rtol=cfg["tolerances"]["sign_rtol"],
    progress=log.info,
)
write_csv(snakemake.output.local, loc)
log.info(f"wrote {snakemake.output.local} ({len(loc)} rows)")
