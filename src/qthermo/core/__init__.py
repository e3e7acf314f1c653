"""Shared physics core: models in a labelled eigenbasis and their checks (:mod:`.model`),
superoperators (:mod:`.superop`), thermodynamics (:mod:`.thermo`), coherence measures
(:mod:`.coherence`), the current-dissipation trade-off (:mod:`.tradeoff`), heat-engine cycles
(:mod:`.cycles`), Dicke algebra (:mod:`.dicke`), two-level operators (:mod:`.operators`),
density-matrix checks (:mod:`.states`) and fits (:mod:`.fitting`).  Nothing here knows a paper.
"""
