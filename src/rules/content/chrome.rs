//! The widget's own words: section titles, kinds of outcome, measure names, labels of the form
//! summary and the plain-text rendering. Each in Swedish and English, for staff and citizens.

use crate::rules::facts::V;
use crate::rules::model::{Kind, Section};
use crate::rules::text::Say;
use crate::{c, s};

/// The heading of a section of an outcome.
pub fn section_title(s: Section) -> &'static Say {
    match s {
        Section::Now => &NOW,
        Section::Why => &WHY,
        Section::Steps => &STEPS,
        Section::Decide => &DECIDE,
        Section::Execute => &EXECUTE,
        Section::Form => &FORM,
        Section::Document => &DOCUMENT,
        Section::Inform => &INFORM,
        Section::FollowUp => &FOLLOW_UP,
        Section::NotCovered => &NOT_COVERED,
        Section::Warn => &WARN,
        Section::Conflict => &CONFLICT,
        Section::Ask => &ASK,
        Section::National => &NATIONAL,
    }
}

static NOW: Say = s!("Gör först (akut)", "Do this first (acute)").cz(c!("Gör först", "Do this first"));
static WHY: Say =
    s!("Därför går det inte här", "Why it cannot be done here").cz(c!("Därför går det inte", "Why it cannot be done"));
static STEPS: Say = s!("Gör så här", "What to do").cz(c!("Det här kan du göra", "What you can do"));
static DECIDE: Say = s!("Vem beslutar", "Who decides").cz(c!("Vem som bestämmer", "Who decides"));
static EXECUTE: Say = s!("Vem verkställer", "Who carries it out").cz(c!("Vem som gör det", "Who does it", variant = 1));
static FORM: Say = s!("Blankett", "Form").cz(c!("Blankett", "Form"));
static DOCUMENT: Say = s!("Dokumentation", "Documentation").hidden();
static INFORM: Say =
    s!("Information till patienten", "Informing the patient").cz(c!("Så får du veta", "How you are told"));
static FOLLOW_UP: Say =
    s!("Uppföljning och datum", "Follow-up and dates").cz(c!("Hur länge det gäller", "How long it lasts"));
static NOT_COVERED: Say = s!("Det här omfattar åtgärden inte", "What the measure does not cover")
    .cz(c!("Det här skyddar det inte", "What it does not protect"));
static WARN: Say = s!("Varningar och bra att veta", "Warnings and good to know").cz(c!("Bra att veta", "Good to know"));
static CONFLICT: Say = s!("Här skiljer sig källorna åt", "Where the sources differ")
    .cz(c!("Här säger källorna olika", "Where the sources differ"));
static ASK: Say = s!("Vem du kan fråga", "Whom to ask").cz(c!("Hit kan du vända dig", "Whom you can contact"));
static NATIONAL: Say = s!("Nationella uppgifter (inte regionens rutin)", "National facts (not the region's routine)")
    .cz(c!("Så gäller det i hela landet", "How it works across Sweden"));

pub fn kind_label(k: Kind) -> &'static Say {
    match k {
        Kind::Routine => &ROUTINE,
        Kind::Refusal => &REFUSAL,
        Kind::NotInSources => &NOT_IN_SOURCES,
    }
}

static ROUTINE: Say = s!("Rutin", "Routine").cz(c!("Så går det till", "How it works"));
static REFUSAL: Say = s!("Går inte enligt källorna", "Not possible according to the sources")
    .cz(c!("Det går inte", "It is not possible"));
static NOT_IN_SOURCES: Say = s!("Finns inte i regionens källor", "Not in the region's sources")
    .cz(c!("Står inte i regionens regler", "Not in the region's rules"));

/// The name of a measure, with the Swedish term kept in English (glossed on first use).
pub fn measure_label(m: V) -> &'static Say {
    match m {
        V::Lock => &LOCK,
        V::Seal => &SEAL,
        V::Block => &BLOCK,
        V::Guardian => &GUARDIAN,
        _ => &OMBUD,
    }
}

