"""A broadband (Ohmic) bath for the models of Kamimura et al., beside the white-noise and
narrow-band baths of :mod:`qthermo.papers.kamimura.bounds`.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (6), (9), (14), (19)-(20).  hbar = 1.

Rate function (the Fourier transform of the bath correlation ``C(s)`` of Eq. 6,
``gamma(w) = int C(s) e^{i w s} ds``), Ohmic with an exponential cutoff ``omega_c`` and
detailed balance at inverse temperature ``beta``::

    gamma(w) = eta w e^{-|w|/omega_c} / (1 - e^{-beta w}),    gamma(-w) = e^{-beta w} gamma(w)

(at T = 0: ``eta w e^{-w/omega_c}`` for w > 0 and 0 below).  ``eta`` is fixed so that the
rate at the qubit frequency equals the narrow-band (or white-noise) one,
``gamma(omega_q) = gamma_0/g^2`` (``gamma_wn/g^2`` for the m-body model): every model then has
the same single-qubit decay rate under both readings, and only the frequency dependence differs.

The bounds' bath coefficient ``Xi = int_0^inf |C(s)| ds`` (text after Eq. 9) follows from
``C(s) = (1/2 pi) int gamma(w) e^{-i w s} dw``.  At T = 0 it is closed form:
``C(s) = (eta/2 pi) omega_c^2/(1 + i omega_c s)^2``, ``|C(s)| = (eta/2 pi) omega_c^2/(1 +
omega_c^2 s^2)``, so ``Xi = eta omega_c/4``.  At T > 0 the thermal part of Re C(s) is a
Fourier integral done by quadrature, and Xi by a second quadrature over s.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from typing import Any

import numpy as np

from qthermo.papers.kamimura.bounds import bohr_current_operator
from qthermo.papers.kamimura.models import ScalingModel

__all__ = [
    "ohmic_rate",
    "ohmic_eta",
    "ohmic_correlation",
    "xi_ohmic",
    "ohmic_version",
]


def ohmic_rate(w: Any, *, eta: float, omega_c: float, beta: float) -> np.ndarray:
    """Ohmic ``gamma(w)`` with exponential cutoff and detailed balance (module docstring).

    ``beta = inf`` is T = 0; at w = 0 the T > 0 limit ``eta/beta`` is used.
    """
    w = np.asarray(w, dtype=float)
    cut = eta * np.exp(-np.abs(w) / omega_c)
    if math.isinf(beta):
        return np.where(w > 0, cut * w, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        val = cut * w / -np.expm1(-beta * w)
    return np.where(w == 0, eta / beta, val)


@functools.lru_cache(maxsize=256)
def ohmic_eta(*, rate: float, omega_q: float, omega_c: float, beta: float) -> float:
    """``eta`` such that ``gamma(omega_q) = rate`` (the narrow-band/white-noise normalisation).

    Cached: a pure function of floats, called once per model and L with the same arguments."""
    return rate / float(ohmic_rate(omega_q, eta=1.0, omega_c=omega_c, beta=beta))


def ohmic_correlation(s: float, *, eta: float, omega_c: float, beta: float) -> complex:
    """``C(s) = (1/2 pi) int gamma(w) e^{-i w s} dw`` of :func:`ohmic_rate`.

    T = 0 part closed form; the thermal part ``(eta/pi) int_0^inf w n(w) e^{-w/omega_c}
    cos(w s) dw`` (``n`` the Bose function) by Fourier quadrature (QUADPACK QAWF/QAWO).
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import quad

    c0 = eta / (2 * math.pi) * omega_c**2 / (1 + 1j * omega_c * s) ** 2
    if math.isinf(beta):
        return complex(c0)

    def f(w: float) -> float:
        if w == 0:
            return eta / beta
        return eta * w * math.exp(-w * (1 / omega_c + beta)) / -math.expm1(-beta * w)

    if s == 0:
        th = quad(f, 0.0, np.inf, limit=400)[0]
    else:
        th = quad(f, 0.0, np.inf, weight="cos", wvar=abs(s), limlst=200)[0]
    return complex(c0) + th / math.pi


@functools.lru_cache(maxsize=256)
def xi_ohmic(*, eta: float, omega_c: float, beta: float) -> float:
    """``Xi = int_0^inf |C(s)| ds`` (text after Eq. 9) of the Ohmic bath.

    Closed form ``eta omega_c/4`` at T = 0; at T > 0 quadrature over s up to ``s_max = 100
    max(beta, 1/omega_c)`` (split at the cutoff and thermal times) plus the 1/s^2 tail
    ``s_max |C(s_max)|`` (tested against the large-beta closed form and gamma <= 2 Xi).
    Cached: it does not depend on L, and the T > 0 quadrature (~0.1 s) would otherwise be
    repeated for every L of a table at the same (eta, omega_c, beta).
    """
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    from scipy.integrate import quad

    if math.isinf(beta):
        return eta * omega_c / 4.0

    def a(s: float) -> float:
        return abs(ohmic_correlation(s, eta=eta, omega_c=omega_c, beta=beta))

    s_max = 100.0 * max(beta, 1.0 / omega_c)
    knots = sorted({0.0, 1.0 / omega_c, 10.0 / omega_c, beta, 10.0 * beta, s_max})
    # math.fsum, not sum: sum() of floats is compensated from Python 3.12 on, so its last bit
    # would differ between the supported Pythons (CI compares their outputs byte for byte)
    total = math.fsum(
        quad(a, lo, hi, limit=200)[0] for lo, hi in zip(knots, knots[1:], strict=False)
    )
    # |C(s)| ~ K/s^2 beyond s_max (the |w| kink of the cutoff at w = 0): tail K/s_max
    return total + s_max * a(s_max)


def ohmic_version(
    model: ScalingModel, A: Any, *, rate_at_wq: float, omega_c: float, beta: float
) -> ScalingModel:
    """``model`` with its bath replaced by the Ohmic one (same A, H_S, initial state).

    GKSL after the RWA (Eq. 20): ``X`` of ``sum_w gamma(w) D[A_w]`` over every Bohr component
    of A; the initial states are diagonal in the energy basis, so their current is the
    Redfield one (Eqs. 19-20).  ``J_formula`` keeps the paper's closed form (white noise or
    narrow band), so a claim comparing with it measures how far the Ohmic current is from it;
    the channel keeps ||A|| and Delta E and gets the Ohmic Xi.
    ``A`` is the system operator in the model's energy basis (for the parallel scheme: the
    single-qubit one, whose only jump is omega_q, so X is unchanged up to the rate).
    """
    omega_q = float(model.params["omega_q"])
    eta = ohmic_eta(rate=rate_at_wq, omega_q=omega_q, omega_c=omega_c, beta=beta)
    ch = model.channels[0]
    new_ch = dataclasses.replace(ch, xi=xi_ohmic(eta=eta, omega_c=omega_c, beta=beta))
    if ch.multiplicity > 1:  # independent local baths: only the jump omega_q exists
        X = model.X  # rate gamma(omega_q) = rate_at_wq unchanged
    else:
        X = bohr_current_operator(
            model.energies,
            A,
            lambda w: float(ohmic_rate(w, eta=eta, omega_c=omega_c, beta=beta)),
        )
    return dataclasses.replace(
        model,
        channels=[new_ch],
        X=X,
        params={**model.params, "bath": "ohmic", "omega_c": omega_c, "eta": eta},
    )
