//! Trainer mode's screens: the scenario library (`#/scenarios`), the presenter view
//! (`#/scenarios/<id>?step=N`) with its printable handout, and the loading of a unit's own
//! scenario file (`data-scenarios`). Everything they show is computed in `rules::trainer`; these
//! components render it and dispatch `Action::Search`, `Action::Present` and `Action::Open`.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use std::rc::Rc;

use super::guide::CtxProps;
use super::outcome::outcome_view;
use super::trainer_texts as t;
use super::{Ctx, Store};
use crate::rules::content::questions::region_name;
use crate::rules::facts::{Facts, Page};
use crate::rules::model::{Kind, Line, Section};
use crate::rules::render::{kind_label, measure_label, section_title};
use crate::rules::resolve::{resolve, Outcome};
use crate::rules::text::{Audience, Fill, Say, Voice};
use crate::rules::trainer::{
    deciders, quotes, step_at, why, AnswerWhy, Case, Move, Step, UnitError, UnitLoad, UnitStatus,
};
use crate::rules::Action;

/// The voice for trainer mode's own texts: the reader's language and packs, always the staff
/// wording (trainer mode is a staff tool; its texts have no citizen wording, so a trainer who
/// shows the citizen's way in on the map still reads its labels).
pub fn tv(ctx: &Ctx) -> Voice<'_> {
    Voice { audience: Audience::Staff, ..ctx.v() }
}

/// A trainer text (`trainer_texts`) in the reader's language.
pub fn tt(ctx: &Ctx, s: &Say) -> String {
    tv(ctx).text(s).to_string()
}

/// A link to a page of the widget with any content (see `Ctx::link`: a second widget follows it
/// through its root's click handler).
pub fn link(page: Page, facts: &Facts, content: Html) -> Html {
    html! { <a href={super::link_href(page, facts)}>{content}</a> }
}

// ---------------------------------------------------------------------------------------------
// A unit's own file.

async fn fetch_unit(url: &str) -> UnitLoad {
    let failed = |status: Option<u16>| UnitLoad::Failed(UnitError::Fetch { url: url.to_string(), status });
    let not_json = || UnitLoad::Failed(UnitError::NotJson { url: url.to_string() });
    let Some(w) = web_sys::window() else { return failed(None) };
    let Ok(resp) = JsFuture::from(w.fetch_with_str(url)).await else {
        return failed(None);
    };
    let Ok(resp) = resp.dyn_into::<web_sys::Response>() else {
        return failed(None);
    };
    if !resp.ok() {
        return failed(Some(resp.status()));
    }
    // The browser parses the JSON; serde reads the object (no JSON parser in the wasm).
    let Ok(promise) = resp.json() else { return not_json() };
    let Ok(value) = JsFuture::from(promise).await else { return not_json() };
    match serde_wasm_bindgen::from_value(value) {
        Ok(file) => UnitLoad::Loaded(file),
        Err(_) => UnitLoad::Failed(UnitError::BadFormat { url: url.to_string() }),
    }
}

/// Load the unit's scenario file named by the host page (`data-scenarios`), once.
#[hook]
pub fn use_unit_scenarios(url: Option<AttrValue>, store: UseReducerHandle<Store>) {
    let deps = super::Deps(url.is_some() as u32, url.clone().unwrap_or_default());
    super::use_effect_on(
        deps,
        Box::new(move || {
            if let Some(url) = url {
                store.dispatch(Action::UnitScenarios(UnitLoad::Loading));
                yew::platform::spawn_local(async move {
                    let load = fetch_unit(&url).await;
                    store.dispatch(Action::UnitScenarios(load));
                });
            }
            super::no_cleanup()
        }),
    );
}

// ---------------------------------------------------------------------------------------------
// The library.

