"""Result 3's Carnot cycle with local (non-collective) decay at rate kappa on top of the
collective jumps: how the O(N) power degrades.

doi:10.1103/PhysRevLett.127.190604, Result 3 and the closing remark that collective coupling is
hard to engineer.  The analysis and the local channel are ours (the paper has no local decay).

Working medium: the collective 2N-state model of :mod:`qthermo.papers.tajima_funo.carnot_cycle`
(jump ``L = sum_{j,j'} |g,j><e,j'|`` at ``gamma0``, ``gamma0 exp(-beta hbar omega)``) plus, in each
bath, one local channel per site ``l_j = |g,j><e,j|`` at ``kappa``, ``kappa exp(-beta hbar omega)``
(the same bath, detailed balance with the same beta).  Same protocol (gaps, temperatures, stroke
times ``tau0/(gamma0 N^2)``) as :func:`qthermo.papers.tajima_funo.carnot_cycle.protocol`.

Exact reduction.  Write ``|x,+>`` for the bright states and ``P_x^perp`` for the projector on
the (N-1)-dimensional dark complement in level x.  A state
``a |g,+><g,+| + b P_g^perp/(N-1) + c |e,+><e,+| + d P_e^perp/(N-1)`` stays of this form:
``L`` annihilates ``P^perp``, ``L |e,+> = N |g,+>``; ``sum_j l_j^dag l_j = 1_e``, and
``sum_j l_j X l_j^dag = (1/N) 1_g`` for ``X = |e,+><e,+|`` or ``P_e^perp/(N-1)``.  The weights
``p = (p_g+, p_g-, p_e+, p_e-)`` (``-`` for the dark mixtures) follow a 4-state rate chain:

* ``e+ -> g+``: ``N^2 gamma_down + kappa_down/N``; ``e+ -> g-``: ``kappa_down (N-1)/N``;
* ``e- -> g+``: ``kappa_down/N``; ``e- -> g-``: ``kappa_down (N-1)/N``; upward the same with
  ``gamma_up``, ``kappa_up``.

The lumped dark states carry their degeneracy, so the chain's detailed balance has weights
``1, N-1`` (it is not a Model of its own); the full 2N-dimensional model, which passes the
detailed-balance check, is the cross-check (:func:`full_local_cycle`).

The one-cycle map ``M`` of the chain is close to 1 in its slow (bright <-> dark) mode when
``kappa tau << 1``; ``M - 1`` is therefore assembled without cancellation from
``exp(W tau) - 1 = phi_1(W tau) W tau``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.linalg as sla

from qthermo.core.cycles import Cycle, Stroke, limit_cycle_state, run_cycle
from qthermo.core.model import Bath, Jump, Model
from qthermo.papers.tajima_funo.carnot_cycle import Protocol, bath_rates, full_model, protocol
from qthermo.papers.tajima_funo.grids import log_n_values

__all__ = [
    "STATES",
    "chain_generator",
    "full_local_model",
    "full_local_cycle",
    "embed_populations",
    "ChainCycle",
    "chain_cycle",
    "PROTOCOL_KEYS",
    "sweep_table",
    "transient_table",
    "full_check_table",
]

#: Order of the chain's populations: bright ground, dark ground, bright excited, dark excited.
STATES = ("g+", "g-", "e+", "e-")


def chain_generator(
    N: int, *, omega: float, beta: float, gamma0: float, kappa: float, hbar: float = 1.0
) -> np.ndarray:
    """Rate matrix ``W`` of ``(p_g+, p_g-, p_e+, p_e-)`` for one bath (columns sum to zero)."""
    g_down, g_up = bath_rates(omega, beta, gamma0, hbar)
    k_down, k_up = bath_rates(omega, beta, kappa, hbar)
    W = np.zeros((4, 4))
    bright, dark = 1.0 / N, (N - 1.0) / N
    moves = [  # (to, from, rate)
        (0, 2, N**2 * g_down + k_down * bright), (1, 2, k_down * dark),
        (0, 3, k_down * bright), (1, 3, k_down * dark),
        (2, 0, N**2 * g_up + k_up * bright), (3, 0, k_up * dark),
        (2, 1, k_up * bright), (3, 1, k_up * dark),
    ]  # fmt: skip
    for to, frm, r in moves:
        W[to, frm] += r
        W[frm, frm] -= r
    return W


def full_local_model(
    N: int,
    *,
    omega: float,
    beta: float,
    gamma0: float,
    kappa: float,
    hbar: float = 1.0,
    bath_name: str = "bath",
) -> Model:
    """The 2N-dimensional collective model plus the N local channels ``|g,j><e,j|`` (checked)."""
    base = full_model(
        N, omega=omega, beta=beta, gamma0=gamma0, medium="collective", hbar=hbar,
        bath_name=bath_name,
    )  # fmt: skip
    k_down, k_up = bath_rates(omega, beta, kappa, hbar)
    local = []
    for j in range(N):
        op = np.zeros((2 * N, 2 * N), dtype=complex)
        op[j, N + j] = 1.0
        local += [Jump(op, omega, k_down, f"l{j}"), Jump(op.conj().T, -omega, k_up, f"l{j}^dag")]
    jumps = (*base.baths[0].jumps, *local)
    return Model(base.energies, base.labels, [Bath(bath_name, beta, jumps)], hbar=hbar)


def full_local_cycle(p: Protocol, kappa: float, hbar: float = 1.0) -> Cycle:
    """The Result 3 cycle on the full 2N-dimensional space with local decay (cross-check)."""
    common = dict(gamma0=p.gamma0, kappa=kappa, hbar=hbar)
    hot = full_local_model(p.N, omega=p.omega_h, beta=p.beta_h, bath_name="hot", **common)
    cold = full_local_model(p.N, omega=p.omega_c, beta=p.beta_c, bath_name="cold", **common)
    return Cycle((Stroke(hot, p.tau_h, "hot"), Stroke(cold, p.tau_c, "cold")))


def embed_populations(p: np.ndarray, N: int) -> np.ndarray:
    """The 2N-dimensional density matrix of chain populations ``p`` (order :data:`STATES`)."""
    plus = np.ones(N) / np.sqrt(N)
    dark = np.eye(N) - np.outer(plus, plus)
    rho = np.zeros((2 * N, 2 * N), dtype=complex)
    for level, (bright_w, dark_w) in enumerate(((p[0], p[1]), (p[2], p[3]))):
        block = bright_w * np.outer(plus, plus) + (dark_w / (N - 1) * dark if N > 1 else 0.0)
        rho[level * N : (level + 1) * N, level * N : (level + 1) * N] = block
    return rho


def _stroke(W: np.ndarray, tau: float) -> tuple[np.ndarray, np.ndarray]:
    """``(exp(W tau), exp(W tau) - 1)``, the second without cancellation (phi_1 block trick)."""
    n = W.shape[0]
    big = np.zeros((2 * n, 2 * n))
    big[:n, :n] = W * tau
    big[:n, n:] = np.eye(n)
    E = sla.expm(big)
    return E[:n, :n], E[:n, n:] @ (W * tau)


@dataclass(frozen=True)
class ChainCycle:
    """One-cycle maps of the chain and the energies of each stroke.

    ``M`` maps the populations at the start of the hot stroke over one cycle; ``M_minus_1`` is
    ``M - 1`` assembled without cancellation; ``P_hot`` is the hot stroke's propagator.
    """

    protocol: Protocol
    kappa: float
    M: np.ndarray
    M_minus_1: np.ndarray
    P_hot: np.ndarray
    energies_hot: np.ndarray
    energies_cold: np.ndarray

    @property
    def period(self) -> float:
        return self.protocol.tau_h + self.protocol.tau_c

    def limit_populations(self) -> np.ndarray:
        """Populations at the start of the hot stroke in the limit cycle.

        Unique for ``kappa > 0``; for ``kappa = 0`` the dark weights are conserved and the
        bright limit cycle (dark weights 0) is returned.
        """
        idx = [0, 1, 2, 3] if self.kappa > 0 else [0, 2]
        A = self.M_minus_1[np.ix_(idx, idx)].copy()
        A[0, :] = 1.0  # replace one balance equation by the normalisation
        b = np.zeros(len(idx))
        b[0] = 1.0
        out = np.zeros(4)
        out[idx] = np.linalg.solve(A, b)
        return out

    def thermodynamics(self, p: np.ndarray) -> dict[str, float]:
        """Heats, work, power, efficiency and entropy production of one cycle from ``p``.

        Heats are energy changes during the strokes; work is what the two quenches extract;
        ``entropy_production = -beta_H Q_H - beta_C Q_C`` (the system's entropy returns in the
        limit cycle).
        """
        pr = self.protocol
        after_hot = self.P_hot @ p
        after_cold = self.M @ p
        q_h = float(self.energies_hot @ (after_hot - p))
        q_c = float(self.energies_cold @ (after_cold - after_hot))
        work = float((self.energies_hot - self.energies_cold) @ (after_hot - after_cold))
        return {
            "heat_hot": q_h,
            "heat_cold": q_c,
            "work": work,
            "power": work / self.period,
            "eta": work / q_h,
            "entropy_production": -pr.beta_h * q_h - pr.beta_c * q_c,
            "bright_weight": float(p[0] + p[2]),
        }


def chain_cycle(p: Protocol, kappa: float, hbar: float = 1.0) -> ChainCycle:
    """The Result 3 cycle on the 4-state chain with local decay ``kappa`` (see module doc)."""
    if kappa < 0 or not np.isfinite(kappa):
        raise ValueError(f"kappa must be a finite rate >= 0, got {kappa!r}")
    gens = [
        chain_generator(p.N, omega=w, beta=b, gamma0=p.gamma0, kappa=kappa, hbar=hbar)
        for w, b in ((p.omega_h, p.beta_h), (p.omega_c, p.beta_c))
    ]
    (E_h, D_h), (E_c, D_c) = _stroke(gens[0], p.tau_h), _stroke(gens[1], p.tau_c)
    M = E_c @ E_h
    M_minus_1 = D_c @ E_h + D_h  # (E_c - 1) E_h + (E_h - 1)
    energies = [hbar * w * np.array([0.0, 0.0, 1.0, 1.0]) for w in (p.omega_h, p.omega_c)]
    return ChainCycle(p, float(kappa), M, M_minus_1, E_h, *energies)


# ---------------------------------------------------------------- tables of the analysis

PROTOCOL_KEYS = ("beta_h", "beta_c", "x_h", "delta0", "tau0", "gamma0")


def _protocol(N: int, cfg: dict[str, Any]) -> Protocol:
    return protocol(N, **{k: cfg["protocol"][k] for k in PROTOCOL_KEYS}, hbar=cfg["hbar"])


def _modes(cc: ChainCycle) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(mu, V, Vinv)``: ``M - 1 = V diag(mu) Vinv`` (eigenvalues sorted, 0 first)."""
    mu, V = np.linalg.eig(cc.M_minus_1)
    if np.max(np.abs(mu.imag)) > 1e-12 * max(1.0, np.max(np.abs(mu))):
        raise ArithmeticError(f"complex eigenvalues of the cycle map: {mu}")
    order = np.argsort(-mu.real)
    mu, V = mu.real[order], V.real[:, order]
    return mu, V, np.linalg.inv(V)


