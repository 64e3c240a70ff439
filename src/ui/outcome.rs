//! The outcome: kind, title, measures, then the sections in order (acute first), each line with
//! its source, then the sources themselves with their versions (also printed).

use yew::prelude::*;

use crate::markup::Markup;
use crate::rules::text::Lang;

use super::Ctx;
use crate::rules::content::chrome;
use crate::rules::content::questions::region_name;
use crate::rules::model::{Kind, Section};
use crate::rules::render::{form_line, kind_label, measure_label, section_title, shown_to};
use crate::rules::resolve::Outcome;
use crate::rules::sources::SOURCES;

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

/// The outcome (a plain function: no state of its own; as a component it was rendered again on
/// every change of state anyway, the context being part of its props).
pub fn outcome_view(ctx: &Ctx, o: &Outcome) -> Html {
    outcome_markup(ctx, o).into_html()
}

/// The outcome as markup (`crate::markup`: one `innerHTML` instead of a Yew node per element;
/// the screen has no handler of its own).
fn outcome_markup(ctx: &Ctx, o: &Outcome) -> Markup {
    let v = ctx.v();
    let multi = o.measures.len() > 1;
    let used = o.sources();
    let measures: Vec<String> = o.measures.iter().map(|m| ctx.tx(measure_label(*m))).collect();
    let mut m = Markup::new();
    let labelledby = ctx.labelledby("outcome-title");
    let class = format!("sg-outcome {}", kind_class(o.kind()));
    m.open(
        "section",
        &[("data-testid", Some("outcome")), ("aria-labelledby", Some(&labelledby)), ("class", Some(&class))],
    );
    m.open("p", &[("class", Some("sg-kind"))]).text(ctx.text(kind_label(o.kind())));
    if o.is_acute() {
        m.el("span", &[("class", Some("sg-acute"))], &format!(" · {}", ctx.text(&chrome::ACUTE)));
    }
    m.close("p");
    let title_id = ctx.id("outcome-title");
    m.el(
        "h2",
        &[("id", Some(&title_id)), ("tabindex", Some("-1")), ("data-focus", Some(""))],
        ctx.text(&o.heading.title),
    );
    m.open("p", &[("class", Some("sg-lead"))]).text(ctx.text(&o.heading.lead)).text(" ");
    ctx.cite_into(&mut m, &o.heading.cite);
    m.close("p");
    m.open("p", &[("class", Some("sg-meta"))]);
    m.el("span", &[], &format!("{}: {}", ctx.text(&chrome::MEASURE), measures.join(" + ")));
    m.el("span", &[], &format!("{}: {}", ctx.text(&chrome::REGION), region_name(o.facts.region())));
    m.close("p");
    for s in Section::ALL {
        // What this reader sees of the section: citizens do not see staff-internal lines.
        let lines: Vec<_> = o.section(s).filter_map(|l| v.say(&l.text).map(|t| (l, t))).collect();
        let computed: Vec<_> = o.computed_in(s).collect();
        let forms = s == Section::Form && o.forms.iter().any(|f| shown_to(f.form, &v));
        let Some(title) = v.say(section_title(s)) else { continue };
        if lines.is_empty() && computed.is_empty() && !forms {
            continue;
        }
        let class = format!("sg-section {}", section_class(s));
        m.open("section", &[("class", Some(&class))]).el("h3", &[], title).open("ul", &[]);
        for (l, text) in lines {
            m.open("li", &[]);
            if multi {
                m.el("span", &[("class", Some("sg-tag"))], ctx.text(measure_label(l.part))).text(" ");
            }
            m.text(text).text(" ");
            ctx.cite_into(&mut m, &l.cite);
            m.close("li");
        }
        if forms {
            for f in o.forms.iter().filter(|f| shown_to(f.form, &v)) {
                m.open("li", &[]).text(&form_line(f.form, &v)).text(" ");
                ctx.cite_into(&mut m, &f.form.cite);
                m.close("li");
            }
        }
        for c in computed {
            m.open("li", &[]).text(&c.text(&v)).text(" ");
            ctx.cite_into(&mut m, &c.cite);
            m.close("li");
        }
        m.close("ul").close("section");
    }
    if ctx.lang == Lang::En {
        terms_used(&mut m, ctx, o);
    }
    m.open("section", &[("class", Some("sg-sources"))]).el("h3", &[], ctx.text(&chrome::SOURCES)).open("ul", &[]);
    for s in SOURCES.iter().filter(|s| used.contains(&s.src)) {
        m.open("li", &[("lang", Some("sv"))]).el("strong", &[], s.id);
        m.text(&format!(": {} ({}). {}", s.title, s.owner, s.version));
        if s.national {
            let lang = if ctx.lang == Lang::En { "en" } else { "sv" };
            m.el("span", &[("lang", Some(lang))], &format!(" {}", ctx.text(&chrome::NATIONAL_NOTE)));
        }
        m.close("li");
    }
    m.close("ul").close("section").close("section");
    m
}

/// For an English reader: the Swedish terms the outcome uses, each with its one gloss from the
/// terminology table, so a term met in the text can be found in the real systems.
fn terms_used(m: &mut Markup, ctx: &Ctx, o: &Outcome) {
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
        return;
    }
    m.open("section", &[("lang", Some("en")), ("class", Some("sg-terms"))])
        .el("h3", &[], ctx.text(&chrome::TERMS_TITLE))
        .open("dl", &[]);
    for t in found {
        m.open("div", &[]).el("dt", &[("lang", Some("sv"))], t.sv).el("dd", &[], v.t(t)).close("div");
    }
    m.close("dl").close("section");
}
