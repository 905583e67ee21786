"""What the Downloads popover serves, read from the buttons AppTest shows (the deferred data, made as on a click).

The KPI table (``ui.files.kpi_table_csv``): with no pins and the preset as the reference it is
byte for byte what ``python -m model kpis`` writes for the same settings; with pins, every pinned
scenario's KPIs against the chosen reference at the compare panel's months.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

import model
from model.cli import main as cli_main
from model.kpis import KPI_BY_KEY
from ui.parameters import SHOWN

from .conftest import Download
from .test_app import new_app

pytestmark = pytest.mark.app


def command_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """What ``python -m model ARGV`` writes to standard output (``model.cli.main``, in this process)."""
    capsys.readouterr()
    assert cli_main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_downloads_serve_what_the_command_line_writes(download_data: Download, capsys: pytest.CaptureFixture[str]) -> None:
    at = new_app({"p": "monetise_harder", "commission": "1.2", "pass_through": "65", "h": "48"})
    assert not at.warning
    sc = at.session_state["scenario"]
    shown = {p.name for p in SHOWN}
    sets = [f"--set={k}={v!r}" for k, v in sc.params.diff(model.load_scenario("monetise_harder").params).items() if k in shown]
    assert sorted(sets) == ["--set=commission=0.012", "--set=pass_through=0.65"]
    assert [b.label for b in at.download_button] == [
        "Scenario CSV",
        "Scenario + baseline + pinned CSV",
        "KPI table (CSV)",
        "Scenario file (TOML)",
    ]
    kpis, name = download_data(at, "dl_kpis")
    assert name == "monetise_harder-kpis.csv"
    assert kpis.decode("utf-8") == command_line(capsys, "kpis", "monetise_harder", *sets, "--at", "12,36,72")
    series, name = download_data(at, "dl_csv")
    assert name == "monetise_harder.csv"
    assert series.decode("utf-8") == command_line(capsys, "run", "monetise_harder", *sets, "--months", "48")


def test_kpi_table_holds_every_pin_against_the_chosen_reference_at_the_panels_months(download_data: Download) -> None:
    query = {
        "p": "baseline",
        "fairness": "0.9",
        "s1": "Fee up,baseline,commission=1.5",
        "s2": "=Subsidy,baseline,subsidy_bn_per_year=50",
    }
    at = new_app(query | {"ref": "2"})
    at.multiselect(key="cmp_h").set_value([60, 24]).run()
    at.session_state["compare_open"] = False  # the months stay chosen with the panel closed
    at.run()
    data, _ = download_data(at, "dl_kpis")
    table = pd.read_csv(io.StringIO(data.decode("utf-8")), comment="#")
    base = model.load_scenario("baseline")
    runs = {
        "baseline": model.run(base.with_overrides(fairness=0.9), months=60),
        "Fee up": model.run(base.with_overrides(commission=0.015), months=60),
        "'=Subsidy": model.run(base.with_overrides(subsidy_bn_per_year=50.0), months=60),  # neutralised for spreadsheets
    }
    reference = runs["'=Subsidy"]
    assert list(dict.fromkeys(table["scenario"])) == list(runs)
    assert set(table["reference"]) == {"'=Subsidy"}
    assert sorted(set(table["month"])) == [24, 60]
    for (label, month), rows in table.groupby(["scenario", "month"], sort=False):
        want = {k.key: k for k in runs[str(label)].kpis(int(month), reference=reference)}
        assert list(rows["kpi"]) == list(want), (label, month)
        for row in rows.itertuples():
            k = want[str(row.kpi)]
            assert row.value == pytest.approx(k.value, rel=1e-11), (label, month, row.kpi)
            if k.delta == k.delta:
                assert row.delta == pytest.approx(k.delta, rel=1e-9, abs=1e-9), (label, month, row.kpi)
            assert row.label == KPI_BY_KEY[str(row.kpi)].label_en
    # the reference against itself: every delta 0; the per-RMB-of-subsidy KPIs only for the run that
    # spends (against itself without the subsidy, whatever the reference)
    own = table[table["scenario"] == "'=Subsidy"]
    assert (own["delta"].dropna() == 0).all()
    assert set(table[table["kpi"] == "gmv_per_subsidy"]["scenario"]) == {"'=Subsidy"}


def test_kpi_table_in_chinese_and_without_months(download_data: Download) -> None:
    at = new_app({"p": "baseline", "lang": "zh"})
    button = next(b for b in at.download_button if b.key == "dl_kpis")
    assert button.label == "指标表（CSV）" and not button.disabled
    data, _ = download_data(at, "dl_kpis")
    assert "GMV (annual rate)" in data.decode("utf-8")  # the file is the command line's, in English, whatever the page
    at.multiselect(key="cmp_h").set_value([]).run()
    assert next(b for b in at.download_button if b.key == "dl_kpis").disabled  # no months chosen: no table
