//! The Yew shell: renders the core's `State` and dispatches typed `Action`s to its reducer.
//! It owns the browser edges only: mounting, the URL fragment, focus, print and clipboard.

mod exit;
mod explainer;
mod fields;
mod guide;
mod host;
#[cfg(feature = "trainer")]
mod map;
mod outcome;
mod question;
mod summary;
#[cfg(feature = "trainer")]
mod trainer;
#[cfg(feature = "trainer")]
mod trainer_texts;

pub use exit::ShiftCount;
pub use fields::{text_field, TextFieldProps};
pub use host::{auto_mount, mount, Handle};

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::rules::content::chrome;
use crate::rules::content::questions::REGIONS;
use crate::rules::dates::ymd;
use crate::rules::facts::{write_fragment, Page, V};
use crate::rules::render::cites;
use crate::rules::text::{Audience, Lang, PackFile, Packs, Say, Voice};
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

/// A fragment to write once its screen is painted. `history.pushState` costs a plain Chromium
/// 0.3 ms at the median but 10–28 ms now and then (each DOM call timed in the page, with no
/// debugger attached; ARCHITECTURE.md, "Where an answer's time goes"), so the
/// widget writes the URL after the frame that shows the new screen (a `requestAnimationFrame`
/// callback runs just before that frame is painted, a timeout set from it runs after), never
/// between a reader's answer and its screen. The URL follows within a frame.
struct FragmentWrite {
    frag: String,
    replace: bool,
}

fn after_next_paint(pending: Rc<RefCell<Option<FragmentWrite>>>, url_seen: Rc<RefCell<String>>) {
    let Some(w) = web_sys::window() else { return flush_fragment(&pending, &url_seen) };
    // A hidden page may get no frame for a while: the URL follows within 100 ms regardless.
    let (p, u) = (pending.clone(), url_seen.clone());
    later(100, Box::new(move || flush_fragment(&p, &u)));
    let after =
        js_once(Box::new(move |_| later(0, Box::new(move || flush_fragment(&pending, &url_seen))))).into_js_value();
    let _ = w.request_animation_frame(after.unchecked_ref());
}

/// A JavaScript function that calls `f` once. Every one-shot callback of the widget is this one
/// type, boxed, so wasm-bindgen's closure glue is instantiated once, not once per closure. Hand
/// it to JavaScript with `into_js_value`, or `forget` it after `then2`: what `f` captured is
/// dropped when it runs, the closure itself when JavaScript collects it.
pub(crate) fn js_once(f: Box<dyn FnOnce(wasm_bindgen::JsValue)>) -> JsOnce {
    wasm_bindgen::closure::Closure::once(f)
}

/// See [`js_once`].
pub(crate) type JsOnce = wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue)>;

/// Run `f` after `ms` milliseconds (gloo's `Timeout`, one instantiation for every use).
pub(crate) fn later(ms: u32, f: Box<dyn FnOnce()>) {
    gloo::timers::callback::Timeout::new(ms, f).forget();
}

/// Run `f` in a task of its own, right after the current one: a `MessageChannel` message (a
/// timeout may wait a second in a background tab; boot.js yields the same way).
pub(crate) fn next_task(f: Box<dyn FnOnce()>) {
    let Ok(channel) = web_sys::MessageChannel::new() else { return f() };
    let run = js_once(Box::new(move |_| f())).into_js_value();
    channel.port1().set_onmessage(Some(run.unchecked_ref()));
    if channel.port2().post_message(&wasm_bindgen::JsValue::NULL).is_err() {
        channel.port1().set_onmessage(None);
    }
}

/// Write the waiting fragment, unless the URL has moved on since it was read (back/forward).
fn flush_fragment(pending: &RefCell<Option<FragmentWrite>>, url_seen: &RefCell<String>) {
    let Some(w) = pending.borrow_mut().take() else { return };
    if location_hash() != *url_seen.borrow() {
        return;
    }
    sync_fragment(&w.frag, w.replace);
    *url_seen.borrow_mut() = location_hash();
}

