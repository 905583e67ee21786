"""The causal-loop diagram as Graphviz DOT (ui.cld), drawn from the declaration in model.loops."""

from __future__ import annotations

import math
import re

import pytest

from model.loops import EDGES, LOOPS, NODES
from ui import cld
from ui.cld import change_text, dot


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("with_changes", [False, True])
def test_dot_well_formed(lang: str, with_changes: bool) -> None:
    values = [0.12, -0.08, 0.0, math.inf, -math.inf, 0.3, -0.5, 0.001, 2.0, -0.02]
    changes = {lp.key: values[i % len(values)] for i, lp in enumerate(LOOPS)}
    text = dot(lang, changes if with_changes else None)
    assert text.startswith("digraph CLD {") and text.rstrip().endswith("}")
    body = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)  # braces inside labels do not count
    depth = 0
    for ch in body:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0
    assert depth == 0
    assert body.count('"') % 2 == 0
    for n in NODES:
        assert f'"{n.name}"' in text, n.name
    for lp in LOOPS:
        assert f'"loop_{lp.key}"' in text and f"{lp.key} " in text
    for e in EDGES:
        assert f'"{e.src}" -> "{e.dst}"' in text
    assert "rankdir=TB" in text
    if lang == "zh":
        assert "增强回路" in text and "调节回路" in text
    if with_changes:
        assert "▲" in text and "▼" in text and "#0072B2" in text and cld.VERMILLION in text


def test_dot_escapes_quotes_and_rejects_unknown_lang() -> None:
    from ui.cld import _q

    assert _q('a "b" \\ c') == '"a \\"b\\" \\\\ c"'
    with pytest.raises(ValueError, match="lang"):
        dot("fr")


def test_change_text_says_it_in_words() -> None:
    assert change_text(0.12)[0] == "▲ stronger +12 %" and change_text(0.12)[1] == "#0072B2"
    assert change_text(-0.084)[0] == "▼ weaker −8.4 %" and change_text(-0.084)[1] == cld.VERMILLION
    assert "unchanged" in change_text(0.001)[0]
    assert "new" in change_text(math.inf)[0]
    assert "增强" in change_text(0.2, "zh")[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_overview_has_every_loop_its_levers_and_its_change_and_lays_out_wide(lang: str) -> None:
    """One box per loop, in its flywheel, naming the levers that act on it and how the scenario
    changes it; no variable of the full diagram; at most four a row, so Graphviz draws it wider
    than tall at a size where 15 pt labels stay readable (the browser test measures the pixels)."""
    from ui.texts import label

    changes = {lp.key: 0.1 * (i - 6) for i, lp in enumerate(LOOPS)}
    text = cld.overview_dot(lang, changes)
    by_name = {n.name: n for n in NODES}
    acts = cld.lever_loops()
    assert acts and all(acts.values()) and all(by_name[n].kind == "lever" for n in acts)
    for lp in LOOPS:
        box = re.search(rf'"loop_{lp.key}" \[label="((?:[^"\\]|\\.)*)"', text)
        assert box, lp.key
        shown = box.group(1).replace("\\n", "")
        assert re.sub(r"\s", "", change_text(changes[lp.key], lang)[0]) in re.sub(r"\s", "", shown)
        for lever, keys in acts.items():
            name = label(by_name[lever], lang)
            assert (re.sub(r"\s", "", name) in re.sub(r"\s", "", shown)) == (lp.key in keys), (lp.key, lever)
    assert not any(f'"{n.name}"' in text for n in NODES)
    rows = cld._overview_rows()
    assert sorted(k for r in rows for k in r) == sorted(lp.key for lp in LOOPS) and max(map(len, rows)) <= 4


def test_chinese_wrapping_never_starts_a_line_with_closing_punctuation() -> None:
    for text in ("马太效应（公平度低时更强）", "双向流动：性价比吸引一二线买家", "竞争平台应对份额流失，以及更多的一些内容。"):
        lines = cld._wrapped(text, "zh").split("\n")
        assert "".join(lines) == text and not any(line[0] in "）】」』，。、：；！？" for line in lines), lines
