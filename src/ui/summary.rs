//! The prefilled form summary: optional patient fields (validated, never stored or put in the
//! URL), the routine's own fields, and "Skriv ut" / "Kopiera som text".

use yew::prelude::*;

use super::outcome::OutcomeProps;
use super::TextField;
use crate::rules::dates::iso;
use crate::rules::model::EndDate;
use crate::rules::render::{cites, summary_text};
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
    let list = summaries(o, &w, s);
    if list.is_empty() {
        return html! {};
    }
    let needs_end = o.forms.iter().find_map(|f| match f.end_date {
        EndDate::Required { warn_months } => Some(warn_months),
        EndDate::None => None,
    });
    let today = iso(s.today);
    let text: String = list.iter().map(|sm| summary_text(sm, &today)).collect::<Vec<_>>().join("\n");

    let pnr_problem = id_problem(s).map(AttrValue::from);
    let (end_problem, end_warning) = match needs_end {
        Some(warn) => {
            let (p, w) = end_date_check(s, warn);
            (p.map(AttrValue::from), w.map(AttrValue::from))
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

    html! {
        <div class="sg-summaries">
            <section class="sg-personal" aria-labelledby={ctx.labelledby("personal-title")}>
                <h2 id={ctx.id("personal-title")}>{"Uppgifter till blanketten"}</h2>
                <p class="sg-hint">{"Valfritt. Uppgifterna visas bara här och i utskriften. De sparas inte, skickas inte och hamnar inte i adressfältet."}</p>
                <div class="sg-fields">
                    <TextField id={ctx.id("name")} label="Patientens namn (valfritt)" value={s.personal.name.clone()}
                        oninput={ctx.cb(Action::SetName)} />
                    <TextField id={ctx.id("pnr")} label="Personnummer (valfritt)" value={s.personal.id_number.clone()}
                        hint="ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN, samordningsnummer eller reservnummer"
                        problem={pnr_problem} inputmode={Some(AttrValue::from("numeric"))}
                        oninput={ctx.cb(Action::SetIdNumber)} />
                    <TextField id={ctx.id("decider")} label="Beslutsfattarens namn (valfritt)" value={s.form.decider_name.clone()}
                        oninput={ctx.cb(Action::SetDeciderName)} />
                    if needs_end.is_some() {
                        <TextField id={ctx.id("end")} label="Slutdatum (krävs)" value={s.form.end_date.clone()}
                            hint="ÅÅÅÅ-MM-DD, efter beslutsdatum" problem={end_problem} warning={end_warning}
                            inputmode={Some(AttrValue::from("numeric"))} oninput={ctx.cb(Action::SetEndDate)} />
                    }
                </div>
                <p class="sg-no-print">
                    <button type="button" class="sg-link-button" onclick={ctx.cb(|_: MouseEvent| Action::ClearPersonal)}>{"Töm patientuppgifterna"}</button>
                </p>
            </section>
            { for list.iter().enumerate().map(|(i, sm)| html! {
                <section class="sg-form-summary" data-testid="form-summary" key={i} aria-labelledby={ctx.labelledby(&format!("form-{i}"))}>
                    <h2 id={ctx.id(&format!("form-{i}"))}>
                        { match (sm.has_form, sm.title) {
                            (true, Some(t)) => html! { <>{"Blankettunderlag: "}<span class="sg-form-title">{format!("”{t}”")}</span></> },
                            (true, None) => html! { {"Blankettunderlag: blankett utan titel i källan"} },
                            (false, _) => html! { {"Underlag för beslutet"} },
                        } }
                    </h2>
                    if sm.title.is_none() { <p>{sm.description}</p> }
                    if sm.incomplete { <p class="sg-error">{"Slutdatum saknas eller är fel: fyll i fältet ovan."}</p> }
                    <dl>
                        { for sm.fields.iter().map(|f| html! {
                            <div class={classes!("sg-summary-field", f.problem.is_some().then_some("sg-invalid"))}>
                                <dt>{f.label}</dt>
                                <dd>
                                    {f.value.clone()}
                                    if !f.cite.is_empty() { {" "}<span class="sg-cite">{format!("(Källa: {})", cites(&f.cite))}</span> }
                                    if let Some(pb) = &f.problem { <span class="sg-error">{format!(" Fel: {pb}")}</span> }
                                    if let Some(wn) = &f.warning { <span class="sg-warning">{format!(" Obs: {wn}")}</span> }
                                </dd>
                            </div>
                        }) }
                    </dl>
                </section>
            }) }
            <p class="sg-actions sg-no-print">
                <button type="button" class="sg-button" onclick={on_print}>{"Skriv ut"}</button>
                {" "}
                <button type="button" class="sg-button sg-secondary" onclick={on_copy}>{"Kopiera som text"}</button>
            </p>
            <div class="sg-no-print" aria-live="polite">
                { match &*copy {
                    CopyStatus::Idle => html! {},
                    CopyStatus::Copied => html! { <p class="sg-confirm">{"Kopierat. Klistra in texten där du behöver den."}</p> },
                    CopyStatus::Failed(t) => html! {
                        <div>
                            <p class="sg-error">{"Det gick inte att kopiera automatiskt. Markera texten nedan och kopiera den."}</p>
                            <label for={ctx.id("copy-text")}>{"Text att kopiera"}</label>
                            <textarea id={ctx.id("copy-text")} readonly=true rows="12" value={t.clone()} />
                        </div>
                    },
                } }
            </div>
            <p class="sg-print-only sg-printed">{format!("Utskrivet {today} från Skyddsguiden. Kontrollera mot källorna ovan innan blanketten skickas.")}</p>
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
