// Types for Skyddsguiden's embed entry, boot.js (copied beside it into dist/, so
// `import { mount } from "./skyddsguiden/boot.js"` is typed without further setup).

/** Settings for one widget: the same as the mount element's data-* attributes. */
export interface SkyddsguideOptions {
  /** `data-region`: the region whose routines apply. Default "rjh". */
  region?: "rjh" | "jonkoping";
  /** `data-lang`: the language of the texts. Default "sv". */
  lang?: "sv" | "en";
  /** `data-audience`: staff wording or citizen wording. Default "staff". */
  audience?: "staff" | "citizen";
  /**
   * `data-exit-url`: where the citizen view's "exit quickly" goes: an http(s) URL or a path on
   * the host's site. Default "https://www.smhi.se/" (a neutral public page).
   */
  exitUrl?: string;
  /** `data-scenarios`: the URL of a unit's own scenario file (same origin under the strict CSP). */
  scenarios?: string;
}

/** What `mount` returns. */
export interface SkyddsguideHandle {
  /** Remove the widget from its element. Calling it again does nothing. */
  unmount(): void;
  /**
   * Open a scenario link: "#/guide?measure=seal&action=apply", "/guide?…" or a full URL with a
   * fragment. A bad link (or not a string) is reported inside the widget; it never throws.
   */
  show(link: string): void;
  /** Whether the widget is still mounted. */
  readonly mounted: boolean;
}

/**
 * Mount a widget on `element`. An unknown option or a bad value is named in a console warning and
 * in a notice inside the widget, and the default applies. Mounting on an element that already
 * holds a widget replaces that widget. Throws a TypeError only when `element` is not an Element.
 */
export function mount(element: Element, options?: SkyddsguideOptions): SkyddsguideHandle;

/** The `detail` of the `outcome` event dispatched (bubbling) on the mount element each time an outcome is shown. */
export interface SkyddsguideOutcome {
  /** The heading's stable id and the routine's Swedish staff title, whatever the reader's language and view. */
  heading: { id: string; title: string };
  kind: "routine" | "refusal" | "not-in-sources";
  /** "lock" | "seal" | "block" | "guardian" | "ombud", in order. */
  measures: string[];
  region: "rjh" | "jonkoping";
  /** The forms the routine uses: the exact title as the source spells it (null where it has none) and the recipient. */
  forms: { id: string; title: string | null; recipient: string }[];
  /** The scenario link of the situation ("#/guide?…"): it opens the same outcome. */
  link: string;
  /** Every source the outcome cites, with its version. */
  sources: { id: string; title: string; version: string }[];
}

declare global {
  // The event bubbles: a listener on the element, the document or the window sees it.
  interface HTMLElementEventMap {
    outcome: CustomEvent<SkyddsguideOutcome>;
  }
  interface DocumentEventMap {
    outcome: CustomEvent<SkyddsguideOutcome>;
  }
  interface WindowEventMap {
    outcome: CustomEvent<SkyddsguideOutcome>;
  }
}
