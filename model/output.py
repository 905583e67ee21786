"""Runs as tables, and the one CSV format shared by the command line and the app.

CSV format (long, one row per month and variable)::

    # flywheel-explorer model 2.0.0
    # format: columns scenario month date variable unit value (comma-separated); lines starting with # are metadata
    # scenario baseline: start=2025-01 months=72 dt=0.25
    # scenario baseline: param commission=0.006
    # scenario baseline: reference commission=0.006      (only where it differs from the run)
    # scenario baseline: schedule commission=0.02@12+6
    scenario,month,date,variable,unit,value
    baseline,0,2025-01-01,gmv,RMB bn per month,426.475
    ...

The metadata is a commented header (``pandas.read_csv(..., comment="#")`` skips
it) so one file carries the model version and every parameter value.  The file starts
with a UTF-8 byte-order mark, so that spreadsheets read its Chinese as UTF-8 (LibreOffice
and Excel take a file without one for the system's code page); ``pandas`` and Python's
``csv`` with ``encoding="utf-8-sig"`` skip it.

Safe in a spreadsheet: a text cell that a spreadsheet would read as a formula (starting
with ``= + - @``, tab or carriage return) is prefixed with ``'``; a comment line is one
cell that starts with ``#``: the user text in it (a scenario's name) has no comma, quote,
semicolon, tab or line break (``meta_text``), so nothing in it can start a cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import __version__
from .core import DT, RawRun, integrate
from .equations import VARIABLE_BY_NAME, VARIABLES
from .params import FloatArray
from .registry import PARAMETERS
from .scenario import Scenario

if TYPE_CHECKING:
    from .kpis import KpiValue

CSV_COLUMNS = ("scenario", "month", "date", "variable", "unit", "value")
KPI_COLUMNS = ("scenario", "reference", "month", "date", "kpi", "label", "unit", "value", "delta")


def _without_subsidy(res: Result) -> dict[str, FloatArray]:
    """The series of ``res``'s scenario without its subsidy (the per-RMB KPIs' comparison);
    ``res`` itself when it spends nothing."""
    if float(res["subsidy_spent"][-1]) <= 0.0:
        return {v: res[v] for v in VARIABLE_BY_NAME}
    other = run(res.scenario.without_subsidy(), months=res.months)
    return {v: other[v] for v in VARIABLE_BY_NAME}


@dataclass(frozen=True, slots=True)
class Result:
    """One scenario's run: monthly series of every variable in ``model.equations.VARIABLES``."""

    scenario: Scenario
    months: int
    raw: RawRun

    @property
    def month(self) -> FloatArray:
        """Month numbers 0 … months."""
        return self.raw.t

    def __getitem__(self, variable: str) -> FloatArray:
        """The series of ``variable`` (shape (months + 1,))."""
        if variable not in VARIABLE_BY_NAME:
            from .params import unknown_name_message

            raise KeyError(unknown_name_message(variable, VARIABLE_BY_NAME, "variable"))
        return self.raw.data[variable][:, 0]

    def dates(self) -> list[str]:
        """Calendar date (first day of the month) of each month."""
        return month_dates(self.scenario.start, len(self.month))

    def frame(self) -> pd.DataFrame:
        """Wide table: month, date and one column per variable."""
        cols: dict[str, object] = {"month": self.month.astype(int), "date": self.dates()}
        cols.update({v.name: self[v.name] for v in VARIABLES})
        return pd.DataFrame(cols)

    def tidy(self, label: str | None = None) -> pd.DataFrame:
        """Long table with the CSV columns."""
        name = label if label is not None else self.scenario.name
        n_t = len(self.month)
        values = np.stack([self[v.name] for v in VARIABLES], axis=1)  # (T, V)
        return pd.DataFrame(
            {
                "scenario": name,
                "month": np.repeat(self.month.astype(int), len(VARIABLES)),
                "date": np.repeat(self.dates(), len(VARIABLES)),
                "variable": np.tile([v.name for v in VARIABLES], n_t),
                "unit": np.tile([v.unit for v in VARIABLES], n_t),
                "value": values.ravel(),
            }
        )

    def kpis(self, horizon: int, reference: Result | None = None) -> list[KpiValue]:
        """Every KPI (``model.kpis``) at month ``horizon``, with deltas against ``reference``
        (default: this run itself, so every delta is 0) -- the app's KPI cards."""
        from .kpis import compare_kpis

        ref = reference if reference is not None else self
        data = {v: self[v] for v in VARIABLE_BY_NAME}
        return compare_kpis(data, {v: ref[v] for v in VARIABLE_BY_NAME}, horizon, attribution=_without_subsidy(self))

    def annual(self, variable: str, year_index: int) -> float:
        """Sum of a monthly flow over months 12·y … 12·y + 11 (e.g. annual GMV)."""
        series = self[variable]
        lo = 12 * year_index
        if lo + 12 > len(series):
            raise ValueError(f"year {year_index} is beyond the horizon of {self.months} months")
        return float(series[lo : lo + 12].sum())


