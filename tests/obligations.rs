//! The obligations index (`content::obligations`) against the sources and against every path.
//!
//! - `every_normative_sentence_is_indexed`: scans ../shared/seeds (or $SKYDDSGUIDE_SEEDS) for
//!   normative sentences and fails naming each one no index entry covers; every quote must be
//!   verbatim in its cited seed file, inside its cited section.
//! - `every_governed_path_carries_its_obligations`: for every complete path of both regions, every
//!   obligation whose condition holds is shown by a line of the outcome in one of its sections,
//!   citing its source and section, and containing its carry phrase. All failures are collected and
//!   printed grouped by obligation.
//!
//! What counts as a line of the outcome: `o.lines` and `o.computed` (as the brief for the index
//! says), plus what the outcome shows of each form under "Blankett" (title, recipient, how; as
//! `Section::Form`) and the Cosmic notes of the form summary (as `Section::Document`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use skyddsguide::rules::content::obligations::OBLIGATIONS;
use skyddsguide::rules::dates::parse_iso;
use skyddsguide::rules::facts::write_fragment;
use skyddsguide::rules::graph;
use skyddsguide::rules::model::{Applies, Section};
use skyddsguide::rules::resolve::{resolve, Outcome};
use skyddsguide::rules::sources::Cite;
use skyddsguide::rules::{Page, V};

/// The normative words (whole words, case-insensitive): the list, plus *behöver*.
const NORMATIVE: [&str; 10] =
    ["ska", "måste", "alltid", "aldrig", "krävs", "får inte", "kan inte", "endast", "bara", "behöver"];

mod common;
use common::{known_sections, load_raw, normalise, section_texts, seeds_dir};

