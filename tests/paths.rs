//! Every path through the question graph, from the first question to an outcome or a refusal.
//! Prints the number of paths. Also: the golden file of all outcomes, and a coverage gate that
//! every question, heading, line, form and Cosmic note is reached by some path.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use skyddsguide::rules::content::forms::{COSMIC_NOTES, FORM_USES};
use skyddsguide::rules::content::obligations::OBLIGATIONS;
use skyddsguide::rules::content::outcomes::{HEADINGS, LINES};
use skyddsguide::rules::content::questions::QUESTIONS;
use skyddsguide::rules::dates::parse_iso;
use skyddsguide::rules::graph::{self, enumerate, enumerate_from, walk};
use skyddsguide::rules::model::{Applies, Kind, Section};
use skyddsguide::rules::render::outcome_text;
use skyddsguide::rules::resolve::{headings, resolve};
use skyddsguide::rules::text::Voice;
use skyddsguide::rules::{Facts, V};

const REGIONS: [V; 2] = [V::Rjh, V::Jonkoping];

/// Where paths start: each region, for staff (the default) and for citizens (their own way in).
fn bases() -> Vec<Facts> {
    let mut out = Vec::new();
    for region in REGIONS {
        out.push(Facts::new().with(region));
        out.push(Facts::new().with(region).with(V::Citizen));
    }
    out
}

#[test]
fn every_path_ends_in_exactly_one_cited_outcome() {
    let today = parse_iso("2026-01-15").unwrap();
    let mut total = 0;
    for base in bases() {
        let region = base.region();
        let paths = enumerate_from(&base);
        assert!(!paths.is_empty());
        for answers in &paths {
            total += 1;
            let f = graph::facts_from(&base, answers);
            let w = walk(&f);
            assert!(w.is_complete(), "{answers:?} is not complete");
            assert_eq!(w.answered.len(), answers.len(), "{answers:?}: not every answer was used");
            let ids: Vec<&str> = w.answered.iter().map(|(q, _)| q.id).collect();
            let unique: BTreeSet<&str> = ids.iter().copied().collect();
            assert_eq!(unique.len(), ids.len(), "{answers:?}: a question was asked twice: {ids:?}");
            let hs = headings(&w.path);
            assert_eq!(
                hs.len(),
                1,
                "{answers:?} in {region:?}: {} headings: {:?}",
                hs.len(),
                hs.iter().map(|h| h.id).collect::<Vec<_>>()
            );
            let o = resolve(&w.path, today).expect("an outcome");
            assert!(!o.heading.cite.is_empty(), "{}: heading without source", o.heading.id);
            for l in &o.lines {
                assert!(!l.cite.is_empty(), "{}: line without source: {}", o.heading.id, l.text.sv());
            }
            for f in &o.forms {
                assert!(!f.form.cite.is_empty());
            }
            for c in &o.computed {
                assert!(!c.cite.is_empty());
            }
            match o.kind() {
                Kind::Routine => {
                    let has = |s| o.section(s).next().is_some();
                    assert!(has(Section::Steps) || has(Section::Decide), "{}: a routine with no steps", o.heading.id);
                    assert!(
                        has(Section::Execute) || has(Section::Ask),
                        "{}: no executor and no one to ask",
                        o.heading.id
                    );
                }
                Kind::Refusal | Kind::NotInSources => {
                    assert!(
                        o.section(Section::Ask).next().is_some(),
                        "{}: says no but names no one to ask",
                        o.heading.id
                    );
                }
            }
            // Every outcome names its measure(s), and a routine says for each who acts or whom to ask.
            assert!(!o.measures.is_empty(), "{}: no measure", o.heading.id);
            if o.kind() == Kind::Routine {
                for m in &o.measures {
                    let covered = o.lines.iter().any(|l| {
                        l.part == *m && matches!(l.section, Section::Decide | Section::Execute | Section::Ask)
                    });
                    assert!(
                        covered,
                        "{} {answers:?}: nothing says who decides or executes the {m:?} part",
                        o.heading.id
                    );
                }
            }
        }
    }
    println!("paths: {total} complete paths through the question graph");
    assert!(total > 40, "suspiciously few paths: {total}");
}

