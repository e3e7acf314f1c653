"""Rule cakmak_harvesting: draw figure cakmak_harvesting (T_eff of the working qubit, collision model)."""

import pandas as pd

from qthermo.papers.cakmak.harvesting_figure import plot_harvesting
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = {name: pd.read_csv(path) for name, path in snakemake.input.items() if name != "code"}
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_harvesting)
save_figure(plot_harvesting(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
