// Skyddsguiden's entry point, one of the two stable embed names (with style.css): serve it with
// `Cache-Control: no-cache`. It is a module file (no inline script, so a strict CSP holds) and
// loads the wasm and its JS glue from beside itself, whatever path the folder is served from.
// The build (scripts/hash.mjs) rewrites the file names below to this build's content-hashed
// files, so a browser never mixes an old wasm with a new glue file.
//
//   <script type="module" src=".../boot.js"></script>   mounts every [data-skyddsguide] element
//   import { mount } from ".../boot.js";                   mount(element, options) → { unmount(), show(link), mounted }
//
// Two modules: the first-load module (the guide, the explainer, the citizen's view; built
// without trainer mode) and the trainer module (everything, trainer mode included: the scenario
// library, presenter and map). A page opened on a trainer page loads the trainer module; when a
// trainer page is opened later, the first-load module calls `upgrade()`, which loads the trainer
// module and hands every widget over to it (same element, same settings, same screen).

const here = (name) => new URL(name, import.meta.url);
const TRAINER_PAGE = /^#\/(scenarios|graph)(\/|\?|$)/;

// Where the text packs are (the citizens' Swedish, English, the citizens' English: each fetched
// only by a reader who needs it; `text::PackFile` in the wasm names these fields). scripts/hash.mjs
// rewrites these names to this build's hashed ones, like the glue's.
globalThis.__skyddsguide = {
  base: here(".").href, textsSv: "texts-sv.txt", textsEn: "texts-en.txt", textsEnCitizen: "texts-en-citizen.txt", upgrade,
};

// The two modules' files, each a glue file and its wasm: loaded by `load`, and the files a trap
// of the widget's own comes from (`trapped`).
const MODULES = [
  { glue: "./skyddsguide.js", wasm: "skyddsguide_bg.wasm" },
  { glue: "./skyddsguide-trainer.js", wasm: "skyddsguide-trainer_bg.wasm" },
];

async function load(trainer) {
  const styled = trainer ? trainerStyles() : null;
  const files = MODULES[trainer ? 1 : 0];
  const m = await import(files.glue);
  await m.default({ module_or_path: here(files.wasm) });
  await styled;
  return m;
}

// Trainer mode's styles (the library, the presenter, the handout, the map) come with the trainer
// module: a reader who never opens a trainer page does not load them. Linked right after the
// widget's own stylesheet (style.css), so the cascade is the one a single stylesheet gave, and
// waited for (loaded or failed) before a widget renders a trainer page: no unstyled flash.
function trainerStyles() {
  const href = here("skyddsguide-trainer.css").href;
  const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')];
  if (sheets.some((l) => l.href === href)) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  const settled = new Promise((resolve) => {
    link.onload = link.onerror = resolve;
  });
  const widgetSheet = sheets.find((l) => /\/style\.css$/.test(l.href.split(/[?#]/)[0]));
  if (widgetSheet) widgetSheet.after(link);
  else document.head.append(link);
  return settled;
}

// The handles given out by `mount`: each follows its widget into the trainer module.
const handles = new Set();

// A panic in the widget's wasm is a trap, a `WebAssembly.RuntimeError` thrown out of the call
// into it: the release build aborts at once, with no hook and no message (scripts/env.sh,
// `release_std`). Its widgets are then dead, so each is replaced by a message asking for a
// reload (ARCHITECTURE.md, invariant 17). The trap is the widget's when its stack names one of the
// widget's own module files (the wasm's frames carry its URL in Chromium and Firefox; the glue's
// frame is there in every browser): a host's own wasm is left to the host. Only the widgets
// change: each widget's root is replaced, or a mount element that holds none yet gets the message.
const OWN = MODULES.flatMap((m) => [here(m.glue).href, here(m.wasm).href]);
// The page's body, when `autoMount` mounted the widget on it (a script tag and no [data-skyddsguide]).
let onBody = null;
function trapped(event) {
  const e = event.error ?? event.reason;
  const trap = globalThis.WebAssembly?.RuntimeError;
  if (!trap || !(e instanceof trap) || !OWN.some((u) => String(e.stack).includes(u))) return;
  const hosts = new Set([...document.querySelectorAll("[data-skyddsguide]"), ...[...handles].map((h) => h.element), onBody]);
  for (const host of hosts) {
    if (!host) continue;
    const box = document.createElement("div");
    const p = box.appendChild(document.createElement("p"));
    const en = document.createElement("span");
    box.className = "sg";
    box.lang = "sv";
    p.className = "sg-panic";
    p.setAttribute("role", "alert");
    en.lang = "en";
    en.textContent = "Something went wrong in Skyddsguiden. Reload the page to start over.";
    p.append("Något gick fel i Skyddsguiden. Ladda om sidan för att börja om. ", en);
    const roots = host.querySelectorAll(":scope > .sg");
    if (roots.length) roots.forEach((r, i) => (i ? r.remove() : r.replaceWith(box)));
    else if (host !== onBody) host.replaceChildren(box);
  }
}
addEventListener("error", trapped);
addEventListener("unhandledrejection", trapped);

let wasm = await load(TRAINER_PAGE.test(location.hash));
let upgrading = null;

/** Load the trainer module and hand every widget over to it (once; later calls share the promise). */
function upgrade() {
  upgrading ??= (async () => {
    const next = await load(true);
    const widgets = wasm.handOver();
    wasm = next;
    for (const w of widgets) {
      const inner = w.options === undefined ? next.mountFromAttributes(w.element) : next.mount(w.element, w.options);
      // The widget that owns the URL reads its screen from it; another is shown its own.
      if (!w.sync && w.link) inner.show(w.link);
      for (const h of handles) if (h.element === w.element && h.live) h.inner = inner;
    }
  })();
  return upgrading;
}

// Loaded by a script tag (not only imported): a page without any [data-skyddsguide] element
// gets the widget on its body, as the standalone page always did.
const byTag = [...document.querySelectorAll("script[src]")].some((s) => s.src === import.meta.url);
// The widget's first render runs in a task of its own, not in the one that finished compiling and
// instantiating the wasm: two shorter tasks instead of one long one, so the page stays responsive
// (Lighthouse's total blocking time, mobile, three alternating runs each: 90–128 ms against
// 155–212 ms). A MessageChannel where `scheduler.yield` is missing: a timeout could wait a second
// in a background tab.
await (globalThis.scheduler?.yield
  ? globalThis.scheduler.yield()
  : new Promise((resolve) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => resolve();
      c.port2.postMessage(0);
    }));
if (wasm.autoMount(byTag)) onBody = document.body;

/**
 * Mount a widget on `element`. See boot.d.ts for the options and the handle.
 * @param {Element} element
 * @param {object} [options]
 */
export function mount(element, options) {
  const inner = wasm.mount(element, options);
  // A widget mounted again on the same element replaces the old one: the old handle stays behind.
  for (const o of handles) if (o.element === element) { o.live = false; handles.delete(o); }
  const h = { element, inner, live: true };
  handles.add(h);
  return {
    unmount() {
      h.live = false;
      handles.delete(h);
      h.inner.unmount();
    },
    show(link) {
      // Not a string: a bad link, reported inside the widget (the glue would throw).
      h.inner.show(String(link));
    },
    get mounted() {
      return h.inner.mounted;
    },
  };
}