#[test]
fn nothing_in_the_content_is_unreachable() {
    let mut questions = BTreeSet::new();
    let mut heads = BTreeSet::new();
    let mut lines = BTreeSet::new();
    let mut forms = BTreeSet::new();
    let mut notes = BTreeSet::new();
    for base in bases() {
        for answers in enumerate_from(&base) {
            let f = graph::facts_from(&base, &answers);
            let w = walk(&f);
            for (q, _) in &w.answered {
                questions.insert(q.id);
            }
            let eff = w.path.effective();
            for (i, h) in HEADINGS.iter().enumerate() {
                if eff.matches(h.when) {
                    heads.insert(i);
                }
            }
            for (i, l) in LINES.iter().enumerate() {
                if l.applies(&eff) {
                    lines.insert(i);
                }
            }
            for (i, u) in FORM_USES.iter().enumerate() {
                if eff.matches(u.when) {
                    forms.insert(i);
                }
            }
            for (i, n) in COSMIC_NOTES.iter().enumerate() {
                if eff.matches(n.when) {
                    notes.insert(i);
                }
            }
        }
    }
    for q in QUESTIONS {
        assert!(questions.contains(q.id), "question {} is never asked", q.id);
        for o in q.all_options() {
            assert!(!o.label.is_empty());
        }
    }
    for (i, h) in HEADINGS.iter().enumerate() {
        assert!(heads.contains(&i), "heading {} is unreachable", h.id);
    }
    for (i, l) in LINES.iter().enumerate() {
        assert!(lines.contains(&i), "line {i} is unreachable: {}", l.text.sv());
    }
    for (i, u) in FORM_USES.iter().enumerate() {
        assert!(forms.contains(&i), "form use {i} ({}) is unreachable", u.form.id);
    }
    for (i, n) in COSMIC_NOTES.iter().enumerate() {
        assert!(notes.contains(&i), "Cosmic note {i} ({}) is unreachable", n.content.sv());
    }
    println!(
        "coverage: {} questions, {} headings, {} lines, {} form uses, {} Cosmic notes, all reached",
        QUESTIONS.len(),
        HEADINGS.len(),
        LINES.len(),
        FORM_USES.len(),
        COSMIC_NOTES.len()
    );
}

/// Run every path forwards, answer by answer, then backwards with "Tillbaka": each step back
/// reopens the question answered last, and the start is reached again.
#[test]
fn every_path_runs_forwards_and_backwards() {
    for base in bases() {
        for answers in enumerate_from(&base) {
            let mut f = base.clone();
            let mut asked = Vec::new();
            for a in &answers {
                let q = walk(&f).open.expect("an open question before each answer");
                assert!(q.option(*a).is_some(), "{a:?} is not an option of {}", q.id);
                asked.push(q.id);
                f = graph::answer(&f, *a);
            }
            assert!(walk(&f).is_complete());
            for id in asked.iter().rev() {
                f = graph::back(&f);
                assert_eq!(walk(&f).open.map(|q| q.id), Some(*id), "back from {answers:?}");
            }
            assert_eq!(walk(&f).open.map(|q| q.id), asked.first().copied());
            assert!(matches!(asked.first(), Some(&"start" | &"start-citizen")));
        }
    }
}

/// Changing one earlier answer keeps the later answers that still apply: after the change, no
/// question whose answer was kept is asked again.
#[test]
fn changing_an_answer_never_asks_again_what_still_applies() {
    for region in REGIONS {
        let paths = enumerate(region);
        for answers in paths.iter().filter(|p| p.len() >= 3) {
            let f = graph::facts_for(region, answers);
            let w = walk(&f);
            let (q1, _) = w.answered[1];
            for o in q1.all_options() {
                let g = graph::answer(&f, o.value);
                let wg = walk(&g);
                for (q, v) in &wg.answered {
                    // An answer kept from before is the same answer.
                    if let Some((_, old)) = w.answered.iter().find(|(p, _)| p.id == q.id) {
                        if q.id != q1.id && q.option(*old).is_some() {
                            assert_eq!(v, old, "{answers:?}: changing {} changed {}", q1.id, q.id);
                        }
                    }
                }
                if let Some(open) = wg.open {
                    let had = w.answered.iter().any(|(p, v)| p.id == open.id && open.option(*v).is_some());
                    assert!(!had, "{answers:?}: changing {} re-asks {}", q1.id, open.id);
                }
            }
        }
    }
}

/// Compare `text` with a golden file, or write it with UPDATE_GOLDEN=1.
fn golden(file: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, text).unwrap();
        println!("golden file written: {}", path.display());
        return;
    }
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old != text {
        let first = old.lines().zip(text.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{file} differs from the content (first difference at line {}):\n  file: {:?}\n  now:  {:?}\nReview the change, then regenerate with UPDATE_GOLDEN=1 cargo test --test paths",
            first + 1,
            old.lines().nth(first),
            text.lines().nth(first)
        );
    }
}

