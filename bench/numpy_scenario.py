"""Reads an mvzsim scenario (YAML, with Debian's python3-yaml) into plain Python objects for the
NumPy comparison model (numpy_model.py).

Only what the comparison needs is read: the keys of bench/rural-gp-3-plain.yaml (the main example
before its calibration) and a few defaults
next to them (docs/scenario-reference.md). A scenario with a section the NumPy model does not
implement (financing, grants, add-ons, correlations, a payout quota) is refused with a message,
never run with that part silently left out. This is not mvzsim's reader: it checks little; give
it scenarios that `mvzsim run` accepts.
"""

import sys
from dataclasses import dataclass, field

import yaml

# Sections and keys the NumPy model does not implement.
UNSUPPORTED = ("financing", "finance", "grants", "addons", "correlations")
FORMS = ("uniform", "triangular", "pert")


class ScenarioError(Exception):
    """A scenario this reader cannot take; the message names the key path."""


@dataclass
class Input:
    """A number or an uncertain value: form is 'fixed', 'uniform', 'triangular' or 'pert'."""

    form: str = "fixed"
    params: tuple = (0.0,)
    per_period: bool = False  # draw: month / draw: year (anew each period)

    @property
    def fixed(self):
        return self.form == "fixed"


@dataclass
class Position:
    id: str
    fte: float
    start: int  # months after opening
    salary: Input
    on_cost: Input
    raise_: Input
    time_to_fill: Input
    departures: Input  # yearly probability
    refill: Input  # months vacant after a departure, drawn per departure
    recruiting_cost: Input
    productivity: Input


@dataclass
class Role:
    role: str
    per_doctor: bool
    fte: float
    start: int
    salary: Input
    on_cost: Input
    raise_: Input
    departures: Input
    refill: Input


@dataclass
class Scenario:
    name: str
    opening_year: int
    opening_month: int
    years: int
    trials: int
    seed: int
    doctors: list = field(default_factory=list)
    staff: list = field(default_factory=list)
    billing: dict = field(default_factory=dict)
    premises: dict = field(default_factory=dict)
    running: dict = field(default_factory=dict)
    cost_inflation: Input = field(default_factory=Input)

    @property
    def months(self):
        return 12 * self.years - (self.opening_month - 1)


def read_input(node, path, default=None):
    """A number, or {FORM: [...], draw: ...} with FORM one of FORMS."""
    if node is None:
        if default is None:
            raise ScenarioError(f"{path}: missing")
        return Input(params=(float(default),))
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return Input(params=(float(node),))
    if isinstance(node, dict):
        forms = [k for k in node if k != "draw"]
        if len(forms) == 1 and forms[0] in FORMS:
            draw = node.get("draw", "trial")
            return Input(forms[0], tuple(float(v) for v in node[forms[0]]), draw != "trial")
    raise ScenarioError(f"{path}: the NumPy model reads numbers and {', '.join(FORMS)} only (got {node!r})")


def month_of(text, opening, path):
    """'YYYY-MM' as months after the opening month."""
    try:
        year, month = (int(p) for p in str(text).split("-"))
    except ValueError:
        raise ScenarioError(f"{path}: expected YYYY-MM (got {text!r})") from None
    return (year - opening[0]) * 12 + (month - opening[1])


def read_position(d, i, opening):
    path = f"doctors[{i}]"
    r = d.get("recruitment") or {}
    rp = path + ".recruitment"
    return Position(
        id=d["id"], fte=float(d.get("fte", 1.0)),
        start=month_of(d["start"], opening, path + ".start") if "start" in d else 0,
        salary=read_input(d.get("salary_per_year"), path + ".salary_per_year"),
        on_cost=read_input(d.get("on_cost_rate"), path + ".on_cost_rate"),
        raise_=read_input(d.get("raise_per_year"), path + ".raise_per_year", 0.0),
        time_to_fill=read_input(r.get("time_to_fill_months"), rp + ".time_to_fill_months", 0.0),
        departures=read_input(r.get("departures_per_year"), rp + ".departures_per_year", 0.0),
        refill=read_input(r.get("refill_months"), rp + ".refill_months", 0.0),
        recruiting_cost=read_input(r.get("recruiting_cost_eur"), rp + ".recruiting_cost_eur", 0.0),
        productivity=read_input(d.get("productivity"), path + ".productivity", 1.0))


def read_role(s, i, opening):
    path = f"staff[{i}]"
    t = s.get("turnover") or {}
    per_doctor = "fte_per_doctor_fte" in s
    return Role(
        role=s["role"], per_doctor=per_doctor,
        fte=float(s["fte_per_doctor_fte"] if per_doctor else s["fte"]),
        start=month_of(s["start"], opening, path + ".start") if "start" in s else 0,
        salary=read_input(s.get("salary_per_year"), path + ".salary_per_year"),
        on_cost=read_input(s.get("on_cost_rate"), path + ".on_cost_rate"),
        raise_=read_input(s.get("raise_per_year"), path + ".raise_per_year", 0.0),
        departures=read_input(t.get("departures_per_year"), path + ".turnover.departures_per_year", 0.0),
        refill=read_input(t.get("refill_months"), path + ".turnover.refill_months", 0.0))


