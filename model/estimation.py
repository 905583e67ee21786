"""The calibrated history: free parameters estimated from ``data/facts.csv``, and the state it ends in.

One run, the ``history`` preset (``scenarios/history.toml``, January 2018 on), is fitted
to the disclosed series by weighted least squares (``scipy.optimize.least_squares``):

* the **targets** are the facts of ``model.facts.RULES`` that the history preset compares
  (GMV and buyers 2018-2021, merchants 2020, monetisation 2020-21, ads revenue 2024, the
  online shoppers, the incumbent's GMV and take rate, the content platform's 2024 figures);
  each residual is ``ln(model / fact) / σ`` with σ from the fact's confidence
  (``CONFIDENCE_SIGMA``) or the rule's own where the model quantity is not quite the fact's;
* the **free parameters** (``FREE``) are a declared subset, each fitted within its registry
  range from a declared start value (so the fit is reproducible); every other parameter keeps
  its declared value and source;
* the **uncertainty** is the Gauss-Newton covariance at the optimum, ``(JᵀJ)⁻¹`` of the
  weighted Jacobian (the σ are the facts' own error scales), over the estimates inside their
  ranges; one on a bound is held there (standard error 0, flagged ``at_bound``): the facts
  push it past its declared range, which says the range, not the data, sets it.  The history's
  Monte Carlo bands draw the estimates from this covariance (``draws``);
* **shared** estimates (``Free.shared``: the network effect) are the model's own: every run's
  default, and their fitted normal (± two standard errors, cut to the range) the Monte Carlo's
  distribution (``registry``, ``Param.dist`` kind ``"normal"``);
* the **end state**: the history's state in January 2025 (and 2024), written as the registry
  parameters that set a run's starting state (``STATE_MAP``: shoppers, wallets, wallet and
  active shares, merchants and their effort per platform, ad revenue per GMV), so that it can
  be set beside the 2025 presets' own starting state (the calibration page).

``python -m model calibrate`` runs the fit and writes ``data/calibration.toml``, which the
history preset reads its estimates from; ``--check`` fails if the committed file is not what
the fit gives.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .params import FloatArray, ParamBatch, Params, lookup
from .registry import PLATFORMS, SEGMENTS, TYPES
from .resources import DATA_DIR

if TYPE_CHECKING:
    from .scenario import Scenario

CALIBRATION_TOML = DATA_DIR / "calibration.toml"
HISTORY = "history"
HISTORY_START = "2018-01"

CONFIDENCE_SIGMA: Mapping[str, float] = {
    "high": 0.05,
    "medium-high": 0.10,
    "medium": 0.15,
    "low-medium": 0.25,
    "low": 0.40,
}
"""The error scale of a fact (on ln(model / fact)) by its confidence in ``data/facts.csv``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Free:
    """One estimated quantity: one or more parameters set to the same value.

    Attributes:
        names: the parameters (tied: they take one value).
        start: the value the fit starts from (declared, so the fit is deterministic).
        why, why_zh: what identifies it (which facts move it), in English and Chinese.
        shared: a behavioural parameter with no reason to differ between 2018 and today: the
            estimate becomes the registry default of every run, and its fitted distribution the
            Monte Carlo's (``registry``); the others describe the history only (its 2018 state, the
            challenger era's uptake, the content platform's rise).
    """

    names: tuple[str, ...]
    start: float
    why: str
    why_zh: str
    shared: bool = False

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def bounds(self) -> tuple[float, float]:
        ps = [lookup(n) for n in self.names]
        return max(p.min for p in ps), min(p.max for p in ps)


def _seg(template: str) -> tuple[str, ...]:
    return tuple(template.format(s=s) for s in SEGMENTS)


