//! Trainer mode, in the core: the scenario library (the built-in cases and a unit's own file,
//! validated against the engine), search, the presenter's steps, and the "why" of every answer,
//! derived from the content conditions. Nothing here holds a rule: a case is a situation, and the
//! engine gives its outcome.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::content::outcomes::HEADINGS;
use super::content::scenarios::SCENARIOS;
use super::facts::{is_case_id, parse_fragment, parse_query, write_query, Facts, LinkError, Page, K, V};
use super::graph::{self, Walk};
use super::model::{Heading, Line, QuestionDef};
use super::render::measure_label;
use super::resolve::{self, Outcome};
use super::state::State;

// ---------------------------------------------------------------------------------------------
// A unit's scenario file, read leniently: a wrong type in one field or one case is that case's
// problem, never the whole file's. The shapes are derived with serde; only a field's value and a
// list entry have a hand-written reader, so that they never fail.

/// One field of a case as the file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    Text(String),
    /// Not text: what it is instead ("ett tal", "en lista", …).
    Other(&'static str),
}

/// One case of a unit's file, as given (every field optional until validated; other fields are
/// ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RawCase {
    pub id: Option<Field>,
    pub title: Option<Field>,
    pub story: Option<Field>,
    pub link: Option<Field>,
    pub expected: Option<Field>,
    pub measure: Option<Field>,
}

/// One entry of the file's list: a case, or something that is not an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Case(RawCase),
    NotAnObject(&'static str),
}

/// A unit's scenario file: `{"scenarios": [ {case}, … ]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct UnitFile {
    pub scenarios: Vec<Entry>,
}

const A_TEXT: &str = "text";
const A_NUMBER: &str = "ett tal";
const A_BOOL: &str = "sant eller falskt";
const A_LIST: &str = "en lista";
const AN_OBJECT: &str = "ett objekt";
const NOTHING: &str = "tomt (null)";

/// Reads a field's value, whatever it is: text, or the kind of something else.
struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
        Ok(Field::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Field, E> {
        Ok(Field::Text(v))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Field, E> {
        Ok(Field::Other(A_BOOL))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Field, E> {
        Ok(Field::Other(A_NUMBER))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Field, E> {
        Ok(Field::Other(A_NUMBER))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Field, E> {
        Ok(Field::Other(A_NUMBER))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Field, E> {
        Ok(Field::Other(NOTHING))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other(A_LIST))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other(AN_OBJECT))
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

/// Reads one entry of the list: an object is a case; anything else is reported, not fatal.
struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = Entry;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a case")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
        RawCase::deserialize(de::value::MapAccessDeserializer::new(map)).map(Entry::Case)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(A_TEXT))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(A_BOOL))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(A_NUMBER))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(A_NUMBER))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(A_NUMBER))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Entry, E> {
        Ok(Entry::NotAnObject(NOTHING))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Entry, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Entry::NotAnObject(A_LIST))
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(EntryVisitor)
    }
}

// ---------------------------------------------------------------------------------------------
// Validated cases.

/// A case that resolves to the outcome it expects: ready for the library and the presenter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub id: String,
    pub title: String,
    pub story: String,
    /// The situation as a query, in the fixed key order (`write_query` of the path).
    pub query: String,
    /// The path facts of the situation (region included when the link gives one).
    pub facts: Facts,
    /// The id of the heading it resolves to (and expects).
    pub heading: &'static str,
    /// The measure the library groups it under.
    pub measure: V,
    /// A unit's own case (from `data-scenarios`), not a built-in one.
    pub own: bool,
}

impl Case {
    pub fn heading(&self) -> &'static Heading {
        heading_by_id(self.heading).expect("a validated case names a heading")
    }
    pub fn walk(&self) -> Walk {
        graph::walk(&self.facts)
    }
    /// The number of presenter steps: the story, one per answer, the prompt, the reveal, the why.
    pub fn step_count(&self) -> u16 {
        (self.walk().answered.len() + 4) as u16
    }
}

pub fn heading_by_id(id: &str) -> Option<&'static Heading> {
    HEADINGS.iter().find(|h| h.id == id)
}

