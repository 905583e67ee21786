"""Uncertainty and policy analysis over batches of runs: Monte Carlo bands, tornado, policy map.

Each analysis is one batch call of ``core.integrate`` (N parameter sets at once,
threaded), then vectorised reads of the saved series.

Uncertain assumptions.  The parameters declared ``uncertain`` in the registry
carry a distribution ``Param.dist`` (triangular low / mode / high, uniform, or -- for one
estimated from the facts -- a truncated normal around the estimate).
For a scenario, each is used with its mode moved to the scenario's value (its
range widened to include that value if needed): at the registry defaults that is
the declared distribution; when a preset or the advanced sliders set another
value, the bands stay centred on what the user chose (``scenario_dists``).  Every
function takes ``dists`` to override this (exact distributions, or a subset).

Reference state.  The Monte Carlo bands and the paired effects (a scenario against its
counterfactual, draw by draw: ``paired_effects``) draw the uncertain assumptions into the
reference state too, which is recalibrated per draw: each draw is a different model
calibrated to the same observed state, so an assumption alone does not move a run with no
policy (Latin hypercube draws, ``uniforms``).  The tornado and the policy map keep the
scenario's reference state and change only the *run* parameters, as the app's advanced
sliders do: a change from month 0 on the calibrated start, never recalibrated away.
``flips`` recalibrates, as the paired effects.

The calibrated history and the calibrated start.  The history's bands draw its estimated
parameters from the fit (correlated normals with the covariance of ``python -m model
calibrate``, ``model.estimation.draws``), and the other uncertain assumptions from their
declared distributions.  A scenario that starts where the history is (January 2025, or
January 2024) draws its starting state the same way: each draw runs the history with a draw
of the estimates and starts from where that history is at the scenario's start, with the
network effect of that draw (``estimation.state_draws``); a starting-state value the scenario
sets itself stays as set.

Horizon.  As in the app: a month index h in 0 … months; KPIs (``model.kpis``)
are read at h.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from .core import integrate
from .equations import VARIABLE_BY_NAME
from .kpis import EFFECTS, Kpi, kpi_value, kpi_values, lookup_kpi
from .params import FloatArray, ParamBatch, Params, check_value, lookup, unknown_name_message
from .registry import PARAM_INDEX, PARAMETERS, Dist, check_dist
from .scenario import Scenario

QUANTILES: tuple[float, float, float] = (0.1, 0.5, 0.9)
Sampling = Literal["lhs", "random"]


@dataclass(frozen=True, slots=True)
class Bands:
    """Monte Carlo quantile bands of a scenario over its uncertain assumptions.

    Attributes:
        t: months 0 … months, shape (T,).
        quantiles: the quantiles in ``data`` (p10, p50, p90).
        data: variable → array of shape (3, T): rows p10, p50, p90 over the draws (model units).
        draws: number of parameter sets drawn.
        seed: seed of ``numpy.random.default_rng``; same inputs and seed → identical arrays.
        samples: uncertain parameter → its drawn values, shape (draws,).
        kpis: KPI key → its value in each draw at the last month (``months``), shape (draws,).
    """

    t: FloatArray
    quantiles: tuple[float, float, float]
    data: dict[str, FloatArray]
    draws: int
    seed: int
    samples: dict[str, FloatArray]
    kpis: dict[str, FloatArray]


@dataclass(frozen=True, slots=True)
class TornadoBar:
    """One parameter's swing of a KPI: the KPI with the parameter at ``low`` and at ``high``."""

    name: str
    low: float
    high: float
    kpi_low: float
    kpi_high: float
    kpi_base: float

    @property
    def swing(self) -> float:
        """|kpi_high - kpi_low| (the sort key of the tornado)."""
        return abs(self.kpi_high - self.kpi_low)


@dataclass(frozen=True, slots=True)
class PolicyMap:
    """A KPI over a grid of two parameters: ``values[j, i]`` at ``x = xs[i]``, ``y = ys[j]``.

    Attributes:
        x, y: parameter names (model units on both axes).
        xs: shape (nx,); ys: shape (ny,).
        values: shape (ny, nx), the KPI in its display unit.
        kpi: KPI key.
        horizon: month at which the KPI is read.
    """

    x: str
    y: str
    xs: FloatArray
    ys: FloatArray
    values: FloatArray
    kpi: str
    horizon: int


