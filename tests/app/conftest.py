"""AppTest fixtures: what a download button serves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

Download = Callable[[AppTest, str], tuple[bytes, str]]


@pytest.fixture
def download_data(monkeypatch: pytest.MonkeyPatch) -> Download:
    """``download_data(at, key)``: the bytes the download button ``key`` serves when clicked, and its file name.

    A download with a callable ``data=`` is deferred: Streamlit registers the callable with the
    runtime's media file manager and sends the browser only a placeholder id, and the browser asks
    for the file on a click.  AppTest drops its runtime after each run, so the registrations are
    recorded here as the app makes them, keyed by that placeholder id.
    """
    made: dict[str, tuple[Callable[[], object], str | None]] = {}
    original = MediaFileManager.add_deferred

    def record(self: MediaFileManager, data_callable: Any, mimetype: Any, coordinates: str, *args: Any, **kw: Any) -> str:
        file_id = original(self, data_callable, mimetype, coordinates, *args, **kw)
        made[file_id] = (data_callable, kw.get("file_name", args[0] if args else None))
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)

    def served(at: AppTest, key: str) -> tuple[bytes, str]:
        button = next((b for b in at.download_button if b.key == key), None)
        assert button is not None, f"no download button {key!r}: {[b.key for b in at.download_button]}"
        make, file_name = made[button.proto.deferred_file_id]
        data = make()
        assert isinstance(data, (str, bytes)), type(data)
        return (data.encode("utf-8") if isinstance(data, str) else data), str(file_name)

    return served