/// The text packs loaded so far (compared by identity: a new load is a new `Rc`).
#[derive(Clone)]
pub struct PacksRc(pub Rc<Packs>);
impl PartialEq for PacksRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Everything a view needs from the root: the state, a dispatcher, the id prefix and the reader's
/// voice (language, audience, packs).
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub store: UseReducerHandle<Store>,
    pub id_prefix: AttrValue,
    /// Whether this widget owns the URL fragment (else its links act inside the widget only).
    pub sync_url: bool,
    /// The widget's number on the page (0 for the first).
    pub instance: u32,
    pub lang: Lang,
    pub audience: Audience,
    pub packs: PacksRc,
}

/// How long after a screen appeared a click that continues a click series is not taken as a
/// choice on that screen: a common double-click time.
const SETTLE_MS: f64 = 500.0;

/// Whether a click is the second (or later) click of a series that began on the screen before,
/// which appeared `since` (`js_sys::Date::now()`) under the pointer: the exit bar that sticks
/// where the view switch was, or "Börja om", "Tillbaka" or "Avbryt ändring" where a question's
/// "Fortsätt" (or an answer's "Ändra") was. Later, every
/// click counts, however many came before (a person with a long double-click time, or one who
/// missed the button at first); a key gives no click count.
pub(crate) fn continues_click_series(e: &MouseEvent, since: f64) -> bool {
    e.detail() >= 2 && js_sys::Date::now() - since < SETTLE_MS
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
    /// The reader's voice.
    pub fn v(&self) -> Voice<'_> {
        Voice::new(self.lang, self.audience, &self.packs.0)
    }
    /// A text for this reader ("" where it is hidden from citizens), owned: for `html!`.
    pub fn tx(&self, s: &Say) -> String {
        self.text(s).to_string()
    }
    /// [`Ctx::tx`] borrowed, for markup and formatting: no copy of the text.
    pub fn text<'a>(&'a self, s: &'a Say) -> &'a str {
        self.v().text(s)
    }
    pub fn citizen(&self) -> bool {
        self.audience == Audience::Citizen
    }
    /// "(Källa: S1 3.3)" in the reader's language; for citizens the document named in words.
    pub fn cite(&self, c: &[crate::rules::sources::Cite]) -> Html {
        html! { <span class="sg-cite">{self.cite_text(c)}</span> }
    }
    /// [`Ctx::cite`] written into markup (`crate::markup`), for the views built as one string.
    pub fn cite_into(&self, m: &mut crate::markup::Markup, c: &[crate::rules::sources::Cite]) {
        m.el("span", &[("class", Some("sg-cite"))], &self.cite_text(c));
    }
    /// The text of [`Ctx::cite`].
    pub fn cite_text(&self, c: &[crate::rules::sources::Cite]) -> String {
        let list = if self.citizen() {
            let v = self.v();
            c.iter().map(|c| c.plain(&v)).collect::<Vec<_>>().join("; ")
        } else {
            cites(c)
        };
        format!("({}: {})", self.tx(&chrome::SOURCE), list)
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
    /// A link to a page of the widget with these facts: a plain `href` (a widget that does not
    /// own the URL follows it through its root's one click handler, [`on_root_click`]).
    pub fn link(&self, page: Page, facts: &crate::rules::Facts, text: String, current: bool) -> Html {
        html! { <a href={link_href(page, facts)} aria-current={current.then_some("page")}>{text}</a> }
    }
}

/// The `href` of a link to a page of the widget with these facts (`#/guide?…`).
pub fn link_href(page: Page, facts: &crate::rules::Facts) -> String {
    format!("#{}", write_fragment(page, facts))
}

