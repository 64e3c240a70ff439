//! Component tests in headless Chromium (wasm-bindgen-test): the parts of the shell with logic of
//! their own — the validated text field and the question form's own validation.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use skyddsguide::ui::{text_field, App, AppProps, TextFieldProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Mount a widget that does not own the page's URL fragment, and let it render.
async fn mount_app(root: &Element, id_prefix: &'static str) {
    let props = AppProps { sync_url: false, id_prefix: id_prefix.into(), ..AppProps::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn field_props(problem: Option<&str>, seen: Rc<RefCell<Vec<String>>>) -> TextFieldProps {
    TextFieldProps {
        id: "t-pnr".into(),
        label: "Personnummer".into(),
        value: "19121212-1213".into(),
        hint: "ÅÅÅÅMMDD-NNNN".into(),
        problem: problem.map(AttrValue::from),
        warning: None,
        inputmode: None,
        oninput: Callback::from(move |v: String| seen.borrow_mut().push(v)),
        error_word: "Fel".into(),
        note_word: "Obs".into(),
    }
}

/// A root for `text_field`, which is a plain function, not a component.
#[derive(Properties, PartialEq)]
struct FieldHostProps {
    problem: Option<&'static str>,
    seen: Rc<RefCell<Vec<String>>>,
}

#[function_component(FieldHost)]
fn field_host(p: &FieldHostProps) -> Html {
    text_field(field_props(p.problem, p.seen.clone()))
}

#[wasm_bindgen_test]
async fn a_field_with_a_problem_says_so_and_keeps_the_value() {
    let root = container();
    let seen = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<FieldHost>::with_root_and_props(
        root.clone(),
        FieldHostProps { problem: Some("Kontrollsiffran stämmer inte."), seen },
    )
    .render();
    settle().await;
    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "19121212-1213");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("autocomplete").as_deref(),
        Some("off"),
        "no autofill history of a patient's fields"
    );
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(described.contains("t-pnr-hint") && described.contains("t-pnr-msg"), "{described}");
    let msg = root.query_selector("#t-pnr-msg").unwrap().expect("a message");
    assert_eq!(msg.text_content().unwrap(), "Fel: Kontrollsiffran stämmer inte.");
    let label = root.query_selector("label").unwrap().unwrap();
    assert_eq!(label.get_attribute("for").as_deref(), Some("t-pnr"));
}

#[wasm_bindgen_test]
async fn a_valid_field_has_no_message_and_reports_input() {
    let root = container();
    let seen = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<FieldHost>::with_root_and_props(root.clone(), FieldHostProps { problem: None, seen: seen.clone() })
        .render();
    settle().await;
    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert!(root.query_selector("#t-pnr-msg").unwrap().is_none());
    input.set_value("19121212-1212");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&ev).unwrap();
    settle().await;
    assert_eq!(seen.borrow().as_slice(), ["19121212-1212".to_string()]);
}

#[wasm_bindgen_test]
async fn the_question_form_asks_for_an_answer_before_going_on() {
    let root = container();
    mount_app(&root, "tq").await;
    let q = root.query_selector("[data-testid=question]").unwrap().expect("the first question");
    assert_eq!(q.get_attribute("data-question").as_deref(), Some("start"));
    let submit: HtmlElement = root.query_selector("button[type=submit]").unwrap().unwrap().dyn_into().unwrap();
    submit.click();
    settle().await;
    let err = root.query_selector(".sg-error").unwrap().expect("an error message");
    assert_eq!(err.text_content().unwrap(), "Välj ett av alternativen för att gå vidare.");
    let fieldset = root.query_selector("fieldset").unwrap().unwrap();
    assert_eq!(fieldset.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Choose, then go on: the next question opens and the message is gone.
    let label: HtmlElement = root.query_selector("label[for=tq-start-no-login]").unwrap().unwrap().dyn_into().unwrap();
    label.click();
    settle().await;
    assert!(root.query_selector(".sg-error").unwrap().is_none(), "choosing clears the message");
    let submit: HtmlElement = root.query_selector("button[type=submit]").unwrap().unwrap().dyn_into().unwrap();
    submit.click();
    settle().await;
    let q = root.query_selector("[data-testid=question]").unwrap().expect("the next question");
    assert_eq!(q.get_attribute("data-question").as_deref(), Some("by-lock"));
}

#[wasm_bindgen_test]
async fn a_widget_that_does_not_own_the_url_follows_its_links_itself() {
    let root = container();
    mount_app(&root, "tn").await;
    let hash_before = gloo::utils::window().location().hash().unwrap();
    let link: HtmlElement = root.query_selector("nav a:nth-child(2)").unwrap().unwrap().dyn_into().unwrap();
    assert!(link.get_attribute("href").unwrap().starts_with("#/explain"));
    link.click();
    settle().await;
    assert!(root.query_selector(".sg-explainer").unwrap().is_some(), "the explainer opens in this widget");
    assert_eq!(gloo::utils::window().location().hash().unwrap(), hash_before, "the page's fragment is untouched");
}

/// Shift three times within a second leaves; another key between, typing in a field, a held
/// (repeating) Shift, or a slow third press does not.
#[wasm_bindgen_test]
fn shift_three_times_and_only_then() {
    use skyddsguide::ui::ShiftCount;
    let mut c = ShiftCount::default();
    assert!(!c.feed("Shift", false, false, 0.0));
    assert!(!c.feed("Shift", false, false, 200.0));
    assert!(c.feed("Shift", false, false, 400.0), "the third Shift leaves");
    // Shift used as a modifier: Shift, A, Shift, Shift is not three in a row.
    let mut c = ShiftCount::default();
    for (k, t) in [("Shift", 0.0), ("A", 50.0), ("Shift", 100.0), ("Shift", 200.0)] {
        assert!(!c.feed(k, false, false, t), "{k} at {t}");
    }
    // Typing in a field never counts.
    let mut c = ShiftCount::default();
    for t in [0.0, 100.0, 200.0] {
        assert!(!c.feed("Shift", false, true, t));
    }
    // A held Shift repeats, and is one press.
    let mut c = ShiftCount::default();
    assert!(!c.feed("Shift", false, false, 0.0));
    assert!(!c.feed("Shift", true, false, 30.0));
    assert!(!c.feed("Shift", true, false, 60.0));
    // Too slow.
    let mut c = ShiftCount::default();
    assert!(!c.feed("Shift", false, false, 0.0));
    assert!(!c.feed("Shift", false, false, 1500.0));
    assert!(!c.feed("Shift", false, false, 3000.0));
}
