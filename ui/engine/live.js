// The live panel (ui/live.py assembles this after uPlot and the kernel, kernel.mjs, whose
// declarations -- kernel, KERNEL_FUNCTIONS, COLUMNS, OUTPUTS, DIGEST -- are in scope).
//
// Python sends one binary payload (ui/live.py `payload`, decoded by loader.js); the panel runs the kernel on the main
// thread for the scenario (about 2-5 ms for 72 months), once per animation frame while a slider
// moves, and the Monte Carlo draws in a Web Worker.  A move writes the address bar at once; once the
// room stops moving (the header's settleMs) the levers go back to Python, which reruns the page.
// window.flywheelLive exposes the last panel to the tests and the benches.

const PANELS = new WeakMap();
const NS = "http://www.w3.org/1999/xhtml";

function el(tag, attrs, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

/** A number as the cards show it: 2 decimals below 10, 1 below 1,000, none above. */
function fmtNumber(x) {
  const d = Math.abs(x) < 10 ? 2 : Math.abs(x) < 1000 ? 1 : 0;
  return x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }).replace("-", "−");
}

/** A change as the cards show it (ui.cards.delta_text): two decimals (none from 100), a zero grey. */
function fmtDelta(x, unit) {
  const d = Math.abs(x) < 100 ? 2 : 0;
  const text = Math.abs(x).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  if (Number(text.replace(/,/g, "")) === 0) return { text: `${(0).toFixed(d)} ${unit}`, sign: 0 };
  return { text: `${x > 0 ? "+" : "−"}${text} ${unit}`, sign: x > 0 ? 1 : -1 };
}

/** A KPI of a run at its last month (model/kpis.py: a level, or a trailing-12-month rate). */
function kpiValue(k, column) {
  const h = column.length - 1;
  if (k.how === "level") return column[h] * k.scale;
  const lo = Math.max(0, h - 11);
  let s = 0;
  for (let i = lo; i <= h; i++) s += column[i];
  return ((s * 12) / (h + 1 - lo)) * k.scale;
}

// ------------------------------------------------------------------ the Monte Carlo worker
function workerMain() {
  let job = null;
  let pending = null;
  let current = null;
  let next = 0;
  let values = null;
  let running = false;
  const CHUNK = 8;
  onmessage = (e) => {
    const m = e.data;
    if (m.type === "draws") { job = m; current = null; }
    else if (m.type === "levers") { pending = m; if (!running) { running = true; setTimeout(step, 0); } }
  };
  function step() {
    if (pending && job) {
      current = pending; pending = null; next = 0;
      values = new Float64Array(job.used.length * job.saved * job.n);
    }
    if (!current || !job) { running = false; return; }
    const nIn = job.nIn, nOut = job.nOut, saved = job.saved, n = job.n;
    const rows = Math.min(CHUNK, n - next);
    const inp = job.inputs.slice(next * nIn, (next + rows) * nIn);
    for (let r = 0; r < rows; r++) for (let l = 0; l < current.cols.length; l++) inp[r * nIn + current.cols[l]] = current.values[l];
    const out = new Float64Array(rows * saved * nOut);
    kernel(job.steps, job.dt, job.saveEvery, inp, rows, job.at, job.value, job.ramp, job.bounds, out);
    for (let r = 0; r < rows; r++)
      for (let u = 0; u < job.used.length; u++)
        for (let t = 0; t < saved; t++) values[(u * saved + t) * n + next + r] = out[(r * saved + t) * nOut + job.used[u]];
    next += rows;
    if (next >= n) {
      // p10, p50, p90 as numpy's linear percentile (model/analysis.py `_percentiles`)
      const q = [0.1, 0.5, 0.9];
      const res = q.map(() => new Float64Array(job.used.length * saved));
      const buf = new Float64Array(n);
      for (let k = 0; k < job.used.length * saved; k++) {
        for (let i = 0; i < n; i++) buf[i] = values[k * n + i];
        buf.sort();
        q.forEach((p, j) => {
          const virtual = p * (n - 1);
          const lo = Math.floor(virtual);
          const hi = Math.min(lo + 1, n - 1);
          const t = virtual - lo;
          const a = buf[lo], b = buf[hi], d = b - a;
          res[j][k] = t < 0.5 ? a + d * t : b - d * (1.0 - t);
        });
      }
      postMessage({ seq: current.seq, p10: res[0], p50: res[1], p90: res[2] }, [res[0].buffer, res[1].buffer, res[2].buffer]);
      current = null;
    }
    setTimeout(step, 0);
  }
}

