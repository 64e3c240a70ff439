//! Plain-text rendering of an outcome and of a form summary: the golden file and "Kopiera som text".

use super::content::questions::region_name;
use super::facts::V;
use super::graph::Walk;
use super::model::{FormDef, Kind, Section};
use super::resolve::Outcome;
use super::sources::Cite;
use super::summary::Summary;

/// The heading of a section, as shown.
pub fn section_title(s: Section) -> &'static str {
    match s {
        Section::Now => "Gör först (akut)",
        Section::Why => "Därför går det inte här",
        Section::Steps => "Gör så här",
        Section::Decide => "Vem beslutar",
        Section::Execute => "Vem verkställer",
        Section::Form => "Blankett",
        Section::Document => "Dokumentation",
        Section::Inform => "Information till patienten",
        Section::FollowUp => "Uppföljning och datum",
        Section::NotCovered => "Det här omfattar åtgärden inte",
        Section::Warn => "Varningar och bra att veta",
        Section::Conflict => "Här skiljer sig källorna åt",
        Section::Ask => "Vem du kan fråga",
        Section::National => "Nationella uppgifter (inte regionens rutin)",
    }
}

pub fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Routine => "Rutin",
        Kind::Refusal => "Går inte enligt källorna",
        Kind::NotInSources => "Finns inte i regionens källor",
    }
}

pub fn measure_label(m: V) -> &'static str {
    match m {
        V::Lock => "Låsa inloggning",
        V::Seal => "Försegla journalen",
        V::Block => "Spärra journal",
        V::Guardian => "Vårdnadshavares direktåtkomst",
        V::Ombud => "Åtkomst som ombud",
        _ => "",
    }
}

/// A form as one line: its title (or that it has none, and what it is), where it goes and how,
/// and what to attach. Shown in the outcome, printed and copied.
pub fn form_line(f: &FormDef) -> String {
    let mut t = match (f.title, f.recipient.is_empty()) {
        (Some(title), false) => format!("”{title}”: skickas till {}. ", f.recipient),
        (Some(title), true) => format!("”{title}”: mottagaren anges inte i källan. "),
        (None, false) => format!("Blankett utan titel i källan. {} Skickas till {}. ", f.description, f.recipient),
        (None, true) => format!("Blankett utan titel i källan. {} Mottagaren anges inte i källan. ", f.description),
    };
    t.push_str(f.how);
    if !f.attach.is_empty() {
        t.push_str(&format!(" Bifoga: {}", f.attach));
    }
    t
}

pub fn cites(c: &[Cite]) -> String {
    c.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
}

/// The outcome as plain text: answers, heading, then every section with its sources.
pub fn outcome_text(o: &Outcome, walk: &Walk) -> String {
    let mut t = String::new();
    t.push_str(&format!("{} — {}\n", kind_label(o.kind()), o.heading.title));
    t.push_str(&format!("{} [{}]\n", o.heading.lead, cites(o.heading.cite)));
    t.push_str(&format!("Region: {}\n", region_name(o.facts.region())));
    let ms: Vec<&str> = o.measures.iter().map(|m| measure_label(*m)).collect();
    t.push_str(&format!("Åtgärd: {}\n", ms.join(" + ")));
    t.push_str("Svar:\n");
    for (q, v) in &walk.answered {
        let label = q.option(*v).map(|o| o.label).unwrap_or("?");
        t.push_str(&format!("  - {}: {}\n", q.legend, label));
    }
    let multi = o.measures.len() > 1;
    for s in Section::ALL {
        let lines: Vec<_> = o.section(s).collect();
        let computed: Vec<_> = o.computed_in(s).collect();
        let forms = s == Section::Form && !o.forms.is_empty();
        if lines.is_empty() && computed.is_empty() && !forms {
            continue;
        }
        t.push_str(&format!("\n{}\n", section_title(s)));
        for l in lines {
            let tag = if multi { format!("[{}] ", measure_label(l.part)) } else { String::new() };
            t.push_str(&format!("  - {}{} [{}]\n", tag, l.text, cites(l.cite)));
        }
        if forms {
            for f in &o.forms {
                t.push_str(&format!("  - {} [{}]\n", form_line(f.form), cites(f.form.cite)));
            }
        }
        for c in computed {
            t.push_str(&format!("  - {} [{}]\n", c.text, cites(&c.cite)));
        }
    }
    t
}

/// A form summary as plain text, for the clipboard.
pub fn summary_text(s: &Summary, today: &str) -> String {
    let mut t = String::new();
    match (s.has_form, s.title) {
        (true, Some(title)) => t.push_str(&format!("Blankett: {title}\n")),
        (true, None) => t.push_str(&format!("Blankett: (ingen titel i källan) {}\n", s.description)),
        (false, _) => t.push_str(&format!("Underlag: {}\n", s.description)),
    }
    for f in &s.fields {
        t.push_str(&format!("{}: {}", f.label, f.value));
        if !f.cite.is_empty() {
            t.push_str(&format!(" [{}]", cites(&f.cite)));
        }
        if let Some(p) = &f.problem {
            t.push_str(&format!(" (FEL: {p})"));
        }
        if let Some(w) = &f.warning {
            t.push_str(&format!(" (OBS: {w})"));
        }
        t.push('\n');
    }
    t.push_str(&format!("Utskrivet {today} från Skyddsguiden.\n"));
    t
}
