"""Shared fixtures: preset runs computed once per test session."""

from __future__ import annotations

import functools

import pytest

import model


@functools.cache
def preset_run(name: str, months: int = 72) -> model.Result:
    """A preset's run (cached: runs are pure)."""
    return model.run(model.load_scenario(name), months=months)


@pytest.fixture(scope="session")
def baseline() -> model.Result:
    return preset_run("baseline")
