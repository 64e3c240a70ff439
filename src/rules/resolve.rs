//! The resolver: a complete situation in, an outcome out. It selects rows from the content
//! tables; it writes no rule of its own, except the dates it computes.

use time::Date;

use super::content::forms::{COSMIC_NOTES, FORM_USES};
use super::content::outcomes::{HEADINGS, LINES};
use super::dates;
use super::facts::{Facts, K, V};
use super::model::{CosmicNote, EndDate, FormDef, Heading, Kind, Line, Section};
use super::sources::{bits, cite, Cite, Src};
use super::text::{Fill, Say, Voice, T};

/// A form the outcome uses, with what this situation says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormNeed {
    pub form: &'static FormDef,
    pub end_date: EndDate,
    pub comment: &'static str,
}

impl std::fmt::Debug for FormDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}
impl PartialEq for FormDef {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for FormDef {}

/// A line of an outcome that the resolver computed (dates): one of the texts below, its
/// placeholders filled, with its citation. Dates stay in their Swedish (ISO) form in both
/// languages. The texts are plain rows like every other (`rules::messages`), so a `slim` build
/// keeps only their Swedish and the English pack has the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Computed {
    pub section: Section,
    pub text: &'static T,
    /// The value of each `{name}` in `text`.
    pub fill: Vec<(&'static str, String)>,
    pub cite: Vec<Cite>,
}

impl Computed {
    pub fn text(&self, v: &Voice) -> String {
        let values: Vec<(&str, &str)> = self.fill.iter().map(|(k, v)| (*k, v.as_str())).collect();
        v.t(self.text).fill(&values)
    }
    /// In Swedish: the golden file and the tests.
    pub fn sv(&self) -> String {
        self.text(&Voice::sv_staff())
    }
}

/// The texts of [`Computed`] lines (listed in `rules::messages`).
pub mod computed {
    use crate::rules::text::T;
    use crate::t;

    /// A form valid for one year from its signature: `{from}` today, `{through}` the day before
    /// the anniversary.
    pub static ONE_YEAR: T = t!(
        "Gäller ”ett år fr.o.m. datum för underskrift”. Skrivs blanketten under i dag ({from}) gäller åtkomsten t.o.m. {through} (dagen före årsdagen). Den måste aktivt förlängas varje år.",
        "Valid for one year from the date of signature (”ett år fr.o.m. datum för underskrift”). If the form is signed today ({from}), access is valid up to and including {through} (the day before the same date next year). It must be actively renewed every year."
    );
    /// A slutdatum the source limits: at most `{months}` months, `{latest}` from today.
    pub static END_DATE_AT_MOST: T = t!(
        "Slutdatum krävs. Högst {months} månader rekommenderas: från i dag senast {latest}.",
        "An end date (slutdatum) is required. At most {months} months is recommended: from today, {latest} at the latest."
    );
    pub static ALL: [&T; 2] = [&ONE_YEAR, &END_DATE_AT_MOST];
}

/// The answer for a complete situation.
pub struct Outcome {
    pub heading: &'static Heading,
    /// The measures involved, in order (`V::Lock`, `V::Seal`, …).
    pub measures: Vec<V>,
    pub lines: Vec<&'static Line>,
    pub computed: Vec<Computed>,
    pub forms: Vec<FormNeed>,
    pub cosmic: Vec<&'static CosmicNote>,
    /// The facts it was resolved from (effective).
    pub facts: Facts,
}

impl Outcome {
    pub fn kind(&self) -> Kind {
        self.heading.kind
    }
    pub fn is_acute(&self) -> bool {
        self.facts.get(K::Urgency) == Some(V::Acute) || self.lines.iter().any(|l| l.section == Section::Now)
    }
    /// Every source the outcome cites (its heading, lines, forms, computed lines and Cosmic
    /// notes), each once, in the order of `SOURCES`: the outcome's "Källor" and the `outcome`
    /// event's `sources` are this one list.
    pub fn sources(&self) -> Vec<super::sources::Src> {
        // Plain loops: a chain of five iterators was 0.9 KB of code (−166 B gzip without it).
        let mut seen = super::sources::Seen::default();
        seen.mark(&self.heading.cite);
        for l in &self.lines {
            seen.mark(&l.cite);
        }
        for f in &self.forms {
            seen.mark(&f.form.cite);
        }
        for c in &self.computed {
            seen.mark(&c.cite);
        }
        for n in &self.cosmic {
            seen.mark(&n.cite);
        }
        seen.list()
    }
    /// The lines of one section, in table order.
    pub fn section(&self, s: Section) -> impl Iterator<Item = &'static Line> + '_ {
        self.lines.iter().copied().filter(move |l| l.section == s)
    }
    pub fn computed_in(&self, s: Section) -> impl Iterator<Item = &Computed> + '_ {
        self.computed.iter().filter(move |c| c.section == s)
    }
    /// The roles named by the lines of one section (Decide, Inform), for the form summary, and those
    /// lines' citations: only the lines that cite a document in `srcs` (a bit per [`Src`];
    /// `u32::MAX` for every line), so that a form names the roles of its own routine; and the
    /// text of the first such line (what the routine says where it names no role).
    pub fn roles(&self, s: Section, srcs: u32) -> (Vec<&'static str>, Vec<Cite>, Option<&'static Say>) {
        let (mut roles, mut cites): (Vec<&'static str>, Vec<Cite>) = (Vec::new(), Vec::new());
        let mut first = None;
        for l in self.section(s) {
            if bits(&l.cite) & srcs == 0 {
                continue;
            }
            first = first.or(Some(&l.text));
            cites.extend_from_slice(&l.cite);
            if let Some(r) = l.role.filter(|r| !roles.contains(r)) {
                roles.push(r);
            }
        }
        (roles, cites, first)
    }
}

/// The heading that holds for these path facts (exactly one for a complete situation).
pub fn heading(path: &Facts) -> Option<&'static Heading> {
    let eff = path.effective();
    HEADINGS.iter().find(|h| eff.matches(h.when))
}