/// What is wrong with one case of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The entry of the list is not an object.
    NotAnObject(&'static str),
    /// A required field is missing or empty.
    Missing(&'static str),
    /// A field is not text.
    NotText { field: &'static str, kind: &'static str },
    /// The id has characters a link cannot hold, or is too long.
    BadId,
    /// Another case (built-in or earlier in the file) has the same id.
    Duplicate,
    /// `expected` names no heading of the engine.
    UnknownHeading(String),
    /// `measure` is not one of lock, seal, block, guardian, ombud.
    UnknownMeasure(String),
    /// A part of the link could not be used.
    Link(LinkError),
    /// The link stops before the outcome: this question is not answered.
    Incomplete { question: &'static str },
    /// The link resolves to another outcome than the expected one.
    Differs { expected: &'static str, got: &'static str },
}

impl Problem {
    /// The message shown in the library (Swedish).
    pub fn message(&self) -> String {
        match self {
            Problem::NotAnObject(kind) => format!("Posten är inte ett fall (ett objekt) utan {kind}."),
            Problem::Missing(field) => format!("Fältet \"{field}\" saknas eller är tomt."),
            Problem::NotText { field, kind } => format!("Fältet \"{field}\" ska vara text men är {kind}."),
            Problem::BadId => {
                "Fältet \"id\" får bara innehålla bokstäverna a–z, siffror, - och _ (högst 64 tecken).".to_string()
            }
            Problem::Duplicate => "Ett annat fall har redan samma id.".to_string(),
            Problem::UnknownHeading(id) => format!("Utfallet \"{id}\" finns inte i Skyddsguiden."),
            Problem::UnknownMeasure(m) => {
                format!("Åtgärden \"{m}\" finns inte; använd lock, seal, block, guardian eller ombud.")
            }
            Problem::Link(e) => format!("Länken: {}", e.message()),
            Problem::Incomplete { question } => {
                let legend = super::content::questions::QUESTIONS
                    .iter()
                    .find(|q| q.id == *question)
                    .map(|q| q.legend.sv())
                    .unwrap_or(question);
                format!("Länken räcker inte till ett utfall: frågan \"{legend}\" är obesvarad.")
            }
            Problem::Differs { expected, got } => {
                let title = |id: &str| heading_by_id(id).map(|h| h.title.sv()).unwrap_or("");
                format!(
                    "Länken leder till \"{}\" ({got}), inte till det väntade utfallet \"{}\" ({expected}).",
                    title(got),
                    title(expected)
                )
            }
        }
    }
}

/// A case that cannot be shown, with its name and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// The title, else the id, else "Fall nr N" (its place in the file).
    pub name: String,
    pub own: bool,
    pub problems: Vec<Problem>,
}

/// Where a unit's own file stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum UnitStatus {
    /// The host page names no file.
    #[default]
    None,
    Loading,
    Loaded,
    /// The file could not be fetched or read: one message.
    Failed(String),
}

/// How a unit's file arrived (the shell's fetch reports one of these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitLoad {
    Loading,
    Loaded(UnitFile),
    Failed(String),
}

/// The library: the good cases (built-in first), the broken ones, and the unit file's status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    pub cases: Vec<Case>,
    pub broken: Vec<Broken>,
    pub unit: UnitStatus,
}

impl Default for Library {
    fn default() -> Self {
        Library::new(None)
    }
}

thread_local! {
    static BUILTIN: std::rc::Rc<Library> = std::rc::Rc::new(Library::new(None));
}

/// The library of built-in cases, validated once per thread and shared.
pub fn builtin() -> std::rc::Rc<Library> {
    BUILTIN.with(|l| l.clone())
}

