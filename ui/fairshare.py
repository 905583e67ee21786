"""Fair share of the server between sessions: the lightest recent user runs first.

A rerun is CPU-bound, and one replica has about one core (the interpreter's lock). Streamlit
starts every session's rerun at once, so five clients that rerun in a loop slow every other
session five-fold (issue 16: a victim's p95 from ~0.3 s to 2.9 s). Here at most ``SLOTS``
scripts run at a time. The others wait for a slot, and when one frees, the waiting session
that used the least CPU in the last seconds (its CPU time, decaying with a half-life of
``HALF_LIFE_S``) goes next. A person who moves a lever now and then has used little and
barely waits; a client that reruns in a loop has used a lot and waits for everyone else.
Nothing is refused: the heavy session is only served last.

Pure Python (threads, no Streamlit): ``ui.app`` wraps each run in ``SCHEDULER.turn(session)``.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

SLOTS = max(1, int(os.environ.get("FLYWHEEL_SCRIPT_SLOTS", "2")))  # scripts running at once
HALF_LIFE_S = 10.0  # how fast past CPU use is forgiven
FORGET_S = 600.0  # a session idle this long is dropped from the table
WAIT_NOTE_S = 1.0  # a wait this long is named on the page (``ui.messages``)
MAX_WAIT_S = 30.0  # a safety valve: after this long a run goes anyway (a stuck run never stops the server)


@dataclass
class _Use:
    cpu: float = 0.0  # decayed CPU seconds
    at: float = 0.0  # when ``cpu`` was last brought up to date (monotonic s)


class Scheduler:
    """``turn(session)``: wait for a slot (lightest recent user first), run, charge its CPU time."""

    def __init__(
        self,
        slots: int = SLOTS,
        half_life_s: float = HALF_LIFE_S,
        clock: Callable[[], float] = time.monotonic,
        cpu_clock: Callable[[], float] = time.thread_time,
    ) -> None:
        self.slots, self.half_life_s = slots, half_life_s
        self._clock, self._cpu_clock = clock, cpu_clock
        self._cond = threading.Condition()
        self._running = 0
        self._waiting: dict[int, tuple[str, int]] = {}  # ticket → (session, arrival order)
        self._use: dict[str, _Use] = {}
        self._order = itertools.count()

    def recent_cpu(self, session: str) -> float:
        """The session's CPU seconds, each weighted by 2^(-age / half-life)."""
        with self._cond:
            return self._decayed(session, self._clock())

    def _decayed(self, session: str, now: float) -> float:
        use = self._use.get(session)
        if use is None:
            return 0.0
        return use.cpu * math.exp2(-(now - use.at) / self.half_life_s)

    def _next(self, now: float) -> int:
        """The waiting ticket to run next: least recent CPU, then first come."""
        return min(self._waiting, key=lambda k: (self._decayed(self._waiting[k][0], now), self._waiting[k][1]))

    @contextmanager
    def turn(self, session: str) -> Iterator[float]:
        """Run the body in a slot; yields how long it waited for one (s)."""
        t0 = self._clock()
        ticket = next(self._order)
        with self._cond:
            self._waiting[ticket] = (session, ticket)
            while (self._running >= self.slots or self._next(self._clock()) != ticket) and self._clock() - t0 < MAX_WAIT_S:
                self._cond.wait(timeout=1.0)  # woken when a slot frees; the timeout only re-checks
            del self._waiting[ticket]
            self._running += 1
            self._cond.notify_all()  # a second free slot: the next waiting one may go too
        waited = self._clock() - t0
        cpu0 = self._cpu_clock()
        try:
            yield waited
        finally:
            used = self._cpu_clock() - cpu0
            with self._cond:
                now = self._clock()
                self._use[session] = _Use(self._decayed(session, now) + used, now)
                self._running -= 1
                self._forget(now)
                self._cond.notify_all()

    def _forget(self, now: float) -> None:
        for session in [s for s, u in self._use.items() if now - u.at > FORGET_S]:
            del self._use[session]

    def state(self) -> tuple[int, int, int]:
        """(running, waiting, sessions known): for tests and the log."""
        with self._cond:
            return self._running, len(self._waiting), len(self._use)


SCHEDULER = Scheduler()

__all__ = ["HALF_LIFE_S", "MAX_WAIT_S", "SCHEDULER", "SLOTS", "WAIT_NOTE_S", "Scheduler"]
