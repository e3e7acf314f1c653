"""Rule diosi_heat_flow: heat current versus eps/Gamma and the local-ME entropy-production map."""

import pandas as pd

from qthermo.papers.diosi.heat_flow_plot import plot_heat_flow
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("diosi_heat_flow", snakemake.log[0])
cfg = snakemake.params.cfg
inc = pd.read_csv(snakemake.input.incoherent)
loc = pd.read_csv(snakemake.input.local)
fig = plot_heat_flow(inc, loc, cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_heat_flow),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
