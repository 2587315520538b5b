#!/usr/bin/python3
"""The mvzsim model (docs/model.md) in plain NumPy, vectorised over trials: the reference that
bench/compare_numpy.py times mvzsim against (issue 14: mvzsim per CPU second against NumPy).

    /usr/bin/python3 bench/numpy_model.py examples/rural-gp-3.yaml -n 100000 [-s SEED] [-o out.csv]

Writes the summaries of every output in the layout of `mvzsim run -f csv` (year, months, metric,
unit, mean, standard_error, sd, p5, p50, p95, min, max, share_negative, share_negative_se).
It draws from NumPy's own generator (PCG64), not from mvzsim's streams, so its numbers agree with
mvzsim's only within Monte Carlo error; compare_numpy.py checks that they do.

Each chunk of trials is a set of (months x trials) arrays, one per monthly flow; every formula
of docs/model.md is one array expression over all trials and months at once. Section numbers
refer to docs/model.md.
"""

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_scenario  # noqa: E402

from numpy_draws import draw, growth_index, half_up  # noqa: E402
from numpy_outputs import TRIAL, YEARLY, outputs, summarise, write_csv  # noqa: E402


class Calendar:
    """Months from the opening month to December of the last year (section 1)."""

    def __init__(self, s):
        self.months, self.years, self.first_year = s.months, s.years, s.opening_year
        offset = s.opening_month - 1
        m = np.arange(self.months)
        self.year_of = (offset + m) // 12  # year index of each month
        self.year_starts = np.searchsorted(self.year_of, np.arange(self.years))
        self.months_in_year = np.diff(np.append(self.year_starts, self.months))
        quarter = (offset + m) // 3 - offset // 3  # calendar quarters, 0 = the opening quarter
        self.quarter_of = quarter
        self.quarter_starts = np.searchsorted(quarter, np.arange(quarter[-1] + 1))
        self.quarter_ends = np.append(self.quarter_starts[1:], self.months) - 1
        self.rows = m[:, None]  # (months, 1): broadcasts against (trials,)

    def by_year(self, ufunc, x):
        """ufunc (np.add, np.minimum, np.logical_or) over each calendar year's months of x
        (months x trials), (years x trials). With full years a reshape: 5 times faster than
        ufunc.reduceat."""
        if self.months == 12 * self.years:
            return ufunc.reduce(x.reshape(self.years, 12, x.shape[1]), axis=1)
        return ufunc.reduceat(x, self.year_starts, axis=0)


