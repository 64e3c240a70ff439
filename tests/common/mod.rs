//! What the tests that read the source documents share: where the seeds are, and how their text
//! is normalised before a verbatim comparison.

use std::path::PathBuf;

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