function makeWorker() {
  const src = KERNEL_FUNCTIONS.map((f) => f.toString()).join("\n") + `\n(${workerMain.toString()})();\n`;
  const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
  try {
    return new Worker(url);
  } catch (err) {
    console.warn("live panel: no Web Worker, no bands", err);
    return null;
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
}

// ------------------------------------------------------------------ the panel
class Panel {
  constructor(root) {
    this.root = root;
    this.pos = [];
    this.seq = 0;
    this.dropped = 0; // moves up to this one were overtaken by a change from elsewhere (undo, a reset)
    this.epoch = 0;
    this.dirty = false;
    this.draws = 0;
    this.timings = [];
    this.bandSeq = 0;
    this.bands = null;
    this.plots = [null, null];
    this.plotKeys = [null, null];
    this.settleTimer = null;
    this.frame = 0;
    this.worker = null;
    this.send = { state: () => {} };
    this.onResize = () => this.resize();
    window.addEventListener("resize", this.onResize);
  }

  destroy() {
    window.removeEventListener("resize", this.onResize);
    if (this.worker) this.worker.terminate();
    for (const p of this.plots) if (p) p.destroy();
    clearTimeout(this.settleTimer);
    clearTimeout(this.bandTimer);
    clearTimeout(this.ackTimer);
  }

  // ---- a payload from Python
  load(h, a) {
    // the same revision again: a fragment rerun after one of our own moves (drawn already)
    if (this.h && h.rev === this.h.rev && h.staticKey === this.h.staticKey) return;
    const sameStatic = !!this.h && this.h.staticKey === h.staticKey;
    const first = !this.h;
    const relabel = first || this.h.lang !== h.lang || this.h.meeting !== h.meeting || this.h.levers.length !== h.levers.length;
    this.h = h;
    this.a = a;
    this.refCol = new Map(h.used.map((o, i) => [o, i]));
    this.root.classList.toggle("meeting", !!h.meeting);
    this.root.setAttribute("lang", h.lang);
    if (h.digest !== DIGEST) {
      this.root.dataset.state = "error";
      this.root.textContent = "The page's engine is out of date: reload the page.";
      return;
    }
    if (relabel) this.build();
    // Python's lever positions: taken unless a move made here is not in them yet (moved since the
    // last report, or reported as move `seq` and Python has seen only up to `h.seen`): a rerun
    // from elsewhere (another control, the page's own timers) then must not undo the move.  But
    // when Python moved the levers itself (undo, redo, a reset, a preset: a new `epoch`), its
    // positions win and a move not yet sent is dropped: it must not come back after the undo.
    const outside = !first && h.epoch !== this.epoch;
    this.epoch = h.epoch;
    if (outside) {
      this.dirty = false;
      this.dropped = this.seq;
      clearTimeout(this.settleTimer);
    }
    const pending = this.dirty || this.seq > Math.max(h.seen || 0, this.dropped);
    if (first || !pending) {
      this.pos = h.levers.map((l) => l.at);
      clearTimeout(this.ackTimer);
      if (outside) this.replaceUrl(); // the address bar may still show the dropped move
    }
    this.syncSliders();
    this.slots = h.slots.slice();
    this.presetOut = this.run(h.levers.map((l) => l.preset));
    if (!sameStatic) {
      this.bands = null;
      this.startWorker();
    }
    this.recompute();
    this.requestBands();
    this.root.dataset.state = "ready";
  }

  // ---- the DOM, built once per language / mode
  build() {
    const h = this.h;
    const T = h.texts;
    this.root.textContent = "";
    // meeting mode hides the page's title: the panel names the preset and what it is compared with
    this.heading = h.meeting ? el("p", { class: "heading" }) : null;
    this.leverRow = el("div", { class: "levers", role: "group" });
    this.sliders = [];
    this.outputs = [];
    this.notes = [];
    h.levers.forEach((l, i) => {
      const id = `live-${l.name}`;
      const input = el("input", {
        type: "range", id, min: 0, max: l.n - 1, step: 1, value: l.at,
        "aria-label": l.unit ? `${l.label} (${l.unit})` : l.label, "data-lever": l.name,
      });
      const out = el("output", { for: id, class: "value" });
      const note = el("div", { class: "note" });
      const labelNode = el("label", { for: id, class: "lever-label", title: l.help || null },
        el("span", { class: "name", text: l.label }), out);
      input.addEventListener("input", () => this.onInput(i, Number(input.value)));
      input.addEventListener("change", () => this.onChange());
      this.sliders.push(input);
      this.outputs.push(out);
      this.notes.push(note);
      this.leverRow.appendChild(el("div", { class: "lever" }, labelNode, input, note));
    });
    this.numberRow = el("div", { class: "numbers" });
    this.numbers = h.kpis.map((k) => {
      const value = el("div", { class: "number-value" });
      const delta = el("div", { class: "number-delta" });
      const box = el("div", { class: "number", role: "group", "aria-label": `${k.label} (${k.unit})`, title: k.help || `${k.label} (${k.unit})` },
        el("div", { class: "number-label", text: `${k.label} (${k.unit})` }), value, delta);
      this.numberRow.appendChild(box);
      return { value, delta };
    });
    this.summary = el("p", { class: "summary", "aria-live": "polite" });
    this.chartRow = el("div", { class: "charts" });
    this.slotNodes = [0, 1].map((s) => {
      const select = el("select", { class: "picker", "aria-label": s === 0 ? T.live_left : T.live_right, "data-slot": s });
      h.charts.forEach((c) => select.appendChild(el("option", { value: c.key, text: c.title })));
      select.addEventListener("change", () => this.onPick(s, select.value));
      const plot = el("div", { class: "plot" });
      const legend = el("div", { class: "legend" });
      const axis = el("div", { class: "axis-title" });
      const box = el("figure", { class: "slot" }, select, axis, plot, legend);
      this.chartRow.appendChild(box);
      return { select, plot, legend, axis, box };
    });
    this.styles = el("div", { class: "legend styles" });
    if (this.heading) this.root.append(this.heading);
    this.root.append(this.leverRow, this.numberRow, this.summary, this.chartRow, this.styles);
    for (const p of this.plots) if (p) p.destroy();
    this.plots = [null, null];
    this.plotKeys = [null, null];
  }

  syncSliders() {
    if (this.heading) this.heading.textContent = `${this.h.preset} · ${this.h.labels.reference}`;
    this.h.levers.forEach((l, i) => {
      const s = this.sliders[i];
      if (Number(s.value) !== this.pos[i]) s.value = String(this.pos[i]);
      s.max = String(l.n - 1);
      this.notes[i].textContent = l.note || "";
      this.showLever(i);
    });
  }

  showLever(i) {
    const l = this.h.levers[i];
    const text = this.said(i, this.pos[i]) + unitText(l.unit);
    this.outputs[i].textContent = text;
    this.sliders[i].setAttribute("aria-valuetext", text);
  }

  // ---- moves
  onInput(i, p) {
    this.pos[i] = p;
    this.dirty = true;
    this.showLever(i);
    const now = performance.now();
    this.t0 = this.t0 || now;
    // a move after a pause is drawn at once (a key press); moves closer together than a frame
    // (a drag) are drawn once per animation frame
    if (this.frame) return;
    if (now - (this.lastDraw || 0) > 12) this.recompute();
    else this.frame = requestAnimationFrame(() => { this.frame = 0; this.recompute(); });
  }

  onChange() {
    // the move is drawn already; what it tells Python (and the bands) waits until it is on screen
    requestAnimationFrame(() => setTimeout(() => this.report(), 0));
  }

  report() {
    // the address bar at once (the text Python will write: the link is always the one shown); the
    // bands once the slider rests for reportMs; Python once the room stops moving (settleMs): the
    // levers go back in one message and the page reruns once -- cards, downloads, undo history
    this.dirty = false;
    this.seq += 1;
    this.replaceUrl();
    clearTimeout(this.bandTimer);
    this.bandTimer = setTimeout(() => this.requestBands(), this.h.reportMs);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.sendLevers(1), this.h.settleMs);
  }

  /** The levers to Python as move `seq`; sent again (up to three times) if no page acknowledges it. */
  sendLevers(attempt) {
    const values = {};
    this.h.levers.forEach((l, i) => { values[l.name] = this.shown(i, this.pos[i]); });
    const have = window.flywheelHave ? window.flywheelHave() : []; // the parts this page holds (loader.js)
    this.send.state("levers", { values, seq: this.seq, attempt, epoch: this.epoch, have });
    clearTimeout(this.ackTimer);
    if (attempt < 3) {
      const unseen = () => this.seq > Math.max(this.h.seen || 0, this.dropped) && !this.dirty;
      this.ackTimer = setTimeout(() => { if (unseen()) this.sendLevers(attempt + 1); }, 4000);
    }
  }

  /** Write the levers into the address bar as Python's sync_url is about to (same keys, same
   *  order, the same shortest number text; a lever at its preset value leaves the link), replacing
   *  the history entry: Streamlit then finds the URL already as it wants it and pushes no entry, so
   *  Back does not step through every key press. */
  replaceUrl() {
    const url = new URL(window.location.href);
    this.h.levers.forEach((l, i) => {
      if (this.pos[i] === l.preset) url.searchParams.delete(l.name);
      else url.searchParams.set(l.name, String(this.shown(i, this.pos[i])));
    });
    const search = url.searchParams.toString();
    if (search !== window.location.search.replace(/^\?/, "")) {
      url.search = search;
      window.history.replaceState(window.history.state, "", url.toString());
    }
  }

  onPick(s, key) {
    this.slots[s] = key;
    this.draw();
    this.send.state("slots", this.slots.slice());
  }

  /** A lever's display value at slider position k (Python's, exactly). */
  shown(i, k) {
    return this.a[`shown_${this.h.levers[i].name}`][k];
  }

  /** Position ``k`` of lever ``i`` as the page's language counts it (亿元 in Chinese: ``factor``). */
  said(i, k) {
    const l = this.h.levers[i];
    return (this.shown(i, k) * l.factor).toFixed(l.decimals);
  }

  // ---- the model
  leverValues(positions) {
    return this.h.levers.map((l, i) => this.a[`lever_${l.name}`][positions[i]]);
  }

  run(positions) {
    const h = this.h;
    const inp = this.a.inp.slice();
    this.leverValues(positions).forEach((v, i) => { inp[h.levers[i].col] = v; });
    const out = new Float64Array(h.saved * h.nOut);
    kernel(h.steps, h.dt, h.saveEvery, inp, 1, this.a.at, this.a.value, this.a.ramp, this.a.bounds, out);
    return out;
  }

  column(out, o) {
    const h = this.h;
    const c = new Float64Array(h.saved);
    for (let t = 0; t < h.saved; t++) c[t] = out[t * h.nOut + o];
    return c;
  }

  refColumn(o) {
    const h = this.h;
    const j = this.refCol.get(o);
    const n = h.used.length;
    const c = new Float64Array(h.saved);
    for (let t = 0; t < h.saved; t++) c[t] = this.a.ref[t * n + j];
    return c;
  }

  recompute() {
    const start = this.t0 || performance.now();
    this.t0 = 0;
    this.out = this.run(this.pos);
    this.draw();
    this.draws += 1;
    this.lastDraw = performance.now();
    const ms = this.lastDraw - start;
    this.timings.push(ms);
    if (this.timings.length > 200) this.timings.shift();
    this.root.dataset.draws = String(this.draws);
  }

  // ---- bands
  startWorker() {
    const h = this.h;
    if (!h.draws || !this.a.draws) {
      if (this.worker) { this.worker.terminate(); this.worker = null; }
      return;
    }
    if (!this.worker) {
      this.worker = makeWorker();
      if (!this.worker) return;
      this.worker.onmessage = (e) => {
        if (e.data.seq !== this.bandSeq) return;
        this.bands = e.data;
        this.bandsAt = this.bandAsked;
        this.root.dataset.bands = String(e.data.seq);
        this.draw();
      };
    }
    this.worker.postMessage({
      type: "draws", inputs: this.a.draws, n: h.draws, nIn: h.nIn, nOut: h.nOut, saved: h.saved, used: h.used,
      steps: h.steps, dt: h.dt, saveEvery: h.saveEvery, at: this.a.at, value: this.a.value, ramp: this.a.ramp, bounds: this.a.bounds,
    });
  }

  requestBands() {
    if (!this.worker) return;
    this.bandSeq += 1;
    this.bandAsked = this.pos.join(",");
    this.worker.postMessage({ type: "levers", seq: this.bandSeq, cols: this.h.levers.map((l) => l.col), values: this.leverValues(this.pos) });
  }

  bandColumn(which, o) {
    const h = this.h;
    const j = this.refCol.get(o);
    return this.bands[which].subarray(j * h.saved, (j + 1) * h.saved);
  }

  // ---- drawing
  draw() {
    if (!this.out) return;
    const h = this.h;
    h.kpis.forEach((k, i) => {
      const v = kpiValue(k, this.column(this.out, k.out));
      const r = kpiValue(k, this.refColumn(k.out));
      const d = fmtDelta(v - r, k.deltaUnit);
      const node = this.numbers[i];
      node.value.textContent = fmtNumber(v);
      node.delta.textContent = `${d.text} ${h.texts.live_vs}`;
      const good = k.higher === null ? 0 : d.sign * (k.higher ? 1 : -1);
      node.delta.dataset.tone = good > 0 ? "good" : good < 0 ? "bad" : "neutral";
      node.value.dataset.value = String(v);
      node.delta.dataset.value = String(v - r);
    });
    this.summary.textContent = this.summaryText();
    const rebuilt = this.slotNodes.map((s, i) => this.drawSlot(i));
    this.drawStyles();
    this.resize(rebuilt.some(Boolean));
  }

  summaryText() {
    const h = this.h;
    const T = h.texts;
    const actions = [];
    h.levers.forEach((l, i) => {
      if (this.pos[i] === l.preset) return;
      const unit = unitText(l.unit);
      actions.push(`${l.label} ${this.said(i, l.preset)} → ${this.said(i, this.pos[i])}${unit}`);
    });
    if (!actions.length) return T.live_summary_none;
    const outcomes = h.kpis.map((k) => {
      const d = kpiValue(k, this.column(this.out, k.out)) - kpiValue(k, this.column(this.presetOut, k.out));
      return `${k.label} ${fmtDelta(d, k.deltaUnit).text}`;
    });
    const list = h.lang.startsWith("zh") ? "，" : ", ";
    return T.live_summary_did.replace("{actions}", actions.join(list)).replace("{outcomes}", outcomes.join(list)).replace("{date}", h.atDate);
  }

  chartSize() {
    // as wide as its slot; as tall as the window leaves below the plot's top, less the legend
    // under it (the taller of the two slots'), within 200-560 px
    const meeting = !!this.h.meeting;
    const width = Math.max(260, Math.floor(this.slotNodes[0].box.clientWidth || 560));
    const top = Math.max(...this.slotNodes.map((s) => s.plot.getBoundingClientRect().top));
    const legend = Math.max(...this.slotNodes.map((s) => s.legend.getBoundingClientRect().height));
    const styles = this.styles.getBoundingClientRect().height || (meeting ? 26 : 20);
    const room = window.innerHeight - top - legend - styles - (meeting ? 16 : 12);
    const height = Math.round(Math.min(meeting ? 560 : 460, Math.max(200, room)));
    return { width, height };
  }

  resize(force = true) {
    if (!this.h) return;
    const { width, height } = this.chartSize();
    for (const p of this.plots) {
      if (p && (force || Math.abs(p.width - width) > 2 || Math.abs(p.height - height) > 2)) p.setSize({ width, height });
    }
  }

  /** One key to the line styles under both charts: the scenario solid, the reference dashed, the band. */
  drawStyles() {
    const h = this.h;
    const text = `${h.labels.current}|${h.labels.reference}|${h.draws > 0}`;
    if (this.styles.dataset.key === text) return;
    this.styles.dataset.key = text;
    this.styles.textContent = "";
    this.styles.appendChild(el("span", { class: "key" }, el("i", { class: "line solid" }), el("span", { text: h.labels.current })));
    this.styles.appendChild(el("span", { class: "key" }, el("i", { class: "line dashed" }), el("span", { text: h.labels.reference })));
    if (h.draws > 0) this.styles.appendChild(el("span", { class: "key" }, el("i", { class: "band" }), el("span", { text: h.texts.live_legend_band })));
  }

  drawSlot(i) {
    const h = this.h;
    const key = this.slots[i];
    const chart = h.charts.find((c) => c.key === key) || h.charts[0];
    const node = this.slotNodes[i];
    if (node.select.value !== chart.key) node.select.value = chart.key;
    node.axis.textContent = chart.axis;
    const x = h.dates.map((ms) => ms / 1000);
    const data = [x];
    // the band series are there whenever the page has bands (the plot keeps its shape); they are
    // drawn only while they belong to the levers as shown (not while a slider moves past them)
    const bands = h.draws > 0;
    const current = !!this.bands && this.bandsAt === this.pos.join(",");
    for (const s of chart.series) data.push(Array.from(this.column(this.out, s.out), (v) => v * chart.scale));
    for (const s of chart.series) data.push(Array.from(this.refColumn(s.out), (v) => v * chart.scale));
    if (bands) {
      const none = new Array(h.saved).fill(null);
      for (const s of chart.series) {
        data.push(current ? Array.from(this.bandColumn("p90", s.out), (v) => v * chart.scale) : none);
        data.push(current ? Array.from(this.bandColumn("p10", s.out), (v) => v * chart.scale) : none);
      }
    }
    const shape = `${chart.key}|${bands}|${h.lang}|${h.meeting}`;
    const rebuilt = this.plotKeys[i] !== shape || !this.plots[i];
    if (rebuilt) {
      if (this.plots[i]) this.plots[i].destroy();
      node.plot.textContent = "";
      node.legend.textContent = "";
      for (const s of chart.series) {
        node.legend.appendChild(el("span", { class: "key" }, el("i", { class: "swatch", style: `background:${s.color}` }), el("span", { text: s.label })));
      }
      this.plots[i] = new uPlot(this.plotOptions(chart, bands), data, node.plot);
      this.plotKeys[i] = shape;
      node.plot.setAttribute("role", "img");
    } else {
      this.plots[i].setData(data);
    }
    this.slotDone(node, chart, data);
    return rebuilt;
  }

  slotDone(node, chart, data) {
    const h = this.h;
    node.plot.setAttribute("aria-label", `${chart.title} (${chart.axis}), ${h.dates.length - 1} ${h.texts.live_at} ${h.atDate}`);
    node.plot.dataset.series = JSON.stringify(data.slice(1, 1 + chart.series.length).map((c) => c[c.length - 1]));
  }

  plotOptions(chart, bands) {
    const h = this.h;
    const meeting = !!h.meeting;
    const font = meeting ? "18px sans-serif" : "13px sans-serif";
    const { width, height } = this.chartSize();
    const series = [{}];
    for (const s of chart.series) series.push({ label: s.label, stroke: s.color, width: meeting ? 3.5 : 2.5, points: { show: false } });
    for (const s of chart.series) series.push({ label: `${s.label} (${h.labels.reference})`, stroke: s.color, width: meeting ? 2 : 1.5, dash: [6, 4], alpha: 0.8, points: { show: false } });
    const bandList = [];
    if (bands) {
      chart.series.forEach((s, k) => {
        series.push({ label: "p90", stroke: "transparent", width: 0, points: { show: false } });
        series.push({ label: "p10", stroke: "transparent", width: 0, points: { show: false } });
        const hi = 1 + 2 * chart.series.length + 2 * k;
        bandList.push({ series: [hi, hi + 1], fill: `${s.color}2e` });
      });
    }
    const axis = { font, stroke: "#222", grid: { stroke: "#e3e3e3" }, ticks: { stroke: "#bbb" } };
    return {
      width,
      height,
      series,
      bands: bandList,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: true } },
      axes: [
        { ...axis, size: meeting ? 44 : 34, values: (u, ticks) => ticks.map((t) => String(new Date(t * 1000).getUTCFullYear())), space: meeting ? 90 : 60 },
        { ...axis, size: meeting ? 78 : 58, values: (u, ticks) => ticks.map((t) => fmtAxis(t)) },
      ],
    };
  }
}

