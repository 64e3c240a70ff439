//! The prefilled form summary: for each form the outcome uses, its exact title, recipient and how
//! to send it, and the fields the answers, the routine and today's date fill in.

use super::content::chrome;
use super::content::explainer::ACCESS;
use super::dates::{self, check_end_date, iso};
use super::facts::{K, V};
use super::graph::Walk;
use super::model::{EndDate, Kind, Section};
use super::pnr::{self, IdKind};
use super::resolve::{FormNeed, Outcome, AGE_CITES};
use super::sources::{bits, cite, Cite, Src};
use super::state::State;
use super::text::{Audience, Fill, Say, Voice, T};

/// The labels and fixed values of the summary (staff only: citizens get no form summary).
pub mod label {
    use crate::rules::text::Say;
    use crate::s;
    pub static RECIPIENT: Say = s!("Mottagare", "Recipient").hidden();
    pub static HOW: Say = s!("Så skickas den", "How to send it").hidden();
    pub static ATTACH: Say = s!("Bifoga", "Attach").hidden();
    pub static COMMENT: Say = s!("Kommentar", "Comment").hidden();
    pub static DECIDER_ROLE: Say = s!("Beslutsfattare (roll)", "Decision-maker (role)").hidden();
    pub static DECIDER_NAME: Say = s!("Beslutsfattare (namn)", "Decision-maker (name)").hidden();
    pub static DECISION_DATE: Say = s!("Beslutsdatum", "Date of decision").hidden();
    pub static END_DATE: Say = s!("Slutdatum", "End date (slutdatum)").hidden();
    pub static VALID: Say = s!("Giltig", "Valid").hidden();
    pub static SCOPE: Say = s!("Omfattning", "Scope").hidden();
    pub static GROUNDS: Say = s!("Skäl", "Grounds").hidden();
    pub static INFORMS: Say = s!("Informerar patienten", "Informs the patient").hidden();
    pub static COSMIC: Say = s!("Cosmic-anteckning", "Cosmic note").hidden();
    pub static NAME: Say = s!("Patientens namn", "Patient's name").hidden();
    pub static ID: Say = s!("Personnummer", "Personnummer").hidden();
    pub static AGE: Say = s!("Ålder i dag", "Age today").hidden();
    pub static UNSTATED: Say = s!("Anges inte i källan", "Not stated in the source").hidden();
    pub static WHO_UNSTATED: Say = s!("Källan anger inte vem", "The source does not say who").hidden();
    pub static END_MISSING: Say = s!("(ange slutdatum: krävs)", "(enter the end date: required)").hidden();
    pub static ENTER: Say = s!("(ange)", "(enter)").hidden();
    pub static WHOLE_ACUTE: Say = s!("Hela journalen (akut försegling)", "The whole record (acute sealing)").hidden();
    pub static ONE_YEAR: Say = s!(
        "ett år fr.o.m. datum för underskrift; skrivs blanketten under i dag: fr.o.m. {from} t.o.m. {through}",
        "one year from the date of signature; if the form is signed today: from {from} up to and including {through}"
    )
    .hidden();
    pub static KEYWORD: Say = s!("sökord", "keyword (sökord)").hidden();
    pub static OPTION: Say = s!("val", "option (val)").hidden();
    pub static AT_MOST: Say =
        s!("Källan rekommenderar högst {n} månader.", "The source recommends at most {n} months.").hidden();
    pub static RESERVNUMMER: Say = s!(
        "Patienter med reservnummer kan inte se sin journal via nätet.",
        "Patients with a reservnummer (a temporary identity number) cannot see their record online.",
        variant = 1
    )
    .hidden();
    pub static AGE_13_15: Say = s!(
        "Rutinen för förlängd direktåtkomst gäller barn mellan 13 och 15 år.",
        "The routine for extended direct access applies to children from 13 to 15."
    )
    .hidden();
    pub static YEARS: Say = s!("år", "years").hidden();
    pub static PERSONNUMMER: Say = s!("personnummer", "personnummer").hidden();
    pub static SAMORDNINGSNUMMER: Say = s!("samordningsnummer", "samordningsnummer (coordination number)").hidden();
    pub static RESERVNUMMER_KIND: Say = s!("reservnummer", "reservnummer (temporary number)").hidden();
    /// Every label above, for the packs and the completeness tests.
    pub static ALL: &[&Say] = &[
        &RECIPIENT,
        &HOW,
        &ATTACH,
        &COMMENT,
        &DECIDER_ROLE,
        &DECIDER_NAME,
        &DECISION_DATE,
        &END_DATE,
        &VALID,
        &SCOPE,
        &GROUNDS,
        &INFORMS,
        &COSMIC,
        &NAME,
        &ID,
        &AGE,
        &UNSTATED,
        &WHO_UNSTATED,
        &END_MISSING,
        &ENTER,
        &WHOLE_ACUTE,
        &ONE_YEAR,
        &KEYWORD,
        &OPTION,
        &AT_MOST,
        &RESERVNUMMER,
        &AGE_13_15,
        &YEARS,
        &PERSONNUMMER,
        &SAMORDNINGSNUMMER,
        &RESERVNUMMER_KIND,
    ];
}

