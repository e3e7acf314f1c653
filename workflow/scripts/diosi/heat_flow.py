"""Rule diosi_heat_flow: heat current versus eps/Gamma and the local-ME entropy-production map."""

from qthermo.papers.diosi.heat_flow_plot import plot_heat_flow
from qthermo.papers.diosi.schemas import schemas
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_tables

log = job_logger("diosi_heat_flow", snakemake.log[0])
cfg = snakemake.params.cfg
tables = read_tables(snakemake.input, schemas(cfg))
inc, loc = tables["incoherent"], tables["local"]
fig = plot_heat_flow(inc, loc, cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_heat_flow),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
