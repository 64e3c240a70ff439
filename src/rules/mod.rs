//! The pure core: the situation, the question graph, the routines as data, the resolver, dates and
//! personnummer. No Yew, no web-sys, no clock: it builds and tests natively with `cargo test`.

pub mod config;
pub mod content;
pub mod dates;
pub mod event;
pub mod facts;
pub mod graph;
pub mod model;
pub mod pnr;
pub mod render;
pub mod resolve;
pub mod sources;
pub mod state;
pub mod summary;

pub use facts::{Facts, LinkError, Page, K, V};
pub use state::{reduce, Action, State};
