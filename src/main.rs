//! Entry point. On wasm32: the panic hook; boot.js mounts (`autoMount`) and exports `mount`.
//! Natively, a small tool over the core:
//! - `skyddsguide graph` prints the question graph as DOT (for trainers and reviewers);
//! - `skyddsguide scenarios` prints one scenario per outcome as JSON lines (used by the browser
//!   tests: the answers to click, the link, and the outcome the engine gives);
//! - `skyddsguide bench` times enumerating and resolving every path (for scripts/bench; timings
//!   belong in the benchmark report, never in a test).

#[cfg(target_arch = "wasm32")]
fn main() {
    // boot.js then calls `autoMount` (every `[data-skyddsguide]`) and exports `mount`.
    skyddsguide::ui::install_panic_hook();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("graph") => graph(),
        Some("scenarios") => scenarios(),
        Some("bench") => bench(),
        _ => eprintln!("usage: skyddsguide graph | scenarios | bench"),
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
    use skyddsguide::rules::graph::{enumerate, facts_for, walk};
    use skyddsguide::rules::resolve::resolve;
    use skyddsguide::rules::summary::summaries;
    use skyddsguide::rules::{Page, State};
    let today = skyddsguide::rules::dates::parse_iso("2026-01-15").expect("date");
    let mut seen = std::collections::BTreeSet::new();
    for (region, slug) in REGIONS {
        for answers in enumerate(region) {
            let w = walk(&facts_for(region, &answers));
            let Some(o) = resolve(&w.path, today) else { continue };
            if !seen.insert(o.heading.id) {
                continue;
            }
            let steps: Vec<String> = w
                .answered
                .iter()
                .map(|(q, v)| format!("{{\"question\":{},\"value\":{}}}", json(q.id), json(v.slug())))
                .collect();
            let state = State::new(today, region);
            let forms = summaries(&o, &w, &state).len();
            let acute = o.is_acute();
            println!(
                "{{\"heading\":{},\"title\":{},\"kind\":{},\"region\":{},\"link\":{},\"steps\":[{}],\"forms\":{},\"acute\":{}}}",
                json(o.heading.id),
                json(o.heading.title),
                json(&format!("{:?}", o.kind())),
                json(slug),
                json(&write_fragment(Page::Guide, &w.path)),
                steps.join(","),
                forms,
                acute
            );
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