def _work_functional(cc: ChainCycle) -> np.ndarray:
    """``w`` with ``W(p) = w . p`` for one cycle started from populations ``p``."""
    return (cc.energies_hot - cc.energies_cold) @ (cc.P_hot - cc.M)


def _kappa0_reference(N: int, cfg: dict[str, Any]) -> tuple[np.ndarray, float]:
    """Populations and power of the kappa = 0 (bright) limit cycle at N."""
    c0 = chain_cycle(_protocol(N, cfg), 0.0, cfg["hbar"])
    p_0 = c0.limit_populations()
    return p_0, c0.thermodynamics(p_0)["power"]


def _sweep_row(
    N: int, kappa: float, cfg: dict[str, Any], ref: tuple[np.ndarray, float]
) -> dict[str, Any]:
    p_0, power_0 = ref
    cc = chain_cycle(_protocol(N, cfg), kappa, cfg["hbar"])
    p_inf = cc.limit_populations()
    row = {"N": N, "kappa": kappa, **cc.thermodynamics(p_inf), "power_kappa0": power_0}
    if kappa > 0:
        mu, V, Vinv = _modes(cc)
        row["slow_rate"] = float(-np.log1p(mu[1]) / cc.period)
        # work delivered above the limit cycle when started in the kappa = 0 cycle:
        # sum_n w . M^n (p_0 - p_inf) = w . V diag(1/(-mu)) Vinv (p_0 - p_inf) on the decaying modes
        coeff = Vinv @ (p_0 - p_inf)
        row["excess_work"] = float(_work_functional(cc) @ V[:, 1:] @ (coeff[1:] / -mu[1:]))
    else:
        row["slow_rate"] = row["excess_work"] = 0.0
    return row


