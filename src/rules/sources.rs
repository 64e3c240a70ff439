//! The source documents and the citation every line of content carries.

use super::text::Say;
use crate::sc;

/// A source document. S0–S4 are the region documents (../shared/seeds); N1–N3 are public national
/// pages used only for the spärr explanation, always marked as national, never as a region's routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Src {
    S0,
    S1,
    S2,
    S3,
    S4,
    N1,
    N2,
    N3,
}

/// What the widget says about a source: its title, whose it is, and its version as far as the
/// document itself states one.
pub struct SourceInfo {
    pub src: Src,
    pub id: &'static str,
    pub title: &'static str,
    /// Whether `title` is the document's own title, verbatim (checked against the seed). A
    /// document without a title of its own gets a description, marked as such.
    pub title_verbatim: bool,
    pub owner: &'static str,
    pub version: &'static str,
    /// The seed file that holds the text (for the fidelity test), if it is one of the five.
    pub seed_file: Option<&'static str>,
    pub national: bool,
    /// The document named in words, for the citizen view ("Källa: …").
    pub plain: Say,
}

pub static SOURCES: [SourceInfo; 8] = [
    SourceInfo {
        src: Src::S0,
        id: "S0",
        title: "1177 e-tjänster - Förklaring av begreppen låsa inloggning, försegla journal och spärra journal",
        title_verbatim: true,
        owner: "Region Jämtland Härjedalen",
        version: "dokument 75183 (ingen versionsuppgift i texten)",
        seed_file: Some("000_43ba00d78bc0338f.txt"),
        national: false,
        plain: sc!("Region Jämtland Härjedalens förklaring av låsa, försegla och spärra", "Region Jämtland Härjedalen's explanation of locking, sealing and blocking"),
    },
    SourceInfo {
        src: Src::S1,
        id: "S1",
        title: "1177 e-tjänster Låsa inloggning Riktlinje",
        title_verbatim: true,
        owner: "Region Jämtland Härjedalen",
        version: "ingen versionsuppgift i texten",
        seed_file: Some("001_a93cfb7083624505.txt"),
        national: false,
        plain: sc!("Region Jämtland Härjedalens riktlinje om att låsa inloggningen", "Region Jämtland Härjedalen's guideline on locking the login"),
    },
    SourceInfo {
        src: Src::S2,
        id: "S2",
        title: "1177 journal, försegla invånarens journal, rutin",
        title_verbatim: true,
        owner: "Region Jönköpings län",
        version: "ingen versionsuppgift i texten",
        seed_file: Some("002_5612534f38cad471.txt"),
        national: false,
        plain: sc!("Region Jönköpings läns rutin om försegling", "Region Jönköpings län's routine on sealing"),
    },
    SourceInfo {
        src: Src::S3,
        id: "S3",
        title: "När patienten/invånaren har frågor om försegling av Journal och Journalen via nätet",
        title_verbatim: true,
        owner: "Region Jämtland Härjedalen",
        version: "ingen versionsuppgift i texten",
        seed_file: Some("003_281d25cba7241f64.txt"),
        national: false,
        plain: sc!("Region Jämtland Härjedalens supportguide om försegling", "Region Jämtland Härjedalen's support guide on sealing"),
    },
    SourceInfo {
        src: Src::S4,
        id: "S4",
        title: "Rutiner för försegling och upplåsning av e-tjänsten Journalen, vårdnadshavares direktåtkomst och åtkomst som ombud (beskrivning: dokumentet har ingen egen rubrik)",
        title_verbatim: false,
        owner: "Region Jämtland Härjedalen",
        version: "giltig fr o m 2024-08-19 (enligt dokumentets signaturtabell); troligen dokument 41979-5, som S1 hänvisar till",
        seed_file: Some("004_8f7cf69a05c333a2.txt"),
        national: false,
        plain: sc!("Region Jämtland Härjedalens rutin om försegling och åtkomst till journalen", "Region Jämtland Härjedalen's routine on sealing and access to the record"),
    },
    SourceInfo {
        src: Src::N1,
        id: "N1",
        title: "1177.se, Din journal",
        title_verbatim: false,
        owner: "Nationellt (1177)",
        version: "1177.se/sa-fungerar-varden/sa-skyddas-och-hanteras-dina-uppgifter/din-journal/",
        seed_file: None,
        national: true,
        plain: sc!("1177.se, sidan Din journal", "1177.se, the page Din journal (your record)"),
    },
    SourceInfo {
        src: Src::N2,
        id: "N2",
        title: "Spärra patientuppgifter mellan vårdgivare",
        title_verbatim: false,
        owner: "Nationellt (HSAN med E-hälsomyndigheten)",
        version: "offentlig webbsida",
        seed_file: None,
        national: true,
        plain: sc!("HSAN och E-hälsomyndigheten", "HSAN and E-hälsomyndigheten (the eHealth Agency)"),
    },
    SourceInfo {
        src: Src::N3,
        id: "N3",
        title: "Lag (2022:913) om sammanhållen vård- och omsorgsdokumentation",
        title_verbatim: false,
        owner: "Nationellt (lag)",
        version: "gäller sedan 2023-01-01",
        seed_file: None,
        national: true,
        plain: sc!("lagen om sammanhållen vård- och omsorgsdokumentation", "the Act on coordinated health and social care documentation"),
    },
];

