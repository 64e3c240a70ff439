//! The explainer: the three measures side by side, then guardians' and ombud access. Content
//! comes from `rules::content::explainer`, the same data the outcomes cite.

use yew::prelude::*;

use super::guide::CtxProps;
use crate::rules::content::explainer::{ACCESS, LEAD, MEASURES, ROWS};
use crate::rules::facts::{Facts, Page};
use crate::rules::render::cites;
use crate::rules::V;

#[function_component(Explainer)]
pub fn explainer(p: &CtxProps) -> Html {
    let ctx = &p.ctx;
    let caption_id = ctx.id("explain-caption");
    let start =
        |m: V, text: &'static str| html! { <li>{ctx.link(Page::Guide, &Facts::new().with(m), text, false)}</li> };
    html! {
        <section class="sg-explainer" aria-labelledby={ctx.labelledby("explain-title")}>
            <h2 id={ctx.id("explain-title")} tabindex="-1" data-focus="">{"Låsa inloggning, försegla journalen och spärra journal"}</h2>
            <p class="sg-lead">{LEAD.text}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(LEAD.cite))}</span></p>
            <div class="sg-table-wrap">
                <table class="sg-compare" aria-describedby={caption_id.clone()}>
                    <caption id={caption_id}>{"Jämförelse av de tre åtgärderna, med källa för varje uppgift"}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for MEASURES.iter().map(|(name, what)| html! {
                                <th scope="col"><span class="sg-measure">{*name}</span><span class="sg-hint">{*what}</span></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for ROWS.iter().map(|row| html! {
                            <tr key={row.label}>
                                <th scope="row">{row.label}</th>
                                { for row.cells.iter().enumerate().map(|(i, c)| html! {
                                    <td data-label={MEASURES[i].0}>
                                        {c.text}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(c.cite))}</span>
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{"Vårdnadshavare och ombud"}</h3>
            <dl class="sg-access">
                { for ACCESS.iter().map(|r| html! {
                    <div key={r.who}>
                        <dt>{r.who}</dt>
                        <dd>{r.text}{" "}<span class="sg-cite">{format!("(Källa: {})", cites(r.cite))}</span></dd>
                    </div>
                }) }
            </dl>
            <h3>{"Gå vidare till rutinen"}</h3>
            <ul class="sg-links">
                {start(V::Lock, "Låsa inloggning eller häva en låsning")}
                {start(V::Seal, "Försegla journalen eller häva en försegling")}
                {start(V::Block, "Spärra journal")}
                {start(V::Guardian, "Vårdnadshavares direktåtkomst")}
                {start(V::Ombud, "Åtkomst som ombud")}
            </ul>
        </section>
    }
}
