//! Trainer mode, in the core: the scenario library (the built-in cases and a unit's own file,
//! validated against the engine), search, the presenter's steps, and the "why" of every answer,
//! derived from the content conditions. Nothing here holds a rule: a case is a situation, and the
//! engine gives its outcome.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::content::outcomes::HEADINGS;
use super::content::scenarios::SCENARIOS;
use super::facts::{condition_key, is_case_id, parse_fragment, parse_query, write_query, Facts, LinkError, Page, K, V};
use super::graph::{self, Walk};
use super::model::{Heading, Line, QuestionDef, Scenario};
use super::render::measure_label;
use super::resolve::{self, Outcome};
use super::state::State;
use super::text::{Fill, Say, Voice};

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

// The kinds of value, by their Swedish names in `texts::KINDS` (translated where shown).
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

/// A case's title or story: a built-in case's text in both languages, or a unit's own text as
/// its file gives it (the unit's words, in whatever language the unit wrote them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseText {
    Builtin(&'static Say),
    Own(String),
}

impl CaseText {
    /// The text for this reader.
    pub fn get<'a>(&'a self, v: &Voice<'a>) -> &'a str {
        match self {
            CaseText::Builtin(s) => v.say(s).unwrap_or_else(|| v.t(&s.staff)),
            CaseText::Own(s) => s,
        }
    }
    /// The Swedish text (a unit's text as written).
    pub fn sv(&self) -> &str {
        match self {
            CaseText::Builtin(s) => s.sv(),
            CaseText::Own(s) => s,
        }
    }
}

/// The Swedish text, as written: the native `cases` command and the tests read it so.
impl std::ops::Deref for CaseText {
    type Target = str;
    fn deref(&self) -> &str {
        self.sv()
    }
}

impl fmt::Display for CaseText {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.sv())
    }
}

/// A case that resolves to the outcome it expects: ready for the library and the presenter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub id: String,
    pub title: CaseText,
    pub story: CaseText,
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
    /// The message shown in the library, in the reader's language.
    pub fn message_in(&self, v: &Voice) -> String {
        let tx = |s: &'static Say| v.say(s).unwrap_or_else(|| v.t(&s.staff)).to_string();
        match self {
            Problem::NotAnObject(kind) => tx(&texts::P_NOT_AN_OBJECT).fill(&[("kind", texts::kind_in(kind, v))]),
            Problem::Missing(field) => tx(&texts::P_MISSING).fill(&[("field", field)]),
            Problem::NotText { field, kind } => {
                tx(&texts::P_NOT_TEXT).fill(&[("field", field), ("kind", texts::kind_in(kind, v))])
            }
            Problem::BadId => tx(&texts::P_BAD_ID),
            Problem::Duplicate => tx(&texts::P_DUPLICATE),
            Problem::UnknownHeading(id) => tx(&texts::P_UNKNOWN_HEADING).fill(&[("id", id)]),
            Problem::UnknownMeasure(m) => tx(&texts::P_UNKNOWN_MEASURE).fill(&[("measure", m)]),
            Problem::Link(e) => tx(&texts::P_LINK).fill(&[("message", &e.message_in(v))]),
            Problem::Incomplete { question } => {
                let legend = super::content::questions::QUESTIONS
                    .iter()
                    .find(|q| q.id == *question)
                    .map(|q| v.t(&q.legend.staff))
                    .unwrap_or(question);
                tx(&texts::P_INCOMPLETE).fill(&[("legend", legend)])
            }
            Problem::Differs { expected, got } => {
                let title = |id: &str| heading_by_id(id).map(|h| v.t(&h.title.staff)).unwrap_or("");
                tx(&texts::P_DIFFERS).fill(&[
                    ("got_title", title(got)),
                    ("expected_title", title(expected)),
                    ("got", got),
                    ("expected", expected),
                ])
            }
        }
    }
    /// The message in Swedish.
    pub fn message(&self) -> String {
        self.message_in(&Voice::sv_staff())
    }
}

