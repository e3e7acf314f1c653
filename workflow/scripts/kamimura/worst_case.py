"""Rule kamimura_worst_case: draw figures/kamimura_worst_case from the worst-case table."""

import pandas as pd

from qthermo.papers.kamimura.worst_case_plot import plot_worst_case
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
fig = plot_worst_case(pd.read_csv(snakemake.input.table), cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_worst_case),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
