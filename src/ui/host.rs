//! The host page's side: mounting on `[data-skyddsguide]` elements and through the JavaScript
//! `mount(element, options)`, the handle's `unmount()` and `show(link)`, the `outcome` event.
//! Nothing here panics on the host's input: bad settings become warnings and a notice.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::{App, AppProps};
use crate::rules::config::{option_for_attribute, Config, ConfigError, Raw, OPTIONS};
use crate::rules::event::OutcomeEvent;
use crate::rules::resolve::resolve;
use crate::rules::{Action, State};

struct Mounted {
    id: u32,
    el: Element,
    app: Option<yew::AppHandle<App>>,
    dispatch: Option<Callback<Action>>,
    /// A link given to `show()` before the widget's first render.
    pending: Option<String>,
    sync_url: bool,
    /// The `mount` options it was given (`None`: read from the element's `data-*` attributes).
    options: Option<JsValue>,
    /// The fragment of its state, as last rendered (what a hand-over carries to the next module).
    fragment: String,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// Called by each widget on its first render: from now on `show()` reaches its reducer.
pub(super) fn register(id: u32, dispatch: Callback<Action>) {
    let pending = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let w = m.iter_mut().find(|w| w.id == id)?;
        w.dispatch = Some(dispatch.clone());
        w.pending.take()
    });
    if let Some(link) = pending {
        dispatch.emit(Action::Fragment(link));
    }
}

/// Called by each widget whenever its state's fragment changes.
pub(super) fn note_fragment(id: u32, fragment: &str) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(w) = m.iter_mut().find(|w| w.id == id) {
                w.fragment = fragment.to_string();
            }
        }
    });
}

/// Send the `outcome` event for the outcome on screen (it bubbles, so a host may listen higher up).
pub(super) fn dispatch_outcome(host: &Element, s: &State) {
    let w = s.walk();
    let Some(o) = resolve(&w.path, s.today) else { return };
    let detail = OutcomeEvent::new(&o, &w.path);
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let Ok(detail) = serde::Serialize::serialize(&detail, &ser) else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict("outcome", &init) {
        let _ = host.dispatch_event(&e);
    }
}

/// One option's value as JavaScript gave it.
fn raw(v: &JsValue) -> Raw {
    if v.is_undefined() || v.is_null() {
        Raw::Absent
    } else if let Some(t) = v.as_string() {
        Raw::Text(t)
    } else if v.as_bool().is_some() {
        Raw::Other("boolean")
    } else if v.as_f64().is_some() {
        Raw::Other("number")
    } else if js_sys::Array::is_array(v) {
        Raw::Other("array")
    } else if v.is_function() {
        Raw::Other("function")
    } else {
        Raw::Other("object")
    }
}

/// Read a `mount` options object (undefined and null: no options). Its own enumerable properties
/// are read with `Object.entries`, not serde (which cost kilobytes of gzip: ARCHITECTURE.md).
fn read_options(options: &JsValue) -> (Config, Vec<ConfigError>) {
    if options.is_undefined() || options.is_null() {
        return Config::read([]);
    }
    if !options.is_object() || js_sys::Array::is_array(options) || options.is_function() {
        let (c, mut e) = Config::read([]);
        e.push(ConfigError::NotAnObject);
        return (c, e);
    }
    let pairs: Vec<(String, Raw)> = js_sys::Object::entries(options.unchecked_ref())
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            Some((entry.get(0).as_string()?, raw(&entry.get(1))))
        })
        .collect();
    Config::read(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
}

/// Read the mount element's `data-*` attributes (other attributes are the host's own business).
fn read_attributes(el: &Element) -> (Config, Vec<ConfigError>) {
    let pairs: Vec<(&str, Raw)> = OPTIONS
        .iter()
        .filter_map(|(_, attr)| {
            let v = el.get_attribute(attr)?;
            Some((option_for_attribute(attr)?, Raw::Text(v)))
        })
        .collect();
    Config::read(pairs)
}