/// The one click handler on a widget's root, for the controls written as markup
/// (`crate::markup`), which carry no handler of their own:
/// - a button `data-sg-change="<question id>"` ("Ändra" in the answers) changes that answer;
/// - a button `data-sg-step="back"` ("Tillbaka"), `"cancel"` ("Avbryt ändring") or `"restart"`
///   ("Börja om") takes that step, unless the click continues a click series that began on the
///   screen before (`continues_click_series`);
/// - a click on one of the widget's own links (`href="#/…"`, from `html!` or markup alike) is
///   followed through the reducer instead of by the browser, in a widget that does not own the
///   page's fragment (a second widget on the page: the page's URL stays the first widget's) and
///   for a citizen (the fragment effect then replaces the history entry: no trail, invariant 7).
///   A click with a modifier key or another button than the main one is the browser's (a new
///   tab, a new window).
///
/// Only elements inside this widget count (a host's ancestors are never read), and an attribute
/// that names no question or no step is ignored.
fn on_root_click(
    store: UseReducerHandle<Store>,
    root: NodeRef,
    follow_links: bool,
    step_at: Rc<std::cell::Cell<f64>>,
) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(root) = root.cast::<Element>() else { return };
        let inside = |sel: &str| {
            let el = e.target().and_then(|t| t.dyn_into::<Element>().ok())?.closest(sel).ok().flatten()?;
            root.contains(Some(&el)).then_some(el)
        };
        if let Some(id) = inside("[data-sg-change]").and_then(|b| b.get_attribute("data-sg-change")) {
            if let Some(q) = crate::rules::content::questions::QUESTIONS.iter().find(|q| q.id == id) {
                store.dispatch(Action::Change(q.id));
            }
        } else if let Some(step) = inside("[data-sg-step]").and_then(|b| b.get_attribute("data-sg-step")) {
            // The second click of a double click on "Fortsätt" (or on "Ändra") can fall on the
            // next screen's "Börja om", "Tillbaka" or "Avbryt ändring": going back, cancelling
            // or throwing every answer away takes a click of its own.
            let action = match step.as_str() {
                "back" => Action::Back,
                "cancel" => Action::CancelChange,
                "restart" => Action::Restart,
                _ => return,
            };
            if !continues_click_series(&e, step_at.get()) {
                store.dispatch(action);
            }
        } else if follow_links && e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
            if let Some(href) = inside("a").and_then(|a| a.get_attribute("href")).filter(|h| h.starts_with("#/")) {
                e.prevent_default();
                store.dispatch(Action::Fragment(href));
            }
        }
    })
}

/// Where a text pack is: beside boot.js, named by `globalThis.__skyddsguide` (set by boot.js
/// before the wasm starts), else under its own name (`PackFile::name`) beside the glue.
fn pack_url(file: PackFile) -> Option<String> {
    let base = boot_setting("base")?.as_string()?;
    let (name, key) = file.name();
    let name = boot_setting(key).and_then(|v| v.as_string()).unwrap_or_else(|| name.into());
    Some(format!("{base}{name}"))
}

/// A field of `globalThis.__skyddsguide`, the settings boot.js sets before the wasm starts (the
/// packs' names, where they are, and `upgrade`, which hands the widgets to the trainer module).
fn boot_setting(name: &str) -> Option<wasm_bindgen::JsValue> {
    let conf = js_sys::Reflect::get(&js_sys::global(), &"__skyddsguide".into()).ok().filter(|v| v.is_object())?;
    js_sys::Reflect::get(&conf, &name.into()).ok().filter(|v| !v.is_undefined())
}

/// Fetch a text file (same origin) and hand its text, or `None`, to `done`.
fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    let Some(w) = web_sys::window() else { return done(None) };
    let done = Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |t: Option<String>| {
            if let Some(f) = done.borrow_mut().take() {
                f(t)
            }
        }
    };
    let ok = {
        let finish = finish.clone();
        js_once(Box::new(move |resp| {
            let resp: web_sys::Response = resp.unchecked_into();
            if !resp.ok() {
                return finish(None);
            }
            match resp.text() {
                Ok(p) => {
                    let on_text = {
                        let finish = finish.clone();
                        js_once(Box::new(move |t| finish(t.as_string())))
                    };
                    let on_err = {
                        let finish = finish.clone();
                        js_once(Box::new(move |_| finish(None)))
                    };
                    let _ = p.then2(&on_text, &on_err);
                    on_text.forget();
                    on_err.forget();
                }
                Err(_) => finish(None),
            }
        }))
    };
    let err = {
        let finish = finish.clone();
        js_once(Box::new(move |_| finish(None)))
    };
    let _ = w.fetch_with_str(url).then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// The packs loaded so far, those on their way, whether one failed, and whether the hand-over
