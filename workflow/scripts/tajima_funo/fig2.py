"""Rule tajima_funo_fig2: draw Tajima-Funo Fig. 2 (cycle diagram and Result 3 scaling)."""

import pandas as pd

from qthermo.papers.tajima_funo.fig2_plot import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
inp, out, cfg = snakemake.input, snakemake.output, snakemake.params.cfg
fig = plot(pd.read_csv(inp.csv), pd.read_csv(inp.check), cfg)
save_figure(
    fig,
    out.pdf,
    out.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot),
)
log.info(f"wrote {out.pdf} and {out.png}")
