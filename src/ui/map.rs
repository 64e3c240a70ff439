//! The decision map (`#/graph`): draws the layout `rules::map` computes, as SVG, with the current
//! situation's path lit. Each node is a link that opens its question or outcome in the guide.
//! A text version of the same graph follows, for screen readers and for reading without a mouse.

use crate::rules::text::Fill;
use std::fmt::Write;
use std::rc::Rc;

use yew::prelude::*;

use super::guide::CtxProps;
use super::trainer::{link, tt};
use super::trainer_texts as t;
use super::Ctx;
use crate::markup::escaped;
use crate::rules::content::questions::{region_name, QUESTIONS};
use crate::rules::facts::Page;
use crate::rules::map::{
    layout_from, shorten, wrap, Lit, Map, Node, NodeKind, LINE_H, NODE_W, PAD, PORT_CHARS, PORT_H, TITLE_CHARS,
};
use crate::rules::model::{Kind, QuestionDef};
use crate::rules::render::kind_label;
use crate::rules::trainer::heading_by_id;

/// A node's visible texts in the reader's voice. The layout (`rules::map`) sized the node for its
/// Swedish title; the title is wrapped again within the same number of lines.
struct Texts {
    /// The full title (question legend or outcome heading).
    title: String,
    /// The title in the node's lines.
    lines: Vec<String>,
    /// Each port's option label: shortened to fit its row, and in full.
    ports: Vec<(String, String)>,
}

fn question_def(id: &str) -> Option<&'static QuestionDef> {
    QUESTIONS.iter().find(|q| q.id == id)
}

fn node_texts(ctx: &Ctx, n: &Node) -> Texts {
    let q = question_def(&n.id);
    let title = match n.kind {
        NodeKind::Question => q.map(|q| ctx.tx(&q.legend)),
        NodeKind::Outcome(_) => n.id.strip_prefix("outcome:").and_then(heading_by_id).map(|h| ctx.tx(&h.title)),
    }
    .filter(|s| !s.is_empty())
    .unwrap_or_else(|| n.title.to_string());
    let lines = wrap(&title, TITLE_CHARS, n.lines.len().max(1));
    let ports = n
        .ports
        .iter()
        .map(|p| {
            let full = q
                .and_then(|q| q.option(p.value))
                .map(|o| ctx.tx(&o.label))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| p.full.to_string());
            (shorten(&full, PORT_CHARS), full)
        })
        .collect();
    Texts { title, lines, ports }
}

fn kind_class(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Question => "sg-map-question",
        NodeKind::Outcome(Kind::Routine) => "sg-map-routine",
        NodeKind::Outcome(Kind::Refusal) => "sg-map-refusal",
        NodeKind::Outcome(Kind::NotInSources) => "sg-map-silent",
    }
}

