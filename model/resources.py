"""Where the preset scenarios and the calibration facts live.

In a source checkout they sit beside the package (``scenarios/``, ``data/``: the layout
the design card names); an installed package carries them inside itself
(``model/_presets``, ``model/_data``, mapped by ``pyproject.toml``).  Nothing else in
``model/`` knows the difference.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir(installed: str, checkout: str) -> Path:
    """The directory ``model/<installed>`` of an installed package, or ``<checkout>/`` beside the package."""
    for d in (_HERE / installed, _HERE.parent / checkout):
        if d.is_dir():
            return d
    raise FileNotFoundError(f"neither {_HERE / installed} nor {_HERE.parent / checkout} exists: a broken installation")


SCENARIO_DIR = resource_dir("_presets", "scenarios")
"""The preset scenarios (``*.toml``)."""
DATA_DIR = resource_dir("_data", "data")
"""The calibration facts (``facts.csv``) and their README."""

__all__ = ["DATA_DIR", "SCENARIO_DIR", "resource_dir"]
