"""Rule diosi_plot: heat current versus eps/Gamma and the local-ME entropy-production map."""

import pandas as pd

from qthermo.papers.diosi.heat_flow import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("diosi_plot", snakemake.log[0])
inc = pd.read_csv(snakemake.input.incoherent)
loc = pd.read_csv(snakemake.input.local)
fig = plot(inc, loc, snakemake.params.cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, snakemake.params.cfg),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
