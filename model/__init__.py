"""Flywheel Explorer's system-dynamics model of a marketplace's three flywheels.

Pure numerics: nothing under ``model/`` imports a UI library.  The public API::

    from model import load_scenario, run, Params, Schedule
    base = load_scenario("baseline")                      # a preset, or a path to a .toml file
    res = run(base.with_overrides(commission=0.02), months=72)
    res["gmv"][-1]                                        # RMB bn per month at month 72
    res.tidy()                                            # long DataFrame: scenario, month, date, variable, unit, value

Batch runs (Monte Carlo, sweeps) use ``simulate`` with a list of ``Params`` or a
``ParamBatch``: one call integrates every set (leading batch dimension).

Where things are declared, once each: parameters in ``model/registry.py``, equations
(stocks, flows, auxiliaries, inputs, calibrated constants, the saved variables) in
``model/equations.py`` (language: ``model/sd.py``; the compiled loop ``model/_kernel.py`` is
generated from it), KPIs in ``model/kpis.py``, the causal loops in ``model/loops.py``.
"""

__version__ = "2.0.0"

from .core import DT, Calibration, RawRun, calibrate, integrate
from .equations import VARIABLES
from .output import Result, run, to_csv
from .params import ParamBatch, Params
from .registry import PARAMETERS, Param, Variable
from .scenario import Scenario, load_scenario, load_text, presets, to_toml
from .schedule import Schedule

simulate = integrate

__all__ = [
    "DT",
    "PARAMETERS",
    "VARIABLES",
    "Calibration",
    "Param",
    "ParamBatch",
    "Params",
    "RawRun",
    "Result",
    "Scenario",
    "Schedule",
    "Variable",
    "__version__",
    "calibrate",
    "integrate",
    "load_scenario",
    "load_text",
    "presets",
    "run",
    "simulate",
    "to_csv",
    "to_toml",
]