def sweep_table(cfg: dict[str, Any], progress=None) -> pd.DataFrame:
    """Limit cycle with local decay for every (kappa, N): power, efficiency, entropy production,
    bright weight, the slowest decay rate of the transient and its excess work."""
    refs = {N: _kappa0_reference(N, cfg) for N in log_n_values(cfg)}
    rows = []
    for kappa in [0.0, *cfg["kappas"]]:
        rows += [_sweep_row(N, float(kappa), cfg, refs[N]) for N in log_n_values(cfg)]
        if progress is not None:
            progress(f"kappa={kappa:g}")
    return pd.DataFrame(rows)


def transient_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """Cycle-by-cycle power from the kappa = 0 limit cycle, at ``transient_N``, on a grid of
    ``kappa t`` (cycle index ``n = round(t / period)``), for every kappa > 0."""
    N = cfg["transient_N"]
    pr = _protocol(N, cfg)
    p_0, power_0 = _kappa0_reference(N, cfg)
    kt = np.geomspace(cfg["transient_kt_min"], cfg["transient_kt_max"], cfg["transient_points"])
    rows = []
    for kappa in cfg["kappas"]:
        cc = chain_cycle(pr, float(kappa), cfg["hbar"])
        mu, V, Vinv = _modes(cc)
        w, coeff = _work_functional(cc), Vinv @ p_0
        n = np.round(kt / kappa / cc.period)
        p_n = V @ (np.exp(n[None, :] * np.log1p(mu)[:, None]) * coeff[:, None])
        power = (w @ p_n) / cc.period
        limit = cc.thermodynamics(cc.limit_populations())["power"]
        rows += [{"N": N, "kappa": float(kappa), "kappa_t": float(kappa * k * cc.period),
                  "cycle": int(k), "power": float(P), "power_kappa0": power_0,
                  "power_limit": limit} for k, P in zip(n, power, strict=True)]  # fmt: skip
    return pd.DataFrame(rows)


