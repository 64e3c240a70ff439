//! The terminology table: the Swedish terms a reader must find in the real systems and documents,
//! each with one English gloss, used everywhere (the English texts write the term in Swedish and
//! gloss it; an English screen ends with the Swedish terms it used and their glosses). Where a
//! Swedish authority has an English name for a thing, the gloss uses it.

/// One term: the Swedish form to find in a text, and its English gloss.
pub struct Term {
    pub sv: &'static str,
    pub en: &'static str,
}

const fn term(sv: &'static str, en: &'static str) -> Term {
    Term { sv, en }
}

/// In the order a reader meets them. `sv` is matched case-sensitively as a whole phrase.
pub static TERMS: &[Term] = &[
    term("1177 Vårdguiden", "the national health guide (“1177”)"),
    term("1177 Journalen", "the online medical records service"),
    term("Journalen via nätet", "another name of 1177 Journalen; also a keyword (sökord) in Cosmic"),
    term("Journal via nätet", "a keyword (sökord) in Cosmic, spelt so in the guardians' sections"),
    term("låsa inloggning", "lock the login to 1177"),
    term("försegla", "seal (the record in 1177 Journalen)"),
    term("spärr", "a block on sharing the record between or within care providers"),
    term("inre spärr", "internal block: within a care provider, between its units"),
    term("yttre spärr", "external block: between care providers"),
    term("vårdnadshavare", "legal guardian"),
    term("ombud", "representative, acting for another person in 1177"),
    term("legal ställföreträdare", "legal representative (for example god man or förvaltare)"),
    term("god man", "a trustee appointed by the district court"),
    term("förvaltare", "an administrator appointed by the district court"),
    term("skyddad identitet", "protected identity"),
    term("folkbokföringsadress", "registered address (in the Swedish population register)"),
    term("folkbokförd", "registered (in the population register) as living in"),
    term("skriven", "registered as living in (a region)"),
    term("verksamhetschef", "head of the care unit"),
    term("bakjour", "senior doctor on call"),
    term("överläkare", "senior consultant physician"),
    term("patientansvarig läkare", "the physician responsible for the patient"),
    term("behandlande läkare", "the treating physician"),
    term("regionöverläkare", "the region's chief physician"),
    term("MLA", "medicinskt ledningsansvarig: the physician with medical management responsibility"),
    term("Central support för e-tjänsten Journalen", "the region's central support for the Journalen service"),
    term("kontaktcenter", "Region Jönköpings län's contact centre"),
    term("Inera", "the company that runs 1177 for the regions"),
    term("menprövning", "an assessment of whether disclosure would harm someone"),
    term("diarieföring", "registering the case in the official register"),
    term("slutdatum", "end date"),
    term("Cosmic", "the region's electronic health record system"),
    term("Basinformation", "a section of the record in Cosmic"),
    term("Gemensamma dokument", "a section of the record in Cosmic (shared documents)"),
    term("sökord", "keyword in the record"),
    term("internpost", "internal mail"),
    term("Personlig utlämning", "personal delivery: handed only to the addressee"),
    term("tingsrätten", "the district court"),
    term("NPÖ", "Nationell patientöversikt: the national patient overview"),
    term("tryckfrihetsförordningen", "the Freedom of the Press Act, which gives the right to official documents"),
    term("jourtid", "out of hours"),
    term("hälsocentral", "health centre"),
    term("reservnummer", "a temporary identity number used in care"),
    term("samordningsnummer", "coordination number"),
    term("personnummer", "Swedish personal identity number"),
    term("Försegla konto", "the button in 1177 Journalen that seals the account"),
    term("Försegla mitt konto", "the button's name in another version of 1177 Journalen"),
];

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
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if boundary(before) && boundary(after) {
                out.push(t);
                break;
            }
            from = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
