"""The command line is a public interface: names, formats and exit statuses."""

from __future__ import annotations

import io
import math
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import model
from model.cli import main
from model.equations import VARIABLES
from model.output import CSV_COLUMNS
from model.registry import PARAMETERS

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "model", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def read_csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), comment="#")


def test_run_writes_long_csv_with_metadata_to_stdout() -> None:
    out = cli("run", "scenarios/support_100bn.toml")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("\ufeff#")  # a byte-order mark: spreadsheets read the Chinese as UTF-8
    header = [line for line in out.stdout.removeprefix("\ufeff").splitlines() if line.startswith("#")]
    assert header[0] == f"# flywheel-explorer model {model.__version__}"
    for p in PARAMETERS:
        assert any(f" param {p.name}=" in line for line in header), p.name
    df = read_csv(out.stdout)
    assert tuple(df.columns) == CSV_COLUMNS
    assert len(df) == 73 * len(VARIABLES)
    assert set(df.month) == set(range(73))
    assert (df.groupby("month").size() == len(VARIABLES)).all()
    assert df.date.iloc[0] == "2025-01-01" and df.date.iloc[-1] == "2031-01-01"
    assert (df.scenario == "support_100bn").all()
    spent = df[(df.variable == "subsidy_spent") & (df.month == 72)].value.iloc[0]
    assert spent == pytest.approx(100.0)


def test_set_schedule_months_and_out(tmp_path: Path) -> None:
    target = tmp_path / "run.csv"
    code = main(
        [
            "run",
            "baseline",
            "--set",
            "commission=0.02",
            "--schedule",
            "fairness=0.3@12+6",
            "--months",
            "120",
            "--out",
            str(target),
        ]
    )
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "# scenario baseline: param commission=0.02" in text
    assert "# scenario baseline: reference commission=0.006" in text
    assert "# scenario baseline: schedule fairness=0.3@12+6" in text
    df = read_csv(text)
    assert df.month.max() == 120
    fair = df[df.variable == "fairness"].set_index("month").value
    assert fair[11] == 0.7 and fair[15] == pytest.approx(0.5) and fair[18] == pytest.approx(0.3)


def test_cli_csv_equals_python_api(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "monetise_harder", "--months", "24"]) == 0
    printed = capsys.readouterr().out
    sc = model.load_scenario("monetise_harder")
    assert printed == model.to_csv([(sc.name, model.run(sc, months=24))])


@pytest.mark.parametrize("months", ["1", "120"])
def test_months_range(months: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--months", months]) == 0
    assert read_csv(capsys.readouterr().out).month.max() == int(months)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--set", "commission=0.5"], r"'commission'.*0.5.*\[0, 0.15\]"),
        (["run", "--set", "comission=0.01"], "did you mean 'commission'"),
        (["run", "--set", "fairness=high"], "not a number"),
        (["run", "--set", "fairness"], "NAME=VALUE"),
        (["run", "--schedule", "fairness=2@3"], r"fairness.*\[0, 1\]"),
        (["run", "--months", "0"], r"outside the allowed range \[1, 240\]"),
        (["run", "--months", "soon"], "not a whole number"),
        (["run", "no_such_preset"], "unknown scenario"),
        (["run", "missing/file.toml"], "cannot read scenario file"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert "Traceback" not in err


def test_bad_value_in_a_subprocess_has_no_traceback() -> None:
    out = cli("run", "--set", "subsidy_budget_bn=-5")
    assert out.returncode == 2
    assert "subsidy_budget_bn" in out.stderr and "[0, 500]" in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_bad_scenario_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[policy]\nfairness = 3\n", encoding="utf-8")
    out = cli("run", str(bad))
    assert out.returncode == 2 and "bad.toml" in out.stderr and "fairness" in out.stderr


def test_params_prints_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["params"]) == 0
    df = read_csv(capsys.readouterr().out)
    assert list(df.columns[:6]) == ["name", "unit", "min", "default", "max", "group"]
    assert list(df.name) == [p.name for p in PARAMETERS]
    row = df.set_index("name").loc["commission"]
    assert (row["min"], row["default"], row["max"]) == (0, 0.006, 0.15)
    assert list(df.schedulable) == ["yes" if p.schedulable else "no" for p in PARAMETERS]
    assert set(df.name[df.schedulable == "yes"]) == set(model.equations.MODEL.levers)
    assert list(df.uncertain) == ["yes" if p.uncertain else "no" for p in PARAMETERS]


def test_any_schedulable_parameter_can_be_scheduled_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "support_100bn", "--months", "24", "--schedule", "subsidy_share_coupons=1@6+6"]) == 0
    out = capsys.readouterr().out
    assert "schedule subsidy_share_coupons=1@6+6" in out
    assert main(["run", "--schedule", "pass_through=0.6@3"]) == 2
    assert "cannot be scheduled; schedulable levers: commission, fairness, ad_load, subsidy_bn_per_year, subsidy_share_smb" in (
        capsys.readouterr().err
    )


