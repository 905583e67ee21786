"""Run the app with ``streamlit run`` on a free loopback port, Debian's Chromium settings, and a
server process's CPU time and memory (for the benches)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running ``streamlit run``: its base URL and the server's process id."""

    url: str
    pid: int


@contextmanager
def running_server(
    log_path: Path,
    script: str = "streamlit_app.py",
    timeout: float = 90.0,
    options: tuple[str, ...] = (),
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
) -> Iterator[Server]:
    """Start ``streamlit run`` in the checkout ``cwd`` (its production config from
    .streamlit/config.toml, then ``options`` such as ``--runner.postScriptGC=true``; ``env``:
    more environment variables, e.g. ``NUMBA_CACHE_DIR``); yield its URL and process id once it
    answers."""
    port = free_port()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                *options,
            ],
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:  # noqa: S310 - loopback only
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log_path}")
                time.sleep(0.3)
            yield Server(url, proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextmanager
def running_app(log_path: Path, script: str = "streamlit_app.py", timeout: float = 90.0) -> Iterator[str]:
    """Start ``streamlit run`` (production config from .streamlit/config.toml); yield its base URL."""
    with running_server(log_path, script, timeout) as server:
        yield server.url


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (all its threads), from ``/proc/PID/stat``."""
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) ": field 3 (state) onwards
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5), in clock ticks
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (``VmRSS`` of ``/proc/PID/status``)."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


NGINX = Path("/usr/sbin/nginx")


@contextmanager
def replicas_behind_nginx(
    run_dir: Path, n: int = 2, log_path: Path | None = None, timeout: float = 90.0, env: dict[str, str] | None = None
) -> Iterator[str]:
    """``deploy/run_replicas.sh``: ``n`` replicas and nginx on free loopback ports; yield nginx's URL.

    ``run_dir`` receives nginx.conf, the logs and ``replica-PORT.pid`` files; ``env`` adds to the
    script's environment (``MEMORY_MAX``, ``MAX_CONNS``, ...).  On exit the script's own trap
    stops nginx and every replica.
    """
    import signal

    if not NGINX.exists():
        raise RuntimeError(f"the nginx recipe needs Debian's nginx at {NGINX}: apt-get install -y nginx")
    run_dir.mkdir(parents=True, exist_ok=True)
    listen = f"127.0.0.1:{free_port()}"
    env = (
        os.environ
        | {
            "REPLICA_PORTS": " ".join(str(free_port()) for _ in range(n)),
            "LISTEN": listen,
            "RUN_DIR": str(run_dir),
            "PYTHON": sys.executable,
            "NGINX_BIN": str(NGINX),
        }
        | (env or {})
    )
    log_path = log_path or run_dir / "run_replicas.log"
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(["/bin/bash", "deploy/run_replicas.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://{listen}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:  # noqa: S310 - loopback only
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"run_replicas.sh did not start; see {log_path}")
                time.sleep(0.3)
            yield url
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
