// Runs the browser-side kernel (ui/engine/kernel.mjs) on inputs written by the Python tests:
//   node tests/engine/run_kernel.mjs DIR
// DIR holds meta.json ({steps, dt, saveEvery, rows}) and the little-endian float64 arrays
// inp.f64, at.f64, value.f64, ramp.f64, bounds.f64; the output goes to DIR/out.f64 and the
// median milliseconds per run of `repeat` runs to DIR/time.json.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kernel, COLUMNS, OUTPUTS } from "../../ui/engine/kernel.mjs";

const dir = process.argv[2];
const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
const f64 = (name) => {
  const b = readFileSync(join(dir, name));
  return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
};
const inp = f64("inp.f64");
if (inp.length !== meta.rows * COLUMNS.length) throw new Error("inp has the wrong size");
const at = f64("at.f64"), value = f64("value.f64"), ramp = f64("ramp.f64");
const bounds = Int32Array.from(f64("bounds.f64"));
const nSaved = Math.floor(meta.steps / meta.saveEvery) + 1;
const out = new Float64Array(meta.rows * nSaved * OUTPUTS.length);
const times = [];
for (let r = 0; r < (meta.repeat || 1); r++) {
  const t0 = performance.now();
  kernel(meta.steps, meta.dt, meta.saveEvery, inp, meta.rows, at, value, ramp, bounds, out);
  times.push(performance.now() - t0);
}
writeFileSync(join(dir, "out.f64"), Buffer.from(out.buffer));
times.sort((a, b) => a - b);
writeFileSync(join(dir, "time.json"), JSON.stringify({ median_ms: times[Math.floor(times.length / 2)], runs: times.length }));
