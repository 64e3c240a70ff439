//! The host contracts in the core: the `outcome` event's detail for every outcome (right heading,
//! a link that reopens it, the sources with versions) and never a personal field; the settings
//! that data-* attributes and `mount` options share.
#![cfg(not(target_arch = "wasm32"))]

use skyddsguide::rules::config::{Config, Raw};
use skyddsguide::rules::dates::parse_iso;
use skyddsguide::rules::event::OutcomeEvent;
use skyddsguide::rules::graph::{enumerate, facts_for, walk};
use skyddsguide::rules::resolve::resolve;
use skyddsguide::rules::state::{reduce, Action, State};
use skyddsguide::rules::V;

const NAME: &str = "Tolvan Tolvansson";
const PNR: &str = "19121212-1212";
const DECIDER: &str = "Doktor Beslutsdotter";
const END: &str = "2027-03-31";

/// Every complete path of both regions, as a state with all personal and form fields filled in.
fn every_outcome_state() -> Vec<State> {
    let today = parse_iso("2026-11-22").unwrap();
    let mut out = Vec::new();
    for region in [V::Rjh, V::Jonkoping] {
        for answers in enumerate(region) {
            let f = facts_for(region, &answers);
            let mut s = State::new(today, region);
            s = reduce(
                s,
                Action::Fragment(format!(
                    "#{}",
                    skyddsguide::rules::facts::write_fragment(skyddsguide::rules::Page::Guide, &f)
                )),
            );
            for a in [
                Action::SetName(NAME.into()),
                Action::SetIdNumber(PNR.into()),
                Action::SetDeciderName(DECIDER.into()),
                Action::SetEndDate(END.into()),
            ] {
                s = reduce(s, a);
            }
            out.push(s);
        }
    }
    out
}

#[test]
fn the_event_names_the_outcome_shown_and_its_link_reopens_it() {
    let states = every_outcome_state();
    assert!(states.len() > 100, "{} paths", states.len());
    for s in states {
        let w = s.walk();
        assert!(w.open.is_none());
        let o = resolve(&w.path, s.today).expect("complete");
        let e = OutcomeEvent::new(&o, &w.path);
        assert_eq!(e.heading.id, o.heading.id);
        assert_eq!(e.heading.title, o.heading.title.sv());
        assert!(!e.sources.is_empty() && e.sources.iter().all(|x| !x.version.is_empty()));
        assert!(["routine", "refusal", "not-in-sources"].contains(&e.kind));
        assert_eq!(e.forms.len(), o.forms.iter().map(|f| f.form.id).collect::<std::collections::BTreeSet<_>>().len());
        // The link opens the same outcome in a fresh widget.
        let t = reduce(State::new(s.today, V::Rjh), Action::Fragment(e.link.clone()));
        let tw = t.walk();
        assert!(tw.open.is_none(), "{} reopens a question", e.link);
        assert_eq!(resolve(&tw.path, t.today).unwrap().heading.id, e.heading.id, "{}", e.link);
    }
}

/// The outcome's "Källor" and the event's `sources` are one list (`Outcome::sources`), and it
/// names every source cited anywhere on the outcome's screen: the heading, the lines, the forms,
/// the computed lines, the Cosmic notes and every field of the form summaries. A citation missing
/// from it is named with the place that cites it. And it lists nothing that only a form summary
/// cites (a citizen, who gets no summary, would see a source nothing on the screen cites).
#[test]
fn the_sources_list_names_every_source_cited_on_the_screen() {
    use skyddsguide::rules::sources::Cite;
    use skyddsguide::rules::summary::summaries;
    use skyddsguide::rules::text::Voice;
    let mut missing = Vec::new();
    for s in every_outcome_state() {
        let w = s.walk();
        let o = resolve(&w.path, s.today).unwrap();
        let listed = o.sources();
        // And no source is listed that only a form summary cites (staff see those, citizens do
        // not): every listed source is cited by the heading, a line or a form.
        let seen_by_all = skyddsguide::rules::sources::cited(
            o.heading
                .cite
                .iter()
                .chain(o.lines.iter().flat_map(|l| l.cite.iter()))
                .chain(o.forms.iter().flat_map(|f| f.form.cite.iter())),
        );
        assert_eq!(seen_by_all, listed, "{}: a source only a form summary cites", o.heading.id);
        let mut shown: Vec<(String, &[Cite])> = vec![(format!("heading {}", o.heading.id), &o.heading.cite)];
        shown.extend(o.lines.iter().map(|l| (format!("line {:?}: {}", l.section, l.text.sv()), &l.cite[..])));
        shown.extend(o.forms.iter().map(|f| (format!("form {}", f.form.id), &f.form.cite[..])));
        shown.extend(o.computed.iter().map(|c| (format!("computed {:?}: {}", c.section, c.sv()), c.cite.as_slice())));
        shown.extend(o.cosmic.iter().map(|n| (format!("Cosmic note {}", n.place), &n.cite[..])));
        let list = summaries(&o, &w, &s, &Voice::sv_staff());
        for sm in &list {
            shown.extend(sm.fields.iter().map(|f| (format!("summary field {}", f.label.sv()), f.cite.as_slice())));
        }
        for (place, cites) in shown {
            for c in cites.iter().filter(|c| !listed.contains(&c.src())) {
                missing.push(format!("{}: {place} cites {}", o.heading.id, c.label()));
            }
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "cited on the screen but not in its sources:\n{}", missing.join("\n"));
}

#[test]
fn the_event_never_holds_a_personal_field() {
    let mut keys = std::collections::BTreeSet::new();
    for s in every_outcome_state() {
        let w = s.walk();
        let o = resolve(&w.path, s.today).unwrap();
        let json = serde_json::to_value(OutcomeEvent::new(&o, &w.path)).unwrap();
        let text = json.to_string();
        for personal in [NAME, PNR, "121212", DECIDER, END] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }
        collect_keys(&json, "", &mut keys);
    }
    // The shape is exactly the documented one (README, boot.d.ts): a new field is a reviewed change.
    let expected = [
        "forms",
        "forms.id",
        "forms.recipient",
        "forms.title",
        "heading",
        "heading.id",
        "heading.title",
        "kind",
        "link",
        "measures",
        "region",
        "sources",
        "sources.id",
        "sources.title",
        "sources.version",
    ];
    assert_eq!(keys.iter().map(String::as_str).collect::<Vec<_>>(), expected);
}

fn collect_keys(v: &serde_json::Value, prefix: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let name = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(name.clone());
                collect_keys(v, &name, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_keys(x, prefix, out)),
        _ => {}
    }
}

#[test]
fn attributes_and_options_fill_the_same_settings() {
    let from_attrs = Config::read(
        [("data-region", "jonkoping"), ("data-exit-url", "https://www.smhi.se/vader")]
            .into_iter()
            .filter_map(|(a, v)| skyddsguide::rules::config::option_for_attribute(a).map(|o| (o, Raw::Text(v.into())))),
    );
    let from_options = Config::read([
        ("region", Raw::Text("jonkoping".into())),
        ("exitUrl", Raw::Text("https://www.smhi.se/vader".into())),
    ]);
    assert_eq!(from_attrs, from_options);
    assert!(from_attrs.1.is_empty());
}

#[test]
fn the_walk_is_replayed_for_each_outcome() {
    // A sanity check that every_outcome_state covers both regions.
    let regions: std::collections::BTreeSet<_> =
        every_outcome_state().iter().map(|s| walk(&s.situation()).path.region()).collect();
    assert_eq!(regions.len(), 2);
}