/// How a broken case is named: its title, else its id, else its place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Name {
    Title(String),
    Id(String),
    /// The 1-based place in the file.
    Place(usize),
}

impl Name {
    pub fn in_voice(&self, v: &Voice) -> String {
        match self {
            Name::Title(s) | Name::Id(s) => s.clone(),
            Name::Place(n) => v
                .say(&texts::CASE_NUMBER)
                .unwrap_or_else(|| v.t(&texts::CASE_NUMBER.staff))
                .fill(&[("n", &n.to_string())]),
        }
    }
}

/// The name in Swedish.
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.in_voice(&Voice::sv_staff()))
    }
}

/// Why a unit's file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitError {
    /// The fetch failed, with the HTTP status where there was a response.
    Fetch {
        url: String,
        status: Option<u16>,
    },
    NotJson {
        url: String,
    },
    BadFormat {
        url: String,
    },
}

impl UnitError {
    pub fn message_in(&self, v: &Voice) -> String {
        let tx = |s: &'static Say| v.say(s).unwrap_or_else(|| v.t(&s.staff)).to_string();
        match self {
            UnitError::Fetch { url, status: Some(st) } => {
                tx(&texts::UNIT_FETCH_FAILED_STATUS).fill(&[("url", url), ("status", &st.to_string())])
            }
            UnitError::Fetch { url, status: None } => tx(&texts::UNIT_FETCH_FAILED).fill(&[("url", url)]),
            UnitError::NotJson { url } => tx(&texts::UNIT_NOT_JSON).fill(&[("url", url)]),
            UnitError::BadFormat { url } => tx(&texts::UNIT_BAD_FORMAT).fill(&[("url", url)]),
        }
    }
}

/// A case that cannot be shown, with its name and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// The title, else the id, else "Fall nr N" (its place in the file).
    pub name: Name,
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
    Failed(UnitError),
}

/// How a unit's file arrived (the shell's fetch reports one of these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitLoad {
    Loading,
    Loaded(UnitFile),
    Failed(UnitError),
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

impl Library {
    /// No cases at all: the first-load module's (it has no trainer mode).
    pub fn empty() -> Library {
        Library { cases: Vec::new(), broken: Vec::new(), unit: UnitStatus::None }
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
    check_case(raw, None, own, place, taken)
}

/// Validate a case; a built-in one (`builtin`) keeps its title and story in both languages.
fn check_case(
    raw: &RawCase,
    builtin: Option<&'static Scenario>,
    own: bool,
    place: usize,
    taken: &[String],
) -> Result<Case, Broken> {
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
            title: builtin.map(|b| CaseText::Builtin(&b.title)).unwrap_or(CaseText::Own(title)),
            story: builtin.map(|b| CaseText::Builtin(&b.story)).unwrap_or(CaseText::Own(story)),
            query: write_query(&path),
            measure: measure.unwrap_or_else(|| first_measure(&path)),
            facts: path,
            heading: h.id,
            own,
        }),
        (_, id, title, ..) => {
            let name = match (title, id) {
                (Some(t), _) => Name::Title(t),
                (None, Some(id)) => Name::Id(id),
                (None, None) => Name::Place(place + 1),
            };
            Err(Broken { name, own, problems })
        }
    }
}

impl Library {
    /// The built-in cases, plus a unit's own when its file has been read.
    pub fn new(unit: Option<&UnitFile>) -> Library {
        let mut lib = Library { cases: Vec::new(), broken: Vec::new(), unit: UnitStatus::None };
        for (i, s) in SCENARIOS.iter().enumerate() {
            let raw = RawCase {
                id: Some(Field::Text(s.id.into())),
                title: Some(Field::Text(s.title.sv().into())),
                story: Some(Field::Text(s.story.sv().into())),
                link: Some(Field::Text(s.link.into())),
                expected: Some(Field::Text(s.expected.into())),
                measure: MEASURES.iter().find(|(_, v)| *v == s.measure).map(|(m, _)| Field::Text((*m).into())),
            };
            lib.add(&Entry::Case(raw), Some(s), false, i);
        }
        if let Some(file) = unit {
            for (i, e) in file.scenarios.iter().enumerate() {
                lib.add(e, None, true, i);
            }
            lib.unit = UnitStatus::Loaded;
        }
        lib
    }

