"""Rule tajima_funo_fig3: draw Tajima-Funo Fig. 3 (CD ratio on the hot stroke)."""

import pandas as pd

from qthermo.papers.tajima_funo.fig3 import plot_fig3
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
inp, out, cfg = snakemake.input, snakemake.output, snakemake.params.cfg
fig = plot_fig3(pd.read_csv(inp.fig3), pd.read_csv(inp.fig3_details), cfg)
save_figure(
    fig,
    out.pdf,
    out.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig3),
)
log.info(f"wrote {out.pdf} and {out.png}")
