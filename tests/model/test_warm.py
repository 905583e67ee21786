"""A new server's first page does not wait for numba: single runs use the kernel's own loop in plain
Python meanwhile (bit-identical), and the warm-up knows whether numba's disk cache is there."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import model
from model.core import OUTPUTS, compiled_kernel, prepare

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["baseline", "support_100bn", "fee_war_matched", "monetise_harder"])
def test_the_plain_python_loop_is_the_compiled_kernel(name: str) -> None:
    sc = model.load_scenario(name)
    p = prepare(sc.params, reference=sc.state, schedules=sc.schedules, months=72)
    a = np.empty((1, p.saved, len(OUTPUTS)))
    b = np.empty_like(a)
    k = compiled_kernel().kernel
    k(p.steps, p.dt, p.save_every, p.inputs, *p.schedules, a)
    k.py_func(p.steps, p.dt, p.save_every, p.inputs, *p.schedules, b)
    np.testing.assert_array_equal(a, b)


def test_with_an_empty_cache_a_single_run_does_not_wait_for_the_compiler(tmp_path: Path) -> None:
    """In a fresh process whose numba cache is empty: the warm-up starts in the background, a
    single run answers from the plain-Python loop long before the compiler is done, with the
    compiled kernel's numbers."""
    code = (
        "import time, json, model.core as c\n"
        "from model.params import Params\n"
        "assert not c._cached()\n"
        "th = c.warm_in_background()\n"
        "t = time.perf_counter(); r = c.integrate(Params(), months=72); single = time.perf_counter() - t\n"
        "busy = c.warming()\n"
        "th.join()\n"
        "print(json.dumps({'single': single, 'busy': busy, 'gmv': float(r.data['gmv'][-1, 0])}))\n"
    )
    env = {"NUMBA_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600, check=True)
    total = time.perf_counter() - t0
    import json

    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["busy"], "the compiler was done before the first run: nothing was tested"
    assert got["single"] < 0.25 * total, got
    want = model.run(model.load_scenario("baseline"), months=72)["gmv"][-1]
    assert got["gmv"] == want
    assert any(tmp_path.rglob("_kernel.kernel-*.nbi"))  # the child process wrote the cache