/// All headings that hold (the tests check there is exactly one).
pub fn headings(path: &Facts) -> Vec<&'static Heading> {
    let eff = path.effective();
    HEADINGS.iter().filter(|h| eff.matches(h.when)).collect()
}

fn measures(case: Option<V>) -> Vec<V> {
    match case {
        Some(V::CaseLock) => vec![V::Lock],
        Some(V::CaseSeal) => vec![V::Seal],
        Some(V::CaseBlock) => vec![V::Block],
        Some(V::CaseGuardian) => vec![V::Guardian],
        Some(V::CaseOmbud) => vec![V::Ombud],
        Some(V::CaseLockAndSeal) => vec![V::Lock, V::Seal],
        Some(V::CaseLockAndGuardianSeal) => vec![V::Lock, V::Guardian],
        _ => vec![],
    }
}

/// Resolve the path facts of a complete situation. `today` is the decision and signature date
/// (passed in: the core never reads a clock).
pub fn resolve(path: &Facts, today: Date) -> Option<Outcome> {
    let heading = heading(path)?;
    let eff = path.effective();
    let lines: Vec<&'static Line> = LINES.iter().filter(|l| l.applies(&eff)).collect();
    let forms: Vec<FormNeed> = FORM_USES
        .iter()
        .filter(|u| eff.matches(u.when))
        .map(|u| FormNeed { form: u.form, end_date: u.end_date, comment: u.comment })
        .collect();
    let cosmic: Vec<&'static CosmicNote> = COSMIC_NOTES.iter().filter(|n| eff.matches(n.when)).collect();
    let mut computed = Vec::new();
    for f in &forms {
        if f.form.one_year {
            let (from, through) = (dates::iso(today), dates::iso(dates::one_year_through(today)));
            computed.push(Computed {
                section: Section::FollowUp,
                text: &computed::ONE_YEAR,
                fill: vec![("from", from), ("through", through)],
                cite: f.form.cite.to_vec(),
            });
        }
        // A slutdatum without a limit is said by the routine's own lines ("Slutdatum ska alltid
        // sättas", "Slutdatum ska anges", S4 2.2.2), each under its measure.
        if let EndDate::Required { warn_months: warn_months @ 1.. } = f.end_date {
            let latest = dates::iso(dates::add_months(today, warn_months as u32));
            let fill = vec![("months", warn_months.to_string()), ("latest", latest)];
            computed.push(Computed {
                section: Section::FollowUp,
                text: &computed::END_DATE_AT_MOST,
                fill,
                cite: f.form.cite.to_vec(),
            });
        }
    }
    computed.dedup();
    Some(Outcome { heading, measures: measures(eff.get(K::Case)), lines, computed, forms, cosmic, facts: eff })
}

/// The citation used for facts the widget computes from a personnummer (age limits).
pub const AGE_CITES: [Cite; 3] = [cite(Src::S1, "1.1"), cite(Src::S4, "3.1"), cite(Src::S4, "3.4")];
