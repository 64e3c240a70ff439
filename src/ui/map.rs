//! The decision map (`#/graph`): draws the layout `rules::map` computes, as SVG, with the current
//! situation's path lit. Each node is a link that opens its question or outcome in the guide.
//! A text version of the same graph follows, for screen readers and for reading without a mouse.

use std::rc::Rc;

use yew::prelude::*;

use super::guide::CtxProps;
use super::trainer::link;
use super::trainer_texts as t;
use crate::rules::content::questions::region_name;
use crate::rules::facts::{write_fragment, Page};
use crate::rules::map::{layout, Lit, Map, NodeKind, LINE_H, NODE_W, PAD, PORT_H};
use crate::rules::model::Kind;
use crate::rules::render::kind_label;
use crate::rules::Action;

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
    let map: Rc<Map> = use_memo(region, |r| layout(*r));
    // Open the drawing where the questions start (the start box sits halfway down the first column).
    let scroller = use_node_ref();
    {
        let scroller = scroller.clone();
        let top = map.node("start").map(|i| map.nodes[i].y - 2 * PAD).unwrap_or(0);
        use_effect_with(region, move |_| {
            if let Some(el) = scroller.cast::<web_sys::Element>() {
                el.set_scroll_top(top.max(0));
            }
        });
    }
    let w = s.walk();
    let lit: Lit = map.lit(&w);
    let anything_lit = !w.answered.is_empty();
    let title_id = ctx.id("map-title");
    let on = |i: usize| anything_lit && lit.nodes.iter().any(|(n, _)| *n == i);
    let href = |i: usize| {
        let facts = lit.nodes.iter().find(|(n, _)| *n == i).map(|(_, f)| f).unwrap_or(&map.nodes[i].facts);
        format!("#{}", write_fragment(Page::Guide, facts))
    };
    let onclick = |h: String| {
        (!ctx.sync_url).then(|| {
            let store = ctx.store.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                store.dispatch(Action::Fragment(h.clone()));
            })
        })
    };
    // Lit edges last, so they are drawn on top.
    let mut edge_order: Vec<usize> = (0..map.edges.len()).collect();
    edge_order.sort_by_key(|i| lit.edges.contains(i));
    html! {
        <section class="sg-map" aria-labelledby={title_id.clone()}>
            <h2 id={title_id.clone()} tabindex="-1" data-focus="">{t::MAP_TITLE}{" – "}{region_name(region)}</h2>
            <p>{t::map_lead(region_name(region), map.nodes.len(), map.edges.len())}</p>
            <p>{ if anything_lit { t::MAP_LIT } else { t::MAP_NOTHING_LIT } }</p>
            <div class="sg-map-scroll" ref={scroller} role="region" aria-label={t::MAP_SCROLL_LABEL} tabindex="0">
                <svg class="sg-map-svg" xmlns="http://www.w3.org/2000/svg" width={map.width.to_string()} height={map.height.to_string()}
                    viewBox={format!("0 0 {} {}", map.width, map.height)} role="group" aria-labelledby={title_id}
                    data-nodes={map.nodes.len().to_string()} data-edges={map.edges.len().to_string()}>
                    <g class="sg-map-edges" aria-hidden="true">
                        { for edge_order.iter().map(|i| {
                            let e = &map.edges[*i];
                            let on = anything_lit && lit.edges.contains(i);
                            let label = map.nodes[e.from].ports.get(e.port).map(|p| p.full).unwrap_or("");
                            html! {
                                <path class={classes!("sg-map-edge", on.then_some("sg-map-on"))} d={e.d.clone()}
                                    data-from={map.nodes[e.from].id.clone()} data-to={map.nodes[e.to].id.clone()} data-value={e.value.slug()}>
                                    <title>{format!("{}: {} → {}", map.nodes[e.from].title, label, map.nodes[e.to].title)}</title>
                                </path>
                            }
                        }) }
                    </g>
                    <g class="sg-map-nodes">
                        { for map.nodes.iter().enumerate().map(|(i, n)| {
                            let h = href(i);
                            let lit_node = on(i);
                            let label = match n.kind {
                                NodeKind::Question => format!("{}: {}", t::MAP_QUESTION, n.title),
                                NodeKind::Outcome(k) => format!("{}: {}", kind_label(k), n.title),
                            };
                            let label = if lit_node { format!("{label} ({})", t::MAP_ON_PATH) } else { label };
                            let title_top = match n.kind { NodeKind::Question => n.y + PAD, NodeKind::Outcome(_) => n.y + PAD + LINE_H };
                            html! {
                                <a class={classes!("sg-map-node", kind_class(n.kind), lit_node.then_some("sg-map-on"))} href={h.clone()}
                                    onclick={onclick(h)} aria-label={label} data-node={n.id.clone()}>
                                    <rect x={n.x.to_string()} y={n.y.to_string()} width={NODE_W.to_string()} height={n.h.to_string()} rx="6" />
                                    if let NodeKind::Outcome(k) = n.kind {
                                        <text class="sg-map-kind" x={(n.x + PAD).to_string()} y={(n.y + PAD + 13).to_string()}>{kind_label(k)}</text>
                                    }
                                    <text class="sg-map-title">
                                        { for n.lines.iter().enumerate().map(|(li, line)| html! {
                                            <tspan x={(n.x + PAD).to_string()} y={(title_top + 14 + li as i32 * LINE_H).to_string()}>{line.clone()}</tspan>
                                        }) }
                                    </text>
                                    { for n.ports.iter().enumerate().map(|(pi, port)| {
                                        let chosen = anything_lit && lit.ports.contains(&(i, pi));
                                        let top = n.y + port.dy - PORT_H / 2;
                                        html! {
                                            <>
                                                <line class="sg-map-port-rule" x1={n.x.to_string()} x2={(n.x + NODE_W).to_string()} y1={top.to_string()} y2={top.to_string()} />
                                                <text class={classes!("sg-map-port", chosen.then_some("sg-map-chosen"))} x={(n.x + PAD).to_string()} y={(n.y + port.dy + 5).to_string()}>
                                                    { if chosen { format!("✓ {}", port.label) } else { port.label.clone() } }
                                                </text>
                                            </>
                                        }
                                    }) }
                                </a>
                            }
                        }) }
                    </g>
                </svg>
            </div>
            <details class="sg-map-text">
                <summary>{t::MAP_AS_TEXT}</summary>
                <ul>
                    { for map.nodes.iter().enumerate().filter(|(_, n)| n.kind == NodeKind::Question).map(|(i, n)| html! {
                        <li>
                            {link(ctx, Page::Guide, lit.nodes.iter().find(|(x, _)| *x == i).map(|(_, f)| f).unwrap_or(&n.facts), html! { {n.title} }, None)}
                            <ul>
                                { for map.edges.iter().filter(|e| e.from == i).map(|e| html! {
                                    <li>{n.ports.get(e.port).map(|p| p.full).unwrap_or("")}{" "}{t::MAP_LEADS_TO}{" "}{map.nodes[e.to].title}</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            </details>
        </section>
    }
}
