"""The README's Python example runs as written (the API documentation cannot rot)."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def python_api_blocks() -> list[str]:
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_python_api_example_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    blocks = python_api_blocks()
    assert blocks, "no Python example under '## Python API'"
    for code in blocks:
        exec(compile(code, str(README), "exec"), {"__name__": "readme"})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "GMV at month 72" in out and "profit-maximising commission" in out


def test_every_public_api_object_has_a_docstring() -> None:
    import inspect

    import model
    from model import analysis, kpis

    objects = [getattr(model, name) for name in model.__all__ if not name.isupper() and name != "__version__"]
    objects += [getattr(mod, name) for mod in (analysis, kpis) for name in dir(mod) if not name.startswith("_")]
    missing = [
        getattr(o, "__qualname__", repr(o))
        for o in objects
        if (inspect.isfunction(o) or inspect.isclass(o)) and o.__module__.startswith("model") and not (o.__doc__ or "").strip()
    ]
    assert not missing, missing
