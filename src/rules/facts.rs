//! The situation: the facts answered so far, in the vocabulary of the scenario links
//! (DESIGN.md, "Scenario links"), and the parser/writer of the URL fragment query.
//!
//! Parsing never fails: it returns the facts it could read plus one typed error for each part it
//! could not (rust-analyzer style), so a bad link still applies everything else.

use super::text::{Fill, Voice, T};

/// A key of the situation. Every public key has a stable URL slug; `Case` is derived, never in a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum K {
    Region,
    Need,
    Measure,
    Action,
    By,
    Urgency,
    Hours,
    Home,
    LockedBy,
    FollowUp,
    Units,
    Scope,
    /// Added key: the grounds of a lock requested by care staff or another authority (S1 3.1, 4.1).
    Grounds,
    /// Added key: is the patient in ongoing care and treatment (S2, care-initiated sealing)?
    Ongoing,
    /// The child's age, in guardian situations (S1 1.1, S4 3.1, 3.4–3.5).
    Age,
    /// Who placed the sealing being lifted (S4 2.3.1 citizen, 2.3.2 care).
    SealedBy,
    Lang,
    Audience,
    /// Derived from `need` or `measure`: which routine family applies. Never read from or written to a link.
    Case,
}

impl K {
    pub const COUNT: usize = 19;
    pub const ALL: [K; K::COUNT] = [
        K::Region,
        K::Need,
        K::Measure,
        K::Action,
        K::By,
        K::Urgency,
        K::Hours,
        K::Home,
        K::LockedBy,
        K::FollowUp,
        K::Units,
        K::Scope,
        K::Grounds,
        K::Ongoing,
        K::Age,
        K::SealedBy,
        K::Lang,
        K::Audience,
        K::Case,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn def(self) -> &'static KeyDef {
        &KEYS[self.index()]
    }
    pub fn slug(self) -> &'static str {
        self.def().slug
    }
    pub fn from_slug(slug: &str) -> Option<K> {
        KEYS.iter().find(|d| d.public && d.slug == slug).map(|d| d.key)
    }
}

/// A value of some key. One flat enum so that conditions in the content tables are plain data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum V {
    // region
    /// Region Jämtland Härjedalen.
    Rjh,
    /// Region Jönköpings län.
    Jonkoping,
    // need
    NoLogin,
    NoRecordOnline,
    NoSharing,
    NothingVia1177,
    GuardianOut,
    GuardianExtend,
    Representative,
    // measure
    /// Låsa inloggning till 1177.
    Lock,
    /// Försegla journalen (1177 Journalen).
    Seal,
    /// Spärra journal (inre/yttre spärr).
    Block,
    /// Vårdnadshavares direktåtkomst till barns journal.
    Guardian,
    /// Direktåtkomst som ombud (legal ställföreträdare).
    Ombud,
    // action
    Apply,
    Lift,
    Extend,
    RemoveExtension,
    /// Fortsatt försegling: care's decision to keep a temporary sealing longer (S4 2.2.2).
    Continue,
    // by
    ByCitizen,
    ByCare,
    ByAuthority,
    ByGuardian,
    ByChild,
    ByRepresentative,
    // urgency
    Ordinary,
    Acute,
    // hours
    /// It can wait until ordinary office hours.
    Office,
    /// It cannot wait: jourtid.
    After,
    // home
    /// The citizen is skriven/folkbokförd in the chosen region.
    HomeRegion,
    HomeOther,
    // lockedby
    LockedByCitizen,
    LockedByRegion,
    LockedByOtherRegion,
    /// 1177 shows only "invånaren själv eller av region" and nobody has checked yet (S1 5.3).
    LockedByUnknown,
    // followup
    FollowUpYes,
    FollowUpNo,
    // units
    UnitsOne,
    UnitsSeveral,
    // scope
    Whole,
    Part,
    // grounds
    Violence,
    Investigation,
    Hiding,
    ChildIntegrity,
    ProtectedIdentity,
    Misuse,
    Forced,
    SomeoneElse,
    Escape,
    GuardianAccess,
    AbnormalUse,
    // ongoing
    OngoingYes,
    OngoingNo,
    // age
    /// Under 13 years.
    Under13,
    /// 13 to 15 years (t o m 15).
    Age13To15,
    /// 16 or 17 years.
    Age16To17,
    // sealedby
    SealedByCitizen,
    SealedByCare,
    // lang
    Sv,
    En,
    // audience
    Staff,
    Citizen,
    // case (derived)
    CaseLock,
    CaseSeal,
    CaseBlock,
    CaseGuardian,
    CaseOmbud,
    /// Låsa inloggning **och** försegla journalen.
    CaseLockAndSeal,
    /// Låsa barnets inloggning **och** försegla vårdnadshavares direktåtkomst.
    CaseLockAndGuardianSeal,
}

