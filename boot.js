// Skyddsguiden's entry point, one of the two stable embed names (with style.css): serve it with
// `Cache-Control: no-cache`. It is a module file (no inline script, so a strict CSP holds) and
// loads the wasm and its JS glue from beside itself, whatever path the folder is served from.
// The build (scripts/hash.mjs) rewrites the two names below to this build's content-hashed
// files, so a browser never mixes an old wasm with a new glue file.
//
//   <script type="module" src=".../boot.js"></script>   mounts every [data-skyddsguide] element
//   import { mount } from ".../boot.js";                   mount(element, options) → { unmount(), show(link) }
import init, { mount as mountWidget, autoMount } from "./skyddsguide.js";

// Where the text packs are (English, the citizens' Swedish: fetched only by a reader who needs
// them). scripts/hash.mjs rewrites these names to this build's hashed ones, like the glue's.
globalThis.__skyddsguide = { base: new URL(".", import.meta.url).href, textsSv: "texts-sv.txt", textsEn: "texts-en.txt" };

await init({ module_or_path: new URL("skyddsguide_bg.wasm", import.meta.url) });

// Loaded by a script tag (not only imported): a page without any [data-skyddsguide] element
// gets the widget on its body, as the standalone page always did.
const byTag = [...document.querySelectorAll("script[src]")].some((s) => s.src === import.meta.url);
autoMount(byTag);

/**
 * Mount a widget on `element`. See boot.d.ts for the options and the handle.
 * @param {Element} element
 * @param {object} [options]
 */
export function mount(element, options) {
  return mountWidget(element, options);
}
