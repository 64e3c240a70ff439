//! The content tables: what the widget says, with the condition under which it says it and the
//! source it says it from. A reviewer reads these next to the source documents; the logic in
//! `graph` and `resolve` only selects rows.
//!
//! Conventions, checked by tests:
//! - Text between ” and ” is a verbatim quote and occurs in ../shared/seeds (whitespace-normalised).
//! - Every row cites at least one source; rows citing N1–N3 (national pages) quote nothing.
//! - Phone numbers and e-mail addresses occur verbatim in the sources.

pub mod chrome;
pub mod explainer;
pub mod forms;
pub mod index;
pub mod obligations;
pub mod outcomes;
pub mod questions;
pub mod scenarios;
pub mod terms;

use super::facts::{K, V};

/// One condition of a `When`.
pub type C = (K, &'static [V]);

pub const RJH: C = (K::Region, &[V::Rjh]);
pub const JKPG: C = (K::Region, &[V::Jonkoping]);
pub const APPLY: C = (K::Action, &[V::Apply]);
pub const LIFT: C = (K::Action, &[V::Lift]);
pub const CITIZEN: C = (K::By, &[V::ByCitizen]);
/// The staff's view (the default audience) and the citizen's (not `CITIZEN`, who asks).
pub const STAFF: C = (K::Audience, &[V::Staff]);
pub const CITIZEN_VIEW: C = (K::Audience, &[V::Citizen]);
pub const CARE: C = (K::By, &[V::ByCare]);
pub const AUTHORITY: C = (K::By, &[V::ByAuthority]);
pub const CARE_OR_AUTHORITY: C = (K::By, &[V::ByCare, V::ByAuthority]);
pub const ORDINARY: C = (K::Urgency, &[V::Ordinary]);
pub const ACUTE: C = (K::Urgency, &[V::Acute]);
pub const OFFICE: C = (K::Hours, &[V::Office]);
pub const AFTER: C = (K::Hours, &[V::After]);
pub const HOME: C = (K::Home, &[V::HomeRegion]);
pub const AWAY: C = (K::Home, &[V::HomeOther]);

pub const LOCK: C = (K::Case, &[V::CaseLock]);
pub const SEAL: C = (K::Case, &[V::CaseSeal]);
pub const BLOCK: C = (K::Case, &[V::CaseBlock]);
pub const GUARDIAN: C = (K::Case, &[V::CaseGuardian]);
pub const OMBUD: C = (K::Case, &[V::CaseOmbud]);
pub const LOCK_AND_SEAL: C = (K::Case, &[V::CaseLockAndSeal]);
pub const LOCK_AND_GUARDIAN: C = (K::Case, &[V::CaseLockAndGuardianSeal]);
/// Every case with a lock in it.
pub const ANY_LOCK: C = (K::Case, &[V::CaseLock, V::CaseLockAndSeal, V::CaseLockAndGuardianSeal]);
/// Lock alone, or lock and seal (the cases whose grounds are asked).
pub const LOCK_OR_LOCK_AND_SEAL: C = (K::Case, &[V::CaseLock, V::CaseLockAndSeal]);
/// Every case with a sealing of the citizen's own access in it.
pub const ANY_SEAL: C = (K::Case, &[V::CaseSeal, V::CaseLockAndSeal]);
/// Every case with a sealing of guardians' access in it.
pub const ANY_GUARDIAN_SEAL: C = (K::Case, &[V::CaseGuardian, V::CaseLockAndGuardianSeal]);
/// Grounds that are grounds for a lock (all but "abnormal use of an e-service", S1 3.1).
pub const VALID_GROUNDS: C = (
    K::Grounds,
    &[
        V::Violence,
        V::Investigation,
        V::Hiding,
        V::ChildIntegrity,
        V::ProtectedIdentity,
        V::Misuse,
        V::Forced,
        V::SomeoneElse,
        V::Escape,
        V::GuardianAccess,
    ],
);

pub const CONTINUE: C = (K::Action, &[V::Continue]);
pub const UNDER_13: C = (K::Age, &[V::Under13]);
pub const AGE_13_15: C = (K::Age, &[V::Age13To15]);
pub const AGE_16_17: C = (K::Age, &[V::Age16To17]);
pub const SEALED_BY_CITIZEN: C = (K::SealedBy, &[V::SealedByCitizen]);
pub const SEALED_BY_CARE: C = (K::SealedBy, &[V::SealedByCare]);