# ------------------------------------------------------------------ distributions
def scenario_dists(params: Params) -> dict[str, Dist]:
    """Each uncertain parameter's registry distribution, with its mode moved to its value in ``params``.

    The range is widened to include the value if needed; a uniform stays uniform.
    At the registry defaults this is exactly ``Param.dist``.
    """
    out: dict[str, Dist] = {}
    for p in PARAMETERS:
        if p.dist is None:
            continue
        kind, low, mode, high = p.dist
        v = params[p.name]
        out[p.name] = (kind, min(low, v), v if kind in ("triangular", "normal") else mode, max(high, v))
    return out


def _checked_dists(params: Params, dists: Mapping[str, Dist] | None) -> list[tuple[str, Dist]]:
    """The distributions to use, validated, in registry order."""
    if dists is None:
        return list(scenario_dists(params).items())
    out = [(lookup(name).name, check_dist(lookup(name), d)) for name, d in dists.items()]
    return sorted(out, key=lambda item: PARAM_INDEX[item[0]])


def quantile_function(dist: Dist, u: FloatArray) -> FloatArray:
    """The inverse CDF of ``dist`` at probabilities ``u`` in [0, 1) (a zero-width dist gives its point)."""
    kind, a, c, b = dist
    w = b - a
    if kind == "uniform":
        return np.clip(a + u * w, a, b)
    if w <= 0.0:
        return np.full(u.shape, a)
    if kind == "normal":  # an estimate: sd half the wider side, truncated to [a, b] (``registry.Dist``)
        from scipy.stats import truncnorm

        sd = max(c - a, b - c) / 2.0
        return np.asarray(np.clip(truncnorm.ppf(u, (a - c) / sd, (b - c) / sd, loc=c, scale=sd), a, b))
    left = a + np.sqrt(u * w * (c - a))
    right = b - np.sqrt((1.0 - u) * w * (b - c))
    return np.clip(np.where(u * w < c - a, left, right), a, b)