def test_scenarios_lists_the_presets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios"]) == 0
    df = read_csv(capsys.readouterr().out)
    assert set(df.name) == {s.name for s in model.presets()}
    assert df.name.iloc[0] == "baseline"


def test_facts_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts"]) == 0
    df = read_csv(capsys.readouterr().out)
    assert df.within.all()


def test_kpis_writes_the_cards_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpis", "support_100bn", "--against", "baseline", "--at", "12,72"]) == 0
    df = read_csv(capsys.readouterr().out)
    assert list(df.columns) == list(model.output.KPI_COLUMNS)
    cur, ref = model.run(model.load_scenario("support_100bn"), 72), model.run(model.load_scenario("baseline"), 72)
    for h in (12, 72):
        rows = df[df.month == h].set_index("kpi")
        want = cur.kpis(h, ref)
        assert list(rows.index) == [k.key for k in want]  # per-RMB KPIs included: the programme spends
        for k in want:
            assert rows.loc[k.key, "value"] == pytest.approx(k.value, rel=1e-11)
            if k.kpi.per_extra_subsidy:
                assert math.isnan(rows.loc[k.key, "delta"])
            else:
                assert rows.loc[k.key, "delta"] == pytest.approx(k.delta, rel=1e-9, abs=1e-11)
    assert set(df.reference) == {"baseline"} and set(df.scenario) == {"support_100bn"}


def test_kpis_default_reference_is_the_scenario_without_the_changes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpis", "--set", "commission=0.02", "--at", "36"]) == 0
    df = read_csv(capsys.readouterr().out).set_index("kpi")
    assert set(df.reference) == {"baseline-reference"}
    assert df.loc["platform_revenue", "delta"] > 0 and "gmv_per_subsidy" not in df.index
    with pytest.raises(SystemExit) as exit_:
        main(["kpis", "--at", "12,x"])
    assert exit_.value.code == 2 and "'x' is not a whole number of months" in capsys.readouterr().err


def test_effects_and_flips_of_a_question(capsys: pytest.CaptureFixture[str]) -> None:
    """``effects`` gives each headline effect against the counterfactual with its odds (the numbers
    of model.analysis.paired_effects); ``flips`` what would flip them; a preset without a question
    is refused with exit 2."""
    import io

    import pandas as pd

    from model.analysis import flips, paired_effects

    assert main(["effects", "support_100bn", "--at", "36", "--draws", "40"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 40 paired draws (Latin hypercube")
    table = pd.read_csv(io.StringIO(out), comment="#")
    pe = paired_effects(model.load_scenario("support_100bn"), 36, draws=40)
    assert list(table["effect"]) == list(pe.effects)
    for row in table.itertuples():
        e = pe.effects[str(row.effect)]
        assert (row.p10, row.p90, row.share_positive) == pytest.approx((e.p10, e.p90, e.share_positive), rel=1e-5, abs=1e-3)
    assert set(table["counterfactual"]) == {"No programme"}
    assert main(["flips", "support_100bn"]) == 0
    found = pd.read_csv(io.StringIO(capsys.readouterr().out))
    want = flips(model.load_scenario("support_100bn"), 72)
    assert list(zip(found["effect"], found["param"], strict=True)) == [(f.effect, f.param) for f in want]
    assert main(["effects", "baseline"]) == 2
    assert "declares no [counterfactual]" in capsys.readouterr().err
