//! The explainer: the three measures side by side, then guardians' and ombud access. Content
//! comes from `rules::content::explainer`, the same data the outcomes cite.

use yew::prelude::*;

use super::Ctx;
use crate::rules::content::chrome;
use crate::rules::content::explainer::{ACCESS, LEAD, MEASURES, NATIONAL, ROWS};
use crate::rules::facts::{Facts, Page};
use crate::rules::text::Say;
use crate::rules::V;

/// A plain function, not a component: it has no state of its own, and each component costs the
/// wasm its own copy of Yew's lifecycle code.
pub fn explainer(ctx: &Ctx) -> Html {
    let caption_id = ctx.id("explain-caption");
    let start = |m: V, text: &'static Say| {
        html! { <li>{ctx.link(Page::Guide, &Facts::new().with(m), ctx.tx(text), false)}</li> }
    };
    html! {
        <section class="sg-explainer" aria-labelledby={ctx.labelledby("explain-title")}>
            <h2 id={ctx.id("explain-title")} tabindex="-1" data-focus="">{ctx.tx(&chrome::EXPLAIN_TITLE)}</h2>
            <p class="sg-lead">{ctx.tx(&LEAD.text)}{" "}{ctx.cite(LEAD.cite)}</p>
            <div class="sg-table-wrap">
                <table class="sg-compare" aria-describedby={caption_id.clone()}>
                    <caption id={caption_id}>{ctx.tx(&chrome::EXPLAIN_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for MEASURES.iter().map(|(name, what)| html! {
                                <th scope="col"><span class="sg-measure">{ctx.tx(name)}</span><span class="sg-hint">{ctx.tx(what)}</span></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for ROWS.iter().map(|row| html! {
                            <tr key={row.label.sv()}>
                                <th scope="row">{ctx.tx(&row.label)}</th>
                                { for row.cells.iter().enumerate().map(|(i, c)| html! {
                                    <td data-label={ctx.tx(&MEASURES[i].0)}>
                                        {ctx.tx(&c.text)}{" "}{ctx.cite(c.cite)}
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ctx.tx(&chrome::EXPLAIN_NATIONAL)}</h3>
            <ul class="sg-national">
                { for NATIONAL.iter().map(|c| html! {
                    <li>{ctx.tx(&c.text)}{" "}{ctx.cite(c.cite)}</li>
                }) }
            </ul>
            <h3>{ctx.tx(&chrome::EXPLAIN_ACCESS)}</h3>
            <dl class="sg-access">
                { for ACCESS.iter().map(|r| html! {
                    <div key={r.who.sv()}>
                        <dt>{ctx.tx(&r.who)}</dt>
                        <dd>{ctx.tx(&r.text)}{" "}{ctx.cite(r.cite)}</dd>
                    </div>
                }) }
            </dl>
            <h3>{ctx.tx(&chrome::EXPLAIN_GO_ON)}</h3>
            <ul class="sg-links">
                {start(V::Lock, &chrome::GO_LOCK)}
                {start(V::Seal, &chrome::GO_SEAL)}
                {start(V::Block, &chrome::GO_BLOCK)}
                {start(V::Guardian, &chrome::GO_GUARDIAN)}
                {start(V::Ombud, &chrome::GO_OMBUD)}
            </ul>
        </section>
    }
}