/// One key: its slug and its values with their slugs.
pub struct KeyDef {
    pub key: K,
    pub slug: &'static str,
    pub public: bool,
    pub values: &'static [(&'static str, V)],
}

pub static KEYS: [KeyDef; K::COUNT] = [
    KeyDef { key: K::Region, slug: "region", public: true, values: &[("rjh", V::Rjh), ("jonkoping", V::Jonkoping)] },
    KeyDef {
        key: K::Need,
        slug: "need",
        public: true,
        values: &[
            ("no-login", V::NoLogin),
            ("no-record-online", V::NoRecordOnline),
            ("no-sharing", V::NoSharing),
            ("nothing-via-1177", V::NothingVia1177),
            ("guardian-out", V::GuardianOut),
            ("guardian-extend", V::GuardianExtend),
            ("representative", V::Representative),
        ],
    },
    KeyDef {
        key: K::Measure,
        slug: "measure",
        public: true,
        values: &[
            ("lock", V::Lock),
            ("seal", V::Seal),
            ("block", V::Block),
            ("guardian", V::Guardian),
            ("ombud", V::Ombud),
        ],
    },
    KeyDef {
        key: K::Action,
        slug: "action",
        public: true,
        values: &[
            ("apply", V::Apply),
            ("lift", V::Lift),
            ("extend", V::Extend),
            ("remove-extension", V::RemoveExtension),
            ("continue", V::Continue),
        ],
    },
    KeyDef {
        key: K::By,
        slug: "by",
        public: true,
        values: &[
            ("citizen", V::ByCitizen),
            ("care", V::ByCare),
            ("authority", V::ByAuthority),
            ("guardian", V::ByGuardian),
            ("child", V::ByChild),
            ("representative", V::ByRepresentative),
        ],
    },
    KeyDef {
        key: K::Urgency,
        slug: "urgency",
        public: true,
        values: &[("ordinary", V::Ordinary), ("acute", V::Acute)],
    },
    KeyDef { key: K::Hours, slug: "hours", public: true, values: &[("office", V::Office), ("after", V::After)] },
    KeyDef { key: K::Home, slug: "home", public: true, values: &[("region", V::HomeRegion), ("other", V::HomeOther)] },
    KeyDef {
        key: K::LockedBy,
        slug: "lockedby",
        public: true,
        values: &[
            ("citizen", V::LockedByCitizen),
            ("region", V::LockedByRegion),
            ("other-region", V::LockedByOtherRegion),
            ("unknown", V::LockedByUnknown),
        ],
    },
    KeyDef {
        key: K::FollowUp,
        slug: "followup",
        public: true,
        values: &[("yes", V::FollowUpYes), ("no", V::FollowUpNo)],
    },
    KeyDef {
        key: K::Units,
        slug: "units",
        public: true,
        values: &[("one", V::UnitsOne), ("several", V::UnitsSeveral)],
    },
    KeyDef { key: K::Scope, slug: "scope", public: true, values: &[("whole", V::Whole), ("part", V::Part)] },
    KeyDef {
        key: K::Grounds,
        slug: "grounds",
        public: true,
        values: &[
            ("violence", V::Violence),
            ("investigation", V::Investigation),
            ("hiding", V::Hiding),
            ("child-integrity", V::ChildIntegrity),
            ("protected-identity", V::ProtectedIdentity),
            ("misuse", V::Misuse),
            ("forced", V::Forced),
            ("someone-else", V::SomeoneElse),
            ("escape", V::Escape),
            ("guardian-access", V::GuardianAccess),
            ("abnormal-use", V::AbnormalUse),
        ],
    },
    KeyDef { key: K::Ongoing, slug: "ongoing", public: true, values: &[("yes", V::OngoingYes), ("no", V::OngoingNo)] },
    KeyDef {
        key: K::Age,
        slug: "age",
        public: true,
        values: &[("under-13", V::Under13), ("13-15", V::Age13To15), ("16-17", V::Age16To17)],
    },
    KeyDef {
        key: K::SealedBy,
        slug: "sealedby",
        public: true,
        values: &[("citizen", V::SealedByCitizen), ("care", V::SealedByCare)],
    },
    KeyDef { key: K::Lang, slug: "lang", public: true, values: &[("sv", V::Sv), ("en", V::En)] },
    KeyDef {
        key: K::Audience,
        slug: "audience",
        public: true,
        values: &[("staff", V::Staff), ("citizen", V::Citizen)],
    },
    KeyDef {
        key: K::Case,
        slug: "case",
        public: false,
        values: &[
            ("lock", V::CaseLock),
            ("seal", V::CaseSeal),
            ("block", V::CaseBlock),
            ("guardian", V::CaseGuardian),
            ("ombud", V::CaseOmbud),
            ("lock-and-seal", V::CaseLockAndSeal),
            ("lock-and-guardian-seal", V::CaseLockAndGuardianSeal),
        ],
    },
];