/// Every outcome of every staff path (outcomes.txt, and in English english.txt) and, in the
/// citizen's words, of every citizen path (citizen.txt, and in English citizen-english.txt): a
/// content or translation change is a reviewable diff.
#[test]
fn golden_file_of_every_outcome() {
    use skyddsguide::rules::text::{Audience, Lang, Packs};
    let today = parse_iso("2026-01-15").unwrap();
    let head = "# Every outcome of every path, rendered as plain text (decision date 2026-01-15).\n# Regenerate: UPDATE_GOLDEN=1 cargo test --test paths\n";
    let (mut staff, mut citizen, mut english) = (String::from(head), String::from(head), String::from(head));
    let mut citizen_english = String::from(head);
    let citizen_voice = Voice::new(Lang::Sv, Audience::Citizen, Packs::empty());
    let english_voice = Voice::new(Lang::En, Audience::Staff, Packs::empty());
    let citizen_english_voice = Voice::new(Lang::En, Audience::Citizen, Packs::empty());
    for base in bases() {
        let is_citizen = base.get(skyddsguide::rules::K::Audience) == Some(V::Citizen);
        for answers in enumerate_from(&base) {
            let w = walk(&graph::facts_from(&base, &answers));
            let o = resolve(&w.path, today).unwrap();
            let link = skyddsguide::rules::facts::write_fragment(skyddsguide::rules::Page::Guide, &w.path);
            let (text, voice) =
                if is_citizen { (&mut citizen, citizen_voice) } else { (&mut staff, Voice::sv_staff()) };
            text.push_str(&format!("\n======== #{link}\n"));
            text.push_str(&outcome_text(&o, &w, &voice));
            let (text, voice) =
                if is_citizen { (&mut citizen_english, citizen_english_voice) } else { (&mut english, english_voice) };
            text.push_str(&format!("\n======== #{link}&lang=en\n"));
            text.push_str(&outcome_text(&o, &w, &voice));
        }
    }
    // A text hidden from a voice leaves no gap: a citizen's form line once read "Skickas till
    // Central support för e-tjänsten Journalen.  [S4 3.5]" where the staff-only "how" stood.
    for t in [&staff, &citizen, &english, &citizen_english] {
        let gap = t.lines().find(|l| l.trim_start().contains("  "));
        assert!(gap.is_none(), "a double space: {gap:?}");
    }
    golden("tests/golden/outcomes.txt", &staff);
    golden("tests/golden/citizen.txt", &citizen);
    golden("tests/golden/english.txt", &english);
    golden("tests/golden/citizen-english.txt", &citizen_english);
}

/// The form summaries of every staff path, as "Kopiera som text" gives them before anything is
/// entered (decision date 2026-01-15), in Swedish (summaries.txt) and English
/// (summaries-english.txt, line by line beside it): each field's value and citations are a reviewable diff, as
/// the outcomes are (a field once cited S4 2.2.2, about sealing on healthcare's initiative, for
/// a citizen's own sealing; nothing showed it).
#[test]
fn golden_file_of_every_form_summary() {
    use skyddsguide::rules::render::summary_text;
    use skyddsguide::rules::summary::summaries;
    use skyddsguide::rules::text::{Audience, Lang, Packs};
    use skyddsguide::rules::State;
    let today = parse_iso("2026-01-15").unwrap();
    let mut text = String::from(
        "# The form summaries of every staff path, as copied before anything is entered (decision date 2026-01-15).\n# Regenerate: UPDATE_GOLDEN=1 cargo test --test paths\n",
    );
    let mut english = text.clone();
    let english_voice = Voice::new(Lang::En, Audience::Staff, Packs::empty());
    let mut count = 0;
    for region in REGIONS {
        for answers in enumerate(region) {
            let w = walk(&graph::facts_for(region, &answers));
            let o = resolve(&w.path, today).unwrap();
            let link = skyddsguide::rules::facts::write_fragment(skyddsguide::rules::Page::Guide, &w.path);
            for (text, voice, tail) in [(&mut text, Voice::sv_staff(), ""), (&mut english, english_voice, "&lang=en")] {
                let list = summaries(&o, &w, &State::new(today, region), &voice);
                if list.is_empty() {
                    continue;
                }
                text.push_str(&format!("\n======== #{link}{tail}\n"));
                for s in &list {
                    text.push_str(&summary_text(s, "2026-01-15", &voice));
                    count += 1;
                }
            }
        }
    }
    assert!(count > 200, "{count} summaries");
    assert_eq!(text.lines().count(), english.lines().count(), "the English summaries line up with the Swedish");
    golden("tests/golden/summaries.txt", &text);
    golden("tests/golden/summaries-english.txt", &english);
}

