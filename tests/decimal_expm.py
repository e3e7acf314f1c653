"""50-digit reference exponentials of Metzler matrices for the cross-check tests (no mpmath in
the lock): ``exp(W t) v`` summed as the Taylor series of the shifted, non-negative ``W + s 1``
in ``decimal`` arithmetic (only non-negative terms: no cancellation), times ``exp(-s t)``."""

from decimal import Decimal, localcontext


def expm_apply(W, t: float, v, prec: int = 50) -> list[float]:
    """``exp(W t) v`` for a small Metzler matrix ``W`` (nested lists or array) and vector ``v``."""
    with localcontext() as ctx:
        ctx.prec = prec
        n = len(v)
        Wd = [[Decimal(float(W[i][j])) for j in range(n)] for i in range(n)]
        s = max(-Wd[i][i] for i in range(n))
        A = [[Wd[i][j] + (s if i == j else 0) for j in range(n)] for i in range(n)]
        td = Decimal(float(t))
        term = [Decimal(float(x)) for x in v]
        total = list(term)
        k = 1
        while True:
            term = [sum(A[i][j] * term[j] for j in range(n) if A[i][j]) * td / k for i in range(n)]
            total = [a + b for a, b in zip(total, term, strict=True)]
            if k > s * td and max(term) <= Decimal(10) ** (-prec + 5) * max(total):
                break
            k += 1
        scale = (-s * td).exp()
        return [float(x * scale) for x in total]
