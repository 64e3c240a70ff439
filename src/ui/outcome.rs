//! The outcome: kind, title, measures, then the sections in order (acute first), each line with
//! its source, then the sources themselves with their versions (also printed).

use std::rc::Rc;

use yew::prelude::*;

use super::Ctx;
use crate::rules::content::questions::region_name;
use crate::rules::model::{Kind, Section};
use crate::rules::render::{cites, kind_label, measure_label, section_title};
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
    }
}

#[function_component(OutcomeView)]
pub fn outcome_view(p: &OutcomeProps) -> Html {
    let o = &p.outcome;
    let multi = o.measures.len() > 1;
    let title_id = p.ctx.id("outcome-title");
    let mut used: Vec<Src> = o.heading.cite.iter().map(|c| c.src).collect();
    for l in &o.lines {
        used.extend(l.cite.iter().map(|c| c.src));
    }
    for f in &o.forms {
        used.extend(f.form.cite.iter().map(|c| c.src));
    }
    used.sort();
    used.dedup();
    let measures: Vec<&str> = o.measures.iter().map(|m| measure_label(*m)).collect();

    let section = |s: Section| -> Html {
        let lines: Vec<_> = o.section(s).collect();
        let computed: Vec<_> = o.computed_in(s).collect();
        let forms = s == Section::Form && !o.forms.is_empty();
        if lines.is_empty() && computed.is_empty() && !forms {
            return html! {};
        }
        let class = classes!("sg-section", section_class(s));
        html! {
            <section class={class} key={section_class(s)}>
                <h3>{section_title(s)}</h3>
                <ul>
                    { for lines.iter().map(|l| html! {
                        <li>
                            if multi { <span class="sg-tag">{measure_label(l.part)}</span>{" "} }
                            {l.text}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(l.cite))}</span>
                        </li>
                    }) }
                    if forms {
                        { for o.forms.iter().map(|f| html! {
                            <li>
                                if let Some(t) = f.form.title {
                                    <span class="sg-form-title">{format!("”{t}”")}</span>
                                } else {
                                    <span class="sg-form-title">{"Blankett utan titel i källan"}</span>
                                }
                                {format!(": skickas till {}. {}", f.form.recipient, f.form.how)}
                                if f.form.title.is_none() { {" "}{f.form.description} }
                                if !f.form.attach.is_empty() { {format!(" Bifoga: {}", f.form.attach)} }
                                {" "}<span class="sg-cite">{format!("(Källa: {})", cites(f.form.cite))}</span>
                            </li>
                        }) }
                    }
                    { for computed.iter().map(|c| html! {
                        <li>{c.text.clone()}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(&c.cite))}</span></li>
                    }) }
                </ul>
            </section>
        }
    };

    html! {
        <section class={classes!("sg-outcome", kind_class(o.kind()))} data-testid="outcome" aria-labelledby={p.ctx.labelledby("outcome-title")}>
            <p class="sg-kind">
                {kind_label(o.kind())}
                if o.is_acute() { <span class="sg-acute">{" · Akut"}</span> }
            </p>
            <h2 id={title_id} tabindex="-1" data-focus="">{o.heading.title}</h2>
            <p class="sg-lead">{o.heading.lead}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(o.heading.cite))}</span></p>
            <p class="sg-meta">
                <span>{format!("Åtgärd: {}", measures.join(" + "))}</span>
                <span>{format!("Region: {}", region_name(o.facts.region()))}</span>
            </p>
            { for Section::ALL.iter().map(|s| section(*s)) }
            <section class="sg-sources">
                <h3>{"Källor"}</h3>
                <ul>
                    { for SOURCES.iter().filter(|s| used.contains(&s.src)).map(|s| html! {
                        <li key={s.id}>
                            <strong>{s.id}</strong>{format!(": {} ({}). {}", s.title, s.owner, s.version)}
                            if s.national { {" Nationell uppgift, inte regionens rutin."} }
                        </li>
                    }) }
                </ul>
            </section>
        </section>
    }
}
