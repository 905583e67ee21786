"""A Streamlit session over its own websocket, no browser: what a page (or an attacker) sends.

Streamlit's protocol: protobuf ``BackMsg`` out (a ``rerun_script`` carries the query string and
every widget's state), ``ForwardMsg`` in (the run's deltas, then ``script_finished``).  Used by
the load bench (``bench/bench_load.py``), the forged-value tests (``tests/app/test_forged.py``)
and the attack bench (``bench/bench_attacks.py``).

    async with Session.connect("http://127.0.0.1:8501", "p=baseline") as s:
        run = await s.rerun()
        horizon = run.widget("horizon")          # the selectbox's proto, found by its key
        run = await s.rerun([s.state("horizon", string_value="99999")])
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import websockets
from google.protobuf.message import Message
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState


@dataclass
class Run:
    """What one rerun sent back: its elements in order, its status, how long and how many bytes."""

    elements: list[Message] = field(default_factory=list)  # each ``new_element``'s proto (``Element``)
    status: int | None = None  # ``ForwardMsg.ScriptFinishedStatus``
    seconds: float = 0.0
    bytes_in: int = 0
    messages: int = 0
    largest: int = 0  # bytes of the largest message

    def of(self, kind: str) -> list[Any]:
        """The elements of one kind (``"metric"``, ``"selectbox"``, ``"alert"``…), their inner protos."""
        return [getattr(e, kind) for e in self.elements if e.WhichOneof("type") == kind]

    def widget(self, key: str) -> Any | None:
        """The widget whose key is ``key`` (Streamlit ends a keyed widget's id with ``-key``)."""
        for e in self.elements:
            inner = getattr(e, e.WhichOneof("type") or "", None)
            wid = getattr(inner, "id", "")
            if isinstance(wid, str) and wid.endswith("-" + key):
                return inner
        return None

    def held(self) -> list[str]:
        """The keys of the live panel's parts (code, arrays) this run's payload named: what a page
        that received it reports it holds with its next move (``ui.live.reported_have``).  Empty
        when the run drew no panel, or at a revision whose payload has no such keys."""
        for b in self.of("bidi_component"):
            if b.component_name == "flywheel_live":
                data = b.bytes
                if data[:4] != b"FWL1":
                    return []
                n = int.from_bytes(data[4:8], "little")
                header = json.loads(data[8 : 8 + n].decode("utf-8"))
                return [header[k] for k in ("codeKey", "staticKey") if isinstance(header.get(k), str)]
        return []

    @property
    def exceptions(self) -> list[str]:
        return [f"{x.type}: {x.message}" for x in self.of("exception")]

    @property
    def alerts(self) -> list[str]:
        """Warnings, errors and notes, as their Markdown."""
        return [a.body for a in self.of("alert")]

    @property
    def ok(self) -> bool:
        return self.status == ForwardMsg.FINISHED_SUCCESSFULLY and not self.exceptions


class Session:
    """One websocket session (``connect``).  Widget states are remembered by id as the server
    last drew them, so each rerun sends the whole page's state the way the frontend does."""

    def __init__(self, ws: websockets.ClientConnection, query: str) -> None:
        self.ws = ws
        self.query = query
        self.page_hash = ""
        self.ids: dict[str, str] = {}  # key → widget id, from the runs seen
        self.bytes_in = 0

    @classmethod
    @asynccontextmanager
    async def connect(cls, base: str, query: str = "", *, max_size: int | None = None) -> AsyncIterator[Session]:
        url = base.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(url, subprotocols=["streamlit"], max_size=max_size, open_timeout=30) as ws:
            yield cls(ws, query)

    def state(self, key: str, **value: Any) -> WidgetState:
        """A widget state for the widget keyed ``key`` (as last drawn), e.g.
        ``state("horizon", string_value="99999")``, ``state("live", json_value={...})`` (dumped)."""
        ws = WidgetState(id=self.ids.get(key, key))
        for kind, v in value.items():
            if kind == "json_value" and not isinstance(v, str):
                v = json.dumps(v)
            target = getattr(ws, kind) if kind.endswith("_array_value") else None
            if target is not None:
                target.data[:] = list(v)
            else:
                setattr(ws, kind, v)
        return ws

    def _remember(self, inner: object) -> None:
        wid = getattr(inner, "id", "")
        if isinstance(wid, str) and wid.startswith("$$ID-") and wid.count("-") >= 2:
            self.ids[wid.split("-", 2)[2]] = wid

    async def send(self, msg: BackMsg) -> None:
        await self.ws.send(msg.SerializeToString())

    async def rerun(self, widgets: list[WidgetState] | None = None, *, timeout: float = 120.0) -> Run:
        """Send a ``rerun_script`` (the query string, ``widgets``) and read until the run finishes."""
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query
        cs.page_script_hash = self.page_hash
        for w in widgets or []:
            cs.widget_states.widgets.add().CopyFrom(w)
        t0 = time.perf_counter()
        await self.send(msg)
        return await self.read_run(t0, timeout)

    async def read_run(self, t0: float, timeout: float) -> Run:
        run = Run()
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no script_finished before the deadline")
            raw = await asyncio.wait_for(self.ws.recv(), timeout=left)
            run.bytes_in += len(raw)
            run.messages += 1
            run.largest = max(run.largest, len(raw))
            self.bytes_in += len(raw)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "new_session":
                self.page_hash = fm.new_session.page_script_hash
            elif kind == "page_info_changed":
                self.query = fm.page_info_changed.query_string
            elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                run.elements.append(el)
                self._remember(getattr(el, el.WhichOneof("type") or "", None))
            elif kind == "delta" and fm.delta.WhichOneof("type") == "add_block":
                block = fm.delta.add_block  # an expander or a popover is a widget too (open or closed)
                self._remember(getattr(block, block.WhichOneof("type") or "", None))
            elif kind == "script_finished":
                status = fm.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:  # the page reruns itself: keep the last run's
                    run.elements = []
                    continue
                run.status = status
                run.seconds = time.perf_counter() - t0
                return run
