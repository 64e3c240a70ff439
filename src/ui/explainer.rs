//! The explainer: the three measures side by side, then guardians' and ombud access. Content
//! comes from `rules::content::explainer`, the same data the outcomes cite.

use yew::prelude::*;

use super::{link_href, Ctx};
use crate::markup::Markup;
use crate::rules::content::chrome;
use crate::rules::content::explainer::{ACCESS, LEAD, MEASURES, NATIONAL, ROWS};
use crate::rules::facts::Page;
use crate::rules::text::Say;
use crate::rules::V;

/// A plain function, not a component: it has no state of its own, and each component costs the
/// wasm its own copy of Yew's lifecycle code. Written as markup (`crate::markup`): it has no
/// handler of its own, and its links are plain `href`s (a second widget follows them through its
/// root's click handler, `ui::on_root_click`).
pub fn explainer(ctx: &Ctx) -> Html {
    explainer_markup(ctx).into_html()
}

fn explainer_markup(ctx: &Ctx) -> Markup {
    let mut m = Markup::new();
    let caption_id = ctx.id("explain-caption");
    m.open("section", &[("aria-labelledby", Some(&ctx.labelledby("explain-title"))), ("class", Some("sg-explainer"))]);
    m.el(
        "h2",
        &[("id", Some(&ctx.id("explain-title"))), ("tabindex", Some("-1")), ("data-focus", Some(""))],
        ctx.text(&chrome::EXPLAIN_TITLE),
    );
    m.open("p", &[("class", Some("sg-lead"))]).text(ctx.text(&LEAD.text)).text(" ");
    ctx.cite_into(&mut m, &LEAD.cite);
    m.close("p");
    m.open("div", &[("class", Some("sg-table-wrap"))]);
    m.open("table", &[("aria-describedby", Some(&caption_id)), ("class", Some("sg-compare"))]);
    m.el("caption", &[("id", Some(&caption_id))], ctx.text(&chrome::EXPLAIN_CAPTION));
    m.open("thead", &[]).open("tr", &[]).el("td", &[], "");
    for (name, what) in MEASURES.iter() {
        m.open("th", &[("scope", Some("col"))]);
        m.el("span", &[("class", Some("sg-measure"))], ctx.text(name));
        m.el("span", &[("class", Some("sg-hint"))], ctx.text(what));
        m.close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for row in ROWS.iter() {
        m.open("tr", &[]).el("th", &[("scope", Some("row"))], ctx.text(&row.label));
        for (i, c) in row.cells.iter().enumerate() {
            m.open("td", &[("data-label", Some(ctx.text(&MEASURES[i].0)))]).text(ctx.text(&c.text)).text(" ");
            ctx.cite_into(&mut m, &c.cite);
            m.close("td");
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.el("h3", &[], ctx.text(&chrome::EXPLAIN_NATIONAL)).open("ul", &[("class", Some("sg-national"))]);
    for c in NATIONAL.iter() {
        m.open("li", &[]).text(ctx.text(&c.text)).text(" ");
        ctx.cite_into(&mut m, &c.cite);
        m.close("li");
    }
    m.close("ul");
    m.el("h3", &[], ctx.text(&chrome::EXPLAIN_ACCESS)).open("dl", &[("class", Some("sg-access"))]);
    for r in ACCESS.iter() {
        m.open("div", &[]).el("dt", &[], ctx.text(&r.who)).open("dd", &[]).text(ctx.text(&r.text)).text(" ");
        ctx.cite_into(&mut m, &r.cite);
        m.close("dd").close("div");
    }
    m.close("dl");
    m.el("h3", &[], ctx.text(&chrome::EXPLAIN_GO_ON)).open("ul", &[("class", Some("sg-links"))]);
    // Into the guide with the reader's region, language and audience (a citizen stays a citizen).
    let settings = ctx.state().settings();
    let start = |m: &mut Markup, to: V, text: &'static Say| {
        let href = link_href(Page::Guide, &settings.clone().with(to));
        m.open("li", &[]).el("a", &[("href", Some(&href))], ctx.text(text)).close("li");
    };
    start(&mut m, V::Lock, &chrome::GO_LOCK);
    start(&mut m, V::Seal, &chrome::GO_SEAL);
    start(&mut m, V::Block, &chrome::GO_BLOCK);
    start(&mut m, V::Guardian, &chrome::GO_GUARDIAN);
    start(&mut m, V::Ombud, &chrome::GO_OMBUD);
    m.close("ul").close("section");
    m
}
