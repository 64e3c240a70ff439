//! The terminology table: the Swedish terms a reader must find in the real systems and documents,
//! each with one English gloss, used everywhere (the English texts write the term in Swedish and
//! gloss it; an English screen ends with the Swedish terms it used and their glosses). Where a
//! Swedish authority has an English name for a thing, the gloss uses it.

use crate::rules::text::T;
use crate::t;

/// One term: the Swedish form to find in a text (`sv`), and its English gloss (`en`). A plain
/// text like any other, so a `slim` build keeps only the Swedish and the English pack has the
/// gloss: the terms are shown on English screens only.
pub type Term = T;

/// In the order a reader meets them. `sv` is matched case-sensitively as a whole phrase.
pub static TERMS: &[Term] = &[
    t!("1177 Vårdguiden", "the national health guide (often just 1177)"),
    t!("1177 Journalen", "the online medical records service"),
    t!("Journalen via nätet", "another name of 1177 Journalen; also a keyword (sökord) in Cosmic"),
    t!("Journal via nätet", "a keyword (sökord) in Cosmic, spelt so in the guardians' sections"),
    t!("låsa inloggning", "lock the login to 1177"),
    t!("försegla", "seal (the record in 1177 Journalen)"),
    t!("spärr", "a block on sharing the record between or within care providers"),
    t!("inre spärr", "internal block: within a care provider, between its units"),
    t!("yttre spärr", "external block: between care providers"),
    t!("vårdnadshavare", "legal guardian"),
    t!("ombud", "representative, acting for another person in 1177"),
    t!("legal ställföreträdare", "legal representative (for example god man or förvaltare)"),
    t!("god man", "a trustee appointed by the district court"),
    t!("förvaltare", "an administrator appointed by the district court"),
    t!("skyddad identitet", "protected identity"),
    t!("folkbokföringsadress", "registered address (in the Swedish population register)"),
    t!("folkbokförd", "registered (in the population register) as living in"),
    t!("skriven", "registered as living in (a region)"),
    t!("verksamhetschef", "head of the care unit"),
    t!("bakjour", "senior doctor on call"),
    t!("överläkare", "senior consultant physician"),
    t!("patientansvarig läkare", "the physician responsible for the patient"),
    t!("behandlande läkare", "the treating physician"),
    t!("regionöverläkare", "the region's chief physician"),
    t!("MLA", "medicinskt ledningsansvarig: the physician with medical management responsibility"),
    t!("Central support för e-tjänsten Journalen", "the region's central support for the Journalen service"),
    t!("kontaktcenter", "Region Jönköpings län's contact centre"),
    t!("Inera", "the company that runs 1177 for the regions"),
    t!("menprövning", "an assessment of whether disclosure would harm someone"),
    t!("diarieföring", "registering the case in the official register"),
    t!("slutdatum", "end date"),
    t!("Cosmic", "the region's electronic health record system"),
    t!("Basinformation", "a section of the record in Cosmic"),
    t!("Gemensamma dokument", "a section of the record in Cosmic (shared documents)"),
    t!("sökord", "keyword in the record", variant = 5),
    t!("internpost", "internal mail"),
    t!("Personlig utlämning", "personal delivery: handed only to the addressee"),
    t!("tingsrätten", "the district court"),
    t!("NPÖ", "Nationell patientöversikt: the national patient overview"),
    t!("tryckfrihetsförordningen", "the Freedom of the Press Act, which gives the right to official documents"),
    t!("jourtid", "out of hours"),
    t!("hälsocentral", "health centre"),
    t!("reservnummer", "a temporary identity number used in care", variant = 5),
    t!("samordningsnummer", "coordination number", variant = 5),
    t!("personnummer", "Swedish personal identity number", variant = 5),
    t!("Försegla konto", "the button in 1177 Journalen that seals the account"),
    t!("Försegla mitt konto", "the button's name in another version of 1177 Journalen"),
];