fn do_mount(el: Element, (config, errors): (Config, Vec<ConfigError>), options: Option<JsValue>) -> u32 {
    for e in &errors {
        web_sys::console::warn_1(&e.console().into());
    }
    // An element that already holds a widget gets the new one in its place.
    let old = MOUNTED.with(|m| m.borrow().iter().find(|w| w.el == el).map(|w| w.id));
    if let Some(id) = old {
        unmount_id(id);
    }
    let id = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        let id = *n;
        *n += 1;
        id
    });
    // The first widget alive on the page owns the URL fragment; the others keep their own state.
    let sync_url = MOUNTED.with(|m| !m.borrow().iter().any(|w| w.sync_url));
    let props = AppProps {
        region: config.region,
        lang: config.lang,
        audience: config.audience,
        sync_url,
        id_prefix: format!("sg{id}").into(),
        exit_url: config.exit_url.into(),
        scenarios: config.scenarios.map(AttrValue::from),
        config_errors: Rc::new(errors),
        instance: id,
    };
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            id,
            el: el.clone(),
            app: None,
            dispatch: None,
            pending: None,
            sync_url,
            options,
            fragment: String::new(),
        })
    });
    // The widget renders in a task of its own: what comes before the render (the settings read,
    // and V8's first compile of the code that reads them) stays out of the render's task, the
    // longest of the load (ARCHITECTURE.md, "Where the load's time goes"). A `show` before then
    // waits in `pending`, like any show before the first render; an `unmount` leaves nothing to
    // render.
    super::next_task(Box::new(move || {
        // Unmounted, or mounted over, before its turn came: nothing to render.
        if !MOUNTED.with(|m| m.borrow().iter().any(|w| w.id == id)) {
            return;
        }
        // Replace the host's placeholder ("laddas…") with the widget (a page's body keeps its own).
        if el.tag_name() != "BODY" {
            el.set_inner_html("");
        }
        let app = yew::Renderer::<App>::with_root_and_props(el, props).render();
        MOUNTED.with(|m| {
            if let Some(w) = m.borrow_mut().iter_mut().find(|w| w.id == id) {
                w.app = Some(app);
            }
        });
    }));
    id
}

fn unmount_id(id: u32) {
    let taken = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().position(|w| w.id == id)?;
        Some(m.remove(i))
    });
    if let Some(w) = taken {
        if let Some(app) = w.app {
            app.destroy();
        }
        if w.el.tag_name() != "BODY" {
            w.el.set_inner_html("");
        }
    }
}

/// What `mount` returns: unmount the widget, or show it a scenario link.
#[wasm_bindgen]
pub struct Handle {
    id: u32,
}

#[wasm_bindgen]
impl Handle {
    /// Remove the widget from its element. A second call does nothing.
    pub fn unmount(&self) {
        unmount_id(self.id);
    }
    /// Open a scenario link (`#/guide?measure=seal&…`, `/guide?…` or a full URL with a fragment).
    /// A bad link is reported in the widget, like a bad link in the address bar; it never throws.
    pub fn show(&self, link: &str) {
        let body = link.split_once('#').map(|(_, f)| f).unwrap_or(link);
        let frag = if body.starts_with('/') { format!("#{body}") } else { format!("#/{body}") };
        let dispatch = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            let w = m.iter_mut().find(|w| w.id == self.id)?;
            match &w.dispatch {
                Some(d) => Some(d.clone()),
                None => {
                    w.pending = Some(frag.clone());
                    None
                }
            }
        });
        if let Some(d) = dispatch {
            d.emit(Action::Fragment(frag));
        }
    }
    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        MOUNTED.with(|m| m.borrow().iter().any(|w| w.id == self.id))
    }
}

/// The element to mount on, or the `TypeError` that `call` throws for anything else.
fn an_element(element: JsValue, call: &str) -> Result<Element, JsValue> {
    element
        .dyn_into::<Element>()
        .map_err(|_| js_sys::TypeError::new(&format!("Skyddsguiden: {call} needs a DOM element")).into())
}

/// Mount a widget on `element` with `options` (a plain object: `region`, `lang`, `audience`,
/// `exitUrl`, `scenarios`). An unknown option or a bad value is warned about in the console and
/// shown in the widget, and the default applies. Throws a `TypeError` only when `element` is not
/// an element.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<Handle, JsValue> {
    let el = an_element(element, "mount(element, options)")?;
    let config = read_options(&options);
    Ok(Handle { id: do_mount(el, config, Some(options)) })
}

