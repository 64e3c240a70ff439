// Starts Skyddsguiden. Loaded as a module file (no inline script, so a strict CSP holds).
// The wasm, its JS glue and the text packs sit beside this file, whatever path the folder is
// served from.
const base = new URL(".", import.meta.url);
globalThis.__skyddsguide = { base: base.href, textsSv: "texts-sv.txt", textsEn: "texts-en.txt" };
const glue = await import(new URL("skyddsguide.js", base).href);
await glue.default({ module_or_path: new URL("skyddsguide_bg.wasm", base) });
