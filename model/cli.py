"""Command line: ``python -m model run|kpis|effects|flips|xmile|params|scenarios|facts|calibrate`` (installed: ``flywheel ...``).

    python -m model run [SCENARIO] [--set NAME=VALUE ...] [--schedule NAME=VALUE@MONTH[+RAMP] ...]
                        [--months N] [--out FILE.csv]
    python -m model kpis [SCENARIO] [--set ...] [--schedule ...] [--against SCENARIO] [--at 12,36,72] [--out FILE.csv]
                                 # the KPI table: every KPI at those months, with its delta against the
                                 # reference (default: SCENARIO without the --set and --schedule changes)
    python -m model effects SCENARIO [--set ...] [--schedule ...] [--at 72] [--draws 200] [--seed N] [--out FILE.csv]
                                 # the headline effects against the scenario's counterfactual: central,
                                 # p10/p50/p90 over paired draws and the share of draws above 0
    python -m model flips SCENARIO [--set ...] [--schedule ...] [--at 72] [--out FILE.csv]
                                 # what would flip each effect: assumption, where, which side
    python -m model params       # the parameter registry as CSV (schedulable: a schedule may move it)
    python -m model scenarios    # the presets
    python -m model facts        # calibration facts vs the model
    python -m model calibrate [--check] [--out FILE.toml]
                                 # fit the calibrated history to the facts (weighted least squares) and
                                 # write data/calibration.toml: estimates ± standard errors, residuals,
                                 # the history's January 2025 state; --check: fail if the file differs
    python -m model xmile [SCENARIO] [--set ...] [--schedule ...] [--months N] --out FILE.xmile
                                 # the model and the scenario as an XMILE 1.0 file

SCENARIO is a preset name (``baseline``) or a path to a ``.toml`` file; without
it the baseline runs.  ``--set`` values act from month 0 on top of the
scenario's calibrated reference state.  Bad input prints one clear line to
standard error and exits with status 2; nothing is clamped silently.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .output import kpi_csv, run, to_csv
from .params import check_value
from .registry import PARAMETERS
from .scenario import Scenario, load_scenario, presets
from .schedule import Schedule

MAX_MONTHS = 240
MAX_DRAWS = 5000  # paired draws: 2 runs each


class UsageError(Exception):
    """Bad input from the command line (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _draws(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--draws {text!r} is not a whole number") from None
    if not 1 <= n <= MAX_DRAWS:
        raise argparse.ArgumentTypeError(f"--draws {n} is outside the allowed range [1, {MAX_DRAWS}]")
    return n


def _months(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--months {text!r} is not a whole number of months") from None
    if not 1 <= n <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"--months {n} is outside the allowed range [1, {MAX_MONTHS}]")
    return n


def _month_list(text: str) -> list[int]:
    months = []
    for part in text.split(","):
        try:
            m = int(part)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{part.strip()!r} is not a whole number of months") from None
        if not 0 <= m <= MAX_MONTHS:
            raise argparse.ArgumentTypeError(f"month {m} is outside the allowed range [0, {MAX_MONTHS}]")
        months.append(m)
    return months


def parse_set(text: str) -> tuple[str, float]:
    """``NAME=VALUE`` → (name, value), validated against the registry."""
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise UsageError(f"--set {text!r} is not of the form NAME=VALUE")
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"--set {name}: value {raw.strip()!r} is not a number") from None
    try:
        return name, check_value(name, value)
    except ValueError as exc:
        raise UsageError(f"--set: {exc}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m model", description="Flywheel Explorer model " + __version__)
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    r = sub.add_parser("run", help="run a scenario and write its CSV")
    r.add_argument("scenario", nargs="?", default="baseline", help="preset name or path to a .toml file")
    r.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    r.add_argument("--schedule", dest="schedules", action="append", default=[], metavar="NAME=VALUE@MONTH[+RAMP]")
    r.add_argument("--months", type=_months, default=72, help="horizon in months (1-240, default 72)")
    r.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    x = sub.add_parser("xmile", help="write the model and a scenario as an XMILE 1.0 file")
    x.add_argument("scenario", nargs="?", default="baseline", help="preset name or path to a .toml file")
    x.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    x.add_argument("--schedule", dest="schedules", action="append", default=[], metavar="NAME=VALUE@MONTH[+RAMP]")
    x.add_argument("--months", type=_months, default=72, help="horizon in months (1-240, default 72)")
    x.add_argument("--out", type=Path, required=True, help="XMILE file to write")
    k = sub.add_parser("kpis", help="write the KPI table (every KPI at chosen months, with deltas against a reference)")
    k.add_argument("scenario", nargs="?", default="baseline", help="preset name or path to a .toml file")
    k.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    k.add_argument("--schedule", dest="schedules", action="append", default=[], metavar="NAME=VALUE@MONTH[+RAMP]")
    k.add_argument("--against", metavar="SCENARIO", help="the reference (default: SCENARIO without --set/--schedule)")
    k.add_argument("--at", type=_month_list, default=[12, 36, 72], metavar="M,M,...", help="months (default 12,36,72)")
    k.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    e = sub.add_parser(
        "effects",
        help="a scenario's headline effects against its counterfactual, with p10/p50/p90 over paired draws"
        " and the share of draws above 0",
    )
    e.add_argument("scenario", help="preset name or path to a .toml file (it must declare a counterfactual)")
    e.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    e.add_argument("--schedule", dest="schedules", action="append", default=[], metavar="NAME=VALUE@MONTH[+RAMP]")
    e.add_argument("--at", type=_months, default=72, help="the month the effects are read at (default 72)")
    e.add_argument("--draws", type=_draws, default=200, help="paired draws of the uncertain assumptions (default 200)")
    e.add_argument("--seed", type=int, default=20251122, help="random seed (the app's by default)")
    e.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    f = sub.add_parser("flips", help="what would flip each headline effect: the assumptions whose range holds its sign change")
    f.add_argument("scenario", help="preset name or path to a .toml file (it must declare a counterfactual)")
    f.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    f.add_argument("--schedule", dest="schedules", action="append", default=[], metavar="NAME=VALUE@MONTH[+RAMP]")
    f.add_argument("--at", type=_months, default=72, help="the month the effects are read at (default 72)")
    f.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    sub.add_parser("params", help="print the parameter registry as CSV")
    sub.add_parser("scenarios", help="list the preset scenarios")
    sub.add_parser("facts", help="print the calibration facts against the model")
    c = sub.add_parser(
        "calibrate",
        help="fit the calibrated history to data/facts.csv and write data/calibration.toml (estimates, residuals, end state)",
    )
    c.add_argument("--check", action="store_true", help="do not write: exit 1 if the committed file differs from the fit")
    c.add_argument("--out", help="where to write (default: data/calibration.toml)")
    return parser


def _scenario(args: argparse.Namespace) -> Scenario:
    """The scenario named on the command line with its ``--set`` and ``--schedule`` applied."""
    try:
        scenario = load_scenario(args.scenario)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    overrides = dict(parse_set(s) for s in args.sets)
    try:
        schedules = [Schedule.parse(s) for s in args.schedules]
    except ValueError as exc:
        raise UsageError(f"--schedule: {exc}") from None
    return scenario.with_overrides(overrides).with_schedules(schedules)


def _cmd_xmile(args: argparse.Namespace) -> None:
    from .xmile import to_xmile

    text = to_xmile(_scenario(args), months=args.months)
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--out: cannot write {str(args.out)!r}: {exc.strerror}") from None


def _cmd_kpis(args: argparse.Namespace) -> None:
    scenario = _scenario(args)
    try:
        reference = load_scenario(args.against or args.scenario)
    except ValueError as exc:
        raise UsageError(f"--against: {exc}") from None
    months = max(1, *args.at)
    results = [(scenario.name, run(scenario, months=months))]
    ref_label = reference.name if args.against else f"{reference.name}-reference"
    _write(kpi_csv(results, (ref_label, run(reference, months=months)), args.at), args.out)


def _with_counterfactual(args: argparse.Namespace) -> Scenario:
    scenario = _scenario(args)
    if scenario.counterfactual is None:
        raise UsageError(f"{args.scenario!r} declares no [counterfactual]: nothing to compare it with")
    return scenario


def _cmd_effects(args: argparse.Namespace) -> None:
    from .analysis import paired_effects
    from .kpis import UNIT_TEXT

    scenario = _with_counterfactual(args)
    pe = paired_effects(scenario, args.at, draws=args.draws, seed=args.seed)
    cf_title = scenario.counterfactual_scenario().title_en
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        (
            "scenario",
            "counterfactual",
            "month",
            "effect",
            "label",
            "unit",
            "effect_central",
            "p10",
            "p50",
            "p90",
            "share_positive",
        )
    )
    for key, e in pe.effects.items():
        unit = "pp" if e.kpi.unit == "percent" else UNIT_TEXT[e.kpi.unit]
        nums = (e.central, e.p10, e.p50, e.p90)
        w.writerow(
            (
                scenario.name,
                cf_title,
                args.at,
                key,
                e.kpi.label_en,
                unit,
                *(f"{x:.6g}" for x in nums),
                f"{e.share_positive:.3f}",
            )
        )
    _write(
        f"# {pe.draws} paired draws (Latin hypercube, seed {pe.seed}); reference state recalibrated per draw\n" + buf.getvalue(),
        args.out,
    )


