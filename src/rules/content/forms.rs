//! The form catalogue (blanketter), which situation uses which form, and the Cosmic notes.
//! Titles are verbatim; where a source names a form without a title, `title` is `None` and the
//! widget says so instead of inventing one.

use super::*;
use crate::rules::model::{CosmicNote, EndDate, FormDef, FormUse};
use crate::rules::sources::{cite, cites, Src::*};
use crate::rules::text::Say;
use crate::{c, s};

/// S4 2.3.1: how the citizen returns the form lifting their sealing (a step of the routine, and
/// how the form is sent).
pub const RETURN_LIFT_FORM: Say = s!("Invånaren lämnar personligen tillbaka ifylld blankett till valfri hälsocentral eller sjukhus, som skickar den med internpost till Centrala supporten för e-tjänsten Journalen. Invånaren kan också skicka blanketten direkt till supporten.", "The citizen returns the completed form in person to any health centre (hälsocentral) or hospital, which sends it by internal mail (internpost) to Centrala supporten för e-tjänsten Journalen (the region's central support for the Journalen service). The citizen can also send the form directly to the support.").cz(c!("Fyll i blanketten. Lämna den själv på en hälsocentral eller ett sjukhus. Du väljer vilket. De skickar den vidare till supporten. Du kan också skicka blanketten direkt till supporten.", "Fill in the form. Hand it in yourself at any health centre (hälsocentral) or hospital. You choose which. They send it on to the support. You can also send the form directly to the support."));

pub static LOCK_REQUEST: FormDef = FormDef {
    id: "lock-request",
    title: Some("Begäran om att låsa inloggningen till 1177.se"),
    description: s!("Invånarens egen begäran om låst inloggning.", "The citizen's own request for a locked login.").cz(c!("Blankett för att själv be om att din inloggning låses.", "The form for asking, on your own, to have your login locked.")),
    // S1 2: sent by e-mail or letter, handled by Inera; S1 2.1: the form and the 1177 page; S3:
    // the page's title as 1177 writes it (with its question mark), whose forms go to Inera.
    cite: cites(&[cite(S1, "2"), cite(S1, "2.1"), cite(S3, "")]),
    recipient: "Inera",
    how: s!("Invånaren skickar blanketten per e-post eller brev. Blanketten finns på 1177-sidan ”Hur gör jag för att det inte ska gå att logga in på 1177.se?”.", "The citizen sends the form by e-mail or letter. The form is on the 1177 page ”Hur gör jag för att det inte ska gå att logga in på 1177.se?” (how do I make it impossible to log in to 1177.se?).").cz(c!("Skicka blanketten med e-post eller brev. Du hittar den på 1177-sidan ”Hur gör jag för att det inte ska gå att logga in på 1177.se?”.", "Send the form by e-mail or letter. You will find it on the 1177 page ”Hur gör jag för att det inte ska gå att logga in på 1177.se?” (how do I make it impossible to log in to 1177.se?).")),
    attach: s!("", ""),
    one_year: false,
};

