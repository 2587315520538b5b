"""The outputs of the NumPy comparison model (numpy_model.py) from its monthly flows, their
summaries and their CSV, in the names, order and layout of `mvzsim run -f csv` (docs/model.md
sections 9.4, 9.6, 11)."""

import sys

import numpy as np

# Yearly outputs (section 9.4) in mvzsim's order (models/projection/outputs.h), with their units.
YEARLY_UNITS = (
    ("cases", "cases"), ("doctor_fte", "FTE"), ("vacancy", "share"), ("gkv_revenue", "EUR"),
    ("pkv_revenue", "EUR"), ("other_revenue", "EUR"), ("lump_sums", "EUR"), ("addons_revenue", "EUR"),
    ("revenue", "EUR"), ("doctor_costs", "EUR"), ("staff_costs", "EUR"), ("premises_costs", "EUR"),
    ("running_costs", "EUR"), ("recruiting_costs", "EUR"), ("addons_costs", "EUR"), ("kv_fees", "EUR"),
    ("billing_fees", "EUR"), ("costs", "EUR"),
    ("ebitda", "EUR"), ("depreciation", "EUR"), ("interest", "EUR"), ("grants", "EUR"), ("repayments", "EUR"),
    ("income_taxes", "EUR"), ("annual_result", "EUR"), ("cumulative_result", "EUR"), ("subsidy_need", "EUR"),
    ("cash_end", "EUR"),
    ("cash_min", "EUR"))
# Whole-trial outputs (section 9.6).
TRIAL_UNITS = (
    ("payback_month", "months"), ("largest_deficit", "EUR"), ("largest_cash_gap", "EUR"),
    ("cash_payback_month", "months"), ("repayment", "share"), ("subsidy_over_ceiling", "share"),
    ("investments", "EUR"), ("investment_grants", "EUR"))
YEARLY = tuple(name for name, _ in YEARLY_UNITS)
TRIAL = tuple(name for name, _ in TRIAL_UNITS)

SUMMED = ("cases", "gkv_revenue", "pkv_revenue", "other_revenue", "lump_sums", "doctor_costs", "staff_costs",
          "premises_costs", "running_costs", "recruiting_costs")


def last_month_below_zero(x):
    """The month count after the last month with x < 0 (0 if never), per trial (section 9.6)."""
    below = x < 0
    last = x.shape[0] - np.argmax(below[::-1], axis=0)
    return np.where(below.any(axis=0), last, 0)


def outputs(f, cal, out):
    """The yearly (section 9.4) and whole-trial (section 9.6) outputs into out[output, trial]."""
    y = {k: cal.by_year(np.add, f[k]) for k in SUMMED}
    y["doctor_fte"] = cal.by_year(np.add, f["doctor_fte"]) / cal.months_in_year[:, None]
    y["vacancy"] = cal.by_year(np.logical_or, f["vacancy"]).astype(float)
    zero = np.zeros_like(y["cases"])
    for k in ("addons_revenue", "addons_costs", "kv_fees", "billing_fees", "depreciation", "interest", "grants",
              "repayments", "income_taxes"):
        y[k] = zero
    y["revenue"] = y["gkv_revenue"] + y["pkv_revenue"] + y["other_revenue"] + y["lump_sums"]
    y["costs"] = (y["doctor_costs"] + y["staff_costs"] + y["premises_costs"] + y["running_costs"]
                  + y["recruiting_costs"])
    y["ebitda"] = y["revenue"] - y["costs"]
    y["annual_result"] = y["ebitda"]
    y["cumulative_result"] = np.cumsum(y["annual_result"], axis=0)
    y["subsidy_need"] = np.maximum(0.0, -y["annual_result"])
    year_ends = np.append(cal.year_starts[1:], cal.months) - 1
    y["cash_end"] = f["cash"][year_ends]
    y["cash_min"] = cal.by_year(np.minimum, f["cash"])
    for i, name in enumerate(YEARLY):
        out[i:len(YEARLY) * cal.years:len(YEARLY)] = y[name]
    cumulative = np.cumsum(f["result"], axis=0)
    t = dict.fromkeys(TRIAL, 0.0)
    t["payback_month"] = last_month_below_zero(cumulative)
    t["largest_deficit"] = np.maximum(0.0, -cumulative.min(axis=0))
    t["largest_cash_gap"] = np.maximum(0.0, -f["cash"].min(axis=0))
    t["cash_payback_month"] = last_month_below_zero(f["cash"])
    for i, name in enumerate(TRIAL):
        out[len(YEARLY) * cal.years + i] = t[name]


COLUMNS = ("year", "months", "metric", "unit", "mean", "standard_error", "sd", "p5", "p50", "p95", "min", "max",
           "share_negative", "share_negative_se")


def summary(row):
    """mean, sd (divisor N - 1), P5, P50, P95 (Hyndman-Fan rule 7: numpy.percentile's default
    'linear'), min, max, share below zero of one output's trials (section 11). A constant output
    (a quarter of the main example's) needs no sorting."""
    n = row.size
    low, high = row.min(), row.max()
    share = np.count_nonzero(row < 0) / n
    if low == high:
        return low, 0.0, low, low, low, low, high, share
    mean = row.mean()
    dev = row - mean
    sd = np.sqrt(dev @ dev / (n - 1)) if n > 1 else 0.0
    return (mean, sd, *np.percentile(row, [5, 50, 95]), low, high, share)


def summarise(values, cal):
    """One row per output of values (outputs x trials), row by row (each output's trials are
    contiguous, so the temporaries stay small): the summary with the s.e. of the mean and of the
    share below zero."""
    n = values.shape[1]
    stats = np.array([summary(row) for row in values])
    mean, sd, share = stats[:, 0], stats[:, 1], stats[:, 7]
    stats = np.column_stack([mean, sd / np.sqrt(n), sd, stats[:, 2:7], share, np.sqrt(share * (1 - share) / n)])
    labels = [(str(cal.first_year + y), str(cal.months_in_year[y]), name, unit)
              for y in range(cal.years) for name, unit in YEARLY_UNITS]
    labels += [("all", "", name, unit) for name, unit in TRIAL_UNITS]
    return [label + tuple(row) for label, row in zip(labels, stats)]


def number(x):
    """Shortest round-trip text of a double, integers without '.0' (as mvzsim writes them)."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def write_csv(rows, header, path):
    out = open(path, "w", encoding="utf-8") if path else sys.stdout
    try:
        out.write(header + "\n" + ",".join(COLUMNS) + "\n")
        for r in rows:
            out.write(",".join(list(r[:4]) + [number(x) for x in r[4:]]) + "\n")
    finally:
        if path:
            out.close()