FREE: tuple[Free, ...] = (
    Free(
        names=("start_buyers_frac",),
        start=0.3,
        why="the challenger's buyers in January 2018 (418.5 M annual active in 2018)",
        why_zh="挑战者2018年1月的买家（2018年年活跃买家4.185亿）",
    ),
    Free(
        names=("start_wallet_share_frac",),
        start=0.2,
        why="its share of those buyers' wallets in January 2018 (GMV 2018-2021)",
        why_zh="2018年1月其在这些买家钱包中的份额（2018—2021年GMV）",
    ),
    Free(
        names=_seg("shoppers_rate_{s}"),
        start=0.2,
        why="online shoppers' growth to 974 M in December 2024 (CNNIC)",
        why_zh="网购用户增长至2024年12月的9.74亿（中国互联网络信息中心）",
    ),
    Free(
        names=("merchants_total_smb_established",),
        start=2.5,
        why="small merchants online in 2018 (8.6 M active merchants in 2020)",
        why_zh="2018年在线经营的中小商家（2020年活跃商家860万）",
    ),
    Free(
        names=("ad_spend",),
        start=0.032,
        why="ad revenue per GMV in 2018 (monetisation 3.22 % in 2020)",
        why_zh="2018年广告收入占GMV比例（2020年货币化率3.22%）",
    ),
    Free(
        names=("ad_load",),
        start=0.075,
        why="the share of impressions sold as ads in 2018, ramped to today's 10 % by 2025: monetisation 2020-21, ad revenue 2024",
        why_zh="2018—2019年作为广告出售的曝光占比，2020年起逐步升至今天的10%：2020—2021年货币化率、2024年广告收入",
    ),
    Free(
        names=("ad_spend_incumbent",),
        start=0.028,
        why="the incumbent's ad revenue per GMV in 2018: its customer-management revenue ≈ 4 % of GMV",
        why_zh="2018年传统平台广告收入占GMV比例：其客户管理收入约占GMV的4%",
    ),
    Free(
        names=_seg("wallet_share_{s}_incumbent_0"),
        start=0.5,
        why="the incumbent's wallet share in 2018 (its GMV in the fiscal year to March 2021)",
        why_zh="2018年传统平台的钱包份额（2020—2021财年GMV）",
    ),
    Free(
        names=("content_attraction_gain",),
        start=1.5,
        why="the content platform's rise to 3.5 tn GMV in 2024",
        why_zh="内容平台崛起至2024年GMV 3.5万亿元",
    ),
    Free(
        names=("content_trend_months",),
        start=36.0,
        why="how late that rise comes: +30 % in 2024",
        why_zh="崛起来得多晚：2024年增长30%",
    ),
    Free(
        names=("wallet_share_months",),
        start=36.0,
        why="how fast buyers took up the challenger: GMV per buyer 2018-2024"
        " (a new habit, slower than a move between known platforms)",
        why_zh="买家接受挑战者的速度：2018—2024年人均GMV（新习惯，慢于在熟悉平台之间的转移）",
    ),
    Free(
        names=("acquisition_cost",),
        start=300.0,
        why="buyers bought by marketing 2018-2024 (sales and marketing 13 → 45 bn a year): buyers 2018-2021",
        why_zh="2018—2024年营销获取的买家（销售与营销费用每年130亿→450亿元）：2018—2021年买家",
    ),
    Free(
        names=("network_effect",),
        shared=True,
        start=0.3,
        why="variety draws buyers: the challenger's GMV as its merchants grew 2018-2024",
        why_zh="丰富度吸引买家：2018—2024年商家增长时挑战者的GMV",
    ),
    Free(
        names=("bass_q",),
        start=0.04,
        why="word of mouth: buyers 2018-2021",
        why_zh="口碑传播：2018—2021年买家",
    ),
)


Reader = Callable[[Mapping[str, FloatArray], "Params | ParamBatch", int], FloatArray]
"""Reads one starting-state parameter off a history run at month ``m``: the series (rows: months;
a column per draw for a batch), the history's parameters (one set or a batch) and ``m``."""


def _wallet(s: str) -> Reader:
    def read(d: Mapping[str, FloatArray], p: Params | ParamBatch, m: int) -> FloatArray:
        return np.asarray(p[f"wallet_{s}"] * np.exp(np.log1p(p["wallet_growth"]) / 12 * m), dtype=np.float64)

    return read


def _active_share(s: str, sfx: str) -> Reader:
    def read(d: Mapping[str, FloatArray], p: Params | ParamBatch, m: int) -> FloatArray:
        # buyers above the reach leave (``churn_demand``): a share above 1 is the last of them
        return np.asarray(np.minimum(d[f"buyers_{s}{sfx}"][m] / (p["max_reach"] * d[f"shoppers_{s}"][m]), 1.0), dtype=np.float64)

    return read


