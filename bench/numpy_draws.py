"""Draws for the NumPy comparison model (numpy_model.py): an input's value per trial or per
period, and yearly growth indices (docs/model.md sections 2 and 11), from NumPy's generator."""

import numpy as np


def sample(inp, rng, size):
    """Draws of an uncertain input (section 11: uniform, triangular, PERT as a scaled beta)."""
    if inp.form == "uniform":
        low, high = inp.params
        return rng.uniform(low, high, size)
    low, mode, high = inp.params
    if inp.form == "triangular":
        return rng.triangular(low, mode, high, size)
    # PERT: beta with shapes 1 + 4 (mode - low) / (high - low) and 1 + 4 (high - mode) / (high - low).
    width = high - low
    return low + width * rng.beta(1.0 + 4.0 * (mode - low) / width, 1.0 + 4.0 * (high - mode) / width, size)


def draw(inp, rng, n, periods=None):
    """A fixed input as a float; a per-trial input as (n,); a per-period one as `periods` (e.g.
    (months, n)), which must then be given."""
    if inp.fixed:
        return inp.params[0]
    if not inp.per_period:
        return sample(inp, rng, n)
    if periods is None:
        raise ValueError("an input drawn per period where the model draws it once per trial")
    return sample(inp, rng, periods)


def growth_index(rate, rng, n, years):
    """I(0) = 1, I(y) = I(y-1) (1 + r_y), (years, n) (section 2): r_y one draw per trial, or a
    fresh draw each year with draw: year."""
    if rate.fixed and rate.params[0] == 0.0:
        return np.ones((years, 1))
    r = draw(rate, rng, n, (years - 1, n))
    factors = np.broadcast_to(1.0 + np.asarray(r, dtype=float), (years - 1, n))
    index = np.ones((years, n))
    np.cumprod(factors, axis=0, out=index[1:])
    return index


def half_up(x):
    """std::lround for x >= 0: round half away from zero, as int64."""
    return np.floor(np.asarray(x) + 0.5).astype(np.int64)