/// Split normalised text into sentences: after . ! ? followed by a space and a capital letter, a
/// digit, a dash or #; at bullets (•), markdown heading marks and URLs (which end no sentence in
/// the sources but stand between them).
fn sentences(normalised: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let words: Vec<&str> = normalised.split(' ').collect();
    let flush = |cur: &mut Vec<&str>, out: &mut Vec<String>| {
        if !cur.is_empty() {
            out.push(cur.join(" "));
            cur.clear();
        }
    };
    for (i, w) in words.iter().enumerate() {
        let boundary_word = *w == "•"
            || w.chars().all(|c| c == '#')
            || w.starts_with("http://")
            || w.starts_with("https://")
            || w.starts_with("mailto:");
        if boundary_word {
            flush(&mut cur, &mut out);
            continue;
        }
        cur.push(w);
        let ends = w.ends_with(['.', '!', '?']);
        let next_starts = words
            .get(i + 1)
            .and_then(|n| n.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '–' || c == '#' || c == '•');
        if ends && next_starts {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Does `s` hold `word` (one or more words) as whole words, case-insensitively?
fn has_word(s: &str, word: &str) -> bool {
    let hay = s.to_lowercase();
    let is_letter = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let at = from + i;
        let before = hay[..at].chars().next_back();
        let after = hay[at + word.len()..].chars().next();
        if !before.is_some_and(is_letter) && !after.is_some_and(is_letter) {
            return true;
        }
        from = at + word.len();
    }
    false
}

fn is_normative(s: &str) -> bool {
    NORMATIVE.iter().any(|w| has_word(s, w))
}

#[test]
fn the_sentence_splitter_and_word_test_work() {
    assert_eq!(
        sentences("Slutdatum ska alltid sättas. Ansvarig för beslutet – verksamhetschefen. 3.3 Tillvägagångssätt"),
        vec!["Slutdatum ska alltid sättas.", "Ansvarig för beslutet – verksamhetschefen.", "3.3 Tillvägagångssätt"]
    );
    assert_eq!(sentences("t.ex. då det kan • Nästa https://x.se Mer"), vec!["t.ex. då det kan", "Nästa", "Mer"]);
    assert!(has_word("Det krävs en särskild procedur", "krävs"));
    assert!(has_word("Skäl: barnet FÅR INTE", "får inte"));
    assert!(!has_word("för att inte skada", "ska"));
    assert!(!has_word("Barnkliniken", "bara"));
    assert!(is_normative("Menprövning ska alltid göras."));
    assert!(!is_normative("Vården kan läsa journalen som vanligt."));
}

#[test]
fn every_normative_sentence_is_indexed() {
    let Some(raw) = load_raw() else {
        println!("skipped: seeds not found at {} (set SKYDDSGUIDE_SEEDS to check the index)", seeds_dir().display());
        return;
    };
    // OBLIGATIONS_LIST=1 prints every normative sentence with the entries that index it.
    let list = std::env::var_os("OBLIGATIONS_LIST").is_some();
    let mut problems = Vec::new();
    let mut found = 0;
    let mut covered = 0;
    for (src, text) in &raw {
        for s in sentences(&normalise(text)).into_iter().filter(|s| is_normative(s)) {
            found += 1;
            let by: Vec<_> =
                OBLIGATIONS.iter().filter(|o| o.cite.src() == *src && s.contains(&normalise(o.quote))).collect();
            if by.is_empty() {
                problems.push(format!("not indexed ({}): {s}", src.id()));
            } else if !by.iter().any(|o| is_normative(o.quote)) {
                problems.push(format!("indexed only by quotes without its normative clause ({}): {s}", src.id()));
            } else {
                covered += 1;
            }
            if list {
                let how: Vec<String> = by
                    .iter()
                    .map(|o| match o.applies {
                        Applies::In { carry, .. } => format!("{} In “{carry}”", o.cite.label()),
                        Applies::NotHere(_) => format!("{} NotHere", o.cite.label()),
                    })
                    .collect();
                println!("  {} | {s}", how.join("; "));
            }
        }
    }
    // The section finder sees every section of every source (else a section would swallow the next).
    for (src, text) in &raw {
        let found: Vec<&str> = section_texts(*src, text).keys().copied().collect();
        let mut known: Vec<&str> = known_sections(*src).to_vec();
        known.sort();
        if found != known {
            problems.push(format!("sections of {}: found {found:?}, expected {known:?}", src.id()));
        }
    }
    // Every quote is verbatim in its cited seed file and inside its cited section.
    let mut extra = 0;
    for o in OBLIGATIONS {
        let Some((_, text)) = raw.iter().find(|(s, _)| *s == o.cite.src()) else {
            problems.push(format!("cites a source without a seed file: {} ”{}”", o.cite.label(), o.quote));
            continue;
        };
        let q = normalise(o.quote);
        if !known_sections(o.cite.src()).contains(&o.cite.section()) {
            problems.push(format!("unknown section {:?} in {}: ”{}”", o.cite.section(), o.cite.label(), o.quote));
        }
        if !normalise(text).contains(&q) {
            problems.push(format!("not verbatim in {}: ”{}”", o.cite.src().id(), o.quote));
            continue;
        }
        let sections = section_texts(o.cite.src(), text);
        if !sections.get(o.cite.section()).is_some_and(|t| t.contains(&q)) {
            let actual: Vec<&str> = sections.iter().filter(|(_, t)| t.contains(&q)).map(|(k, _)| *k).collect();
            problems.push(format!("not in section {}: ”{}” (found in {:?})", o.cite.label(), o.quote, actual));
        }
        let normative =
            sentences(&normalise(text)).iter().any(|s| s.contains(&q) && is_normative(s)) && is_normative(o.quote);
        if !normative {
            extra += 1;
        }
        match &o.applies {
            Applies::In { when, sections, carry } => {
                if when.is_empty() || sections.is_empty() || carry.trim().chars().count() < 3 {
                    problems
                        .push(format!("{}: an In entry needs conditions, sections and a carry phrase", o.cite.label()));
                }
            }
            Applies::NotHere(reason) => {
                if reason.trim().len() < 20 {
                    problems.push(format!("{}: NotHere needs a reason a reviewer can check", o.cite.label()));
                }
            }
        }
    }
    let ins = OBLIGATIONS.iter().filter(|o| matches!(o.applies, Applies::In { .. })).count();
    println!(
        "obligations: {found} normative sentences found in the sources, {covered} indexed; {} index entries ({ins} In, {} NotHere; {extra} without a normative word of their own)",
        OBLIGATIONS.len(),
        OBLIGATIONS.len() - ins
    );
    assert!(found > 50, "suspiciously few normative sentences: {found}");
    assert!(problems.is_empty(), "obligations index vs the sources:\n  {}", problems.join("\n  "));
}

/// One thing the outcome shows: a section, the text and what it cites.
struct Shown {
    section: Section,
    text: String,
    cite: Vec<Cite>,
}

fn shown(o: &Outcome) -> Vec<Shown> {
    let mut out = Vec::new();
    for l in &o.lines {
        out.push(Shown { section: l.section, text: l.text.sv().to_string(), cite: l.cite.to_vec() });
    }
    for c in &o.computed {
        out.push(Shown { section: c.section, text: c.sv(), cite: c.cite.clone() });
    }
    for f in &o.forms {
        let title = f.form.title.unwrap_or(f.form.description.sv());
        out.push(Shown {
            section: Section::Form,
            text: format!("{title} till {}. {}", f.form.recipient, f.form.how.sv()),
            cite: f.form.cite.to_vec(),
        });
    }
    for n in &o.cosmic {
        out.push(Shown {
            section: Section::Document,
            text: format!("{} {} {} {}", n.place, n.keyword, n.option, n.content.sv()),
            cite: n.cite.to_vec(),
        });
    }
    out
}

fn same_place(a: &Cite, b: &Cite) -> bool {
    a.src() == b.src() && a.section() == b.section()
}

#[test]
fn every_governed_path_carries_its_obligations() {
    let today = parse_iso("2026-01-15").unwrap();
    let show_text = std::env::var_os("OBLIGATIONS_SHOW_TEXT").is_some();
    let show_pass = std::env::var_os("OBLIGATIONS_SHOW_PASS").is_some();
    let mut shown_pass = std::collections::BTreeSet::new();
    let mut governs = vec![0usize; OBLIGATIONS.len()];
    // obligation index -> (links, what was near)
    let mut failures: BTreeMap<usize, (Vec<String>, BTreeMap<String, usize>)> = BTreeMap::new();
    let mut checks = 0;
    let mut paths = 0;
    for region in [V::Rjh, V::Jonkoping] {
        for answers in graph::enumerate(region) {
            paths += 1;
            let w = graph::walk(&graph::facts_for(region, &answers));
            let o = resolve(&w.path, today).expect("an outcome");
            let eff = w.path.effective();
            let items = shown(&o);
            for (i, ob) in OBLIGATIONS.iter().enumerate() {
                let Applies::In { when, sections, carry } = &ob.applies else { continue };
                if !when.iter().any(|c| eff.matches(c)) {
                    continue;
                }
                checks += 1;
                let carry_l = carry.to_lowercase();
                let carries = |s: &Shown| s.text.to_lowercase().contains(&carry_l);
                let cites = |s: &Shown| s.cite.iter().any(|c| same_place(c, &ob.cite));
                governs[i] += 1;
                let hit = items.iter().find(|s| sections.contains(&s.section) && cites(s) && carries(s));
                if let Some(s) = hit {
                    if show_pass && shown_pass.insert(i) {
                        println!("pass [{}] “{carry}” <- {:?}: {}", ob.cite.label(), s.section, s.text);
                    }
                    continue;
                }
                // What comes closest, to tell a missing cite from a missing line.
                let mut near = Vec::new();
                for s in &items {
                    let in_section = sections.contains(&s.section);
                    let note = match (in_section, cites(s), carries(s)) {
                        (true, false, true) => Some(format!(
                            "carried in {:?} but cited to {}",
                            s.section,
                            s.cite.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ")
                        )),
                        (false, true, true) => Some(format!("carried and cited, but in section {:?}", s.section)),
                        (true, true, false) => {
                            Some(format!("{:?} cites {} without “{carry}”", s.section, ob.cite.label()))
                        }
                        _ => None,
                    };
                    if let Some(n) = note {
                        near.push(if show_text { format!("{n}: {}", s.text) } else { n });
                    }
                }
                if near.is_empty() {
                    near.push(format!("nothing in {sections:?} cites {} or says “{carry}”", ob.cite.label()));
                }
                let entry = failures.entry(i).or_default();
                entry.0.push(write_fragment(Page::Guide, &w.path));
                for n in near {
                    *entry.1.entry(n).or_default() += 1;
                }
            }
        }
    }
    println!("governed paths: {paths} paths, {checks} (path, obligation) pairs checked");
    // Obligations whose situations no path reaches yet (they wait for a question, e.g. age,
    // sealedby, action=continue, lockedby=unknown): listed so that nobody mistakes them for checked.
    let idle: Vec<String> = OBLIGATIONS
        .iter()
        .zip(&governs)
        .filter(|(o, n)| matches!(o.applies, Applies::In { .. }) && **n == 0)
        .map(|(o, _)| format!("  [{}] ”{}”", o.cite.label(), o.quote))
        .collect();
    if !idle.is_empty() {
        println!("{} obligation(s) govern no complete path yet:\n{}", idle.len(), idle.join("\n"));
    }
    if failures.is_empty() {
        return;
    }
    let mut report = String::new();
    let mut pairs = 0;
    for (i, (links, near)) in &failures {
        let ob = &OBLIGATIONS[*i];
        let Applies::In { sections, carry, .. } = &ob.applies else { unreachable!() };
        pairs += links.len();
        report.push_str(&format!(
            "\n[{}] ”{}”\n    expected: a line in {:?} citing {} and saying “{}”; missing on {} path(s), e.g.\n",
            ob.cite.label(),
            ob.quote,
            sections,
            ob.cite.label(),
            carry,
            links.len()
        ));
        for l in links.iter().take(3) {
            report.push_str(&format!("      #{l}\n"));
        }
        for (n, count) in near {
            report.push_str(&format!("    - {n} (on {count} of these paths)\n"));
        }
    }
    println!("{report}");
    panic!(
        "{} obligation(s) missing from the outcomes they govern ({pairs} path-obligation pairs); see the list above",
        failures.len()
    );
}