fn text(f: &Option<Field>, name: &'static str, problems: &mut Vec<Problem>) -> Option<String> {
    match f {
        Some(Field::Text(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Field::Other(kind)) => {
            problems.push(Problem::NotText { field: name, kind });
            None
        }
        _ => {
            problems.push(Problem::Missing(name));
            None
        }
    }
}

/// The measures a case may be grouped under, by slug.
pub const MEASURES: [(&str, V); 5] =
    [("lock", V::Lock), ("seal", V::Seal), ("block", V::Block), ("guardian", V::Guardian), ("ombud", V::Ombud)];

/// The measures of the outcome a heading belongs to (from the routine family of its situation).
fn first_measure(path: &Facts) -> V {
    match path.effective().get(K::Case) {
        Some(V::CaseSeal) => V::Seal,
        Some(V::CaseBlock) => V::Block,
        Some(V::CaseGuardian) | Some(V::CaseLockAndGuardianSeal) => V::Guardian,
        Some(V::CaseOmbud) => V::Ombud,
        _ => V::Lock,
    }
}

/// Read a situation link: a query (`need=…`), or a fragment (`#/guide?need=…`).
fn read_link(link: &str) -> (Facts, Vec<LinkError>) {
    let l = link.trim();
    if l.starts_with('#') || l.starts_with('/') {
        let (page, facts, mut errors) = parse_fragment(l);
        if page != Page::Guide && !errors.iter().any(|e| matches!(e, LinkError::UnknownPage { .. })) {
            errors.insert(0, LinkError::UnknownPage { path: page.path() });
        }
        (facts, errors)
    } else {
        parse_query(l.strip_prefix('?').unwrap_or(l))
    }
}

/// Validate one case against the engine. `taken` holds the ids already in the library.
pub fn check(raw: &RawCase, own: bool, place: usize, taken: &[String]) -> Result<Case, Broken> {
    let mut problems = Vec::new();
    let id = text(&raw.id, "id", &mut problems);
    let title = text(&raw.title, "title", &mut problems);
    let story = text(&raw.story, "story", &mut problems);
    let link = text(&raw.link, "link", &mut problems);
    let expected = text(&raw.expected, "expected", &mut problems);
    if let Some(id) = &id {
        if !is_case_id(id) {
            problems.push(Problem::BadId);
        } else if taken.contains(id) {
            problems.push(Problem::Duplicate);
        }
    }
    let expected_heading = match &expected {
        Some(e) => match heading_by_id(e) {
            Some(h) => Some(h),
            None => {
                problems.push(Problem::UnknownHeading(e.clone()));
                None
            }
        },
        None => None,
    };
    let measure = match &raw.measure {
        None => None,
        Some(Field::Other(kind)) => {
            problems.push(Problem::NotText { field: "measure", kind });
            None
        }
        Some(Field::Text(m)) => match MEASURES.iter().find(|(s, _)| *s == m.trim()) {
            Some((_, v)) => Some(*v),
            None => {
                problems.push(Problem::UnknownMeasure(m.clone()));
                None
            }
        },
    };
    let mut path = None;
    if let Some(link) = &link {
        let (facts, errors) = read_link(link);
        problems.extend(errors.into_iter().map(Problem::Link));
        let w = graph::walk(&facts);
        problems.extend(w.unused_errors().into_iter().map(Problem::Link));
        match w.open {
            Some(q) => problems.push(Problem::Incomplete { question: q.id }),
            None => {
                let got = resolve::heading(&w.path);
                if let (Some(got), Some(exp)) = (got, expected_heading) {
                    if got.id != exp.id {
                        problems.push(Problem::Differs { expected: exp.id, got: got.id });
                    }
                }
                // The region is written out: a case means the same on a host with another default.
                let mut p = w.path;
                p.set(p.region());
                path = Some(p);
            }
        }
    }
    match (problems.is_empty(), id, title, story, path, expected_heading) {
        (true, Some(id), Some(title), Some(story), Some(path), Some(h)) => Ok(Case {
            id,
            title,
            story,
            query: write_query(&path),
            measure: measure.unwrap_or_else(|| first_measure(&path)),
            facts: path,
            heading: h.id,
            own,
        }),
        (_, id, title, ..) => {
            Err(Broken { name: title.or(id).unwrap_or_else(|| format!("Fall nr {}", place + 1)), own, problems })
        }
    }
}

impl Library {
    /// The built-in cases, plus a unit's own when its file has been read.
    pub fn new(unit: Option<&UnitFile>) -> Library {
        let mut lib = Library { cases: Vec::new(), broken: Vec::new(), unit: UnitStatus::None };
        let builtin = SCENARIOS.iter().map(|s| RawCase {
            id: Some(Field::Text(s.id.into())),
            title: Some(Field::Text(s.title.into())),
            story: Some(Field::Text(s.story.into())),
            link: Some(Field::Text(s.link.into())),
            expected: Some(Field::Text(s.expected.into())),
            measure: MEASURES.iter().find(|(_, v)| *v == s.measure).map(|(m, _)| Field::Text((*m).into())),
        });
        for (i, raw) in builtin.enumerate() {
            lib.add(&Entry::Case(raw), false, i);
        }
        if let Some(file) = unit {
            for (i, e) in file.scenarios.iter().enumerate() {
                lib.add(e, true, i);
            }
            lib.unit = UnitStatus::Loaded;
        }
        lib
    }

    fn add(&mut self, e: &Entry, own: bool, place: usize) {
        let taken: Vec<String> = self.cases.iter().map(|c| c.id.clone()).collect();
        let result = match e {
            Entry::Case(raw) => check(raw, own, place, &taken),
            Entry::NotAnObject(kind) => {
                Err(Broken { name: format!("Fall nr {}", place + 1), own, problems: vec![Problem::NotAnObject(kind)] })
            }
        };
        match result {
            Ok(c) => self.cases.push(c),
            Err(b) => self.broken.push(b),
        }
    }

    /// The library after a report from the shell's fetch.
    pub fn with_unit(load: &UnitLoad) -> Library {
        match load {
            UnitLoad::Loading => Library { unit: UnitStatus::Loading, ..Library::new(None) },
            UnitLoad::Loaded(file) => Library::new(Some(file)),
            UnitLoad::Failed(msg) => Library { unit: UnitStatus::Failed(msg.clone()), ..Library::new(None) },
        }
    }

    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// The cases, grouped by measure in a fixed order (lock, seal, block, guardian, ombud).
    pub fn groups<'a>(&self, cases: &[&'a Case]) -> Vec<(V, Vec<&'a Case>)> {
        MEASURES
            .iter()
            .map(|(_, m)| (*m, cases.iter().copied().filter(|c| c.measure == *m).collect::<Vec<_>>()))
            .filter(|(_, cs)| !cs.is_empty())
            .collect()
    }

    /// The cases that contain every word of `query` (case-insensitive) in their title, story, id,
    /// outcome heading or measure. An empty query finds every case.
    pub fn search(&self, query: &str) -> Vec<&Case> {
        let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
        self.cases
            .iter()
            .filter(|c| {
                let hay = format!(
                    "{} {} {} {} {}",
                    c.id,
                    c.title,
                    c.story,
                    c.heading().title.sv(),
                    measure_label(c.measure).sv()
                )
                .to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// The presenter.

/// One step of the presenter view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The story.
    Story,
    /// The n-th answered question (0-based) with the case's answer.
    Question(usize),
    /// "Before the reveal": the prompt to the class.
    Prompt,
    /// The outcome heading, deciders and executors.
    Reveal,
    /// Why: each answer with the lines it decided.
    Why,
}

/// The step at a (1-based, clamped) number, for a case with `answers` answered questions.
pub fn step_at(n: u16, answers: usize) -> Step {
    let count = answers as u16 + 4;
    let n = n.clamp(1, count);
    match n {
        1 => Step::Story,
        n if (n as usize) <= answers + 1 => Step::Question(n as usize - 2),
        n if n == count - 2 => Step::Prompt,
        n if n == count - 1 => Step::Reveal,
        _ => Step::Why,
    }
}

/// A key press or button in the presenter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Prev,
    First,
    Last,
}

/// The step after a move, clamped to 1..=count.
pub fn moved(step: u16, count: u16, m: Move) -> u16 {
    let step = step.clamp(1, count.max(1));
    match m {
        Move::Next => (step + 1).min(count.max(1)),
        Move::Prev => step.saturating_sub(1).max(1),
        Move::First => 1,
        Move::Last => count.max(1),
    }
}

/// The live announcement of the presenter's step (Swedish).
pub fn announcement(s: &State) -> String {
    let Page::Scenario { id, step } = &s.page else { return String::new() };
    let Some(case) = s.library.case(id) else { return String::new() };
    let w = case.walk();
    let count = case.step_count();
    let n = (*step).clamp(1, count);
    let what = match step_at(n, w.answered.len()) {
        Step::Story => format!("Berättelsen: {}", case.title),
        Step::Question(i) => {
            let (q, v) = w.answered[i];
            format!(
                "Fråga {} av {}: {} Svar: {}",
                i + 1,
                w.answered.len(),
                q.legend.sv(),
                q.option(v).map(|o| o.label.sv()).unwrap_or("")
            )
        }
        Step::Prompt => "Före facit: diskutera i gruppen.".to_string(),
        Step::Reveal => format!("Facit: {}", case.heading().title.sv()),
        Step::Why => "Varför: vad varje svar avgjorde.".to_string(),
    };
    format!("Steg {n} av {count}. {what}")
}

// ---------------------------------------------------------------------------------------------
// Why: which lines of the outcome each answer decided.

/// One answer of the path and the lines of the outcome it decided.
pub struct AnswerWhy {
    pub question: &'static QuestionDef,
    pub value: V,
    /// Every line of the outcome that this answer decided: another option of the same question
    /// would have left it out.
    pub decided: Vec<&'static Line>,
    /// Of those, the lines no later answer decided (each line is last decided by one answer).
    pub last: Vec<&'static Line>,
}

/// The effective facts with `v` replaced by the alternative `alt` (the start question's `need`
/// and `measure` replace each other), without replaying: every other answer stays.
fn with_alternative(path: &Facts, v: V, alt: V) -> Facts {
    let mut f = path.clone();
    f.unset(v.key());
    if matches!(alt.key(), K::Need | K::Measure) {
        f.unset(K::Need);
        f.unset(K::Measure);
    }
    f.set(alt);
    f.effective()
}

/// Did this answer decide the line? Read from the line's conditions: with some other option of
/// the question, a condition of `when` on a key whose value changes no longer holds, or a
/// condition of `unless` starts to hold.
fn decides(line: &Line, eff: &Facts, alternatives: &[Facts]) -> bool {
    alternatives.iter().any(|alt| {
        let when_fails =
            line.when.iter().any(|(k, vs)| alt.get(*k) != eff.get(*k) && !alt.get(*k).is_some_and(|x| vs.contains(&x)));
        when_fails || line.unless.iter().any(|u| alt.matches(u))
    })
}

/// The "why" of every answer on a complete path: derived from the content conditions, never
/// written by hand.
pub fn why(walk: &Walk, outcome: &Outcome) -> Vec<AnswerWhy> {
    let eff = walk.path.effective();
    let mut out: Vec<AnswerWhy> = walk
        .answered
        .iter()
        .map(|(q, v)| {
            let alternatives: Vec<Facts> =
                q.all_options().filter(|o| o.value != *v).map(|o| with_alternative(&walk.path, *v, o.value)).collect();
            let decided = outcome.lines.iter().copied().filter(|l| decides(l, &eff, &alternatives)).collect();
            AnswerWhy { question: q, value: *v, decided, last: Vec::new() }
        })
        .collect();
    for l in &outcome.lines {
        if let Some(a) = out.iter_mut().rev().find(|a| a.decided.iter().any(|d| std::ptr::eq(*d, *l))) {
            a.last.push(l);
        }
    }
    out
}

/// The answers that decided a line, in path order.
pub fn deciders<'a>(whys: &'a [AnswerWhy], line: &Line) -> Vec<&'a AnswerWhy> {
    whys.iter().filter(|a| a.decided.iter().any(|d| std::ptr::eq(*d, line))).collect()
}

