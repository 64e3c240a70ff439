//! The pure core: the situation, the question graph, the routines as data, the resolver, dates and
//! personnummer. No Yew, no web-sys, no clock: it builds and tests natively with `cargo test`.

pub mod config;
pub mod content;
pub mod dates;
pub mod event;
pub mod facts;
pub mod graph;
pub mod lix;
pub mod map;
pub mod model;
pub mod pnr;
pub mod render;
pub mod resolve;
pub mod sources;
pub mod state;
pub mod summary;
pub mod text;
pub mod trainer;

pub use facts::{Facts, LinkError, Page, K, V};
pub use state::{reduce, Action, CopyStatus, State};

/// Every message that is a plain text (no citizen wording): link errors, personnummer and date
/// errors. Walked by `content::index`.
pub fn messages() -> Vec<&'static text::T> {
    let mut out: Vec<&'static text::T> = facts::link_messages::ALL.to_vec();
    for e in pnr::IdError::ALL {
        out.push(e.message());
    }
    for e in [dates::DateError::Empty, dates::DateError::Format, dates::DateError::NoSuchDay] {
        out.push(e.message());
    }
    out.push(dates::EndDateProblem::NotAfterDecision.message());
    out.extend(resolve::computed::ALL);
    out
}