impl V {
    /// The key this value belongs to (`K::Case` for the derived case values, which no link carries).
    pub fn key(self) -> K {
        KEY_OF.get(self as usize).copied().unwrap_or(K::Case)
    }
    pub fn slug(self) -> &'static str {
        self.key().def().values.iter().find(|(_, v)| *v == self).map(|(s, _)| *s).unwrap_or("")
    }
}

/// The key a condition (a list of values of one key, `model::When`) is on: its values' own.
pub fn condition_key(vs: &[V]) -> Option<K> {
    vs.first().map(|v| v.key())
}

/// The key of each value, by the value's discriminant, built from [`KEYS`] when compiling: every
/// condition of every table is checked through `V::key` (a condition stores only its values), so
/// it is an index, not a search of `KEYS` (which made resolving every path three times slower).
const KEY_OF: [K; V::CaseLockAndGuardianSeal as usize + 1] = {
    let mut of = [K::Case; V::CaseLockAndGuardianSeal as usize + 1];
    let mut i = 0;
    while i < KEYS.len() {
        let values = KEYS[i].values;
        let mut j = 0;
        while j < values.len() {
            of[values[j].1 as usize] = KEYS[i].key;
            j += 1;
        }
        i += 1;
    }
    of
};

/// Keys that describe the situation (answered by questions), as opposed to presentation keys.
pub const SITUATION_KEYS: [K; 16] = [
    K::Region,
    K::Need,
    K::Measure,
    K::Action,
    K::By,
    K::Urgency,
    K::Hours,
    K::Home,
    K::LockedBy,
    K::FollowUp,
    K::Units,
    K::Scope,
    K::Grounds,
    K::Ongoing,
    K::Age,
    K::SealedBy,
];

/// The facts known so far: at most one value per key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    values: [Option<V>; K::COUNT],
}