# ------------------------------------------------------------------ checks
def _whole(name: str, value: object, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
        raise ValueError(f"{name} = {value!r} must be a whole number >= {least}")
    return int(value)


def _run_months(horizon: int, months: int | None) -> int:
    """Months to run so that month ``horizon`` exists (default: just that far)."""
    h = _whole("horizon", horizon, 0)
    if months is None:
        return max(h, 1)
    m = _whole("months", months, 1)
    if h > m:
        raise ValueError(f"horizon = {h} is beyond the {m} months run")
    return m


# ------------------------------------------------------------------ analyses
def _percentiles(x: FloatArray, quantiles: Sequence[float]) -> FloatArray:
    """``np.percentile(x, 100 * quantiles, axis=-1)`` (linear method), bit for bit, by one sort
    of the last axis in place (6× faster than numpy's repeated partitions for three quantiles).
    ``x`` is overwritten; with a NaN anywhere numpy's own routine answers."""
    if np.isnan(x).any():
        return np.asarray(np.percentile(x, [100.0 * q for q in quantiles], axis=-1))
    x.sort(axis=-1)
    n = x.shape[-1]
    out = []
    for q in quantiles:
        virtual = float(np.asarray(100.0 * q) / 100.0 * (n - 1))  # numpy's virtual index
        lo = int(np.floor(virtual))
        hi = min(lo + 1, n - 1)
        t = virtual - lo
        a, b = x[..., lo], x[..., hi]
        d = b - a
        out.append(a + d * t if t < 0.5 else b - d * (1.0 - t))  # numpy's _lerp, both branches
    return np.stack(out)


def monte_carlo(
    scenario: Scenario,
    months: int = 72,
    draws: int = 200,
    seed: int = 20251122,
    variables: Sequence[str] | None = None,
    *,
    dists: Mapping[str, Dist] | None = None,
    sampling: Sampling = "lhs",
) -> Bands:
    """p10 / p50 / p90 bands of every variable over the scenario's uncertain assumptions.

    Draws all uncertain parameters jointly (independent, by inverse CDF of a Latin hypercube,
    ``uniforms``, one row per parameter in registry order) and runs them in one batch, each draw
    from the reference state recalibrated with the draw's values (as ``paired_effects``: a drawn
    assumption is a different model calibrated to the same state, not a shock on it), with the
    scenario's schedules.

    Args:
        scenario: the scenario whose run parameters the draws replace.
        months: horizon in months.
        draws: number of parameter sets.
        seed: random seed; the same inputs give bit-identical bands.
        variables: variables to summarise (default: all of ``model.equations.VARIABLES``).
        dists: distributions to draw from (default: ``scenario_dists(scenario.params)``; for the
            calibrated history, its estimates come from the fit instead: ``estimation.draws``,
            correlated normals with the fit's covariance, centred on the scenario's values).
        sampling: "lhs" (default) or "random" (plain pseudo-random draws).
    """
    n = _whole("draws", draws, 1)
    months = _whole("months", months, 1)
    names = list(VARIABLE_BY_NAME) if variables is None else list(variables)
    for v in names:
        if v not in VARIABLE_BY_NAME:
            raise ValueError(unknown_name_message(v, VARIABLE_BY_NAME, "variable"))
    samples, batch, state = draw_batch(scenario, n, seed, sampling, dists)
    raw = integrate(batch, reference=state, schedules=scenario.schedules, months=months)
    stacked = np.stack([raw.data[v] for v in names])  # (V, T, N)
    q = _percentiles(stacked, QUANTILES)  # (3, V, T)
    data = {v: np.ascontiguousarray(q[:, i, :]) for i, v in enumerate(names)}
    return Bands(
        t=raw.t,
        quantiles=QUANTILES,
        data=data,
        draws=n,
        seed=seed,
        samples=samples,
        kpis=kpi_values(raw.data, months),
    )


def draw_batch(
    scenario: Scenario, n: int, seed: int, sampling: Sampling = "lhs", dists: Mapping[str, Dist] | None = None
) -> tuple[dict[str, FloatArray], ParamBatch, ParamBatch]:
    """The ``n`` draws of ``monte_carlo`` (``draw_samples``) as the run's and the reference
    state's parameter batches: (samples, run parameters, reference parameters)."""
    samples = draw_samples(scenario, n, seed, sampling, dists)
    batch = ParamBatch.from_arrays(scenario.params, samples).broadcast(n)
    state = ParamBatch.from_arrays(scenario.state, samples).broadcast(n)
    return samples, batch, state


def draw_samples(
    scenario: Scenario, n: int, seed: int, sampling: Sampling = "lhs", dists: Mapping[str, Dist] | None = None
) -> dict[str, FloatArray]:
    """The ``n`` draws of a scenario's uncertain assumptions, name → values: one Latin hypercube
    (``uniforms``) over the declared distributions (``dists``, default ``scenario_dists``) and,
    unless ``dists`` is given, the fit's estimates -- for the calibrated history the estimates
    themselves, for a scenario that starts where the history is its starting state
    (``estimation.state_draws``; the module's docstring)."""
    from . import estimation
    from .scenario import base_state

    table = _checked_dists(scenario.params, dists)
    fitted: list[str] = []
    if dists is None and scenario.history:
        fitted = [name for f in estimation.FREE for name in f.names]
    elif dists is None and scenario.start in estimation.STARTS:
        fitted = [name for f in estimation.FREE if f.shared for name in f.names]
    table = [(name, d) for name, d in table if name not in fitted]
    extra = len(estimation.FREE) if fitted else 0
    u = uniforms(len(table) + extra, n, seed, sampling)
    samples = {name: quantile_function(d, u[i]) for i, (name, d) in enumerate(table)}
    if scenario.history and fitted:
        samples |= estimation.draws(u[len(table) :], centre={name: scenario.params[name] for name in fitted})
    elif fitted:
        drawn = _state_sample(scenario.start, len(table), n, seed, sampling)
        base = base_state(scenario.start)
        for name, values in drawn.items():
            if name in fitted:  # the draw's own estimate, moved with the scenario's value
                p = lookup(name)
                samples[name] = np.clip(values + (scenario.params[name] - base[name]), p.min, p.max)
            elif scenario.state[name] == base[name]:  # a starting state the scenario leaves as calibrated
                samples[name] = values
    return samples


@functools.lru_cache(maxsize=32)
def _state_sample(start: str, offset: int, n: int, seed: int, sampling: Sampling) -> dict[str, FloatArray]:
    """``estimation.state_draws`` for the estimates' rows of the hypercube ``draw_samples`` uses
    (rows ``offset`` on), cached: the same preset and seed give the same draws of its start."""
    from . import estimation

    u = uniforms(offset + len(estimation.FREE), n, seed, sampling)
    out = {name: v for name, v in estimation.state_draws(u[offset:], start).items() if np.ptp(v) > 0}  # wallets: not estimated
    for values in out.values():
        values.setflags(write=False)
    return out


def uniforms(k: int, n: int, seed: int, sampling: Sampling = "lhs") -> FloatArray:
    """``k`` × ``n`` probabilities in [0, 1): a Latin hypercube (``scipy.stats.qmc``, each row
    stratified into ``n`` equal bins) or plain pseudo-random draws; the same seed, the same draws."""
    if sampling == "random":
        return np.random.default_rng(seed).random((k, n))
    if sampling != "lhs":
        raise ValueError(f"sampling = {sampling!r} must be 'lhs' or 'random'")
    from scipy.stats import qmc

    return np.asarray(qmc.LatinHypercube(d=k, rng=np.random.default_rng(seed)).random(n).T)


@dataclass(frozen=True, slots=True)
class EffectOdds:
    """One headline effect over paired draws: ``effect[i]`` = scenario − counterfactual in draw i,
    and ``central`` at the scenario's own values (no draw), in the KPI's display unit."""

    kpi: Kpi
    central: float
    effect: FloatArray = field(repr=False)

    @property
    def p10(self) -> float:
        return float(np.percentile(self.effect, 10.0))

    @property
    def p50(self) -> float:
        return float(np.percentile(self.effect, 50.0))

    @property
    def p90(self) -> float:
        return float(np.percentile(self.effect, 90.0))

    @property
    def share_positive(self) -> float:
        """The share of draws in which the effect is above 0."""
        return float(np.mean(self.effect > 0.0))


@dataclass(frozen=True, slots=True)
class PairedEffects:
    """The headline effects of a question (``model.kpis.EFFECTS``) with their odds."""

    horizon: int
    draws: int
    seed: int
    sampling: Sampling
    effects: dict[str, EffectOdds]
    samples: dict[str, FloatArray] = field(repr=False)


def paired_effects(
    scenario: Scenario,
    horizon: int = 72,
    *,
    counterfactual: Scenario | None = None,
    draws: int = 200,
    seed: int = 20251122,
    sampling: Sampling = "lhs",
    dists: Mapping[str, Dist] | None = None,
) -> PairedEffects:
    """The effect of a scenario against its counterfactual, draw by draw over the uncertain assumptions.

    Each draw sets the uncertain parameters (``draw_samples``: ``scenario_dists`` and the
    calibrated start, Latin hypercube by default) in
    the scenario, in the counterfactual *and in the reference state*, which is recalibrated for
    the draw: both runs of a draw start from the same equilibrium of the same model, so the
    effect is the policy's alone (a drawn assumption does not move a run that changes no policy).

    Args:
        scenario: the scenario (its ``counterfactual_scenario()`` unless ``counterfactual``).
        horizon: the month the effects are read at (the runs last that long).
        counterfactual: what to compare with; it must share the scenario's reference state.
        draws, seed, sampling: the draws (the same inputs give the same numbers).
        dists: the distributions (default: ``scenario_dists(scenario.params)``).
    """
    cf = scenario.counterfactual_scenario() if counterfactual is None else counterfactual
    if cf.state != scenario.state:
        raise ValueError("the counterfactual must start from the scenario's reference state")
    n = _whole("draws", draws, 1)
    months = _whole("horizon", horizon, 1)
    samples = draw_samples(scenario, n, seed, sampling, dists)

    def batch(base: Params) -> ParamBatch:
        return ParamBatch.from_arrays(base, samples).broadcast(n)

    state = batch(scenario.state)
    a = integrate(batch(scenario.params), reference=state, schedules=scenario.schedules, months=months).data
    b = integrate(batch(cf.params), reference=state, schedules=cf.schedules, months=months).data
    a0 = integrate(scenario.params, reference=scenario.state, schedules=scenario.schedules, months=months).data
    b0 = integrate(cf.params, reference=cf.state, schedules=cf.schedules, months=months).data
    out = {}
    for k in EFFECTS:
        central = float(kpi_value(k, a0, months)[0] - kpi_value(k, b0, months)[0])
        out[k.key] = EffectOdds(kpi=k, central=central, effect=kpi_value(k, a, months) - kpi_value(k, b, months))
    return PairedEffects(horizon=months, draws=n, seed=seed, sampling=sampling, effects=out, samples=samples)


@dataclass(frozen=True, slots=True)
class Flip:
    """An uncertain assumption whose plausible range holds the sign change of an effect.

    Attributes:
        effect: the effect's key (``model.kpis.EFFECTS``).
        param: the assumption.
        value: where the effect changes sign (the middle of ``bracket``), model units.
        bracket: (a, b), a < b, with the effect of opposite signs at a and at b.
        low, high: the assumption's range (its distribution's support).
        central: the effect at the scenario's own values.
        above: True if the effect has the opposite sign of ``central`` above ``value``.
    """

    effect: str
    param: str
    value: float
    bracket: tuple[float, float]
    low: float
    high: float
    central: float
    above: bool


def _effects_at(
    scenario: Scenario, cf: Scenario, arrays: Mapping[str, FloatArray], size: int, months: int
) -> dict[str, FloatArray]:
    """Effect key → (size,) effects with ``arrays`` set in both runs and in the recalibrated state."""
    state = ParamBatch.from_arrays(scenario.state, arrays).broadcast(size)
    a = integrate(
        ParamBatch.from_arrays(scenario.params, arrays).broadcast(size),
        reference=state,
        schedules=scenario.schedules,
        months=months,
    )
    b = integrate(
        ParamBatch.from_arrays(cf.params, arrays).broadcast(size), reference=state, schedules=cf.schedules, months=months
    )
    return {k.key: kpi_value(k, a.data, months) - kpi_value(k, b.data, months) for k in EFFECTS}


def flips(
    scenario: Scenario,
    horizon: int = 72,
    *,
    counterfactual: Scenario | None = None,
    points: int = 9,
    tolerance: float = 1e-4,
    dists: Mapping[str, Dist] | None = None,
) -> list[Flip]:
    """What would flip each headline effect: the uncertain assumptions that, moved alone within
    their range (the rest at the scenario's values, the reference state recalibrated), change the
    sign of an effect of the scenario against its counterfactual -- and where.

    Each assumption is scanned on ``points`` values over its range; where the effect's sign
    differs from its sign at the scenario's own values, the crossing nearest to that value is
    bisected to ``tolerance`` × the range (every bracket is a pair of real runs).  Sorted by how
    close the flip lies to the scenario's value, relative to the range.
    """
    cf = scenario.counterfactual_scenario() if counterfactual is None else counterfactual
    if cf.state != scenario.state:
        raise ValueError("the counterfactual must start from the scenario's reference state")
    months = _whole("horizon", horizon, 1)
    table = _checked_dists(scenario.params, dists)
    if points < 2:
        raise ValueError(f"points = {points!r} must be at least 2")
    grid = [np.linspace(low, high, points) for _, (_, low, _, high) in table]
    size = 1 + len(table) * points
    arrays = {name: np.full(size, scenario.params[name]) for name, _ in table}
    for i, (name, _) in enumerate(table):
        arrays[name][1 + i * points : 1 + (i + 1) * points] = grid[i]
    scan = _effects_at(scenario, cf, arrays, size, months)
    pending = []  # (effect, param index, a, b, effect at a)
    for key, eff in scan.items():
        central = float(eff[0])
        if key == "subsidy_spent" or central == 0.0:
            continue
        for i, (name, _) in enumerate(table):
            row, xs = eff[1 + i * points : 1 + (i + 1) * points], grid[i]
            here = scenario.params[name]
            crossings = [j for j in range(points - 1) if np.sign(row[j]) != np.sign(row[j + 1]) and row[j] * row[j + 1] <= 0]
            if not crossings:
                continue
            j = min(crossings, key=lambda c: abs((xs[c] + xs[c + 1]) / 2 - here))
            pending.append((key, i, float(xs[j]), float(xs[j + 1]), float(row[j]), central))
    width = [max(float(g[-1] - g[0]), 1e-300) for g in grid]
    while pending and any(b - a > tolerance * width[i] for _, i, a, b, _, _ in pending):
        mids = {name: np.full(len(pending), scenario.params[name]) for name, _ in table}
        for n, (_, i, a, b, _, _) in enumerate(pending):
            mids[table[i][0]][n] = (a + b) / 2
        at_mid = _effects_at(scenario, cf, mids, len(pending), months)
        moved = []
        for n, (key, i, a, b, fa, central) in enumerate(pending):
            m, fm = (a + b) / 2, float(at_mid[key][n])
            moved.append((key, i, a, m, fa, central) if np.sign(fm) != np.sign(fa) else (key, i, m, b, fm, central))
        pending = moved
    out = []
    for key, i, a, b, fa, central in pending:
        name, (_, low, _, high) = table[i]
        above = np.sign(fa) == np.sign(central)  # the effect keeps its sign below the flip
        out.append(Flip(key, name, (a + b) / 2, (a, b), low, high, central, bool(above)))
    return sorted(out, key=lambda f: abs(f.value - scenario.params[f.param]) / max(f.high - f.low, 1e-300))


def effect_tornado(
    scenario: Scenario,
    effect: str,
    horizon: int = 72,
    *,
    counterfactual: Scenario | None = None,
    dists: Mapping[str, Dist] | None = None,
) -> list[TornadoBar]:
    """What moves an answer: the effect ``effect`` (``model.kpis.EFFECTS``) of the scenario against
    its counterfactual with each uncertain assumption alone at the low and at the high end of its
    range (the reference state recalibrated, as ``flips``), widest swing first; ``kpi_base`` is
    the effect at the scenario's own values.  A bar that crosses 0 holds a flip (``flips``)."""
    keys = {k.key for k in EFFECTS}
    if effect not in keys:
        raise ValueError(unknown_name_message(effect, keys, "effect"))
    cf = scenario.counterfactual_scenario() if counterfactual is None else counterfactual
    if cf.state != scenario.state:
        raise ValueError("the counterfactual must start from the scenario's reference state")
    months = _whole("horizon", horizon, 1)
    table = _checked_dists(scenario.params, dists)
    size = 2 * len(table) + 1
    arrays = {name: np.full(size, scenario.params[name]) for name, _ in table}
    for i, (name, (_, low, _, high)) in enumerate(table):
        arrays[name][1 + 2 * i] = low
        arrays[name][2 + 2 * i] = high
    values = _effects_at(scenario, cf, arrays, size, months)[effect]
    bars = [
        TornadoBar(
            name=name,
            low=low,
            high=high,
            kpi_low=float(values[1 + 2 * i]),
            kpi_high=float(values[2 + 2 * i]),
            kpi_base=float(values[0]),
        )
        for i, (name, (_, low, _, high)) in enumerate(table)
    ]
    return sorted(bars, key=lambda b: -b.swing)


def tornado(
    scenario: Scenario,
    kpi: str,
    horizon: int,
    months: int | None = None,
    *,
    dists: Mapping[str, Dist] | None = None,
) -> list[TornadoBar]:
    """How far each uncertain assumption alone moves a KPI, largest swing first.

    For each uncertain parameter, the KPI at month ``horizon`` with that parameter at
    the low and at the high end of its distribution and the others at the scenario's
    values; one batch of 2·k + 1 runs (the centre run first).

    Args:
        scenario: the scenario (reference state, run parameters, schedules).
        kpi: KPI key (``model.kpis.KPIS``).
        horizon: month at which the KPI is read.
        months: months to run (default: ``horizon``; the values at ``horizon`` do not depend on it).
        dists: the ranges (default: ``scenario_dists(scenario.params)``).
    """
    k = lookup_kpi(kpi)
    run_months = _run_months(horizon, months)
    table = _checked_dists(scenario.params, dists)
    size = 2 * len(table) + 1
    arrays = {name: np.full(size, scenario.params[name]) for name, _ in table}
    for i, (name, (_, low, _, high)) in enumerate(table):
        arrays[name][1 + 2 * i] = low
        arrays[name][2 + 2 * i] = high
    batch = ParamBatch.from_arrays(scenario.params, arrays).broadcast(size)
    raw = integrate(batch, reference=scenario.state, schedules=scenario.schedules, months=run_months)
    values = kpi_value(k, raw.data, horizon)
    bars = [
        TornadoBar(
            name=name,
            low=low,
            high=high,
            kpi_low=float(values[1 + 2 * i]),
            kpi_high=float(values[2 + 2 * i]),
            kpi_base=float(values[0]),
        )
        for i, (name, (_, low, _, high)) in enumerate(table)
    ]
    return sorted(bars, key=lambda b: -b.swing)


def _axis(name: str, bounds: tuple[float, float] | None, n: int, which: str) -> FloatArray:
    p = lookup(name)
    lo, hi = (p.min, p.max) if bounds is None else (check_value(name, bounds[0]), check_value(name, bounds[1]))
    if not lo <= hi:
        raise ValueError(f"{which}_range for {name!r} must run from low to high, got {bounds!r}")
    return np.linspace(lo, hi, _whole(f"n{which}", n, 1))


def policy_map(
    scenario: Scenario,
    x: str,
    y: str,
    kpi: str,
    horizon: int,
    nx: int = 25,
    ny: int = 21,
    x_range: tuple[float, float] | None = None,
    y_range: tuple[float, float] | None = None,
) -> PolicyMap:
    """A KPI at month ``horizon`` over an nx × ny grid of two parameters (one batch of nx·ny runs).

    The other parameters, the reference state and the schedules are the scenario's; a
    schedule of a mapped lever still moves it from its month on.

    Args:
        scenario: the scenario.
        x, y: two different parameter names (any in the registry).
        kpi: KPI key (``model.kpis.KPIS``).
        horizon: month at which the KPI is read.
        nx, ny: grid points on each axis, evenly spaced with both ends included.
        x_range, y_range: (low, high) in model units (default: the registry's min … max).
    """
    if x == y:
        raise ValueError(f"a policy map needs two different parameters, got {x!r} twice")
    xs = _axis(x, x_range, nx, "x")
    ys = _axis(y, y_range, ny, "y")
    k = lookup_kpi(kpi)
    run_months = _run_months(horizon, None)
    gx, gy = np.meshgrid(xs, ys)  # (ny, nx)
    batch = ParamBatch.from_arrays(scenario.params, {x: gx.ravel(), y: gy.ravel()})
    raw = integrate(batch, reference=scenario.state, schedules=scenario.schedules, months=run_months)
    values = kpi_value(k, raw.data, horizon).reshape(len(ys), len(xs))
    return PolicyMap(x=x, y=y, xs=xs, ys=ys, values=values, kpi=k.key, horizon=int(horizon))


__all__ = [
    "QUANTILES",
    "Bands",
    "EffectOdds",
    "PairedEffects",
    "PolicyMap",
    "TornadoBar",
    "monte_carlo",
    "paired_effects",
    "policy_map",
    "quantile_function",
    "scenario_dists",
    "tornado",
    "uniforms",
]