/// to the trainer module failed: one reducer of the shell's own (each state type costs the wasm
/// its own copy of Yew's reducer code). A reducer, not a `use_state`: an answer that comes late (a
/// pack, the hand-over) changes the state as it is then, not as it was when the request left.
#[derive(Clone, PartialEq)]
pub(crate) struct Texts {
    packs: PacksRc,
    /// The files read, and those fetched but not yet come (sets of `PackFile::bit`).
    loaded: u8,
    pending: u8,
    /// A file could not be fetched (cleared when another fetch starts).
    failed: bool,
    hand_over_failed: bool,
}

/// What becomes of the packs and the hand-over.
#[cfg_attr(feature = "trainer", allow(dead_code))]
pub(crate) enum TextsAction {
    /// These files (a set of `PackFile::bit`) are being fetched.
    Loading(u8),
    Loaded(PackFile, String),
    Failed(PackFile),
    HandOverFailed,
}

impl Reducible for Texts {
    type Action = TextsAction;
    fn reduce(self: Rc<Self>, action: TextsAction) -> Rc<Self> {
        let mut t = (*self).clone();
        match action {
            TextsAction::Loading(files) => {
                t.pending |= files;
                t.failed = false;
            }
            TextsAction::Loaded(file, text) => {
                let mut next = (*t.packs.0).clone();
                next.read_file(file, &text);
                t.packs = PacksRc(Rc::new(next));
                t.pending &= !file.bit();
                t.loaded |= file.bit();
            }
            TextsAction::Failed(file) => {
                t.pending &= !file.bit();
                t.failed = true;
            }
            TextsAction::HandOverFailed => t.hand_over_failed = true,
        }
        Rc::new(t)
    }
}

/// What an effect of the widget depends on (`App`'s, the hand-over's, the unit's scenario file's,
/// the presenter's keys and the map's scroll): a number and a text, each effect packing its
/// dependencies into these. One type for every effect, and the effect boxed: Yew's effect code is
/// instantiated once, where each `use_effect_with` with its own dependency and closure types had
/// its own copy.
#[derive(Clone, PartialEq)]
pub(crate) struct Deps(pub u32, pub AttrValue);

/// What an effect leaves to run before its next run or the widget's end.
pub(crate) type Cleanup = Box<dyn FnOnce()>;

pub(crate) fn no_cleanup() -> Cleanup {
    Box::new(|| ())
}