/** A lever's unit after its number: "0.6%" (as the sliders always wrote it), "33.4 RMB bn/yr". */
function unitText(unit) {
  return !unit ? "" : unit === "%" ? "%" : ` ${unit}`;
}

function fmtAxis(v) {
  const a = Math.abs(v);
  const d = a === 0 ? 0 : a < 1 ? 2 : a < 10 ? 1 : 0;
  return v.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }).replace("-", "−");
}

/** Called by loader.js with the payload decoded (its header, and its arrays from this payload or
 *  kept from an earlier one); returns what removes the panel. */
export default function (component, h, a) {
  const root = component.parentElement.querySelector(".live");
  if (!root) return undefined;
  let panel = PANELS.get(root);
  if (!panel) {
    panel = new Panel(root);
    PANELS.set(root, panel);
  }
  // settled moves go back through the small element ui/live.py `sync` mounts in a fragment of its
  // own (window.flywheelSync), so that Python reruns only that, not this panel
  panel.send = {
    state: (k, v) => window.flywheelSync && window.flywheelSync.state(k, v),
  };
  try {
    panel.load(h, a);
  } catch (err) {
    root.dataset.state = "error";
    console.error("live panel", err);
  }
  window.flywheelLive = panel;
  return () => {
    panel.destroy();
    PANELS.delete(root);
  };
}
