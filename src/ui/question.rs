//! One question per screen: a fieldset with a legend, radio buttons, the engine's "why we ask",
//! "Fortsätt" and "Tillbaka". Choosing a radio changes nothing until "Fortsätt" (WCAG 3.2.2).
//! "Tillbaka" and "Avbryt ändring" are `data-sg-step` buttons, followed by the widget's root click
//! handler (`ui::on_root_click`).

use crate::rules::text::Fill;
use yew::prelude::*;

use super::Ctx;
use crate::rules::content::chrome;
use crate::rules::model::{Opt, QuestionDef};
use crate::rules::Action;

/// What [`question_view`] shows besides the state: the question, its number and its buttons.
pub struct QuestionProps {
    pub q: &'static QuestionDef,
    pub number: usize,
    pub can_back: bool,
    pub editing: bool,
}

/// A plain function, not a component: the chosen option and the "choose one" message are the
/// reducer's (`State::choice`, `State::choose_error`; `Action::Choose`, `Action::Continue`), so
/// the core decides what "Fortsätt" does. The section is keyed by the question, so another
/// question is a new element (as a new component was), never this one's inputs reused.
pub fn question_view(ctx: &Ctx, p: QuestionProps) -> Html {
    let q = p.q;
    let s = ctx.state();
    let chosen = s.chosen(q);
    let missing = s.choose_error == Some(q.id);
    let name = ctx.id(q.id);
    let why_id = ctx.id(&format!("{}-why", q.id));
    let err_id = ctx.id(&format!("{}-error", q.id));

    let onsubmit = {
        let store = ctx.store.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.dispatch(Action::Continue);
        })
    };
    let option = |o: &'static Opt| {
        let id = format!("{}-{}", name, q.option_id(o.value));
        let v = o.value;
        let question = q.id;
        let onchange = ctx.cb(move |_: Event| Action::Choose { question, value: v });
        html! {
            <div class="sg-option" key={id.clone()}>
                <input type="radio" id={id.clone()} name={name.clone()} value={q.option_id(o.value)}
                    checked={chosen == Some(o.value)} onchange={onchange} />
                <label for={id}>
                    <span class="sg-option-label">{ctx.tx(&o.label)}</span>
                    if !o.hint.is_empty() { <span class="sg-hint">{ctx.tx(&o.hint)}</span> }
                </label>
            </div>
        }
    };
    let described = if missing { format!("{why_id} {err_id}") } else { why_id.clone() };

    html! {
        <section key={q.id} class="sg-question sg-no-print" data-testid="question" data-question={q.id}>
            <form onsubmit={onsubmit} novalidate=true>
                <fieldset aria-describedby={described} aria-invalid={missing.then_some("true")}>
                    <legend>
                        <span class="sg-step">{ if p.editing { ctx.tx(&chrome::CHANGE_ANSWER) } else { ctx.tx(&chrome::QUESTION_N).fill(&[("n", &p.number.to_string())]) } }</span>
                        <h2 tabindex="-1" data-focus="">{ctx.tx(&q.legend)}</h2>
                    </legend>
                    <p class="sg-why" id={why_id.clone()}>
                        <span class="sg-why-label">{format!("{} ", ctx.text(&chrome::WHY_WE_ASK))}</span>{ctx.tx(&q.why)}
                        {" "}{ctx.cite(&q.cite)}
                    </p>
                    <div class="sg-options">{ for q.options.iter().map(option) }</div>
                    if !q.shortcut.is_empty() {
                        <fieldset class="sg-shortcut">
                            <legend>{ctx.tx(&q.shortcut_legend)}</legend>
                            <div class="sg-options">{ for q.shortcut.iter().map(option) }</div>
                        </fieldset>
                    }
                    if q.id == "start" {
                        <p class="sg-explain-link">
                            {format!("{} ", ctx.text(&chrome::UNSURE))}
                            {ctx.link(crate::rules::Page::Explain, &s.facts, ctx.tx(&chrome::READ_EXPLAINER), false)}
                        </p>
                    }
                    if missing {
                        <p class="sg-error" id={err_id}>{ctx.tx(&chrome::CHOOSE_ONE)}</p>
                    }
                </fieldset>
                <p class="sg-actions">
                    <button type="submit" class="sg-button">{ctx.tx(&chrome::CONTINUE)}</button>
                    if p.can_back {
                        {" "}<button type="button" class="sg-button sg-secondary" data-sg-step="back">{ctx.tx(&chrome::BACK)}</button>
                    }
                    if p.editing {
                        {" "}<button type="button" class="sg-button sg-secondary" data-sg-step="cancel">{ctx.tx(&chrome::CANCEL_CHANGE)}</button>
                    }
                </p>
            </form>
        </section>
    }
}
