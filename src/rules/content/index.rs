//! Every text of the widget, walked in one place: the packs (`skyddsguide texts`) are written
//! from it, and the completeness tests read it. A text that is not walked here is caught by
//! `tests/texts.rs`, which counts the text macros in the sources.

use super::chrome;
use super::explainer::{ACCESS, LEAD, MEASURES, NATIONAL, ROWS};
use super::forms::{COSMIC_NOTES, FORMS};
use super::outcomes::{HEADINGS, LINES};
use super::questions::QUESTIONS;
use crate::rules::model::{Kind, Section};
use crate::rules::text::{Say, T};
use crate::rules::V;

/// Where a text stands, for test messages.
#[derive(Clone, Debug)]
pub struct Place(pub String);

/// Call `say` for every row text and `t` for every plain text (messages).
pub fn walk(say: &mut dyn FnMut(Place, &'static Say), t: &mut dyn FnMut(Place, &'static T)) {
    let p = |s: String| Place(s);
    for q in QUESTIONS {
        say(p(format!("question {} legend", q.id)), &q.legend);
        say(p(format!("question {} why", q.id)), &q.why);
        if !q.shortcut.is_empty() {
            say(p(format!("question {} shortcut legend", q.id)), &q.shortcut_legend);
        }
        for o in q.all_options() {
            say(p(format!("option {}={}", q.id, o.value.slug())), &o.label);
            if !o.hint.is_empty() {
                say(p(format!("hint {}={}", q.id, o.value.slug())), &o.hint);
            }
        }
    }
    for h in HEADINGS {
        say(p(format!("heading {} title", h.id)), &h.title);
        say(p(format!("heading {} lead", h.id)), &h.lead);
    }
    for (i, l) in LINES.iter().enumerate() {
        say(p(format!("line {i}")), &l.text);
    }
    for f in FORMS {
        say(p(format!("form {} description", f.id)), &f.description);
        say(p(format!("form {} how", f.id)), &f.how);
        if !f.attach.is_empty() {
            say(p(format!("form {} attach", f.id)), &f.attach);
        }
    }
    for (i, n) in COSMIC_NOTES.iter().enumerate() {
        say(p(format!("Cosmic note {i}")), &n.content);
    }
    say(p("explainer lead".into()), &LEAD.text);
    for (i, (name, what)) in MEASURES.iter().enumerate() {
        say(p(format!("explainer measure {i}")), name);
        say(p(format!("explainer measure {i} what")), what);
    }
    for r in ROWS {
        say(p(format!("explainer row {}", r.label.sv())), &r.label);
        for (i, c) in r.cells.iter().enumerate() {
            say(p(format!("explainer row {} cell {i}", r.label.sv())), &c.text);
        }
    }
    for (i, c) in NATIONAL.iter().enumerate() {
        say(p(format!("explainer national {i}")), &c.text);
    }
    for r in ACCESS {
        say(p(format!("access {}", r.who.sv())), &r.who);
        say(p(format!("access {} text", r.who.sv())), &r.text);
    }
    for s in Section::ALL {
        say(p(format!("section {s:?}")), chrome::section_title(s));
    }
    for k in [Kind::Routine, Kind::Refusal, Kind::NotInSources] {
        say(p(format!("kind {k:?}")), chrome::kind_label(k));
    }
    for m in [V::Lock, V::Seal, V::Block, V::Guardian, V::Ombud] {
        say(p(format!("measure {m:?}")), chrome::measure_label(m));
    }
    for src in crate::rules::sources::SOURCES.iter() {
        say(p(format!("source {}", src.id)), &src.plain);
    }
    for (i, s) in chrome::ALL.iter().enumerate() {
        say(p(format!("chrome {i}: {}", s.sv())), s);
    }
    for (i, s) in crate::rules::summary::label::ALL.iter().enumerate() {
        say(p(format!("summary label {i}: {}", s.sv())), s);
    }
    for c in super::scenarios::SCENARIOS {
        say(p(format!("case {} title", c.id)), &c.title);
        say(p(format!("case {} story", c.id)), &c.story);
    }
    for (i, s) in crate::rules::trainer::texts::ALL.iter().enumerate() {
        say(p(format!("trainer {i}: {}", s.sv())), s);
    }
    for k in crate::rules::trainer::texts::KINDS.iter() {
        t(p(format!("trainer kind {}", k.sv)), k);
    }
    for term in super::terms::TERMS {
        t(p(format!("term {}", term.sv)), term);
    }
    for name in super::terms::NAMES {
        t(p(format!("name {}", name.sv)), name);
    }
    for (i, m) in crate::rules::messages().into_iter().enumerate() {
        t(p(format!("message {i}: {}", m.sv)), m);
    }
}

