//! The obligations index (issue 7, section 1): every normative sentence of the five sources, in
//! source order, with the situations it governs and the outcome sections that must carry it, or the
//! reason it is not applied here.
//!
//! Read from the sources alone (../shared/seeds), independently of the outcome tables. A sentence is
//! normative when it holds *ska*, *måste*, *alltid*, *aldrig*, *krävs*, *får inte*, *kan inte*,
//! *endast*, *bara* or *behöver* as whole words (`tests/obligations.rs` scans for them). A few
//! sentences without those words are indexed as well, marked "(extra)": they state who decides or
//! executes an acute sealing, which issue 7 item 4 is about.
//!
//! Conventions:
//! - `quote` is verbatim, whitespace-normalised (S4's "e-\ntjänsten" reads "e-tjänsten" or
//!   "e- tjänsten" exactly as the normalised seed does).
//! - A sentence that occurs twice (S1 3.3 and 4.3) is listed once per occurrence, each with its own
//!   section and the situations of its own chapter.
//! - Conditions use the keys the lead is adding (`age`, `sealedby`, `lockedby=unknown`,
//!   `action=continue`) where they are the right condition; until those questions are asked, such
//!   alternatives match no path.

use super::*;
use crate::rules::model::{Applies, Obligation, Section::*, When};
use crate::rules::sources::{cite, Src::*};

const fn ob(quote: &'static str, c: crate::rules::sources::Cite, applies: Applies) -> Obligation {
    Obligation { quote, cite: c, applies }
}

const fn at(when: &'static [When], sections: &'static [crate::rules::model::Section], carry: &'static str) -> Applies {
    Applies::In { when, sections, carry }
}

const fn not_here(reason: &'static str) -> Applies {
    Applies::NotHere(reason)
}

// ---- Conditions used below (on effective facts) ----

const PART: C = &[V::Part];
/// "Guardians out" (the need), whatever case the child's age makes of it (`Facts::effective`).
const GUARDIAN_OUT: C = &[V::GuardianOut];
const EXTEND: C = &[V::Extend];
const REMOVE_EXTENSION: C = &[V::RemoveExtension];
const BY_GUARDIAN: C = &[V::ByGuardian];
const ONGOING_YES: C = &[V::OngoingYes];
const ONGOING_NO: C = &[V::OngoingNo];
const LOCKED_BY_OTHER_REGION: C = &[V::LockedByOtherRegion];
const LOCKED_BY_UNKNOWN: C = &[V::LockedByUnknown];
const LOCKED_BY_A_REGION: C = &[V::LockedByRegion, V::LockedByOtherRegion, V::LockedByUnknown];
const PROTECTED_IDENTITY: C = &[V::ProtectedIdentity];

/// RJH places a lock of the citizen's login (the citizen's own request through Inera, or a
/// decision here by care on its own or another authority's request, on a valid ground, for a
/// citizen skriven here; for guardians, only where the child is under 13: S1 1.1).
const LOCK_PLACED: &[When] = &[
    &[LOCK_OR_LOCK_AND_SEAL, APPLY, CITIZEN, RJH],
    &[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_GUARDIAN, CARE_OR_AUTHORITY, HOME, UNDER_13, RJH],
];
/// The lock alone is placed (lock and seal does both measures).
const LOCK_ALONE_PLACED: &[When] =
    &[&[LOCK, APPLY, CITIZEN, RJH], &[LOCK, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH]];
const LOCK_BY_CITIZEN: &[When] = &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, CITIZEN, RJH]];
const LOCK_BY_CARE_HERE_AFTER: &[When] = &[
    &[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE, ACUTE, AFTER, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_GUARDIAN, CARE, ACUTE, AFTER, HOME, UNDER_13, RJH],
];
/// Another authority requests a lock that RJH decides (S1 chapter 4).
const LOCK_BY_AUTHORITY_HERE: &[When] = &[
    &[LOCK_OR_LOCK_AND_SEAL, APPLY, AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_GUARDIAN, AUTHORITY, HOME, UNDER_13, RJH],
];
const LOCK_BY_AUTHORITY_HERE_AFTER: &[When] = &[
    &[LOCK_OR_LOCK_AND_SEAL, APPLY, AUTHORITY, ACUTE, AFTER, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_GUARDIAN, AUTHORITY, ACUTE, AFTER, HOME, UNDER_13, RJH],
];
/// Care asks for a lock of a citizen not skriven here.
const LOCK_BY_CARE_AWAY: &[When] =
    &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE, AWAY, RJH], &[LOCK_AND_GUARDIAN, CARE, AWAY, UNDER_13, RJH]];
const LOCK_BY_AUTHORITY_AWAY: &[When] =
    &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, AUTHORITY, AWAY, RJH], &[LOCK_AND_GUARDIAN, AUTHORITY, AWAY, UNDER_13, RJH]];
/// Lock and seal placed by the region (S1 1.2.1 follow-up).
const LOCK_AND_SEAL_BY_REGION: &[When] = &[&[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH]];
const LOCK_LIFT: &[When] = &[&[LOCK, LIFT, RJH]];

