"""Benchmark of the Diosi topic: medians of repeated timings (a script, not a test).

Run: python benchmarks/diosi_bench.py
"""

from __future__ import annotations

from pathlib import Path

import yaml
from timing import median_time  # noqa: E402  (benchmarks/timing.py)

from qthermo.core.thermo import entropy_production, heat_currents
from qthermo.papers.diosi import currents as c
from qthermo.papers.diosi import heat_flow as A
from qthermo.papers.diosi import model as d
from qthermo.papers.diosi.grids import temperature_pairs

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())["diosi"]
    inc_model = d.incoherent_model(
        omega_A=1.0,
        omega_B=1.0,
        beta_A=0.5,
        beta_B=2.0,
        gamma_A=1.0,
        gamma_B=1.0,
        eps=0.01,
        noise_beta=1e-6,
    )
    lm = d.local_coherent_model(
        omega_A=2.0, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma_A=0.05, gamma_B=0.05, eps=0.02
    )
    rho_inc = d.stationary_state(inc_model)
    rho_loc = d.stationary_state(lm.model)
    cases = {
        "build incoherent model (checks on)": lambda: d.incoherent_model(
            omega_A=1.0,
            omega_B=1.0,
            beta_A=0.5,
            beta_B=2.0,
            gamma_A=1.0,
            gamma_B=1.0,
            eps=0.01,
            noise_beta=1e-6,
        ),
        "build local model (eigenbasis)": lambda: d.local_coherent_model(
            omega_A=2.0, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma_A=0.05, gamma_B=0.05, eps=0.02
        ),
        "stationary state, incoherent (16x16 Liouvillian)": lambda: d.stationary_state(inc_model),
        "stationary state, local": lambda: d.stationary_state(lm.model),
        "heat currents, incoherent": lambda: heat_currents(inc_model, rho_inc),
        "entropy production, local (Spohn)": lambda: entropy_production(
            lm.model, rho_loc, check_nonnegative=False
        ),
        "closed form D1 (exact current)": lambda: c.incoherent_current_exact(
            1.0, beta_A=0.5, beta_B=2.0, gamma_A=1.0, gamma_B=1.0, eps=0.01
        ),
        "closed form D3 (local current)": lambda: c.local_current_exact(
            omega_A=2.0, omega_B=1.0, beta_A=0.5, beta_B=1.0, gamma_A=0.05, gamma_B=0.05, eps=0.02
        ),
        "Liouville first-order current": lambda: c.liouville_first_order_current(
            1.0, beta_A=0.5, beta_B=2.0, gamma_A=1.0, gamma_B=1.0, eps=0.01
        ),
    }
    print(f"{'case':55s} {'median':>12s}")
    for name, fn in cases.items():
        print(f"{name:55s} {median_time(fn, number=50) * 1e6:10.1f} us")
    sweeps = {
        f"incoherent sweep (default config, {len(temperature_pairs(cfg['incoherent']['temperatures'])) * len(cfg['incoherent']['gamma_ratios']) * cfg['incoherent']['n_eps']} states)": lambda: (
            A.incoherent_sweep(cfg["incoherent"])
        ),
        f"local map (default config, {cfg['local']['n_t']} x {cfg['local']['n_omega'] + 1} states)": lambda: (
            A.local_sweep(cfg["local"])
        ),
    }
    for name, fn in sweeps.items():
        print(f"{name:55s} {median_time(fn, repeat=3) * 1e3:10.1f} ms")


if __name__ == "__main__":
    main()
