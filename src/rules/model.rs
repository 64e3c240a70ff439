//! The shapes of the content tables: questions, outcome lines, headings, forms, explainer rows.
//! The tables themselves live in `content/`; the logic that reads them in `graph` and `resolve`.

use super::facts::{condition_key, K, V};
use super::sources::{Cite, Cites};
use super::text::Say;

/// A condition: each list of values must hold (its key, the values' own `V::key`, has one of them).
/// The key is not stored: every value names its own (tests/paths.rs checks each list is of one key).
pub type When = &'static [&'static [V]];

/// One answer option of a question. The value names its own key.
pub struct Opt {
    pub value: V,
    pub label: Say,
    /// A short explanation under the label, or empty.
    pub hint: Say,
    /// Facts the answer implies besides its value (the citizen's way in: "I want to remove a
    /// sealing I made myself" is measure, action, by and sealedby at once). Set with the answer.
    pub also: &'static [V],
}

/// A question, asked when one of `when` holds and none of its keys is answered yet.
/// The first question in table order that applies is the next one (GOV.UK smart-answers style:
/// the graph is drawn by enumerating, see `graph::edges`).
pub struct QuestionDef {
    /// Stable id, used in test output and the drawn graph.
    pub id: &'static str,
    /// The heading of the question (the fieldset legend).
    pub legend: Say,
    /// One line: why the answer matters.
    pub why: Say,
    pub cite: Cites,
    /// The sections an answer that leads to a routine rests on, where fewer than `cite` (which
    /// also backs an option that leads to a refusal): a form summary cites them; empty: `cite`.
    pub answer_cite: Cites,
    pub options: &'static [Opt],
    /// A second group of options (the start question's shortcut by measure), or empty.
    pub shortcut: &'static [Opt],
    /// The label of the shortcut group.
    pub shortcut_legend: Say,
    /// Asked when any of these holds (on the effective facts). Empty: always.
    pub when: &'static [When],
}

impl QuestionDef {
    pub fn all_options(&self) -> impl Iterator<Item = &'static Opt> + '_ {
        self.options.iter().chain(self.shortcut.iter())
    }
    /// The keys this question answers.
    pub fn keys(&self) -> Vec<K> {
        let mut ks: Vec<K> = self.all_options().map(|o| o.value.key()).collect();
        ks.dedup();
        ks
    }
    pub fn option(&self, v: V) -> Option<&'static Opt> {
        self.all_options().find(|o| o.value == v)
    }
    /// The id suffix of an option's element: its value's slug, with the key in front when two
    /// options of the question share a slug (`sealedby=citizen`, `lockedby=citizen`).
    pub fn option_id(&self, v: V) -> String {
        let twice = self.all_options().filter(|o| o.value.slug() == v.slug()).count() > 1;
        if twice {
            format!("{}-{}", v.key().slug(), v.slug())
        } else {
            v.slug().to_string()
        }
    }
    /// The facts the question depends on: every key its conditions name.
    pub fn depends_on(&self) -> Vec<K> {
        let mut ks: Vec<K> = self.when.iter().flat_map(|w| w.iter().filter_map(|vs| condition_key(vs))).collect();
        ks.sort();
        ks.dedup();
        ks
    }
}

/// What kind of answer an outcome is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A routine to follow.
    Routine,
    /// The sources say no; the outcome says why and what to do instead.
    Refusal,
    /// The region's sources do not describe this; the outcome says so and names whom to ask.
    NotInSources,
}

/// The title of an outcome: exactly one heading matches each complete situation.
pub struct Heading {
    pub id: &'static str,
    pub when: When,
    pub kind: Kind,
    pub title: Say,
    pub lead: Say,
    pub cite: Cites,
}

/// The parts of an outcome, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Acute: what to do first.
    Now,
    /// Why it cannot be done (here).
    Why,
    /// The routine step by step.
    Steps,
    /// Vem beslutar.
    Decide,
    /// Vem verkställer.
    Execute,
    /// Blankett: generated from the form catalogue.
    Form,
    /// Dokumentation (Cosmic, diarieföring).
    Document,
    /// Information till patienten.
    Inform,
    /// Uppföljning, slutdatum, giltighet.
    FollowUp,
    /// What the measure does not cover.
    NotCovered,
    /// Warnings and cautions.
    Warn,
    /// Where the sources differ.
    Conflict,
    /// Whom to ask.
    Ask,
    /// Facts from public national pages (N1–N3), set apart: never a region's routine, and never
    /// in a line that cites the five sources.
    National,
}

impl Section {
    pub const ALL: [Section; 14] = [
        Section::Now,
        Section::Why,
        Section::Steps,
        Section::Decide,
        Section::Execute,
        Section::Form,
        Section::Document,
        Section::Inform,
        Section::FollowUp,
        Section::NotCovered,
        Section::Warn,
        Section::Conflict,
        Section::Ask,
        Section::National,
    ];
}