/// A temporary sealing of the citizen's own access on care's or another authority's initiative in
/// RJH (S4 2.2.2), alone or with a lock; the sealing routine is not tied to where the citizen is
/// skriven (only the lock is), so "away" is included. A lock refused for "abnormal use" is left out.
const CARE_SEAL: &[When] = &[
    &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, AWAY, RJH],
];
const CARE_SEAL_OR_CONTINUE: &[When] = &[
    &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, AWAY, RJH],
    &[SEAL, CONTINUE, RJH],
];
const CARE_SEAL_ACUTE: &[When] = &[
    &[SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, AWAY, RJH],
];
const CARE_SEAL_ACUTE_AFTER: &[When] = &[
    &[SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, AFTER, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, AFTER, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, AFTER, AWAY, RJH],
];
const SEAL_CONTINUE: &[When] = &[&[SEAL, CONTINUE, RJH]];
/// Any sealing of the citizen's own access asked for in RJH.
/// Every sealing of the citizen's own access placed in RJH (not the combination refused for want
/// of a ground for the lock).
const SEAL_APPLY_RJH: &[When] = &[
    &[SEAL, APPLY, RJH],
    &[LOCK_AND_SEAL, APPLY, CITIZEN, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, AWAY, RJH],
];
/// The citizen seals (any scope) in RJH, or lifts their own sealing.
const CITIZEN_SEAL_OR_LIFT_RJH: &[When] =
    &[&[ANY_SEAL, APPLY, CITIZEN, RJH], &[SEAL, LIFT, CITIZEN, SEALED_BY_CITIZEN, RJH]];
/// The citizen lifts their own sealing in RJH (S4 2.3.1).
const CITIZEN_LIFT_RJH: &[When] = &[&[SEAL, LIFT, CITIZEN, SEALED_BY_CITIZEN, RJH]];
const CARE_LIFT_RJH: &[When] = &[&[SEAL, LIFT, CARE, SEALED_BY_CARE, RJH]];
const SEAL_LIFT_RJH: &[When] = &[&[SEAL, LIFT, RJH]];

/// Guardians' access sealed (S4 3.2): the measure chosen directly, or "guardians out" for a child
/// under 13 (from 13 the guardians' access is an extension, removed by S4 3.5).
/// Guardians have direct access to seal: under 13, or 13–15 with an extension (S4 3.1, 3.4); from
/// 16 they have none, and the widget refuses.
const HAS_ACCESS: C = &[V::Under13, V::Age13To15];
const GUARDIAN_SEAL: &[When] = &[&[GUARDIAN, APPLY, HAS_ACCESS, RJH], &[LOCK_AND_GUARDIAN, UNDER_13, RJH]];
/// Guardians' access for a child of 13 to 15: "guardians out" is the removal of the extension.
const REMOVE_EXT: &[When] = &[&[GUARDIAN, REMOVE_EXTENSION, RJH], &[LOCK_AND_GUARDIAN, AGE_13_15, RJH]];
const GUARDIAN_LIFT: &[When] = &[&[GUARDIAN, LIFT, RJH]];
const EXTEND_ANY: &[When] = &[&[GUARDIAN, EXTEND, RJH]];
const EXTEND_GUARDIAN: &[When] = &[&[GUARDIAN, EXTEND, BY_GUARDIAN, RJH]];
const OMBUD_RJH: &[When] = &[&[OMBUD, RJH]];
/// Every case S4 handles with documents sent to Central support (not the citizen's own sealing in
/// the e-service).
const S4_CASES: &[When] = &[
    &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
    &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, AWAY, RJH],
    &[SEAL, CONTINUE, RJH],
    &[SEAL, LIFT, RJH],
    &[GUARDIAN, APPLY, HAS_ACCESS, RJH],
    &[GUARDIAN, LIFT, RJH],
    &[GUARDIAN, EXTEND, RJH],
    &[GUARDIAN, REMOVE_EXTENSION, RJH],
    &[LOCK_AND_GUARDIAN, UNDER_13, RJH],
    &[LOCK_AND_GUARDIAN, AGE_13_15, RJH],
    &[OMBUD, RJH],
];

// Region Jönköpings län (S2).
const JK_CITIZEN_SEAL: &[When] = &[&[ANY_SEAL, APPLY, CITIZEN, JKPG]];
const JK_CITIZEN_PART: &[When] = &[&[SEAL, APPLY, CITIZEN, PART, JKPG]];
const JK_CITIZEN_LIFT: &[When] = &[&[SEAL, LIFT, CITIZEN, SEALED_BY_CITIZEN, JKPG]];
const JK_CARE_SEAL: &[When] = &[&[ANY_SEAL, APPLY, CARE, JKPG]];
const JK_CARE_SEAL_ONGOING: &[When] = &[&[ANY_SEAL, APPLY, CARE, ONGOING_YES, JKPG]];
const JK_CARE_SEAL_DONE: &[When] = &[&[ANY_SEAL, APPLY, CARE, ONGOING_NO, JKPG]];
const JK_CARE_LIFT: &[When] = &[&[SEAL, LIFT, CARE, SEALED_BY_CARE, JKPG]];

