// The live panel's first step, the only script Streamlit sends with the element (ui/live.py).
//
// Python sends the panel's code (uPlot, the kernel, live.js) and its constant arrays (the inputs,
// the reference run, the draws, every lever position) once per page: a payload carries a part
// only when the page has not said it holds it.  This keeps the parts that came, by key, for as
// long as the page lives (the last KEEP of each), decodes the payload, imports the code once and
// hands the panel its header and arrays.  A payload without a part this page no longer holds asks
// Python for a whole one (the sync element's "need" state): the panel keeps what it showed.
// window.flywheelParts is what the page holds; the panel reports its keys with every move (`have`).

const KEEP = 6;
const PARTS = (window.flywheelParts ||= { code: new Map(), arrays: new Map(), modules: new Map(), ready: new Map(), asked: 0 });
const MOUNTS = new WeakMap(); // the element's root -> { token, cleanup }

function asBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data && data.buffer instanceof ArrayBuffer) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error("live panel: no payload");
}

const pad8 = (n) => n + ((8 - (n % 8)) % 8);

/** ui/live.py `payload`: "FWL1", uint32 header length, the header (JSON), zero padding to 8
 *  bytes, the code (UTF-8, `codeSize` bytes, padded to 8; none when 0), then the float64 arrays
 *  the header lists (none unless `static`). */
function decode(bytes) {
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (bytes.length < 8 || magic !== "FWL1") throw new Error("live panel: not a payload");
  const n = new DataView(bytes.buffer, bytes.byteOffset + 4, 4).getUint32(0, true);
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
  let offset = pad8(8 + n);
  let code = null;
  if (h.codeSize > 0) {
    code = new TextDecoder().decode(bytes.subarray(offset, offset + h.codeSize));
    offset = pad8(offset + h.codeSize);
  }
  let arrays = null;
  if (h.static) {
    arrays = {};
    for (const [name, size] of h.arrays) {
      arrays[name] = new Float64Array(bytes.slice(offset, offset + 8 * size).buffer);
      offset += 8 * size;
    }
  }
  return { h, code, arrays };
}

function keep(map, key, value) {
  map.delete(key);
  map.set(key, value);
  while (map.size > KEEP) map.delete(map.keys().next().value);
}

/** The panel's module for `key` (imported once; its code kept in PARTS.code). */
function moduleFor(key) {
  let found = PARTS.modules.get(key);
  if (!found) {
    const url = URL.createObjectURL(new Blob([`${PARTS.code.get(key)}\n//# sourceURL=flywheel-live-${key}.js`], { type: "text/javascript" }));
    found = import(url).finally(() => URL.revokeObjectURL(url));
    found.then((mod) => keep(PARTS.ready, key, mod), () => PARTS.modules.delete(key));
    keep(PARTS.modules, key, found);
  }
  return found;
}

/** Ask Python for a whole payload (through the sync element, once it is on the page). */
function ask(key, tries = 0) {
  if (window.flywheelSync) {
    PARTS.asked += 1;
    window.flywheelSync.state("need", { key, n: PARTS.asked });
  } else if (tries < 50) {
    setTimeout(() => ask(key, tries + 1), 200);
  }
}

/** The keys of the parts this page holds (what the panel reports with a move). */
window.flywheelHave = () => [...PARTS.code.keys(), ...PARTS.arrays.keys()];

export default function (component) {
  const root = component.parentElement.querySelector(".live");
  if (!root) return undefined;
  const mount = MOUNTS.get(root) || { token: 0, cleanup: null, codeKey: null };
  MOUNTS.set(root, mount);
  const token = ++mount.token;
  let parts;
  try {
    parts = decode(asBytes(component.data));
  } catch (err) {
    root.dataset.state = "error";
    console.error("live panel", err);
    return undefined;
  }
  const { h } = parts;
  if (parts.code !== null) keep(PARTS.code, h.codeKey, parts.code);
  if (parts.arrays !== null) keep(PARTS.arrays, h.staticKey, parts.arrays);
  const arrays = PARTS.arrays.get(h.staticKey);
  if (!PARTS.code.has(h.codeKey) || !arrays) {
    ask(h.codeKey + "/" + h.staticKey);
    return undefined;
  }
  const run = (mod) => {
    if (token !== mount.token) return; // a newer payload came while the code was imported
    if (mount.codeKey !== h.codeKey && mount.cleanup) mount.cleanup(); // another version's panel
    mount.codeKey = h.codeKey;
    mount.cleanup = mod.default(component, h, arrays) || null;
  };
  const ready = PARTS.ready.get(h.codeKey);
  if (ready) run(ready); // as a module's own element: drawn before this returns
  else moduleFor(h.codeKey).then(run, (err) => {
    root.dataset.state = "error";
    console.error("live panel", err);
  });
  // Streamlit calls this when the element goes, and also when a newer payload overtook this one
  // while it loaded: only a root that has left the page takes its panel with it
  return () => {
    setTimeout(() => {
      if (root.isConnected || !mount.cleanup) return;
      mount.cleanup();
      mount.cleanup = null;
      mount.codeKey = null;
    }, 0);
  };
}
