//! What the tests that read the source documents share: where the seeds are, and how their text
//! is normalised before a verbatim comparison.

use std::collections::BTreeMap;
use std::path::PathBuf;

use skyddsguide::rules::sources::{Src, SOURCES};

/// Collapse whitespace, drop markdown link and emphasis syntax.
pub fn normalise(s: &str) -> String {
    let s = s.replace("](#)", "").replace(['[', ']', '*'], "");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The seeds: `$SKYDDSGUIDE_SEEDS`, else `../shared/seeds` beside the project.
pub fn seeds_dir() -> PathBuf {
    match std::env::var_os("SKYDDSGUIDE_SEEDS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
    }
}

/// The section names each source is cited with.
pub fn known_sections(src: Src) -> &'static [&'static str] {
    match src {
        Src::S0 => &["Låsa inloggning till 1177", "Försegla journal", "Spärra journal"],
        Src::S1 => &[
            "1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2", "4.3", "5",
            "5.1", "5.1.1", "5.2", "5.3",
        ],
        Src::S2 => &[
            "Invånare som vill försegla",
            "Försegla hela 1177 Journalen",
            "Försegla delvis",
            "Invånare som vill ta bort försegling",
            "Vårdpersonal som vill försegla",
            "Rutin vid försegling",
            "En patient kan inte överklaga beslut om borttagen information",
            "Vårdpersonal som vill ta bort försegling",
            "Dokumentera i Cosmic",
        ],
        Src::S3 => &[""],
        Src::S4 => &[
            "1", "2", "2.1", "2.2", "2.2.1", "2.2.2", "2.3", "2.3.1", "2.3.2", "3", "3.1", "3.2", "3.3", "3.4", "3.5",
            "4", "5",
        ],
        _ => &[],
    }
}

/// The raw text of each of the five sources, or `None` where the folder is absent.
pub fn load_raw() -> Option<Vec<(Src, String)>> {
    let dir = seeds_dir();
    if !dir.is_dir() {
        return None;
    }
    let mut out = Vec::new();
    for s in SOURCES.iter() {
        if let Some(file) = s.seed_file {
            let p = dir.join(file);
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            out.push((s.src, text));
        }
    }
    Some(out)
}

/// The text of each section of a source, normalised: numbered headings for S1 and S4 (the table of
/// contents in S1 is skipped: its lines end in a page number), heading lines for S0 and S2, the
/// whole text for S3.
pub fn section_texts(src: Src, raw: &str) -> BTreeMap<&'static str, String> {
    let known = known_sections(src);
    let mut spans: Vec<(&'static str, usize)> = Vec::new();
    let mut offset = 0;
    for line in raw.split_inclusive('\n') {
        let t = line.trim().trim_start_matches('#').trim();
        let found = match src {
            Src::S1 | Src::S4 => {
                let mut parts = t.splitn(2, char::is_whitespace);
                let num = parts.next().unwrap_or("");
                let rest = parts.next().unwrap_or("").trim();
                let toc = line.trim_end().rsplit('\t').next().is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()))
                    && line.contains('\t');
                known
                    .iter()
                    .find(|k| {
                        **k == num
                            && !rest.is_empty()
                            && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            && !toc
                    })
                    .copied()
            }
            Src::S0 | Src::S2 => known.iter().find(|k| !k.is_empty() && **k == t).copied(),
            _ => None,
        };
        if let Some(k) = found {
            spans.push((k, offset));
        }
        offset += line.len();
    }
    let mut out = BTreeMap::new();
    if spans.is_empty() {
        out.insert("", normalise(raw));
        return out;
    }
    for (i, (k, start)) in spans.iter().enumerate() {
        let end = spans.get(i + 1).map(|(_, e)| *e).unwrap_or(raw.len());
        out.entry(*k).or_insert_with(String::new).push_str(&format!(" {}", normalise(&raw[*start..end])));
    }
    out
}