/// The names a form summary copies verbatim from the sources: the roles of the Decide, Execute and
/// Inform rows (`Line::role`) and the forms' recipients (`FormDef::recipient`). The Swedish goes on
/// the Swedish form as it stands; an English summary adds the gloss in brackets after it
/// (`summary::names`). A name that is a term of [`TERMS`] ("Inera", "kontaktcenter", …) takes
/// that term's gloss and has no row here ([`name_gloss`]). `tests/texts.rs` checks that every role
/// and recipient has one gloss in the two tables, and every row here a user.
pub static NAMES: &[Term] = &[
    t!("Central support för e-tjänsten journalen", "the region's central support for the Journalen service"),
    t!("Centrala supporten för e-tjänsten Journalen", "the region's central support for the Journalen service"),
    t!("Central support", "the region's central support for the Journalen service"),
    t!("supporten", "the region's central support for the Journalen service"),
    t!("Region Jönköpings läns kontaktcenter", "the region's contact centre"),
    t!("verksamhetschefen", "the head of the care unit"),
    t!("verksamhetschef eller patientansvarig läkare", "the head of the care unit or the physician responsible for the patient"),
    t!("verksamhetschef eller delegerad vårdpersonal", "the head of the care unit or care staff to whom this has been delegated"),
    t!("verksamhetschefen eller en av denne utsedd", "the head of the care unit or someone they appoint"),
    t!("verksamhetschefen, eller den som fått detta uppdrag", "the head of the care unit, or the person assigned to investigate and decide on the sealing"),
    t!("aktuell verksamhetschef, eller av denne utsedd person", "the head of the care unit concerned, or a person they appoint"),
    t!("regionöverläkare, vid behov i samråd med patientansvarig läkare", "the region's chief physician, if needed in consultation with the physician responsible for the patient"),
    t!("MLA/verksamhetschef/bakjour på aktuell klinik", "at the clinic concerned: the physician with medical management responsibility, the head of the care unit or the senior doctor on call"),
    t!("överläkare/bakjour på aktuell klinik", "at the clinic concerned: the senior consultant physician/senior doctor on call"),
    t!("bakjouren på Barn- och ungdomsmedicin", "the senior doctor on call at the department of paediatrics"),
    t!("bakjouren på Barnkliniken", "the senior doctor on call at the paediatric clinic"),
    t!("barnklinikens bakjour", "the paediatric clinic's senior doctor on call"),
    t!("överläkare på barnklinikens bakjour", "a senior consultant physician on the paediatric clinic's senior on-call rota"),
    t!("ansvarig beslutsfattare på barnkliniken", "the responsible decision-maker at the paediatric clinic"),
    t!("vårdpersonal på aktuell enhet", "care staff at the unit concerned"),
];

/// The gloss of a name a form summary copies verbatim: its row of [`NAMES`], or the term it is.
pub fn name_gloss(sv: &str) -> Option<&'static Term> {
    NAMES.iter().chain(TERMS).find(|t| t.sv == sv)
}

/// The terms that occur in `text` (whole words), each once, in table order.
pub fn used_in<'a>(text: &str, out: &mut Vec<&'a Term>)
where
    'static: 'a,
{
    for t in TERMS {
        if out.iter().any(|o| std::ptr::eq(*o, t)) {
            continue;
        }
        let mut from = 0;
        while let Some(i) = text[from..].find(t.sv) {
            let start = from + i;
            let end = start + t.sv.len();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !is_letter_or_digit(c));
            if boundary(before) && boundary(after) {
                out.push(t);
                break;
            }
            from = end;
        }
    }
}

/// `char::is_alphanumeric` for the widget's own texts, without the Unicode tables (2.6 KB of
/// wasm): ASCII letters and digits, and the Latin letters of U+00C0–U+024F (å, ä, ö, é, ü …), all
/// letters but × and ÷. The texts searched are the widget's own (an outcome's), never a reader's;
/// a test checks that it agrees with `is_alphanumeric` on every character of every text.
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '\u{C0}'..='\u{24F}') && !matches!(c, '×' | '÷')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digits_agree_with_unicode_on_every_character_of_every_text() {
        let chars = std::cell::RefCell::new(std::collections::BTreeSet::new());
        let add = |s: &str| chars.borrow_mut().extend(s.chars());
        crate::rules::content::index::walk(
            &mut |_, s| {
                add(s.staff.sv);
                add(s.staff.en);
                if let crate::rules::text::Cz::Text(c) = s.citizen {
                    add(c.sv);
                    add(c.en);
                }
            },
            &mut |_, t| {
                add(t.sv);
                add(t.en);
            },
        );
        let chars = chars.into_inner();
        assert!(chars.len() > 80, "{} characters", chars.len());
        assert!(chars.contains(&'å') && chars.contains(&'”'), "Swedish letters and quotes are among them");
        // Every character of the texts, and the edges of the Latin range.
        for c in chars.iter().copied().chain(['×', '÷', 'ø', 'ł', 'ǿ', '\u{BF}']) {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn terms_are_found_as_whole_words_once_each() {
        let mut found = Vec::new();
        used_in("Ask the verksamhetschef, then the verksamhetschef again; ombudsläget is a mode", &mut found);
        let names: Vec<&str> = found.iter().map(|t| t.sv).collect();
        assert_eq!(names, vec!["verksamhetschef"]);
        let mut found = Vec::new();
        used_in("the ombud and the bakjour", &mut found);
        assert_eq!(found.len(), 2);
    }
}
