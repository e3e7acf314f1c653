"""Rule cakmak_plot: draw Cakmak et al. Figs. 2-4, the large-N extension and the harvesting figure."""

import pandas as pd

from qthermo.papers.cakmak import fig2_fig3 as cakmak_n2
from qthermo.papers.cakmak import harvest_analysis as cakmak_harvest
from qthermo.papers.cakmak import scaling as cakmak_scaling
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("cakmak_plot", snakemake.log[0])
dfs = {name: pd.read_csv(path) for name, path in snakemake.input.items() if name != "code"}
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg)
makers = {
    "fig2": cakmak_n2.plot_fig2,
    "fig3": cakmak_n2.plot_fig3,
    "fig4": cakmak_scaling.plot_fig4,
    "beyond": cakmak_scaling.plot_beyond,
    "harvest": cakmak_harvest.plot,
}
for name, make in makers.items():
    pdf, png = snakemake.output[f"{name}_pdf"], snakemake.output[f"{name}_png"]
    save_figure(make(dfs, cfg), pdf, png, provenance=prov)
    log.info(f"wrote {pdf} and {png}")