// The measures' names as tags are worded apart from the same Swedish elsewhere: `variant = 1`.
static LOCK: Say = s!("Låsa inloggning", "Lock the login (låsa inloggning)", variant = 1).cz(c!(
    "Låsa inloggningen",
    "Lock the login (låsa inloggning)",
    variant = 1
));
static SEAL: Say = s!("Försegla journalen", "Seal the record in 1177 Journalen (försegla)", variant = 1).cz(c!(
    "Försegla journalen",
    "Seal your record in 1177 Journalen (försegla)",
    variant = 1
));
static BLOCK: Say = s!("Spärra journal", "Block record sharing (spärr)", variant = 1).cz(c!(
    "Spärra journalen",
    "Block sharing of your record (spärr)",
    variant = 1
));
static GUARDIAN: Say = s!(
    "Vårdnadshavares direktåtkomst",
    "Legal guardians' direct access (vårdnadshavare)",
    variant = 1
)
.cz(c!("Vårdnadshavares åtkomst", "Legal guardians' access (vårdnadshavare)", variant = 1));
static OMBUD: Say = s!("Åtkomst som ombud", "Access as a representative (ombud)", variant = 1).cz(c!(
    "Åtkomst som ombud",
    "Access as a representative (ombud)",
    variant = 1
));

/// Labels of the plain-text rendering and the outcome page.
pub static REGION: Say = s!("Region", "Region").cz(c!("Region", "Region"));
pub static MEASURE: Say = s!("Åtgärd", "Measure").cz(c!("Det gäller", "This is about"));
pub static ANSWERS: Say = s!("Svar", "Answers").cz(c!("Dina svar", "Your answers"));
pub static SOURCE: Say = s!("Källa", "Source").cz(c!("Källa", "Source"));
pub static SOURCES: Say = s!("Källor", "Sources").cz(c!("Källor", "Sources"));
pub static NATIONAL_NOTE: Say = s!(
    "Nationell uppgift, inte regionens rutin.",
    "A national fact, not the region's routine."
)
.cz(c!("Gäller i hela landet, inte regionens egen regel.", "Applies across Sweden, not the region's own rule."));
pub static FORM_UNTITLED: Say = s!("Blankett utan titel i källan.", "A form without a title in the source.")
    .cz(c!("Blanketten har inget namn i reglerna.", "The rules give the form no name."));
pub static SENT_TO: Say = s!("Skickas till", "Sent to").cz(c!("Skickas till", "It goes to"));
pub static RECIPIENT_UNSTATED: Say = s!("Mottagaren anges inte i källan.", "The source does not say where it goes.")
    .cz(c!("Källan säger inte vart den ska.", "The source does not say where it goes."));
pub static ATTACH: Say = s!("Bifoga", "Attach").cz(c!("Skicka med", "Include"));
pub static FORM_WORD: Say = s!("blankett", "form, in Swedish").cz(c!("blankett", "form, in Swedish"));
pub static PRINTED: Say = s!("Utskrivet {date} från Skyddsguiden.", "Printed {date} from Skyddsguiden.")
    .cz(c!("Utskrivet {date} från Skyddsguiden.", "Printed {date} from Skyddsguiden."));
pub static NO_FORM: Say = s!(
    "Källorna anger ingen blankett för detta beslut. Sammanfattningen kan användas som underlag.",
    "The sources name no form for this decision. The summary can serve as the supporting document (underlag)."
)
.hidden();
pub static DOCUMENTATION_NOTE: Say = s!("Underlag", "Supporting document").hidden();
pub static FORM_LABEL: Say = s!("Blankett", "Form").cz(c!("Blankett", "Form"));
pub static ERROR: Say = s!("FEL", "ERROR").cz(c!("FEL", "ERROR"));
pub static NOTE: Say = s!("OBS", "NOTE").cz(c!("OBS", "NOTE"));

// ---- The shell: header, navigation, questions, answers, outcome, form summary, explainer ----
pub static BRAND: Say = s!("Skyddsguiden", "Skyddsguiden").cz(c!("Skyddsguiden", "Skyddsguiden"));
pub static NAV_LABEL: Say = s!("Skyddsguiden", "Skyddsguiden").cz(c!("Skyddsguiden", "Skyddsguiden"));
pub static NAV_GUIDE: Say = s!("Frågeguide", "Guide").cz(c!("Vad vill du göra?", "What do you want to do?"));
pub static NAV_EXPLAIN: Say = s!("Låsa, försegla, spärra: skillnaden", "Lock, seal, block: the difference")
    .cz(c!("Låsa, försegla, spärra: vad är skillnaden?", "Lock, seal, block: what is the difference?"));
pub static LANG_SWITCH: Say = s!("In English", "På svenska").cz(c!("In English", "På svenska"));
pub static AUDIENCE_TO_CITIZEN: Say = s!("Visa texterna för invånare", "Show the texts for citizens")
    .cz(c!("Visa texterna för vårdpersonal", "Show the texts for staff"));