#[function_component(LibraryView)]
pub fn library_view(p: &CtxProps) -> Html {
    let ctx = &p.ctx;
    let s = ctx.state();
    let lib = &s.library;
    let found = lib.search_in(&s.search, &ctx.v());
    let status = if found.len() == lib.cases.len() {
        tt(ctx, &t::SEARCH_ALL).fill(&[("all", &lib.cases.len().to_string())])
    } else {
        tt(ctx, &t::SEARCH_SOME).fill(&[("shown", &found.len().to_string()), ("all", &lib.cases.len().to_string())])
    };
    let groups = lib.groups(&found);
    let search_id = ctx.id("scenario-search");
    let hint_id = ctx.id("scenario-search-hint");
    let on_search = ctx.cb(|e: InputEvent| Action::Search(e.target_unchecked_into::<HtmlInputElement>().value()));
    let title_id = ctx.id("library-title");
    html! {
        <section class="sg-library" aria-labelledby={title_id.clone()}>
            <h2 id={title_id} tabindex="-1" data-focus="">{tt(ctx, &t::LIBRARY_TITLE)}</h2>
            <p class="sg-lead">{tt(ctx, &t::LIBRARY_LEAD)}{" "}{tt(ctx, &t::OPEN_CASE_HINT)}</p>
            { unit_status(ctx, &lib.unit) }
            <div class="sg-search sg-no-print">
                <label for={search_id.clone()}>{tt(ctx, &t::SEARCH_LABEL)}</label>
                <span id={hint_id.clone()} class="sg-hint">{tt(ctx, &t::SEARCH_HINT)}</span>
                <input id={search_id} type="search" value={s.search.clone()} oninput={on_search} aria-describedby={hint_id} autocomplete="off" />
            </div>
            <p class="sg-search-status" role="status">{status}</p>
            if found.is_empty() { <p>{tt(ctx, &t::NO_MATCH)}</p> }
            { for groups.iter().map(|(m, cases)| html! {
                <section class="sg-case-group" key={m.slug()} data-measure={m.slug()}>
                    <h3>{ctx.tx(measure_label(*m))}</h3>
                    <ul class="sg-cases">
                        { for cases.iter().map(|c| case_item(ctx, c)) }
                    </ul>
                </section>
            }) }
            if !lib.broken.is_empty() {
                <section class="sg-broken" aria-labelledby={ctx.id("broken-title")}>
                    <h3 id={ctx.id("broken-title")}>{tt(ctx, &t::BROKEN_TITLE)}</h3>
                    <p>{tt(ctx, &t::BROKEN_LEAD)}</p>
                    <ul>
                        { for lib.broken.iter().map(|b| html! {
                            <li class="sg-broken-case">
                                <strong class="sg-broken-name">{b.name.in_voice(&tv(ctx))}</strong>
                                if !b.own { {" "}{tt(ctx, &t::BROKEN_BUILTIN)} }
                                <ul>{ for b.problems.iter().map(|p| html! { <li>{p.message_in(&tv(ctx))}</li> }) }</ul>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </section>
    }
}

fn unit_status(ctx: &Ctx, u: &UnitStatus) -> Html {
    match u {
        UnitStatus::Loading => html! { <p class="sg-notice" role="status">{tt(ctx, &t::UNIT_LOADING)}</p> },
        UnitStatus::Failed(e) => html! { <p class="sg-unit-error" role="alert">{e.message_in(&tv(ctx))}</p> },
        UnitStatus::None | UnitStatus::Loaded => html! {},
    }
}

fn case_item(ctx: &Ctx, c: &Case) -> Html {
    let page = Page::Scenario { id: c.id.clone(), step: 1 };
    // The presenter keeps the reader's language and audience (not the situation: the case has its own).
    let mut shown = Facts::new();
    for k in [crate::rules::K::Lang, crate::rules::K::Audience] {
        if let Some(v) = ctx.state().facts.get(k) {
            shown.set(v);
        }
    }
    html! {
        <li class="sg-case" key={c.id.clone()} data-case={c.id.clone()}>
            <span class="sg-case-title">{link(page, &shown, html! { {c.title.get(&ctx.v()).to_string()} })}</span>
            if c.own { {" "}<span class="sg-tag sg-own">{tt(ctx, &t::OWN_CASE)}</span> }
            <span class="sg-hint">{region_name(c.facts.region())}</span>
            <p class="sg-case-story">{c.story.get(&ctx.v()).to_string()}</p>
        </li>
    }
}

// ---------------------------------------------------------------------------------------------
// The presenter.

/// What a key does in the presenter, or `None` to leave it to the browser.
fn key_move(e: &KeyboardEvent) -> Option<Move> {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return None;
    }
    let tag = e.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|el| el.tag_name().to_lowercase());
    let tag = tag.as_deref().unwrap_or("");
    let typing = matches!(tag, "input" | "textarea" | "select");
    let activates = matches!(tag, "button" | "a" | "summary");
    match e.key().as_str() {
        "ArrowRight" | "PageDown" if !typing => Some(Move::Next),
        " " | "Spacebar" if !typing && !activates => Some(Move::Next),
        "ArrowLeft" | "PageUp" if !typing => Some(Move::Prev),
        "Home" if !typing => Some(Move::First),
        "End" if !typing => Some(Move::Last),
        _ => None,
    }
}

#[function_component(Presenter)]
pub fn presenter(p: &CtxProps) -> Html {
    let ctx = &p.ctx;
    let root = use_node_ref();
    // Keys work wherever focus is in the widget, or when nothing has focus (a projector).
    {
        let store = ctx.store.clone();
        let root = root.clone();
        super::use_effect_on(
            super::Deps(0, AttrValue::default()),
            Box::new(move || {
                let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                    let opts = EventListenerOptions::enable_prevent_default();
                    EventListener::new_with_options(&doc, "keydown", opts, move |ev| {
                        let Some(e) = ev.dyn_ref::<KeyboardEvent>() else { return };
                        let Some(widget) = root.cast::<Element>().and_then(|r| r.closest(".sg").ok().flatten()) else {
                            return;
                        };
                        let doc = web_sys::window().and_then(|w| w.document());
                        let active = doc.as_ref().and_then(|d| d.active_element());
                        let body = doc.as_ref().and_then(|d| d.body()).map(|b| b.unchecked_into::<Element>());
                        let inside = match &active {
                            None => true,
                            Some(a) => widget.contains(Some(a)) || body.as_ref() == Some(a),
                        };
                        if !inside {
                            return;
                        }
                        if let Some(m) = key_move(e) {
                            e.prevent_default();
                            store.dispatch(Action::Present(m));
                        }
                    })
                });
                Box::new(move || drop(listener))
            }),
        );
    }
    let s = ctx.state();
    let Page::Scenario { id, step } = &s.page else { return html! {} };
    let Some(case) = s.library.case(id) else {
        return html! {
            <section class="sg-presenter sg-presenter-missing" ref={root}>
                <h2 tabindex="-1" data-focus="">{tt(ctx, &t::UNKNOWN_CASE_TITLE)}</h2>
                if s.library.unit == UnitStatus::Loading {
                    <p role="status">{tt(ctx, &t::CASE_LOADING)}</p>
                } else {
                    <p role="alert">{tt(ctx, &t::UNKNOWN_CASE).fill(&[("id", id)])}</p>
                }
                <p>{link(Page::Scenarios, &Facts::new(), html! { {tt(ctx, &t::BACK_TO_LIBRARY)} })}</p>
            </section>
        };
    };
    let w = case.walk();
    let Some(o) = resolve(&w.path, s.today).map(Rc::new) else { return html! {} };
    let whys = why(&w, &o);
    let count = case.step_count();
    let n = (*step).clamp(1, count);
    let cur = step_at(n, w.answered.len());
    let go = |m: Move| ctx.cb(move |_: MouseEvent| Action::Present(m));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let title_id = ctx.id("presenter-title");
    let body = match cur {
        Step::Story => html! {
            <>
                <p class="sg-stage-label">{tt(ctx, cur.name())}{" · "}{ctx.tx(measure_label(case.measure))}{" · "}{region_name(case.facts.region())}
                    if case.own { {" · "}{tt(ctx, &t::OWN_CASE)} }</p>
                <h2 id={title_id.clone()} tabindex="-1" data-focus="">{case.title.get(&ctx.v()).to_string()}</h2>
                <p class="sg-story">{case.story.get(&ctx.v()).to_string()}</p>
            </>
        },
        Step::Question(i) => {
            let (q, v) = w.answered[i];
            let opt = q.option(v);
            html! {
                <>
                    <p class="sg-stage-label">{tt(ctx, &t::QUESTION_OF).fill(&[("i", &(i + 1).to_string()), ("n", &w.answered.len().to_string())])}</p>
                    <h2 id={title_id.clone()} tabindex="-1" data-focus="">{ctx.tx(&q.legend)}</h2>
                    <p class="sg-case-answer">{tt(ctx, &t::CASE_ANSWER)}{" "}<strong>{opt.map(|o| ctx.tx(&o.label)).unwrap_or_default()}</strong></p>
                    if let Some(h) = opt.map(|o| &o.hint).filter(|h| !h.is_empty()) { <p class="sg-stage-hint">{ctx.tx(h)}</p> }
                    <p class="sg-stage-why">{tt(ctx, &t::WHY_IT_MATTERS)}{" "}{ctx.tx(&q.why)}</p>
                </>
            }
        }
        Step::Prompt => html! {
            <>
                <p class="sg-stage-label">{case.title.get(&ctx.v()).to_string()}</p>
                <h2 id={title_id.clone()} tabindex="-1" data-focus="">{tt(ctx, &t::PROMPT_TITLE)}</h2>
                <p>{tt(ctx, &t::PROMPT_LEAD)}</p>
                <ul class="sg-prompts">{ for t::PROMPTS.iter().map(|q| html! { <li>{tt(ctx, q)}</li> }) }</ul>
            </>
        },
        Step::Reveal => reveal(ctx, case, &o, &whys, &title_id),
        Step::Why => html! {
            <>
                <p class="sg-stage-label">{case.title.get(&ctx.v()).to_string()}</p>
                <h2 id={title_id.clone()} tabindex="-1" data-focus="">{tt(ctx, &t::WHY_TITLE)}</h2>
                <p>{tt(ctx, &t::WHY_LEAD)}</p>
                { for whys.iter().map(|a| why_block(ctx, a)) }
            </>
        },
    };
    html! {
        <section class="sg-presenter" ref={root} aria-label={tt(ctx, &t::PRESENTER_LABEL)} data-step={n.to_string()} data-steps={count.to_string()}>
            <div class="sg-stage sg-no-print" aria-labelledby={title_id.clone()} role="group">
                {body}
            </div>
            <nav class="sg-presenter-controls sg-no-print" aria-label={tt(ctx, &t::CONTROLS_LABEL)}>
                <button type="button" class="sg-button sg-secondary" onclick={go(Move::Prev)} disabled={n == 1}>{"← "}{tt(ctx, &t::PREV)}</button>
                <span class="sg-step-of">{tt(ctx, &t::STEP_OF).fill(&[("n", &n.to_string()), ("count", &count.to_string())])}</span>
                <button type="button" class="sg-button" onclick={go(Move::Next)} disabled={n == count}>{tt(ctx, &t::NEXT)}{" →"}</button>
                <button type="button" class="sg-button sg-secondary" onclick={go(Move::First)} disabled={n == 1}>{tt(ctx, &t::FIRST)}</button>
                <button type="button" class="sg-button sg-secondary" onclick={print}>{tt(ctx, &t::PRINT_HANDOUT)}</button>
                <a href={super::link_href(Page::Scenarios, &Facts::new())} class="sg-library-link">{tt(ctx, &t::BACK_TO_LIBRARY)}</a>
            </nav>
            <p class="sg-keys sg-no-print">{tt(ctx, &t::KEYS_HELP)}</p>
            { handout(ctx, case, &w, &o) }
        </section>
    }
}