impl Facts {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn get(&self, k: K) -> Option<V> {
        self.values[k.index()]
    }
    pub fn has(&self, k: K) -> bool {
        self.get(k).is_some()
    }
    /// Set a value under its own key.
    pub fn set(&mut self, v: V) {
        self.values[v.key().index()] = Some(v);
    }
    pub fn unset(&mut self, k: K) {
        self.values[k.index()] = None;
    }
    pub fn with(mut self, v: V) -> Self {
        self.set(v);
        self
    }
    pub fn region(&self) -> V {
        self.get(K::Region).unwrap_or(V::Rjh)
    }
    /// The facts plus what follows from them: the default region, and the routine family (`case`)
    /// and action implied by a `need` or a `measure`.
    pub fn effective(&self) -> Facts {
        let mut f = self.clone();
        f.set(self.region());
        // Staff is the default audience: questions for staff only name it.
        if !f.has(K::Audience) {
            f.set(V::Staff);
        }
        // Nothing via 1177 because guardians should no longer reach the child's logged-in area
        // (the lock's ground, S1 3.1, 4.1) is "guardians out": the child's own record is not
        // shown before 16 (S1 1.1, S4 3.1), so S1 3.2's alternative to sealing the record,
        // "vårdnadshavares direktåtkomst till journalen blockeras", is what closes it.
        if self.get(K::Need) == Some(V::NothingVia1177) && self.get(K::Grounds) == Some(V::GuardianAccess) {
            f.set(V::GuardianOut);
        }
        let (case, action) = match (f.get(K::Need), self.get(K::Measure)) {
            // "Guardians out" depends on the child's age: guardians reach 1177 (ombudsläget) and the
            // record until 13 (S1 1.1, S4 3.1), so the login is locked and their access sealed
            // (S1 1.2). From 13 to 15 they reach the record only through an extension, which is
            // removed (S4 3.4, 3.5); locking the child's login would only shut the child out. From 16
            // they have no direct access at all (the guardians' case, answered with a refusal).
            (Some(V::GuardianOut), _) => match self.get(K::Age) {
                Some(V::Age13To15) => (Some(V::CaseGuardian), Some(V::RemoveExtension)),
                Some(V::Age16To17) => (Some(V::CaseGuardian), Some(V::Apply)),
                _ => need_case(V::GuardianOut),
            },
            (Some(need), _) => need_case(need),
            (None, Some(m)) => (measure_case(m), if m == V::Ombud { Some(V::Apply) } else { None }),
            (None, None) => (None, None),
        };
        f.unset(K::Case);
        if let Some(c) = case {
            f.set(c);
        }
        if let Some(a) = action {
            f.set(a);
        }
        // Locking a child's login so guardians cannot reach it has its ground in the need itself:
        // "att vårdnadshavare inte längre bör komma åt barnets inloggade läge" (S1 3.1, 4.1).
        if f.get(K::Case) == Some(V::CaseLockAndGuardianSeal) {
            f.set(V::GuardianAccess);
        }
        f
    }
    /// Does every condition hold? A condition `vs` holds when the value of its key (the key of
    /// its values) is one of `vs`.
    pub fn matches(&self, when: &[&[V]]) -> bool {
        when.iter().all(|vs| condition_key(vs).is_some_and(|k| self.get(k).is_some_and(|v| vs.contains(&v))))
    }
    pub fn iter(&self) -> impl Iterator<Item = V> + '_ {
        self.values.iter().flatten().copied()
    }
}

/// What a `need` means: the routine family and the action.
pub fn need_case(need: V) -> (Option<V>, Option<V>) {
    let (c, a) = match need {
        V::NoLogin => (V::CaseLock, V::Apply),
        V::NoRecordOnline => (V::CaseSeal, V::Apply),
        V::NoSharing => (V::CaseBlock, V::Apply),
        V::NothingVia1177 => (V::CaseLockAndSeal, V::Apply),
        V::GuardianOut => (V::CaseLockAndGuardianSeal, V::Apply),
        V::GuardianExtend => (V::CaseGuardian, V::Extend),
        V::Representative => (V::CaseOmbud, V::Apply),
        _ => return (None, None),
    };
    (Some(c), Some(a))
}

pub fn measure_case(m: V) -> Option<V> {
    Some(match m {
        V::Lock => V::CaseLock,
        V::Seal => V::CaseSeal,
        V::Block => V::CaseBlock,
        V::Guardian => V::CaseGuardian,
        V::Ombud => V::CaseOmbud,
        _ => return None,
    })
}