/// One field of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub label: &'static Say,
    pub value: String,
    pub cite: Vec<Cite>,
    /// Something wrong with what was entered (shown beside the field; nothing is lost).
    pub problem: Option<String>,
    /// A caution that does not stop anything.
    pub warning: Option<String>,
}

fn field(label: &'static Say, value: impl Into<String>, cite: &[Cite]) -> Field {
    Field { label, value: value.into(), cite: cite.to_vec(), problem: None, warning: None }
}

/// The summary of one form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Whether the routine names a form at all (else this is a summary of the decision only).
    pub has_form: bool,
    /// The form's exact title, or `None` where the source gives it none.
    pub title: Option<&'static str>,
    pub description: String,
    pub fields: Vec<Field>,
    /// Whether a required slutdatum is missing or wrong.
    pub incomplete: bool,
}

/// What is wrong with the entered personnummer, if anything (nothing when the field is empty).
pub fn id_problem(state: &State) -> Option<&'static T> {
    if state.personal.id_number.trim().is_empty() {
        return None;
    }
    pnr::parse(&state.personal.id_number, state.today).err().map(|e| e.message())
}

/// The entered slutdatum checked against today: what is wrong with it (not said while the field
/// is empty), and the warning when it is longer than the source recommends.
pub fn end_date_check(state: &State, warn_months: u8, v: &Voice) -> (Option<&'static T>, Option<String>) {
    if state.form.end_date.trim().is_empty() {
        return (None, None);
    }
    match check_end_date(&state.form.end_date, state.today, warn_months) {
        Ok((_, true)) => (None, Some(v.text(&label::AT_MOST).fill(&[("n", &warn_months.to_string())]))),
        Ok(_) => (None, None),
        Err(p) => (Some(p.message()), None),
    }
}

/// The label of the answer to `key`, and the citations of the question that asked it that are
/// from a source the outcome relies on: a field that repeats an answer cites what the reader saw
/// when answering, and every source cited on the outcome's screen is in its list of sources. Where
/// none is, all of the question's citations (no path does: `tests/host.rs` would name the field).
/// Before, the scope field cited S4 2.2.2, sealing on healthcare's initiative in Region Jämtland
/// Härjedalen, for a citizen's own sealing in either region (tests/golden/summaries.txt).
fn answer_label(walk: &Walk, key: K, used: &[Src]) -> Option<(&'static Say, Vec<Cite>)> {
    let (q, v) = walk.answered.iter().find(|(_, v)| v.key() == key)?;
    let cites = if q.answer_cite.is_empty() { q.cite } else { q.answer_cite };
    let relied: Vec<Cite> = cites.iter().filter(|c| used.contains(&c.src())).copied().collect();
    Some((&q.option(*v)?.label, if relied.is_empty() { cites.to_vec() } else { relied }))
}

