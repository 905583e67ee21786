"""``pip install .`` in a fresh virtual environment: the package, the presets, the facts and the ``flywheel`` command.

The installed command must write the same CSV as ``python -m model run`` in the checkout, and the
wheel must carry every module of ``model/`` and ``ui/`` (packages are listed by hand in
pyproject.toml, so a new subpackage would otherwise be left out silently).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import model

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{args}: {proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's files (tracked and new, not ignored): builds leave the checkout clean."""
    src = tmp_path_factory.mktemp("src")
    files = _run(["git", "ls-files", "-co", "--exclude-standard"], ROOT).stdout.split()
    for name in files:
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            (src / name).write_bytes((ROOT / name).read_bytes())
    return src


@pytest.fixture(scope="module")
def installed(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no site packages) after ``pip install .``."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", str(venv)], venv)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "."], source)
    return venv


def test_the_installed_command_writes_the_same_csv(installed: Path, tmp_path: Path) -> None:
    _run([str(installed / "bin" / "flywheel"), "run", "support_100bn", "--months", "36", "--out", "a.csv"], tmp_path)
    _run([sys.executable, "-m", "model", "run", "support_100bn", "--months", "36", "--out", str(tmp_path / "b.csv")], ROOT)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_the_package_carries_the_presets_the_facts_and_the_app(installed: Path, tmp_path: Path) -> None:
    code = (
        "import importlib.metadata as md, model, model.facts, ui.urlstate, model.resources as r; "
        "print(model.__version__, md.version('flywheel-explorer'), len(model.presets()), len(model.facts.load_facts()), "
        "r.SCENARIO_DIR.parent.name, r.SCENARIO_DIR.is_relative_to(r.Path(model.__file__).parent))"
    )
    out = _run([str(installed / "bin" / "python"), "-c", code], tmp_path).stdout.split()
    presets = len(list((ROOT / "scenarios").glob("*.toml")))
    facts = len((ROOT / "data" / "facts.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert out == [model.__version__, model.__version__, str(presets), str(facts), "model", "True"]


def test_the_wheel_has_every_module_and_one_version_source(source: Path, tmp_path: Path) -> None:
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), "."], source)
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for pkg in ("model", "ui"):
        for f in (ROOT / pkg).rglob("*.py"):
            assert f.relative_to(ROOT).as_posix() in names, f
    assert {f"model/_presets/{p.name}" for p in (ROOT / "scenarios").glob("*.toml")} <= names
    assert "model/_data/facts.csv" in names
    engine = {f.relative_to(ROOT).as_posix() for f in (ROOT / "ui" / "engine").rglob("*") if f.is_file()}
    assert engine <= names, engine - names  # the browser-side engine: kernel, loader, panel, styles, uPlot
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in meta and set(meta["dynamic"]) == {"version", "dependencies"}
    assert f"flywheel_explorer-{model.__version__}-" in wheel.name
    requires = [
        line for line in zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode().splitlines()
    ]
    pins = [r.split("#")[0].strip() for r in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    for pin in filter(None, pins):
        assert f"Requires-Dist: {pin}" in requires, pin