/// Only questions whose answer changes the outcome are asked: for every question on every path,
/// some other answer to it (with the rest of the path completed any way) gives a different
/// outcome or form summary.
#[test]
fn every_question_changes_the_outcome() {
    use skyddsguide::rules::render::summary_text;
    use skyddsguide::rules::summary::summaries;
    use skyddsguide::rules::State;
    use std::collections::BTreeMap;
    let today = parse_iso("2026-01-15").unwrap();
    // (region, prefix of answers, question id) -> outcomes seen per answer
    type Place = (String, Vec<V>, &'static str);
    type Results = BTreeMap<V, BTreeSet<String>>;
    let mut seen: BTreeMap<Place, Results> = BTreeMap::new();
    for region in REGIONS {
        for answers in enumerate(region) {
            let f = graph::facts_for(region, &answers);
            let w = walk(&f);
            let o = resolve(&w.path, today).unwrap();
            let text = outcome_text(&o, &w, &Voice::sv_staff());
            // The outcome without the list of answers given.
            let body: String = text
                .lines()
                .filter(|l| {
                    !l.starts_with("  - ")
                        || !w.answered.iter().any(|(q, _)| l.starts_with(&format!("  - {}:", q.legend.sv())))
                })
                .collect::<Vec<_>>()
                .join("\n");
            let state = State::new(today, region);
            let sums: String = summaries(&o, &w, &state, &Voice::sv_staff())
                .iter()
                .map(|s| summary_text(s, "", &Voice::sv_staff()))
                .collect();
            let result = format!("{body}\n{sums}");
            for (i, (q, v)) in w.answered.iter().enumerate() {
                let key = (format!("{region:?}"), answers[..i].to_vec(), q.id);
                seen.entry(key).or_default().entry(*v).or_default().insert(result.clone());
            }
        }
    }
    for ((region, prefix, q), by_answer) in &seen {
        if by_answer.len() < 2 {
            continue; // only one answer reachable after this prefix (cannot happen: ≥ 2 options)
        }
        let all: BTreeSet<&BTreeSet<String>> = by_answer.values().collect();
        assert!(all.len() > 1, "{region} {prefix:?}: the answer to {q} never changes the outcome");
    }
}

/// The conflicts that ../shared/ROUTINES.md lists are all shown to the user somewhere.
#[test]
fn every_listed_conflict_is_shown() {
    let conflicts: Vec<&str> = LINES.iter().filter(|l| l.section == Section::Conflict).map(|l| l.text.sv()).collect();
    let all = conflicts.join("\n");
    let markers = [
        (1, "alltid gäller hela journalen och alla vårdgivare"),
        (2, "”Barn- och ungdomsmedicin”"),
        (3, "”patientansvarig läkare” när en annan myndighet"),
        (4, "anger riktlinjen inget sökord"),
        (5, "nämner två blanketter"),
        (6, "troligen menat vårdnadshavares"),
        (7, "”Försegla mitt konto”"),
        (8, "förvaltningslagen (2017:900)"),
        (9, "”Journal via nätet”"),
        (10, "Två supportnummer"),
        (11, "även personal inom hälso- och sjukvården kan försegla och låsa upp"),
        (12, "”beslutas av verksamhetschef”"),
        (13, "visas från 16 år"),
        (14, "invånaren kan begränsa förseglingen"),
        (15, "Informationsplikt"),
        (16, "”den spärrade direktåtkomsten”"),
    ];
    for (n, m) in markers {
        assert!(all.contains(m), "conflict {n} of ROUTINES.md is not shown (looked for {m:?})");
    }
}

/// A condition stores its values only: its key is theirs (`V::key`). So every condition of every
/// table is a non-empty list of values of one key (an empty one would never hold; values of two
/// keys would be read as the first one's key).
#[test]
fn every_condition_is_values_of_one_key() {
    let mut whens: Vec<(&str, &[&[V]])> = Vec::new();
    for l in LINES {
        whens.push((l.text.sv(), l.when));
        for u in l.unless {
            whens.push((l.text.sv(), u));
        }
    }
    whens.extend(HEADINGS.iter().map(|h| (h.id, h.when)));
    for q in QUESTIONS {
        whens.extend(q.when.iter().map(|w| (q.id, *w)));
    }
    whens.extend(FORM_USES.iter().map(|u| (u.form.id, u.when)));
    whens.extend(COSMIC_NOTES.iter().map(|n| (n.place, n.when)));
    for o in OBLIGATIONS {
        if let Applies::In { when, .. } = o.applies {
            whens.extend(when.iter().map(|w| (o.quote, *w)));
        }
    }
    let mut n = 0;
    for (what, when) in whens {
        for vs in when {
            n += 1;
            assert!(!vs.is_empty(), "{what}: an empty condition");
            assert!(vs.iter().all(|v| v.key() == vs[0].key()), "{what}: {vs:?} mixes keys");
        }
    }
    assert!(n > 1000, "{n}");
}

/// Invariant 8 (ARCHITECTURE.md): no clock in the core, and no browser. `today` is passed in; a
/// clock read in `src/rules/` panics on wasm32 (`SystemTime::now`) or makes a path's outcome
/// depend on when the test runs, and a browser call there would not build natively (the
/// dependencies are wasm32-only) or would hide in a `cfg`. Every file of the core is read.
#[test]
fn the_core_reads_no_clock_and_no_browser() {
    const FORBIDDEN: &[&str] = &[
        "SystemTime",
        "Instant::now",
        "now_utc",
        "now_local",
        "Date::now",
        "Date::new_0",
        "js_sys",
        "web_sys",
        "wasm_bindgen",
        "gloo",
        "yew",
    ];
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
            if e.is_dir() {
                files(&e, out);
            } else if e.extension().is_some_and(|x| x == "rs") {
                out.push(e);
            }
        }
    }
    let mut all = Vec::new();
    files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"), &mut all);
    assert!(all.len() >= 20, "{}", all.len());
    for f in &all {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for w in FORBIDDEN {
                assert!(!code.contains(w), "{}:{}: {w} in the core: {line}", f.display(), n + 1);
            }
        }
    }
}

