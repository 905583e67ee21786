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
