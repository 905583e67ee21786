"""Every download opened in a real spreadsheet (issue 16): LibreOffice Calc 7.4, headless, converts
each CSV to .xlsx as a person opening it would, and openpyxl counts the formula cells: none,
whatever the pinned scenarios are called.  Twice: with Calc's default import (comma-separated,
formulas evaluated, the text read as Latin-1: headless Calc ignores the byte-order mark), and by
the import route the README documents for Chinese (Character set: UTF-8, ``CSV:44,34,76``), where
the Chinese in the names survives.  Excel and the Calc dialog take the file's UTF-8 byte-order
mark as the character set."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from model.scenario import load_scenario
from ui import urlstate as us
from ui.files import kpi_table_csv, scenario_and_baseline_csv, scenario_csv

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
# formula starters, cell breakers and a field that would span lines: as pin names (``clean_name``
# keeps them printable and single-line, as the app does)
HOSTILE = [
    ',=HYPERLINK("http"&CHAR(58)&"//e.vl"),',
    "=1+1",
    '+cmd|" /C calc"!A0',
    "-2+3",
    "@SUM(A1:A2)",
    '"a",=2*3;=4*5\t=6',
    " =7*8",
    "降佣+公平流量：拼多多",
]


UTF8_IMPORT = "CSV:44,34,76"  # comma, double quote, UTF-8: the Text Import dialog's choices as a filter


def open_in_calc(csv_text: str, tmp: Path, name: str, infilter: str | None = None) -> list[object]:
    """Every cell of the CSV as LibreOffice Calc imports it (``infilter``: its import options;
    None: Calc's defaults), formulas as formula text (``=…``), not their values."""
    src = tmp / f"{name}.csv"
    src.write_bytes(csv_text.encode("utf-8"))
    how = [f"--infilter={infilter}"] if infilter else []
    out = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp}/lo-profile",
            "--headless",
            *how,
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert out.returncode == 0 and (tmp / f"{name}.xlsx").exists(), out.stderr
    book = openpyxl.load_workbook(tmp / f"{name}.xlsx")  # formulas as written, not their values
    return [c.value for row in book.active.iter_rows() for c in row if c.value is not None]


@pytest.fixture(scope="module")
def downloads() -> dict[str, str]:
    sc = load_scenario("support_100bn")
    pins = [
        us.Pin(us.clean_name(n), "support_100bn", sc.params.replace(commission=0.005 + 0.001 * k)) for k, n in enumerate(HOSTILE)
    ]
    scenario = replace(sc, name="support_100bn")
    return {
        "scenario": scenario_csv(scenario, 6),
        "with_pins": scenario_and_baseline_csv(scenario, 6, pins),
        "kpis": kpi_table_csv(scenario, [3, 6], pins, ref=1),
    }


@pytest.mark.parametrize("kind", ["scenario", "with_pins", "kpis"])
def test_libreoffice_finds_no_formula_in_a_download_and_keeps_its_chinese(
    downloads: dict[str, str], kind: str, tmp_path: Path
) -> None:
    text = downloads[kind]
    assert text.startswith("\ufeff")
    for how in (None, UTF8_IMPORT):
        cells = open_in_calc(text, tmp_path, kind, how)
        formulas = [c for c in cells if isinstance(c, str) and c.startswith("=")]
        assert formulas == [], (how, formulas[:5])
        assert len(cells) > 100
    if kind != "scenario":
        shown = {c for c in cells if isinstance(c, str)}
        assert any("降佣+公平流量" in c for c in shown), "the Chinese pin name, garbled or lost"
        assert not any("é™" in c for c in shown) and "# flywheel-explorer" in "".join(shown)  # no mark left