/// The verbatim quotes a text carries: the text between ” and ”.
pub fn quotes(text: &str) -> Vec<&str> {
    let parts: Vec<&str> = text.split('”').collect();
    parts.iter().enumerate().filter(|(i, _)| i % 2 == 1 && i + 1 < parts.len()).map(|(_, p)| *p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_moves() {
        assert_eq!(step_at(1, 3), Step::Story);
        assert_eq!(step_at(2, 3), Step::Question(0));
        assert_eq!(step_at(4, 3), Step::Question(2));
        assert_eq!(step_at(5, 3), Step::Prompt);
        assert_eq!(step_at(6, 3), Step::Reveal);
        assert_eq!(step_at(7, 3), Step::Why);
        assert_eq!(step_at(99, 3), Step::Why);
        assert_eq!(step_at(0, 3), Step::Story);
        assert_eq!(moved(7, 7, Move::Next), 7);
        assert_eq!(moved(1, 7, Move::Prev), 1);
        assert_eq!(moved(3, 7, Move::Last), 7);
        assert_eq!(moved(30, 7, Move::Prev), 6);
    }

    #[test]
    fn quotes_are_the_text_between_the_marks() {
        assert_eq!(quotes("a ”b c” d ”e”."), vec!["b c", "e"]);
        assert_eq!(quotes("no quote"), Vec::<&str>::new());
        assert_eq!(quotes("open ”only"), Vec::<&str>::new());
    }
}
