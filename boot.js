// Starts Skyddsguiden. Loaded as a module file (no inline script, so a strict CSP holds).
// The wasm and its JS glue sit beside this file, whatever path the folder is served from.
const base = new URL(".", import.meta.url);
const glue = await import(new URL("skyddsguide.js", base).href);
await glue.default({ module_or_path: new URL("skyddsguide_bg.wasm", base) });
