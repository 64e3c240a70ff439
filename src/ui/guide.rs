//! The guide page: the open question (or the one being changed), the answers so far with
//! "Ändra", and the outcome with its form summary once the situation is complete.

use yew::prelude::*;

use super::outcome::outcome_view;
use super::question::{question_view, QuestionProps};
use super::summary::form_summaries;
use super::Ctx;
use crate::markup::Markup;
use crate::rules::content::chrome;
use crate::rules::facts::Page;
use crate::rules::resolve::resolve;

/// The props of trainer mode's components (the library, the presenter, the map).
#[cfg(feature = "trainer")]
#[derive(Properties, PartialEq)]
pub struct CtxProps {
    pub ctx: Ctx,
}

/// What the live region announces when the screen changes: the outcome (questions are announced
/// by moving focus to their heading).
pub fn announcement(ctx: &Ctx) -> String {
    let s = ctx.state();
    // The first-load module shows no presenter (it hands a trainer page over).
    #[cfg(feature = "trainer")]
    if let Page::Scenario { .. } = s.page {
        return crate::rules::trainer::announcement_in(s, &ctx.v());
    }
    if s.page != Page::Guide || s.editing.is_some() {
        return String::new();
    }
    let w = s.walk();
    match (w.open, resolve(&w.path, s.today)) {
        (None, Some(o)) => {
            format!("{}: {}. {}", ctx.text(&chrome::RESULT), ctx.text(&o.heading.title), ctx.text(&o.heading.lead))
        }
        _ => String::new(),
    }
}

/// The link's errors (a plain function: no state of its own), as markup (`crate::markup`).
pub fn link_errors(ctx: &Ctx) -> Html {
    let errors = &ctx.state().link_errors;
    if errors.is_empty() {
        return html! {};
    }
    let mut m = Markup::new();
    m.open("div", &[("role", Some("alert")), ("class", Some("sg-link-errors sg-no-print"))]);
    m.el("h2", &[], ctx.text(&chrome::LINK_ERRORS_TITLE)).open("ul", &[]);
    for e in errors {
        m.el("li", &[], &e.message_in(&ctx.v()));
    }
    m.close("ul").el("p", &[], ctx.text(&chrome::LINK_ERRORS_REST)).close("div");
    m.into_html()
}

/// The guide page (a plain function: no state of its own).
pub fn guide(ctx: &Ctx) -> Html {
    let s = ctx.state();
    let w = s.walk();
    let editing = s.editing.and_then(|id| w.answered.iter().find(|(q, _)| q.id == id).map(|(q, _)| *q));
    let answers = answers_list(ctx, &w.answered, editing.map(|q| q.id));
    // "Börja om" and "Tillbaka" are followed by the widget's root click handler (`ui::on_root_click`).
    let restart = html! {
        <button type="button" class="sg-button sg-secondary sg-no-print" data-sg-step="restart">{ctx.tx(&chrome::RESTART)}</button>
    };
    if let Some(q) = editing {
        return html! {
            <div class="sg-guide">
                {question_view(ctx, QuestionProps { q, number: w.answered.iter().position(|(a, _)| a.id == q.id).unwrap_or(0) + 1, can_back: false, editing: true })}
                {answers}
            </div>
        };
    }
    match w.open {
        Some(q) => {
            html! {
                <div class="sg-guide">
                    {question_view(ctx, QuestionProps { q, number: w.answered.len() + 1, can_back: !w.answered.is_empty(), editing: false })}
                    {answers}
                    if !w.answered.is_empty() { <p class="sg-actions">{restart}</p> }
                </div>
            }
        }
        None => match resolve(&w.path, s.today) {
            Some(o) => {
                html! {
                    <div class="sg-guide sg-result">
                        {outcome_view(ctx, &o)}
                        {answers}
                        {form_summaries(ctx, &o)}
                        <p class="sg-actions sg-no-print">
                            <button type="button" class="sg-button sg-secondary" data-sg-step="back">{ctx.tx(&chrome::BACK)}</button>
                            {" "}{restart}
                        </p>
                    </div>
                }
            }
            // Unreachable for every enumerated path (tests/paths.rs); still never a dead end.
            None => html! {
                <section data-testid="outcome" class="sg-outcome">
                    <h2 tabindex="-1" data-focus="">{ctx.tx(&chrome::NO_ROUTINE)}</h2>
                    <p>{ctx.tx(&chrome::NO_ROUTINE_TEXT)}</p>
                    {restart}
                </section>
            },
        },
    }
}

/// The answers so far, as markup (`crate::markup`): each "Ändra" is a button
/// `data-sg-change="<question id>"`, followed by the widget's root click handler
/// (`ui::on_root_click`).
fn answers_list(
    ctx: &Ctx,
    answered: &[(&'static crate::rules::model::QuestionDef, crate::rules::V)],
    editing: Option<&str>,
) -> Html {
    if answered.is_empty() {
        return html! {};
    }
    let mut m = Markup::new();
    let heading_id = ctx.id("answers");
    m.open("section", &[("aria-labelledby", Some(&ctx.labelledby("answers"))), ("class", Some("sg-answers"))]);
    m.el("h2", &[("id", Some(&heading_id))], ctx.text(&chrome::YOUR_ANSWERS)).open("dl", &[]);
    for (q, v) in answered {
        let label = q.option(*v).map_or("", |o| ctx.text(&o.label));
        let legend = ctx.text(&q.legend);
        m.open("div", &[("class", Some("sg-answer"))]).el("dt", &[], legend).open("dd", &[]).el("span", &[], label);
        if editing == Some(q.id) {
            m.el("span", &[("class", Some("sg-editing"))], &format!(" {}", ctx.text(&chrome::BEING_CHANGED)));
        } else {
            let aria = format!("{}: {}", ctx.text(&chrome::CHANGE_ANSWER), legend);
            m.el(
                "button",
                &[
                    ("type", Some("button")),
                    ("aria-label", Some(&aria)),
                    ("data-sg-change", Some(q.id)),
                    ("class", Some("sg-link-button sg-no-print")),
                ],
                ctx.text(&chrome::CHANGE),
            );
        }
        m.close("dd").close("div");
    }
    m.close("dl").close("section");
    m.into_html()
}
