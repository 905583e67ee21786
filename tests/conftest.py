"""Shared fixtures: preset runs computed once per test session."""

from __future__ import annotations

import functools
import re

import pytest

import model


def plain(markdown: str) -> str:
    """What a reader sees of the app's Markdown: escapes, bold markers and the invisible word
    joiners ``ui.texts.md_escape`` puts in user text removed."""
    return re.sub(r"\\(.)", r"\1", markdown.replace("**", "").replace("\u2060", ""))


@functools.cache
def preset_run(name: str, months: int = 72) -> model.Result:
    """A preset's run (cached: runs are pure)."""
    return model.run(model.load_scenario(name), months=months)


@pytest.fixture(scope="session")
def baseline() -> model.Result:
    return preset_run("baseline")


_RANK = {"slow": 1, "app": 2, "browser": 3}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fastest first: plain unit tests, then slow model tests, AppTest, and the browser last."""
    items.sort(key=lambda item: max((_RANK.get(m.name, 0) for m in item.iter_markers()), default=0))