/// What went wrong with one part of a link. The rest of the link still applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// `key` is not a key of the vocabulary.
    UnknownKey { key: String },
    /// `value` is not a value of `key`.
    UnknownValue { key: K, value: String },
    /// The key came twice; the first value was used.
    Duplicate { key: K },
    /// A part without `=`, or with an empty key.
    Malformed { part: String },
    /// `need` and `measure` were both given; `need` was used.
    NeedAndMeasure,
    /// The value is valid but does not apply to this situation, so it was not used.
    NotApplicable { key: K, value: V },
    /// The path is not a page of the widget.
    UnknownPage { path: String },
    /// A presenter link's `step` is not a number from 1.
    BadStep { value: String },
}

impl LinkError {
    /// The message template: `{key}`, `{value}` and `{part}` stand for what the link said.
    pub fn template(&self) -> &'static T {
        use link_messages::*;
        match self {
            LinkError::UnknownKey { .. } => &UNKNOWN_KEY,
            LinkError::UnknownValue { .. } => &UNKNOWN_VALUE,
            LinkError::Duplicate { .. } => &DUPLICATE,
            LinkError::Malformed { .. } => &MALFORMED,
            LinkError::NeedAndMeasure => &NEED_AND_MEASURE,
            LinkError::NotApplicable { .. } => &NOT_APPLICABLE,
            LinkError::UnknownPage { .. } => &UNKNOWN_PAGE,
            LinkError::BadStep { .. } => &BAD_STEP,
        }
    }
    /// The message shown in the page, in the reader's language.
    pub fn message_in(&self, v: &Voice) -> String {
        let (key, value) = match self {
            LinkError::UnknownKey { key } => (key.clone(), String::new()),
            LinkError::UnknownValue { key, value } => (key.slug().to_string(), value.clone()),
            LinkError::Duplicate { key } => (key.slug().to_string(), String::new()),
            LinkError::Malformed { part } => (part.clone(), String::new()),
            LinkError::NeedAndMeasure => (String::new(), String::new()),
            LinkError::NotApplicable { key, value } => (key.slug().to_string(), value.slug().to_string()),
            LinkError::UnknownPage { path } => (path.clone(), String::new()),
            LinkError::BadStep { value } => (value.clone(), String::new()),
        };
        v.t(self.template()).fill(&[("key", &key), ("value", &value)])
    }
    /// The message in Swedish.
    pub fn message(&self) -> String {
        self.message_in(&Voice::sv_staff())
    }
}

/// The link errors' messages, in both languages.
pub mod link_messages {
    use crate::rules::text::T;
    use crate::t;
    pub static UNKNOWN_KEY: T =
        t!("Länken innehåller en okänd uppgift: \"{key}\".", "The link contains an unknown item: \"{key}\".");
    pub static UNKNOWN_VALUE: T = t!(
        "Länken anger ett okänt värde för {key}: \"{value}\".",
        "The link gives an unknown value for {key}: \"{value}\"."
    );
    pub static DUPLICATE: T = t!(
        "Uppgiften {key} fanns flera gånger i länken; det första värdet används.",
        "The item {key} appeared more than once in the link; the first value is used."
    );
    pub static MALFORMED: T = t!(
        "Delen \"{key}\" i länken saknar likhetstecken (nyckel=värde).",
        "The part \"{key}\" of the link has no equals sign (key=value)."
    );
    pub static NEED_AND_MEASURE: T =
        t!("Länken anger både need och measure; need används.", "The link gives both need and measure; need is used.");
    pub static NOT_APPLICABLE: T = t!(
        "Uppgiften {key}={value} gäller inte i den här situationen och användes inte.",
        "The item {key}={value} does not apply in this situation and was not used."
    );
    pub static UNKNOWN_PAGE: T =
        t!("Sidan \"{key}\" finns inte; frågeguiden visas.", "The page \"{key}\" does not exist; the guide is shown.");
    pub static BAD_STEP: T = t!(
        "Steget \"{key}\" finns inte; fallet visas från början.",
        "The step \"{key}\" does not exist; the case is shown from the start."
    );
    pub static ALL: [&T; 8] = [
        &UNKNOWN_KEY,
        &UNKNOWN_VALUE,
        &DUPLICATE,
        &MALFORMED,
        &NEED_AND_MEASURE,
        &NOT_APPLICABLE,
        &UNKNOWN_PAGE,
        &BAD_STEP,
    ];
}