/// Every question in every voice, with what it cites: `tests/golden/questions.txt`. A question's
/// texts and citations are content like the outcomes' (an option has no citation of its own: its
/// question's covers its label and hint), and a change to them is a diff to read against the seeds.
#[test]
fn golden_file_of_every_question() {
    use skyddsguide::rules::content::questions::QUESTIONS;
    use skyddsguide::rules::text::{Audience, Lang, Packs, Say};
    let voices = [
        ("sv", Voice::sv_staff()),
        ("en", Voice::new(Lang::En, Audience::Staff, Packs::empty())),
        ("sv citizen", Voice::new(Lang::Sv, Audience::Citizen, Packs::empty())),
        ("en citizen", Voice::new(Lang::En, Audience::Citizen, Packs::empty())),
    ];
    let mut t = String::from(
        "# Every question in every voice (staff, citizen), with its citations.\n# Regenerate: UPDATE_GOLDEN=1 cargo test --test paths\n",
    );
    let labels = |c: &[skyddsguide::rules::sources::Cite]| c.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ");
    for q in QUESTIONS {
        t.push_str(&format!("\n======== {} [{}]", q.id, labels(&q.cite)));
        if !q.answer_cite.is_empty() {
            t.push_str(&format!(" (an answer cites [{}])", labels(&q.answer_cite)));
        }
        t.push('\n');
        for (name, v) in &voices {
            let say = |s: &'static Say| v.say(s).filter(|x| !x.is_empty());
            t.push_str(&format!("-- {name}\n"));
            if let Some(l) = say(&q.legend) {
                t.push_str(&format!("{l}\n"));
            }
            if let Some(w) = say(&q.why) {
                t.push_str(&format!("  why: {w}\n"));
            }
            for (i, o) in q.all_options().enumerate() {
                if i == q.options.len() {
                    if let Some(l) = say(&q.shortcut_legend) {
                        t.push_str(&format!("  {l}\n"));
                    }
                }
                if let Some(l) = say(&o.label) {
                    t.push_str(&format!("  - {l}"));
                    if let Some(h) = say(&o.hint) {
                        t.push_str(&format!(" — {h}"));
                    }
                    t.push('\n');
                }
            }
        }
    }
    golden("tests/golden/questions.txt", &t);
}