const PAGE_TITLE: &str = "the normative word is part of the title of Inera's 1177 page \"Hur gör jag för att det inte ska gå att logga in på 1177.se?\", not a rule";

/// The index, in source order (S0, S1, S2, S3, S4).
pub static OBLIGATIONS: &[Obligation] = &[
    // ======== S0: 1177 e-tjänster - Förklaring av begreppen ========
    ob(
        "Vårdpersonal kan inte heller skicka ärenden till invånaren via personalverktyget (så kallat omvänt ärendeflöde).",
        cite(S0, "Låsa inloggning till 1177"),
        not_here("describes an effect of a lock (care can no longer send ärenden), which the explainer compares; it asks nothing of the reader and no routine step depends on it"),
    ),
    ob(
        "Om även Journalen via nätet ska vara garanterat oåtkomlig för invånaren måste det alltså även göras en försegling av journalen",
        cite(S0, "Låsa inloggning till 1177"),
        at(LOCK_ALONE_PLACED, &[NotCovered, Warn, Steps, Inform], "försegl"),
    ),
    ob("Läs mer på Ineras webbsida: Hur gör jag för att det inte ska gå att logga in på 1177.se?", cite(S0, "Låsa inloggning till 1177"), not_here(PAGE_TITLE)),
    ob(
        "Borttag/hävning av försegling hanteras alltid av Region Jämtland Härjedalen och central support för e-tjänsten journalen.",
        cite(S0, "Försegla journal"),
        at(SEAL_LIFT_RJH, &[Steps, Execute, Ask, Decide, Conflict], "central"),
    ),
    // ======== S1: 1177 e-tjänster Låsa inloggning Riktlinje ========
    ob(
        "Vårdnadshavare har tillgång till detta via ombudsläget fram till att barnet fyllt 13 år.",
        cite(S1, "1.1"),
        // (extra): from 13, locking the child's login keeps no guardian out (issue 7 item 2).
        at(&[&[GUARDIAN_OUT, AGE_13_15, RJH], &[GUARDIAN_OUT, AGE_16_17, RJH]], &[Why, NotCovered, Steps, Warn], "13 år"),
    ),
    ob(
        "Låsningen gäller alltid hela 1177 och hela landet.",
        cite(S1, "1.2"),
        at(LOCK_PLACED, &[NotCovered, Warn, Steps, Inform, Why], "hela landet"),
    ),
    ob(
        "För att säkerställa att inga delar av patientinformationen ska kunna nås från 1177.se behöver både inloggningen låsas och journalen förseglas.",
        cite(S1, "1.2"),
        // Lock alone: where lock and seal are both placed, the sealing itself carries it.
        at(LOCK_ALONE_PLACED, &[NotCovered, Warn, Steps, Inform, Now], "försegl"),
    ),
    ob(
        // One sentence, two clauses, two situations: care's sealing (whole record), the citizen's
        // partial sealing (single units; the RJH routine gives no procedure for it, issue 7 item 3).
        "Om försegling görs av vården förseglas alltid hela journalen och alla vårdgivare",
        cite(S1, "1.2"),
        at(CARE_SEAL_OR_CONTINUE, &[Conflict, Steps, Decide, Execute, NotCovered, Warn], "hela journalen"),
    ),
    ob(
        "medan invånare kan begränsa förseglingen till enstaka enheter.",
        cite(S1, "1.2"),
        at(&[&[SEAL, APPLY, CITIZEN, PART, RJH]], &[Steps, NotCovered, Warn, Conflict, Ask, Why], "enhet"),
    ),
    ob(
        "För att vårdnadshavare som inte ska ha tillgång till ett barns 1177 e-tjänster eller 1177 journal behöver barnets inloggning låsas och vårdnadshavarrätten blockeras i journalen.",
        cite(S1, "1.2"),
        at(&[&[LOCK_AND_GUARDIAN, UNDER_13, RJH]], &[Steps, Now, Decide, Execute], "inloggning"),
    ),
    ob(
        "I de fall inloggningen låses i samband med försegling av journalen så görs regelbunden uppföljning om huruvida låsning och försegling ska vara kvar.",
        cite(S1, "1.2.1"),
        at(LOCK_AND_SEAL_BY_REGION, &[FollowUp], "uppföljning"),
    ),
    ob(
        "Dessa ärenden hanteras alltid centralt av Inera.",
        cite(S1, "2"),
        at(LOCK_BY_CITIZEN, &[Steps, Execute, Ask, Decide], "Inera"),
    ),
    ob(
        "Invånaren kan behöva informeras/uppmanas av hälso- och sjukvårdspersonal om att även försegla sin journal för att all vårdinformation ska döljas.",
        cite(S1, "2"),
        at(&[&[LOCK, APPLY, CITIZEN, RJH]], &[Inform, NotCovered, Steps, Warn], "försegl"),
    ),
    ob(
        "På sidan 1177-sidan Hur gör jag för att det inte ska gå att logga in på 1177.se finns aktuell information",
        cite(S1, "2.1"),
        not_here(PAGE_TITLE),
    ),
    ob(
        "Skäl till beslut kan vara våldsutsatthet, rättslig utredning, behov av att vara gömd eller att barnets integritet måste skyddas.",
        cite(S1, "3.1"),
        not_here("\"måste\" belongs to one of the grounds listed (the child's integrity must be protected); the grounds are the options of the question grounds-care, not a duty"),
    ),
    ob(
        "Om möjligt ska låsningen begäras av invånaren själv (kapitel 2).",
        cite(S1, "3.1"),
        at(
            &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE, HOME, PROTECTED_IDENTITY, RJH]],
            &[Steps, Decide, Warn, Now, Inform],
            "själv",
        ),
    ),
    ob(
        "Observera att för att säkerställa att inga delar av patientinformationen på 1177 kan nås så behöver – utöver låsningen - även journalen förseglas, alternativt vårdnadshavares direktåtkomst till journalen blockeras.",
        cite(S1, "3.2"),
        at(&[&[LOCK, APPLY, CARE, HOME, VALID_GROUNDS, RJH]], &[NotCovered, Warn, Steps, Now], "försegl"),
    ),
    ob(
        "Beslut kan bara fattas om invånaren är skriven i Region Jämtland Härjedalen.",
        cite(S1, "3.3"),
        at(LOCK_BY_CARE_AWAY, &[Why, Decide, Steps, Ask], "skriven"),
    ),
    ob(
        "Brådskande ärenden som inte kan vänta till ordinarie kontorstid ska meddelas bakjouren på Barn- och ungdomsmedicin, som verkställer beslutet genom att låsa invånarens 1177-inloggning.",
        cite(S1, "3.3"),
        at(LOCK_BY_CARE_HERE_AFTER, &[Execute, Now, Steps], "bakjour"),
    ),
    ob(
        "Den/de som verkställer beslutet ska även meddela detta till Central support för e-tjänsten journalen, för dokumentation i efterhand.",
        cite(S1, "3.3"),
        at(LOCK_BY_CARE_HERE_AFTER, &[Execute, Now, Steps, Document, FollowUp], "efterhand"),
    ),
    ob(
        "En extern part kan aldrig fatta beslut gällande låsning av inloggning till 1177, endast se ett behov och initiera ett ärende som kräver beslut.",
        cite(S1, "4.2"),
        at(LOCK_BY_AUTHORITY_HERE, &[Decide, Why, Steps, Warn], "aldrig"),
    ),
    ob(
        "Beslutet fattas alltid av vårdgivaren i den region där invånaren är skriven.",
        cite(S1, "4.2"),
        at(LOCK_BY_AUTHORITY_AWAY, &[Why, Decide, Steps, Ask], "skriven"),
    ),
    ob(
        "Brådskande ärenden som inte kan vänta till ordinarie kontorstid ska meddelas bakjouren på Barnkliniken, som verkställer beslutet genom att låsa invånarens 1177-inloggning.",
        cite(S1, "4.3"),
        at(LOCK_BY_AUTHORITY_HERE_AFTER, &[Execute, Now, Steps], "bakjour"),
    ),
    ob(
        "Den/de som verkställer beslutet ska även meddela detta till Central support för e-tjänsten journalen, för dokumentation i efterhand.",
        cite(S1, "4.3"),
        at(LOCK_BY_AUTHORITY_HERE_AFTER, &[Execute, Now, Steps, Document, FollowUp], "efterhand"),
    ),
    ob(
        "För att även få åtkomst till 1177 Journalen behöver förseglingen, alternativt den spärrade direktåtkomsten, tas bort separat",
        cite(S1, "5.1.1"),
        at(LOCK_LIFT, &[NotCovered, Warn, Steps, Inform], "försegl"),
    ),
    ob(
        "Begäran om hävning av låsning ska hanteras enligt nedan beroende på vem som begärde låsningen i första skedet",
        cite(S1, "5.3"),
        at(&[&[LOCK, LIFT, LOCKED_BY_UNKNOWN, RJH]], &[Steps, Ask, Now, Decide], "kontroll"),
    ),
    ob(
        "Mer information och blankett finns på 1177-sidan Hur gör jag för att det inte ska gå att logga in på 1177.se?",
        cite(S1, "5.3"),
        not_here(PAGE_TITLE),
    ),
    ob(
        "Oavsett vilken region som har gjort låsningen så ska begäran om hävning alltid hanteras av den region där invånaren är folkbokförd.",
        cite(S1, "5.3"),
        at(&[&[LOCK, LIFT, LOCKED_BY_A_REGION, AWAY, RJH]], &[Why, Steps, Decide, Ask], "folkbokförd"),
    ),
    ob(
        "Lämna ej ut uppgift om var invånaren är folkbokförd till tredje part.",
        cite(S1, "5.3"),
        // (extra): an imperative without a listed word (issue 7 item 10).
        at(&[&[LOCK, LIFT, LOCKED_BY_A_REGION, AWAY, RJH]], &[Warn, Steps, Why, Ask], "tredje part"),
    ),
    ob(
        "Om låsningen är gjord av annan region så behöver kontroll ske mot NPÖ och, om möjligt, kontakt tas med aktuell region i samband med bedömning.",
        cite(S1, "5.3"),
        at(&[&[LOCK, LIFT, LOCKED_BY_OTHER_REGION, HOME, RJH]], &[Steps, Decide], "NPÖ"),
    ),
    // ======== S2: 1177 journal, försegla invånarens journal, rutin (Region Jönköpings län) ========
    ob(
        "Ingen ska tvingas logga in i 1177 Journalen och ta del av sin journalinformation mot sin vilja.",
        cite(S2, "Invånare som vill försegla"),
        not_here("the rationale for letting every citizen seal (background); the routine that follows is indexed"),
    ),
    ob(
        "Det är alltid kontaktcenter som utför försegling av delar av 1177 Journalen.",
        cite(S2, "Försegla delvis"),
        at(JK_CITIZEN_PART, &[Execute], "kontaktcenter"),
    ),
    ob(
        "I kommentarsfältet anges att förseglingen görs på önskemål från invånare och ska gälla tills vidare.",
        cite(S2, "Försegla delvis"),
        at(JK_CITIZEN_PART, &[Steps, Form, Document, Execute], "tills vidare"),
    ),
    ob(
        "Vården har inte rätt att ifrågasätta varför invånaren vill försegla hela eller delar av journalen utan vi ska hjälpa dem snarast möjligt.",
        cite(S2, "Försegla delvis"),
        at(JK_CITIZEN_SEAL, &[Steps, Warn, Inform, Decide], "ifrågasätt"),
    ),
    ob(
        "Invånaren informeras också om att det krävs en särskild procedur för att bryta förseglingen.",
        cite(S2, "Invånare som vill ta bort försegling"),
        at(JK_CITIZEN_LIFT, &[Inform, Steps], "särskild procedur"),
    ),
    ob(
        "ett rekommenderat brev som endast lämnas ut till adressaten inte till bud eller person med fullmakt.",
        cite(S2, "Invånare som vill ta bort försegling"),
        at(JK_CITIZEN_LIFT, &[Steps, Execute], "rekommenderat brev"),
    ),
    ob(
        "Denna bestämmelse ska tillämpas endast i undantagsfall och gäller endast patienter som är under pågående vård och behandling.",
        cite(S2, "Vårdpersonal som vill försegla"),
        at(JK_CARE_SEAL, &[Why, Decide, Steps, Warn], "undantagsfall"),
    ),
    ob(
        "En patient som är färdigbehandlad kan inte nekas tillgång till journaluppgifter om sig själv.",
        cite(S2, "Vårdpersonal som vill försegla"),
        at(JK_CARE_SEAL_DONE, &[Why], "färdigbehandlad"),
    ),
    ob(
        "Då bedömning (menprövning) är gjord att försegling ska göras fyller verksamhetschef eller delegerad vårdpersonal i formulär",
        cite(S2, "Rutin vid försegling"),
        at(JK_CARE_SEAL_ONGOING, &[Decide, Steps], "menprövning"),
    ),
    ob(
        "Slutdatum för hur länge förseglingen ska vara aktiv ska alltid sättas, max 3 månader rekommenderas.",
        cite(S2, "Rutin vid försegling"),
        at(JK_CARE_SEAL_ONGOING, &[FollowUp, Steps, Decide], "slutdatum"),
    ),
    ob(
        "Formulär som är skickat går att skriva ut och kan sparas som arbetsmaterial om nytt ställningstagande ska göras.",
        cite(S2, "Rutin vid försegling"),
        not_here("permissive (\"går att\", \"kan\"): keeping a printout of the form is an option, not a duty; \"ska\" belongs to the condition"),
    ),
    ob(
        "Patienten ska informeras av vårdpersonal på aktuell enhet om att försegling är gjord.",
        cite(S2, "Rutin vid försegling"),
        at(JK_CARE_SEAL_ONGOING, &[Inform], "informera"),
    ),
    ob(
        "En patient kan inte överklaga beslut om borttagen information",
        cite(S2, "En patient kan inte överklaga beslut om borttagen information"),
        at(JK_CARE_SEAL_ONGOING, &[Inform, Warn, Decide], "överklag"),
    ),
    ob(
        "denne dock alltid har rätt att med stöd av tryckfrihetsförordningens bestämmelser om utfående av allmänna handlingar begära att få ut förseglade uppgifter",
        cite(S2, "En patient kan inte överklaga beslut om borttagen information"),
        at(JK_CARE_SEAL_ONGOING, &[Inform, Warn], "förseglade uppgifter"),
    ),
    ob(
        "Om förseglingen ska tas bort tidigare än det datum som är satt som slutdatum, fyller verksamhetschef eller delegerad vårdpersonal i formulär Bryta försegling av direktåtkomst till 1177 Journalen på begäran av vårdpersonal",
        cite(S2, "Vårdpersonal som vill ta bort försegling"),
        at(JK_CARE_LIFT, &[Steps, Form, Decide, Execute], "bryta försegling"),
    ),
    // ======== S3: När patienten/invånaren har frågor om försegling (RJH) ========
    ob(
        "Kontot är nu förseglat och kan bara låsas upp av central support för e-tjänsten Journalen: Kontakt: journalen@regionjh.se, 070-2673638.",
        cite(S3, ""),
        at(CITIZEN_SEAL_OR_LIFT_RJH, &[FollowUp, Ask, Inform, Warn, Steps, NotCovered, Execute], "journalen@regionjh.se"),
    ),
    ob("Klicka på Hur gör jag för att det inte ska gå att logga in på 1177.se?", cite(S3, ""), not_here(PAGE_TITLE)),
    ob(
        "Den nya sidan visar information om blanketter som patienten/invånaren ska fylla i och skicka till Inera",
        cite(S3, ""),
        not_here("the same duty as S1 2 and 2.1 (the citizen's own lock request is a form sent to Inera), which the index applies to these situations; S3 only shows support staff the way to the 1177 page"),
    ),
    ob(
        "Om patienten/invånaren har frågor om sin vård, och innehållet i sin journal, ska denne vända sig till aktuell vårdenhet.",
        cite(S3, ""),
        not_here("routes questions about care and the content of the record to the care unit; no measure the widget decides"),
    ),
    // ======== S4: Rutin för försegling och upplåsning av e-tjänsten Journalen … ========
    ob(
        "Ingen ska tvingas logga in i e-tjänsten Journalen för att ta del av sin journalinformation mot sin vilja.",
        cite(S4, "2.1"),
        not_here("background: the reason the e-service offers sealing; the routines in 2.2–2.3 are indexed"),
    ),
    ob(
        "Menprövning ska alltid göras, som grund för att tillfälligt försegla e-tjänsten Journalen från en viss enhet, eller från alla enheter, under en tidsbegränsad period.",
        cite(S4, "2.2.2"),
        at(CARE_SEAL, &[Decide, Steps, Now], "menprövning"),
    ),
    ob("Slutdatum ska alltid sättas.", cite(S4, "2.2.2"), at(CARE_SEAL, &[FollowUp, Decide, Steps, Document, Now], "slutdatum")),
    ob("Slutdatum ska anges.", cite(S4, "2.2.2"), at(CARE_SEAL, &[Document, FollowUp], "slutdatum")),
    ob(
        "Akut, omedelbar försegling beslutas av överläkare/bakjour på aktuell klinik",
        cite(S4, "2.2.2"),
        // (extra): no normative word, but it is who decides (issue 7 item 4).
        at(CARE_SEAL_ACUTE, &[Decide, Now], "överläkare"),
    ),
    ob(
        "Jourtid verkställs akut försegling av bakjouren på Barnkliniken.",
        cite(S4, "2.2.2"),
        // (extra): who executes at jourtid (issue 7 item 4).
        at(CARE_SEAL_ACUTE_AFTER, &[Execute, Now], "bakjour"),
    ),
    ob(
        "Försegling som görs akut gäller hela journalen.",
        cite(S4, "2.2.2"),
        // (extra): the scope of an acute sealing.
        at(CARE_SEAL_ACUTE, &[Steps, Execute, Decide, NotCovered, Warn, Now], "hela journalen"),
    ),
    ob(
        "Beslut om den tillfälliga akuta förseglingen ska dokumenteras av överläkare/bakjour på blanketten.",
        cite(S4, "2.2.2"),
        at(CARE_SEAL_ACUTE, &[Document, Decide, Steps, Now], "blankett"),
    ),
    ob(
        "Under den tillfälliga förseglingen ska aktuell verksamhetschef, eller av denne utsedd person, så snart som möjligt utreda och besluta om huruvida tjänsten ska vara stängd en längre period.",
        cite(S4, "2.2.2"),
        at(CARE_SEAL_OR_CONTINUE, &[FollowUp, Steps, Decide], "utred"),
    ),
    ob(
        "Beslut ska också tas om vilken enhet/vilka enheter som är aktuella.",
        cite(S4, "2.2.2"),
        at(SEAL_CONTINUE, &[Decide, Steps], "enhet"),
    ),
    ob(
        "Verksamhetschefen/den utsedde ska dokumentera beslutet på blankett som hanterar dokumentation om beslut om fortsatt försegling av Journalen på hälso- och sjukvårdens initiativ.",
        cite(S4, "2.2.2"),
        at(SEAL_CONTINUE, &[Document, Steps, Form], "blankett"),
    ),
    ob(
        "Invånaren ska informeras om att e-tjänsten Journalen ska vara stängd fortsättningsvis, och under vilken period.",
        cite(S4, "2.2.2"),
        at(SEAL_CONTINUE, &[Inform], "informera"),
    ),
    ob(
        "De invånare som vill låsa upp en försegling av direktåtkomst till e-tjänsten Journalen ska kontakta Central support för e-tjänsten Journalen.",
        cite(S4, "2.3.1"),
        at(CITIZEN_LIFT_RJH, &[Steps, Execute, Ask], "central"),
    ),
    ob(
        "Invånaren informeras också om att det krävs en särskild procedur för att låsa upp förseglingen.",
        cite(S4, "2.3.1"),
        at(CITIZEN_LIFT_RJH, &[Inform, Steps], "särskild procedur"),
    ),
    ob(
        "ett rekommenderat brev som endast lämnas ut till adressaten, inte till bud eller person med fullmakt.",
        cite(S4, "2.3.1"),
        at(CITIZEN_LIFT_RJH, &[Steps, Execute], "rekommenderat brev"),
    ),
    ob(
        "försegling ska tas bort tidigare än det datum som är satt som slutdatum, ska detta verkställas skyndsamt",
        cite(S4, "2.3.2"),
        at(CARE_LIFT_RJH, &[Execute, Steps], "skyndsamt"),
    ),
    ob(
        "ska detta verkställas skyndsamt, och invånare informeras.",
        cite(S4, "2.3.2"),
        at(CARE_LIFT_RJH, &[Inform], "informera"),
    ),
    ob(
        "tills barnet fyller 13 år.",
        cite(S4, "3.1"),
        // (extra): guardians have direct access "tills barnet fyller 13 år" (the sentence is cut by links in
        // the seed); from 13 only through an extension (3.4–3.5), from 16 not at all.
        at(&[&[GUARDIAN_OUT, AGE_13_15, RJH], &[GUARDIAN_OUT, AGE_16_17, RJH]], &[Why, NotCovered, Steps, Warn], "13 år"),
    ),
    ob(
        "Det kan även finnas uppgifter om andra personer i journalen, och där menprövning gjorts och uppgifterna bedömts inte ska vara tillgängliga för vårdnadshavaren genom direktåtkomst.",
        cite(S4, "3.2"),
        not_here("a ground for sealing guardians' access (information about others, after menprövning), not a step; \"ska\" reports the assessment's result"),
    ),
    ob(
        "Beslut om den tillfälliga förseglingen ska dokumenteras av barnklinikens bakjour på blankett Vårdens initiativ: Akut försegling av direktåtkomst till barns journalinformation för vårdnadshavare",
        cite(S4, "3.2"),
        at(GUARDIAN_SEAL, &[Document, Form, Steps, Now], "akut försegling av direktåtkomst"),
    ),
    ob(
        "Under den tillfälliga förseglingen ska ansvarig beslutsfattare på barnkliniken leda arbetet med att utreda och besluta om huruvida tjänsten ska vara stängd tillsvidare.",
        cite(S4, "3.2"),
        at(GUARDIAN_SEAL, &[FollowUp, Steps, Decide], "utred"),
    ),
    ob(
        "Dokumentation av beslut ska göras på blankett Vårdens initiativ: Fortsatt försegling alternativt upplåsning av direktåtkomst till barns journalinformation för vårdnadshavare.",
        cite(S4, "3.2"),
        at(GUARDIAN_SEAL, &[FollowUp, Document, Form, Steps], "fortsatt försegling"),
    ),
    ob(
        "Invånaren ska informeras om huruvida e-tjänsten Journalen ska vara stängd för vårdnadshavare fortsättningsvis.",
        cite(S4, "3.2"),
        at(GUARDIAN_SEAL, &[Inform, FollowUp], "informera"),
    ),
    ob(
        "När beslut tagits om att försegling ska hävas, ska detta verkställas skyndsamt",
        cite(S4, "3.3"),
        at(GUARDIAN_LIFT, &[Execute, Steps], "skyndsamt"),
    ),
    ob("ska detta verkställas skyndsamt, och vårdnadshavare informeras.", cite(S4, "3.3"), at(GUARDIAN_LIFT, &[Inform], "informera")),
    ob(
        "En notering ska göras i journalen om att förseglingen hävts, för den ene eller båda vårdnadshavare, i Basinformation/under sökordet Journal via nätet: Försegling hävd.",
        cite(S4, "3.3"),
        at(GUARDIAN_LIFT, &[Document], "försegling hävd"),
    ),
    ob(
        "Under tiden när vårdnadshavarens direktåtkomst är förseglad får inte journalkopior lämnas ut till denne från någon avdelning eller mottagning.",
        cite(S4, "3.3"),
        at(GUARDIAN_SEAL, &[Warn, NotCovered, Steps, FollowUp, Inform], "journalkopior"),
    ),
    ob(
        "som vill förlänga sin direktåtkomst till journalinformation i e-tjänsten Journalen för barn mellan 13-15 år ska kontakta aktuell klinik.",
        cite(S4, "3.4"),
        at(EXTEND_GUARDIAN, &[Steps, Ask], "klinik"),
    ),
    ob(
        "Förlängning av direktåtkomst gäller endast journalinformation från aktuell klinik.",
        cite(S4, "3.4"),
        at(EXTEND_GUARDIAN, &[NotCovered, Warn, Steps], "aktuell klinik"),
    ),
    ob(
        "Vårdnadshavare och/eller barn ska samråda i frågan om direktåtkomst med behandlande hälso- och sjukvårdspersonal.",
        cite(S4, "3.4"),
        at(EXTEND_ANY, &[Steps, Decide], "samråd"),
    ),
    ob(
        "I takt med barnets stigande ålder, mognad och utveckling ska allt större hänsyn tas till barnets egen vilja och åsikt.",
        cite(S4, "3.4"),
        at(EXTEND_ANY, &[Decide, Steps], "mognad"),
    ),
    ob(
        "I vissa fall kan bedömningen bli att sekretess gentemot vårdnadshavaren ska gälla och direktåtkomst kan då komma att inte medges.",
        cite(S4, "3.4"),
        at(EXTEND_GUARDIAN, &[Decide, Warn, Steps], "sekretess"),
    ),
    ob("En individuell prövning ska ske i det enskilda fallet.", cite(S4, "3.4"), at(EXTEND_ANY, &[Decide, Steps], "individuell prövning")),
    ob(
        "Förlängningen av direktåtkomsten är tidsbegränsad (gäller ett år fr.o.m. datum för underskrift) och måste aktivt förlängas varje år.",
        cite(S4, "3.4"),
        at(EXTEND_ANY, &[FollowUp], "varje år"),
    ),
    ob("Förlängningen ska initieras av vårdnadshavaren och/eller barnet.", cite(S4, "3.4"), at(EXTEND_ANY, &[FollowUp, Steps], "initiera")),
    ob(
        "Så snart verksamhetschefen har fattat beslut ska beslutet verkställas och vårdnadshavare och/eller barnet ska underrättas.",
        cite(S4, "3.5"),
        at(REMOVE_EXT, &[Inform, Execute, Steps], "underrätta"),
    ),
    ob("Beslutet i ärendet ska diarieföras.", cite(S4, "3.5"), at(REMOVE_EXT, &[Document, Execute, Steps, Form], "diarieför")),
    ob(
        "Följande krav ska vara uppfyllda: förordnande från tingsrätten med uppdrag att sörja för person.",
        cite(S4, "4"),
        at(OMBUD_RJH, &[Steps, Why, Decide], "tingsrätt"),
    ),
    ob(
        "Legal ställföreträdare som önskar direktåtkomst till journalinformation i e-tjänsten Journalen ska beställa blankett Legal företrädares åtkomst till Journalen som ombud, genom att kontakta Central support för e-tjänsten Journalen, eller aktuell klinik.",
        cite(S4, "4"),
        at(OMBUD_RJH, &[Steps, Form, Ask], "beställ"),
    ),
    ob(
        "Beslut fattas av behandlande läkare efter menprövning, En individuell prövning ska ske i det enskilda fallet.",
        cite(S4, "4"),
        at(OMBUD_RJH, &[Decide, Steps], "individuell prövning"),
    ),
    ob("Restriktivitet ska råda.", cite(S4, "4"), at(OMBUD_RJH, &[Decide, Warn, Steps], "restriktiv")),
    ob("Tingsrättens beslut ska bifogas.", cite(S4, "4"), at(OMBUD_RJH, &[Steps, Form, Document], "bifoga")),
    ob(
        "Direktåtkomsten är tidsbegränsad (gäller ett år fr.o.m. datum för underskrift) och måste aktivt förlängas varje år.",
        cite(S4, "4"),
        at(OMBUD_RJH, &[FollowUp], "varje år"),
    ),
    ob("Förlängningen ska initieras av legal ställföreträdare.", cite(S4, "4"), at(OMBUD_RJH, &[FollowUp, Steps], "initiera")),
    ob(
        "Patienter med reservnummer kan inte se sin journal via nätet.",
        cite(S4, "5"),
        at(SEAL_APPLY_RJH, &[Warn, NotCovered, Why, Steps], "reservnummer"),
    ),
    ob(
        "Utskrifter gäller endast efter verifiering mot systemet att utgåvan fortfarande är giltig.",
        cite(S4, "5"),
        not_here("document control of the routine itself (printouts), not about any situation"),
    ),
    ob(
        "Inkomna och upprättade handlingar (blanketter m.m.) i ärenden om försegling/upplåsning och direktåtkomst ska diarieföras och kommuniceras med berörda i enlighet med förvaltningslagen (1986:223) och offentlighets- och sekretesslagen (2009:400).",
        cite(S4, "5"),
        at(S4_CASES, &[Document, Execute, Steps, Form, Conflict], "diarieför"),
    ),
];