/// One line of an outcome, shown when `when` holds.
pub struct Line {
    pub when: When,
    pub section: Section,
    /// Which measure the line is about (`V::Lock`, `V::Seal`, `V::Block`, `V::Guardian`, `V::Ombud`),
    /// shown as a tag when an outcome combines measures.
    pub part: V,
    pub text: Say,
    pub cite: Cites,
    /// For Decide, Execute and Inform lines: the role as the source spells it, used to prefill the
    /// form summary. Checked verbatim against the sources.
    pub role: Option<&'static str>,
    /// Not shown when any of these holds (for lines about a measure that a refusal does not take).
    pub unless: &'static [When],
}

impl Line {
    /// Does the line apply to these (effective) facts?
    pub fn applies(&self, f: &super::facts::Facts) -> bool {
        f.matches(self.when) && !self.unless.iter().any(|u| f.matches(u))
    }
    /// The same line, not shown when any of `unless` holds.
    pub const fn unless(self, unless: &'static [When]) -> Line {
        Line { unless, ..self }
    }
}

/// How a form's end date is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndDate {
    /// The form has no end date.
    None,
    /// Slutdatum is required; over `warn_months` months gives a warning (0: no warning).
    Required { warn_months: u8 },
}

/// A form (blankett) from the sources.
pub struct FormDef {
    pub id: &'static str,
    /// The exact title as the source spells it, or `None` where the source gives the form no title.
    pub title: Option<&'static str>,
    /// What it is, when it has no title.
    pub description: Say,
    pub cite: Cites,
    pub recipient: &'static str,
    pub how: Say,
    pub attach: Say,
    /// Valid one year from the signature date (13–15 extension, ombud).
    pub one_year: bool,
}

/// Which form a situation uses.
pub struct FormUse {
    pub when: When,
    pub form: &'static FormDef,
    /// Whether this use of the form needs a slutdatum.
    pub end_date: EndDate,
    /// Text for the form's comment field, verbatim from the source, or "".
    pub comment: &'static str,
}

/// A Cosmic note to prefill: where, under which keyword, and the option or text to choose.
pub struct CosmicNote {
    pub when: When,
    /// "Gemensamma dokument", "Basinformation", mallen "Administrativ anteckning".
    pub place: &'static str,
    /// The sökord, verbatim, or "" where the source gives none.
    pub keyword: &'static str,
    /// A fixed option to choose (verbatim), or "".
    pub option: &'static str,
    /// What the note must state, in the source's words where it gives them.
    pub content: Say,
    /// The form summary adds to this note the slutdatum entered on the situation's form (S4 2.2.2
    /// "Slutdatum ska anges", S2 "vilken tid den gäller"). A lock's note (S1) has none: a lock
    /// applies "tills vidare". The continued sealing's note asks for it in its own text, its form
    /// having no end date (S4 asks for it in Cosmic, "enligt ovan").
    pub end_date: bool,
    pub cite: Cites,
}

/// One row of the explainer: a property of the three measures side by side.
pub struct ExplainRow {
    pub label: Say,
    /// Låsa inloggning, försegla journalen, spärra journal.
    pub cells: [ExplainCell; 3],
}

pub struct ExplainCell {
    pub text: Say,
    pub cite: Cites,
}

/// One row of the guardians' and ombud table.
pub struct AccessRow {
    pub who: Say,
    /// The child's ages (inclusive) the row is about, or `None` for rows not about an age.
    pub ages: Option<(u8, u8)>,
    pub text: Say,
    pub cite: Cites,
}

/// One normative sentence of a source (*ska*, *måste*, *alltid*, *aldrig*, *krävs*, *får inte*,
/// *kan inte*, *endast*, *bara*) and where it applies: the obligations index
/// (`content::obligations`). Tests check the index against the sources themselves (every such
/// sentence is listed) and against every complete path (each governed outcome carries it).
pub struct Obligation {
    /// The normative sentence, or its normative clause, verbatim from the source
    /// (whitespace-normalised; checked against ../shared/seeds).
    pub quote: &'static str,
    pub cite: Cite,
    pub applies: Applies,
}

/// Where an obligation applies.
pub enum Applies {
    /// It governs the situations where any of `when` holds (on the effective facts): every such
    /// complete path shows, in one of `sections`, a line that cites `cite` (same source and
    /// section) and contains `carry` (a phrase, compared case-insensitively).
    In { when: &'static [When], sections: &'static [Section], carry: &'static str },
    /// The widget does not apply it, because … (a reason a reviewer can check).
    NotHere(&'static str),
}

/// A trainer's case (`content::scenarios`): a short story in a caller's words, the situation it
/// describes as a scenario link, and the outcome heading the engine must give for it. The story
/// holds no rule: the engine gives the answer, and a test checks that it is the expected one.
pub struct Scenario {
    /// Stable id, used in `#/scenarios/<id>` (letters, digits, `-` and `_`).
    pub id: &'static str,
    /// The title and the story in Swedish and English (staff only: hidden from citizens).
    pub title: Say,
    pub story: Say,
    /// The situation: a query in the vocabulary of the scenario links (`need=no-login&by=citizen`).
    pub link: &'static str,
    /// The id of the heading the situation resolves to.
    pub expected: &'static str,
    /// The measure the library groups the case under (`V::Lock`, `V::Seal`, `V::Block`,
    /// `V::Guardian`, `V::Ombud`); one of the outcome's measures.
    pub measure: V,
}