impl Src {
    pub fn info(self) -> &'static SourceInfo {
        &SOURCES[self as usize]
    }
    pub fn id(self) -> &'static str {
        self.info().id
    }
}

/// Every section the content cites, once, in the order of the documents: a [`Cite`] is an index
/// into this table. "" is a document as a whole (S3, the national pages, S0's list of related
/// documents before its first heading). A citation of a section not listed here does not compile
/// (`cite`), and `tests/fidelity.rs` finds each one in its seed.
pub const SECTIONS: [(Src, &str); 49] = [
    (Src::S0, ""),
    (Src::S0, "Låsa inloggning till 1177"),
    (Src::S0, "Försegla journal"),
    (Src::S0, "Spärra journal"),
    (Src::S1, "1.1"),
    (Src::S1, "1.2"),
    (Src::S1, "1.2.1"),
    (Src::S1, "1.2.2"),
    (Src::S1, "2"),
    (Src::S1, "2.1"),
    (Src::S1, "3.1"),
    (Src::S1, "3.2"),
    (Src::S1, "3.3"),
    (Src::S1, "4.1"),
    (Src::S1, "4.2"),
    (Src::S1, "4.3"),
    (Src::S1, "5.1"),
    (Src::S1, "5.1.1"),
    (Src::S1, "5.2"),
    (Src::S1, "5.3"),
    (Src::S2, ""),
    (Src::S2, "Invånare som vill försegla"),
    (Src::S2, "Försegla hela 1177 Journalen"),
    (Src::S2, "Försegla delvis"),
    (Src::S2, "Invånare som vill ta bort försegling"),
    (Src::S2, "Vårdpersonal som vill försegla"),
    (Src::S2, "Rutin vid försegling"),
    (Src::S2, "En patient kan inte överklaga beslut om borttagen information"),
    (Src::S2, "Vårdpersonal som vill ta bort försegling"),
    (Src::S2, "Dokumentera i Cosmic"),
    (Src::S3, ""),
    (Src::S4, "2.1"),
    (Src::S4, "2.2"),
    (Src::S4, "2.2.1"),
    (Src::S4, "2.2.2"),
    (Src::S4, "2.3"),
    (Src::S4, "2.3.1"),
    (Src::S4, "2.3.2"),
    (Src::S4, "3"),
    (Src::S4, "3.1"),
    (Src::S4, "3.2"),
    (Src::S4, "3.3"),
    (Src::S4, "3.4"),
    (Src::S4, "3.5"),
    (Src::S4, "4"),
    (Src::S4, "5"),
    (Src::N1, ""),
    (Src::N2, ""),
    (Src::N3, ""),
];

/// A citation: a source and the section in it ("3.3", "Vårdpersonal som vill försegla", …), as
/// one byte, its row in [`SECTIONS`]. (A source and a `&str` took 12 bytes, and the 640 citations
/// of the content tables were written out in full in the wasm.)
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cite(u8);

