"""Stateless replicas: one link, two independent servers, the same bytes; and the nginx recipe in deploy/."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import ARTIFACTS, ROOT, wait_ready
from tests.browser.test_app_browser import COMMISSION, open_app, settled, wait_for_change
from tools.browser import NGINX, free_port, replicas_behind_nginx, running_app

pytestmark = pytest.mark.browser
# Several parameters, a pinned scenario (s1) and a lever schedule (sched=commission=2@12+6, URL-encoded).
SHARED = "/?p=support_100bn&commission=1.5&fairness=0.8&h=48&s1=Fee%2520up,baseline,commission=1.5&sched=commission%3D2%4012%2B6"
CSVS = ("Scenario CSV", "Scenario + baseline + pinned CSV")


@pytest.fixture(scope="module")
def replicas() -> Iterator[tuple[str, str]]:
    """Two independent ``streamlit run`` processes, each on its own free loopback port."""
    with (
        running_app(ARTIFACTS / "replica-a.log") as a,
        running_app(ARTIFACTS / "replica-b.log") as b,
    ):
        yield a, b


def download_csvs(page: Page, tag: str) -> list[bytes]:
    """Both scenario CSVs from the Downloads popover of an open app."""
    wait_ready(page)
    page.wait_for_selector("svg.marks", timeout=30_000)
    assert page.locator('[data-testid="stAlert"]').count() == 0  # every value in the link was used
    page.get_by_role("button", name="Downloads").click()
    out = []
    for i, name in enumerate(CSVS):
        with page.expect_download() as info:
            page.get_by_role("button", name=name, exact=True).click()
        path = ARTIFACTS / f"replica-{tag}-{i}.csv"
        info.value.save_as(path)
        out.append(path.read_bytes())
    return out


def test_the_same_url_gives_byte_identical_csvs_from_two_servers(replicas: tuple[str, str], browser: Browser) -> None:
    assert replicas[0] != replicas[1]
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True) for _ in replicas]
    try:
        pages = [ctx.new_page() for ctx in contexts]
        for page, base in zip(pages, replicas, strict=True):
            page.goto(base + SHARED, wait_until="commit")  # both servers work at the same time
        from_a, from_b = (download_csvs(page, tag) for page, tag in zip(pages, "ab", strict=True))
    finally:
        for ctx in contexts:
            ctx.close()
    assert from_a == from_b
    scenario, with_pins = from_a
    assert b"param fairness=0.8" in scenario and b"schedule commission=0.02@12+6" in scenario  # the link, all of it
    assert scenario != with_pins and b"Fee up" in with_pins and b"support_100bn-baseline" in with_pins


def test_the_dockerfile_health_check_passes_against_a_live_server(replicas: tuple[str, str]) -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    code = re.search(r'HEALTHCHECK[^\n]*\\\n\s*CMD \["python", "-c", "(.*)"\]', text)
    assert code, "HEALTHCHECK CMD [python, -c, ...] not found"
    port = replicas[0].rsplit(":", 1)[1]
    check = code.group(1)
    live = subprocess.run([sys.executable, "-c", check.replace("8501", port)], check=False, timeout=20)
    dead = subprocess.run([sys.executable, "-c", check.replace("8501", str(free_port()))], capture_output=True, timeout=20)
    assert live.returncode == 0 and dead.returncode != 0


@pytest.fixture(scope="module")
def behind_nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``deploy/run_replicas.sh``: two replicas and nginx on free loopback ports; yields nginx's URL and run dir."""
    assert NGINX.exists(), "the nginx recipe test needs Debian's nginx at /usr/sbin/nginx: run apt-get install -y nginx"
    run_dir = tmp_path_factory.mktemp("nginx-replicas")
    with replicas_behind_nginx(run_dir, 2, ARTIFACTS / "run_replicas.log") as url:
        yield url, run_dir


def routes(run_dir: Path) -> dict[str, set[str]]:
    """Sticky key → the upstreams that answered it, from the access log (after a failed try nginx logs "A, B")."""
    out: dict[str, set[str]] = {}
    for line in (run_dir / "access.log").read_text(encoding="utf-8").splitlines():
        m = re.search(r"route=(\S+) upstream=(.+)$", line)
        if m and m.group(2) != "-":
            out.setdefault(m.group(1), set()).add(m.group(2).split(", ")[-1])
    return out


