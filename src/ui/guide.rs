//! The guide page: the open question (or the one being changed), the answers so far with
//! "Ändra", and the outcome with its form summary once the situation is complete.

use yew::prelude::*;

use super::outcome::outcome_view;
use super::question::QuestionView;
use super::summary::FormSummaries;
use super::Ctx;
use crate::rules::content::chrome;
use crate::rules::facts::Page;
use crate::rules::resolve::resolve;
use crate::rules::Action;

#[derive(Properties, PartialEq)]
pub struct CtxProps {
    pub ctx: Ctx,
}

/// What the live region announces when the screen changes: the outcome (questions are announced
/// by moving focus to their heading).
pub fn announcement(ctx: &Ctx) -> String {
    let s = ctx.state();
    if let Page::Scenario { .. } = s.page {
        return crate::rules::trainer::announcement_in(s, &ctx.v());
    }
    if s.page != Page::Guide || s.editing.is_some() {
        return String::new();
    }
    let w = s.walk();
    match (w.open, resolve(&w.path, s.today)) {
        (None, Some(o)) => {
            format!("{}: {}. {}", ctx.tx(&chrome::RESULT), ctx.tx(&o.heading.title), ctx.tx(&o.heading.lead))
        }
        _ => String::new(),
    }
}

/// The link's errors (a plain function: no state of its own).
pub fn link_errors(ctx: &Ctx) -> Html {
    let errors = &ctx.state().link_errors;
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="sg-link-errors sg-no-print" role="alert">
            <h2>{ctx.tx(&chrome::LINK_ERRORS_TITLE)}</h2>
            <ul>{ for errors.iter().map(|e| html! { <li>{e.message_in(&ctx.v())}</li> }) }</ul>
            <p>{ctx.tx(&chrome::LINK_ERRORS_REST)}</p>
        </div>
    }
}

/// The guide page (a plain function: no state of its own).
pub fn guide(ctx: &Ctx) -> Html {
    let s = ctx.state();
    let w = s.walk();
    let editing = s.editing.and_then(|id| w.answered.iter().find(|(q, _)| q.id == id).map(|(q, _)| *q));
    let answers = answers_list(ctx, &w.answered, editing.map(|q| q.id));
    let restart = {
        let cb = ctx.cb(|_: MouseEvent| Action::Restart);
        html! { <button type="button" class="sg-button sg-secondary sg-no-print" onclick={cb}>{ctx.tx(&chrome::RESTART)}</button> }
    };
    if let Some(q) = editing {
        let selected = s.preselected(&q.keys());
        return html! {
            <div class="sg-guide">
                <QuestionView key={format!("edit-{}-{}", q.id, selected.map_or("", |v| v.slug()))} ctx={ctx.clone()} q={q} selected={selected} number={w.answered.iter().position(|(a, _)| a.id == q.id).unwrap_or(0) + 1}
                    can_back={false} editing={true} />
                {answers}
            </div>
        };
    }
    match w.open {
        Some(q) => {
            let selected = s.preselected(&q.keys());
            html! {
                <div class="sg-guide">
                    <QuestionView key={format!("{}-{}", q.id, selected.map_or("", |v| v.slug()))} ctx={ctx.clone()} q={q} selected={selected} number={w.answered.len() + 1}
                        can_back={!w.answered.is_empty()} editing={false} />
                    {answers}
                    if !w.answered.is_empty() { <p class="sg-actions">{restart}</p> }
                </div>
            }
        }
        None => match resolve(&w.path, s.today) {
            Some(o) => {
                let back = ctx.cb(|_: MouseEvent| Action::Back);
                let o = std::rc::Rc::new(o);
                html! {
                    <div class="sg-guide sg-result">
                        {outcome_view(ctx, &o)}
                        {answers}
                        <FormSummaries ctx={ctx.clone()} outcome={o} />
                        <p class="sg-actions sg-no-print">
                            <button type="button" class="sg-button sg-secondary" onclick={back}>{ctx.tx(&chrome::BACK)}</button>
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

fn answers_list(
    ctx: &Ctx,
    answered: &[(&'static crate::rules::model::QuestionDef, crate::rules::V)],
    editing: Option<&str>,
) -> Html {
    if answered.is_empty() {
        return html! {};
    }
    let heading_id = ctx.id("answers");
    html! {
        <section class="sg-answers" aria-labelledby={ctx.labelledby("answers")}>
            <h2 id={heading_id}>{ctx.tx(&chrome::YOUR_ANSWERS)}</h2>
            <dl>
            { for answered.iter().map(|(q, v)| {
                let id = q.id;
                let change = ctx.cb(move |_: MouseEvent| Action::Change(id));
                let label = q.option(*v).map(|o| ctx.tx(&o.label)).unwrap_or_default();
                let legend = ctx.tx(&q.legend);
                let is_editing = editing == Some(id);
                html! {
                    <div class="sg-answer" key={id}>
                        <dt>{legend.clone()}</dt>
                        <dd>
                            <span>{label}</span>
                            if !is_editing {
                                <button type="button" class="sg-link-button sg-no-print" onclick={change}
                                    aria-label={format!("{}: {}", ctx.tx(&chrome::CHANGE_ANSWER), legend)}>{ctx.tx(&chrome::CHANGE)}</button>
                            } else {
                                <span class="sg-editing">{format!(" {}", ctx.tx(&chrome::BEING_CHANGED))}</span>
                            }
                        </dd>
                    </div>
                }
            }) }
            </dl>
        </section>
    }
}