fn line_source(ctx: &Ctx, l: &Line) -> Html {
    ctx.cite(&l.cite)
}

/// The verbatim quotes a line carries, with its citation.
fn line_quotes(ctx: &Ctx, l: &Line) -> Html {
    let qs = quotes(l.text.sv());
    if qs.is_empty() {
        return html! {};
    }
    html! {
        <>
            { for qs.iter().map(|q| html! {
                <blockquote class="sg-quote">
                    <p><span class="sg-quote-label">{tt(ctx, &t::VERBATIM)}{": "}</span>{format!("”{q}”")}{" "}{line_source(ctx, l)}</p>
                </blockquote>
            }) }
        </>
    }
}

fn answer_label(ctx: &Ctx, a: &AnswerWhy) -> String {
    format!(
        "{} → {}",
        ctx.tx(&a.question.legend),
        a.question.option(a.value).map(|o| ctx.tx(&o.label)).unwrap_or_default()
    )
}

fn reveal(ctx: &Ctx, case: &Case, o: &Outcome, whys: &[AnswerWhy], title_id: &str) -> Html {
    let key_lines: Vec<&'static Line> = if o.kind() == Kind::Routine {
        o.lines
            .iter()
            .copied()
            .filter(|l| matches!(l.section, Section::Now | Section::Decide | Section::Execute))
            .collect()
    } else {
        o.lines.iter().copied().filter(|l| matches!(l.section, Section::Why | Section::Ask)).collect()
    };
    let measures: Vec<String> = o.measures.iter().map(|m| ctx.tx(measure_label(*m))).collect();
    let guide = Page::Guide;
    html! {
        <div class="sg-reveal" data-testid="reveal" data-heading={o.heading.id}>
            <p class="sg-kind">{ctx.tx(kind_label(o.kind()))}{" · "}{tt(ctx, &t::REVEAL)}</p>
            <h2 id={title_id.to_string()} tabindex="-1" data-focus="">{ctx.tx(&o.heading.title)}</h2>
            <p>{ctx.tx(&o.heading.lead)}{" "}{ctx.cite(&o.heading.cite)}</p>
            <p>{tt(ctx, if measures.len() > 1 { &t::MEASURES_MANY } else { &t::MEASURES })}{" "}<strong>{measures.join(" + ")}</strong></p>
            { for [Section::Now, Section::Decide, Section::Execute, Section::Why, Section::Ask].iter().map(|sec| {
                let lines: Vec<&&'static Line> = key_lines.iter().filter(|l| l.section == *sec).collect();
                if lines.is_empty() { return html! {}; }
                html! {
                    <section class="sg-reveal-section">
                        <h3>{ctx.tx(section_title(*sec))}</h3>
                        <ul>
                            { for lines.iter().map(|l| {
                                let by: Vec<String> = deciders(whys, l).iter().map(|a| answer_label(ctx, a)).collect();
                                html! {
                                    <li>
                                        {ctx.tx(&l.text)}{" "}{line_source(ctx, l)}
                                        if !by.is_empty() { <p class="sg-decided-by">{tt(ctx, &t::DECIDED_BY)}{" "}{by.join("; ")}</p> }
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
            <p class="sg-hint">{tt(ctx, &t::OUTCOME_ID)}{" "}<code>{o.heading.id}</code></p>
            <p class="sg-reveal-links">
                {link(guide, &case.facts, html! { {tt(ctx, &t::OPEN_IN_GUIDE)} })}
                {" · "}
                {link(Page::Graph, &case.facts, html! { {tt(ctx, &t::SHOW_ON_MAP)} })}
            </p>
        </div>
    }
}

fn decided_line(ctx: &Ctx, l: &Line) -> Html {
    html! {
        <li>
            <span class="sg-tag">{ctx.tx(section_title(l.section))}</span>{" "}{ctx.tx(&l.text)}{" "}{line_source(ctx, l)}
            {line_quotes(ctx, l)}
        </li>
    }
}

fn why_block(ctx: &Ctx, a: &AnswerWhy) -> Html {
    let earlier: Vec<&&'static Line> =
        a.decided.iter().filter(|l| !a.last.iter().any(|x| std::ptr::eq(*x, **l))).collect();
    html! {
        <section class="sg-why-answer" data-question={a.question.id}>
            <h3>{ctx.tx(&a.question.legend)}{" "}<span class="sg-why-value">{a.question.option(a.value).map(|o| ctx.tx(&o.label)).unwrap_or_default()}</span></h3>
            if let Some(none) = a.no_lines() {
                <p>{tt(ctx, none)}</p>
            } else {
                <ul>{ for a.last.iter().map(|l| decided_line(ctx, l)) }</ul>
            }
            if !earlier.is_empty() {
                <details>
                    <summary>{tt(ctx, if a.last.is_empty() { &t::WHY_ONLY_EARLIER } else { &t::WHY_ALSO }).fill(&[("n", &earlier.len().to_string())])}</summary>
                    <ul>{ for earlier.iter().map(|l| decided_line(ctx, l)) }</ul>
                </details>
            }
        </section>
    }
}

/// The printed handout: the story, the answers, then the outcome as the guide shows it (every
/// line with its source, the forms, the sources with their versions).
fn handout(ctx: &Ctx, case: &Case, w: &crate::rules::graph::Walk, o: &Rc<Outcome>) -> Html {
    html! {
        <div class="sg-print-only sg-handout">
            <p class="sg-kind">{tt(ctx, &t::HANDOUT)}{" · "}{region_name(case.facts.region())}</p>
            <h2>{case.title.get(&ctx.v()).to_string()}</h2>
            <p class="sg-story">{case.story.get(&ctx.v()).to_string()}</p>
            <h3>{tt(ctx, &t::HANDOUT_ANSWERS)}</h3>
            <ol>
                { for w.answered.iter().map(|(q, v)| html! {
                    <li>{ctx.tx(&q.legend)}{" "}<strong>{q.option(*v).map(|o| ctx.tx(&o.label)).unwrap_or_default()}</strong></li>
                }) }
            </ol>
            {outcome_view(ctx, o)}
        </div>
    }
}