def full_check_table(cfg: dict[str, Any]) -> pd.DataFrame:
    """The chain against the full 2N-dimensional cycle: N = 1 .. full_check_N_max, kappa = 0 and
    the smallest and largest kappa."""
    rows = []
    kappas = sorted({0.0, float(min(cfg["kappas"])), float(max(cfg["kappas"]))})
    for N in range(1, cfg["full_check_N_max"] + 1):
        pr = _protocol(N, cfg)
        start = embed_populations(_kappa0_reference(N, cfg)[0], N)
        for kappa in kappas:
            cc = chain_cycle(pr, float(kappa), cfg["hbar"])
            th = cc.thermodynamics(cc.limit_populations())
            cyc = full_local_cycle(pr, float(kappa), cfg["hbar"])
            fp = limit_cycle_state(cyc, start, cfg["null_tol"])
            res = run_cycle(cyc, fp.rho, 3)
            full = {"power": res.power, "heat_hot": res.heat_hot, "eta": res.efficiency}
            dev = max(abs(full[k] / th[k] - 1.0) for k in full)
            rows.append({"N": N, "kappa": float(kappa), "power_chain": th["power"],
                         "power_full": res.power, "heat_hot_chain": th["heat_hot"],
                         "heat_hot_full": res.heat_hot, "max_rel_diff": dev,
                         "multiplicity": fp.multiplicity})  # fmt: skip
    return pd.DataFrame(rows)