def _cmd_flips(args: argparse.Namespace) -> None:
    from .analysis import flips

    scenario = _with_counterfactual(args)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("scenario", "month", "effect", "effect_central", "param", "flips_at", "side", "low", "high", "now"))
    for fl in flips(scenario, args.at):
        side = "above" if fl.above else "below"
        row = (fl.central, fl.param, fl.value, side, fl.low, fl.high, scenario.params[fl.param])
        w.writerow((scenario.name, args.at, fl.effect, *(f"{x:.6g}" if isinstance(x, float) else x for x in row)))
    _write(buf.getvalue(), args.out)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"--out: cannot write {str(out)!r}: {exc.strerror}") from None


def _cmd_run(args: argparse.Namespace) -> None:
    scenario = _scenario(args)
    _write(to_csv([(scenario.name, run(scenario, months=args.months))]), args.out)


def _cmd_params() -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(
        ["name", "unit", "min", "default", "max", "group", "step", "schedulable", "uncertain", "label_en", "label_zh", "help_en"]
    )
    for p in PARAMETERS:
        w.writerow(
            [
                p.name,
                p.unit,
                f"{p.min:g}",
                f"{p.default:g}",
                f"{p.max:g}",
                p.group,
                f"{p.step:g}",
                "yes" if p.schedulable else "no",
                "yes" if p.uncertain else "no",
                p.label_en,
                p.label_zh,
                p.help_en,
            ]
        )