def month_dates(start: str, n: int) -> list[str]:
    """ISO dates of the first day of ``n`` consecutive months from ``start`` (YYYY-MM)."""
    y, m = int(start[:4]), int(start[5:7])
    out = []
    for k in range(n):
        yy, mm = divmod(m - 1 + k, 12)
        out.append(f"{y + yy:04d}-{mm + 1:02d}-01")
    return out


def run(scenario: Scenario, months: int = 72) -> Result:
    """Run one scenario: calibrated at its reference state, its policy acting from month 0."""
    raw = integrate(scenario.params, reference=scenario.state, schedules=scenario.schedules, months=months, dt=DT)
    return Result(scenario=scenario, months=months, raw=raw)


def safe_cell(text: str) -> str:
    """Neutralise text a spreadsheet would evaluate as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _num(v: float) -> str:
    return format(float(v), ".12g")


def header_lines(results: Sequence[tuple[str, Result]], columns: Sequence[str] = CSV_COLUMNS) -> list[str]:
    """The commented metadata block: model version, and each scenario's settings."""
    lines = [
        f"# flywheel-explorer model {__version__}",
        "# format: columns " + " ".join(columns) + " (comma-separated); lines starting with # are metadata",
    ]
    for label, res in results:
        s = res.scenario
        tag = f"# scenario {meta_text(label)}:"
        lines.append(f"{tag} start={s.start} months={res.months} dt={DT:g} preset={meta_text(s.name)}")
        for p, v in zip(PARAMETERS, s.params.values, strict=True):
            lines.append(f"{tag} param {p.name}={_num(v)}")
        for name, v in s.state.diff(s.params).items():
            lines.append(f"{tag} reference {name}={_num(v)}")
        for sch in s.schedules:
            lines.append(f"{tag} schedule {sch.to_text()}")
    return lines


# What user text must not bring into a comment line, and its full-width stand-in: a colon ends
# the line's tag; a comma, semicolon or tab would start a new cell in a spreadsheet, a quote a
# quoted field.
_META_SWAP = str.maketrans({":": "：", ",": "，", ";": "；", '"': "＂", "\t": " "})
BOM = "\ufeff"


def meta_text(text: str) -> str:
    """User text made safe for a one-line comment: ``_META_SWAP``, and runs of white space (line
    breaks included) as one space."""
    return " ".join(text.translate(_META_SWAP).split())


def to_csv(results: Sequence[tuple[str, Result]]) -> str:
    """The CSV text for one or more labelled results (same bytes wherever it is made)."""
    buf = io.StringIO()
    buf.write(BOM)
    for line in header_lines(results):
        buf.write(line + "\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for label, res in results:
        name = safe_cell(label)
        dates = res.dates()
        data = [(v.name, v.unit, res[v.name]) for v in VARIABLES]
        for k, month in enumerate(res.month.astype(int)):
            for var, unit, series in data:
                w.writerow((name, int(month), dates[k], var, unit, _num(series[k])))
    return buf.getvalue()


def kpi_csv(results: Sequence[tuple[str, Result]], reference: tuple[str, Result], months: Sequence[int]) -> str:
    """The KPI table: every KPI (``model.kpis``) of each result at each month, with its delta against
    ``reference`` (the app's cards and compare table, as a file).

    Long format, columns ``KPI_COLUMNS``; the same commented metadata block as the time series
    (every scenario's settings, the reference's included).  ``delta`` is empty for the
    per-RMB-of-subsidy KPIs, which are themselves comparisons with the reference (and appear only
    where the scenario spends more than it).  Values to 12 significant digits.
    """
    from .kpis import UNIT_TEXT, compare_kpis

    ref_label, ref = reference
    everything = [*results, reference] if all(r is not ref for _, r in results) else list(results)
    buf = io.StringIO()
    buf.write(BOM)
    for line in header_lines(everything, KPI_COLUMNS):
        buf.write(line + "\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(KPI_COLUMNS)
    ref_data = {v: ref[v] for v in VARIABLE_BY_NAME}
    for label, res in results:
        data = {v: res[v] for v in VARIABLE_BY_NAME}
        attribution = _without_subsidy(res)
        dates = res.dates()
        for h in months:
            month = min(int(h), len(dates) - 1, len(ref.dates()) - 1)
            for k in compare_kpis(data, ref_data, month, attribution=attribution):
                delta = "" if k.delta != k.delta else _num(k.delta)
                row = (safe_cell(label), safe_cell(ref_label), month, dates[month], k.key, k.kpi.label_en)
                w.writerow((*row, UNIT_TEXT[k.unit], _num(k.value), delta))
    return buf.getvalue()
