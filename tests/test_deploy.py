"""Deployment files: the Dockerfile (it cannot be built here: no Docker daemon), the nginx recipe, Community Cloud."""

from __future__ import annotations

import ast
import fnmatch
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from streamlit import config

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, args = line.partition(" ")
            out.append((key.upper(), args.strip()))
    return out


def args_of(key: str) -> list[str]:
    return [a for k, a in instructions() if k == key]


def exec_form(args: str) -> list[str]:
    value = ast.literal_eval(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    return value


def streamlit_flags(argv: list[str]) -> dict[str, str]:
    """``--section.option=value`` / ``--section.option value`` pairs of a command line."""
    out, i = {}, 0
    while i < len(argv):
        if argv[i].startswith("--"):
            name, eq, value = argv[i][2:].partition("=")
            if not eq:
                i += 1
                value = argv[i]
            out[name] = value
        i += 1
    return out


def dockerignored(path: str) -> bool:
    patterns = [p.strip() for p in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()]
    patterns = [p for p in patterns if p and not p.startswith("#")]
    parts = Path(path).parts
    return any(fnmatch.fnmatch(path, p) or fnmatch.fnmatch(parts[0], p) for p in patterns)


def test_dockerfile_base_user_port_and_health_check() -> None:
    assert args_of("FROM") == ["python:3.11-slim"]
    assert args_of("EXPOSE") == ["8501"]
    users = args_of("USER")
    assert users and users[-1] not in ("root", "0")
    (health,) = args_of("HEALTHCHECK")
    options, _, command = health.partition("CMD ")
    assert "--interval=" in options and "--start-period=" in options
    argv = exec_form(command)
    assert argv[:2] == ["python", "-c"] and "/_stcore/health" in argv[2] and "urllib.request" in argv[2]
    ast.parse(argv[2])  # valid Python (it is run against a live server in tests/browser/test_replicas.py)


def test_dockerfile_installs_the_pinned_requirements_and_copies_what_exists() -> None:
    assert any("--require-hashes --no-deps -r requirements.lock" in a for a in args_of("RUN"))
    # the kernel is compiled at build time (and by scripts/setup.sh): no visitor waits for numba
    assert any("model.core.warm()" in a for a in args_of("RUN"))
    assert "model.core.warm()" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    copied = []
    for args in args_of("COPY"):
        words = [w for w in shlex.split(args) if not w.startswith("--")]
        copied += words[:-1]
    for src in copied:
        assert (ROOT / src).exists(), f"Dockerfile copies {src}, which does not exist"
        assert not dockerignored(src), f"Dockerfile copies {src}, which .dockerignore excludes"
    # what the app imports and reads at runtime
    for needed in ("requirements.lock", "streamlit_app.py", ".streamlit", "model", "ui", "scenarios", "data"):
        assert needed in copied, f"Dockerfile does not copy {needed}"


def test_dockerfile_runs_streamlit_with_the_production_flags() -> None:
    (cmd,) = args_of("CMD")
    argv = exec_form(cmd)
    assert argv[:3] == ["streamlit", "run", "streamlit_app.py"]
    flags = streamlit_flags(argv[3:])
    assert set(flags) <= set(config._config_options_template), "unknown streamlit option"
    assert flags["server.fileWatcherType"] == "none" and flags["server.headless"] == "true"
    assert flags["server.port"] == "8501" and flags["server.address"] == "0.0.0.0"  # noqa: S104 - inside the container


def test_community_cloud_files_are_where_it_looks() -> None:
    assert (ROOT / "streamlit_app.py").is_file()
    reqs = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^streamlit==\d", reqs, flags=re.M)
    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["fileWatcherType"] == "none" and cfg["server"]["maxUploadSize"] == 1
    # a public link: small websocket messages, no exception details on the page (issue 16)
    assert cfg["server"]["maxMessageSize"] <= 8 and cfg["server"]["maxWidgetStateSize"] <= 1
    assert cfg["client"]["showErrorDetails"] == "none"
    for section, options in cfg.items():
        for option in options:
            assert f"{section}.{option}" in config._config_options_template


def test_replica_script_and_nginx_template() -> None:
    script = ROOT / "deploy" / "run_replicas.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    flags = streamlit_flags(shlex.split(re.search(r"-m streamlit run streamlit_app.py(.*?)>", script.read_text(), re.S)[1]))
    assert set(flags) <= set(config._config_options_template)
    assert flags["server.fileWatcherType"] == "none" and flags["server.address"] == "127.0.0.1"
    template = (ROOT / "deploy" / "nginx.conf.template").read_text(encoding="utf-8")
    for needed in (
        "daemon off;",
        "hash $route_key consistent;",
        "location /_stcore/stream",
        "proxy_read_timeout 86400s;",
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_set_header Connection $connection_upgrade;",
    ):
        assert needed in template, needed
    assert {"@PREFIX@", "@LISTEN@", "@SERVERS@"} <= set(re.findall(r"@[A-Z]+@", template))


@pytest.mark.parametrize("value", ["1.5G", "-1", "lots"])
def test_replica_script_refuses_a_memory_limit_that_is_not_megabytes(value: str) -> None:
    """``MEMORY_MAX`` is read before anything starts: a bad one stops the script with its name."""
    proc = subprocess.run(
        ["bash", str(ROOT / "deploy" / "run_replicas.sh")],
        env={"PATH": "/usr/bin:/bin", "MEMORY_MAX": value, "NGINX_BIN": "/nonexistent"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2
    assert f"MEMORY_MAX = '{value}' must be a whole number of MB" in proc.stderr


def test_deployment_docs_cover_hosting_replicas_and_limits() -> None:
    doc = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for heading in ("Streamlit Community Cloud", "Docker", "Health check", "Replicas", "Limits"):
        assert re.search(rf"^#+ .*{heading}", doc, flags=re.M | re.I), heading
    for fact in ("/_stcore/health", "fileWatcherType", "deploy/run_replicas.sh", "apt-get install -y nginx"):
        assert fact in doc


def locked_versions(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    locked = dict(re.findall(r"^([a-z0-9-]+)==(\S+) \\\n    --hash=sha256:[0-9a-f]{64}$", text, flags=re.M))
    assert len(locked) == text.count("--hash=sha256:"), f"{lock}: every package has one sha256"
    return locked


def pinned(source: str) -> dict[str, str]:
    """The ``name==version`` pins of a requirements file (names normalised, extras dropped)."""
    text = (ROOT / source).read_text(encoding="utf-8")
    pins = re.findall(r"^([A-Za-z0-9_.-]+)(?:\[[a-z,]+\])?==(\S+)", text, flags=re.M)
    return {re.sub(r"[-_.]+", "-", k).lower(): v for k, v in pins}


@pytest.mark.parametrize(
    ("source", "lock"),
    [
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
        ("requirements-bptk.txt", "requirements-bptk.lock"),
    ],
)
def test_each_hashed_lock_is_its_requirements_resolved_and_what_the_tests_ran(source: str, lock: str) -> None:
    """Each lock (scripts/lock.py): every pin of its requirements file at its version, each package with a
    sha256, the versions those of the environment the tests ran in (.venv, or .venv-bptk), and pip
    accepts it with --require-hashes --no-deps (what the Dockerfile and scripts/setup.sh run) here."""
    from importlib.metadata import version

    locked = locked_versions(lock)
    assert len(locked) >= 10
    assert pinned(source).items() <= locked.items()
    if lock == "requirements-bptk.lock":
        bptk = [str(ROOT / ".venv-bptk/bin/python"), "-m", "pip", "freeze"]
        freeze = subprocess.run(bptk, capture_output=True, text=True, check=True)
        ran = {re.sub(r"[-_.]+", "-", n).lower(): v for n, v in re.findall(r"^(\S+)==(\S+)$", freeze.stdout, flags=re.M)}
    else:
        ran = {name: version(name) for name in locked}
    assert ran == locked
    cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--require-hashes", "--no-deps", "--ignore-installed"]
    subprocess.run([*cmd, "--quiet", "--disable-pip-version-check", "-r", str(ROOT / lock)], check=True)


def test_the_locks_are_what_docker_and_setup_install() -> None:
    assert "--require-hashes --no-deps -r requirements.lock" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert 'install="--quiet --disable-pip-version-check --require-hashes --no-deps"' in setup
    for lock in ("requirements.lock", "requirements-dev.lock", "requirements-bptk.lock"):
        assert lock in setup
    assert not re.search(r"pip install[^\n]*-r requirements[-a-z]*\.txt", setup), "setup installs the locks, not the .txt"
    # the dev set holds the runtime set at the same versions
    assert locked_versions("requirements.lock").items() <= locked_versions("requirements-dev.lock").items()