pub static RESULT: Say = s!("Resultat", "Result").cz(c!("Svar", "Answer"));
pub static LINK_ERRORS_TITLE: Say = s!("Länken kunde inte läsas helt", "The link could not be read in full")
    .cz(c!("Länken kunde inte läsas helt", "The link could not be read in full"));
pub static LINK_ERRORS_REST: Say = s!("Resten av länken används.", "The rest of the link is used.")
    .cz(c!("Resten av länken används.", "The rest of the link is used."));
pub static RESTART: Say = s!("Börja om", "Start over").cz(c!("Börja om", "Start over"));
pub static BACK: Say = s!("Tillbaka", "Back").cz(c!("Tillbaka", "Back"));
pub static CONTINUE: Say = s!("Fortsätt", "Continue").cz(c!("Fortsätt", "Continue"));
pub static CANCEL_CHANGE: Say =
    s!("Avbryt ändringen", "Cancel the change").cz(c!("Avbryt ändringen", "Cancel the change"));
pub static NO_ROUTINE: Say =
    s!("Ingen rutin hittades", "No routine was found").cz(c!("Inget svar hittades", "No answer was found"));
pub static NO_ROUTINE_TEXT: Say = s!(
    "Svaren leder inte till någon rutin i källorna. Börja om, eller fråga Central support för e-tjänsten Journalen.",
    "The answers lead to no routine in the sources. Start over, or ask Central support för e-tjänsten Journalen (the region's support for the record service)."
)
.cz(c!("Svaren leder inte till något svar. Börja om.", "The answers lead to no answer. Start over."));
pub static YOUR_ANSWERS: Say = s!("Dina svar", "Your answers").cz(c!("Dina svar", "Your answers"));
pub static CHANGE: Say = s!("Ändra", "Change").cz(c!("Ändra", "Change"));
pub static CHANGE_ANSWER: Say = s!("Ändra svar", "Change answer").cz(c!("Ändra svar", "Change answer"));
pub static BEING_CHANGED: Say = s!("(ändras nu)", "(being changed)").cz(c!("(ändras nu)", "(being changed)"));
pub static QUESTION_N: Say = s!("Fråga {n}", "Question {n}").cz(c!("Fråga {n}", "Question {n}"));
pub static WHY_WE_ASK: Say = s!("Därför frågar vi:", "Why we ask:").cz(c!("Därför frågar vi:", "Why we ask:"));
pub static UNSURE: Say = s!(
    "Osäker på skillnaden mellan att låsa, försegla och spärra?",
    "Not sure of the difference between locking, sealing and blocking?"
)
.cz(c!("Vet du inte vad som är skillnaden?", "Not sure what the difference is?"));
pub static READ_EXPLAINER: Say =
    s!("Läs förklaringen av de tre åtgärderna", "Read the explanation of the three measures")
        .cz(c!("Läs om de tre sätten att skydda dig", "Read about the three ways to protect yourself"));
pub static CHOOSE_ONE: Say = s!("Välj ett av alternativen för att gå vidare.", "Choose one of the options to go on.")
    .cz(c!("Välj ett svar för att gå vidare.", "Choose an answer to go on."));
pub static ACUTE: Say = s!("Akut", "Acute").cz(c!("Bråttom", "Urgent"));
pub static EXPLAIN_TITLE: Say = s!(
    "Låsa inloggning, försegla journalen och spärra journal",
    "Locking the login, sealing the record and blocking record sharing"
)
.cz(c!("Tre sätt att skydda dina uppgifter", "Three ways to protect your information"));
pub static EXPLAIN_CAPTION: Say = s!(
    "Jämförelse av de tre åtgärderna, med källa för varje uppgift",
    "The three measures compared, with the source of every fact"
)
.cz(c!("De tre sätten jämförda, med källa", "The three ways compared, with sources"));
pub static EXPLAIN_NATIONAL: Say =
    s!("Nationellt om spärr (inte regionens rutin)", "National facts about blocking (not the region's routine)")
        .cz(c!("Så fungerar spärr i hela landet", "How blocking works across Sweden"));
pub static EXPLAIN_ACCESS: Say = s!("Vårdnadshavare och ombud", "Legal guardians and representatives")
    .cz(c!("Barn, vårdnadshavare och ombud", "Children, legal guardians and representatives"));
pub static EXPLAIN_GO_ON: Say = s!("Gå vidare till rutinen", "Go on to the routine").cz(c!("Gå vidare", "Go on"));
pub static GO_LOCK: Say = s!("Låsa inloggning eller häva en låsning", "Lock the login, or lift a lock")
    .cz(c!("Låsa inloggningen eller ta bort en låsning", "Lock the login, or remove a lock"));
