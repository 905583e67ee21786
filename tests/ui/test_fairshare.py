"""ui.fairshare: a session over its CPU budget waits until it is within it, never longer than the cap; at
most ``slots`` runs at once, and when a slot frees the session that used the least CPU recently goes next;
the slot is freed whatever the run does; a stuck slot never stops the server."""

from __future__ import annotations

import threading
import time

import pytest

from ui import fairshare
from ui.fairshare import MAX_DEBT_WAIT_S, Scheduler, Waited


class FakeClocks:
    """A wall clock and a CPU clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.cpu = 0.0
        self.slept: list[float] = []

    def wall(self) -> float:
        return self.now

    def thread_cpu(self) -> float:
        return self.cpu

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def scheduler(self, **kw: float) -> Scheduler:
        return Scheduler(clock=self.wall, cpu_clock=self.thread_cpu, sleep=self.sleep, **kw)  # type: ignore[arg-type]


def charge(s: Scheduler, clocks: FakeClocks, session: str, cpu: float) -> None:
    """One run of ``session`` that uses ``cpu`` seconds of CPU."""
    with s.turn(session):
        clocks.cpu += cpu


def wait_until(cond: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_a_session_alone_does_not_wait_and_is_charged_its_cpu() -> None:
    clocks = FakeClocks()
    s = clocks.scheduler(slots=1, half_life_s=10.0)
    with s.turn("a") as waited:
        clocks.cpu += 2.0
    assert waited == Waited(0.0, 0.0)
    assert s.recent_cpu("a") == pytest.approx(2.0)
    assert s.state() == (0, 0, 1)


def test_recent_use_halves_every_half_life() -> None:
    clocks = FakeClocks()
    s = clocks.scheduler(slots=1, half_life_s=10.0)
    charge(s, clocks, "a", 4.0)
    clocks.now += 10.0
    assert s.recent_cpu("a") == pytest.approx(2.0)
    charge(s, clocks, "a", 1.0)  # the old use, decayed, plus the new
    clocks.now += 20.0
    assert s.recent_cpu("a") == pytest.approx(3.0 / 4)
    assert s.recent_cpu("never seen") == 0.0


def run_in_order(s: Scheduler, sessions: list[str]) -> list[str]:
    """Hold the only slot, queue ``sessions`` in this order, free the slot: the order they ran in."""
    ran: list[str] = []
    hold, held = threading.Event(), threading.Event()

    def blocker() -> None:
        with s.turn("blocker"):
            held.set()
            hold.wait(5)

    def worker(name: str) -> None:
        with s.turn(name):
            ran.append(name)

    threads = [threading.Thread(target=blocker)]
    threads[0].start()
    held.wait(5)
    for k, name in enumerate(sessions, start=1):
        t = threading.Thread(target=worker, args=(name,))
        t.start()
        threads.append(t)
        wait_until(lambda k=k: s.state()[1] == k)  # queued, in this order
    hold.set()
    for t in threads:
        t.join(5)
    return ran


def test_the_lightest_recent_user_runs_first_when_the_server_is_busy() -> None:
    clocks = FakeClocks()
    s = clocks.scheduler(slots=1, half_life_s=10.0, burst_s=100.0)  # within budget: only the order counts
    charge(s, clocks, "noisy", 30.0)  # a client rerunning in a loop
    charge(s, clocks, "person", 0.2)  # a person who moved a lever
    # the noisy client asked first, yet the person goes first; a new session (no use yet) before both
    assert run_in_order(s, ["noisy", "person", "newcomer"]) == ["newcomer", "person", "noisy"]


def test_equal_users_are_served_first_come_first_served() -> None:
    s = Scheduler(slots=1)
    assert run_in_order(s, ["a", "b", "c", "d"]) == ["a", "b", "c", "d"]


def test_two_slots_run_two_at_once_and_the_third_waits() -> None:
    s = Scheduler(slots=2)
    inside, release = threading.Barrier(3), threading.Event()

    def worker() -> None:
        with s.turn("w"):
            inside.wait(5)  # both workers inside at once, with the test
            release.wait(5)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait(5)
    assert s.state()[0] == 2

    def third_run() -> None:
        with s.turn("third"):
            pass

    third = threading.Thread(target=third_run, daemon=True)
    third.start()
    wait_until(lambda: s.state()[1] == 1)
    release.set()
    for t in threads:
        t.join(5)
    third.join(5)
    assert s.state()[1] == 0


def test_a_run_that_raises_frees_its_slot() -> None:
    s = Scheduler(slots=1)
    with pytest.raises(RuntimeError, match="stopped"), s.turn("a"):
        raise RuntimeError("stopped")  # Streamlit stops a run by raising in it
    assert s.state()[0] == 0
    with s.turn("b") as waited:
        assert waited.total_s < 0.5


def test_a_stuck_slot_does_not_stop_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fairshare, "MAX_WAIT_S", 0.3)
    s = Scheduler(slots=1)
    release = threading.Event()

    def stuck_run() -> None:
        with s.turn("stuck"):
            release.wait(5)

    stuck = threading.Thread(target=stuck_run, daemon=True)
    stuck.start()
    wait_until(lambda: s.state()[0] == 1)
    with s.turn("next") as waited:
        assert 0.3 <= waited.slot_s < 3.0
        assert s.state()[0] == 2  # over the slots, for this once
    release.set()
    stuck.join(5)
    assert s.state()[0] == 0


def test_a_session_over_its_budget_waits_until_it_is_within_it() -> None:
    clocks = FakeClocks()
    s = clocks.scheduler(share=0.25, burst_s=10.0)
    charge(s, clocks, "a", 12.0)  # 2 CPU seconds over the burst
    assert s.budget("a") == pytest.approx(-2.0)
    with s.turn("a") as waited:
        assert waited == Waited(pytest.approx(8.0), 0.0)  # 2 s of debt at a quarter of a core
        assert s.budget("a") == pytest.approx(0.0)
    assert clocks.slept == [pytest.approx(8.0)]
    assert s.budget("b") == 10.0  # another session has its own


def test_a_person_never_waits_and_a_loop_gets_its_share() -> None:
    """A person: opens the page (1 s), three analysis views (3 s each), then a move every 2 s (0.3 s
    each) for ten minutes. A client in a loop: 0.3 s runs back to back for as long."""
    clocks = FakeClocks()
    s = clocks.scheduler(share=0.25, burst_s=10.0)
    for cpu in [1.0, 3.0, 3.0, 3.0] + [0.3] * 300:
        charge(s, clocks, "person", cpu)
        clocks.now += 2.0 - cpu if cpu < 2.0 else 0.5
    assert clocks.slept == []
    start, cpu0 = clocks.now, clocks.cpu
    while clocks.now - start < 600:
        charge(s, clocks, "loop", 0.3)
        clocks.now += 0.3  # the run itself takes its CPU time
    rate = (clocks.cpu - cpu0 - 10.0) / (clocks.now - start)  # beyond its burst
    assert 0.24 <= rate <= 0.26  # its share: a quarter of a core
    assert len(clocks.slept) > 400


def test_the_wait_for_a_budget_is_capped() -> None:
    clocks = FakeClocks()
    s = clocks.scheduler(share=0.25, burst_s=10.0)
    charge(s, clocks, "a", 200.0)  # one enormous run
    with s.turn("a") as waited:
        assert waited.budget_s == MAX_DEBT_WAIT_S
