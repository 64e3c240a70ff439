//! The prefilled form summary: optional patient fields (validated, never stored or put in the
//! URL), the routine's own fields, and "Skriv ut" / "Kopiera som text".

use yew::prelude::*;

use super::outcome::OutcomeProps;
use super::{text_field, TextFieldProps};
use crate::rules::content::chrome;
use crate::rules::dates::iso;
use crate::rules::model::EndDate;
use crate::rules::render::summary_text;
use crate::rules::summary::{end_date_check, id_problem, summaries};
use crate::rules::Action;

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed(String),
}

#[function_component(FormSummaries)]
pub fn form_summaries(p: &OutcomeProps) -> Html {
    let ctx = &p.ctx;
    let s = ctx.state();
    let w = s.walk();
    let copy = use_state(|| CopyStatus::Idle);
    let o = &p.outcome;
    // The form summary is a staff document: citizens do not get one.
    if ctx.citizen() {
        return html! {};
    }
    let v = ctx.v();
    let list = summaries(o, &w, s, &v);
    if list.is_empty() {
        return html! {};
    }
    let needs_end = o.forms.iter().find_map(|f| match f.end_date {
        EndDate::Required { warn_months } => Some(warn_months),
        EndDate::None => None,
    });
    let today = iso(s.today);
    let text: String = list.iter().map(|sm| summary_text(sm, &today, &v)).collect::<Vec<_>>().join("\n");

    let pnr_problem = id_problem(s).map(|t| AttrValue::from(v.t(t).to_string()));
    let (end_problem, end_warning) = match needs_end {
        Some(warn) => {
            let (p, w) = end_date_check(s, warn, &v);
            (p.map(|t| AttrValue::from(v.t(t).to_string())), w.map(AttrValue::from))
        }
        None => (None, None),
    };

    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let on_copy = {
        let copy = copy.clone();
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                copy.set(CopyStatus::Failed(text.clone()));
                return;
            };
            let promise = clip.write_text(&text);
            let text = text.clone();
            when_settled(promise, move |ok| copy.set(if ok { CopyStatus::Copied } else { CopyStatus::Failed(text) }));
        })
    };

    // A field with no hint, message or input mode; the others add theirs by struct update.
    let field = |id: &str, label, value: &String, set: fn(String) -> Action| TextFieldProps {
        id: ctx.id(id).into(),
        label: ctx.tx(label).into(),
        value: value.clone().into(),
        hint: AttrValue::default(),
        problem: None,
        warning: None,
        autocomplete: AttrValue::default(),
        inputmode: None,
        oninput: ctx.cb(set),
        error_word: ctx.tx(&chrome::FIELD_ERROR).into(),
        note_word: ctx.tx(&chrome::FIELD_NOTE).into(),
    };
    html! {
        <div class="sg-summaries">
            <section class="sg-personal" aria-labelledby={ctx.labelledby("personal-title")}>
                <h2 id={ctx.id("personal-title")}>{ctx.tx(&chrome::PERSONAL_TITLE)}</h2>
                <p class="sg-hint">{ctx.tx(&chrome::PERSONAL_HINT)}</p>
                <div class="sg-fields">
                    {text_field(field("name", &chrome::FIELD_NAME, &s.personal.name, Action::SetName))}
                    {text_field(TextFieldProps {
                        hint: ctx.tx(&chrome::FIELD_ID_HINT).into(),
                        problem: pnr_problem,
                        inputmode: Some(AttrValue::Static("numeric")),
                        ..field("pnr", &chrome::FIELD_ID, &s.personal.id_number, Action::SetIdNumber)
                    })}
                    {text_field(field("decider", &chrome::FIELD_DECIDER, &s.form.decider_name, Action::SetDeciderName))}
                    if needs_end.is_some() {
                        {text_field(TextFieldProps {
                            hint: ctx.tx(&chrome::FIELD_END_HINT).into(),
                            problem: end_problem,
                            warning: end_warning,
                            inputmode: Some(AttrValue::Static("numeric")),
                            ..field("end", &chrome::FIELD_END, &s.form.end_date, Action::SetEndDate)
                        })}
                    }
                </div>
                <p class="sg-no-print">
                    <button type="button" class="sg-link-button" onclick={ctx.cb(|_: MouseEvent| Action::ClearPersonal)}>{ctx.tx(&chrome::CLEAR_PERSONAL)}</button>
                </p>
            </section>
            { for list.iter().enumerate().map(|(i, sm)| html! {
                <section class="sg-form-summary" data-testid="form-summary" key={i} aria-labelledby={ctx.labelledby(&format!("form-{i}"))}>
                    <h2 id={ctx.id(&format!("form-{i}"))}>
                        { match (sm.has_form, sm.title) {
                            (true, Some(t)) => html! { <>{format!("{}: ", ctx.tx(&chrome::SUMMARY_FORM))}<span class="sg-form-title" lang="sv">{format!("”{t}”")}</span></> },
                            (true, None) => html! { {ctx.tx(&chrome::SUMMARY_UNTITLED)} },
                            (false, _) => html! { {ctx.tx(&chrome::SUMMARY_DECISION)} },
                        } }
                    </h2>
                    if sm.title.is_none() { <p>{sm.description.clone()}</p> }
                    if sm.incomplete { <p class="sg-error">{ctx.tx(&chrome::SUMMARY_INCOMPLETE)}</p> }
                    <dl>
                        { for sm.fields.iter().map(|f| html! {
                            <div class={classes!("sg-summary-field", f.problem.is_some().then_some("sg-invalid"))}>
                                <dt>{v.text(f.label).to_string()}</dt>
                                <dd>
                                    {f.value.clone()}
                                    if !f.cite.is_empty() { {" "}{ctx.cite(&f.cite)} }
                                    if let Some(pb) = &f.problem { <span class="sg-error">{format!(" {}: {pb}", ctx.tx(&chrome::FIELD_ERROR))}</span> }
                                    if let Some(wn) = &f.warning { <span class="sg-warning">{format!(" {}: {wn}", ctx.tx(&chrome::FIELD_NOTE))}</span> }
                                </dd>
                            </div>
                        }) }
                    </dl>
                </section>
            }) }
            <p class="sg-actions sg-no-print">
                <button type="button" class="sg-button" onclick={on_print}>{ctx.tx(&chrome::PRINT)}</button>
                {" "}
                <button type="button" class="sg-button sg-secondary" onclick={on_copy}>{ctx.tx(&chrome::COPY)}</button>
            </p>
            <div class="sg-no-print" aria-live="polite">
                { match &*copy {
                    CopyStatus::Idle => html! {},
                    CopyStatus::Copied => html! { <p class="sg-confirm">{ctx.tx(&chrome::COPIED)}</p> },
                    CopyStatus::Failed(t) => html! {
                        <div>
                            <p class="sg-error">{ctx.tx(&chrome::COPY_FAILED)}</p>
                            <label for={ctx.id("copy-text")}>{ctx.tx(&chrome::COPY_TEXT)}</label>
                            <textarea id={ctx.id("copy-text")} readonly=true rows="12" value={t.clone()} />
                        </div>
                    },
                } }
            </div>
            <p class="sg-print-only sg-printed">{ctx.tx(&chrome::PRINTED_CHECK).replace("{date}", &today)}</p>
        </div>
    }
}

/// Wait for a promise and report whether it resolved, without pulling in an async runtime.
fn when_settled(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let ok = {
        let done = done.clone();
        wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(true)
            }
        })
    };
    let err = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}