def test_nginx_in_front_of_two_replicas_serves_the_live_app(behind_nginx: tuple[str, Path], page: Page) -> None:
    url, run_dir = behind_nginx
    with urllib.request.urlopen(url + "/_stcore/health", timeout=5) as r:  # noqa: S310 - loopback only
        assert r.status == 200 and r.read() == b"ok"
        assert any(c.startswith("flywheel_route=") for c in r.headers.get_all("Set-Cookie") or [])
    open_app(page, url + "/?p=baseline")
    before = settled(page)
    assert any(k.startswith("GMV") and v for k, v in before.items())
    page.get_by_role("slider", name=COMMISSION).press("ArrowRight")  # a rerun over the proxied websocket
    after = wait_for_change(page, before)
    assert after != before
    wait_ready(page)
    cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "flywheel_route")
    assert len(routes(run_dir)[cookie]) == 1  # every request of this browser went to one replica


def health_with_keys(url: str, prefix: str) -> None:
    for i in range(16):
        req = urllib.request.Request(url + "/_stcore/health", headers={"Cookie": f"flywheel_route={prefix}{i}"})  # noqa: S310
        with urllib.request.urlopen(req, timeout=5) as r:  # noqa: S310 - loopback only
            assert r.status == 200


def test_nginx_spreads_sessions_keeps_each_on_one_replica_and_fails_over(behind_nginx: tuple[str, Path]) -> None:
    url, run_dir = behind_nginx
    health_with_keys(url, "k")
    health_with_keys(url, "k")
    seen = {k: v for k, v in routes(run_dir).items() if re.fullmatch(r"k\d+", k)}
    assert len(seen) == 16 and all(len(v) == 1 for v in seen.values())  # sticky
    assert len(set().union(*seen.values())) == 2  # both replicas get sessions
    # stop one replica (by the pid the script recorded): every key is still served, by the other
    pid_file = sorted(run_dir.glob("replica-*.pid"))[0]
    dead = f"127.0.0.1:{pid_file.stem.removeprefix('replica-')}"
    os.kill(int(pid_file.read_text()), signal.SIGTERM)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://{dead}/_stcore/health", timeout=1).close()
        except OSError:
            break
        time.sleep(0.2)
    health_with_keys(url, "after")
    after = {k: v for k, v in routes(run_dir).items() if k.startswith("after")}
    assert len(after) == 16 and set().union(*after.values()) == set().union(*seen.values()) - {dead}


def headers_of(url: str, cookie: str | None = None) -> tuple[int, dict[str, list[str]]]:
    req = urllib.request.Request(url, headers={"Cookie": f"flywheel_route={cookie}"} if cookie else {})  # noqa: S310
    try:
        with urllib.request.urlopen(req, timeout=5) as r:  # noqa: S310 - loopback only
            status, msg = r.status, r.headers
    except urllib.error.HTTPError as err:
        status, msg = err.code, err.headers
    return status, {k.lower(): msg.get_all(k) or [] for k in msg}


def test_nginx_sends_security_headers_hides_metrics_and_limits_each_address(behind_nginx: tuple[str, Path]) -> None:
    url, _run_dir = behind_nginx
    status, headers = headers_of(url + "/")
    assert status == 200
    csp = headers["content-security-policy"][0]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp and "default-src 'self'" in csp
    assert headers["x-frame-options"] == ["DENY"] and headers["x-content-type-options"] == ["nosniff"]
    cookie = next(c for c in headers["set-cookie"] if c.startswith("flywheel_route="))
    assert re.match(r"flywheel_route=127\.0\.0\.1:\d+;", cookie), cookie  # names the replica that answered
    assert headers_of(url + "/_stcore/metrics")[0] == 404
    # a burst far beyond a page's: nginx answers 429 before the replicas see it
    codes = [headers_of(url + "/_stcore/health", "limits")[0] for _ in range(260)]
    assert codes.count(429) > 0 and codes[0] == 200, codes[:5]
    time.sleep(2)  # the bucket refills (20 requests a second)
    assert headers_of(url + "/_stcore/health")[0] == 200