pub static GO_SEAL: Say = s!("Försegla journalen eller häva en försegling", "Seal the record, or lift a sealing")
    .cz(c!("Försegla journalen eller ta bort en försegling", "Seal your record, or remove a sealing"));
pub static GO_BLOCK: Say = s!("Spärra journal", "Block record sharing", variant = 2).cz(c!(
    "Spärra journalen",
    "Block sharing of your record",
    variant = 2
));
pub static GO_GUARDIAN: Say = s!("Vårdnadshavares direktåtkomst", "Legal guardians' direct access")
    .cz(c!("Barn och vårdnadshavares åtkomst", "Children and legal guardians' access"));
pub static GO_OMBUD: Say =
    s!("Åtkomst som ombud", "Access as a representative").cz(c!("Åtkomst som ombud", "Access as a representative"));
pub static PERSONAL_TITLE: Say = s!("Uppgifter till blanketten", "Details for the form").hidden();
pub static PERSONAL_HINT: Say = s!(
    "Valfritt. Uppgifterna visas bara här och i utskriften. De sparas inte, skickas inte och hamnar inte i adressfältet.",
    "Optional. The details are shown only here and in the printout. They are not saved, not sent and never put in the address bar."
)
.hidden();
pub static FIELD_NAME: Say = s!("Patientens namn (valfritt)", "Patient's name (optional)").hidden();
pub static FIELD_ID: Say = s!("Personnummer (valfritt)", "Personnummer (optional)").hidden();
pub static FIELD_ID_HINT: Say = s!(
    "ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN, samordningsnummer eller reservnummer",
    "YYYYMMDD-NNNN, YYMMDD-NNNN, samordningsnummer or reservnummer"
)
.hidden();
pub static FIELD_DECIDER: Say = s!("Beslutsfattarens namn (valfritt)", "Decision-maker's name (optional)").hidden();
pub static FIELD_END: Say = s!("Slutdatum (krävs)", "End date, slutdatum (required)").hidden();
pub static FIELD_END_HINT: Say =
    s!("ÅÅÅÅ-MM-DD, efter beslutsdatum", "YYYY-MM-DD, after the date of decision").hidden();
pub static CLEAR_PERSONAL: Say = s!("Töm patientuppgifterna", "Clear the patient details").hidden();
pub static SUMMARY_FORM: Say = s!("Blankettunderlag", "Form details").hidden();
pub static SUMMARY_UNTITLED: Say =
    s!("Blankettunderlag: blankett utan titel i källan", "Form details: a form without a title in the source").hidden();
pub static SUMMARY_DECISION: Say = s!("Underlag för beslutet", "Record of the decision").hidden();
pub static SUMMARY_INCOMPLETE: Say = s!(
    "Slutdatum saknas eller är fel: fyll i fältet ovan.",
    "The end date is missing or wrong: fill in the field above."
)
.hidden();
pub static FIELD_ERROR: Say = s!("Fel", "Error").cz(c!("Fel", "Error"));
pub static FIELD_NOTE: Say = s!("Obs", "Note").cz(c!("Obs", "Note"));
pub static PRINT: Say = s!("Skriv ut", "Print").cz(c!("Skriv ut", "Print"));
pub static COPY: Say = s!("Kopiera som text", "Copy as text").hidden();
pub static COPIED: Say =
    s!("Kopierat. Klistra in texten där du behöver den.", "Copied. Paste the text where you need it.").hidden();
pub static COPY_FAILED: Say = s!(
    "Det gick inte att kopiera automatiskt. Markera texten nedan och kopiera den.",
    "Copying did not work automatically. Select the text below and copy it."
)
.hidden();
pub static COPY_TEXT: Say = s!("Text att kopiera", "Text to copy").hidden();
pub static PRINTED_CHECK: Say = s!(
    "Utskrivet {date} från Skyddsguiden. Kontrollera mot källorna ovan innan blanketten skickas.",
    "Printed {date} from Skyddsguiden. Check against the sources above before the form is sent."
)
.cz(c!("Utskrivet {date} från Skyddsguiden.", "Printed {date} from Skyddsguiden."));
pub static LOADING_TEXTS: Say =
    s!("Texterna hämtas…", "Loading the texts…").cz(c!("Texterna hämtas…", "Loading the texts…"));
