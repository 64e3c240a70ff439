//! The Yew shell: renders the core's `State` and dispatches typed `Action`s to its reducer.
//! It owns the browser edges only: mounting, the URL fragment, focus, print and clipboard.

mod explainer;
mod fields;
mod guide;
mod host;
mod outcome;
mod question;
mod summary;

pub use fields::{TextField, TextFieldProps};
pub use host::{auto_mount, install_panic_hook, mount, Handle};

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::rules::content::questions::REGIONS;
use crate::rules::dates::ymd;
use crate::rules::facts::{write_fragment, Page, K, V};
use crate::rules::{reduce, Action, State};

/// The thin `Reducible` adapter over the core reducer.
#[derive(Clone, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(reduce(self.0.clone(), action)))
    }
}

/// What the host page sets on the mount element (`data-*` attributes) or passes to `mount`.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub region: V,
    /// `data-lang` (`V::Sv` or `V::En`); a link's `lang` overrides it.
    pub lang: V,
    /// `data-audience` (`V::Staff` or `V::Citizen`); a link's `audience` overrides it.
    pub audience: V,
    /// Whether this widget owns the page's URL fragment (the first widget on a page does).
    pub sync_url: bool,
    /// A prefix that keeps element ids unique when a page holds several widgets.
    pub id_prefix: AttrValue,
    /// `data-exit-url` / `exitUrl`: where the citizen view's "exit quickly" goes.
    #[prop_or_default]
    pub exit_url: AttrValue,
    /// `data-scenarios` / `scenarios`: the URL of a unit's own scenario file.
    #[prop_or_default]
    pub scenarios: Option<AttrValue>,
    /// What was wrong with the host's settings (shown as a notice; the defaults applied).
    #[prop_or_default]
    pub config_errors: Rc<Vec<crate::rules::config::ConfigError>>,
    /// The widget's number in the mount registry (`host.rs`), for `show()` from JavaScript.
    #[prop_or_default]
    pub instance: u32,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            region: V::Rjh,
            lang: V::Sv,
            audience: V::Staff,
            sync_url: true,
            id_prefix: "sg0".into(),
            exit_url: crate::rules::config::DEFAULT_EXIT_URL.into(),
            scenarios: None,
            config_errors: Rc::default(),
            instance: 0,
        }
    }
}

/// Today's date from the browser clock (the core never reads a clock).
pub fn today() -> time::Date {
    let d = js_sys::Date::new_0();
    ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| ymd(2026, 1, 1).expect("a valid constant date"))
}

fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Write the fragment: a new history entry for a new step, a replacement for the first one.
fn sync_fragment(frag: &str, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    let want = format!("#{frag}");
    let current = location_hash();
    if current == want {
        return;
    }
    // On load, a host page's own anchor (#main) stays: the widget writes only its own fragments.
    if replace && !current.is_empty() && !current.starts_with("#/") {
        return;
    }
    let Ok(history) = w.history() else { return };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&want))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&want))
    };
}

/// Everything a view needs from the root: the state, a dispatcher and the id prefix.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub store: UseReducerHandle<Store>,
    pub id_prefix: AttrValue,
    /// Whether this widget owns the URL fragment (else its links act inside the widget only).
    pub sync_url: bool,
    /// The widget's number on the page (0 for the first).
    pub instance: u32,
}