/// The English gloss of a verbatim name: `terms::name_gloss` where English is compiled in; in a
/// `slim` build, which keeps no such table, the English pack's text under the key of the name
/// itself (the row's Swedish, `variant` 0: `tests/texts.rs` checks that every pack key reads back
/// its own text).
#[cfg(not(feature = "slim"))]
fn gloss<'a>(v: &Voice<'a>, name: &str) -> Option<&'a str> {
    super::content::terms::name_gloss(name).map(|t| v.t(t))
}
#[cfg(feature = "slim")]
fn gloss<'a>(v: &Voice<'a>, name: &str) -> Option<&'a str> {
    v.packs.en.get(&super::text::staff_key(name, 0)).map(String::as_str)
}

/// Names copied verbatim from the sources (roles, recipients), joined with " / ", or `empty`: for
/// an English reader each with its gloss in brackets (`terms::NAMES`), the Swedish kept for the form.
fn names(v: &Voice, items: &[&str], empty: &str) -> String {
    if items.is_empty() {
        return empty.to_string();
    }
    let mut out = String::new();
    for n in items {
        if !out.is_empty() {
            out.push_str(" / ");
        }
        out.push_str(n);
        if let Some(g) = gloss(v, n).filter(|_| v.en()) {
            out.push_str(" (");
            out.push_str(g);
            out.push(')');
        }
    }
    out
}

/// The summaries for a complete situation: one per form, and one without a form for a routine
/// that names none (alone, or beside another's form: a lock by care has no form of its own when
/// a sealing's form is filled in). Each summary is of its own routine: the Decide rows, Inform
/// rows and Cosmic notes citing a document its form cites (finding 37). Refusals and "not in the
/// sources" answers have no summary, nor has a routine with neither a form in the guide nor a
/// decision in the region (finding 42: Inera lifts a lock the citizen asked for, with the blankett
/// on the 1177 page; first find out who asked).
pub fn summaries(outcome: &Outcome, walk: &Walk, state: &State, v: &Voice) -> Vec<Summary> {
    if outcome.kind() != Kind::Routine || outcome.forms.is_empty() && outcome.section(Section::Decide).next().is_none()
    {
        return Vec::new();
    }
    let mut routines: Vec<(Option<&FormNeed>, u32)> =
        outcome.forms.iter().map(|n| (Some(n), bits(&n.form.cite))).collect();
    let covered = routines.iter().fold(0, |m, r| m | r.1);
    let formless =
        outcome.section(Section::Decide).map(|l| bits(&l.cite)).filter(|s| s & covered == 0).fold(0, |m, s| m | s);
    if routines.is_empty() {
        routines.push((None, u32::MAX));
    } else if formless != 0 {
        routines.push((None, formless));
    }
    let claimed = routines.iter().fold(0, |m, r| m | r.1);
    routines.into_iter().map(|(f, s)| one(outcome, walk, state, f, (s, claimed), v)).collect()
}