/// `use_effect_with` for every effect of the widget: `effect` runs after the render in which
/// `deps` changed (and after the first), its cleanup before the next run and at the end.
#[hook]
pub(crate) fn use_effect_on(deps: Deps, effect: Box<dyn FnOnce() -> Cleanup>) {
    use_effect_with(deps, move |_| effect());
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let region = props.region;
    let sync = props.sync_url;
    let host_audience = props.audience;
    let store = use_reducer(move || {
        let s = State::new(today(), region).with_audience(host_audience);
        let hash = if sync { location_hash() } else { String::new() };
        Store(reduce(s, Action::Fragment(hash)))
    });
    let lang = store.0.lang(props.lang);
    let audience = store.0.audience(props.audience);
    let texts = use_reducer(|| Texts {
        packs: PacksRc(Rc::new(Packs::default())),
        loaded: 0,
        pending: 0,
        failed: false,
        hand_over_failed: false,
    });
    // Fetch the pack files this reader needs (`PackFile::needed`: English, the citizens' English,
    // or the citizens' Swedish) and has not read, all at once, once each. A complete (non-slim)
    // build has every text compiled in and needs none.
    {
        let texts = texts.clone();
        let deps =
            Deps((lang == Lang::En) as u32 | ((audience == Audience::Citizen) as u32) << 1, AttrValue::default());
        use_effect_on(
            deps,
            Box::new(move || {
                let want = PackFile::needed(lang, audience) & !texts.loaded & !texts.pending;
                if cfg!(feature = "slim") && want != 0 {
                    texts.dispatch(TextsAction::Loading(want));
                    for file in PackFile::in_set(want) {
                        let texts = texts.clone();
                        match pack_url(file) {
                            Some(url) => fetch_text(&url, move |text| match text {
                                Some(t) => texts.dispatch(TextsAction::Loaded(file, t)),
                                None => texts.dispatch(TextsAction::Failed(file)),
                            }),
                            None => texts.dispatch(TextsAction::Failed(file)),
                        }
                    }
                }
                no_cleanup()
            }),
        );
    }
    let ctx = Ctx {
        store: store.clone(),
        id_prefix: props.id_prefix.clone(),
        sync_url: sync,
        lang,
        audience,
        packs: texts.packs.clone(),
        instance: props.instance,
    };
    let root = use_node_ref();
    // The live region: its text is written straight into the element (the region has no Yew
    // children), so an announcement costs no second render of the whole widget.
    let live = use_node_ref();
    use_unit_scenarios(props.scenarios.clone(), store.clone());

    // For citizens the page title names no measure (what a title shows can be seen in history).
    {
        let citizen = audience == Audience::Citizen;
        use_effect_on(
            Deps(citizen as u32 | (sync as u32) << 1, AttrValue::default()),
            Box::new(move || {
                if citizen && sync {
                    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                        d.set_title("Skyddsguiden");
                    }
                }
                no_cleanup()
            }),
        );
    }
    // A trainer page in the first-load module: hand the widgets over to the trainer module.
    #[cfg(not(feature = "trainer"))]
    let () = host::use_hand_over(
        matches!(store.0.page, Page::Scenarios | Page::Scenario { .. } | Page::Graph),
        texts.dispatcher(),
    );
    // The citizen view's exit: Shift pressed three times leaves (the bar is `exit::exit_bar`,
    // which is told when the view began).
    let citizen_since = use_memo((), |_| std::cell::Cell::new(0.0));
    {
        let citizen = audience == Audience::Citizen;
        let since = citizen_since.clone();
        let url = props.exit_url.clone();
        use_effect_on(
            Deps(citizen as u32, url.clone()),
            Box::new(move || {
                let listener = citizen
                    .then(|| {
                        since.set(js_sys::Date::now());
                        exit::shift_three_times(url)
                    })
                    .flatten();
                Box::new(move || drop(listener))
            }),
        );
    }
    // `show(link)` from the host's JavaScript reaches this widget's reducer.
    {
        let dispatcher = store.dispatcher();
        let id = props.instance;
        use_effect_on(
            Deps(id, AttrValue::default()),
            Box::new(move || {
                host::register(id, Callback::from(move |a| dispatcher.dispatch(a)));
                no_cleanup()
            }),
        );
    }
    // Each outcome shown is announced to the host page as an `outcome` event on the mount element.
    {
        let root = root.clone();
        let shown = outcome_shown(&store.0);
        let state = store.clone();
        let deps = Deps(shown.is_some() as u32, shown.clone().map(AttrValue::from).unwrap_or_default());
        use_effect_on(
            deps,
            Box::new(move || {
                if shown.is_some() {
                    let host = root.cast::<Element>().and_then(|r| r.parent_element());
                    // After the frame that shows the outcome: the host's listeners and the event's
                    // serialisation never delay the reader's next screen.
                    if let Some(host) = host {
                        let state = state.0.clone();
                        later(0, Box::new(move || host::dispatch_outcome(&host, &state)));
                    }
                }
                no_cleanup()
            }),
        );
    }
    // The URL fragment this widget last read or wrote. When the URL has moved on since (back/
    // forward spam, a link followed while a render was pending), the state on screen is stale:
    // it must not write its fragment over the newer URL, whose hashchange is on its way.
    let url_seen = use_mut_ref(|| if sync { location_hash() } else { String::new() });
    // The fragment write waiting for the frame that shows its screen (see `FragmentWrite`).
    let pending: Rc<RefCell<Option<FragmentWrite>>> = use_mut_ref(|| None);
    // Back/forward and pasted links: the fragment is the situation.
    {
        let store = store.clone();
        let url_seen = url_seen.clone();
        let pending = pending.clone();
        use_effect_on(
            Deps(sync as u32, AttrValue::default()),
            Box::new(move || {
                let listener = sync.then(|| {
                    web_sys::window().map(|w| {
                        EventListener::new(&w, "hashchange", move |_| {
                            let hash = location_hash();
                            // A write still waiting for its frame is stale: the URL has moved on.
                            pending.borrow_mut().take();
                            *url_seen.borrow_mut() = hash.clone();
                            store.dispatch(Action::Fragment(hash))
                        })
                    })
                });
                Box::new(move || drop(listener))
            }),
        );
    }
    // The fragment follows the state (personal fields are not part of it). For citizens, who may
    // live under threat, each step replaces the history entry instead of adding one: no trail of
    // the questions in the browser history.
    {
        let frag = store.0.fragment();
        let first = use_mut_ref(|| true);
        let citizen = audience == Audience::Citizen;
        let instance = props.instance;
        use_effect_on(
            Deps(0, AttrValue::from(frag.clone())),
            Box::new(move || {
                host::note_fragment(instance, &frag);
                if sync {
                    let first = std::mem::replace(&mut *first.borrow_mut(), false);
                    if location_hash() == *url_seen.borrow() {
                        *pending.borrow_mut() = Some(FragmentWrite { frag, replace: first || citizen });
                        after_next_paint(pending.clone(), url_seen.clone());
                    }
                }
                // The next step (or an unmount) comes before the frame: this write goes first, so
                // every step keeps its history entry, in order.
                Box::new(move || flush_fragment(&pending, &url_seen))
            }),
        );
    }
    // Focus moves to the new question's or outcome's heading, and the change is announced; the
    // time the screen appeared is kept for the step buttons (`on_root_click`, `continues_click_series`).
    let step_at = use_memo((), |_| std::cell::Cell::new(0.0));
    {
        let root = root.clone();
        let live = live.clone();
        let first = use_mut_ref(|| true);
        let step = store.0.step;
        let ctx = ctx.clone();
        let step_at = step_at.clone();
        use_effect_on(
            Deps(step, AttrValue::default()),
            Box::new(move || {
                step_at.set(js_sys::Date::now());
                if std::mem::replace(&mut *first.borrow_mut(), false) {
                    return no_cleanup();
                }
                if let Some(el) = root.cast::<Element>().and_then(|r| r.query_selector("[data-focus]").ok().flatten()) {
                    if let Ok(h) = el.dyn_into::<HtmlElement>() {
                        let _ = h.focus();
                    }
                }
                if let Some(live) = live.cast::<Element>() {
                    let text = guide::announcement(&ctx);
                    if live.text_content().as_deref() != Some(text.as_str()) {
                        live.set_text_content(Some(&text));
                    }
                }
                no_cleanup()
            }),
        );
    }

    let on_click = on_root_click(ctx.store.clone(), root.clone(), !sync || audience == Audience::Citizen, step_at);
    let state = ctx.state();
    let region = state.situation().region();
    let on_region = ctx.cb(|e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::SetRegion(REGIONS.iter().find(|(r, _)| r.slug() == v).map(|(r, _)| *r).unwrap_or(V::Rjh))
    });
    let page = state.page.clone();
    let region_id = ctx.id("region");
    let other_lang = if lang == Lang::En { V::Sv } else { V::En };
    let other_audience = if audience == Audience::Citizen { V::Staff } else { V::Citizen };
    let lang_attr = if lang == Lang::En { "en" } else { "sv" };
    // Landmarks stay unique when a page holds several widgets.
    let nav_label = match props.instance {
        0 => AttrValue::from(ctx.tx(&chrome::NAV_LABEL)),
        n => AttrValue::from(format!("{} {}", ctx.text(&chrome::NAV_LABEL), n + 1)),
    };

    html! {
        <div class="sg" ref={root} lang={lang_attr} onclick={on_click}>
            if audience == Audience::Citizen {
                {exit::exit_bar(&ctx, &props.exit_url, citizen_since.clone())}
            }
            <header class="sg-header sg-no-print">
                <p class="sg-brand">{ctx.tx(&chrome::BRAND)}</p>
                <nav class="sg-nav" aria-label={nav_label.clone()}>
                    {ctx.link(Page::Guide, &state.facts, ctx.tx(&chrome::NAV_GUIDE), page == Page::Guide)}
                    {ctx.link(Page::Explain, &state.facts, ctx.tx(&chrome::NAV_EXPLAIN), page == Page::Explain)}
                    // Trainer mode is for staff and trainers: a citizen's view stays short.
                    if !ctx.citizen() {
                        {ctx.link(Page::Scenarios, &state.facts, ctx.tx(&crate::rules::trainer::texts::NAV_SCENARIOS), matches!(page, Page::Scenarios | Page::Scenario { .. }))}
                        {ctx.link(Page::Graph, &state.facts, ctx.tx(&crate::rules::trainer::texts::NAV_MAP), page == Page::Graph)}
                    }
                </nav>
                <div class="sg-switches">
                    <button type="button" class="sg-link-button" lang={if lang == Lang::En { "sv" } else { "en" }}
                        onclick={ctx.cb(move |_: MouseEvent| Action::SetLang(other_lang))}>{ctx.tx(&chrome::LANG_SWITCH)}</button>
                    <button type="button" class="sg-link-button"
                        onclick={ctx.cb(move |_: MouseEvent| Action::SetAudience(other_audience))}>{ctx.tx(&chrome::AUDIENCE_TO_CITIZEN)}</button>
                </div>
                <div class="sg-region">
                    <label for={region_id.clone()}>{ctx.tx(&chrome::REGION)}</label>
                    <select id={region_id} onchange={on_region}>
                        { for REGIONS.iter().map(|(v, name)| html! {
                            <option value={v.slug()} selected={*v == region}>{*name}</option>
                        }) }
                    </select>
                </div>
            </header>
            <div class="sg-visually-hidden" aria-live="polite" aria-atomic="true" ref={live}></div>
            if props.instance > 0 {
                <span class="sg-visually-hidden" id={ctx.id("instance")}>{nav_label.clone()}</span>
            }
            if !props.config_errors.is_empty() {
                <div class="sg-notice sg-config-errors sg-no-print" role="status">
                    <p>{"Sidan som visar Skyddsguiden har inställningar som inte kunde användas:"}</p>
                    <ul>{ for props.config_errors.iter().map(|e| html! { <li>{e.message()}</li> }) }</ul>
                </div>
            }
            {guide::link_errors(&ctx)}
            if texts.pending != 0 {
                <p class="sg-notice" role="status">{ctx.tx(&chrome::LOADING_TEXTS)}</p>
            } else if texts.failed {
                <p class="sg-notice" role="alert">{ctx.tx(&chrome::TEXTS_FAILED)}</p>
            }
            {
                match page {
                    Page::Explain => explainer::explainer(&ctx),
                    Page::Guide => guide::guide(&ctx),
                    #[cfg(feature = "trainer")]
                    Page::Scenarios => html! { <trainer::LibraryView ctx={ctx.clone()} /> },
                    #[cfg(feature = "trainer")]
                    Page::Scenario { .. } => html! { <trainer::Presenter ctx={ctx.clone()} /> },
                    #[cfg(feature = "trainer")]
                    Page::Graph => html! { <map::MapView ctx={ctx.clone()} /> },
                    // The first-load module has no trainer mode: it hands every widget on the page
                    // over to the trainer module (boot.js), which opens this same page.
                    #[cfg(not(feature = "trainer"))]
                    Page::Scenarios | Page::Scenario { .. } | Page::Graph => host::hand_over_notice(&ctx, texts.hand_over_failed),
                }
            }
        </div>
    }
}

/// Load the unit's scenario file named by the host page (`data-scenarios`), once: trainer mode's.
#[cfg(feature = "trainer")]
#[hook]
fn use_unit_scenarios(url: Option<AttrValue>, store: UseReducerHandle<Store>) {
    trainer::use_unit_scenarios(url, store)
}

/// Without trainer mode the unit's file is read by the trainer module, after the hand-over.
#[cfg(not(feature = "trainer"))]
#[hook]
fn use_unit_scenarios(_url: Option<AttrValue>, _store: UseReducerHandle<Store>) {}

/// The fragment of the outcome on screen, if the screen shows one (not while an answer is changed).
fn outcome_shown(s: &State) -> Option<String> {
    (s.page == Page::Guide && s.editing.is_none() && s.walk().open.is_none()).then(|| s.fragment())
}