def ramp_table(quarters, start_share, shape):
    """rho(k) for each month since a doctor started, then 1 (section 4.1)."""
    values = []
    for j in range(3 * quarters):
        x = (j // 3) / quarters
        g = x if shape == "linear" else 3 * x * x - 2 * x ** 3
        values.append(start_share + (1 - start_share) * g)
    return np.array(values + [1.0])


class DoctorMonths:
    """Sums over the positions: F (FTE), capacity Q (FTE), C_doc and C_rec (EUR/month) and
    vacancy, each (months x trials), or (months x 1) while it is the same in every trial."""

    def __init__(self, cal, n):
        column = (cal.months, 1)
        self.fte, self.capacity, self.cost = np.zeros(column), np.zeros(column), np.zeros(column)
        self.recruiting = np.zeros((cal.months, n))
        self.vacant = np.zeros(column, dtype=bool)


def position_spells(p, cal, rng, first, rate):
    """Yields (trial indices, fill month, first month no longer in post, spell number) of each
    spell in post (section 3.1). The months in post until a departure are geometric with the
    monthly hazard q = 1 - (1 - p)^(1/12), drawn once per spell, as mvzsim draws them (by
    inversion, docs/model.md section 3.1)."""
    q = np.broadcast_to(1.0 - (1.0 - rate) ** (1.0 / 12.0), first.shape)
    idx, fill, spell = np.arange(first.size), first, 0
    while idx.size:
        end = np.full(idx.size, cal.months)  # nobody leaves when q = 0
        leaves = q[idx] > 0
        end[leaves] = fill[leaves] + rng.geometric(q[idx][leaves])
        yield idx, fill, end, spell
        fill = end + half_up(np.maximum(0.0, draw(p.refill, rng, idx.size)))  # a refill gap per departure
        keep = fill < cal.months  # a fill after the horizon never happens
        idx, fill, spell = idx[keep], fill[keep], spell + 1


def walk_position(p, cal, rng, n, ramps, hire, d):
    """In post (bool) and ramp share rho (section 4.1), (months x trials), of a position whose
    fill or departures differ between trials; the recruiting cost of each hire into d."""
    wait = np.broadcast_to(half_up(np.maximum(0.0, draw(p.time_to_fill, rng, n))), (n,))
    rate = draw(p.departures, rng, n)  # a yearly probability, drawn once per trial
    filled = np.zeros((cal.months, n), dtype=bool)
    rho = np.zeros((cal.months, n))
    for idx, fill, end, spell in position_spells(p, cal, rng, p.start + wait, rate):
        in_post = (cal.rows >= fill) & (cal.rows < end)
        if spell == 0:  # every trial
            filled, rho = in_post, in_post.astype(float)
        else:
            filled[:, idx] |= in_post
            rho[:, idx] += in_post
        # The first doctor ramps up from start_share, a successor from refill_start_share.
        for j, share in enumerate((ramps[0] if spell == 0 else ramps[1])[:-1]):
            m = fill + j
            ramping = (m < end) & (m < cal.months)
            rho[m[ramping], idx[ramping]] = share
        hired = fill < cal.months
        d.recruiting[fill[hired], idx[hired]] += hire[idx[hired]]  # the cost of each hire in its month
    return filled, rho


def add_position(p, cal, rng, n, ramps, d):
    """One doctor position's months (sections 3, 3.1, 4.1) added into d."""
    monthly_cost = p.fte * draw(p.salary, rng, n) / 12.0 * (1.0 + draw(p.on_cost, rng, n))
    cost = monthly_cost * growth_index(p.raise_, rng, n, cal.years)[cal.year_of]  # (months, trials)
    capacity = p.fte * draw(p.productivity, rng, n)
    hire = np.broadcast_to(draw(p.recruiting_cost, rng, n), (n,))
    if p.time_to_fill.fixed and p.departures.fixed and p.departures.params[0] <= 0:
        # Filled in the same month in every trial and never left: (months x 1).
        first = p.start + int(half_up(max(0.0, p.time_to_fill.params[0])))
        filled = cal.rows >= first
        ramp = ramps[0]
        rho = np.where(filled, ramp[np.minimum(np.maximum(cal.rows - first, 0), ramp.size - 1)], 0.0)
        if first < cal.months:
            d.recruiting[first] += hire
    else:
        filled, rho = walk_position(p, cal, rng, n, ramps, hire, d)
    d.fte = d.fte + p.fte * filled
    d.cost = d.cost + (cost if filled.all() else filled * cost)
    d.capacity = d.capacity + capacity * rho
    d.vacant = d.vacant | ((cal.rows >= p.start) & ~filled)


def staff_months(s, cal, rng, n, doctor_fte):
    """C_staff and v_staff (sections 6, 6.1)."""
    cost = 0.0
    shortage = 0.0
    for r in s.staff:
        monthly = draw(r.salary, rng, n) / 12.0 * (1.0 + draw(r.on_cost, rng, n))
        dep, refill = draw(r.departures, rng, n), draw(r.refill, rng, n)
        vacancy = dep * refill / (12.0 + dep * refill)
        posts = r.fte * doctor_fte if r.per_doctor else r.fte * (cal.rows >= r.start)
        cost = cost + posts * ((1.0 - vacancy) * monthly) * growth_index(r.raise_, rng, n, cal.years)[cal.year_of]
        if r.per_doctor:
            shortage = np.maximum(shortage, vacancy)
    return cost, shortage


def kv_cash(kv_money, kv, cal):
    """KV(m): advances of alpha/3 of the previous quarter's KV money each month, the remainder
    `lag` months after the quarter's last month; none after the horizon (section 9.5)."""
    if kv is None:
        return kv_money
    alpha, lag = kv
    earned = np.add.reduceat(kv_money, cal.quarter_starts, axis=0)  # A_q, (quarters, trials)
    previous = np.vstack([np.zeros((1, earned.shape[1])), earned[:-1]])
    cash = (alpha / 3.0) * previous[cal.quarter_of]
    advances = (alpha / 3.0) * previous * np.diff(np.append(cal.quarter_starts, cal.months))[:, None]
    due = cal.quarter_ends + lag
    within = due < cal.months
    cash[due[within]] += (earned - advances)[within]
    return cash


def times(x, value):
    """x * value, skipped (0.0) when value is the fixed number 0: a term the scenario does not have."""
    return 0.0 if isinstance(value, float) and value == 0.0 else x * value


def revenue(s, cal, rng, n, d, shortage, f):
    """Cases (section 4), revenue (sections 5, 5.2) and their sum, the medical revenue, into f."""
    b, months = s.billing, (cal.months, n)
    cases = d.capacity * (draw(b["cases"], rng, n, months) / 3.0 * (1.0 - shortage))
    gkv_index = growth_index(b["gkv_growth"], rng, n, cal.years)[cal.year_of]
    if b["by_points"]:
        fee = draw(b["points"], rng, n, months) * (draw(b["ow_ct"], rng, n) / 100.0)
    else:
        fee = draw(b["gkv_eur"], rng, n, months)
    private = draw(b["pkv_share"], rng, n, months)
    gkv_cases = cases * (1.0 - private)
    f["cases"] = cases
    f["gkv_revenue"] = gkv_cases * (fee * gkv_index)
    f["pkv_revenue"] = cases * (private * draw(b["pkv_eur"], rng, n, months)
                                * growth_index(b["pkv_growth"], rng, n, cal.years)[cal.year_of])
    f["other_revenue"] = cases * (draw(b["other_eur"], rng, n, months)
                                  * growth_index(b["other_growth"], rng, n, cal.years)[cal.year_of])
    lump = np.zeros((cal.months, 1))
    for per_case, per_month in b["surcharges"]:  # per GKV case and per month, grown with the GKV fee
        lump = lump + (times(gkv_cases, draw(per_case, rng, n, months)) + draw(per_month, rng, n, months)) * gkv_index
    f["lump_sums"] = lump
    f["medical"] = f["gkv_revenue"] + f["pkv_revenue"] + f["other_revenue"] + lump


def costs(s, cal, rng, n, d, staff_cost, f):
    """Costs (sections 3, 6, 7, 8) into f; returns their sum C(m)."""
    pr, rc, months = s.premises, s.running, (cal.months, n)
    f["doctor_costs"], f["recruiting_costs"], f["staff_costs"] = d.cost, d.recruiting, staff_cost
    rent = draw(pr["rent"], rng, n, months) * (pr["area_m2"] if pr["by_area"] else 1.0)
    f["premises_costs"] = rent * growth_index(pr["increase"], rng, n, cal.years)[cal.year_of]
    inflation = growth_index(s.cost_inflation, rng, n, cal.years)[cal.year_of]
    variable = (times(f["cases"], draw(rc["per_case"], rng, n, months))
                + times(d.fte, draw(rc["per_doctor"], rng, n, months)))
    f["running_costs"] = ((draw(rc["fixed"], rng, n, months) + variable) * inflation
                          + times(f["medical"], draw(rc["share"], rng, n, months)))
    return d.cost + d.recruiting + staff_cost + f["premises_costs"] + f["running_costs"]


def project(s, cal, rng, n):
    """n trials: a dict of (months x trials) flows (sections 3 to 9.5)."""
    b = s.billing
    d = DoctorMonths(cal, n)
    quarters, start_share, refill_share, shape = b["ramp"]
    ramps = (ramp_table(quarters, start_share, shape), ramp_table(quarters, refill_share, shape))
    for p in s.doctors:
        add_position(p, cal, rng, n, ramps, d)
    staff_cost, shortage = staff_months(s, cal, rng, n, d.fte)
    f = {"doctor_fte": d.fte, "vacancy": d.vacant}
    revenue(s, cal, rng, n, d, shortage, f)
    total_costs = costs(s, cal, rng, n, d, staff_cost, f)
    # Section 9: no financing or grants (refused by the reader), so the result is the EBITDA.
    f["result"] = f["medical"] - total_costs
    # Section 9.5: cash. KV money by the KV's schedule, PKV after its lag, the rest in its month.
    pkv_cash = f["pkv_revenue"]
    if b["pkv_lag"] > 0:
        pkv_cash = np.vstack([np.zeros((b["pkv_lag"], n)), pkv_cash[:-b["pkv_lag"]]])
    flow = kv_cash(f["gkv_revenue"] + f["lump_sums"], b["kv"], cal) + pkv_cash + f["other_revenue"] - total_costs
    f["cash"] = np.cumsum(flow, axis=0)
    return f


def run(s, trials, seed, chunk):
    """All trials' outputs, (outputs x trials), chunk by chunk."""
    cal = Calendar(s)
    rng = np.random.default_rng(seed)
    values = np.empty((len(YEARLY) * cal.years + len(TRIAL), trials))
    for start in range(0, trials, chunk):
        n = min(chunk, trials - start)
        outputs(project(s, cal, rng, n), cal, values[:, start:start + n])
    return cal, values


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("-n", "--trials", type=int)
    ap.add_argument("-s", "--seed", type=int)
    ap.add_argument("-o", "--output", help="CSV file (default: standard output)")
    ap.add_argument("--chunk", type=int, default=1024,
                    help="trials per vectorised chunk (default 1024: each (months x trials) array about 1 MB)")
    ap.add_argument("--timings", action="store_true", help="print the phases' times to standard error")
    a = ap.parse_args()
    clock = time.process_time  # CPU seconds of this process: the machine may be shared
    t0 = clock()
    try:
        s = numpy_scenario.load(a.scenario)
    except (numpy_scenario.ScenarioError, OSError) as e:
        print(f"numpy_model.py: {e}", file=sys.stderr)
        return 2
    except KeyError as e:
        print(f"numpy_model.py: {a.scenario}: missing key {e}", file=sys.stderr)
        return 2
    trials = a.trials if a.trials is not None else s.trials
    seed = a.seed if a.seed is not None else s.seed
    t1 = clock()
    cal, values = run(s, trials, seed, a.chunk)
    t2 = clock()
    rows = summarise(values, cal)
    t3 = clock()
    header = (f"# numpy_model.py (NumPy {np.__version__}, PCG64); scenario {s.name}; file {a.scenario}; "
              f"seed {seed}; trials {trials}; quantile rule Hyndman-Fan type 7 (numpy.percentile 'linear')")
    write_csv(rows, header, a.output)
    if a.timings:
        print(f"numpy_model.py: CPU seconds: read {t1 - t0:.3f}, trials {t2 - t1:.3f}, summaries {t3 - t2:.3f}, "
              f"write {clock() - t3:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