/// The pack ([`pack_text`](crate::rules::text::pack_text): a line of keys, then the texts) of
/// one [`PackFile`](crate::rules::text::PackFile): the texts a `slim` build leaves out that this
/// file carries. Deduplicated by key, in the order the walk meets them: neighbouring lines share
/// words, so the pack compresses ~8 % better than sorted by key (English 43.5 → 40.0 KB gzip, when
/// each line still began with its key). Nothing reads the pack in the walk's order: a text is found
/// by its key. Written from a complete build (a `slim` one has no citizen texts to write).
#[cfg(not(feature = "slim"))]
pub fn pack(file: crate::rules::text::PackFile) -> String {
    use crate::rules::text::{citizen_key, pack_text, Cz, PackFile};
    // Collect first (both closures cannot hold the map), then keep what this file carries: each
    // text with its key and, for a citizen text, its row's staff text.
    let mut texts: Vec<(u32, T, Option<T>)> = Vec::new();
    let mut staff: Vec<T> = Vec::new();
    walk(
        &mut |_, s| {
            texts.push((s.staff.key(), s.staff, None));
            if let Cz::Text(c) = &s.citizen {
                texts.push((citizen_key(s.staff.sv, c.variant), *c, Some(s.staff)));
            }
        },
        &mut |_, t| staff.push(*t),
    );
    texts.extend(staff.into_iter().map(|t| (t.key(), t, None)));
    let mut seen = std::collections::BTreeSet::new();
    let mut out: Vec<(u32, &str)> = Vec::new();
    for (key, t, row) in texts {
        let (text, staff_text) = match (file, row) {
            (PackFile::SvCitizen, Some(row)) => (t.sv, row.sv),
            (PackFile::EnCitizen, Some(row)) => (t.english(), row.english()),
            (PackFile::En, None) => (t.english(), ""),
            _ => continue,
        };
        // A citizen text worded as its row's staff text is left out: a citizen text missing from
        // the pack reads as the staff text (`text::say`; `tests/texts.rs` reads every one back).
        if !text.is_empty() && text != staff_text && seen.insert(key) {
            out.push((key, text));
        }
    }
    pack_text(&out)
}

/// Every row text the citizen view can show: the questions asked on every citizen path (legend,
/// why, and every option with its hint), the outcome headings and lines reached, the forms and the
/// explainer. Each needs its citizen wording, or to be hidden on purpose.
pub fn citizen_view() -> Vec<(Place, &'static Say)> {
    use crate::rules::facts::Facts;
    use crate::rules::graph::{enumerate_from, walk};
    use crate::rules::resolve::resolve;
    let mut out: Vec<(Place, &'static Say)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut push = |place: String, s: &'static Say| {
        if !s.is_empty() && seen.insert(s as *const Say as usize) {
            out.push((Place(place), s));
        }
    };
    let today = crate::rules::dates::ymd(2026, 1, 15).expect("a date");
    for region in [V::Rjh, V::Jonkoping] {
        let base = Facts::new().with(region).with(V::Citizen);
        for answers in enumerate_from(&base) {
            let w = walk(&crate::rules::graph::facts_from(&base, &answers));
            for (q, _) in &w.answered {
                push(format!("question {} legend", q.id), &q.legend);
                push(format!("question {} why", q.id), &q.why);
                for o in q.all_options() {
                    push(format!("option {}={}", q.id, o.value.slug()), &o.label);
                    push(format!("hint {}={}", q.id, o.value.slug()), &o.hint);
                }
            }
            let Some(o) = resolve(&w.path, today) else { continue };
            push(format!("heading {} title", o.heading.id), &o.heading.title);
            push(format!("heading {} lead", o.heading.id), &o.heading.lead);
            for l in &o.lines {
                let i = LINES.iter().position(|x| std::ptr::eq(x, *l)).unwrap_or(0);
                push(format!("line {i} ({})", o.heading.id), &l.text);
            }
            for n in &o.forms {
                push(format!("form {} description", n.form.id), &n.form.description);
                push(format!("form {} how", n.form.id), &n.form.how);
                push(format!("form {} attach", n.form.id), &n.form.attach);
            }
        }
    }
    push("explainer lead".into(), &LEAD.text);
    for (i, (name, what)) in MEASURES.iter().enumerate() {
        push(format!("explainer measure {i}"), name);
        push(format!("explainer measure {i} what"), what);
    }
    for r in ROWS {
        push(format!("explainer row {}", r.label.sv()), &r.label);
        for (i, c) in r.cells.iter().enumerate() {
            push(format!("explainer row {} cell {i}", r.label.sv()), &c.text);
        }
    }
    for (i, c) in NATIONAL.iter().enumerate() {
        push(format!("explainer national {i}"), &c.text);
    }
    for r in ACCESS {
        push(format!("access {}", r.who.sv()), &r.who);
        push(format!("access {} text", r.who.sv()), &r.text);
    }
    out
}