/// One routine's summary; `(form_srcs, claimed)`: the documents of this routine and of all the
/// situation's routines (a bit per [`Src`]).
fn one(
    outcome: &Outcome,
    walk: &Walk,
    state: &State,
    need: Option<&FormNeed>,
    (form_srcs, claimed): (u32, u32),
    v: &Voice,
) -> Summary {
    // The summary is a staff document: its texts are the staff wording in the reader's language.
    let v = &Voice { audience: Audience::Staff, ..*v };
    let today = state.today;
    let mut fields = Vec::new();
    let mut incomplete = false;
    let (title, description) = match need {
        Some(n) => (n.form.title, v.text(&n.form.description).to_string()),
        // Beside another routine's form, a summary without a form says whose decision it records.
        None => {
            let beside =
                outcome.section(Section::Decide).find(|l| form_srcs != u32::MAX && bits(&l.cite) & form_srcs != 0);
            let d = v.text(&chrome::NO_FORM);
            let mut t = beside.map_or(String::new(), |l| v.text(chrome::measure_label(l.part)).to_string() + ": ");
            t.push_str(d);
            (None, t)
        }
    };
    // Without a form, the decision goes to whom the routine's Execute rows pass it (finding 47: S1
    // 3.3, 4.3, 5.3 "Beslut meddelas till handläggare vid Central support …").
    if need.is_none() {
        let (roles, cites, _) = outcome.roles(Section::Execute, form_srcs);
        fields.push(field(&label::RECIPIENT, names(v, &roles, v.text(&label::UNSTATED)), &cites));
    }
    if let Some(n) = need {
        let given: &[&str] = if n.form.recipient.is_empty() { &[] } else { &[n.form.recipient] };
        let recipient = names(v, given, v.text(&label::UNSTATED));
        fields.push(field(&label::RECIPIENT, recipient, &n.form.cite));
        fields.push(field(&label::HOW, v.text(&n.form.how), &n.form.cite));
        if !n.form.attach.is_empty() {
            fields.push(field(&label::ATTACH, v.text(&n.form.attach), &n.form.cite));
        }
        if !n.comment.is_empty() {
            fields.push(field(&label::COMMENT, n.comment, &n.form.cite));
        }
    }
    // A form's decision-makers are the Decide rows of its own routine (a row citing a document the
    // form cites): in a lock and a sealing together, Inera decides the citizen's lock, not the
    // sealing form (tests/corrections.rs, finding 31).
    // Where no row of the form's routine names the role, "the source does not say" cites the form.
    let own =
        |cites: Vec<Cite>| if cites.is_empty() { need.map_or(&[][..], |n| &n.form.cite[..]).to_vec() } else { cites };
    let (roles, decide_cites, _) = outcome.roles(Section::Decide, form_srcs);
    fields.push(field(&label::DECIDER_ROLE, names(v, &roles, v.text(&label::UNSTATED)), &own(decide_cites)));
    if !state.form.decider_name.trim().is_empty() {
        fields.push(field(&label::DECIDER_NAME, state.form.decider_name.trim(), &[]));
    }
    fields.push(field(&label::DECISION_DATE, iso(today), &[]));
    if let Some(n) = need {
        if let EndDate::Required { warn_months } = n.end_date {
            let mut f = field(&label::END_DATE, state.form.end_date.trim(), &n.form.cite);
            let (problem, warning) = end_date_check(state, warn_months, v);
            if state.form.end_date.trim().is_empty() {
                f.value = v.text(&label::END_MISSING).to_string();
                incomplete = true;
            }
            if let Some(p) = problem {
                f.problem = Some(v.t(p).to_string());
                incomplete = true;
            }
            f.warning = warning;
            fields.push(f);
        }
        if n.form.one_year {
            let value = v
                .text(&label::ONE_YEAR)
                .fill(&[("from", &iso(today)), ("through", &iso(dates::one_year_through(today)))]);
            fields.push(field(&label::VALID, value, &n.form.cite));
        }
    }
    let used = outcome.sources();
    // An answer goes on the summary of the routine whose document asked it, or on every summary
    // where no routine's does.
    let mine = |(_, c): &(&Say, Vec<Cite>)| bits(c) & form_srcs != 0 || bits(c) & claimed == 0;
    let acute_seal = outcome.facts.get(K::Urgency) == Some(V::Acute) && outcome.measures.contains(&V::Seal);
    let scope = answer_label(walk, K::Scope, &used)
        .or_else(|| acute_seal.then(|| (&label::WHOLE_ACUTE, vec![cite(Src::S4, "2.2.2")])));
    if let Some((l, asked)) = scope.filter(mine) {
        fields.push(field(&label::SCOPE, v.text(l), &asked));
    }
    // The ground is a lock's (S1 3.1, 4.1): not a reason on another routine's form, such as the
    // removal of an extension that "guardians out" leads to for a child of 13–15.
    let lock = outcome.measures.contains(&V::Lock);
    if let Some((l, asked)) = answer_label(walk, K::Grounds, &used).filter(|a| lock && mine(a)) {
        fields.push(field(&label::GROUNDS, v.text(l), &asked));
    }
    // Where the routine names no informer, what its (one) Inform row says (S1 1.2.2: no duty;
    // S4 2.2.2: the citizen is to be informed of a continued sealing) rather than only "not who".
    let (informers, inform_cites, said) = outcome.roles(Section::Inform, form_srcs);
    let unstated = said.map_or(v.text(&label::WHO_UNSTATED), |t| v.text(t));
    fields.push(field(&label::INFORMS, names(v, &informers, unstated), &own(inform_cites)));
    for note in outcome.cosmic.iter().filter(|n| bits(&n.cite) & form_srcs != 0) {
        let mut val = String::from(note.place);
        if !note.keyword.is_empty() {
            val.push_str(&format!(", {} {}", v.text(&label::KEYWORD), note.keyword));
        }
        if !note.option.is_empty() {
            val.push_str(&format!(", {}: {}", v.text(&label::OPTION), note.option));
        }
        val.push_str(". ");
        val.push_str(v.text(&note.content));
        let needs_end = note.end_date && need.is_some_and(|n| matches!(n.end_date, EndDate::Required { .. }));
        if needs_end {
            let end = state.form.end_date.trim();
            val.push_str(&format!(
                " {}: {}.",
                v.text(&label::END_DATE),
                if end.is_empty() { v.text(&label::ENTER) } else { end }
            ));
        }
        fields.push(field(&label::COSMIC, val, &note.cite));
    }
    personal_fields(state, outcome, &mut fields, v);
    Summary { has_form: need.is_some(), title, description, fields, incomplete }
}

