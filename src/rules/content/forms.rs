//! The form catalogue (blanketter), which situation uses which form, and the Cosmic notes.
//! Titles are verbatim; where a source names a form without a title, `title` is `None` and the
//! widget says so instead of inventing one.

use super::*;
use crate::rules::model::{CosmicNote, EndDate, FormDef, FormUse};
use crate::rules::sources::{cite, Src::*};
use crate::s;

pub static LOCK_REQUEST: FormDef = FormDef {
    id: "lock-request",
    title: Some("Begäran om att låsa inloggningen till 1177.se"),
    description: s!("Invånarens egen begäran om låst inloggning.", ""),
    cite: &[cite(S1, "2.1")],
    recipient: "Inera",
    how: s!("Invånaren skickar blanketten per e-post eller brev. Blanketten finns på 1177-sidan ”Hur gör jag för att det inte ska gå att logga in på 1177.se?”.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static SEAL_REQUEST: FormDef = FormDef {
    id: "seal-request",
    title: Some("Begäran om försegling av journal via nätet"),
    description: s!("Invånarens begäran om försegling via central support.", ""),
    cite: &[cite(S4, "2.2.1")],
    recipient: "Central support för e-tjänsten Journalen, Hus 2",
    how: s!("Skickas till central support för verkställande och diarieföring. Lämnas blanketten på en hälsocentral eller vårdenhet skickar den blanketten med internpost.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL: FormDef = FormDef {
    id: "care-seal",
    title: Some("Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare"),
    description: s!("Vårdens beslut om tillfällig försegling.", ""),
    cite: &[cite(S4, "2.2.2")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för verkställande och diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL_ACUTE: FormDef = FormDef {
    id: "care-seal-acute",
    title: None,
    description: s!("Källan säger att beslutet om den tillfälliga akuta förseglingen dokumenteras ”på blanketten” men ger den ingen egen titel. Närmast före i rutinen nämns ”Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare”.", ""),
    cite: &[cite(S4, "2.2.2")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL_CONTINUED: FormDef = FormDef {
    id: "care-seal-continued",
    title: None,
    description: s!("Källan säger att beslutet dokumenteras ”på blankett som hanterar dokumentation om beslut om fortsatt försegling av Journalen på hälso- och sjukvårdens initiativ” men ger blanketten ingen titel.", ""),
    cite: &[cite(S4, "2.2.2")],
    recipient: "",
    how: s!("Fråga Central support för e-tjänsten Journalen vart den skickas.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CITIZEN_UNSEAL: FormDef = FormDef {
    id: "citizen-unseal",
    title: None,
    description: s!("Blanketten för att häva försegling på invånarens initiativ. Källan ger den ingen titel; supporten skickar den till invånaren.", ""),
    cite: &[cite(S4, "2.3.1")],
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Invånaren lämnar personligen tillbaka ifylld blankett till valfri hälsocentral eller sjukhus, som skickar den med internpost; invånaren kan också skicka den direkt till supporten.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_UNSEAL: FormDef = FormDef {
    id: "care-unseal",
    title: Some("Vårdens initiativ: häva försegling av direktåtkomst till journalinformation"),
    description: s!("Vårdens beslut att häva förseglingen före slutdatum.", ""),
    cite: &[cite(S4, "2.3.2")],
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Internpost, för verkställande och diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_SEAL_ACUTE: FormDef = FormDef {
    id: "guardian-seal-acute",
    title: Some("Vårdens initiativ: Akut försegling av direktåtkomst till barns journalinformation för vårdnadshavare"),
    description: s!("Barnklinikens bakjour dokumenterar beslutet om den tillfälliga förseglingen.", ""),
    cite: &[cite(S4, "3.2")],
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_SEAL_CONTINUED: FormDef = FormDef {
    id: "guardian-seal-continued",
    title: Some("Vårdens initiativ: Fortsatt försegling alternativt upplåsning av direktåtkomst till barns journalinformation för vårdnadshavare"),
    description: s!("Beslut om fortsatt försegling eller upplåsning.", ""),
    cite: &[cite(S4, "3.2"), cite(S4, "3.3")],
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_EXTEND: FormDef = FormDef {
    id: "guardian-extend",
    title: Some("Direktåtkomst journalinformation till vårdnadshavare för minderårig från 13 år t o m 15 år"),
    description: s!("Vårdnadshavarens förlängda direktåtkomst.", ""),
    cite: &[cite(S4, "3.4")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Ifylld blankett skickas till Central support.", ""),
    attach: s!("", ""),
    one_year: true,
};

pub static CHILD_ACCESS: FormDef = FormDef {
    id: "child-access",
    title: Some("Direktåtkomst journalinformation till minderårig från 13 år t o m 15 år"),
    description: s!("Barnets egen direktåtkomst utifrån mognadsgrad.", ""),
    cite: &[cite(S4, "3.4")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för verkställande och diarieföring.", ""),
    attach: s!("", ""),
    one_year: true,
};

pub static REMOVE_EXTENSION: FormDef = FormDef {
    id: "remove-extension",
    title: Some("Ta bort förlängd direktåtkomst av journalinformation för minderårig och eller vårdnadshavare barn från 13 år t o m 15 år"),
    description: s!("Ärendet initieras av vårdnadshavare eller barnet.", ""),
    cite: &[cite(S4, "3.5")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("För verkställande och diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_REMOVE_EXTENSION: FormDef = FormDef {
    id: "care-remove-extension",
    title: Some("Vårdens initiativ: Ta bort förlängd direktåtkomst av journalinformation för minderårig från 13 år t o m 15 år och eller vårdnadshavare"),
    description: s!("Ärendet initieras av hälso- och sjukvården.", ""),
    cite: &[cite(S4, "3.5")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("För verkställande och diarieföring.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static OMBUD_ACCESS: FormDef = FormDef {
    id: "ombud",
    title: Some("Legal företrädares åtkomst till Journalen som ombud"),
    description: s!("Beställs av den legala ställföreträdaren från Central support eller aktuell klinik.", ""),
    cite: &[cite(S4, "4")],
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för verkställande och diarieföring.", ""),
    attach: s!("Tingsrättens beslut (förordnande med uppdrag att sörja för person).", ""),
    one_year: true,
};

pub static JKPG_SEAL: FormDef = FormDef {
    id: "jonkoping-seal",
    title: Some("Försegling av direktåtkomst till 1177 Journalen på begäran av vårdpersonal"),
    description: s!("Formuläret för försegling av en del av 1177 Journalen.", ""),
    cite: &[cite(S2, "Försegla delvis"), cite(S2, "Rutin vid försegling")],
    recipient: "Region Jönköpings läns kontaktcenter",
    how: s!("Formuläret tas emot av kontaktcenter för verkställande.", ""),
    attach: s!("", ""),
    one_year: false,
};

pub static JKPG_UNSEAL: FormDef = FormDef {
    id: "jonkoping-unseal",
    title: Some("Bryta försegling av direktåtkomst till 1177 Journalen på begäran av vårdpersonal"),
    description: s!("När förseglingen ska tas bort före slutdatum.", ""),
    cite: &[cite(S2, "Vårdpersonal som vill ta bort försegling")],
    recipient: "Region Jönköpings läns kontaktcenter",
    how: s!("Formuläret tas emot av kontaktcenter för verkställande.", ""),
    attach: s!("", ""),
    one_year: false,
};

/// Every form, for the catalogue and the tests.
pub static FORMS: &[&FormDef] = &[
    &LOCK_REQUEST,
    &SEAL_REQUEST,
    &CARE_SEAL,
    &CARE_SEAL_ACUTE,
    &CARE_SEAL_CONTINUED,
    &CITIZEN_UNSEAL,
    &CARE_UNSEAL,
    &GUARDIAN_SEAL_ACUTE,
    &GUARDIAN_SEAL_CONTINUED,
    &GUARDIAN_EXTEND,
    &CHILD_ACCESS,
    &REMOVE_EXTENSION,
    &CARE_REMOVE_EXTENSION,
    &OMBUD_ACCESS,
    &JKPG_SEAL,
    &JKPG_UNSEAL,
];

const NO_END: EndDate = EndDate::None;
const END_REQUIRED: EndDate = EndDate::Required { warn_months: 0 };
/// S2: "Slutdatum … ska alltid sättas, max 3 månader rekommenderas."
const END_REQUIRED_3M: EndDate = EndDate::Required { warn_months: 3 };

/// Which forms a situation uses, in the order they are filled in.
pub static FORM_USES: &[FormUse] = &[
    FormUse { when: &[LOCK_OR_LOCK_AND_SEAL, APPLY, CITIZEN, RJH], form: &LOCK_REQUEST, end_date: NO_END, comment: "" },
    FormUse {
        when: &[SEAL, APPLY, CITIZEN, (K::Scope, &[V::Whole]), RJH],
        form: &SEAL_REQUEST,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[LOCK_AND_SEAL, APPLY, CITIZEN, RJH], form: &SEAL_REQUEST, end_date: NO_END, comment: "" },
    FormUse {
        when: &[SEAL, APPLY, CARE_OR_AUTHORITY, ORDINARY, RJH],
        form: &CARE_SEAL,
        end_date: END_REQUIRED,
        comment: "",
    },
    FormUse {
        when: &[SEAL, APPLY, CARE_OR_AUTHORITY, ACUTE, RJH],
        form: &CARE_SEAL_ACUTE,
        end_date: END_REQUIRED,
        comment: "",
    },
    FormUse {
        when: &[LOCK_AND_SEAL, CARE_OR_AUTHORITY, ORDINARY, RJH],
        form: &CARE_SEAL,
        end_date: END_REQUIRED,
        comment: "",
    },
    FormUse {
        when: &[LOCK_AND_SEAL, CARE_OR_AUTHORITY, ACUTE, RJH],
        form: &CARE_SEAL_ACUTE,
        end_date: END_REQUIRED,
        comment: "",
    },
    // S4 asks for the slutdatum in the Cosmic note ("enligt ovan"), not on this untitled form.
    FormUse { when: &[SEAL, CONTINUE, RJH], form: &CARE_SEAL_CONTINUED, end_date: NO_END, comment: "" },
    FormUse {
        when: &[SEAL, LIFT, CITIZEN, SEALED_BY_CITIZEN, RJH],
        form: &CITIZEN_UNSEAL,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, RJH], form: &CARE_UNSEAL, end_date: NO_END, comment: "" },
    FormUse {
        when: &[GUARDIAN, APPLY, (K::Age, &[V::Under13, V::Age13To15]), RJH],
        form: &GUARDIAN_SEAL_ACUTE,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[LOCK_AND_GUARDIAN, RJH], form: &GUARDIAN_SEAL_ACUTE, end_date: NO_END, comment: "" },
    FormUse { when: &[GUARDIAN, LIFT, RJH], form: &GUARDIAN_SEAL_CONTINUED, end_date: NO_END, comment: "" },
    FormUse {
        when: &[GUARDIAN, (K::Action, &[V::Extend]), (K::By, &[V::ByGuardian]), RJH],
        form: &GUARDIAN_EXTEND,
        end_date: NO_END,
        comment: "",
    },
    FormUse {
        when: &[GUARDIAN, (K::Action, &[V::Extend]), (K::By, &[V::ByChild]), RJH],
        form: &CHILD_ACCESS,
        end_date: NO_END,
        comment: "",
    },
    FormUse {
        when: &[GUARDIAN, (K::Action, &[V::RemoveExtension]), (K::By, &[V::ByGuardian, V::ByChild]), RJH],
        form: &REMOVE_EXTENSION,
        end_date: NO_END,
        comment: "",
    },
    FormUse {
        when: &[GUARDIAN, (K::Action, &[V::RemoveExtension]), CARE, RJH],
        form: &CARE_REMOVE_EXTENSION,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[OMBUD, RJH], form: &OMBUD_ACCESS, end_date: NO_END, comment: "" },
    FormUse {
        when: &[ANY_SEAL, APPLY, CITIZEN, (K::Scope, &[V::Part]), JKPG],
        form: &JKPG_SEAL,
        end_date: NO_END,
        comment: "förseglingen görs på önskemål från invånare och ska gälla tills vidare",
    },
    FormUse {
        when: &[ANY_SEAL, APPLY, CARE, (K::Ongoing, &[V::OngoingYes]), JKPG],
        form: &JKPG_SEAL,
        end_date: END_REQUIRED_3M,
        comment: "",
    },
    FormUse { when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, JKPG], form: &JKPG_UNSEAL, end_date: NO_END, comment: "" },
];

/// The Cosmic notes: where to document and under which keyword.
pub static COSMIC_NOTES: &[CosmicNote] = &[
    CosmicNote {
        when: &[ANY_LOCK, APPLY, CARE, HOME, VALID_GROUNDS, RJH],
        place: "Gemensamma dokument",
        keyword: "Inloggning till 1177",
        option: "",
        content: s!("Låsning av inloggning till 1177: beslut, skäl och beslutsfattare. Dokumenteras av Central support för e-tjänsten journalen.", ""),
        cite: &[cite(S1, "3.3")],
    },
    CosmicNote {
        when: &[ANY_LOCK, APPLY, AUTHORITY, HOME, VALID_GROUNDS, RJH],
        place: "Gemensamma dokument",
        keyword: "",
        option: "",
        content: s!("Låsning av inloggning till 1177 på begäran av annan myndighet: beslut, skäl och beslutsfattare. Dokumenteras av Central support för e-tjänsten journalen. Riktlinjen anger inget sökord här.", ""),
        cite: &[cite(S1, "4.3")],
    },
    CosmicNote {
        when: &[LOCK, LIFT, (K::LockedBy, &[V::LockedByRegion, V::LockedByOtherRegion]), HOME, RJH],
        place: "Gemensamma dokument",
        keyword: "Inloggning till 1177",
        option: "",
        content: s!("Hävning av låst inloggning till 1177. Dokumenteras av Central support för e-tjänsten journalen.", ""),
        cite: &[cite(S1, "5.3")],
    },
    CosmicNote {
        when: &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Försegling av Journalen på hälso- och sjukvårdens initiativ, med slutdatum.", ""),
        cite: &[cite(S4, "2.2.2")],
    },
    CosmicNote {
        when: &[LOCK_AND_SEAL, CARE_OR_AUTHORITY, (K::Urgency, &[V::Ordinary, V::Acute]), RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Försegling av Journalen på hälso- och sjukvårdens initiativ, med slutdatum.", ""),
        cite: &[cite(S4, "2.2.2")],
    },
    CosmicNote {
        when: &[SEAL, CONTINUE, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Beslut om fortsatt försegling: att e-tjänsten Journalen ska vara stängd en längre period, för vilka enheter, med slutdatum.", ""),
        cite: &[cite(S4, "2.2.2")],
    },
    CosmicNote {
        when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Förseglingen är hävd (dokumenteras efter verkställande).", ""),
        cite: &[cite(S4, "2.3.2")],
    },
    CosmicNote {
        when: &[LOCK_AND_GUARDIAN, RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Båda vårdgivares åtkomst förseglad på vårdgivarens initiativ",
        content: s!("Anteckning om försegling av vårdnadshavares direktåtkomst, av den läkare som ansvarar för vården.", ""),
        cite: &[cite(S4, "3.2")],
    },
    CosmicNote {
        when: &[GUARDIAN, APPLY, (K::Age, &[V::Under13, V::Age13To15]), RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Båda vårdgivares åtkomst förseglad på vårdgivarens initiativ",
        content: s!("Anteckning om försegling av vårdnadshavares direktåtkomst, av den läkare som ansvarar för vården.", ""),
        cite: &[cite(S4, "3.2")],
    },
    CosmicNote {
        when: &[GUARDIAN, LIFT, RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Försegling hävd",
        content: s!("Notering att förseglingen hävts, för den ene eller båda vårdnadshavare.", ""),
        cite: &[cite(S4, "3.3")],
    },
    CosmicNote {
        when: &[ANY_SEAL, APPLY, CARE, (K::Ongoing, &[V::OngoingYes]), JKPG],
        place: "mallen Administrativ anteckning",
        keyword: "Åtgärd",
        option: "",
        content: s!("Att försegling av information är gjord, vilken tid den gäller, vem som tagit beslutet, vad som legat till grund för beslutet och vem som informerat patienten.", ""),
        cite: &[cite(S2, "Dokumentera i Cosmic")],
    },
    CosmicNote {
        when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, JKPG],
        place: "mallen Administrativ anteckning",
        keyword: "Åtgärd",
        option: "",
        content: s!("Att förseglingen är återställd (borttagen), när, vem som tagit beslutet, vad som legat till grund för beslutet och vem som informerat patienten.", ""),
        cite: &[cite(S2, "Dokumentera i Cosmic")],
    },
];
