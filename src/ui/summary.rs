//! The prefilled form summary: optional patient fields (validated, never stored or put in the
//! URL), the routine's own fields, and "Skriv ut" / "Kopiera som text".

use crate::rules::text::Fill;
use yew::prelude::*;

use super::Ctx;
use super::{text_field, TextFieldProps};
use crate::markup::Markup;
use crate::rules::content::chrome;
use crate::rules::dates::iso;
use crate::rules::model::EndDate;
use crate::rules::render::summary_text;
use crate::rules::resolve::Outcome;
use crate::rules::summary::{end_date_check, id_problem, summaries, Summary};
use crate::rules::{Action, CopyStatus};

/// A plain function, not a component: what became of "Kopiera som text" is the reducer's
/// (`State::copy`, `Action::Copied`).
pub fn form_summaries(ctx: &Ctx, o: &Outcome) -> Html {
    let s = ctx.state();
    let w = s.walk();
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
        let store = ctx.store.clone();
        let text = text.clone();
        let step = s.step;
        Callback::from(move |_: MouseEvent| {
            let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                store.dispatch(Action::Copied { step, ok: false });
                return;
            };
            let store = store.clone();
            when_settled(clip.write_text(&text), move |ok| store.dispatch(Action::Copied { step, ok }));
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
            {summaries_markup(ctx, &list).into_html()}
            <p class="sg-actions sg-no-print">
                <button type="button" class="sg-button" onclick={on_print}>{ctx.tx(&chrome::PRINT)}</button>
                {" "}
                <button type="button" class="sg-button sg-secondary" onclick={on_copy}>{ctx.tx(&chrome::COPY)}</button>
            </p>
            <div class="sg-no-print" aria-live="polite">
                { match s.copy {
                    CopyStatus::Idle => html! {},
                    CopyStatus::Copied => html! { <p class="sg-confirm">{ctx.tx(&chrome::COPIED)}</p> },
                    // The text to copy by hand: the summary as it is now.
                    CopyStatus::Failed => html! {
                        <div>
                            <p class="sg-error">{ctx.tx(&chrome::COPY_FAILED)}</p>
                            <label for={ctx.id("copy-text")}>{ctx.tx(&chrome::COPY_TEXT)}</label>
                            <textarea id={ctx.id("copy-text")} readonly=true rows="12" value={text} />
                        </div>
                    },
                } }
            </div>
            <p class="sg-print-only sg-printed">{ctx.tx(&chrome::PRINTED_CHECK).fill(&[("date", &today)])}</p>
        </div>
    }
}

/// The summaries themselves, read-only, as markup (`crate::markup`: one `innerHTML`, no Yew node
/// per element; they have no handler of their own). Replaced whole when a field changes, which
/// never touches the fields being typed in: those stay in `html!` above.
fn summaries_markup(ctx: &Ctx, list: &[Summary]) -> Markup {
    let v = ctx.v();
    let mut m = Markup::new();
    for (i, sm) in list.iter().enumerate() {
        let form_id = format!("form-{i}");
        m.open(
            "section",
            &[
                ("data-testid", Some("form-summary")),
                ("aria-labelledby", Some(&ctx.labelledby(&form_id))),
                ("class", Some("sg-form-summary")),
            ],
        );
        m.open("h2", &[("id", Some(&ctx.id(&form_id)))]);
        match (sm.has_form, sm.title) {
            (true, Some(t)) => {
                m.text(ctx.text(&chrome::SUMMARY_FORM)).text(": ");
                m.el("span", &[("lang", Some("sv")), ("class", Some("sg-form-title"))], &format!("”{t}”"));
            }
            (true, None) => {
                m.text(ctx.text(&chrome::SUMMARY_UNTITLED));
            }
            (false, _) => {
                m.text(ctx.text(&chrome::SUMMARY_DECISION));
            }
        }
        m.close("h2");
        if sm.title.is_none() {
            m.el("p", &[], &sm.description);
        }
        if sm.incomplete {
            m.el("p", &[("class", Some("sg-error"))], ctx.text(&chrome::SUMMARY_INCOMPLETE));
        }
        m.open("dl", &[]);
        for f in &sm.fields {
            m.open("div", &[("class", Some("sg-summary-field"))])
                .el("dt", &[], v.text(f.label))
                .open("dd", &[])
                .text(&f.value);
            if !f.cite.is_empty() {
                m.text(" ");
                ctx.cite_into(&mut m, &f.cite);
            }
            if let Some(pb) = &f.problem {
                m.el("span", &[("class", Some("sg-error"))], &format!(" {}: {pb}", ctx.text(&chrome::FIELD_ERROR)));
            }
            if let Some(wn) = &f.warning {
                m.el("span", &[("class", Some("sg-warning"))], &format!(" {}: {wn}", ctx.text(&chrome::FIELD_NOTE)));
            }
            m.close("dd").close("div");
        }
        m.close("dl").close("section");
    }
    m
}

/// Wait for a promise and report whether it resolved, without pulling in an async runtime.
fn when_settled(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let ok = {
        let done = done.clone();
        super::js_once(Box::new(move |_| {
            if let Some(f) = done.borrow_mut().take() {
                f(true)
            }
        }))
    };
    let err = super::js_once(Box::new(move |_| {
        if let Some(f) = done.borrow_mut().take() {
            f(false)
        }
    }));
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}