def _cmd_scenarios() -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["name", "start", "title_en", "title_zh", "question_en"])
    for s in presets():
        w.writerow([s.name, s.start, s.title_en, s.title_zh, s.question_en])


def _cmd_facts() -> None:
    from .facts import compare

    table = compare()
    cols = ["id", "preset", "fact", "model", "rel_error", "tolerance", "within", "model_quantity"]
    sys.stdout.write(table[cols].to_csv(index=False, float_format="%.4g", lineterminator="\n"))


def _cmd_calibrate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import estimation

    f = estimation.fit()
    text = estimation.to_toml(f)
    out = sys.stdout
    out.write(f"fit: {f.status} (cost {f.cost:.4g}, {f.evaluations} evaluations)\n\n")
    out.write(f"{'estimate':44s} {'value':>10s} {'± se':>10s}  range\n")
    for fr, x, se in zip(estimation.FREE, f.x, f.se, strict=True):
        names = fr.name + (f" (+{len(fr.names) - 1} tied)" if len(fr.names) > 1 else "")
        bound = "  (on its bound: held)" if se == 0 else ""
        out.write(f"{names:44s} {x:10.4g} {se:10.3g}  [{fr.bounds[0]:g}, {fr.bounds[1]:g}]{bound}\n")
    out.write(f"\n{'fact':26s} {'fact':>9s} {'model':>9s} {'error':>7s} {'σ':>5s} {'weighted':>8s}\n")
    for tg, r, v in zip(f.targets, f.residuals, f.model_values, strict=True):
        out.write(f"{tg.fact_id:26s} {tg.value:9.4g} {v:9.4g} {v / tg.value - 1:+7.1%} {tg.sigma:5.2f} {r:+8.2f}\n")
    path = Path(args.out) if args.out else estimation.CALIBRATION_TOML
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        out.write(f"\n{path}: {'up to date' if same else 'differs from the fit: run python -m model calibrate'}\n")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    out.write(f"\nwrote {path}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "run":
            _cmd_run(args)
        elif args.command == "xmile":
            _cmd_xmile(args)
        elif args.command == "kpis":
            _cmd_kpis(args)
        elif args.command == "effects":
            _cmd_effects(args)
        elif args.command == "flips":
            _cmd_flips(args)
        elif args.command == "params":
            _cmd_params()
        elif args.command == "scenarios":
            _cmd_scenarios()
        elif args.command == "calibrate":
            return _cmd_calibrate(args)
        else:
            _cmd_facts()
    except UsageError as exc:
        print(f"python -m model: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `python -m model run | head`
        return 0
    return 0


__all__ = ["main", "parse_set"]
