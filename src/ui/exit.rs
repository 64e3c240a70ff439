//! "Exit this page" for the citizen view (after GOV.UK's component): a visible button and Shift
//! pressed three times. Either hides the whole page at once and replaces the location with a
//! neutral page, so Back does not return here. What it does not do (erase history) is said once.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Ctx;
use crate::rules::content::chrome;

/// Hide everything now, then leave without a history entry.
pub fn leave(url: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Some(html) = w.document().and_then(|d| d.document_element()) {
        if let Ok(el) = html.dyn_into::<web_sys::HtmlElement>() {
            // CSSOM, not an inline style attribute: allowed under the strict CSP.
            let _ = el.style().set_property("visibility", "hidden");
        }
    }
    let _ = w.location().replace(url);
}

/// Whether a key event comes from a place where the person is typing.
fn typing(e: &web_sys::KeyboardEvent) -> bool {
    let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    let tag = t.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || t.closest("[contenteditable]").ok().flatten().is_some()
}

/// Counts Shift presses: three within a second, with no other key between and not while typing.
#[derive(Default)]
pub struct ShiftCount {
    count: u8,
    last: f64,
}

impl ShiftCount {
    /// Feed a keydown; true when the third Shift in a row arrives.
    pub fn feed(&mut self, key: &str, repeat: bool, typing: bool, now: f64) -> bool {
        if key != "Shift" || typing {
            self.count = 0;
            return false;
        }
        if repeat {
            return false;
        }
        self.count = if now - self.last <= 1000.0 { self.count + 1 } else { 1 };
        self.last = now;
        if self.count >= 3 {
            self.count = 0;
            return true;
        }
        false
    }
}

/// Shift pressed three times leaves: a listener on the document while the citizen view is shown
/// (`App` holds it in an effect; dropping it stops listening).
pub fn shift_three_times(url: AttrValue) -> Option<EventListener> {
    let counter = std::rc::Rc::new(std::cell::RefCell::new(ShiftCount::default()));
    let doc = web_sys::window().and_then(|w| w.document())?;
    Some(EventListener::new(&doc, "keydown", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if counter.borrow_mut().feed(&e.key(), e.repeat(), typing(e), js_sys::Date::now()) {
            leave(&url);
        }
    }))
}

/// The exit bar (a plain function, not a component: its one listener is `App`'s effect,
/// [`shift_three_times`]). `shown_at` is when the citizen view began (`js_sys::Date::now()`).
pub fn exit_bar(ctx: &Ctx, url: &AttrValue, shown_at: std::rc::Rc<std::cell::Cell<f64>>) -> Html {
    let onclick = {
        let url = url.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            // The second click of a double click whose first click opened the citizen view is no
            // choice to leave: the bar sticks where the switch was, under the pointer. Only just
            // after the bar appeared: later, every click on it leaves, however many came before
            // (a person with a long double-click time, or one who missed the button at first).
            // A first click on the bar has left already; a key gives no click count.
            if super::continues_click_series(&e, shown_at.get()) {
                return;
            }
            leave(&url);
        })
    };
    html! {
        <div class="sg-exit-bar sg-no-print">
            <a class="sg-exit" href={url.clone()} data-testid="exit" rel="nofollow noreferrer" {onclick}>{ctx.tx(&chrome::EXIT)}</a>
            <p class="sg-exit-note">{ctx.tx(&chrome::EXIT_NOTE)}</p>
        </div>
    }
}
