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

use super::facts::V;

/// One condition of a `When`.
/// A condition: the fact's value is one of these (all values of one key, `V::key`).
pub type C = &'static [V];

pub const RJH: C = &[V::Rjh];
pub const JKPG: C = &[V::Jonkoping];
pub const APPLY: C = &[V::Apply];
pub const LIFT: C = &[V::Lift];
pub const CITIZEN: C = &[V::ByCitizen];
/// The staff's view (the default audience) and the citizen's (not `CITIZEN`, who asks).
pub const STAFF: C = &[V::Staff];
pub const CITIZEN_VIEW: C = &[V::Citizen];
pub const CARE: C = &[V::ByCare];
pub const AUTHORITY: C = &[V::ByAuthority];
pub const CARE_OR_AUTHORITY: C = &[V::ByCare, V::ByAuthority];
pub const ORDINARY: C = &[V::Ordinary];
pub const ACUTE: C = &[V::Acute];
pub const OFFICE: C = &[V::Office];
pub const AFTER: C = &[V::After];
pub const HOME: C = &[V::HomeRegion];
pub const AWAY: C = &[V::HomeOther];

pub const LOCK: C = &[V::CaseLock];
pub const SEAL: C = &[V::CaseSeal];
pub const BLOCK: C = &[V::CaseBlock];
pub const GUARDIAN: C = &[V::CaseGuardian];
pub const OMBUD: C = &[V::CaseOmbud];
pub const LOCK_AND_SEAL: C = &[V::CaseLockAndSeal];
pub const LOCK_AND_GUARDIAN: C = &[V::CaseLockAndGuardianSeal];
/// Every case with a lock in it.
pub const ANY_LOCK: C = &[V::CaseLock, V::CaseLockAndSeal, V::CaseLockAndGuardianSeal];
/// Lock alone, or lock and seal (the cases whose grounds are asked).
pub const LOCK_OR_LOCK_AND_SEAL: C = &[V::CaseLock, V::CaseLockAndSeal];
/// Every case with a sealing of the citizen's own access in it.
pub const ANY_SEAL: C = &[V::CaseSeal, V::CaseLockAndSeal];
/// Every case about guardians' direct access (sealing, lifting, extending, removing), the
/// combination with the child's lock included.
pub const ANY_GUARDIAN: C = &[V::CaseGuardian, V::CaseLockAndGuardianSeal];
/// A lock together with a sealing: of the record, or of the guardians' direct access (S1 3.2).
pub const LOCK_WITH_A_SEALING: C = &[V::CaseLockAndSeal, V::CaseLockAndGuardianSeal];
/// Grounds that are grounds for a lock (all but "abnormal use of an e-service", S1 3.1).
pub const VALID_GROUNDS: C = &[
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
];

pub const CONTINUE: C = &[V::Continue];
pub const UNDER_13: C = &[V::Under13];
pub const AGE_13_15: C = &[V::Age13To15];
pub const AGE_16_17: C = &[V::Age16To17];
pub const SEALED_BY_CITIZEN: C = &[V::SealedByCitizen];
pub const SEALED_BY_CARE: C = &[V::SealedByCare];
