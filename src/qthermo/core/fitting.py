"""Fits shared by the papers' scaling claims."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["fit_exponent"]


def fit_exponent(x: Sequence[float], y: Sequence[float]) -> float:
    """Least-squares slope of ``log|y|`` against ``log x``: the exponent ``a`` of ``|y| ~ x^a``."""
    return float(
        np.polyfit(np.log(np.asarray(x, float)), np.log(np.abs(np.asarray(y, float))), 1)[0]
    )