def _series(name: str) -> Reader:
    return lambda d, p, m: np.asarray(d[name][m], dtype=np.float64)


def _state_map() -> dict[str, Reader]:
    """Registry parameter → its value from the history at month ``m`` (series, history params, m)."""
    out: dict[str, Reader] = {}
    for s in SEGMENTS:
        out[f"shoppers_{s}"] = _series(f"shoppers_{s}")
        out[f"wallet_{s}"] = _wallet(s)
        for pl in PLATFORMS:
            sfx = "" if pl == "focal" else f"_{pl}"
            out[f"wallet_share_{s}{sfx}_0"] = _series(f"wallet_share_{s}{sfx}")
            out[f"active_share_{s}{sfx}"] = _active_share(s, sfx)
    for k in ("head", "smb_new", "smb_established", "farm"):
        out[f"merchants_total_{k}"] = _series(f"sellers_{k}")
    for k in TYPES:
        for pl in PLATFORMS:
            sfx = "" if pl == "focal" else f"_{pl}"
            out[f"effort_{k}{sfx}_0"] = _series(f"effort_{k}{sfx}")
    for pl in PLATFORMS:
        sfx = "" if pl == "focal" else f"_{pl}"
        out[f"ad_spend{sfx}"] = _series(f"ad_intensity{sfx}")
    for k in ("head", "smb", "farm"):
        out[f"pool_{k}"] = _pool(k)
    out["smb_experience_years"] = _experience
    return out


def _sellers(d: Mapping[str, FloatArray], k: str, m: int) -> FloatArray:
    n = d["sellers_smb_new"][m] + d["sellers_smb_established"][m] if k == "smb" else d[f"sellers_{k}"][m]
    return np.asarray(n, dtype=np.float64)


def _pool(k: str) -> Reader:
    """The potential merchants not yet selling online at month ``m``: the pool at the start less
    the net entry since (``free_pool_{k}``)."""

    def read(d: Mapping[str, FloatArray], p: Params | ParamBatch, m: int) -> FloatArray:
        return np.maximum(p[f"pool_{k}"] + _sellers(d, k, 0) - _sellers(d, k, m), 0.0)

    return read


def _experience(d: Mapping[str, FloatArray], p: Params | ParamBatch, m: int) -> FloatArray:
    """Small merchants' cumulative output at month ``m`` in years of their output then (as
    ``smb_volume_growth`` counts it and ``cal_smb_volume`` reads it)."""
    real_sales = sum(d[f"gmv_smb{sfx}"][m] / d[f"price_smb{sfx}"][m] for sfx in ("", "_incumbent", "_content"))
    real_sales = real_sales / np.exp(np.log1p(p["wallet_growth"]) / 12 * m)
    return np.asarray(d["smb_volume"][m] / (12.0 * real_sales), dtype=np.float64)


STATE_MAP = _state_map()
"""The registry parameters a preset's starting state is read from the history by."""


def month_index(start: str, month: str) -> int:
    """Months from ``start`` to ``month`` (both YYYY-MM)."""
    return (int(month[:4]) - int(start[:4])) * 12 + int(month[5:7]) - int(start[5:7])


# ------------------------------------------------------------------ the fit
@dataclass(frozen=True, slots=True)
class Target:
    """One fact the history is fitted to: the rule that reads it from a run, its value and σ."""

    fact_id: str
    quantity: str
    value: float
    sigma: float
    read: Callable[[object], float]


def targets() -> tuple[Target, ...]:
    """The history's facts (``model.facts.RULES`` of the history preset) with their σ."""
    from .facts import RULES, load_facts

    facts = load_facts().set_index("id")
    out = []
    for rule in RULES:
        if rule.preset != HISTORY:
            continue
        fact = facts.loc[rule.fact_id]
        conf = str(fact["confidence"]).split(" ")[0]
        out.append(
            Target(
                rule.fact_id,
                rule.quantity,
                float(str(fact["value"])) * rule.scale,
                rule.sigma or CONFIDENCE_SIGMA[conf],
                rule.value,  # type: ignore[arg-type]
            )
        )
    return tuple(out)


HORIZON = 84
"""Months of the history: January 2018 to January 2025 (month 84 is its end state)."""