    fn add(&mut self, e: &Entry, builtin: Option<&'static Scenario>, own: bool, place: usize) {
        let taken: Vec<String> = self.cases.iter().map(|c| c.id.clone()).collect();
        let result = match e {
            Entry::Case(raw) => check_case(raw, builtin, own, place, &taken),
            Entry::NotAnObject(kind) => {
                Err(Broken { name: Name::Place(place + 1), own, problems: vec![Problem::NotAnObject(kind)] })
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
    /// outcome heading or measure, in Swedish. An empty query finds every case.
    pub fn search(&self, query: &str) -> Vec<&Case> {
        self.search_in(query, &Voice::sv_staff())
    }

    /// As [`Library::search`], in Swedish and in the reader's language.
    pub fn search_in(&self, query: &str, v: &Voice) -> Vec<&Case> {
        let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
        self.cases
            .iter()
            .filter(|c| {
                let (title, measure) = (&c.heading().title.staff, &measure_label(c.measure).staff);
                let hay = format!(
                    "{} {} {} {} {} {} {} {} {}",
                    c.id,
                    c.title.sv(),
                    c.story.sv(),
                    title.sv,
                    measure.sv,
                    c.title.get(v),
                    c.story.get(v),
                    v.t(title),
                    v.t(measure)
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

impl Step {
    /// The step's name, as the presenter labels it.
    pub fn name(&self) -> &'static Say {
        match self {
            Step::Story => &texts::STORY,
            Step::Question(_) => &texts::MAP_QUESTION,
            Step::Prompt => &texts::PROMPT_TITLE,
            Step::Reveal => &texts::REVEAL,
            Step::Why => &texts::WHY_TITLE,
        }
    }
}

/// The live announcement of the presenter's step, in Swedish (see [`announcement_in`]).
pub fn announcement(s: &State) -> String {
    announcement_in(s, &Voice::sv_staff())
}

/// The live announcement of the presenter's step, in the reader's language.
pub fn announcement_in(s: &State, v: &Voice) -> String {
    let Page::Scenario { id, step } = &s.page else { return String::new() };
    let Some(case) = s.library.case(id) else { return String::new() };
    let tx = |s: &'static Say| v.say(s).unwrap_or_else(|| v.t(&s.staff)).to_string();
    let w = case.walk();
    let count = case.step_count();
    let n = (*step).clamp(1, count);
    let what = match step_at(n, w.answered.len()) {
        Step::Story => tx(&texts::ANNOUNCE_STORY).fill(&[("title", case.title.get(v))]),
        Step::Question(i) => {
            let (q, val) = w.answered[i];
            tx(&texts::ANNOUNCE_QUESTION).fill(&[
                ("i", &(i + 1).to_string()),
                ("n", &w.answered.len().to_string()),
                ("legend", v.text(&q.legend)),
                ("answer", q.option(val).map(|o| v.text(&o.label)).unwrap_or("")),
            ])
        }
        Step::Prompt => tx(&texts::ANNOUNCE_PROMPT),
        Step::Reveal => tx(&texts::ANNOUNCE_REVEAL).fill(&[("title", v.text(&case.heading().title))]),
        Step::Why => tx(&texts::ANNOUNCE_WHY),
    };
    tx(&texts::ANNOUNCE_STEP).fill(&[("n", &n.to_string()), ("count", &count.to_string()), ("what", &what)])
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

impl AnswerWhy {
    /// What the "why" says under an answer that it lists no line for: that no line would have
    /// dropped out with another answer (it decided none), or that each line it decided was made
    /// more specific by a later answer. `None` where it lists the lines it decided last.
    pub fn no_lines(&self) -> Option<&'static Say> {
        if self.decided.is_empty() {
            Some(&texts::WHY_NOTHING)
        } else if self.last.is_empty() {
            Some(&texts::WHY_NONE)
        } else {
            None
        }
    }
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
        let when_fails = line.when.iter().any(|vs| {
            condition_key(vs).is_some_and(|k| alt.get(k) != eff.get(k) && !alt.get(k).is_some_and(|x| vs.contains(&x)))
        });
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

// ---------------------------------------------------------------------------------------------
// Trainer mode's words: every text of the library, the presenter, the handout and the decision
// map, in Swedish and English. Trainer mode is for staff and trainers, so every text is hidden
// from the citizen view. Texts with `{…}` are templates, filled in where they are shown. Walked
// by `content::index` (so the packs carry the English); `ui::trainer_texts` re-exports them.

pub mod texts {
    use crate::rules::text::{Say, Voice, T};
    use crate::{s, t};

    pub static NAV_SCENARIOS: Say = s!("Scenarier för utbildning", "Training scenarios").hidden();
    pub static NAV_MAP: Say = s!("Beslutskarta", "Decision map").hidden();

    // ---- library ----
    pub static LIBRARY_TITLE: Say = s!("Scenarier för utbildning", "Training scenarios").hidden();
    pub static LIBRARY_LEAD: Say = s!(
        "Färdiga fall att visa för en grupp, ett steg i taget: berättelsen, frågorna med fallets svar, frågor till gruppen före facit, facit och varför varje svar ledde dit. Utfallet ges av samma regler som frågeguiden.",
        "Ready-made cases to show to a group, one step at a time: the story, the questions with the case's answers, questions for the group before the outcome is revealed, the outcome and why each answer led there. The outcome comes from the same rules as the guide."
    )
    .hidden();
    pub static SEARCH_LABEL: Say = s!("Sök bland fallen", "Search the cases").hidden();
    pub static SEARCH_HINT: Say = s!(
        "Ett eller flera ord, till exempel polisen, slutdatum eller Jönköping.",
        "One or more words, for example police, end date or Jönköping."
    )
    .hidden();
    /// `{all}`: the number of cases.
    pub static SEARCH_ALL: Say = s!("{all} fall.", "{all} cases.").hidden();
    /// `{shown}` of `{all}`.
    pub static SEARCH_SOME: Say =
        s!("{shown} av {all} fall matchar sökningen.", "{shown} of {all} cases match the search.").hidden();
    pub static NO_MATCH: Say =
        s!("Inget fall matchar sökningen. Pröva ett annat ord.", "No case matches the search. Try another word.")
            .hidden();
    pub static OWN_CASE: Say = s!("Enhetens eget fall", "The unit's own case").hidden();
    pub static UNIT_LOADING: Say = s!("Enhetens egna fall laddas…", "Loading the unit's own cases…").hidden();
    pub static BROKEN_TITLE: Say = s!("Fall som inte kan visas", "Cases that cannot be shown").hidden();
    pub static BROKEN_LEAD: Say = s!(
        "De här fallen i enhetens scenariofil har fel. Rätta filen; övriga fall visas som vanligt.",
        "These cases in the unit's scenario file have errors. Correct the file; the other cases are shown as usual."
    )
    .hidden();
    pub static BROKEN_BUILTIN: Say = s!("(inbyggt fall)", "(built-in case)").hidden();
    /// `{n}`: the case's place in the file (1-based), for a case with neither title nor id.
    pub static CASE_NUMBER: Say = s!("Fall nr {n}", "Case no. {n}").hidden();
    pub static OPEN_CASE_HINT: Say = s!(
        "Öppna fallet för att presentera det eller skriva ut en handout.",
        "Open a case to present it or to print a handout."
    )
    .hidden();
    /// `{url}`, `{status}`.
    pub static UNIT_FETCH_FAILED_STATUS: Say = s!(
        "Enhetens scenariofil \"{url}\" kunde inte hämtas (HTTP {status}). De inbyggda fallen visas.",
        "The unit's scenario file \"{url}\" could not be fetched (HTTP {status}). The built-in cases are shown."
    )
    .hidden();
    pub static UNIT_FETCH_FAILED: Say = s!(
        "Enhetens scenariofil \"{url}\" kunde inte hämtas. De inbyggda fallen visas.",
        "The unit's scenario file \"{url}\" could not be fetched. The built-in cases are shown."
    )
    .hidden();
    pub static UNIT_NOT_JSON: Say = s!(
        "Enhetens scenariofil \"{url}\" är inte giltig JSON. De inbyggda fallen visas.",
        "The unit's scenario file \"{url}\" is not valid JSON. The built-in cases are shown."
    )
    .hidden();
    pub static UNIT_BAD_FORMAT: Say = s!(
        "Enhetens scenariofil \"{url}\" har inte scenariofilens format: ett JSON-objekt med listan \"scenarios\". De inbyggda fallen visas.",
        "The unit's scenario file \"{url}\" does not have the format of a scenario file: a JSON object with the list \"scenarios\". The built-in cases are shown."
    )
    .hidden();

    // ---- presenter ----
    pub static PRESENTER_LABEL: Say = s!("Presentation av fallet", "Presentation of the case").hidden();
    pub static PREV: Say = s!("Föregående", "Previous").hidden();
    pub static NEXT: Say = s!("Nästa", "Next").hidden();
    pub static FIRST: Say = s!("Till början", "To the start").hidden();
    pub static PRINT_HANDOUT: Say = s!("Skriv ut handout", "Print handout").hidden();
    pub static BACK_TO_LIBRARY: Say = s!("Alla scenarier", "All scenarios").hidden();
    pub static CONTROLS_LABEL: Say = s!("Stega genom fallet", "Step through the case").hidden();
    pub static KEYS_HELP: Say = s!(
        "Tangenter: högerpil, Page Down eller mellanslag visar nästa steg; vänsterpil eller Page Up föregående; Home första och End sista.",
        "Keys: right arrow, Page Down or space shows the next step; left arrow or Page Up the previous one; Home the first and End the last."
    )
    .hidden();
    /// `{n}` of `{count}`.
    pub static STEP_OF: Say = s!("Steg {n} av {count}", "Step {n} of {count}").hidden();
    pub static STORY: Say = s!("Berättelsen", "The story").hidden();
    /// `{i}` of `{n}`.
    pub static QUESTION_OF: Say = s!("Fråga {i} av {n}", "Question {i} of {n}").hidden();
    pub static CASE_ANSWER: Say = s!("Svar i fallet:", "The case's answer:").hidden();
    pub static WHY_IT_MATTERS: Say = s!("Därför spelar svaret roll:", "Why the answer matters:").hidden();
    pub static PROMPT_TITLE: Say = s!("Före facit", "Before the outcome").hidden();
    pub static PROMPT_LEAD: Say =
        s!("Diskutera i gruppen innan ni går vidare:", "Discuss in the group before you go on:").hidden();
    pub static PROMPTS: [Say; 3] = [
        s!("Vilken åtgärd, eller vilka åtgärder?", "Which measure, or which measures?").hidden(),
        s!("Vem beslutar?", "Who decides?").hidden(),
        s!("Vem verkställer?", "Who carries it out?").hidden(),
    ];
    pub static REVEAL: Say = s!("Facit", "The outcome").hidden();
    pub static MEASURES: Say = s!("Åtgärd:", "Measure:").hidden();
    /// Above two measures (a lock and a sealing).
    pub static MEASURES_MANY: Say = s!("Åtgärder:", "Measures:").hidden();
    pub static DECIDED_BY: Say = s!("Avgjordes av:", "Decided by:").hidden();
    pub static OUTCOME_ID: Say = s!(
        "Utfallets id (fältet expected i en scenariofil):",
        "The outcome's id (the field expected in a scenario file):"
    )
    .hidden();
    pub static OPEN_IN_GUIDE: Say =
        s!("Öppna hela utfallet i frågeguiden", "Open the whole outcome in the guide").hidden();
    pub static SHOW_ON_MAP: Say = s!("Visa vägen på beslutskartan", "Show the path on the decision map").hidden();
    pub static WHY_TITLE: Say = s!("Varför?", "Why?").hidden();
    pub static WHY_LEAD: Say = s!(
        "Varje svar och de rader i utfallet som svaret avgjorde: med minst ett annat svar på samma fråga, övriga svar oförändrade, hade raden inte stått där. Härlett ur reglernas villkor.",
        "Each answer and the lines of the outcome it decided: with at least one other answer to the same question, the other answers unchanged, the line would not have been there. Derived from the conditions of the rules."
    )
    .hidden();
    pub static WHY_NONE: Say = s!(
        "Varje rad som svaret avgjorde preciserades av ett senare svar.",
        "Every line this answer decided was made more specific by a later answer."
    )
    .hidden();
    /// When the answer decided no line at all (it changed the heading, the questions after it or
    /// the form summary; `decided` is empty).
    pub static WHY_NOTHING: Say = s!(
        "Med ett annat svar här, övriga svar oförändrade, hade ingen av utfallets rader fallit bort.",
        "With another answer here, the other answers unchanged, none of the outcome's lines would have dropped out."
    )
    .hidden();
    /// `{n}` lines (one or more: worded so that 1 reads as well), after the lines the answer
    /// decided last.
    pub static WHY_ALSO: Say = s!(
        "Rader som svaret också avgjorde, och som senare svar preciserade: {n}",
        "Lines the answer also decided, which later answers made more specific: {n}"
    )
    .hidden();
    /// `{n}` lines, when the answer decided no line last.
    pub static WHY_ONLY_EARLIER: Say = s!(
        "Rader som svaret avgjorde, och som senare svar preciserade: {n}",
        "Lines the answer decided, which later answers made more specific: {n}"
    )
    .hidden();
    pub static VERBATIM: Say = s!("Ordagrant ur källan", "Verbatim from the source").hidden();
    pub static UNKNOWN_CASE_TITLE: Say = s!("Fallet finns inte", "The case does not exist").hidden();
    /// `{id}`.
    pub static UNKNOWN_CASE: Say = s!(
        "Det finns inget fall med id \"{id}\" i biblioteket. Välj ett fall bland alla scenarier.",
        "There is no case with the id \"{id}\" in the library. Choose a case from all scenarios."
    )
    .hidden();
    pub static CASE_LOADING: Say = s!("Enhetens egna fall laddas…", "Loading the unit's own cases…").hidden();

    // ---- the presenter's live announcement ----
    /// `{n}` of `{count}`, then what the step shows (`{what}`).
    pub static ANNOUNCE_STEP: Say = s!("Steg {n} av {count}. {what}", "Step {n} of {count}. {what}").hidden();
    pub static ANNOUNCE_STORY: Say = s!("Berättelsen: {title}", "The story: {title}").hidden();
    /// `{i}` of `{n}`, the question (`{legend}`) and the case's answer (`{answer}`).
    pub static ANNOUNCE_QUESTION: Say =
        s!("Fråga {i} av {n}: {legend} Svar: {answer}", "Question {i} of {n}: {legend} Answer: {answer}").hidden();
    pub static ANNOUNCE_PROMPT: Say =
        s!("Före facit: diskutera i gruppen.", "Before the outcome: discuss in the group.").hidden();
    pub static ANNOUNCE_REVEAL: Say = s!("Facit: {title}", "The outcome: {title}").hidden();
    pub static ANNOUNCE_WHY: Say = s!("Varför: vad varje svar avgjorde.", "Why: what each answer decided.").hidden();

    // ---- a unit's broken cases ----
    pub static P_NOT_AN_OBJECT: Say =
        s!("Posten är inte ett fall (ett objekt) utan {kind}.", "The entry is not a case (an object) but {kind}.")
            .hidden();
    pub static P_MISSING: Say =
        s!("Fältet \"{field}\" saknas eller är tomt.", "The field \"{field}\" is missing or empty.").hidden();
    pub static P_NOT_TEXT: Say =
        s!("Fältet \"{field}\" ska vara text men är {kind}.", "The field \"{field}\" should be text but is {kind}.")
            .hidden();
    pub static P_BAD_ID: Say = s!(
        "Fältet \"id\" får bara innehålla bokstäverna a–z, siffror, - och _ (högst 64 tecken).",
        "The field \"id\" may only contain the letters a–z, digits, - and _ (at most 64 characters)."
    )
    .hidden();
    pub static P_DUPLICATE: Say =
        s!("Ett annat fall har redan samma id.", "Another case already has the same id.").hidden();
    pub static P_UNKNOWN_HEADING: Say =
        s!("Utfallet \"{id}\" finns inte i Skyddsguiden.", "The outcome \"{id}\" does not exist in Skyddsguiden.")
            .hidden();
    pub static P_UNKNOWN_MEASURE: Say = s!(
        "Åtgärden \"{measure}\" finns inte; använd lock, seal, block, guardian eller ombud.",
        "The measure \"{measure}\" does not exist; use lock, seal, block, guardian or ombud."
    )
    .hidden();
    /// `{message}`: the link error's message.
    pub static P_LINK: Say = s!("Länken: {message}", "The link: {message}").hidden();
    pub static P_INCOMPLETE: Say = s!(
        "Länken räcker inte till ett utfall: frågan \"{legend}\" är obesvarad.",
        "The link does not reach an outcome: the question \"{legend}\" is unanswered."
    )
    .hidden();
    /// The heading the link leads to (`{got_title}`, `{got}`) and the expected one.
    pub static P_DIFFERS: Say = s!(
        "Länken leder till \"{got_title}\" ({got}), inte till det väntade utfallet \"{expected_title}\" ({expected}).",
        "The link leads to \"{got_title}\" ({got}), not to the expected outcome \"{expected_title}\" ({expected})."
    )
    .hidden();

    /// What a value of a file is when it is not what a field needs. The Swedish is the value's
    /// name in `Field::Other`, `Entry::NotAnObject` and `Problem` (so tests and logs read it).
    pub static KINDS: [T; 6] = [
        t!("text", "text"),
        t!("ett tal", "a number"),
        t!("sant eller falskt", "true or false"),
        t!("en lista", "a list"),
        t!("ett objekt", "an object"),
        t!("tomt (null)", "empty (null)"),
    ];
    /// A kind of value in the reader's language (`kind` is its Swedish name from [`KINDS`]).
    pub fn kind_in<'a>(kind: &'a str, v: &Voice<'a>) -> &'a str {
        KINDS.iter().find(|k| k.sv == kind).map(|k| v.t(k)).unwrap_or(kind)
    }

    // ---- handout ----
    pub static HANDOUT: Say = s!("Handout", "Handout").hidden();
    pub static HANDOUT_ANSWERS: Say = s!("Frågorna och fallets svar", "The questions and the case's answers").hidden();

    // ---- map ----
    pub static MAP_TITLE: Say = s!("Beslutskarta", "Decision map").hidden();
    /// `{region}`, `{nodes}`, `{edges}`.
    pub static MAP_LEAD: Say = s!(
        "Alla frågor och utfall i {region}: {nodes} rutor och {edges} pilar, en pil för varje svar. Frågornas svar står i rutan som pilen utgår från. Välj en ruta för att öppna frågan eller utfallet i frågeguiden.",
        "All questions and outcomes in {region}: {nodes} boxes and {edges} arrows, one arrow for each answer. A question's answers are in the box the arrow starts from. Choose a box to open the question or the outcome in the guide."
    )
    .hidden();
    pub static MAP_LIT: Say = s!(
        "Den aktuella situationens väg är markerad med tjocka pilar och ramar, och svaren med ✓.",
        "The path of the current situation is marked with thick arrows and frames, and the answers with ✓."
    )
    .hidden();
    pub static MAP_NOTHING_LIT: Say = s!(
        "Ingen situation är vald än; välj en ruta, eller svara i frågeguiden, så markeras vägen.",
        "No situation is chosen yet; choose a box, or answer in the guide, and the path is marked."
    )
    .hidden();
    pub static MAP_SCROLL_LABEL: Say =
        s!("Beslutskartan (rulla i sidled)", "The decision map (scroll sideways)").hidden();
    pub static MAP_AS_TEXT: Say = s!("Kartan som text", "The map as text").hidden();
    pub static MAP_QUESTION: Say = s!("Fråga", "Question").hidden();
    pub static MAP_LEADS_TO: Say = s!("leder till", "leads to").hidden();
    pub static MAP_ON_PATH: Say = s!("på den markerade vägen", "on the marked path").hidden();

    /// Every trainer text (the row texts; [`KINDS`] are walked as messages).
    pub static ALL: &[&Say] = &[
        &NAV_SCENARIOS,
        &NAV_MAP,
        &LIBRARY_TITLE,
        &LIBRARY_LEAD,
        &SEARCH_LABEL,
        &SEARCH_HINT,
        &SEARCH_ALL,
        &SEARCH_SOME,
        &NO_MATCH,
        &OWN_CASE,
        &UNIT_LOADING,
        &BROKEN_TITLE,
        &BROKEN_LEAD,
        &BROKEN_BUILTIN,
        &CASE_NUMBER,
        &OPEN_CASE_HINT,
        &UNIT_FETCH_FAILED_STATUS,
        &UNIT_FETCH_FAILED,
        &UNIT_NOT_JSON,
        &UNIT_BAD_FORMAT,
        &PRESENTER_LABEL,
        &PREV,
        &NEXT,
        &FIRST,
        &PRINT_HANDOUT,
        &BACK_TO_LIBRARY,
        &CONTROLS_LABEL,
        &KEYS_HELP,
        &STEP_OF,
        &STORY,
        &QUESTION_OF,
        &CASE_ANSWER,
        &WHY_IT_MATTERS,
        &PROMPT_TITLE,
        &PROMPT_LEAD,
        &PROMPTS[0],
        &PROMPTS[1],
        &PROMPTS[2],
        &REVEAL,
        &MEASURES,
        &MEASURES_MANY,
        &DECIDED_BY,
        &OUTCOME_ID,
        &OPEN_IN_GUIDE,
        &SHOW_ON_MAP,
        &WHY_TITLE,
        &WHY_LEAD,
        &WHY_NONE,
        &WHY_NOTHING,
        &WHY_ALSO,
        &WHY_ONLY_EARLIER,
        &VERBATIM,
        &UNKNOWN_CASE_TITLE,
        &UNKNOWN_CASE,
        &CASE_LOADING,
        &ANNOUNCE_STEP,
        &ANNOUNCE_STORY,
        &ANNOUNCE_QUESTION,
        &ANNOUNCE_PROMPT,
        &ANNOUNCE_REVEAL,
        &ANNOUNCE_WHY,
        &P_NOT_AN_OBJECT,
        &P_MISSING,
        &P_NOT_TEXT,
        &P_BAD_ID,
        &P_DUPLICATE,
        &P_UNKNOWN_HEADING,
        &P_UNKNOWN_MEASURE,
        &P_LINK,
        &P_INCOMPLETE,
        &P_DIFFERS,
        &HANDOUT,
        &HANDOUT_ANSWERS,
        &MAP_TITLE,
        &MAP_LEAD,
        &MAP_LIT,
        &MAP_NOTHING_LIT,
        &MAP_SCROLL_LABEL,
        &MAP_AS_TEXT,
        &MAP_QUESTION,
        &MAP_LEADS_TO,
        &MAP_ON_PATH,
    ];
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
