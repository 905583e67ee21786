"""XMILE export: a valid XMILE 1.0 file that PySD and BPTK-Py run to the numbers of ``core.integrate``.

Valid: every export is validated with lxml against ``xmile-export.xsd`` (the XMILE 1.0
rules for what the export writes, each the OASIS schema's or stricter), and its units are
XMILE unit expressions whose names are all declared, with each flow in its stock's unit
per month.

The PySD and BPTK-Py comparisons are the drift guard of ``model/xmile.py``: every
equation of the export is checked numerically, for every preset and for a scenario with
overlapping schedules of all three levers on a changed reference state. BPTK-Py runs in
its own environment (``.venv-bptk``: it pins other numpy/pandas/scipy), through
``tools/bptk_run.py``.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from lxml import etree

import model
from model import DT, Schedule, load_scenario, presets
from model.cli import main
from model.core import OUTPUTS, _calibrated
from model.equations import MODEL, VARIABLES
from model.registry import PARAMETERS
from model.units import UNIT_NAMES, dimension, xmile_unit
from model.xmile import XMILE_NS, parameter_name, stock_names, to_xmile, variable_names

with warnings.catch_warnings():  # PySD 3.14 imports a module that chardet 7 deprecates
    warnings.simplefilter("ignore", DeprecationWarning)
    import pysd

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).with_name("xmile-export.xsd"))))
BPTK_PYTHON = ROOT / ".venv-bptk" / "bin" / "python"
NS = {"x": XMILE_NS}
REL_TOL = 1e-6
# Absolute floor of the relative difference's denominator, in model units (M people,
# RMB bn, fractions): some series are exactly 0 at month 0 (logistics coverage,
# cumulative profit, subsidy spent), where a relative difference is undefined.
FLOOR = 1e-9


def parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))  # noqa: S314 - our own export, not untrusted input


def variables(root: ET.Element) -> dict[str, ET.Element]:
    found = root.findall("x:model/x:variables/*", NS)
    out = {el.attrib["name"]: el for el in found}
    assert len(out) == len(found), "duplicate variable names"
    return out


def test_well_formed_xmile_1_0_with_matching_sim_specs() -> None:
    root = parse(to_xmile(load_scenario("baseline"), months=36))
    assert root.tag == f"{{{XMILE_NS}}}xmile" and root.attrib["version"] == "1.0"
    assert root.find("x:header/x:vendor", NS) is not None and root.find("x:header/x:product", NS) is not None
    specs = root.find("x:sim_specs", NS)
    assert specs is not None
    assert specs.attrib == {"method": "Euler", "time_units": "month"}
    assert float(specs.findtext("x:start", namespaces=NS) or "nan") == 0.0
    assert float(specs.findtext("x:stop", namespaces=NS) or "nan") == 36.0
    assert float(specs.findtext("x:dt", namespaces=NS) or "nan") == DT
    var = variables(root)
    # the stand-in for XMILE's DT builtin must be the sim specs' dt
    assert float(var["dt_months"].findtext("x:eqn", namespaces=NS) or "nan") == DT
    for v in VARIABLES:  # every saved series is in the file, stocks as stocks, with the registry's unit
        el = var[v.name]
        assert (el.tag == f"{{{XMILE_NS}}}stock") == (v.kind == "stock"), v.name
        assert el.findtext("x:units", namespaces=NS) == xmile_unit(v.unit), v.name
    for el in var.values():
        assert el.tag.split("}")[1] in ("stock", "flow", "aux")
        assert (el.findtext("x:eqn", namespaces=NS) or "").strip(), el.attrib["name"]


def schema_errors(text: str) -> list[str]:
    ok = SCHEMA.validate(etree.fromstring(text.encode("utf-8")))
    errors = [f"line {e.line}: {e.message}" for e in SCHEMA.error_log]
    assert ok == (not errors)
    return errors


@pytest.mark.parametrize("name", [s.name for s in presets()] + ["mixed"])
def test_every_export_is_valid_xmile_1_0(name: str) -> None:
    scenario = mixed() if name == "mixed" else load_scenario(name)
    assert schema_errors(to_xmile(scenario)) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # the layout before: the notes as a <doc> of <model>, which XMILE 1.0 does not have
        ("<model>", "<model><doc>notes</doc>", "doc"),
        # a unit phrase where XMILE expects a unit expression
        ("<units>RMB_bn/month</units>", "<units>RMB bn per month</units>", "units"),
        ("<vendor>Flywheel Explorer</vendor>", "<vendor>Flywheel Explorer</vendor><vendor>again</vendor>", "vendor"),
        # valid XMILE, but not one of the standard time units, which the export writes
        ('time_units="month"', 'time_units="months"', "time_units"),
    ],
)
def test_the_schema_refuses_what_the_export_must_not_write(old: str, new: str, message: str) -> None:
    text = to_xmile(load_scenario("baseline"), months=12)
    assert old in text
    errors = schema_errors(text.replace(old, new, 1))
    assert errors and message in errors[0], errors


def declared_units(root: ET.Element) -> set[str]:
    return {u.attrib["name"] for u in root.findall("x:model_units/x:unit", NS)}


def unit_dimension(expr: str) -> dict[str, int]:
    """Exponents of the names in an XMILE unit expression of the export's form (the schema's pattern)."""
    top, _, bottom = expr.partition("/")
    dims: Counter[str] = Counter()
    for sign, part in ((1, top), (-1, bottom.strip("()"))):
        for factor in filter(None, part.split("*")):
            name, _, power = factor.partition("^")
            if name != "1":
                dims[name] += sign * int(power or 1)
    return {k: v for k, v in dims.items() if v}


def test_units_are_declared_and_every_flow_is_its_stock_per_month() -> None:
    root = parse(to_xmile(load_scenario("baseline")))
    units = declared_units(root)
    assert units == set(UNIT_NAMES)
    var = variables(root)
    used: set[str] = set()
    for el in var.values():
        expr = el.findtext("x:units", namespaces=NS)
        assert expr is not None, el.attrib["name"]  # every variable and constant has its unit
        used |= set(unit_dimension(expr))
    assert used <= units, used - units
    assert unit_dimension("RMB_bn/(M_merchants*month)") == {"RMB_bn": 1, "M_merchants": -1, "month": -1}
    for stock in stock_names():
        per_month = Counter(unit_dimension(var[stock].findtext("x:units", namespaces=NS) or ""))
        per_month["month"] -= 1
        want = {k: v for k, v in per_month.items() if v}
        flows = var[stock].findall("x:inflow", NS) + var[stock].findall("x:outflow", NS)
        for flow in [f.text or "" for f in flows]:
            assert unit_dimension(var[flow].findtext("x:units", namespaces=NS) or "") == want, (stock, flow)


def test_unit_phrases_are_read_not_guessed() -> None:
    assert xmile_unit("RMB bn per M merchants per month") == "RMB_bn/(M_merchants*month)"
    assert xmile_unit("k RMB per shopper per year") == "k_RMB/(shopper*year)"  # "shopper" is not "shop per"
    assert xmile_unit("RMB bn per month per month") == "RMB_bn/month^2"
    assert xmile_unit("fraction of sales per month") == xmile_unit("per month") == "1/month"
    assert dimension("M merchants per M people") == Counter({"M_merchants": 1, "M_people": -1})
    with pytest.raises(ValueError, match="'parsecs' is not a known unit"):
        xmile_unit("parsecs per month")
    for phrase in {v.unit for v in MODEL.vars.values()} | {p.unit for p in PARAMETERS}:
        xmile_unit(phrase)  # every declared phrase reads


def test_the_notes_are_a_comment_and_the_caption() -> None:
    scenario = mixed()
    text = to_xmile(scenario)
    notes = re.findall(r"<!--(.*?)-->", text, flags=re.S)
    assert len(notes) == 1 and text.index("<!--") > text.index("<model>")
    caption = parse(text).findtext("x:header/x:caption", namespaces=NS)
    assert caption and notes[0].strip().splitlines()[0] == caption and "'mixed'" in caption
    for schedule in scenario.schedules:
        assert f"schedule: {schedule.to_text()}" in notes[0]
    assert "reference state: subsidy_bn_per_year = 0.0 (the run uses 40.0)" in notes[0]
    # a name with "--" (not allowed inside an XML comment) still makes a well-formed file
    odd = dataclasses.replace(scenario, name="a--b-")
    assert parse(to_xmile(odd)).findtext("x:header/x:name", namespaces=NS) == "a--b-"
    assert schema_errors(to_xmile(odd)) == []


def test_stocks_and_flows_are_connected() -> None:
    var = variables(parse(to_xmile(load_scenario("baseline"))))
    assert sorted(stock_names()) == sorted(MODEL.stocks)
    for name in stock_names():
        flows = [f.text for f in var[name].findall("x:inflow", NS) + var[name].findall("x:outflow", NS)]
        assert flows, name
        for f in flows:
            assert f is not None and var[f].tag == f"{{{XMILE_NS}}}flow", (name, f)


def test_every_parameter_value_is_in_the_file() -> None:
    scenario = load_scenario("support_100bn").with_overrides(commission=0.0123)
    var = variables(parse(to_xmile(scenario)))
    for p, v in zip(PARAMETERS, scenario.params.values, strict=True):
        name = parameter_name(p.name)
        assert name == p.name or p.name in variable_names()
        assert float(var[name].findtext("x:eqn", namespaces=NS) or "nan") == v, p.name
        assert var[name].findtext("x:units", namespaces=NS) == xmile_unit(p.unit)


def test_every_lever_is_its_schedule_and_every_calibrated_constant_a_number() -> None:
    sc = load_scenario("baseline").with_schedules([Schedule.parse("subsidy_share_coupons=0.9@6+3")])
    var = variables(parse(to_xmile(sc)))
    for p in PARAMETERS:
        if p.schedulable:
            eqn = var[p.name].findtext("x:eqn", namespaces=NS) or ""
            assert parameter_name(p.name) in eqn, p.name
    assert "TIME < 6.0" in (var["subsidy_share_coupons"].findtext("x:eqn", namespaces=NS) or "")
    cal = _calibrated(sc.state.values)
    for name, value in cal.values.items():
        assert float(var[name].findtext("x:eqn", namespaces=NS) or "nan") == value[0], name


def test_cli_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "m.xmile"
    args = ["fee_war_matched", "--set", "commission=0.01", "--schedule", "fairness=0.5@6+3", "--months", "24"]
    proc = subprocess.run(
        [sys.executable, "-m", "model", "xmile", *args, "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    root = parse(out.read_text(encoding="utf-8"))
    assert float(root.findtext("x:sim_specs/x:stop", namespaces=NS) or "nan") == 24.0
    var = variables(root)
    assert float(var["commission_0"].findtext("x:eqn", namespaces=NS) or "nan") == 0.01
    assert "TIME < 6.0" in (var["fairness"].findtext("x:eqn", namespaces=NS) or "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["xmile"], "required: --out"),
        (["xmile", "no_such_preset", "--out", "x.xmile"], "unknown scenario"),
        (["xmile", "--set", "commission=0.5", "--out", "x.xmile"], r"'commission'.*\[0, 0.15\]"),
        (["xmile", "--schedule", "fairness=2@3", "--out", "x.xmile"], r"fairness.*\[0, 1\]"),
        (["xmile", "--months", "0", "--out", "x.xmile"], r"outside the allowed range \[1, 240\]"),
        (["xmile", "--out", "no/such/dir/x.xmile"], "cannot write"),
    ],
)
def test_cli_rejects_bad_arguments_with_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert "Traceback" not in err
    assert not (tmp_path / "x.xmile").exists()


def mixed() -> model.Scenario:
    """Overlapping schedules of every lever on a changed reference state."""
    base = load_scenario("baseline")
    state = base.state.replace(commission=0.012, fairness=0.5)
    scenario = dataclasses.replace(base, name="mixed", state=state, params=state.replace(subsidy_bn_per_year=40.0))
    return scenario.with_schedules(
        [
            Schedule.parse("commission=0.03@6+12"),
            Schedule.parse("commission=0.005@12"),  # interrupts the ramp
            Schedule.parse("commission=0.02@30+6"),
            Schedule.parse("fairness=0.9@0+24"),
            Schedule.parse("fairness=0.2@24"),
            Schedule.parse("subsidy_bn_per_year=80@10+4"),
            Schedule.parse("subsidy_bn_per_year=0@40"),
            Schedule.parse("subsidy_share_coupons=0.9@6+12"),  # the split moves: its normalisation runs every step
            Schedule.parse("subsidy_share_smb=0@30"),
        ]
    )


def run_pysd(path: Path, months: int) -> pd.DataFrame:
    with warnings.catch_warnings():  # PySD's own deprecation warnings (pandas, chardet)
        warnings.simplefilter("ignore")
        pysd_model = pysd.read_xmile(str(path))
        return pysd_model.run(return_columns=list(OUTPUTS), return_timestamps=np.arange(months + 1.0))


def run_bptk(path: Path, months: int) -> pd.DataFrame:
    """The file run in BPTK-Py (its own environment, by ``tools/bptk_run.py``), at whole months."""
    out = path.with_suffix(".bptk.csv")
    proc = subprocess.run(
        [str(BPTK_PYTHON), str(ROOT / "tools" / "bptk_run.py"), str(path), str(out), *OUTPUTS],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    df = pd.read_csv(out)
    assert df["time"].tolist() == list(np.arange(months + 1.0))
    return df


ENGINES = {"pysd": run_pysd, "bptk": run_bptk}


def max_rel_diff(engine: str, scenario: model.Scenario, tmp_path: Path, months: int = 72) -> dict[str, float]:
    """Run the export in ``engine`` and return, per saved variable, the max relative difference to ours."""
    path = tmp_path / f"{scenario.name}.xmile"
    path.write_text(to_xmile(scenario, months=months), encoding="utf-8")
    df = ENGINES[engine](path, months)
    ours = model.run(scenario, months=months)
    return {
        name: float(np.max(np.abs(df[name].to_numpy() - ours[name]) / np.maximum(np.abs(ours[name]), FLOOR))) for name in OUTPUTS
    }


@pytest.mark.slow
@pytest.mark.parametrize("engine", list(ENGINES))
@pytest.mark.parametrize("name", [s.name for s in presets()])
def test_every_preset_runs_to_our_numbers(engine: str, name: str, tmp_path: Path) -> None:
    diff = max_rel_diff(engine, load_scenario(name), tmp_path)
    stocks = {v.name for v in VARIABLES if v.kind == "stock"}
    assert max(diff[s] for s in stocks) <= REL_TOL, {s: diff[s] for s in stocks}
    assert max(diff.values()) <= REL_TOL, diff  # flows and auxiliaries too


@pytest.mark.slow
@pytest.mark.parametrize("engine", list(ENGINES))
def test_overlapping_schedules_on_a_changed_reference_state_run_to_our_numbers(engine: str, tmp_path: Path) -> None:
    diff = max_rel_diff(engine, mixed(), tmp_path, months=60)
    assert max(diff.values()) <= REL_TOL, diff