/// Mount a widget on `element` with the settings of its `data-*` attributes (what `autoMount`
/// does for each element; boot.js uses it to hand such a widget over to the trainer module).
#[wasm_bindgen(js_name = mountFromAttributes)]
pub fn mount_from_attributes(element: JsValue) -> Result<Handle, JsValue> {
    let el = an_element(element, "mountFromAttributes(element)")?;
    let config = read_attributes(&el);
    Ok(Handle { id: do_mount(el, config, None) })
}

/// Hand every widget of this module over to another (boot.js, when a trainer page is opened in
/// the first-load module, which has no trainer mode): each widget is removed, and what the next
/// module needs to put it back is returned, in mounting order: `{ element, options, link, sync }`
/// (`options` undefined for a widget mounted from its attributes; `link` the fragment of its
/// state; `sync` whether it owned the page's URL). The personal fields are not carried: they never
/// leave the module that holds them.
#[wasm_bindgen(js_name = handOver)]
pub fn hand_over() -> js_sys::Array {
    let all = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    let out = js_sys::Array::new();
    for w in all {
        if let Some(app) = w.app {
            app.destroy();
        }
        let o = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            let _ = js_sys::Reflect::set(&o, &k.into(), v);
        };
        set("element", &w.el);
        set("options", &w.options.unwrap_or(JsValue::UNDEFINED));
        set("link", &JsValue::from_str(&w.fragment));
        set("sync", &JsValue::from_bool(w.sync_url));
        out.push(&o);
    }
    out
}

/// On a trainer page, the first-load module asks boot.js to load the trainer module and hand the
/// widgets over to it (`upgrade`); a failure is told to `texts` (`TextsAction::HandOverFailed`).
/// A hook of `App`'s, not a component of its own (each component costs the wasm its own copy of
/// Yew's lifecycle code).
#[cfg(not(feature = "trainer"))]
#[hook]
pub(super) fn use_hand_over(trainer_page: bool, texts: UseReducerDispatcher<super::Texts>) {
    use super::{no_cleanup, use_effect_on, Deps, TextsAction};
    let failed = move || texts.dispatch(TextsAction::HandOverFailed);
    use_effect_on(
        Deps(trainer_page as u32, AttrValue::default()),
        Box::new(move || {
            if !trainer_page {
                return no_cleanup();
            }
            let upgrade = super::boot_setting("upgrade")
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call0(&JsValue::UNDEFINED).ok())
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            match upgrade {
                Some(p) => yew::platform::spawn_local(async move {
                    if wasm_bindgen_futures::JsFuture::from(p).await.is_err() {
                        failed();
                    }
                }),
                None => failed(),
            }
            no_cleanup()
        }),
    );
}

/// What the first-load module shows on a trainer page: a notice while boot.js loads the trainer
/// module and hands the widgets over to it, or that it could not be loaded ([`use_hand_over`]).
#[cfg(not(feature = "trainer"))]
pub(super) fn hand_over_notice(ctx: &super::Ctx, failed: bool) -> Html {
    if failed {
        html! { <p class="sg-notice" role="alert">{ctx.tx(&crate::rules::content::chrome::TRAINER_FAILED)}</p> }
    } else {
        html! { <p class="sg-notice" role="status">{ctx.tx(&crate::rules::content::chrome::LOADING_TRAINER)}</p> }
    }
}

/// Mount on every `[data-skyddsguide]` element not yet mounted; with `fallback` (the page loaded
/// boot.js with a script tag and holds no such element), on the page's body. Returns whether it
/// mounted on the body (boot.js then knows where a widget's reload message goes).
#[wasm_bindgen(js_name = autoMount)]
pub fn auto_mount(fallback: bool) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let mut found = 0;
    if let Ok(nodes) = doc.query_selector_all("[data-skyddsguide]") {
        for i in 0..nodes.length() {
            let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            found += 1;
            if MOUNTED.with(|m| m.borrow().iter().any(|w| w.el == el)) {
                continue;
            }
            do_mount(el.clone(), read_attributes(&el), None);
        }
    }
    if found == 0 && fallback {
        if let Some(body) = doc.body() {
            do_mount(body.into(), Config::read([]), None);
            return true;
        }
    }
    false
}