def read_billing(b):
    gkv, pkv, oth = b.get("gkv") or {}, b.get("private") or {}, b.get("other") or {}
    if "payout_quota" in gkv:
        raise ScenarioError("billing.gkv.payout_quota: not implemented in the NumPy model")
    by_points = "points_per_case" in gkv
    ramp = b.get("ramp_up") or {}
    kv = b.get("kv_payment")
    return {
        "cases": read_input(b.get("cases_per_fte_per_quarter"), "billing.cases_per_fte_per_quarter"),
        "by_points": by_points,
        "points": read_input(gkv.get("points_per_case"), "billing.gkv.points_per_case") if by_points else None,
        "ow_ct": read_input(gkv.get("orientierungswert_ct_per_point"), "billing.gkv.orientierungswert_ct_per_point")
        if by_points else None,
        "gkv_eur": None if by_points else read_input(gkv.get("eur_per_case"), "billing.gkv.eur_per_case"),
        "gkv_growth": read_input(gkv.get("growth_per_year"), "billing.gkv.growth_per_year", 0.0),
        "pkv_share": read_input(pkv.get("share_of_cases"), "billing.private.share_of_cases", 0.0),
        "pkv_eur": read_input(pkv.get("eur_per_case"), "billing.private.eur_per_case", 0.0),
        "pkv_growth": read_input(pkv.get("growth_per_year"), "billing.private.growth_per_year", 0.0),
        "pkv_lag": int(pkv.get("payment_lag_months", 0)),
        "other_eur": read_input(oth.get("eur_per_case"), "billing.other.eur_per_case", 0.0),
        "other_growth": read_input(oth.get("growth_per_year"), "billing.other.growth_per_year", 0.0),
        "ramp": (int(ramp.get("quarters", 0)), float(ramp.get("start_share", 1.0)),
                 float(ramp.get("refill_start_share", 1.0)), ramp.get("shape", "linear")),
        "kv": None if kv is None else (float(kv["advance_share"]), int(kv["settlement_lag_months"])),
        "surcharges": [(read_input(s.get("eur_per_case"), f"billing.surcharges[{i}].eur_per_case", 0.0),
                        read_input(s.get("eur_per_month"), f"billing.surcharges[{i}].eur_per_month", 0.0))
                       for i, s in enumerate(b.get("surcharges") or [])],
    }


def read_premises(p):
    by_area = "area_m2" in p
    return {
        "by_area": by_area,
        "area_m2": float(p.get("area_m2", 0.0)),
        "rent": read_input(p.get("rent_eur_per_m2_per_month" if by_area else "rent_eur_per_month"),
                           "premises.rent"),
        "increase": read_input(p.get("rent_increase_per_year"), "premises.rent_increase_per_year", 0.0),
    }


def read_running(r):
    return {
        "fixed": read_input(r.get("fixed_eur_per_month"), "running_costs.fixed_eur_per_month"),
        "per_case": read_input(r.get("eur_per_case"), "running_costs.eur_per_case", 0.0),
        "share": read_input(r.get("share_of_revenue"), "running_costs.share_of_revenue", 0.0),
        "per_doctor": read_input(r.get("eur_per_month_per_doctor_fte"),
                                 "running_costs.eur_per_month_per_doctor_fte", 0.0),
    }


def load(path):
    with open(path, encoding="utf-8") as f:
        top = yaml.safe_load(f)
    for key in UNSUPPORTED:
        if key in top:
            raise ScenarioError(f"{path}: section '{key}' is not implemented in the NumPy model")
    c = top["centre"]
    year, month = (int(p) for p in str(c["opening"]).split("-"))
    opening = (year, month)
    s = Scenario(name=c.get("name", ""), opening_year=year, opening_month=month, years=int(c["horizon_years"]),
                 trials=int(c.get("trials", 10000)), seed=int(c.get("seed", 1)))
    s.doctors = [read_position(d, i, opening) for i, d in enumerate(top["doctors"])]
    s.staff = [read_role(r, i, opening) for i, r in enumerate(top.get("staff") or [])]
    s.billing = read_billing(top["billing"])
    s.premises = read_premises(top["premises"])
    s.running = read_running(top["running_costs"])
    s.cost_inflation = read_input(top.get("cost_inflation_per_year"), "cost_inflation_per_year", 0.0)
    return s


if __name__ == "__main__":
    print(load(sys.argv[1]))
