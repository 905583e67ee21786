"""Errors in what a person typed, pasted or uploaded.

``InputError`` is a ``ValueError`` whose ``str()`` is the English message; its ``code``
and ``fields`` let a user interface word the same error in another language (the app's
Chinese wording is in ``ui/texts.py``, keyed by code).  Nothing here knows about a UI.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class InputError(ValueError):
    """Invalid user input: a stable ``code``, the values it names (``fields``), an English message."""

    def __init__(self, code: str, message: str, **fields: object) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields

    def within(self, where: str) -> InputError:
        """The same error, its message prefixed with where it was found (``where`` joins the fields)."""
        return InputError(self.code, f"{where}: {self}", **{**self.fields, "where": where})


NAME_SHOWN = 60  # characters of an unknown name a message repeats (a hostile file's key can be 64 KB)


def shortened(name: str, limit: int = NAME_SHOWN) -> str:
    """``name``, cut to ``limit`` characters with an ellipsis."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def close_names(name: str, known: Iterable[str]) -> list[str]:
    """Up to three known names close to ``name`` (did-you-mean); none for a name far longer than any."""
    known = list(known)
    if len(name) > 4 * max((len(k) for k in known), default=0) + 8:
        return []
    return difflib.get_close_matches(name, known, n=3, cutoff=0.6)


def unknown_name_message(name: str, known: Iterable[str], what: str = "parameter") -> str:
    """Message for an unknown name (cut to ``NAME_SHOWN`` characters), with a did-you-mean suggestion."""
    close = close_names(name, known)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"unknown {what} {shortened(name)!r}{hint}"


def unknown_name(name: str, known: Iterable[str], what: str = "parameter") -> InputError:
    """The error for an unknown name (``what``: parameter, key, scenario, setting, variable, KPI)."""
    known = list(known)
    return InputError(
        "unknown_name",
        unknown_name_message(name, known, what),
        name=shortened(name),
        what=what,
        close=close_names(name, known),
    )
