//! The detail of the `outcome` event a host page receives each time the widget shows an outcome:
//! a plain summary of the routine (heading, kind, measures, region, forms, the situation link, the
//! sources). It is built from the outcome alone, so it cannot hold a personal field: the patient's
//! name and personnummer live in `State.personal`, which this module never sees.

use serde::Serialize;

use super::facts::{write_fragment, Page};
use super::model::Kind;
use super::resolve::Outcome;

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct OutcomeEvent {
    /// The heading's stable id and its Swedish staff title, whatever the reader's voice (a host's
    /// log groups a routine under one name).
    pub heading: HeadingRef,
    /// `routine`, `refusal` or `not-in-sources`.
    pub kind: &'static str,
    /// The measures involved, as link slugs (`lock`, `seal`, `block`, `guardian`, `ombud`).
    pub measures: Vec<&'static str>,
    /// The region's slug (`rjh`, `jonkoping`).
    pub region: &'static str,
    pub forms: Vec<FormRef>,
    /// The situation as a scenario link fragment (`#/guide?…`): it opens this outcome again.
    pub link: String,
    /// Every source the outcome cites, with its version.
    pub sources: Vec<SourceRef>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct HeadingRef {
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct FormRef {
    pub id: &'static str,
    /// The exact title as the source spells it; `null` where the source gives the form no title.
    pub title: Option<&'static str>,
    pub recipient: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub id: &'static str,
    pub title: &'static str,
    pub version: &'static str,
}

pub fn kind_slug(k: Kind) -> &'static str {
    match k {
        Kind::Routine => "routine",
        Kind::Refusal => "refusal",
        Kind::NotInSources => "not-in-sources",
    }
}

impl OutcomeEvent {
    /// The summary of an outcome resolved from `path` (the facts of the walked path).
    pub fn new(o: &Outcome, path: &super::Facts) -> OutcomeEvent {
        let used = o.sources();
        let mut forms: Vec<FormRef> = Vec::new();
        for f in &o.forms {
            if !forms.iter().any(|x| x.id == f.form.id) {
                forms.push(FormRef { id: f.form.id, title: f.form.title, recipient: f.form.recipient });
            }
        }
        OutcomeEvent {
            heading: HeadingRef { id: o.heading.id, title: o.heading.title.sv() },
            kind: kind_slug(o.kind()),
            measures: o.measures.iter().map(|m| m.slug()).collect(),
            region: o.facts.region().slug(),
            forms,
            link: format!("#{}", write_fragment(Page::Guide, path)),
            sources: used
                .into_iter()
                .map(|s| {
                    let i = s.info();
                    SourceRef { id: i.id, title: i.title, version: i.version }
                })
                .collect(),
        }
    }
}