/// Shorthand for the content tables: finds the section's row when the content compiles.
pub const fn cite(src: Src, section: &str) -> Cite {
    let mut i = 0;
    while i < SECTIONS.len() {
        let (s, name) = SECTIONS[i];
        if s as u8 == src as u8 && same(name, section) {
            return Cite(i as u8);
        }
        i += 1;
    }
    panic!("cite: a section that is not in SECTIONS")
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A row's citations, one to six, kept in the row itself: a `&[Cite]` was a pointer and a
/// length (8 bytes) in the row beside the citations it pointed to. Reads as a `&[Cite]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Cites([Cite; 6]);

/// No citation: fills a `Cites` after its last.
const NONE: Cite = Cite(u8::MAX);

/// A row's citations, copied when the content compiles (more than six does not compile).
pub const fn cites(c: &[Cite]) -> Cites {
    assert!(c.len() <= 6, "cites: at most six citations in a row");
    let mut out = [NONE; 6];
    let mut i = 0;
    while i < c.len() {
        out[i] = c[i];
        i += 1;
    }
    Cites(out)
}

impl std::ops::Deref for Cites {
    type Target = [Cite];
    fn deref(&self) -> &[Cite] {
        let n = self.0.iter().position(|c| *c == NONE).unwrap_or(6);
        &self.0[..n]
    }
}

impl std::fmt::Debug for Cites {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl std::fmt::Debug for Cite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl Cite {
    pub fn src(&self) -> Src {
        SECTIONS[self.0 as usize].0
    }
    /// The section's name, or "" for the document as a whole.
    pub fn section(&self) -> &'static str {
        SECTIONS[self.0 as usize].1
    }
    /// "Region Jämtland Härjedalens riktlinje …, avsnitt 3.3", for citizens.
    pub fn plain(&self, v: &super::text::Voice) -> String {
        let name = v.text(&self.src().info().plain);
        match (self.section().is_empty(), v.en()) {
            (true, _) => name.to_string(),
            (false, false) => format!("{name}, avsnitt {}", self.section()),
            (false, true) => format!("{name}, section {}", self.section()),
        }
    }
    /// "S1 3.3", as printed after a line.
    pub fn label(&self) -> String {
        if self.section().is_empty() {
            self.src().id().to_string()
        } else {
            format!("{} {}", self.src().id(), self.section())
        }
    }
}

/// The sources these citations name, each once, in the order of [`SOURCES`] (which is the enum's:
/// S0–S4, then N1–N3). No sort: a sort of a few small values cost the wasm 3 KB of code.
pub fn cited<'a>(cites: impl IntoIterator<Item = &'a Cite>) -> Vec<Src> {
    let mut seen = Seen::default();
    for c in cites {
        seen.mark(std::slice::from_ref(c));
    }
    seen.list()
}

/// The documents a list of citations names, a bit per [`Src`]: a routine's documents, intersected
/// with a line's to tell whether the line belongs to it (the form summaries; [`Seen`] lists them).
pub fn bits(cites: &[Cite]) -> u32 {
    cites.iter().fold(0, |m, c| m | 1 << c.src() as u32)
}

/// The sources named so far: mark groups of citations, then read the sources off ([`cited`]).
#[derive(Default)]
pub struct Seen([bool; SOURCES.len()]);

impl Seen {
    pub fn mark(&mut self, cites: &[Cite]) {
        for c in cites {
            self.0[c.src() as usize] = true;
        }
    }
    /// Each source marked, once, in the order of [`SOURCES`].
    pub fn list(&self) -> Vec<Src> {
        SOURCES.iter().map(|s| s.src).filter(|s| self.0[*s as usize]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn cited_names_each_source_once_in_order() {
        let cites = [cite(Src::N1, ""), cite(Src::S2, "Försegla delvis"), cite(Src::N1, ""), cite(Src::S0, "")];
        assert_eq!(cited(&cites), vec![Src::S0, Src::S2, Src::N1]);
        assert_eq!(cited(&[]), Vec::<Src>::new());
    }
    #[test]
    fn a_cite_is_its_source_and_section() {
        assert_eq!(std::mem::size_of::<Cite>(), 1);
        for (i, (src, section)) in SECTIONS.iter().enumerate() {
            let c = cite(*src, section);
            assert_eq!((c.src(), c.section()), (*src, *section));
            assert!(SECTIONS[..i].iter().all(|e| e != &(*src, *section)), "{section:?} listed twice");
        }
        assert_eq!(cite(Src::S4, "2.2.2").label(), "S4 2.2.2");
        assert_eq!(cite(Src::S3, "").label(), "S3");
    }
    #[test]
    fn cites_read_as_the_slice_they_were_given() {
        assert_eq!(std::mem::size_of::<Cites>(), 6);
        let all: Vec<Cite> = SECTIONS.iter().take(6).map(|(s, n)| cite(*s, n)).collect();
        for n in 0..=6 {
            assert_eq!(&cites(&all[..n])[..], &all[..n]);
        }
    }
    #[test]
    fn table_is_in_enum_order() {
        for (i, s) in SOURCES.iter().enumerate() {
            assert_eq!(s.src as usize, i);
            assert_eq!(s.national, s.seed_file.is_none());
            assert!(!(s.national && s.title_verbatim), "{}: a national page's title is not in the seeds", s.id);
        }
    }
}
