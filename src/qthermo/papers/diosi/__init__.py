"""Diosi, talk slides "Autonomy of coupled quantum thermodynamic systems" (2014): two thermalized
two-level systems with incoherent resonant coupling, the heat flow, and the local master equation."""