/// The longest piece of a bad link echoed back to the page.
const ECHO_MAX: usize = 40;

fn echo(s: &str) -> String {
    let mut out: String = s.chars().take(ECHO_MAX).collect();
    if s.chars().count() > ECHO_MAX {
        out.push('…');
    }
    out
}

/// Decode `%XX` and `+`; invalid escapes are kept as they are.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parse a query such as `measure=seal&action=apply`. Never fails.
pub fn parse_query(query: &str) -> (Facts, Vec<LinkError>) {
    let mut facts = Facts::new();
    let mut errors = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            errors.push(LinkError::Malformed { part: echo(&decode(part)) });
            continue;
        };
        let (k, v) = (decode(k), decode(v));
        if k.is_empty() {
            errors.push(LinkError::Malformed { part: echo(&decode(part)) });
            continue;
        }
        let Some(key) = K::from_slug(&k) else {
            errors.push(LinkError::UnknownKey { key: echo(&k) });
            continue;
        };
        let Some(value) = key.def().values.iter().find(|(s, _)| *s == v).map(|(_, v)| *v) else {
            errors.push(LinkError::UnknownValue { key, value: echo(&v) });
            continue;
        };
        if facts.has(key) {
            errors.push(LinkError::Duplicate { key });
            continue;
        }
        facts.set(value);
    }
    if facts.has(K::Need) && facts.has(K::Measure) {
        facts.unset(K::Measure);
        errors.push(LinkError::NeedAndMeasure);
    }
    (facts, errors)
}

/// Write the public facts as a query, in the fixed key order. The default region is written too,
/// so a shared link means the same thing on a page whose host sets another default region.
pub fn write_query(facts: &Facts) -> String {
    let mut out = String::new();
    for k in K::ALL {
        if !k.def().public {
            continue;
        }
        if let Some(v) = facts.get(k) {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(k.slug());
            out.push('=');
            out.push_str(v.slug());
        }
    }
    out
}

/// The page a fragment names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `#/guide`: the questions and the outcome.
    Guide,
    /// `#/explain`: the three measures side by side.
    Explain,
    /// `#/scenarios`: the trainer's scenario library.
    Scenarios,
    /// `#/scenarios/<id>?step=N`: one case in the presenter view, at step `step` (1 = the story).
    /// The query holds only the step: the case's own link is the situation.
    Scenario { id: String, step: u16 },
    /// `#/graph`: the decision map, with the situation's path lit.
    Graph,
}

/// The longest case id a link may name (ids are letters, digits, `-` and `_`).
pub const CASE_ID_MAX: usize = 64;

/// Is this a possible case id (what `#/scenarios/<id>` may name)?
pub fn is_case_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= CASE_ID_MAX && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Page {
    pub fn path(&self) -> String {
        match self {
            Page::Guide => "/guide".into(),
            Page::Explain => "/explain".into(),
            Page::Scenarios => "/scenarios".into(),
            Page::Scenario { id, .. } => format!("/scenarios/{id}"),
            Page::Graph => "/graph".into(),
        }
    }
}

/// Parse the query of a presenter page: only `step=N` (N from 1).
/// The keys a presenter page keeps besides its step: how it is shown, not a situation.
const PRESENTATION: [K; 3] = [K::Region, K::Lang, K::Audience];

