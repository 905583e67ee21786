"""Scenario files shaped to make the TOML parser slow are refused before it runs (issue 16):
every file under the size cap parses, or is refused, in at most 200 ms of CPU and 50 MB."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from model.errors import InputError
from model.scenario import MAX_FILE_BYTES, MAX_KEY_PARTS, check_toml_shape, load_scenario, load_text, preset_names, to_toml

CAP = MAX_FILE_BYTES
ATTACKS = {
    "dotted key": "a" + ".a" * CAP + " = 1\n",
    "quoted dotted key": '"a"' + '."a"' * CAP + " = 1\n",
    "spaced dotted key": "a" + " . a" * CAP + " = 1\n",
    "table header": "[" + "a." * CAP + "a]\n",
    "array-of-tables header": "[[" + "a." * CAP + "a]]\n",
    "inline table": "x = {" + "a." * CAP + "a = 1}\n",
    "long key": "a" * CAP + " = 1\n",
    "quotes": '"' * CAP + "\n",
    "dots": "." * CAP,
    "huge integer": "x = " + "9" * CAP + "\n",
    "deep array": "x = " + "[" * (CAP // 2) + "]" * (CAP // 2) + "\n",
    "deep inline tables": "x = " + "{a=" * (CAP // 4) + "1" + "}" * (CAP // 4),
    "many tables": "".join(f"[t{i}]\n" for i in range(CAP // 6)),
    "many arrays of tables": "[[schedule]]\n" * (CAP // 13),
    "many keys": "[policy]\n" + "".join(f"k{i} = 1\n" for i in range(CAP // 9)),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_a_hostile_file_under_the_cap_is_refused_in_bounded_time_and_memory(name: str) -> None:
    text = ATTACKS[name][:CAP]
    t0 = time.process_time()
    with pytest.raises(InputError) as err:
        load_text(text, "x", "hostile.toml")
    cpu = time.process_time() - t0
    tracemalloc.start()  # apart: tracing slows the parser down two to three times
    with pytest.raises(InputError):
        load_text(text, "x", "hostile.toml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert cpu <= 0.2, (name, cpu)
    assert peak <= 50 * 2**20, (name, peak)
    message = str(err.value)
    assert message.startswith("hostile.toml") and len(message) < 400, message[:500]


def test_the_shape_check_passes_every_preset_and_what_the_app_writes() -> None:
    for name in preset_names():
        sc = load_scenario(name)
        check_toml_shape(to_toml(sc))
        back = load_text(to_toml(sc), name)
        assert (back.params, back.schedules, back.state) == (sc.params, sc.schedules, sc.state)


def test_a_key_of_more_parts_than_the_limit_is_named_with_its_line() -> None:
    ok = "[policy]\ncommission = 0.01\n"
    deep = ok + "a" + ".b" * MAX_KEY_PARTS + " = 1\n"
    with pytest.raises(InputError) as err:
        check_toml_shape(deep, "f.toml")
    assert err.value.code == "key_too_long" and err.value.fields["line"] == 3
    check_toml_shape(ok + 'title = "a.b.c.d.e.f.g"\nx = 0.5\n')  # dots in strings and numbers are no keys


def test_a_byte_order_mark_is_accepted() -> None:
    sc = load_text("\ufeff[policy]\ncommission = 0.01\n", "mine")
    assert sc.params["commission"] == 0.01
