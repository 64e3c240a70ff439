//! Plain-text rendering of an outcome and of a form summary: the golden file and "Kopiera som text".

use super::content::chrome;
use super::content::questions::region_name;
use super::graph::Walk;
use super::model::{FormDef, Line, Section};
use super::resolve::Outcome;
use super::sources::Cite;
use super::summary::Summary;
use super::text::{Fill, Voice};

pub use super::content::chrome::{kind_label, measure_label, section_title};

/// A form as one line: its title (or that it has none, and what it is), where it goes and how,
/// and what to attach. Shown in the outcome, printed and copied. Titles and recipients stay in
/// Swedish, verbatim: they are what the reader must find.
pub fn form_line(f: &FormDef, v: &Voice) -> String {
    let mut t = match f.title {
        Some(title) if v.en() => format!("”{title}” ({}).", v.text(&chrome::FORM_WORD)),
        Some(title) => format!("”{title}”."),
        None => format!("{} {}", v.text(&chrome::FORM_UNTITLED), v.text(&f.description)),
    };
    if f.recipient.is_empty() {
        t.push_str(&format!(" {}", v.text(&chrome::RECIPIENT_UNSTATED)));
    } else {
        t.push_str(&format!(" {} {}.", v.text(&chrome::SENT_TO), f.recipient));
    }
    // A "how" hidden from citizens leaves no double space.
    if let Some(how) = v.say(&f.how) {
        t.push(' ');
        t.push_str(how);
    }
    if !f.attach.is_empty() {
        t.push_str(&format!(" {}: {}", v.text(&chrome::ATTACH), v.text(&f.attach)));
    }
    t
}

/// Whether a reader sees a form: staff always; a citizen where the form's description has their
/// wording (a form only care fills in is hidden from citizens).
pub fn shown_to(f: &FormDef, v: &Voice) -> bool {
    v.say(&f.description).is_some()
}

pub fn cites(c: &[Cite]) -> String {
    c.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
}

/// The outcome as plain text: answers, heading, then every section with its sources.
pub fn outcome_text(o: &Outcome, walk: &Walk, v: &Voice) -> String {
    let mut t = String::new();
    t.push_str(&format!("{} — {}\n", v.text(kind_label(o.kind())), v.text(&o.heading.title)));
    t.push_str(&format!("{} [{}]\n", v.text(&o.heading.lead), cites(&o.heading.cite)));
    t.push_str(&format!("{}: {}\n", v.text(&chrome::REGION), region_name(o.facts.region())));
    let ms: Vec<&str> = o.measures.iter().map(|m| v.text(measure_label(*m))).collect();
    t.push_str(&format!("{}: {}\n", v.text(&chrome::MEASURE), ms.join(" + ")));
    t.push_str(&format!("{}:\n", v.text(&chrome::ANSWERS)));
    for (q, a) in &walk.answered {
        let label = q.option(*a).map(|o| v.text(&o.label)).unwrap_or("?");
        t.push_str(&format!("  - {}: {}\n", v.text(&q.legend), label));
    }
    let multi = o.measures.len() > 1;
    for s in Section::ALL {
        let lines: Vec<(&Line, &str)> = o.section(s).filter_map(|l| v.say(&l.text).map(|x| (l, x))).collect();
        let computed: Vec<_> = o.computed_in(s).collect();
        let forms = s == Section::Form && o.forms.iter().any(|f| shown_to(f.form, v));
        let Some(title) = v.say(section_title(s)) else { continue };
        if lines.is_empty() && computed.is_empty() && !forms {
            continue;
        }
        t.push_str(&format!("\n{title}\n"));
        for (l, text) in lines {
            let tag = if multi { format!("[{}] ", v.text(measure_label(l.part))) } else { String::new() };
            t.push_str(&format!("  - {tag}{text} [{}]\n", cites(&l.cite)));
        }
        if forms {
            for f in o.forms.iter().filter(|f| shown_to(f.form, v)) {
                t.push_str(&format!("  - {} [{}]\n", form_line(f.form, v), cites(&f.form.cite)));
            }
        }
        for c in computed {
            t.push_str(&format!("  - {} [{}]\n", c.text(v), cites(&c.cite)));
        }
    }
    t
}

/// A form summary as plain text, for the clipboard.
pub fn summary_text(s: &Summary, today: &str, v: &Voice) -> String {
    let mut t = String::new();
    match (s.has_form, s.title) {
        (true, Some(title)) => t.push_str(&format!("{}: {title}\n", v.text(&chrome::FORM_LABEL))),
        (true, None) => t.push_str(&format!(
            "{}: {} {}\n",
            v.text(&chrome::FORM_LABEL),
            v.text(&chrome::FORM_UNTITLED),
            s.description
        )),
        (false, _) => t.push_str(&format!("{}: {}\n", v.text(&chrome::DOCUMENTATION_NOTE), s.description)),
    }
    for f in &s.fields {
        t.push_str(&format!("{}: {}", v.text(f.label), f.value));
        if !f.cite.is_empty() {
            t.push_str(&format!(" [{}]", cites(&f.cite)));
        }
        if let Some(p) = &f.problem {
            t.push_str(&format!(" ({}: {p})", v.text(&chrome::ERROR)));
        }
        if let Some(w) = &f.warning {
            t.push_str(&format!(" ({}: {w})", v.text(&chrome::NOTE)));
        }
        t.push('\n');
    }
    t.push_str(&v.text(&chrome::PRINTED).fill(&[("date", today)]));
    t.push('\n');
    t
}