def history_scenario(x: Sequence[float] | FloatArray | None = None) -> Scenario:
    """The history preset, with the free parameters at ``x`` (default: the committed estimates)."""
    from .scenario import load_scenario

    s = load_scenario(HISTORY)
    if x is None:
        return s
    values = {name: float(v) for f, v in zip(FREE, x, strict=True) for name in f.names}
    state = s.state.replace(**values)
    return replace(s, state=state, params=state)


def _batch(xs: FloatArray) -> tuple[ParamBatch, Scenario]:
    from .scenario import load_scenario

    s = load_scenario(HISTORY)
    arrays = {name: xs[:, j] for j, f in enumerate(FREE) for name in f.names}
    return ParamBatch.from_arrays(s.state, arrays), s


def _residuals(xs: FloatArray, tgs: Sequence[Target]) -> FloatArray:
    """Weighted residuals ln(model / fact) / σ for each row of ``xs``: shape (rows, targets)."""
    from .core import integrate

    batch, s = _batch(xs)
    raw = integrate(batch, reference=batch, schedules=s.schedules, months=HORIZON)
    out = np.empty((xs.shape[0], len(tgs)))
    for i in range(xs.shape[0]):
        row = _RowResult(raw.data, i)
        for j, tg in enumerate(tgs):
            out[i, j] = math.log(max(tg.read(row), 1e-12) / tg.value) / tg.sigma
    return out


class _RowResult:
    """One row of a batch run, read as ``Result`` is (``r[name]``, ``r.annual(name, y)``)."""

    def __init__(self, data: Mapping[str, FloatArray], i: int):
        self.data, self.i = data, i

    def __getitem__(self, name: str) -> FloatArray:
        return self.data[name][:, self.i]

    def annual(self, name: str, year: int) -> float:
        return float(self[name][12 * year : 12 * year + 12].sum())


@dataclass(frozen=True, slots=True)
class Fit:
    """The estimates, their covariance and the residuals at the optimum."""

    x: FloatArray
    se: FloatArray
    cov: FloatArray
    residuals: FloatArray  # weighted, one per target
    targets: tuple[Target, ...]
    model_values: FloatArray
    cost: float
    evaluations: int
    status: str


def at_bound(z: FloatArray, tol: float = 1e-6) -> npt.NDArray[np.bool_]:
    """Which estimates (scaled to [0, 1] over their ranges) sit on a bound."""
    return np.asarray((z <= tol) | (z >= 1.0 - tol))


def fit() -> Fit:
    """Weighted least squares over ``FREE`` from their declared starts (deterministic)."""
    from scipy.optimize import least_squares

    tgs = targets()
    lo = np.array([f.bounds[0] for f in FREE])
    hi = np.array([f.bounds[1] for f in FREE])
    x0 = np.clip(np.array([f.start for f in FREE]), lo, hi)
    scale = hi - lo
    step = 1e-6

    def to_x(z: FloatArray) -> FloatArray:
        return np.asarray(lo + z * scale, dtype=np.float64)

    def fun(z: FloatArray) -> FloatArray:
        return np.asarray(_residuals(to_x(z)[None, :], tgs)[0], dtype=np.float64)

    def jac(z: FloatArray) -> FloatArray:
        # forward differences, every column in one batch run (the kernel runs batches)
        zs = np.repeat(z[None, :], len(FREE) + 1, axis=0)
        h = np.where(z + step <= 1.0, step, -step)
        zs[1:] += np.diag(h)
        r = _residuals(to_x(zs), tgs)
        return np.asarray(((r[1:] - r[0]) / h[:, None]).T, dtype=np.float64)

    tol = 1e-10
    sol = least_squares(
        fun, (x0 - lo) / scale, jac=jac, bounds=(0.0, 1.0), method="trf", xtol=tol, ftol=tol, gtol=tol, max_nfev=400
    )
    x = to_x(sol.x)
    j_x = jac(sol.x) / scale[None, :]  # d residual / d x (natural units)
    # an estimate on a bound of its range is held there: the covariance is that of the others
    # (the reduced Gauss-Newton system), and its own row and column are 0
    free = ~at_bound(sol.x)
    cov = np.zeros((len(FREE), len(FREE)))
    cov[np.ix_(free, free)] = np.linalg.pinv(j_x[:, free].T @ j_x[:, free])
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    res = fun(sol.x)
    values = np.array([tg.value * math.exp(r * tg.sigma) for tg, r in zip(tgs, res, strict=True)])
    return Fit(x, se, cov, res, tgs, values, float(0.5 * res @ res), int(sol.nfev), str(sol.message))


