//! Entry point. On wasm32 nothing: boot.js mounts (`autoMount`) and exports `mount`.
//! Natively, a small tool over the core:
//! - `skyddsguide graph` prints the question graph as DOT (for trainers and reviewers);
//! - `skyddsguide scenarios` prints one scenario per outcome as JSON lines (used by the browser
//!   tests: the answers to click, the link, and the outcome the engine gives);
//! - `skyddsguide graph-counts` prints, per region, the number of nodes and edges of the question
//!   graph (JSON lines; the browser test compares the drawn decision map with them);
//! - `skyddsguide cases` prints the trainer's built-in cases as JSON lines (id, title, expected
//!   heading and its title, the number of presenter steps), for the browser tests;
//! - `skyddsguide bench` times enumerating and resolving every path (for scripts/bench; timings
//!   belong in the benchmark report, never in a test).

/// The allocator of the wasm: talc instead of dlmalloc (smaller; see Cargo.toml).
// SAFETY: talc's `new_global` requires a single-threaded wasm, which the widget is (no threads,
// no shared memory).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// boot.js calls `autoMount` (every `[data-skyddsguide]`) and exports `mount`. No panic hook of
/// our own: the release build aborts at once on a panic (`-Cpanic=immediate-abort`, which calls no
/// hook) and boot.js shows a message in every widget; a build that keeps panic messages (debug,
/// tests, a release without the standard library's source) logs them through Yew's default hook.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// The library holds the exports (`autoMount`, `mount`, …): linked although `main` calls nothing.
#[cfg(target_arch = "wasm32")]
use skyddsguide as _;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("graph") => graph(),
        Some("scenarios") => scenarios(),
        Some("graph-counts") => graph_counts(),
        Some("cases") => cases(),
        Some("bench") => bench(),
        Some("texts") => texts(std::env::args().nth(2).as_deref()),
        Some("texts-missing") => texts_missing(),
        _ => {
            eprintln!("usage: skyddsguide graph | graph-counts | scenarios | cases | bench | texts DIR | texts-missing")
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
const REGIONS: [(skyddsguide::rules::V, &str); 2] =
    [(skyddsguide::rules::V::Rjh, "rjh"), (skyddsguide::rules::V::Jonkoping, "jonkoping")];

#[cfg(not(target_arch = "wasm32"))]
fn graph() {
    use skyddsguide::rules::graph::edges;
    println!("digraph skyddsguiden {{");
    println!("  rankdir=LR; node [shape=box, fontname=sans];");
    for (region, name) in REGIONS {
        for (from, value, to) in edges(region) {
            println!("  \"{name}:{from}\" -> \"{name}:{to}\" [label=\"{}={}\"];", value.key().slug(), value.slug());
        }
    }
    println!("}}");
}

#[cfg(not(target_arch = "wasm32"))]
fn graph_counts() {
    use skyddsguide::rules::{Facts, V};
    for audience in [V::Staff, V::Citizen] {
        for (region, name) in REGIONS {
            let (nodes, edges) = skyddsguide::rules::map::counts_from(&Facts::new().with(region).with(audience));
            println!(
                "{{\"region\":{},\"audience\":{},\"nodes\":{nodes},\"edges\":{edges}}}",
                json(name),
                json(audience.slug())
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn cases() {
    use skyddsguide::rules::trainer::Library;
    let lib = Library::new(None);
    for b in &lib.broken {
        eprintln!("broken case {}: {:?}", b.name, b.problems);
    }
    for c in &lib.cases {
        println!(
            "{{\"id\":{},\"title\":{},\"heading\":{},\"headingTitle\":{},\"measure\":{},\"steps\":{},\"answers\":{}}}",
            json(&c.id),
            json(&c.title),
            json(c.heading),
            json(c.heading().title.sv()),
            json(c.measure.slug()),
            c.step_count(),
            c.walk().answered.len()
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn scenarios() {
    use skyddsguide::rules::facts::write_fragment;
    use skyddsguide::rules::graph::{enumerate_from, walk};
    use skyddsguide::rules::resolve::resolve;
    use skyddsguide::rules::summary::summaries;
    use skyddsguide::rules::text::{Audience, Lang, Packs, Voice};
    use skyddsguide::rules::{Facts, Page, State, V};
    let today = skyddsguide::rules::dates::parse_iso("2026-01-15").expect("date");
    let mut seen = std::collections::BTreeSet::new();
    for audience in [V::Staff, V::Citizen] {
        let aud = if audience == V::Citizen { Audience::Citizen } else { Audience::Staff };
        let (sv, en) = (Voice::new(Lang::Sv, aud, Packs::empty()), Voice::new(Lang::En, aud, Packs::empty()));
        for (region, slug) in REGIONS {
            let mut base = Facts::new().with(region);
            if audience == V::Citizen {
                base.set(V::Citizen);
            }
            for answers in enumerate_from(&base) {
                let w = walk(&skyddsguide::rules::graph::facts_from(&base, &answers));
                let Some(o) = resolve(&w.path, today) else { continue };
                if !seen.insert((audience, o.heading.id)) {
                    continue;
                }
                let steps: Vec<String> = w
                    .answered
                    .iter()
                    .map(|(q, v)| format!("{{\"question\":{},\"value\":{}}}", json(q.id), json(&q.option_id(*v))))
                    .collect();
                let state = State::new(today, region);
                let forms = if audience == V::Citizen { 0 } else { summaries(&o, &w, &state, &sv).len() };
                let titles: Vec<String> = o.forms.iter().filter_map(|f| f.form.title).map(json).collect();
                // The English summaries' verbatim names with their glosses, as the native tables
                // write them: the browser's (a pack key, `summary::gloss`) must read the same.
                let glossed = |value: &str| {
                    let name = value.split(" (").next().unwrap_or("");
                    skyddsguide::rules::content::terms::name_gloss(name)
                        .is_some_and(|t| value.starts_with(&format!("{} ({})", t.sv, t.en)))
                };
                let names_en: Vec<String> = if audience == V::Citizen {
                    Vec::new()
                } else {
                    summaries(&o, &w, &state, &en)
                        .iter()
                        .flat_map(|s| s.fields.iter().filter(|f| glossed(&f.value)).map(|f| json(&f.value)))
                        .collect()
                };
                println!(
                    "{{\"heading\":{},\"audience\":{},\"title\":{},\"title_en\":{},\"kind\":{},\"region\":{},\"link\":{},\"steps\":[{}],\"forms\":{},\"form_titles\":[{}],\"names_en\":[{}],\"acute\":{}}}",
                    json(o.heading.id),
                    json(audience.slug()),
                    json(sv.text(&o.heading.title)),
                    json(en.text(&o.heading.title)),
                    json(&format!("{:?}", o.kind())),
                    json(slug),
                    json(&write_fragment(Page::Guide, &w.path)),
                    steps.join(","),
                    forms,
                    titles.join(","),
                    names_en.join(","),
                    o.is_acute()
                );
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn bench() {
    use skyddsguide::rules::graph::{enumerate, facts_for, walk};
    use skyddsguide::rules::resolve::resolve;
    use std::time::Instant;
    let today = skyddsguide::rules::dates::parse_iso("2026-01-15").expect("date");
    let run = || {
        let mut paths = 0;
        let mut lines = 0;
        for (region, _) in REGIONS {
            for answers in enumerate(region) {
                let w = walk(&facts_for(region, &answers));
                if let Some(o) = resolve(&w.path, today) {
                    lines += o.lines.len();
                }
                paths += 1;
            }
        }
        (paths, lines)
    };
    let (paths, lines) = run();
    let rounds = 50;
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(run());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{{\"paths\":{paths},\"lines\":{lines},\"rounds\":{rounds},\"median_ms\":{:.3},\"p95_ms\":{:.3}}}",
        times[rounds / 2],
        times[rounds * 95 / 100]
    );
}

/// Write the text packs into `dir`, one file per [`PackFile`](skyddsguide::rules::text::PackFile)
/// under its name (`texts-sv.txt`, `texts-en.txt`, `texts-en-citizen.txt`): the texts a `slim`
/// build leaves out. `scripts/texts` writes them into dist/.
#[cfg(not(target_arch = "wasm32"))]
fn texts(dir: Option<&str>) {
    use skyddsguide::rules::text::PackFile;
    let Some(dir) = dir else {
        eprintln!("usage: skyddsguide texts DIR");
        std::process::exit(2);
    };
    for file in PackFile::ALL {
        let path = std::path::Path::new(dir).join(file.name().0);
        if let Err(e) = std::fs::write(&path, skyddsguide::rules::content::index::pack(file)) {
            eprintln!("skyddsguide texts: {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

/// Print, as JSON lines, every text that lacks its English (`{"place","sv"}`): the work list of a
/// translation pass (`tests/texts.rs` fails while it is not empty).
#[cfg(not(target_arch = "wasm32"))]
fn texts_missing() {
    use skyddsguide::rules::content::index::walk;
    use skyddsguide::rules::text::Cz;
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    let mut emit = |place: String, voice: &str, sv: &str, en: &str| {
        if !sv.is_empty() && en.is_empty() && seen.insert((voice.to_string(), sv.to_string())) {
            out.push(format!("{{\"place\":{},\"voice\":{},\"sv\":{}}}", json(&place), json(voice), json(sv)));
        }
    };
    let mut plain = Vec::new();
    walk(
        &mut |p, s| {
            emit(p.0.clone(), "staff", s.staff.sv, s.staff.en);
            if let Cz::Text(c) = s.citizen {
                emit(p.0, "citizen", c.sv, c.en);
            }
        },
        &mut |p, t| plain.push((p.0, t.sv, t.en)),
    );
    for (p, sv, en) in plain {
        emit(p, "staff", sv, en);
    }
    // Rows the citizen view shows that have no citizen wording yet (and are not hidden on purpose).
    for (p, s) in skyddsguide::rules::content::index::citizen_view() {
        if s.citizen == Cz::Missing {
            emit(p.0, "citizen-needed", s.staff.sv, "");
        }
    }
    for l in out {
        println!("{l}");
    }
}
