"""Scenarios: a reference state, policy overrides and lever schedules, from TOML files.

A scenario file (``scenarios/*.toml``) looks like::

    title_en = "..."          # required, with title_zh, question_en, question_zh
    start = "2025-01"         # calendar month of month 0
    history = false           # true: the calibrated history (its estimates from data/calibration.toml)
    sources = ["..."]

    [state]                   # the calibrated reference state (default: registry defaults)
    commission = 0.015        # a comment gives each value's source

    [policy]                  # overrides acting from month 0 on that equilibrium
    subsidy_bn_per_year = 33.3

    [[schedule]]              # lever changes in time
    param = "commission"
    value = 0.02
    at_month = 12
    ramp_months = 6           # 0 or absent: a step

    [counterfactual]          # what the scenario is compared with: the same scenario without
    title_en = "No programme" #   these parameters' policy values and schedules (back to [state])
    title_zh = "不实施计划"
    without = ["subsidy_bn_per_year", "subsidy_budget_bn"]

The reference state is what the model is calibrated at (an equilibrium, or a
challenger start for the calibrated history, ``history = true``, whose free parameters come
from ``data/calibration.toml``: ``python -m model calibrate``); ``policy`` values and schedules act
on top of it and are never calibrated away.  A preset that asks a question
declares its counterfactual, so its answer is the difference between the two runs
(``Scenario.counterfactual_scenario``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli_w

from . import resources
from .errors import InputError, unknown_name
from .params import Params, lookup
from .schedule import Schedule

SCENARIO_DIR = resources.SCENARIO_DIR
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_TOP_KEYS = {
    "title_en",
    "title_zh",
    "question_en",
    "question_zh",
    "start",
    "sources",
    "state",
    "policy",
    "schedule",
    "order",
    "preset",
    "counterfactual",
    "history",
}
_COUNTERFACTUAL_KEYS = {"title_en", "title_zh", "without"}
MAX_FILE_BYTES = 64 * 1024
# Python's TOML parser takes time and memory quadratic in the parts of one dotted key (``a.a.a…``:
# 4,000 parts, 8 KB, take 0.3 s and 73 MB; 32,000 parts, 64 KB, 20 s and 6 GB). A scenario's keys
# have one part; ``check_toml_shape`` refuses more than ``MAX_KEY_PARTS`` before the parser runs.
MAX_KEY_PARTS = 4
# A scenario has [state], [policy], [counterfactual] and a [[schedule]] per lever change: a few
# dozen tables. Thousands parse in linear but not small time (8,000: ~60-200 ms by load).
MAX_TABLES = 256
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')  # a one-line TOML string (basic or literal)
_KEY_CHAIN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]+){" + str(MAX_KEY_PARTS) + ",}")


def check_start(start: object) -> str:
    """Validate a ``YYYY-MM`` start month."""
    if not isinstance(start, str) or not _MONTH.match(start) or not 1990 <= int(start[:4]) <= 2100:
        raise InputError(
            "bad_start", f"start = {start!r} must be a month written YYYY-MM between 1990-01 and 2100-12", value=start
        )
    return start


@dataclass(frozen=True, slots=True, kw_only=True)
class Counterfactual:
    """What a scenario is compared with: the same scenario with ``without``'s policy values and
    schedules taken away (back to the reference state's values).

    Attributes:
        title_en, title_zh: its name ("No programme", "不实施计划").
        without: the parameters whose policy values and schedules the counterfactual drops.
    """

    title_en: str
    title_zh: str
    without: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    """A named, runnable scenario.

    Attributes:
        name: short identifier (the file stem for presets).
        state: parameters of the calibrated reference state.
        params: parameters of the run (``state`` plus policy overrides).
        schedules: lever schedules.
        start: calendar month of month 0, ``YYYY-MM``.
        counterfactual: what the scenario answers its question against, or ``None``
            (the scenario is its own reference).
    """

    name: str
    title_en: str = ""
    title_zh: str = ""
    question_en: str = ""
    question_zh: str = ""
    start: str = "2025-01"
    history: bool = False
    sources: tuple[str, ...] = ()
    state: Params = field(default_factory=Params)
    params: Params = field(default_factory=Params)
    schedules: tuple[Schedule, ...] = ()
    order: int = 100
    preset: str = ""  # the preset a saved scenario was made from (restores the app's picker)
    counterfactual: Counterfactual | None = None

    def __post_init__(self) -> None:
        check_start(self.start)

    def with_overrides(self, overrides: Mapping[str, object] | None = None, /, **kw: object) -> Scenario:
        """A copy with more policy overrides (validated; they act on the same reference state)."""
        return replace(self, params=self.params.replace(**{**(overrides or {}), **kw}))

    def with_schedules(self, schedules: Sequence[Schedule]) -> Scenario:
        """A copy with ``schedules`` appended."""
        return replace(self, schedules=self.schedules + tuple(schedules))

    def policy(self) -> dict[str, float]:
        """Run parameters that differ from the reference state."""
        return self.params.diff(self.state)

    def without_subsidy(self) -> Scenario:
        """The same scenario without its subsidy (rate 0, its schedules gone): what the
        per-RMB-of-subsidy KPIs attribute against (``model.kpis``)."""
        return replace(
            self,
            params=self.params.replace(subsidy_bn_per_year=0.0),
            schedules=tuple(s for s in self.schedules if s.param != "subsidy_bn_per_year"),
        )

    def counterfactual_scenario(self) -> Scenario:
        """The scenario its question is answered against: the same state, policy and schedules
        without the counterfactual's parameters (itself when it declares none).  Overrides made
        after loading (``with_overrides``) stay in both, so a changed lever acts on both runs."""
        cf = self.counterfactual
        if cf is None:
            return self
        drop = set(cf.without)
        params = self.params.replace(**{name: self.state[name] for name in drop})
        return replace(
            self,
            name=f"{self.name}:counterfactual",
            title_en=cf.title_en,
            title_zh=cf.title_zh,
            params=params,
            schedules=tuple(s for s in self.schedules if s.param not in drop),
            counterfactual=None,
        )


def _table(doc: Mapping[str, object], key: str, where: str) -> dict[str, object]:
    value = doc.get(key, {})
    if not isinstance(value, dict):
        raise InputError("not_a_table", f"[{key}] must be a table of parameter = value", key=key).within(where)
    return value


def scenario_from_dict(doc: Mapping[str, object], name: str, where: str = "scenario") -> Scenario:
    """Build a scenario from a parsed TOML document, validating every key and value."""
    extra = set(doc) - _TOP_KEYS
    if extra:
        bad = sorted(extra)[0]
        raise unknown_name(bad, _TOP_KEYS, "key").within(where)
    state_tab = _table(doc, "state", where)
    policy_tab = _table(doc, "policy", where)
    history = doc.get("history", False)
    if not isinstance(history, bool):
        raise InputError("history_not_bool", "history must be true or false").within(where)
    try:
        for tab in (state_tab, policy_tab):
            for key in tab:
                lookup(key)
        state = base_state(check_start(doc.get("start", "2025-01")), history).replace(
            **{**state_tab, **(history_estimates() if history else {})}
        )
        params = state.replace(**policy_tab)
        raw = doc.get("schedule", [])
        if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
            raise InputError("schedule_not_table", "[[schedule]] entries must be tables")
        schedules = tuple(Schedule.from_mapping(s) for s in raw)
    except InputError as exc:
        raise exc.within(where) from None
    texts: dict[str, str] = {}
    for key in ("title_en", "title_zh", "question_en", "question_zh"):
        value = doc.get(key, "")
        if not isinstance(value, str):
            raise InputError("must_be_text", f"{key} must be text", key=key).within(where)
        texts[key] = value
    sources = doc.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise InputError("sources_not_text", "sources must be a list of text").within(where)
    order = doc.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise InputError("order_not_integer", "order must be an integer").within(where)
    try:
        start = check_start(doc.get("start", "2025-01"))
    except InputError as exc:
        raise exc.within(where) from None
    preset = doc.get("preset", "")
    if not isinstance(preset, str):
        raise InputError("preset_not_text", "preset must be the name of a preset").within(where)
    counterfactual = _counterfactual(doc.get("counterfactual"), policy_tab, schedules, where)
    return Scenario(
        history=history,
        counterfactual=counterfactual,
        preset=preset,
        name=name,
        start=start,
        sources=tuple(sources),
        state=state,
        params=params,
        schedules=schedules,
        order=order,
        **texts,
    )


def _calibration() -> dict[str, object]:
    path = resources.DATA_DIR / "calibration.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def recorded_state(start: str) -> dict[str, float]:
    """The calibrated history's state at ``start`` when ``data/calibration.toml`` records it
    (``model.estimation.STARTS``: January 2024 and 2025), else an empty mapping."""
    states = _calibration().get("state", {})
    table = states.get(start, {}) if isinstance(states, dict) else {}
    return {name: float(v) for name, v in table.items()} if isinstance(table, dict) else {}


def base_state(start: str, history: bool = False) -> Params:
    """What a scenario's ``[state]`` table is applied to.

    The calibrated history starts from the values typed in the registry (``Params.declared``;
    its own ``[state]`` and estimates follow).  Any other scenario starts where the history is
    at its start month: the registry defaults are its January 2025, and a scenario starting in a
    month the calibration file also records (January 2024) takes the history's state then.
    """
    if history:
        return Params.declared()
    return Params.default().replace(**recorded_state(start))


def history_estimates() -> dict[str, float]:
    """The estimates of ``data/calibration.toml`` (``model.estimation``): the history preset's."""
    estimates = _calibration().get("estimate", [])
    if not isinstance(estimates, list):  # pragma: no cover - the file is generated
        raise TypeError("data/calibration.toml: [[estimate]] must be an array of tables")
    return {name: float(e["value"]) for e in estimates for name in e["names"]}


def _counterfactual(
    raw: object, policy: Mapping[str, object], schedules: Sequence[Schedule], where: str
) -> Counterfactual | None:
    """The ``[counterfactual]`` table, checked: titles as text, ``without`` a non-empty list of
    parameters the scenario's policy or schedules set."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InputError("counterfactual_not_table", "[counterfactual] must be a table").within(where)
    extra = set(raw) - _COUNTERFACTUAL_KEYS
    if extra:
        raise unknown_name(sorted(extra)[0], _COUNTERFACTUAL_KEYS, "key").within(f"{where} [counterfactual]")
    titles = {}
    for key in ("title_en", "title_zh"):
        value = raw.get(key, "")
        if not isinstance(value, str) or not value.strip():
            raise InputError("must_be_text", f"{key} must be text", key=key).within(f"{where} [counterfactual]")
        titles[key] = value
    without = raw.get("without")
    if not isinstance(without, list) or not without or not all(isinstance(x, str) for x in without):
        raise InputError("counterfactual_without", "without must be a non-empty list of parameter names").within(
            f"{where} [counterfactual]"
        )
    set_by_scenario = set(policy) | {s.param for s in schedules}
    for name in without:
        try:
            lookup(name)
        except InputError as exc:
            raise exc.within(f"{where} [counterfactual]") from None
        if name not in set_by_scenario:
            raise InputError(
                "counterfactual_not_set",
                f"{name!r} is neither a [policy] value nor a schedule of this scenario",
                name=name,
            ).within(f"{where} [counterfactual]")
    return Counterfactual(without=tuple(without), **titles)


def load_text(text: str, name: str, where: str = "scenario") -> Scenario:
    """Parse TOML text into a scenario; ``ValueError`` with a clear message if it is not valid."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        kib = MAX_FILE_BYTES // 1024
        raise InputError("file_too_large", f"file is larger than {kib} KiB", kib=kib).within(where)
    text = text.removeprefix("\ufeff")  # a byte-order mark, as some editors on Windows write it
    check_toml_shape(text, where)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError("bad_toml", f"not valid TOML ({exc})", detail=str(exc)).within(where) from None
    except RecursionError:
        raise InputError("too_nested", "too deeply nested").within(where) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits (Python's own limit)
        raise InputError("bad_toml", f"not valid TOML ({exc})", detail=str(exc)).within(where) from None
    return scenario_from_dict(doc, name, where)


def check_toml_shape(text: str, where: str = "scenario") -> None:
    """Refuse, before the parser sees it, TOML whose shape would make the parser slow: more than
    ``MAX_TABLES`` table headers, or a key of more than ``MAX_KEY_PARTS`` dotted parts (in a table
    header, a key or an inline table).  Linear in the
    text: each one-line string becomes one bare part first (a dot inside one is no key, a quoted
    key is a part), and a chain is matched once, from its start."""
    bare = _STRING.sub("x", text)
    tables = len(_HEADER.findall(bare))
    if tables > MAX_TABLES:
        raise InputError(
            "too_many_tables",
            f"{tables} tables (a scenario file has a few dozen at most: {MAX_TABLES})",
            n=tables,
            limit=MAX_TABLES,
        ).within(where)
    found = _KEY_CHAIN.search(bare)
    if found is not None:
        line = bare.count("\n", 0, found.start()) + 1
        raise InputError(
            "key_too_long",
            f"line {line}: a key of more than {MAX_KEY_PARTS} dotted parts (a scenario file's keys have one)",
            line=line,
            n=MAX_KEY_PARTS,
        ).within(where)


def load_scenario(path: str | Path) -> Scenario:
    """Load a scenario file, or a preset by name (``baseline`` → ``scenarios/baseline.toml``)."""
    p = Path(path)
    if not p.suffix and not p.exists():
        names = preset_names()
        if str(path) not in names:
            raise unknown_name(str(path), names, "scenario")
        p = SCENARIO_DIR / f"{path}.toml"
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(
            "cannot_read", f"cannot read scenario file {str(p)!r}: {exc.strerror}", path=str(p), reason=exc.strerror
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not_utf8", "not UTF-8 text").within(p.name) from None
    return load_text(text, p.stem, p.name)


def preset_names() -> list[str]:
    """Names of the preset scenarios under ``scenarios/``."""
    return sorted(f.stem for f in SCENARIO_DIR.glob("*.toml"))


def presets() -> list[Scenario]:
    """Every preset, in display order."""
    return sorted((load_scenario(SCENARIO_DIR / f"{n}.toml") for n in preset_names()), key=lambda s: (s.order, s.name))


def to_toml(s: Scenario) -> str:
    """The scenario as a TOML document that ``load_text`` reads back to an equal scenario.

    Written by ``tomli_w``: any text (a pin's name, a title with control characters) comes out as
    valid TOML, escaped the way the format says.  Numbers are floats (``repr``: shortest
    round-trip), so reading the file back gives the same bits."""
    doc: dict[str, object] = {k: getattr(s, k) for k in ("title_en", "title_zh", "question_en", "question_zh")}
    doc["start"] = s.start
    if s.history:
        doc["history"] = True
    doc["sources"] = list(s.sources)
    doc["order"] = s.order
    doc["preset"] = s.preset or s.name
    base = base_state(s.start, s.history)
    doc["state"] = {k: float(v) for k, v in s.state.diff(base).items()}
    doc["policy"] = {k: float(v) for k, v in s.policy().items()}
    if s.schedules:
        doc["schedule"] = [
            {"param": x.param, "value": float(x.value), "at_month": float(x.at_month), "ramp_months": float(x.ramp_months)}
            for x in s.schedules
        ]
    cf = s.counterfactual
    set_here = set(s.policy()) | {sch.param for sch in s.schedules}
    without = [x for x in cf.without if x in set_here] if cf is not None else []
    if cf is not None and without:  # a lever moved back to the state's value has nothing to take away
        doc["counterfactual"] = {"title_en": cf.title_en, "title_zh": cf.title_zh, "without": without}
    return tomli_w.dumps(doc)