STARTS: tuple[str, ...] = ("2024-01", "2025-01")
"""Months whose state the calibration file records: January 2025 (where the 2025 presets start)
and January 2024 (the fee-waiver preset)."""


def states(x: Sequence[float] | FloatArray) -> dict[str, dict[str, float]]:
    """The history's state at every month of ``STARTS``, as registry parameters (``STATE_MAP``),
    each checked to lie within its declared range."""
    from .output import run

    s = history_scenario(x)
    r = run(s, months=HORIZON)
    series = {k: a[:, 0] for k, a in r.raw.data.items()}
    out: dict[str, dict[str, float]] = {}
    for start in STARTS:
        m = month_index(HISTORY_START, start)
        values = {}
        for name, read in STATE_MAP.items():
            v = float(read(series, s.state, m))
            p = lookup(name)
            if not p.min <= v <= p.max:
                raise ValueError(f"the history's {name} in {start} is {v:.6g}, outside its range [{p.min:g}, {p.max:g}]")
            values[name] = v
        out[start] = values
    return out


def _num(v: float) -> str:
    return repr(float(v))


def to_toml(f: Fit) -> str:
    """``data/calibration.toml``: the estimates, the history's starting states and the residuals."""
    lines = [
        "# Generated by `python -m model calibrate` (model/estimation.py) from data/facts.csv: do not edit.",
        "# The estimates of the calibrated history (scenarios/history.toml), their standard errors",
        "# (Gauss-Newton, (JᵀJ)⁻¹ of the weighted residuals), its state where presets start, and the residuals.",
        "",
        "[fit]",
        f"cost = {_num(f.cost)}",
        "# covariance of the estimates, in the order of [[estimate]] (the Monte Carlo of the history draws from it)",
        "cov = [" + ", ".join("[" + ", ".join(_num(c) for c in row) + "]" for row in f.cov) + "]",
        f"evaluations = {f.evaluations}",
        f'status = "{f.status}"',
        "",
    ]
    for fr, x, se in zip(FREE, f.x, f.se, strict=True):
        lo, hi = fr.bounds
        lines += [
            "[[estimate]]",
            "names = [" + ", ".join(f'"{n}"' for n in fr.names) + "]",
            f"value = {_num(x)}",
            f"se = {_num(se)}",
            f'at_bound = "{"lower" if x <= lo + 1e-6 * (hi - lo) else "upper" if x >= hi - 1e-6 * (hi - lo) else ""}"',
            f"start = {_num(fr.start)}",
            f"shared = {'true' if fr.shared else 'false'}",
            f"bounds = [{_num(lo)}, {_num(hi)}]",
            f'why = "{fr.why}"',
            f'why_zh = "{fr.why_zh}"',
            "",
        ]
    for tg, r, v in zip(f.targets, f.residuals, f.model_values, strict=True):
        lines += [
            "[[residual]]",
            f'id = "{tg.fact_id}"',
            f'quantity = "{tg.quantity}"',
            f"fact = {_num(tg.value)}",
            f"model = {_num(v)}",
            f"sigma = {_num(tg.sigma)}",
            f"weighted = {_num(r)}",
            "",
        ]
    for start, values in states(f.x).items():
        lines.append(f'[state."{start}"]')
        lines += [f"{k} = {_num(v)}" for k, v in values.items()]
        lines.append("")
    return "\n".join(lines)


