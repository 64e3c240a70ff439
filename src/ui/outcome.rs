//! The outcome: kind, title, measures, then the sections in order (acute first), each line with
//! its source, then the sources themselves with their versions (also printed).

use std::rc::Rc;

use yew::prelude::*;

use super::Ctx;
use crate::rules::content::chrome;
use crate::rules::content::questions::region_name;
use crate::rules::model::{Kind, Section};
use crate::rules::render::{form_line, kind_label, measure_label, section_title, shown_to};
use crate::rules::resolve::Outcome;
use crate::rules::sources::{Src, SOURCES};

#[derive(Properties)]
pub struct OutcomeProps {
    pub ctx: Ctx,
    pub outcome: Rc<Outcome>,
}

impl PartialEq for OutcomeProps {
    fn eq(&self, other: &Self) -> bool {
        self.ctx == other.ctx
            && self.outcome.heading.id == other.outcome.heading.id
            && self.outcome.facts == other.outcome.facts
    }
}

fn kind_class(k: Kind) -> &'static str {
    match k {
        Kind::Routine => "sg-kind-routine",
        Kind::Refusal => "sg-kind-refusal",
        Kind::NotInSources => "sg-kind-silent",
    }
}

/// The class of a section (`sg-section-now`, …), written out instead of formatting its Debug name.
fn section_class(s: Section) -> &'static str {
    match s {
        Section::Now => "sg-section-now",
        Section::Why => "sg-section-why",
        Section::Steps => "sg-section-steps",
        Section::Decide => "sg-section-decide",
        Section::Execute => "sg-section-execute",
        Section::Form => "sg-section-form",
        Section::Document => "sg-section-document",
        Section::Inform => "sg-section-inform",
        Section::FollowUp => "sg-section-followup",
        Section::NotCovered => "sg-section-notcovered",
        Section::Warn => "sg-section-warn",
        Section::Conflict => "sg-section-conflict",
        Section::Ask => "sg-section-ask",
        Section::National => "sg-section-national",
    }
}

#[function_component(OutcomeView)]
pub fn outcome_view(p: &OutcomeProps) -> Html {
    let ctx = &p.ctx;
    let v = ctx.v();
    let o = &p.outcome;
    let multi = o.measures.len() > 1;
    let title_id = ctx.id("outcome-title");
    let mut used: Vec<Src> = o.heading.cite.iter().map(|c| c.src).collect();
    for l in &o.lines {
        used.extend(l.cite.iter().map(|c| c.src));
    }
    for f in &o.forms {
        used.extend(f.form.cite.iter().map(|c| c.src));
    }
    used.sort();
    used.dedup();
    let measures: Vec<String> = o.measures.iter().map(|m| ctx.tx(measure_label(*m))).collect();

    let section = |s: Section| -> Html {
        // What this reader sees of the section: citizens do not see staff-internal lines.
        let lines: Vec<_> = o.section(s).filter_map(|l| v.say(&l.text).map(|t| (l, t.to_string()))).collect();
        let computed: Vec<_> = o.computed_in(s).collect();
        let forms = s == Section::Form && o.forms.iter().any(|f| shown_to(f.form, &v));
        let Some(title) = v.say(section_title(s)) else { return html! {} };
        if lines.is_empty() && computed.is_empty() && !forms {
            return html! {};
        }
        let class = classes!("sg-section", section_class(s));
        html! {
            <section class={class} key={section_class(s)}>
                <h3>{title.to_string()}</h3>
                <ul>
                    { for lines.into_iter().map(|(l, text)| html! {
                        <li>
                            if multi { <span class="sg-tag">{ctx.tx(measure_label(l.part))}</span>{" "} }
                            {text}{" "}{ctx.cite(l.cite)}
                        </li>
                    }) }
                    if forms {
                        { for o.forms.iter().filter(|f| shown_to(f.form, &v)).map(|f| html! {
                            <li>{form_line(f.form, &v)}{" "}{ctx.cite(f.form.cite)}</li>
                        }) }
                    }
                    { for computed.iter().map(|c| html! {
                        <li>{c.text(&v).to_string()}{" "}{ctx.cite(&c.cite)}</li>
                    }) }
                </ul>
            </section>
        }
    };

    html! {
        <section class={classes!("sg-outcome", kind_class(o.kind()))} data-testid="outcome" aria-labelledby={p.ctx.labelledby("outcome-title")}>
            <p class="sg-kind">
                {ctx.tx(kind_label(o.kind()))}
                if o.is_acute() { <span class="sg-acute">{format!(" · {}", ctx.tx(&chrome::ACUTE))}</span> }
            </p>
            <h2 id={title_id} tabindex="-1" data-focus="">{ctx.tx(&o.heading.title)}</h2>
            <p class="sg-lead">{ctx.tx(&o.heading.lead)}{" "}{ctx.cite(o.heading.cite)}</p>
            <p class="sg-meta">
                <span>{format!("{}: {}", ctx.tx(&chrome::MEASURE), measures.join(" + "))}</span>
                <span>{format!("{}: {}", ctx.tx(&chrome::REGION), region_name(o.facts.region()))}</span>
            </p>
            { for Section::ALL.iter().map(|s| section(*s)) }
            if ctx.lang == crate::rules::text::Lang::En {
                { terms_used(ctx, o) }
            }
            <section class="sg-sources">
                <h3>{ctx.tx(&chrome::SOURCES)}</h3>
                <ul>
                    { for SOURCES.iter().filter(|s| used.contains(&s.src)).map(|s| html! {
                        <li key={s.id} lang="sv">
                            <strong>{s.id}</strong>{format!(": {} ({}). {}", s.title, s.owner, s.version)}
                            if s.national { <span lang={if ctx.lang == crate::rules::text::Lang::En { "en" } else { "sv" }}>{format!(" {}", ctx.tx(&chrome::NATIONAL_NOTE))}</span> }
                        </li>
                    }) }
                </ul>
            </section>
        </section>
    }
}

/// For an English reader: the Swedish terms the outcome uses, each with its one gloss from the
/// terminology table, so a term met in the text can be found in the real systems.
fn terms_used(ctx: &Ctx, o: &Outcome) -> Html {
    let v = ctx.v();
    let mut text = String::new();
    for t in [&o.heading.title, &o.heading.lead] {
        text.push_str(v.text(t));
        text.push(' ');
    }
    for l in &o.lines {
        if let Some(t) = v.say(&l.text) {
            text.push_str(t);
            text.push(' ');
        }
    }
    let mut found = Vec::new();
    crate::rules::content::terms::used_in(&text, &mut found);
    if found.is_empty() {
        return html! {};
    }
    html! {
        <section class="sg-terms" lang="en">
            <h3>{ctx.tx(&chrome::TERMS_TITLE)}</h3>
            <dl>
                { for found.iter().map(|t| html! {
                    <div key={t.sv}><dt lang="sv">{t.sv}</dt><dd>{t.en}</dd></div>
                }) }
            </dl>
        </section>
    }
}