pub static TEXTS_FAILED: Say = s!(
    "Texterna kunde inte hämtas. Här visas de svenska texterna för vårdpersonal.",
    "The texts could not be loaded. The Swedish texts for staff are shown instead."
)
.cz(c!(
    "Texterna kunde inte hämtas. Här visas de svenska texterna för vårdpersonal.",
    "The texts could not be loaded. The Swedish texts for staff are shown instead."
));
/// Shown while the first-load module hands the widget over to the trainer module (boot.js).
pub static LOADING_TRAINER: Say = s!("Utbildningsläget hämtas…", "Loading the training mode…")
    .cz(c!("Utbildningsläget hämtas…", "Loading the training mode…"));
pub static TRAINER_FAILED: Say = s!(
    "Utbildningsläget kunde inte hämtas. Ladda om sidan för att försöka igen.",
    "The training mode could not be loaded. Reload the page to try again."
)
.cz(c!(
    "Utbildningsläget kunde inte hämtas. Ladda om sidan för att försöka igen.",
    "The training mode could not be loaded. Reload the page to try again."
));

pub static EXIT: Say = s!("Lämna sidan snabbt", "Exit this page").cz(c!("Lämna sidan snabbt", "Exit this page"));
pub static EXIT_NOTE: Say = s!(
    "Knappen, eller Skift tre gånger, byter genast till en annan webbplats. Sidan finns ändå kvar i webbläsarens historik: använd ett privat fönster om ingen ska kunna se vad du har läst.",
    "The button, or Shift pressed three times, switches at once to another website. The page still stays in the browser's history: use a private window if no one must see what you have read."
)
.cz(c!(
    "Knappen, eller Skift tre gånger, tar dig genast härifrån. Sidan finns kvar i historiken. Läs i ett privat fönster om ingen ska se vad du läst.",
    "The button, or Shift three times, takes you away at once. The page stays in the history. Read in a private window if no one must see what you read."
));

pub static TERMS_TITLE: Say = s!("Svenska termer på sidan", "Swedish terms on this page")
    .cz(c!("Svenska ord på sidan", "Swedish words on this page"));

/// Every label above, for the packs and the completeness tests.
pub static ALL: &[&Say] = &[
    &REGION,
    &MEASURE,
    &ANSWERS,
    &SOURCE,
    &SOURCES,
    &NATIONAL_NOTE,
    &FORM_UNTITLED,
    &SENT_TO,
    &RECIPIENT_UNSTATED,
    &ATTACH,
    &FORM_WORD,
    &PRINTED,
    &NO_FORM,
    &DOCUMENTATION_NOTE,
    &FORM_LABEL,
    &ERROR,
    &NOTE,
    &BRAND,
    &NAV_LABEL,
    &NAV_GUIDE,
    &NAV_EXPLAIN,
    &LANG_SWITCH,
    &AUDIENCE_TO_CITIZEN,
    &RESULT,
    &LINK_ERRORS_TITLE,
    &LINK_ERRORS_REST,
    &RESTART,
    &BACK,
    &CONTINUE,
    &CANCEL_CHANGE,
    &NO_ROUTINE,
    &NO_ROUTINE_TEXT,
    &YOUR_ANSWERS,
    &CHANGE,
    &CHANGE_ANSWER,
    &BEING_CHANGED,
    &QUESTION_N,
    &WHY_WE_ASK,
    &UNSURE,
    &READ_EXPLAINER,
    &CHOOSE_ONE,
    &ACUTE,
    &EXPLAIN_TITLE,
    &EXPLAIN_CAPTION,
    &EXPLAIN_NATIONAL,
    &EXPLAIN_ACCESS,
    &EXPLAIN_GO_ON,
    &GO_LOCK,
    &GO_SEAL,
    &GO_BLOCK,
    &GO_GUARDIAN,
    &GO_OMBUD,
    &PERSONAL_TITLE,
    &PERSONAL_HINT,
    &FIELD_NAME,
    &FIELD_ID,
    &FIELD_ID_HINT,
    &FIELD_DECIDER,
    &FIELD_END,
    &FIELD_END_HINT,
    &CLEAR_PERSONAL,
    &SUMMARY_FORM,
    &SUMMARY_UNTITLED,
    &SUMMARY_DECISION,
    &SUMMARY_INCOMPLETE,
    &FIELD_ERROR,
    &FIELD_NOTE,
    &PRINT,
    &COPY,
    &COPIED,
    &COPY_FAILED,
    &COPY_TEXT,
    &PRINTED_CHECK,
    &LOADING_TEXTS,
    &TEXTS_FAILED,
    &LOADING_TRAINER,
    &TRAINER_FAILED,
    &EXIT,
    &EXIT_NOTE,
    &TERMS_TITLE,
];
