//! Every text of trainer mode's screens (library, presenter, decision map) lives in the core, in
//! `rules::trainer::texts`, in Swedish and English, so that `content::index` walks it and the
//! packs carry its English; this module re-exports it for the shell. Render each through the
//! reader's voice (`ui::trainer::tt`). The case stories are content (`rules::content::scenarios`);
//! messages about a unit's broken cases come from `rules::trainer::Problem::message_in`.

pub use crate::rules::trainer::texts::*;