def read(path: Path = CALIBRATION_TOML) -> dict[str, Any]:
    """The committed calibration (``data/calibration.toml``)."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


END_QUANTITIES: tuple[tuple[str, float, str, str, str], ...] = (
    ("gmv", 12.0, "RMB bn", "GMV, annual rate", "GMV年化"),
    ("gmv_incumbent", 12.0, "RMB bn", "GMV, Taobao/Tmall-like, annual rate", "GMV年化，淘宝天猫型"),
    ("gmv_content", 12.0, "RMB bn", "GMV, Douyin-like, annual rate", "GMV年化，抖音型"),
    ("buyers", 1.0, "M people", "Active buyers", "活跃买家"),
    ("merchants", 1.0, "M merchants", "Merchants on the platform", "平台商家"),
    ("merchants_incumbent", 1.0, "M merchants", "Merchants, Taobao/Tmall-like", "商家，淘宝天猫型"),
    ("take_rate", 100.0, "% of GMV", "Take rate", "货币化率"),
    ("take_rate_incumbent", 100.0, "% of GMV", "Take rate, Taobao/Tmall-like", "货币化率，淘宝天猫型"),
)
"""Headline quantities of January 2025 set side by side on the calibration page: variable,
factor from the model's unit, the unit after it, English and Chinese label."""


def end_vs_presets() -> list[dict[str, object]]:
    """January 2025 twice: the calibrated history at month 84 and the 2025 presets at month 0
    (the baseline: every 2025 preset starts from its reference state)."""
    from .output import run
    from .scenario import load_scenario

    h = run(history_scenario(), months=HORIZON)
    b = run(load_scenario("baseline"), months=1)
    return [
        {"name": v, "label_en": en, "label_zh": zh, "unit": u, "history": float(h[v][HORIZON]) * k, "presets": float(b[v][0]) * k}
        for v, k, u, en, zh in END_QUANTITIES
    ]


def draws(u: FloatArray, centre: Mapping[str, float] | None = None) -> dict[str, FloatArray]:
    """Draws of the estimates from the fit: a multivariate normal with the committed covariance
    (``[fit] cov``), centred on the estimates (or ``centre``, by each estimate's first name),
    each value cut to its range; ``u`` holds one row of probabilities in (0, 1) per estimate
    (a Latin hypercube, ``model.analysis.uniforms``), turned into correlated normals through the
    covariance's principal axes (each axis a row of ``u``, so a Latin hypercube stratifies the
    directions the estimates vary most in).  Returns every tied name's values."""
    from scipy.stats import norm

    doc = read()
    cov = np.asarray(doc["fit"]["cov"], dtype=np.float64)
    w, v = np.linalg.eigh((cov + cov.T) / 2.0)
    root = v * np.sqrt(np.clip(w, 0.0, None))  # root @ root.T == cov
    z = norm.ppf(np.clip(u, 1e-12, 1.0 - 1e-12))  # (k, n)
    mean = np.array([float(e["value"]) for e in doc["estimate"]])
    if centre is not None:
        mean = np.array([centre.get(e["names"][0], m) for e, m in zip(doc["estimate"], mean, strict=True)])
    x = mean[:, None] + root @ z
    out: dict[str, FloatArray] = {}
    for row, e in zip(x, doc["estimate"], strict=True):
        lo, hi = (float(b) for b in e["bounds"])
        for name in e["names"]:
            out[name] = np.clip(row, lo, hi)
    return out


def state_draws(u: FloatArray, start: str, centre: Mapping[str, float] | None = None) -> dict[str, FloatArray]:
    """The calibrated start's uncertainty: draws of the estimates from the fit (``draws``), the
    history run once per draw (one batch), and its state at ``start`` read off each run
    (``STATE_MAP``, each value cut to its declared range).  Returns the drawn estimates that every
    run shares (``Free.shared``) and the drawn starting state, name → values (one per draw).

    ``start`` must be a month of the history (January 2018 to January 2025)."""
    from .core import integrate
    from .scenario import load_scenario

    m = month_index(HISTORY_START, start)
    if not 0 <= m <= HORIZON:
        raise ValueError(f"{start} is not a month of the calibrated history ({HISTORY_START} to 2025-01)")
    estimates = draws(u, centre)
    history = load_scenario(HISTORY)
    batch = ParamBatch.from_arrays(history.state, estimates)
    raw = integrate(batch, reference=batch, schedules=history.schedules, months=max(m, 1))
    out = {name: estimates[name] for f in FREE if f.shared for name in f.names}
    for name, read in STATE_MAP.items():
        p = lookup(name)
        out[name] = np.clip(np.broadcast_to(np.asarray(read(raw.data, batch, m), dtype=np.float64), (batch.size,)), p.min, p.max)
    return out