/// A presenter page's query: its step, and the presentation keys (region, language, audience).
fn parse_step(query: &str, errors: &mut Vec<LinkError>) -> (u16, Facts) {
    let mut step = 1;
    let mut rest = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some(("step", v)) => match v.parse::<u16>() {
                Ok(n) if n >= 1 => step = n,
                _ => errors.push(LinkError::BadStep { value: echo(&decode(v)) }),
            },
            _ => rest.push(part),
        }
    }
    let (facts, mut e) = parse_query(&rest.join("&"));
    errors.append(&mut e);
    let mut kept = Facts::new();
    for v in facts.iter() {
        if PRESENTATION.contains(&v.key()) {
            kept.set(v);
        } else {
            errors.push(LinkError::NotApplicable { key: v.key(), value: v });
        }
    }
    (step, kept)
}

/// Parse a URL fragment (with or without the leading `#`). An empty fragment opens the guide's
/// start; an unknown page opens the guide too, with an error naming it.
pub fn parse_fragment(fragment: &str) -> (Page, Facts, Vec<LinkError>) {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let (path, query) = f.split_once('?').unwrap_or((f, ""));
    let mut errors = Vec::new();
    let page = match path {
        "" | "/" | "/guide" | "/guide/" => Page::Guide,
        "/explain" | "/explain/" => Page::Explain,
        "/scenarios" | "/scenarios/" => Page::Scenarios,
        "/graph" | "/graph/" => Page::Graph,
        other => match other.strip_prefix("/scenarios/").map(|id| decode(id.trim_end_matches('/'))) {
            Some(id) if is_case_id(&id) => {
                let (step, facts) = parse_step(query, &mut errors);
                return (Page::Scenario { id, step }, facts, errors);
            }
            Some(_) => {
                errors.push(LinkError::UnknownPage { path: echo(&decode(other)) });
                Page::Scenarios
            }
            None => {
                errors.push(LinkError::UnknownPage { path: echo(&decode(other)) });
                Page::Guide
            }
        },
    };
    let (facts, mut e) = parse_query(query);
    errors.append(&mut e);
    (page, facts, errors)
}