def wait_healthy(address: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://{address}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"{address} did not come back in {timeout:.0f} s")
        time.sleep(0.3)


def test_a_killed_replica_comes_back_and_the_open_tab_keeps_its_downloads_and_uploads(
    behind_nginx: tuple[str, Path], page: Page
) -> None:
    """The tab's websocket fails over to the other replica; the supervisor restarts the killed one;
    the tab's downloads and uploads go where its session now is (they 404ed / 400ed before)."""
    url, run_dir = behind_nginx
    time.sleep(2)  # the rate limit of the test before refills
    open_app(page, url + "/?p=baseline&commission=2")
    first = next(c["value"] for c in page.context.cookies() if c["name"] == "flywheel_route")
    port = first.rsplit(":", 1)[1]
    pid_file = run_dir / f"replica-{port}.pid"
    old_pid = int(pid_file.read_text())
    os.kill(old_pid, signal.SIGKILL)
    # the page reconnects to the other replica, which reruns the link's scenario
    deadline = time.monotonic() + 60
    while next(c["value"] for c in page.context.cookies() if c["name"] == "flywheel_route") == first:
        assert time.monotonic() < deadline, "the tab never moved to the other replica"
        time.sleep(0.3)
    wait_ready(page)
    page.wait_for_selector("svg.marks", timeout=90_000)  # a new session's first run, on a loaded machine
    page.screenshot(path=str(ARTIFACTS / "failback.png"))
    # the supervisor starts the killed replica again
    deadline = time.monotonic() + 30
    while int(pid_file.read_text()) == old_pid:
        assert time.monotonic() < deadline, "the killed replica was not started again"
        time.sleep(0.3)
    wait_healthy(first)
    # the tab's files now: a download and an upload, both served by the replica that holds its session
    (csv,) = download_csvs(page, "failback")[:1]
    assert csv.startswith(b"\xef\xbb\xbf#") and b"commission" in csv
    from dataclasses import replace

    import model
    from model.scenario import to_toml

    base = next(sc for sc in model.presets() if sc.name == "baseline")
    toml = ARTIFACTS / "failback.toml"
    toml.write_text(to_toml(replace(base, params=base.params.replace(commission=0.03))), encoding="utf-8")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(toml))
    # the name is shown with invisible word joiners before its dot (``ui.texts.md_escape``)
    page.get_by_text(re.compile(r"Loaded scenario file failback\W?\.toml")).wait_for(timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / "failback-upload.png"))
    wait_ready(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "commission=3" in page.url


def test_a_replica_over_its_memory_limit_is_restarted(tmp_path: Path) -> None:
    """``MEMORY_MAX``: a replica whose RSS passes it is stopped and started again by its supervisor;
    an idle replica under the limit is left alone. (The limit here is set just above an idle
    replica, so that one session's first run passes it.)"""
    import asyncio

    from tools.browser import rss_mb
    from tools.wsclient import Session

    run_dir = tmp_path / "memory"
    probe_dir = tmp_path / "probe"
    # an idle replica's RSS on this machine, measured with no limit
    with replicas_behind_nginx(probe_dir, 1, ARTIFACTS / "run_replicas-probe.log", env={"MEMORY_MAX": "0"}):
        (pid_file,) = probe_dir.glob("replica-*.pid")
        idle = rss_mb(int(pid_file.read_text()))
    limit = int(idle) + 80
    env = {"MEMORY_MAX": str(limit), "MEMORY_CHECK_S": "0.5"}
    log = ARTIFACTS / "run_replicas-memory.log"
    with replicas_behind_nginx(run_dir, 1, log, env=env):
        (pid_file,) = run_dir.glob("replica-*.pid")
        port = pid_file.stem.split("-", 1)[1]
        old_pid = int(pid_file.read_text())
        time.sleep(2)  # four checks: an idle replica under its limit keeps running
        assert int(pid_file.read_text()) == old_pid
        assert rss_mb(old_pid) < limit

        async def one_session() -> None:
            async with Session.connect(f"http://127.0.0.1:{port}", "p=baseline") as s:
                await s.rerun()  # imports the model and draws the page: well over 80 MB

        def in_its_own_loop() -> None:  # Playwright's sync API may hold this thread's event loop
            # the replica may be stopped under the session (its connection closes): that is the point
            with contextlib.suppress(Exception):
                asyncio.run(one_session())

        worker = threading.Thread(target=in_its_own_loop, daemon=True)
        worker.start()
        deadline = time.monotonic() + 60
        while int(pid_file.read_text()) == old_pid:
            assert time.monotonic() < deadline, f"the replica passed {limit} MB and was not restarted"
            time.sleep(0.3)
        worker.join(timeout=60)
        wait_healthy(f"127.0.0.1:{port}")
        new_pid = int(pid_file.read_text())
        assert rss_mb(new_pid) < limit
    text = log.read_text(encoding="utf-8")
    over = rf"the replica on port {port} uses \d+ MB, over its limit of {limit} MB \(MEMORY_MAX\); restarting it"
    assert re.search(over, text), text
    assert f"the replica on port {port} exited; starting it again" in text