pub static SEAL_REQUEST: FormDef = FormDef {
    id: "seal-request",
    title: Some("Begäran om försegling av journal via nätet"),
    description: s!("Invånarens begäran om försegling via central support.", "The citizen's request for sealing through central support.").cz(c!("Blankett för att be regionens support stänga din journal.", "The form for asking the region's support to seal your record.")),
    cite: cites(&[cite(S4, "2.2.1")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("För verkställande och diarieföring. Lämnas blanketten på en hälsocentral eller vårdenhet skickar den blanketten med internpost till Central support för e-tjänsten Journalen, Hus 2.", "For execution and diarieföring (registering the case in the official register). If the form is handed in at a hälsocentral (health centre) or care unit, that unit sends the form by internpost (internal mail) to Central support för e-tjänsten Journalen, Hus 2 (building 2).").cz(c!("Skicka blanketten till regionens support. De stänger journalen åt dig. Reglerna anger ingen postadress. Fråga supporten vart du ska skicka den. Du kan också lämna den på en hälsocentral eller vårdenhet. Då skickar de den vidare.", "Send the form to the region's support. They seal the record for you. The rules give no postal address. Ask the support where to send it. You can also hand it in at a health centre or care unit. They will then send it on.")),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL: FormDef = FormDef {
    id: "care-seal",
    title: Some("Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare"),
    description: s!("Vårdens beslut om tillfällig försegling.", "Care's decision on a temporary sealing."),
    cite: cites(&[cite(S4, "2.2.2")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!(
        "Internpost, för verkställande och diarieföring.",
        "Internpost (internal mail), for execution and diarieföring (registering the case in the official register)."
    )
    .hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL_ACUTE: FormDef = FormDef {
    id: "care-seal-acute",
    title: None,
    description: s!("Källan säger att beslutet om den tillfälliga akuta förseglingen dokumenteras ”på blanketten” men ger den ingen egen titel. Närmast före i rutinen nämns ”Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare”.", "The source says that the decision on the temporary acute sealing is documented ”på blanketten” (on the form) but gives the form no title of its own. Immediately before, the routine names ”Vårdens initiativ: Ta bort direktåtkomst till journalinformation för invånare” (care's initiative: remove direct access to record information for a citizen)."),
    cite: cites(&[cite(S4, "2.2.2")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", "Internpost (internal mail), for diarieföring (registering the case in the official register).").hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_SEAL_CONTINUED: FormDef = FormDef {
    id: "care-seal-continued",
    title: None,
    description: s!("Källan säger att beslutet dokumenteras ”på blankett som hanterar dokumentation om beslut om fortsatt försegling av Journalen på hälso- och sjukvårdens initiativ” men ger blanketten ingen titel.", "The source says that the decision is documented ”på blankett som hanterar dokumentation om beslut om fortsatt försegling av Journalen på hälso- och sjukvårdens initiativ” (on a form that handles documentation of decisions on continued sealing of Journalen on health care's initiative) but gives the form no title."),
    cite: cites(&[cite(S4, "2.2.2")]),
    recipient: "",
    how: s!("Fråga Central support för e-tjänsten Journalen vart den skickas.", "Ask Central support för e-tjänsten Journalen (the region's central support for the Journalen service) where it is to be sent."),
    attach: s!("", ""),
    one_year: false,
};

pub static CITIZEN_UNSEAL: FormDef = FormDef {
    id: "citizen-unseal",
    title: None,
    description: s!(
        "Blanketten för att häva försegling på invånarens initiativ; supporten skickar den till invånaren.",
        "The form for lifting a sealing on the citizen's initiative; the support sends it to the citizen."
    )
    .cz(c!(
        "Blanketten för att ta bort en försegling som du själv bad om. Supporten skickar den till dig.",
        "The form for removing a sealing that you asked for yourself. The support sends it to you."
    )),
    cite: cites(&[cite(S4, "2.3.1")]),
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: RETURN_LIFT_FORM,
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_UNSEAL: FormDef = FormDef {
    id: "care-unseal",
    title: Some("Vårdens initiativ: häva försegling av direktåtkomst till journalinformation"),
    description: s!(
        "Vårdens beslut att häva förseglingen före slutdatum.",
        "Care's decision to lift the sealing before the slutdatum (end date)."
    ),
    cite: cites(&[cite(S4, "2.3.2")]),
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!(
        "Internpost, för verkställande och diarieföring.",
        "Internpost (internal mail), for execution and diarieföring (registering the case in the official register)."
    )
    .hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_SEAL_ACUTE: FormDef = FormDef {
    id: "guardian-seal-acute",
    title: Some("Vårdens initiativ: Akut försegling av direktåtkomst till barns journalinformation för vårdnadshavare"),
    description: s!("Barnklinikens bakjour dokumenterar beslutet om den tillfälliga förseglingen.", "The bakjour (senior doctor on call) at barnkliniken (the paediatric clinic) documents the decision on the temporary sealing.").hidden(),
    cite: cites(&[cite(S4, "3.2")]),
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", "Internpost (internal mail), for diarieföring (registering the case in the official register).").hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_SEAL_CONTINUED: FormDef = FormDef {
    id: "guardian-seal-continued",
    title: Some("Vårdens initiativ: Fortsatt försegling alternativt upplåsning av direktåtkomst till barns journalinformation för vårdnadshavare"),
    description: s!("Beslut om fortsatt försegling eller upplåsning.", "Decision on continued sealing or unlocking."),
    cite: cites(&[cite(S4, "3.2"), cite(S4, "3.3")]),
    recipient: "Centrala supporten för e-tjänsten Journalen",
    how: s!("Internpost, för diarieföring.", "Internpost (internal mail), for diarieföring (registering the case in the official register).").hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static GUARDIAN_EXTEND: FormDef = FormDef {
    id: "guardian-extend",
    title: Some("Direktåtkomst journalinformation till vårdnadshavare för minderårig från 13 år t o m 15 år"),
    description: s!("Vårdnadshavarens förlängda direktåtkomst.", "The legal guardian's extended direct access.")
        .cz(c!("Vårdnadshavarens förlängda åtkomst.", "The legal guardian's extended access.")),
    cite: cites(&[cite(S4, "3.4")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Ifylld blankett skickas till Central support.", "The completed form is sent to Central support.").cz(c!(
        "Den ifyllda blanketten skickas till regionens support (Central support).",
        "The completed form is sent to the region's support (Central support)."
    )),
    attach: s!("", ""),
    one_year: true,
};

pub static CHILD_ACCESS: FormDef = FormDef {
    id: "child-access",
    title: Some("Direktåtkomst journalinformation till minderårig från 13 år t o m 15 år"),
    description: s!(
        "Barnets egen direktåtkomst utifrån mognadsgrad.",
        "The child's own direct access, based on maturity."
    )
    .cz(c!(
        "Barnets egen åtkomst, beroende på hur moget barnet är.",
        "The child's own access, depending on how mature the child is."
    )),
    cite: cites(&[cite(S4, "3.4")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!(
        "Internpost, för verkställande och diarieföring.",
        "Internpost (internal mail), for execution and diarieföring (registering the case in the official register)."
    )
    .hidden(),
    attach: s!("", ""),
    one_year: true,
};

pub static REMOVE_EXTENSION: FormDef = FormDef {
    id: "remove-extension",
    title: Some("Ta bort förlängd direktåtkomst av journalinformation för minderårig och eller vårdnadshavare barn från 13 år t o m 15 år"),
    description: s!("Ärendet initieras av vårdnadshavare eller barnet.", "The case is initiated by the legal guardian or the child.").cz(c!("Används när vårdnadshavaren eller barnet startar ärendet.", "Used when the legal guardian or the child starts the case.")),
    cite: cites(&[cite(S4, "3.5")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("För verkställande och diarieföring.", "For execution and diarieföring (registering the case in the official register).").hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static CARE_REMOVE_EXTENSION: FormDef = FormDef {
    id: "care-remove-extension",
    title: Some("Vårdens initiativ: Ta bort förlängd direktåtkomst av journalinformation för minderårig från 13 år t o m 15 år och eller vårdnadshavare"),
    description: s!("Ärendet initieras av hälso- och sjukvården.", "The case is initiated by health care.").cz(c!("Används när vården startar ärendet.", "Used when the healthcare staff start the case.")),
    cite: cites(&[cite(S4, "3.5")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("För verkställande och diarieföring.", "For execution and diarieföring (registering the case in the official register).").hidden(),
    attach: s!("", ""),
    one_year: false,
};

pub static OMBUD_ACCESS: FormDef = FormDef {
    id: "ombud",
    title: Some("Legal företrädares åtkomst till Journalen som ombud"),
    description: s!("Beställs av den legala ställföreträdaren från Central support eller aktuell klinik.", "Ordered by the legal representative (legal ställföreträdare) from Central support or the clinic concerned.").cz(c!("Du beställer den hos regionens support (Central support). Du kan också be om den hos den klinik det gäller.", "You order it from the region's support (Central support). You can also ask for it at the clinic concerned.")),
    cite: cites(&[cite(S4, "4")]),
    recipient: "Central support för e-tjänsten Journalen",
    how: s!("Internpost, för verkställande och diarieföring.", "Internpost (internal mail), for execution and diarieföring (registering the case in the official register).").hidden(),
    attach: s!("Tingsrättens beslut (förordnande med uppdrag att sörja för person).", "The decision of tingsrätten (the district court): an appointment (förordnande) with a mandate to look after the person (sörja för person).").cz(c!("Tingsrättens beslut. Det ska vara ett förordnande med uppdrag att sörja för person.", "The district court's decision. It must be an appointment (förordnande) with a mandate to look after the person (sörja för person).")),
    one_year: true,
};

/// Region Jönköpings län's form, used in two routines of S2: each use is its own `FormDef`, citing
/// only its routine's section (the citizen's wish, "Försegla delvis", is "tills vidare" and
/// questioned by no one; care's, "Rutin vid försegling", has an end date and names who fills it
/// in: tests/corrections.rs, finding 36).
const JKPG_SEAL_FORM: FormDef = FormDef {
    id: "jonkoping-seal",
    title: Some("Försegling av direktåtkomst till 1177 Journalen på begäran av vårdpersonal"),
    description: s!(
        "Formuläret för försegling av en del av 1177 Journalen.",
        "The form for sealing a part of 1177 Journalen."
    )
    .cz(c!(
        "Den blankett som vården fyller i när en del av 1177 Journalen ska stängas.",
        "The form that care staff fill in when part of 1177 Journalen is to be sealed."
    )),
    cite: cites(&[]),
    recipient: "Region Jönköpings läns kontaktcenter",
    how: s!(
        "Formuläret tas emot av kontaktcenter för verkställande.",
        "The form is received by kontaktcenter (Region Jönköpings län's contact centre) for execution."
    )
    .cz(c!(
        "Kontaktcenter tar emot den. Sedan stänger de den del av journalen som det gäller.",
        "Kontaktcenter (the contact centre) receives it. Then they seal the part of the record concerned."
    )),
    attach: s!("", ""),
    one_year: false,
};

/// The form in care's routine (S2 "Rutin vid försegling").
pub static JKPG_SEAL: FormDef = FormDef { cite: cites(&[cite(S2, "Rutin vid försegling")]), ..JKPG_SEAL_FORM };
/// The form at the citizen's wish (S2 "Försegla delvis"). That section says "kontaktcenter";
/// "Invånare som vill försegla", the citizen's routine it belongs to, names the recipient in full
/// ("Region Jönköpings läns kontaktcenter"), and is cited for it.
pub static JKPG_SEAL_CITIZEN: FormDef = FormDef {
    id: "jonkoping-seal-citizen",
    cite: cites(&[cite(S2, "Försegla delvis"), cite(S2, "Invånare som vill försegla")]),
    ..JKPG_SEAL_FORM
};

pub static JKPG_UNSEAL: FormDef = FormDef {
    id: "jonkoping-unseal",
    title: Some("Bryta försegling av direktåtkomst till 1177 Journalen på begäran av vårdpersonal"),
    description: s!(
        "När förseglingen ska tas bort före slutdatum.",
        "When the sealing is to be removed before the slutdatum (end date)."
    ),
    cite: cites(&[cite(S2, "Vårdpersonal som vill ta bort försegling")]),
    recipient: "Region Jönköpings läns kontaktcenter",
    how: s!(
        "Formuläret tas emot av kontaktcenter för verkställande.",
        "The form is received by kontaktcenter (Region Jönköpings län's contact centre) for execution."
    )
    .cz(c!(
        "Kontaktcenter tar emot den. Sedan tar de bort förseglingen.",
        "Kontaktcenter (the contact centre) receives it. Then they remove the sealing.",
        variant = 1
    )),
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
    &JKPG_SEAL_CITIZEN,
    &JKPG_UNSEAL,
];

const NO_END: EndDate = EndDate::None;
const END_REQUIRED: EndDate = EndDate::Required { warn_months: 0 };
/// S2: "Slutdatum … ska alltid sättas, max 3 månader rekommenderas."
const END_REQUIRED_3M: EndDate = EndDate::Required { warn_months: 3 };

/// Which forms a situation uses, in the order they are filled in.
pub static FORM_USES: &[FormUse] = &[
    FormUse { when: &[LOCK_OR_LOCK_AND_SEAL, APPLY, CITIZEN, RJH], form: &LOCK_REQUEST, end_date: NO_END, comment: "" },
    FormUse { when: &[SEAL, APPLY, CITIZEN, &[V::Whole], RJH], form: &SEAL_REQUEST, end_date: NO_END, comment: "" },
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
    // "Dokumentation sker i Cosmic enligt ovan", where "Slutdatum ska anges" (S4 2.2.2; finding 45).
    FormUse { when: &[SEAL, CONTINUE, RJH], form: &CARE_SEAL_CONTINUED, end_date: END_REQUIRED, comment: "" },
    FormUse {
        when: &[SEAL, LIFT, CITIZEN, SEALED_BY_CITIZEN, RJH],
        form: &CITIZEN_UNSEAL,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, RJH], form: &CARE_UNSEAL, end_date: NO_END, comment: "" },
    FormUse {
        when: &[GUARDIAN, APPLY, &[V::Under13, V::Age13To15], RJH],
        form: &GUARDIAN_SEAL_ACUTE,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[LOCK_AND_GUARDIAN, RJH], form: &GUARDIAN_SEAL_ACUTE, end_date: NO_END, comment: "" },
    FormUse { when: &[GUARDIAN, LIFT, RJH], form: &GUARDIAN_SEAL_CONTINUED, end_date: NO_END, comment: "" },
    FormUse {
        when: &[GUARDIAN, &[V::Extend], &[V::ByGuardian], RJH],
        form: &GUARDIAN_EXTEND,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[GUARDIAN, &[V::Extend], &[V::ByChild], RJH], form: &CHILD_ACCESS, end_date: NO_END, comment: "" },
    FormUse {
        when: &[GUARDIAN, &[V::RemoveExtension], &[V::ByGuardian, V::ByChild], RJH],
        form: &REMOVE_EXTENSION,
        end_date: NO_END,
        comment: "",
    },
    // S4 3.5 names the guardians, the child and care staff as those who initiate; another
    // authority's request (a lock's ground that leads here, `Facts::effective`) is taken up by care
    // on its form, as care's forms serve an authority's request for the guardians' sealing (S4 3.2).
    FormUse {
        when: &[GUARDIAN, &[V::RemoveExtension], CARE_OR_AUTHORITY, RJH],
        form: &CARE_REMOVE_EXTENSION,
        end_date: NO_END,
        comment: "",
    },
    FormUse { when: &[OMBUD, RJH], form: &OMBUD_ACCESS, end_date: NO_END, comment: "" },
    FormUse {
        when: &[ANY_SEAL, APPLY, CITIZEN, &[V::Part], JKPG],
        form: &JKPG_SEAL_CITIZEN,
        end_date: NO_END,
        comment: "förseglingen görs på önskemål från invånare och ska gälla tills vidare",
    },
    FormUse {
        when: &[ANY_SEAL, APPLY, CARE, &[V::OngoingYes], JKPG],
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
        content: s!("Låsning av inloggning till 1177. Dokumenteras av Central support för e-tjänsten journalen, som diarieför ärendet med sekretessklassning. Riktlinjen anger inte vad anteckningen ska innehålla.", "Locking of the login to 1177. Documented by Central support för e-tjänsten journalen (the region's central support for the Journalen service), which registers the case (diarieföring) with a confidentiality classification. The guideline does not say what the note is to contain."),
        end_date: false,
        cite: cites(&[cite(S1, "3.3")]),
    },
    CosmicNote {
        when: &[ANY_LOCK, APPLY, AUTHORITY, HOME, VALID_GROUNDS, RJH],
        place: "Gemensamma dokument",
        keyword: "",
        option: "",
        content: s!("Låsning av inloggning till 1177 på begäran av annan myndighet. Dokumenteras av Central support för e-tjänsten journalen, som diarieför ärendet med sekretessklassning. Riktlinjen anger inget sökord här och inte vad anteckningen ska innehålla.", "Locking of the login to 1177 at the request of another authority. Documented by Central support för e-tjänsten journalen (the region's central support for the Journalen service), which registers the case (diarieföring) with a confidentiality classification. The guideline gives no sökord (keyword in the record) here, and does not say what the note is to contain."),
        end_date: false,
        cite: cites(&[cite(S1, "4.3")]),
    },
    CosmicNote {
        when: &[LOCK, LIFT, &[V::LockedByRegion, V::LockedByOtherRegion], HOME, RJH],
        place: "Gemensamma dokument",
        keyword: "Inloggning till 1177",
        option: "",
        content: s!("Hävning av låst inloggning till 1177. Dokumenteras av Central support för e-tjänsten journalen, som diarieför ärendet med sekretessklassning.", "Lifting of a locked login to 1177. Documented by Central support för e-tjänsten journalen (the region's central support for the Journalen service), which registers the case (diarieföring) with a confidentiality classification."),
        end_date: false,
        cite: cites(&[cite(S1, "5.3")]),
    },
    CosmicNote {
        when: &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Försegling av Journalen på hälso- och sjukvårdens initiativ, med slutdatum.", "Sealing of Journalen on health care's initiative, with slutdatum (end date)."),
        end_date: true,
        cite: cites(&[cite(S4, "2.2.2")]),
    },
    CosmicNote {
        when: &[LOCK_AND_SEAL, CARE_OR_AUTHORITY, &[V::Ordinary, V::Acute], RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Försegling av Journalen på hälso- och sjukvårdens initiativ, med slutdatum.", "Sealing of Journalen on health care's initiative, with slutdatum (end date)."),
        end_date: true,
        cite: cites(&[cite(S4, "2.2.2")]),
    },
    CosmicNote {
        when: &[SEAL, CONTINUE, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Beslut om fortsatt försegling: att e-tjänsten Journalen ska vara stängd en längre period, för vilka enheter, med slutdatum.", "Decision on continued sealing: that the Journalen e-service is to be closed for a longer period, for which units, with slutdatum (end date)."),
        end_date: true,
        cite: cites(&[cite(S4, "2.2.2")]),
    },
    CosmicNote {
        when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, RJH],
        place: "Basinformation",
        keyword: "Journalen via nätet",
        option: "",
        content: s!("Förseglingen är hävd (dokumenteras efter verkställande).", "The sealing has been lifted (documented after execution)."),
        end_date: false,
        cite: cites(&[cite(S4, "2.3.2")]),
    },
    CosmicNote {
        when: &[LOCK_AND_GUARDIAN, RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Båda vårdgivares åtkomst förseglad på vårdgivarens initiativ",
        content: s!("Anteckning om försegling av vårdnadshavares direktåtkomst, av den läkare som ansvarar för vården.", "Note on the sealing of legal guardians' direct access, by the physician responsible for the care."),
        end_date: false,
        cite: cites(&[cite(S4, "3.2")]),
    },
    CosmicNote {
        when: &[GUARDIAN, APPLY, &[V::Under13, V::Age13To15], RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Båda vårdgivares åtkomst förseglad på vårdgivarens initiativ",
        content: s!("Anteckning om försegling av vårdnadshavares direktåtkomst, av den läkare som ansvarar för vården.", "Note on the sealing of legal guardians' direct access, by the physician responsible for the care."),
        end_date: false,
        cite: cites(&[cite(S4, "3.2")]),
    },
    CosmicNote {
        when: &[GUARDIAN, LIFT, RJH],
        place: "Basinformation",
        keyword: "Journal via nätet",
        option: "Försegling hävd",
        content: s!("Notering att förseglingen hävts, för den ene eller båda vårdnadshavare.", "Note that the sealing has been lifted, for one or both legal guardians."),
        end_date: false,
        cite: cites(&[cite(S4, "3.3")]),
    },
    CosmicNote {
        when: &[ANY_SEAL, APPLY, CARE, &[V::OngoingYes], JKPG],
        place: "mallen Administrativ anteckning",
        keyword: "Åtgärd",
        option: "",
        content: s!("Att försegling av information är gjord, vilken tid den gäller, vem som tagit beslutet, vad som legat till grund för beslutet och vem som informerat patienten.", "That a sealing of information has been done, the period it applies for, who took the decision, what the decision was based on and who informed the patient."),
        end_date: true,
        cite: cites(&[cite(S2, "Dokumentera i Cosmic")]),
    },
    CosmicNote {
        when: &[SEAL, LIFT, CARE, SEALED_BY_CARE, JKPG],
        place: "mallen Administrativ anteckning",
        keyword: "Åtgärd",
        option: "",
        content: s!("Att informationen är återställd (förseglingen borttagen), när, vem som tagit beslutet, vad som legat till grund för beslutet och vem som informerat patienten.", "That the information has been restored (the sealing removed), when, who took the decision, what the decision was based on and who informed the patient."),
        end_date: false,
        cite: cites(&[cite(S2, "Dokumentera i Cosmic")]),
    },
];
