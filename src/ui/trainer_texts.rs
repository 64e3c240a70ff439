//! Every text of trainer mode's screens (library, presenter, decision map) lives in the core, in
//! `rules::trainer::texts`, in Swedish and English, so that `content::index` walks it and the
//! packs carry its English; this module re-exports it for the shell. Render each through the
//! reader's voice (`ui::trainer::tt`). The case stories are content (`rules::content::scenarios`);
//! messages about a unit's broken cases come from `rules::trainer::Problem::message_in`.

pub use crate::rules::trainer::texts::*;

/// The nav link's text in Swedish, for `ui::mod` until its nav renders
/// `ctx.tx(&rules::trainer::texts::NAV_SCENARIOS)` (then remove it).
pub const NAV_SCENARIOS: &str = crate::rules::trainer::texts::NAV_SCENARIOS.staff.sv;
/// As [`NAV_SCENARIOS`], for the map's nav link (`texts::NAV_MAP`).
pub const NAV_MAP: &str = crate::rules::trainer::texts::NAV_MAP.staff.sv;