impl Ctx {
    pub fn state(&self) -> &State {
        &self.store.0
    }
    pub fn dispatch(&self, a: Action) {
        self.store.dispatch(a);
    }
    pub fn cb<E: 'static>(&self, f: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let store = self.store.clone();
        Callback::from(move |e| store.dispatch(f(e)))
    }
    pub fn id(&self, s: &str) -> String {
        format!("{}-{}", self.id_prefix, s)
    }
    /// `aria-labelledby` for a landmark headed by `id`: in a second widget on the page the
    /// widget's name is added, so that landmarks stay unique ("Dina svar, Skyddsguiden 2").
    pub fn labelledby(&self, id: &str) -> String {
        if self.instance == 0 {
            self.id(id)
        } else {
            format!("{} {}", self.id(id), self.id("instance"))
        }
    }
    /// A link to a page of the widget with these facts. A widget that does not own the URL
    /// (a second one on the page) follows it itself instead of changing the page's fragment.
    pub fn link(&self, page: Page, facts: &crate::rules::Facts, text: &'static str, current: bool) -> Html {
        let frag = write_fragment(page, facts);
        let href = format!("#{frag}");
        let onclick = (!self.sync_url).then(|| {
            let store = self.store.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                store.dispatch(Action::Fragment(frag.clone()));
            })
        });
        html! { <a href={href} onclick={onclick} aria-current={current.then_some("page")}>{text}</a> }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let region = props.region;
    let sync = props.sync_url;
    let store = use_reducer(move || {
        let s = State::new(today(), region);
        let hash = if sync { location_hash() } else { String::new() };
        Store(reduce(s, Action::Fragment(hash)))
    });
    let ctx =
        Ctx { store: store.clone(), id_prefix: props.id_prefix.clone(), sync_url: sync, instance: props.instance };
    let root = use_node_ref();
    let announce = use_state(String::new);

    // `show(link)` from the host's JavaScript reaches this widget's reducer.
    {
        let dispatcher = store.dispatcher();
        use_effect_with(props.instance, move |id| {
            host::register(*id, Callback::from(move |a| dispatcher.dispatch(a)));
        });
    }
    // Each outcome shown is announced to the host page as an `outcome` event on the mount element.
    {
        let root = root.clone();
        let shown = outcome_shown(&store.0);
        let state = store.clone();
        use_effect_with(shown, move |shown| {
            if shown.is_some() {
                let host = root.cast::<Element>().and_then(|r| r.parent_element());
                if let Some(host) = host {
                    host::dispatch_outcome(&host, &state.0);
                }
            }
        });
    }
    // The URL fragment this widget last read or wrote. When the URL has moved on since (back/
    // forward spam, a link followed while a render was pending), the state on screen is stale:
    // it must not write its fragment over the newer URL, whose hashchange is on its way.
    let url_seen = use_mut_ref(|| if sync { location_hash() } else { String::new() });
    // Back/forward and pasted links: the fragment is the situation.
    {
        let store = store.clone();
        let url_seen = url_seen.clone();
        use_effect_with(sync, move |sync| {
            let listener = sync.then(|| {
                web_sys::window().map(|w| {
                    EventListener::new(&w, "hashchange", move |_| {
                        let hash = location_hash();
                        *url_seen.borrow_mut() = hash.clone();
                        store.dispatch(Action::Fragment(hash))
                    })
                })
            });
            move || drop(listener)
        });
    }
    // The fragment follows the state (personal fields are not part of it). For citizens, who may
    // live under threat, each step replaces the history entry instead of adding one: no trail of
    // the questions in the browser history.
    {
        let frag = store.0.fragment();
        let first = use_mut_ref(|| true);
        let citizen = store.0.facts.get(K::Audience).unwrap_or(props.audience) == V::Citizen;
        use_effect_with(frag, move |frag| {
            if sync {
                let first = std::mem::replace(&mut *first.borrow_mut(), false);
                if location_hash() != *url_seen.borrow() {
                    return;
                }
                sync_fragment(frag, first || citizen);
                *url_seen.borrow_mut() = location_hash();
            }
        });
    }
    // Focus moves to the new question's or outcome's heading, and the change is announced.
    {
        let root = root.clone();
        let announce = announce.clone();
        let first = use_mut_ref(|| true);
        let step = store.0.step;
        let store = store.clone();
        use_effect_with(step, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(el) = root.cast::<Element>().and_then(|r| r.query_selector("[data-focus]").ok().flatten()) {
                if let Ok(h) = el.dyn_into::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
            announce.set(guide::announcement(&store.0));
        });
    }

    let state = ctx.state();
    let region = state.situation().region();
    let on_region = ctx.cb(|e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::SetRegion(REGIONS.iter().find(|(r, _)| r.slug() == v).map(|(r, _)| *r).unwrap_or(V::Rjh))
    });
    let page = state.page;
    let region_id = ctx.id("region");
    // Landmarks stay unique when a page holds several widgets.
    let nav_label = match props.instance {
        0 => AttrValue::from("Skyddsguiden"),
        n => AttrValue::from(format!("Skyddsguiden {}", n + 1)),
    };

    html! {
        <div class="sg" ref={root} lang="sv">
            <header class="sg-header sg-no-print">
                <p class="sg-brand">{"Skyddsguiden"}</p>
                <nav class="sg-nav" aria-label={nav_label.clone()}>
                    {ctx.link(Page::Guide, &state.facts, "Frågeguide", page == Page::Guide)}
                    {ctx.link(Page::Explain, &state.facts, "Låsa, försegla, spärra: skillnaden", page == Page::Explain)}
                </nav>
                <div class="sg-region">
                    <label for={region_id.clone()}>{"Region"}</label>
                    <select id={region_id} onchange={on_region}>
                        { for REGIONS.iter().map(|(v, name)| html! {
                            <option value={v.slug()} selected={*v == region}>{*name}</option>
                        }) }
                    </select>
                </div>
            </header>
            <div class="sg-visually-hidden" aria-live="polite" aria-atomic="true">{(*announce).clone()}</div>
            if props.instance > 0 {
                <span class="sg-visually-hidden" id={ctx.id("instance")}>{nav_label.clone()}</span>
            }
            if !props.config_errors.is_empty() {
                <div class="sg-notice sg-config-errors sg-no-print" role="status">
                    <p>{"Sidan som visar Skyddsguiden har inställningar som inte kunde användas:"}</p>
                    <ul>{ for props.config_errors.iter().map(|e| html! { <li>{e.message()}</li> }) }</ul>
                </div>
            }
            <guide::LinkErrors ctx={ctx.clone()} />
            if state.facts.get(K::Lang).unwrap_or(props.lang) == V::En {
                <p class="sg-notice" lang="en">{"The English translation is not available yet. The guidance is shown in Swedish."}</p>
            }
            if state.facts.get(K::Audience).unwrap_or(props.audience) == V::Citizen {
                <p class="sg-notice">{"Texterna för invånare finns inte ännu. Här visas texterna för vårdpersonal."}</p>
            }
            {
                match page {
                    Page::Explain => html! { <explainer::Explainer ctx={ctx.clone()} /> },
                    Page::Guide => html! { <guide::Guide ctx={ctx.clone()} /> },
                }
            }
        </div>
    }
}

/// The fragment of the outcome on screen, if the screen shows one (not while an answer is changed).
fn outcome_shown(s: &State) -> Option<String> {
    (s.page == Page::Guide && s.editing.is_none() && s.walk().open.is_none()).then(|| s.fragment())
}

/// Show a short message in every widget instead of a dead page, whatever panicked.
pub fn show_panic_message() {
    host::each_mount_element(|el| {
        el.set_inner_html(
            "<div class=\"sg\"><p class=\"sg-panic\" role=\"alert\">Något gick fel i Skyddsguiden. Ladda om sidan för att börja om.</p></div>",
        );
    });
}
