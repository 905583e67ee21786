"""The model reference page: generated from the registry, the equation declaration and the facts, never typed twice."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from model import __version__
from model.codegen import indexed, text
from model.equations import MODEL, VARIABLE_BY_NAME, VARIABLES
from model.facts import RULES, compare
from model.reference import (
    BOUNDARY,
    boundary,
    calibration_rows,
    equations,
    function_rows,
    markdown,
    parameter_table,
    stock_equations,
)
from model.registry import GROUP_LABELS, PARAMETERS
from model.sd import parse

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "zh")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {lang: markdown(lang) for lang in LANGS}  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_parameter_table_is_the_registry(lang: str) -> None:
    table = parameter_table(lang)  # type: ignore[arg-type]
    assert [r["name"] for r in table] == [p.name for p in PARAMETERS]
    for p, row in zip(PARAMETERS, table, strict=True):
        assert (row["min"], row["default"], row["max"], row["unit"]) == (p.min, p.default, p.max, p.unit)
        assert row["symbol"] == p.symbol and row["source"] == p.source
        assert row["label"] == (p.label_en if lang == "en" else p.label_zh)
        assert row["group_label"] == GROUP_LABELS[p.group][LANGS.index(lang)]
        assert bool(row["distribution"]) == p.uncertain
        if p.dist is not None:
            for x in p.dist[1:]:
                assert math.isnan(x) or f"{x:g}" in row["distribution"]


def test_every_stock_has_its_equation() -> None:
    stocks = stock_equations()
    saved = [n for s in stocks for n in s.saved]
    assert len(saved) == len(set(saved))
    assert set(saved) == {v.name for v in VARIABLES if v.kind == "stock"}
    rows = {r.name for r in stocks}
    for name in MODEL.stocks:  # saved or not (the rivals' buyer stocks are not saved), each has its row
        v = MODEL.vars[name]
        partly = {indexed(MODEL.fill(v.decl.name, {i: e})) for i, e in v.binding}
        assert indexed(v.decl.name) in rows or indexed(name) in rows or partly & rows, name
    for s in stocks:
        assert s.equation.startswith(f"d {s.name}/dt = ") and s.initial and s.meaning
        assert {VARIABLE_BY_NAME[n].unit for n in s.saved} <= {s.unit}


@pytest.mark.parametrize("lang", LANGS)
def test_every_variable_of_the_model_is_on_the_page_with_its_equation(lang: str, pages: dict[str, str]) -> None:
    """Anti-drift: the page is printed from the declaration the kernel is generated from."""
    md = pages[lang]
    shown = {r.name for _, rows in equations(lang) for r in rows}  # type: ignore[arg-type]
    for name, v in MODEL.vars.items():
        template = v.decl.name
        partly = {indexed(MODEL.fill(template, {i: e})) for i, e in v.binding}  # a per-element row: buyers[s] of buyers[s, p]
        assert indexed(template) in shown or indexed(name) in shown or partly & shown, name
    for section in MODEL.sections:
        for d in section.items:
            spec = getattr(d, "expr", None)
            for source in [spec] if isinstance(spec, str) else list(spec.values()) if isinstance(spec, dict) else []:
                assert f"`{text(parse(source, d.name, MODEL.functions))}`" in md, d.name
            assert (d.meaning_zh if lang == "zh" else d.meaning) in md or d.kind == "input", d.name
    for call, definition, meaning in function_rows(lang):  # type: ignore[arg-type]
        assert f"`{call}` | `{definition}` | {meaning} |" in md


def test_boundary_is_one_declaration_in_both_languages() -> None:
    b = boundary()
    assert set(b) == set(LANGS) and len(b["en"]) == len(b["zh"]) > 0
    b["en"].append("x")  # a copy: the declaration is immutable
    assert "x" not in BOUNDARY["en"]
    assert all(item.strip() for lang in LANGS for item in BOUNDARY[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_calibration_rows_are_facts_compare_and_pass(lang: str) -> None:
    rows = calibration_rows(lang)  # type: ignore[arg-type]
    table = compare()
    assert len(rows) == len(table) == len(RULES)
    for row, (_, ref), rule in zip(rows, table.iterrows(), RULES, strict=True):
        assert (row["id"], row["preset"]) == (ref["id"], ref["preset"]) == (rule.fact_id, rule.preset)
        assert row["model"] == pytest.approx(ref["model"], rel=1e-12)
        assert row["fact"] == pytest.approx(ref["fact"], rel=1e-12)
        assert row["rel_error"] == pytest.approx(ref["rel_error"], rel=1e-9, abs=1e-12)
        assert row["tolerance"] == rule.tolerance
        assert row["source"] == ref["source"] and row["source"]
        assert row["url"] == (row["source"] if row["source"].startswith("http") else "")
        assert row["passed"], row
        assert abs(row["model"] / row["fact"] - 1.0) <= row["tolerance"]


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_has_everything(lang: str, pages: dict[str, str]) -> None:
    md = pages[lang]
    assert md.startswith("# ") and __version__ in md.splitlines()[2]
    for p in PARAMETERS:
        assert f"`{p.name}`" in md
        assert (p.label_en if lang == "en" else p.label_zh) in md
    for label in GROUP_LABELS.values():
        assert f"### {label[LANGS.index(lang)]}" in md
    for s in stock_equations(lang):  # type: ignore[arg-type]
        assert f"`{s.equation}`" in md and f"`{s.initial}`" in md
    for item in BOUNDARY[lang]:
        assert f"- {item}" in md
    for row in calibration_rows(lang):  # type: ignore[arg-type]
        assert f"`{row['id']}`" in md and (row["url"] or row["source"]) in md


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_tables_are_well_formed(lang: str, pages: dict[str, str]) -> None:
    tables: list[list[str]] = []
    previous = ""
    for line in pages[lang].splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    assert len(tables) >= 3  # stocks, parameter groups, calibration
    for table in tables:
        assert len(table) >= 3 and re.fullmatch(r"\|(---\|)+", table[1])
        counts = {_unescaped_pipes(line) for line in table}
        assert counts == {_unescaped_pipes(table[1])}, table[0]
        assert all(line.endswith("|") for line in table)


def test_bad_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang"):
        parameter_table("fr")  # type: ignore[arg-type]


def test_every_unit_and_metric_has_chinese() -> None:
    from model.facts import compare
    from model.reference import METRIC_ZH, UNIT_ZH

    units = {p.unit for p in PARAMETERS} | {p.shown_unit for p in PARAMETERS} | {v.unit for v in MODEL.vars.values()}
    units |= set(compare()["unit"])
    assert not units - set(UNIT_ZH), units - set(UNIT_ZH)
    assert not set(compare()["metric"]) - set(METRIC_ZH)


def test_every_claim_names_real_variables_parameters_and_presets() -> None:
    from model.claims import CLAIMS
    from model.scenario import preset_names

    presets = set(preset_names())
    assert len({c.key for c in CLAIMS}) == len(CLAIMS) >= 8
    for c in CLAIMS:
        assert c.claim_en and c.claim_zh and c.mechanism_en and c.mechanism_zh, c.key
        assert c.shows and c.contest, c.key
        for name in c.shows:
            assert name in VARIABLE_BY_NAME, (c.key, name)
        for name in c.contest:
            assert name in {p.name for p in PARAMETERS}, (c.key, name)
        assert not c.preset or c.preset in presets, (c.key, c.preset)
    for lang in ("en", "zh"):
        md = markdown(lang)  # type: ignore[arg-type]
        for c in CLAIMS:
            assert (c.claim_en if lang == "en" else c.claim_zh) in md
