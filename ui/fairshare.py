"""The server shared between sessions: a CPU budget per session, and the lightest recent user first.

A rerun is CPU-bound, and one replica has about one core (the interpreter's lock). Streamlit
starts every session's rerun at once, so clients that rerun in a loop slow every other session
(issue 16: five of them pushed a person's p95 to 2.9 s). Two rules bound that:

1. **A budget per session.** Each session may use ``SHARE`` of a core on average (CPU seconds
   per second), with a burst of ``BURST_S`` CPU seconds: opening a page (~1 s), the analysis
   views (1-3 s each) and a person's moves (0.1-0.4 s each, every few seconds) stay within it.
   A session over its budget waits before its next run until it is back within it (at most
   ``MAX_DEBT_WAIT_S``), and the page says so.
2. **The lightest recent user first.** At most ``SLOTS`` runs go at once. When a slot frees,
   the waiting session that used the least CPU in the last seconds (its CPU time, decaying
   with a half-life of ``HALF_LIFE_S``) goes next, so a person who moves a lever now and then
   is served before a client that reruns in a loop.

Nothing is refused; a heavy session is served later. Pure Python (threads, no Streamlit):
``ui.app`` wraps each run in ``SCHEDULER.turn(session)``.
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

SLOTS = max(1, int(os.environ.get("FLYWHEEL_SCRIPT_SLOTS", "2")))  # runs at once
SHARE = float(os.environ.get("FLYWHEEL_CPU_SHARE", "0.25"))  # a session's CPU budget, s per s
BURST_S = 10.0  # CPU seconds a session may use at once beyond its share
MAX_DEBT_WAIT_S = 20.0  # the longest a session waits for its budget
HALF_LIFE_S = 10.0  # how fast past CPU use is forgiven, for the order of the waiting
FORGET_S = 600.0  # a session idle this long is dropped from the table
WAIT_NOTE_S = 1.0  # a wait this long is named on the page (``ui.messages``)
MAX_WAIT_S = 30.0  # a safety valve: after this long in the queue a run goes anyway


@dataclass
class _Use:
    cpu: float = 0.0  # decayed CPU seconds (the order of the waiting)
    tokens: float = BURST_S  # the budget left, CPU seconds (may be negative: a debt)
    at: float = 0.0  # when both were last brought up to date (monotonic s)


@dataclass(frozen=True)
class Waited:
    """How long a run waited: for its budget (its own use), then for a slot (others')."""

    budget_s: float = 0.0
    slot_s: float = 0.0

    @property
    def total_s(self) -> float:
        return self.budget_s + self.slot_s


class Scheduler:
    """``turn(session)``: wait for the session's budget, then a slot (lightest recent user first);
    run; charge the run's CPU time to the session."""

    def __init__(
        self,
        slots: int = SLOTS,
        share: float = SHARE,
        burst_s: float = BURST_S,
        half_life_s: float = HALF_LIFE_S,
        clock: Callable[[], float] = time.monotonic,
        cpu_clock: Callable[[], float] = time.thread_time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.slots, self.share, self.burst_s, self.half_life_s = slots, share, burst_s, half_life_s
        self._clock, self._cpu_clock, self._sleep = clock, cpu_clock, sleep
        self._cond = threading.Condition()
        self._running = 0
        self._waiting: dict[int, str] = {}  # ticket (arrival order) → session
        self._use: dict[str, _Use] = {}
        self._order = itertools.count()

    def _now_use(self, session: str, now: float) -> _Use:
        """The session's use brought up to ``now``: decayed CPU, refilled budget."""
        use = self._use.get(session)
        if use is None:
            return _Use(0.0, self.burst_s, now)
        age = max(0.0, now - use.at)
        return _Use(use.cpu * math.exp2(-age / self.half_life_s), min(self.burst_s, use.tokens + self.share * age), now)

    def recent_cpu(self, session: str) -> float:
        """The session's CPU seconds, each weighted by 2^(-age / half-life)."""
        with self._cond:
            return self._now_use(session, self._clock()).cpu

    def budget(self, session: str) -> float:
        """CPU seconds the session may use now before it waits (negative: it owes that much)."""
        with self._cond:
            return self._now_use(session, self._clock()).tokens

    def _next(self, now: float) -> int:
        """The waiting ticket to run next: least recent CPU, then first come."""
        return min(self._waiting, key=lambda k: (self._now_use(self._waiting[k], now).cpu, k))

    @contextmanager
    def turn(self, session: str) -> Iterator[Waited]:
        """Run the body when the session's budget allows and a slot is its; yields the waits."""
        with self._cond:
            debt = -self._now_use(session, self._clock()).tokens
        budget_s = min(debt / self.share, MAX_DEBT_WAIT_S) if debt > 0 and self.share > 0 else 0.0
        if budget_s > 0:
            self._sleep(budget_s)  # outside the lock, and it releases the interpreter: others run
        t0 = self._clock()
        with self._cond:
            ticket = next(self._order)
            self._waiting[ticket] = session
            while (self._running >= self.slots or self._next(self._clock()) != ticket) and self._clock() - t0 < MAX_WAIT_S:
                self._cond.wait(timeout=1.0)  # woken when a slot frees; the timeout only re-checks
            del self._waiting[ticket]
            self._running += 1
            self._cond.notify_all()  # a second free slot: the next waiting one may go too
        waited = Waited(budget_s, self._clock() - t0)
        cpu0 = self._cpu_clock()
        try:
            yield waited
        finally:
            used = self._cpu_clock() - cpu0
            with self._cond:
                now = self._clock()
                use = self._now_use(session, now)
                self._use[session] = _Use(use.cpu + used, use.tokens - used, now)
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

__all__ = [
    "BURST_S",
    "HALF_LIFE_S",
    "MAX_DEBT_WAIT_S",
    "MAX_WAIT_S",
    "SCHEDULER",
    "SHARE",
    "SLOTS",
    "WAIT_NOTE_S",
    "Scheduler",
    "Waited",
]
