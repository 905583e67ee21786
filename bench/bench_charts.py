"""Choose the live panel's chart library by measurement: Vega-Lite (data-only updates) vs uPlot.

    .venv/bin/python bench/bench_charts.py [--rounds 5] [--updates 40]

The live panel redraws two charts on every lever move while a slider is dragged.  This bench
draws the panel's workload in Chromium -- two charts, three series each, the scenario solid and
the reference dashed, 73 monthly points (a 72-month horizon) and 361 (30 years) -- and replaces
the scenario's data ``--updates`` times per round, measuring from the data change until the
library has drawn, and until the next animation frame after that (what the room sees: the
frame wait, up to 16.7 ms at 60 Hz, is the same for every library).  Candidates:

* **Vega-Lite 6 / Vega 6, SVG** (what ``st.vega_lite_chart`` draws): the view is built once,
  each update is ``view.change(dataset, changeset().remove(all).insert(rows)).runAsync()``;
* **Vega-Lite 6 / Vega 6, canvas**: the same with Vega's canvas renderer;
* **uPlot 1.6** (canvas, made for time series): ``u.setData(columns)``.

Rounds interleave the candidates (round-robin inside one page) so load drift on the shared VM
hits them alike.  Prints medians and p90 in milliseconds and each candidate's ratio to uPlot.
Libraries come from ``node_modules`` (package.json pins them; ``npm ci`` installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

NM = ROOT / "node_modules"
LIBS = [
    NM / "vega" / "build" / "vega.min.js",
    NM / "vega-lite" / "build" / "vega-lite.min.js",
    NM / "uplot" / "dist" / "uPlot.iife.min.js",
]

PAGE_JS = r"""
window.setup = async (points) => {
  const W = 600, H = 330;
  document.body.innerHTML = '';
  const t0 = Date.UTC(2025, 0, 1);
  const x = Array.from({length: points}, (_, i) => t0 + i * 30.44 * 864e5);
  const wave = (k, s) => x.map((_, i) => 100 + 30 * Math.sin(i / 9 + k + s) + k * 20);
  const rows = (s) => { const out = []; for (let k = 0; k < 3; k++) { const y = wave(k, s);
    for (let i = 0; i < points; i++) out.push({date: x[i], value: y[i], series: 's' + k}); } return out; };
  const views = {};
  for (const renderer of ['svg', 'canvas']) {
    views[renderer] = [];
    for (let c = 0; c < 2; c++) {
      const div = document.createElement('div'); document.body.appendChild(div);
      const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width: W, height: H,
        layer: [
          {data: {name: 'current'}, mark: {type: 'line', strokeWidth: 2.5},
           encoding: {x: {field: 'date', type: 'temporal', title: 'date'},
                      y: {field: 'value', type: 'quantitative', title: 'RMB bn'},
                      color: {field: 'series', type: 'nominal'}}},
          {data: {name: 'reference'}, mark: {type: 'line', strokeDash: [6, 4], opacity: 0.65},
           encoding: {x: {field: 'date', type: 'temporal'}, y: {field: 'value', type: 'quantitative'},
                      color: {field: 'series', type: 'nominal'}}},
        ],
      };
      const vg = vegaLite.compile(spec).spec;
      const view = new vega.View(vega.parse(vg), {renderer, container: div, hover: true});
      view.data('current', rows(0)); view.data('reference', rows(1));
      await view.runAsync();
      views[renderer].push(view);
    }
  }
  const plots = [];
  for (let c = 0; c < 2; c++) {
    const div = document.createElement('div'); document.body.appendChild(div);
    const series = [{}];
    for (let k = 0; k < 3; k++) series.push({stroke: ['#0072B2', '#D55E00', '#009E73'][k], width: 2.5});
    for (let k = 0; k < 3; k++) series.push({stroke: ['#0072B2', '#D55E00', '#009E73'][k], width: 1.5, dash: [6, 4]});
    const data = [x.map(v => v / 1000), wave(0, 0), wave(1, 0), wave(2, 0), wave(0, 1), wave(1, 1), wave(2, 1)];
    plots.push(new uPlot({width: W, height: H, series, axes: [{}, {label: 'RMB bn'}]}, data, div));
  }
  window.state = {x, wave, rows, views, plots, step: 0};
};
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
window.update = async (which) => {
  const s = window.state; s.step += 1;
  const t0 = performance.now();
  if (which === 'uplot') {
    for (const u of s.plots) {
      const d = u.data.slice(); d[1] = s.wave(0, s.step / 7); d[2] = s.wave(1, s.step / 7); d[3] = s.wave(2, s.step / 7);
      u.setData(d);
    }
    await Promise.resolve(); await Promise.resolve();  // uPlot commits its redraw in a microtask
  } else {
    const rows = s.rows(s.step / 7);
    await Promise.all(s.views[which].map(v => v.change('current', vega.changeset().remove(() => true).insert(rows)).runAsync()));
  }
  const drawn = performance.now() - t0;
  await frame();
  return [drawn, performance.now() - t0];
};
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--updates", type=int, default=40)
    args = ap.parse_args()
    missing = [p for p in LIBS if not p.exists()]
    if missing:
        raise SystemExit(f"missing {missing}: run `npm ci` (package.json pins the libraries)")
    print(f"uptime: {os.popen('uptime').read().strip()}")  # noqa: S605 - the bench reports the machine's load
    candidates = ("svg", "canvas", "uplot")
    names = {"svg": "Vega-Lite 6, SVG", "canvas": "Vega-Lite 6, canvas", "uplot": "uPlot 1.6.32"}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_content("<html><body></body></html>")
        for lib in LIBS:
            page.add_script_tag(content=lib.read_text(encoding="utf-8"))
        page.add_script_tag(content=PAGE_JS)
        results: dict[tuple[int, str], list[float]] = {}
        shown: dict[tuple[int, str], list[float]] = {}
        for points in (73, 361):
            page.evaluate(f"setup({points})")
            for _ in range(3):  # warm the code paths
                for c in candidates:
                    page.evaluate(f"update({json.dumps(c)})")
            for _ in range(args.rounds):
                for c in candidates:
                    for _ in range(args.updates // args.rounds or 1):
                        drawn, framed = page.evaluate(f"update({json.dumps(c)})")
                        results.setdefault((points, c), []).append(float(drawn))
                        shown.setdefault((points, c), []).append(float(framed))
        browser.close()
    print("\nTwo charts, 3 series + 3 reference lines each (ms): data change → drawn; → next frame after it")
    print(f"{'points':>6}  {'library':<22} {'drawn':>8} {'p90':>8} {'÷ uPlot':>8} {'frame':>8}  n")
    for points in (73, 361):
        base = statistics.median(results[(points, "uplot")])
        for c in candidates:
            xs = sorted(results[(points, c)])
            med = statistics.median(xs)
            p90 = xs[int(0.9 * (len(xs) - 1))]
            frame = statistics.median(shown[(points, c)])
            print(f"{points:>6}  {names[c]:<22} {med:>8.2f} {p90:>8.2f} {med / base:>8.1f} {frame:>8.1f}  {len(xs)}")


if __name__ == "__main__":
    main()
