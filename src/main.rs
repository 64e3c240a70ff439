//! Entry point. On wasm32: mount the widget on every `[data-skyddsguide]` element. Natively:
//! print the drawn question graph (DOT) so a trainer or reviewer can render it.

#[cfg(target_arch = "wasm32")]
fn main() {
    skyddsguide::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use skyddsguide::rules::graph::edges;
    use skyddsguide::rules::V;
    println!("digraph skyddsguiden {{");
    println!("  rankdir=LR; node [shape=box, fontname=sans];");
    for (region, name) in [(V::Rjh, "rjh"), (V::Jonkoping, "jonkoping")] {
        for (from, value, to) in edges(region) {
            println!("  \"{name}:{from}\" -> \"{name}:{to}\" [label=\"{}={}\"];", value.key().slug(), value.slug());
        }
    }
    println!("}}");
}