#[function_component(MapView)]
pub fn map_view(p: &CtxProps) -> Html {
    let ctx = &p.ctx;
    let s = ctx.state();
    let region = s.situation().region();
    // The staff's questions, or the citizen's own way in.
    let audience = if ctx.citizen() { crate::rules::V::Citizen } else { crate::rules::V::Staff };
    let map: Rc<Map> =
        use_memo((region, audience), |(r, a)| layout_from(&crate::rules::Facts::new().with(*r).with(*a)));
    // Open the drawing where the questions start (the start box sits halfway down the first column).
    let scroller = use_node_ref();
    {
        let scroller = scroller.clone();
        let top = map.node("start").map(|i| map.nodes[i].y - 2 * PAD).unwrap_or(0);
        super::use_effect_on(
            super::Deps(region as u32, AttrValue::default()),
            Box::new(move || {
                if let Some(el) = scroller.cast::<web_sys::Element>() {
                    el.set_scroll_top(top.max(0));
                }
                super::no_cleanup()
            }),
        );
    }
    let w = s.walk();
    let lit: Lit = map.lit(&w);
    let anything_lit = !w.answered.is_empty();
    let title_id = ctx.id("map-title");
    let on = |i: usize| anything_lit && lit.nodes.iter().any(|(n, _)| *n == i);
    let href = |i: usize| {
        let facts = lit.nodes.iter().find(|(n, _)| *n == i).map(|(_, f)| f).unwrap_or(&map.nodes[i].facts);
        super::link_href(Page::Guide, facts)
    };
    let texts: Vec<Texts> = map.nodes.iter().map(|n| node_texts(ctx, n)).collect();
    let words = Words { question: tt(ctx, &t::MAP_QUESTION), on_path: tt(ctx, &t::MAP_ON_PATH) };
    let svg = draw(|k| ctx.tx(kind_label(k)), &words, &map, &texts, &lit, anything_lit, &title_id, href, on);
    let lead = tt(ctx, &t::MAP_LEAD).fill(&[
        ("region", region_name(region)),
        ("nodes", &map.nodes.len().to_string()),
        ("edges", &map.edges.len().to_string()),
    ]);
    html! {
        <section class="sg-map" aria-labelledby={title_id.clone()}>
            <h2 id={title_id.clone()} tabindex="-1" data-focus="">{tt(ctx, &t::MAP_TITLE)}{" – "}{region_name(region)}</h2>
            <p>{lead}</p>
            <p>{ tt(ctx, if anything_lit { &t::MAP_LIT } else { &t::MAP_NOTHING_LIT }) }</p>
            <div class="sg-map-scroll" ref={scroller} role="region" aria-label={tt(ctx, &t::MAP_SCROLL_LABEL)} tabindex="0">
                { Html::from_html_unchecked(svg.into()) }
            </div>
            <details class="sg-map-text">
                <summary>{tt(ctx, &t::MAP_AS_TEXT)}</summary>
                <ul>
                    { for map.nodes.iter().enumerate().filter(|(_, n)| n.kind == NodeKind::Question).map(|(i, n)| html! {
                        <li>
                            {link(Page::Guide, lit.nodes.iter().find(|(x, _)| *x == i).map(|(_, f)| f).unwrap_or(&n.facts), html! { {texts[i].title.clone()} })}
                            <ul>
                                { for map.edges.iter().filter(|e| e.from == i).map(|e| html! {
                                    <li>{texts[i].ports.get(e.port).map(|p| p.1.clone()).unwrap_or_default()}{" "}{tt(ctx, &t::MAP_LEADS_TO)}{" "}{texts[e.to].title.clone()}</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            </details>
        </section>
    }
}

/// The map's own words in the reader's language.
struct Words {
    question: String,
    on_path: String,
}

/// The SVG markup of the map (one string: hundreds of boxes, rows and arrows cost no code per
/// element). Only texts of the content and numbers of the layout go in, escaped.
#[allow(clippy::too_many_arguments)]
fn draw(
    kind_word: impl Fn(crate::rules::model::Kind) -> String,
    words: &Words,
    map: &Map,
    texts: &[Texts],
    lit: &Lit,
    anything_lit: bool,
    title_id: &str,
    href: impl Fn(usize) -> String,
    on: impl Fn(usize) -> bool,
) -> String {
    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        r#"<svg class="sg-map-svg" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="group" aria-labelledby="{title_id}"><g class="sg-map-edges" aria-hidden="true">"#,
        w = map.width,
        h = map.height
    );
    // Lit edges last, so they are drawn on top.
    let mut order: Vec<usize> = (0..map.edges.len()).collect();
    order.sort_by_key(|i| lit.edges.contains(i));
    for i in order {
        let e = &map.edges[i];
        let (a, b) = (&map.nodes[e.from], &map.nodes[e.to]);
        let label = texts[e.from].ports.get(e.port).map(|p| p.1.as_str()).unwrap_or("");
        let class = if anything_lit && lit.edges.contains(&i) { "sg-map-edge sg-map-on" } else { "sg-map-edge" };
        let _ = write!(
            s,
            r#"<path class="{class}" d="{}" data-from="{}" data-to="{}" data-value="{}"><title>{}: {} → {}</title></path>"#,
            e.d,
            escaped(&a.id),
            escaped(&b.id),
            e.value.slug(),
            escaped(&texts[e.from].title),
            escaped(label),
            escaped(&texts[e.to].title)
        );
    }
    s.push_str(r#"</g><g class="sg-map-nodes">"#);
    for (i, n) in map.nodes.iter().enumerate() {
        let lit_node = on(i);
        let kind = match n.kind {
            NodeKind::Question => words.question.clone(),
            NodeKind::Outcome(k) => kind_word(k),
        };
        let mut label = format!("{kind}: {}", texts[i].title);
        if lit_node {
            let _ = write!(label, " ({})", words.on_path);
        }
        let _ = write!(
            s,
            r#"<a class="sg-map-node {}{}" href="{}" aria-label="{}" data-node="{}"><rect x="{}" y="{}" width="{NODE_W}" height="{}" rx="6"/>"#,
            kind_class(n.kind),
            if lit_node { " sg-map-on" } else { "" },
            escaped(&href(i)),
            escaped(&label),
            escaped(&n.id),
            n.x,
            n.y,
            n.h
        );
        let x = n.x + PAD;
        let mut top = n.y + PAD;
        if let NodeKind::Outcome(k) = n.kind {
            let _ =
                write!(s, r#"<text class="sg-map-kind" x="{x}" y="{}">{}</text>"#, top + 13, escaped(&kind_word(k)));
            top += LINE_H;
        }
        s.push_str(r#"<text class="sg-map-title">"#);
        for (li, line) in texts[i].lines.iter().enumerate() {
            let _ = write!(s, r#"<tspan x="{x}" y="{}">{}</tspan>"#, top + 14 + li as i32 * LINE_H, escaped(line));
        }
        s.push_str("</text>");
        for (pi, port) in n.ports.iter().enumerate() {
            let chosen = anything_lit && lit.ports.contains(&(i, pi));
            let rule = n.y + port.dy - PORT_H / 2;
            let _ = write!(
                s,
                r#"<line class="sg-map-port-rule" x1="{}" x2="{}" y1="{rule}" y2="{rule}"/><text class="sg-map-port{}" x="{x}" y="{}">{}{}</text>"#,
                n.x,
                n.x + NODE_W,
                if chosen { " sg-map-chosen" } else { "" },
                n.y + port.dy + 5,
                if chosen { "✓ " } else { "" },
                escaped(texts[i].ports.get(pi).map(|p| p.0.as_str()).unwrap_or(&port.label))
            );
        }
        s.push_str("</a>");
    }
    s.push_str("</g></svg>");
    s
}
