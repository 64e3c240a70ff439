//! Skyddsguiden: decision support for låsa inloggning, försegla journalen and spärra journal.
//!
//! - [`rules`]: the pure core (no Yew, no web-sys, no clock), built and tested natively.
//! - `ui`: the Yew shell, compiled only for `wasm32`.

pub mod rules;

pub mod markup;

#[cfg(target_arch = "wasm32")]
pub mod ui;
