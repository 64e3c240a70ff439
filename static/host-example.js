// The example host page's own module (no inline script: the strict CSP holds). It mounts a second
// widget through the JavaScript API, opens scenario links in it, and logs each outcome shown.
import { mount } from "./boot.js";

const widget = mount(document.getElementById("api-widget"), { region: "jonkoping", audience: "staff" });

for (const a of document.querySelectorAll("a[data-show]")) {
  a.addEventListener("click", (e) => {
    e.preventDefault();
    widget.show(a.dataset.show);
  });
}

// The event bubbles: one listener hears both widgets. The detail never holds a personal field.
const log = document.getElementById("host-log");
document.addEventListener("outcome", (e) => {
  const forms = e.detail.forms.map((f) => f.title ?? "blankett utan titel").join(", ") || "ingen blankett";
  log.textContent = `${e.detail.heading.title} (${forms})`;
});

// For the page's tests and a curious developer: the handle of the second widget.
window.skyddsguideExample = { widget };