/// Name and personnummer, if entered: validated, with age and what guardian and child see today.
fn personal_fields(state: &State, outcome: &Outcome, fields: &mut Vec<Field>, v: &Voice) {
    let p = &state.personal;
    if !p.name.trim().is_empty() {
        fields.push(field(&label::NAME, p.name.trim(), &[]));
    }
    if p.id_number.trim().is_empty() {
        return;
    }
    match pnr::parse(&p.id_number, state.today) {
        Err(e) => {
            let mut f = field(&label::ID, p.id_number.trim(), &[]);
            f.problem = Some(v.t(e.message()).to_string());
            fields.push(f);
        }
        Ok(id) => {
            let kind = match id.kind {
                IdKind::Personnummer => &label::PERSONNUMMER,
                IdKind::Samordningsnummer => &label::SAMORDNINGSNUMMER,
                IdKind::Reservnummer => &label::RESERVNUMMER_KIND,
            };
            let mut f = field(&label::ID, format!("{} ({})", id.normalized, v.text(kind)), &[]);
            if id.kind == IdKind::Reservnummer {
                f.warning = Some(v.text(&label::RESERVNUMMER).to_string());
                f.cite = vec![cite(Src::S4, "5")];
            }
            fields.push(f);
            let Some(age) = id.age_on(state.today) else { return };
            if age >= 18 {
                return;
            }
            let row = ACCESS.iter().find(|r| r.ages.is_some_and(|(lo, hi)| (lo as u32..=hi as u32).contains(&age)));
            let text = row.map(|r| v.text(&r.text)).unwrap_or("");
            let mut f = field(
                &label::AGE,
                format!("{age} {}. {text}", v.text(&label::YEARS)),
                row.map_or(&AGE_CITES[..], |r| &r.cite[..]),
            );
            let thirteen_to_fifteen = matches!(outcome.facts.get(K::Action), Some(V::Extend | V::RemoveExtension));
            if thirteen_to_fifteen && !(13..=15).contains(&age) {
                f.warning = Some(v.text(&label::AGE_13_15).to_string());
                f.cite = vec![cite(Src::S4, "3.4")];
            }
            fields.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_iso;
    use crate::rules::graph::walk;
    use crate::rules::resolve::resolve;
    use crate::rules::state::{reduce, Action};

    fn state_for(link: &str) -> State {
        let s = State::new(parse_iso("2024-02-29").unwrap(), V::Rjh);
        reduce(s, Action::Fragment(link.into()))
    }

    fn summary_of(s: &State) -> Vec<Summary> {
        let w = walk(&s.situation());
        let o = resolve(&w.path, s.today).expect("complete");
        summaries(&o, &w, s, &Voice::sv_staff())
    }

    fn value<'a>(sm: &'a Summary, label: &str) -> &'a Field {
        sm.fields.iter().find(|f| f.label.sv() == label).unwrap_or_else(|| panic!("no field {label}"))
    }

    #[test]
    fn ombud_summary_has_attachment_and_one_year_from_a_leap_day() {
        let s = state_for("#/guide?measure=ombud");
        let sm = &summary_of(&s)[0];
        assert_eq!(sm.title, Some("Legal företrädares åtkomst till Journalen som ombud"));
        assert!(value(sm, "Bifoga").value.contains("Tingsrättens beslut"));
        assert_eq!(
            value(sm, "Giltig").value,
            "ett år fr.o.m. datum för underskrift; skrivs blanketten under i dag: fr.o.m. 2024-02-29 t.o.m. 2025-02-28"
        );
        assert_eq!(value(sm, "Beslutsfattare (roll)").value, "behandlande läkare");
        assert_eq!(value(sm, "Beslutsdatum").value, "2024-02-29");
    }

    #[test]
    fn care_sealing_needs_a_valid_end_date() {
        let mut s = state_for("#/guide?measure=seal&action=apply&by=care&urgency=ordinary&scope=part");
        let sm = &summary_of(&s)[0];
        assert!(sm.incomplete);
        assert_eq!(value(sm, "Omfattning").value, "Från en viss enhet");
        s = reduce(s, Action::SetEndDate("2024-02-30".into()));
        let sm = &summary_of(&s)[0];
        assert_eq!(value(sm, "Slutdatum").problem.as_deref(), Some("Det datumet finns inte i kalendern."));
        s = reduce(s, Action::SetEndDate("2024-05-31".into()));
        let sm = &summary_of(&s)[0];
        assert!(!sm.incomplete);
        assert_eq!(value(sm, "Slutdatum").warning, None, "no 3-month rule in Region Jämtland Härjedalen");
        assert!(value(sm, "Cosmic-anteckning").value.contains("sökord Journalen via nätet"));
        assert!(value(sm, "Cosmic-anteckning").value.contains("Slutdatum: 2024-05-31."));
    }

    #[test]
    fn jonkoping_warns_over_three_months_and_a_bad_pnr_is_shown_with_its_message() {
        let mut s = state_for("#/guide?region=jonkoping&measure=seal&action=apply&by=care&ongoing=yes");
        s = reduce(s, Action::SetEndDate("2024-06-01".into()));
        s = reduce(s, Action::SetIdNumber("19121212-1213".into()));
        let sm = &summary_of(&s)[0];
        assert!(value(sm, "Slutdatum").warning.as_deref().unwrap().contains("högst 3 månader"));
        assert_eq!(value(sm, "Personnummer").problem.as_deref(), Some(pnr::IdError::Checksum.message().sv));
        assert_eq!(id_problem(&s), Some(pnr::IdError::Checksum.message()));
    }

    #[test]
    fn a_childs_age_tells_what_guardians_see_and_warns_outside_13_to_15() {
        let mut s = state_for("#/guide?measure=guardian&action=extend&by=guardian");
        // Born 2014-03-01: 9 years old on 2024-02-29.
        let mut nine: Vec<u8> = "140301000".bytes().map(|b| b - b'0').collect();
        nine.push(pnr::luhn_digit(&nine));
        let id: String = nine.iter().map(|d| (b'0' + d) as char).collect();
        s = reduce(s, Action::SetIdNumber(id));
        let sm = &summary_of(&s)[0];
        let age = value(sm, "Ålder i dag");
        assert!(age.value.starts_with("9 år. Vårdnadshavare når barnets 1177"), "{}", age.value);
        assert!(age.warning.as_deref().unwrap().contains("mellan 13 och 15 år"));
    }

    #[test]
    fn refusals_have_no_summary() {
        let s = state_for("#/guide?need=no-login&by=care&home=region&grounds=abnormal-use");
        assert!(summary_of(&s).is_empty());
    }
}