/// Write a fragment for a page and its facts (without the leading `#`). A presenter page writes
/// its step (from 2) and the presentation keys (region, language, audience) instead of facts.
pub fn write_fragment(page: Page, facts: &Facts) -> String {
    if let Page::Scenario { id, step } = &page {
        let mut q: Vec<String> = Vec::new();
        if *step > 1 {
            q.push(format!("step={step}"));
        }
        for k in PRESENTATION {
            if let Some(v) = facts.get(k) {
                q.push(format!("{}={}", k.slug(), v.slug()));
            }
        }
        return if q.is_empty() { format!("/scenarios/{id}") } else { format!("/scenarios/{id}?{}", q.join("&")) };
    }
    let q = write_query(facts);
    if q.is_empty() {
        page.path()
    } else {
        format!("{}?{}", page.path(), q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_error_shows_the_link_as_written_even_when_it_looks_like_a_placeholder() {
        let (_, _, errors) = parse_fragment("#/guide?%7Bvalue%7D=x");
        assert_eq!(errors, vec![LinkError::UnknownKey { key: "{value}".into() }]);
        assert_eq!(errors[0].message(), "Länken innehåller en okänd uppgift: \"{value}\".");
    }

    #[test]
    fn a_presenter_page_keeps_its_language_and_reports_situation_keys() {
        let (page, facts, errors) = parse_fragment("#/scenarios/x?step=2&lang=en&audience=staff&need=no-login");
        assert_eq!(page, Page::Scenario { id: "x".into(), step: 2 });
        assert_eq!(facts.get(K::Lang), Some(V::En));
        assert_eq!(errors, vec![LinkError::NotApplicable { key: K::Need, value: V::NoLogin }]);
        assert_eq!(write_fragment(page, &facts), "/scenarios/x?step=2&lang=en&audience=staff");
    }

    #[test]
    fn every_value_belongs_to_exactly_one_key() {
        let mut seen = std::collections::BTreeSet::new();
        for d in KEYS.iter() {
            for (_, v) in d.values {
                assert!(seen.insert(*v), "{v:?} under two keys");
                assert_eq!(v.key(), d.key);
            }
        }
        // The derived case values are in no link: their key is the case's, also in `KEY_OF`.
        for v in [
            V::CaseLock,
            V::CaseSeal,
            V::CaseBlock,
            V::CaseGuardian,
            V::CaseOmbud,
            V::CaseLockAndSeal,
            V::CaseLockAndGuardianSeal,
        ] {
            assert_eq!(v.key(), K::Case, "{v:?}");
        }
        for (i, d) in KEYS.iter().enumerate() {
            assert_eq!(d.key.index(), i, "KEYS out of order at {i}");
            assert_eq!(K::ALL[i], d.key);
        }
    }

    #[test]
    fn round_trip_of_the_design_example() {
        let (page, facts, errors) =
            parse_fragment("#/guide?measure=seal&action=apply&by=care&urgency=acute&hours=after&region=rjh");
        assert_eq!(page, Page::Guide);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(facts.get(K::Hours), Some(V::After));
        assert_eq!(
            write_fragment(page, &facts),
            "/guide?region=rjh&measure=seal&action=apply&by=care&urgency=acute&hours=after"
        );
    }

    #[test]
    fn bad_parts_are_reported_and_the_rest_applies() {
        let (_, facts, errors) =
            parse_fragment("#/guide?measure=seel&by=care&colour=red&&x&by=citizen&urgency=%61cute");
        assert_eq!(facts.get(K::By), Some(V::ByCare));
        assert_eq!(facts.get(K::Urgency), Some(V::Acute));
        assert!(!facts.has(K::Measure));
        assert_eq!(
            errors,
            vec![
                LinkError::UnknownValue { key: K::Measure, value: "seel".into() },
                LinkError::UnknownKey { key: "colour".into() },
                LinkError::Malformed { part: "x".into() },
                LinkError::Duplicate { key: K::By },
            ]
        );
    }

    #[test]
    fn case_is_never_read_from_a_link() {
        let (facts, errors) = parse_query("case=lock");
        assert!(!facts.has(K::Case));
        assert_eq!(errors, vec![LinkError::UnknownKey { key: "case".into() }]);
    }

    #[test]
    fn need_wins_over_measure() {
        let (facts, errors) = parse_query("need=no-login&measure=seal");
        assert_eq!(facts.effective().get(K::Case), Some(V::CaseLock));
        assert_eq!(errors, vec![LinkError::NeedAndMeasure]);
    }

    #[test]
    fn trainer_pages_round_trip() {
        for frag in [
            "/scenarios",
            "/graph?region=rjh&need=no-login",
            "/scenarios/polisen-fredagskvall",
            "/scenarios/a_b-1?step=4",
        ] {
            let (page, facts, errors) = parse_fragment(frag);
            assert!(errors.is_empty(), "{frag}: {errors:?}");
            assert_eq!(write_fragment(page, &facts), frag);
        }
        let (page, _, _) = parse_fragment("#/scenarios/x?step=3");
        assert_eq!(page, Page::Scenario { id: "x".into(), step: 3 });
    }

    #[test]
    fn a_bad_case_link_is_reported_not_a_crash() {
        let (page, _, errors) = parse_fragment("#/scenarios/x?step=zero&colour=red");
        assert_eq!(page, Page::Scenario { id: "x".into(), step: 1 });
        assert_eq!(
            errors,
            vec![LinkError::BadStep { value: "zero".into() }, LinkError::UnknownKey { key: "colour".into() }]
        );
        let (page, _, errors) = parse_fragment("#/scenarios/no such case");
        assert_eq!(page, Page::Scenarios);
        assert_eq!(errors.len(), 1);
        let (page, _, errors) = parse_fragment(&format!("#/scenarios/{}", "x".repeat(CASE_ID_MAX + 1)));
        assert_eq!(page, Page::Scenarios);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn long_garbage_is_echoed_shortened() {
        let long = "x".repeat(500);
        let (_, errors) = parse_query(&format!("{long}=1"));
        match &errors[0] {
            LinkError::UnknownKey { key } => assert_eq!(key.chars().count(), ECHO_MAX + 1),
            e => panic!("{e:?}"),
        }
    }
}
