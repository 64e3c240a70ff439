//! The questions, in the order they are asked. The next question is the first one whose `when`
//! holds and whose key is not answered (see `graph`). Options carry their own key.

use super::*;
use crate::rules::model::{Opt, QuestionDef};
use crate::rules::sources::{cite, cites, Src::*};
use crate::rules::text::Say;
use crate::{c, s, sc};

const fn o(value: V, label: Say, hint: Say) -> Opt {
    Opt { value, label, hint, also: &[] }
}

/// An option that implies more facts than its value (the citizen's way in).
const fn oa(value: V, also: &'static [V], label: Say, hint: Say) -> Opt {
    Opt { value, label, hint, also }
}

const NO_SHORTCUT: &[Opt] = &[];

/// The age question's why (S1 1.1, S4 3.1, S4 3.4), also the hint of the guardians' ground for a
/// lock, where no age is asked (finding 85).
pub const AGE_WHY: Say = s!("Vårdnadshavare når barnets 1177 via ombudsläget och barnets journal via direktåtkomst tills barnet fyller 13 år. Mellan 13 och 15 år har de i regel direktåtkomst bara om den har förlängts.", "Legal guardians reach the child's 1177 through the representative mode (ombudsläget) and the child's record through direct access until the child turns 13. Between 13 and 15, as a rule, they have direct access only if it has been extended.").cz(c!("Tills barnet fyller 13 år kan vårdnadshavare använda barnets 1177 som ombud. De kan också läsa barnets journal på nätet. Mellan 13 och 15 år kan de i regel läsa den på nätet bara om rätten har förlängts.", "Until the child turns 13, legal guardians can use the child's 1177 as a representative (ombud). They can also read the child's record online. Between 13 and 15, as a rule, they can read it online only if this right has been extended."));

/// `AGE_WHY` as the hint of a ground whose question cites neither S1 1.1 nor S4 3.1 and 3.4: it
/// names them inline (finding 89). The citizen wording is the age question's.
pub const AGE_WHY_CITED: Say = Say { citizen: AGE_WHY.citizen, ..s!("Vårdnadshavare når barnets 1177 via ombudsläget och barnets journal via direktåtkomst tills barnet fyller 13 år. Mellan 13 och 15 år har de i regel direktåtkomst bara om den har förlängts (S1 1.1, S4 3.1, S4 3.4).", "Legal guardians reach the child's 1177 through the representative mode (ombudsläget) and the child's record through direct access until the child turns 13. Between 13 and 15, as a rule, they have direct access only if it has been extended (S1 1.1, S4 3.1, S4 3.4).") };

/// Region Jämtland Härjedalen, as the questions name it.
pub static QUESTIONS: &[QuestionDef] = &[
    QuestionDef {
        id: "start",
        legend: s!("Vad behöver du uppnå?", "What do you need to achieve?"),
        why: s!("Namnen låsa, försegla och spärra förväxlas ofta. Därför börjar vi i vad som ska hända; svaret avgör vilken åtgärd och vilken rutin som gäller.", "The names låsa (lock), försegla (seal) and spärra (block) are often confused. So we start from what must happen; the answer decides which measure and which routine apply."),
        // S0 the three measures; S4 2.2.1 that they are told apart; the options' other routines: a
        // child's login and guardians (S1 1.2), lifting a lock (S1 5.3), guardians (S4 3), ombud (S4 4).
        cite: cites(&[cite(S0, ""), cite(S1, "1.2"), cite(S1, "5.3"), cite(S4, "2.2.1"), cite(S4, "3"), cite(S4, "4")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::NoLogin, s!("Invånaren ska inte kunna logga in på 1177", "The citizen must not be able to log in to 1177"), s!("Inga e-tjänster, och vården kan inte skicka ärenden till invånaren.", "No e-services, and healthcare cannot send messages (ärenden) to the citizen.")),
            o(V::NoRecordOnline, s!("Invånaren ska inte kunna läsa sin journal på nätet", "The citizen must not be able to read their record online"), s!("1177 Journalen, helt eller delvis.", "1177 Journalen, wholly or in part.")),
            o(V::NothingVia1177, s!("Ingenting av patientinformationen ska gå att nå via 1177", "It must not be possible to reach any of the patient information through 1177"), s!("Kräver både låst inloggning och förseglad journal.", "Requires both a locked login and a sealed record.")),
            o(V::NoSharing, s!("Personal på andra enheter eller hos andra vårdgivare ska inte kunna läsa journalen", "Staff at other units or at other care providers must not be able to read the record"), s!("Spärr inom eller mellan vårdgivare.", "A block (spärr) within or between care providers.")),
            o(V::GuardianOut, s!("Vårdnadshavare ska inte nå barnets 1177 eller journal", "Legal guardians must not reach the child's 1177 or record"), s!("Barnets inloggning och vårdnadshavares direktåtkomst.", "The child's login and the legal guardians' direct access.")),
            o(V::GuardianExtend, s!("Åtkomst till journalen för ett barn mellan 13 och 15 år", "Access to the record for a child between 13 and 15 years old"), s!("Vårdnadshavarens förlängda eller barnets egen direktåtkomst.", "The legal guardian's extended direct access, or the child's own direct access.")),
            o(V::Representative, s!("En legal ställföreträdare vill ha åtkomst till journalen", "A legal representative (legal ställföreträdare) wants access to the record"), s!("Direktåtkomst som ombud.", "Direct access as a representative (ombud).")),
        ],
        shortcut_legend: s!("Eller välj åtgärden direkt, till exempel för att häva en åtgärd", "Or choose the measure directly, for example to lift a measure"),
        shortcut: &[
            o(V::Lock, s!("Låsa inloggning till 1177", "Lock the login to 1177 (låsa inloggning)"), s!("Låsa eller häva en låsning.", "Lock the login, or lift a lock.")),
            o(V::Seal, s!("Försegla journalen", "Seal the record (försegla)").cz(c!("Försegla journalen", "Seal your record (försegla journalen)")), s!("Försegla eller häva en försegling.", "Seal the record, or lift a sealing.")),
            o(V::Block, s!("Spärra journal", "Block the record (spärra journal)").cz(c!("Spärra journal", "Block your record (spärra journal)")), s!("Sätta eller häva en spärr.", "Place a block, or lift a block.")),
            o(V::Guardian, s!("Vårdnadshavares direktåtkomst till barns journal", "Legal guardians' direct access to a child's record"), s!("Försegla, häva, förlänga eller ta bort förlängning.", "Seal, lift, extend, or remove an extension.")),
            o(V::Ombud, s!("Direktåtkomst som ombud", "Direct access as a representative (ombud)"), s!("Legal ställföreträdare.", "Legal representative (legal ställföreträdare).")),
        ],
        when: &[&[STAFF]],
    },
    QuestionDef {
        id: "start-citizen",
        legend: sc!("Vad vill du göra?", "What do you want to do?"),
        why: sc!("Svaret avgör vilket sätt att skydda dina uppgifter som passar, och vad du kan göra själv.", "Your answer decides which way of protecting your information fits, and what you can do yourself."),
        // S0 the three measures; the options' other routines: someone else logs in or forces the
        // citizen (S1 4.1), lifting a lock (S1 5.3), a child of 13–15 (S4 3.4), ombud (S4 4).
        cite: cites(&[cite(S0, ""), cite(S1, "4.1"), cite(S1, "5.3"), cite(S4, "3.4"), cite(S4, "4")]),
        answer_cite: cites(&[]),
        options: &[
            oa(V::NoLogin, &[V::ByCitizen], sc!("Jag vill inte kunna logga in på 1177", "I do not want to be able to log in to 1177"), s!("", "")),
            oa(V::NothingVia1177, &[V::ByCitizen], sc!("Jag tror att någon annan loggar in som mig, eller tvingar mig att visa min journal", "I think someone else is logging in as me, or forces me to show my record"), s!("", "")),
            oa(V::NoRecordOnline, &[V::ByCitizen], sc!("Jag vill dölja min journal på 1177 för mig själv, helt eller delvis", "I want to hide my record on 1177 from myself, all of it or part of it"), s!("", "")),
            o(V::NoSharing, sc!("Jag vill att andra mottagningar eller vårdgivare inte ska kunna läsa min journal", "I want other clinics or care providers not to be able to read my record"), s!("", "")),
            oa(V::SealedByCitizen, &[V::Seal, V::Lift, V::ByCitizen], sc!("Jag vill ta bort en försegling som jag själv har gjort", "I want to remove a sealing that I made myself"), s!("", "")),
            oa(V::SealedByCare, &[V::Seal, V::Lift, V::ByCitizen], sc!("Vården har förseglat min journal. Vad gäller nu?", "Healthcare staff have sealed my record. What happens now?"), s!("", "")),
            oa(V::LockedByCitizen, &[V::Lock, V::Lift], sc!("Jag vill ta bort en låsning av inloggningen som jag själv har begärt", "I want to remove a lock on my login that I asked for myself"), s!("", "")),
            oa(V::LockedByRegion, &[V::Lock, V::Lift], sc!("En region har låst min inloggning. Hur tar jag bort låsningen?", "A region has locked my login. How do I get the lock removed?"), s!("", "")),
            oa(V::LockedByUnknown, &[V::Lock, V::Lift], sc!("Min inloggning är låst och jag vet inte vem som låste den", "My login is locked and I do not know who locked it"), s!("", "")),
            o(V::GuardianOut, sc!("En vårdnadshavare ska inte kunna se mitt barns 1177 eller journal", "I do not want a legal guardian to be able to see my child's 1177 or record"), s!("", "")),
            o(V::GuardianExtend, sc!("Mitt barn är 13 till 15 år. Jag eller barnet vill kunna läsa barnets journal.", "My child is 13 to 15. My child or I want to be able to read the child's record."), s!("", "")),
            o(V::Representative, sc!("Jag är god man eller förvaltare och vill kunna läsa journalen", "I am a god man or förvaltare (appointed by the district court) and want to be able to read the record"), s!("", "").cz(c!("Det gäller bara om tingsrätten har gett dig i uppdrag att sörja för person.", "This applies only if the district court (tingsrätten) has given you the task to look after the person (sörja för person)."))),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[CITIZEN_VIEW]],
    },
    QuestionDef {
        id: "action-lock",
        legend: s!("Ska inloggningen låsas, eller ska en låsning hävas?", "Is the login to be locked (låsa inloggning), or is a lock to be lifted?"),
        why: s!("Att låsa och att häva en låsning är olika rutiner med delvis olika beslutsfattare.", "Locking and lifting a lock are different routines with partly different decision-makers."),
        cite: cites(&[cite(S1, "3.3"), cite(S1, "5.3")]),
        answer_cite: cites(&[]),
        options: &[o(V::Apply, s!("Låsa inloggningen", "Lock the login (låsa inloggning)"), s!("", "")), o(V::Lift, s!("Häva en låsning", "Lift a lock (häva en låsning)"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK, RJH]],
    },
    QuestionDef {
        id: "action-seal",
        legend: s!("Ska journalen förseglas, eller ska en försegling hävas?", "Is the record to be sealed (försegla), or is a sealing to be lifted?"),
        why: s!("Att häva en försegling på invånarens begäran kräver en särskild procedur, och vårdens tillfälliga försegling kräver ett eget beslut för att gälla längre.", "Lifting a sealing at the citizen's request requires a special procedure, and a temporary sealing by healthcare requires a decision of its own to apply for longer."),
        cite: cites(&[cite(S4, "2.3"), cite(S4, "2.2.2"), cite(S2, "Invånare som vill ta bort försegling")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Apply, s!("Försegla journalen", "Seal the record (försegla)").cz(c!("Försegla journalen", "Seal your record (försegla journalen)")), s!("", "")),
            o(V::Lift, s!("Häva en försegling", "Lift a sealing (häva en försegling)"), s!("", "")),
            o(V::Continue, s!("Fortsatt försegling", "Continued sealing (fortsatt försegling)"), s!("Vårdens tillfälliga försegling ska gälla en längre period.", "A temporary sealing by healthcare is to apply for a longer period.")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL]],
    },
    QuestionDef {
        id: "action-block",
        legend: s!("Ska en spärr sättas, eller ska en spärr hävas?", "Is a block (spärr) to be placed, or is a block to be lifted?"),
        why: s!("Källorna beskriver spärr olika utförligt för att sätta och att häva.", "The sources describe placing a block and lifting a block in differing detail."),
        // Region Jämtland Härjedalen's S0 places one; only the national page says how one is lifted.
        cite: cites(&[cite(S0, "Spärra journal"), cite(N1, "")]),
        answer_cite: cites(&[]),
        options: &[o(V::Apply, s!("Sätta en spärr", "Place a block (spärr)"), s!("", "")), o(V::Lift, s!("Häva en spärr", "Lift a block (häva en spärr)"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[BLOCK]],
    },
    QuestionDef {
        id: "action-guardian",
        legend: s!("Vad gäller vårdnadshavares direktåtkomst?", "What is to be done about the legal guardians' direct access?"),
        why: s!("Ärendena har olika blanketter och beslutsfattare.", "The cases have different forms and decision-makers."),
        cite: cites(&[cite(S4, "3")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Apply, s!("Försegla vårdnadshavares direktåtkomst", "Seal (försegla) legal guardians' direct access"), s!("Vårdnadshavare ska inte kunna läsa barnets journal.", "Legal guardians must not be able to read the child's record.")),
            o(V::Lift, super::outcomes::GUARDIAN_LIFT, s!("", "")),
            o(V::Extend, s!("Förlängd direktåtkomst för ett barn mellan 13 och 15 år", "Extended direct access for a child between 13 and 15 years old"), s!("", "")),
            o(V::RemoveExtension, super::outcomes::REMOVE_EXTENSION, s!("", "")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[GUARDIAN, RJH]],
    },
    QuestionDef {
        id: "age",
        legend: s!("Hur gammal är barnet?", "How old is the child?").cz(c!("Hur gammal är barnet?", "How old is the child?")),
        why: AGE_WHY,
        cite: cites(&[cite(S1, "1.1"), cite(S4, "3.1"), cite(S4, "3.4")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Under13, s!("Under 13 år", "Under 13").cz(c!("Under 13 år", "Under 13")), s!("", "")),
            o(V::Age13To15, s!("13 till 15 år", "13 to 15").cz(c!("13 till 15 år", "13 to 15")), s!("", "")),
            o(V::Age16To17, s!("16 eller 17 år", "16 or 17").cz(c!("16 eller 17 år", "16 or 17")), s!("", "")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_AND_GUARDIAN, RJH], &[GUARDIAN, APPLY, RJH]],
    },
    QuestionDef {
        id: "by-lock",
        legend: s!("Vem begär låsningen?", "Who is asking for the lock (låsning)?"),
        why: s!("Invånarens egen begäran hanteras av Inera; vårdens eller en extern parts begäran hanteras av den region där invånaren är skriven.", "The citizen's own request is handled by Inera (the company that runs 1177 for the regions); a request from healthcare or from an external party is handled by the region where the citizen is registered (skriven)."),
        cite: cites(&[cite(S0, "Låsa inloggning till 1177")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::ByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("", "")),
            o(V::ByCare, s!("Hälso- och sjukvårdspersonal", "Healthcare staff").cz(c!("Vården", "Healthcare staff")), s!("", "")),
            o(V::ByAuthority, s!("En annan myndighet eller extern part", "Another authority or external party"), s!("Till exempel Polisen eller socialtjänsten.", "For example the police (Polisen) or the social services (socialtjänsten).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, RJH]],
    },
    QuestionDef {
        id: "by-seal",
        legend: s!("Vem tar initiativet till förseglingen?", "Who takes the initiative to seal the record (försegla)?"),
        why: s!("Invånaren förseglar själv; vårdens försegling kräver menprövning, beslut och slutdatum.", "The citizen seals it themselves; a sealing by healthcare requires a menprövning (an assessment of whether disclosure would harm someone), a decision and a slutdatum (end date)."),
        // S0 gives its examples of "annan extern part" (Polisen, socialtjänsten) under locking.
        cite: cites(&[cite(S4, "2.2"), cite(S0, "Försegla journal"), cite(S0, "Låsa inloggning till 1177")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::ByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("", "")),
            o(V::ByCare, s!("Hälso- och sjukvårdspersonal", "Healthcare staff").cz(c!("Vården", "Healthcare staff")), s!("", "")),
            o(V::ByAuthority, s!("En annan myndighet eller extern part", "Another authority or external party"), s!("Till exempel Polisen eller socialtjänsten.", "For example the police (Polisen) or the social services (socialtjänsten).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL, APPLY, RJH]],
    },
    QuestionDef {
        id: "by-seal-jonkoping",
        legend: s!("Vem tar initiativet till förseglingen?", "Who takes the initiative to seal the record (försegla)?"),
        why: s!("Invånaren förseglar själv eller via kontaktcenter; vården förseglar bara i undantagsfall.", "The citizen seals it themselves or through kontaktcenter (Region Jönköpings län's contact centre); healthcare seals only in exceptional cases."),
        cite: cites(&[cite(S2, "Invånare som vill försegla"), cite(S2, "Vårdpersonal som vill försegla")]),
        answer_cite: cites(&[]),
        options: &[o(V::ByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("", "")), o(V::ByCare, s!("Vårdpersonal", "Care staff"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[ANY_SEAL, APPLY, JKPG]],
    },
    QuestionDef {
        id: "sealedby",
        legend: s!("Vem förseglade journalen?", "Who sealed the record?"),
        why: s!("Rutinerna för att häva skiljer sig åt beroende på vem som förseglade: invånaren själv eller vården, som alltid sätter ett slutdatum.", "The routines for lifting differ depending on who sealed it: the citizen themselves, or healthcare, which always sets a slutdatum (end date)."),
        // Who sealed, and care's end date: S4 2.2, S2 "Rutin vid försegling".
        cite: cites(&[cite(S4, "2.3.1"), cite(S4, "2.3.2"), cite(S2, "Invånare som vill ta bort försegling"), cite(S2, "Vårdpersonal som vill ta bort försegling"), cite(S4, "2.2"), cite(S2, "Rutin vid försegling")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::SealedByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("I 1177 Journalen eller via blankett.", "In 1177 Journalen or with a form.")),
            o(V::SealedByCare, s!("Vården", "Healthcare"), s!("En tillfällig försegling på vårdens initiativ, med slutdatum.", "A temporary sealing on healthcare's initiative, with a slutdatum (end date).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL, LIFT]],
    },
    QuestionDef {
        id: "by-seal-lift",
        legend: s!("Vem tar initiativet till att häva förseglingen?", "Who takes the initiative to lift the sealing (häva förseglingen)?"),
        why: s!("Invånarens hävning kräver en särskild procedur med rekommenderat brev; vården kan häva sin egen försegling före slutdatum.", "Lifting by the citizen requires a special procedure with a registered letter; healthcare can lift its own sealing before the slutdatum (end date)."),
        cite: cites(&[cite(S4, "2.3"), cite(S2, "Invånare som vill ta bort försegling"), cite(S2, "Vårdpersonal som vill ta bort försegling")]),
        answer_cite: cites(&[]),
        options: &[o(V::ByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("", "")), o(V::ByCare, s!("Vården", "Healthcare"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL, LIFT]],
    },
    QuestionDef {
        id: "by-guardian-out",
        legend: s!("Vem har sett behovet?", "Who has seen the need?"),
        why: s!("När en annan myndighet begär låsningen beslutar ändå alltid vården, och det är delvis andra roller som beslutar.", "When another authority asks for the lock, healthcare still always makes the decision, and partly different roles decide."),
        // The roles: S1 3.3 against 4.3; the examples of another authority: S0.
        cite: cites(&[cite(S1, "3.3"), cite(S1, "4.2"), cite(S1, "4.3"), cite(S0, "Låsa inloggning till 1177")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::ByCare, s!("Hälso- och sjukvårdspersonal", "Healthcare staff").cz(c!("Vården", "Healthcare staff")), s!("", "")),
            o(V::ByAuthority, s!("En annan myndighet eller extern part", "Another authority or external party"), s!("Till exempel Polisen eller socialtjänsten.", "For example the police (Polisen) or the social services (socialtjänsten).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_AND_GUARDIAN, STAFF, RJH]],
    },
    QuestionDef {
        id: "by-extend",
        legend: s!("Vem ska få direktåtkomst?", "Who is to get direct access?").cz(c!("Vem ska kunna läsa journalen på nätet?", "Who should be able to read the record online?")),
        why: s!("Vårdnadshavarens förlängning och barnets egen åtkomst har var sin blankett.", "The legal guardian's extension and the child's own access each have their own form.").cz(c!("Det finns en blankett för vårdnadshavaren och en för barnet.", "There is one form for the legal guardian and one for the child.")),
        cite: cites(&[cite(S4, "3.4")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::ByGuardian, s!("Vårdnadshavare (den ena eller båda)", "Legal guardian (one or both)").cz(c!("Vårdnadshavare (den ena eller båda)", "Legal guardian (one or both)")), s!("", "")),
            o(V::ByChild, s!("Barnet självt", "The child themselves").cz(c!("Barnet självt", "The child themselves")), s!("Utifrån barnets mognadsgrad.", "Based on the child's maturity.").cz(c!("Beror på hur moget barnet är.", "Depends on how mature the child is."))),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[GUARDIAN, &[V::Extend], RJH]],
    },
    QuestionDef {
        id: "by-remove-extension",
        legend: s!("Vem initierar ärendet?", "Who starts the case?").cz(c!("Vem vill ta bort åtkomsten?", "Who wants to remove the access?")),
        why: s!("Initierar vården ärendet används en annan blankett.", "If healthcare starts the case, a different form is used.").cz(c!("Om vården gör det finns en egen blankett.", "If care does it, there is a form of its own.")),
        cite: cites(&[cite(S4, "3.5")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::ByGuardian, s!("Vårdnadshavare", "Legal guardian").cz(c!("Vårdnadshavare", "Legal guardian")), s!("", "")),
            o(V::ByChild, s!("Barnet", "The child").cz(c!("Barnet", "The child")), s!("", "")),
            o(V::ByCare, s!("Hälso- och sjukvårdspersonal", "Healthcare staff").cz(c!("Vården", "Healthcare staff")), s!("", "")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[GUARDIAN, &[V::RemoveExtension], RJH]],
    },
    QuestionDef {
        id: "home",
        legend: s!("Är invånaren skriven i Region Jämtland Härjedalen?", "Is the citizen registered (skriven) in Region Jämtland Härjedalen?"),
        why: s!("Beslut om låsning kan bara fattas om invånaren är skriven i regionen; annars hanteras den av den region där invånaren är skriven.", "A decision on a lock can only be taken if the citizen is registered (skriven) in the region; otherwise the lock is handled by the region where the citizen is registered."),
        cite: cites(&[cite(S1, "3.3"), cite(S1, "4.2"), cite(S0, "Låsa inloggning till 1177")]),
        answer_cite: cites(&[]),
        options: &[o(V::HomeRegion, s!("Ja", "Yes").cz(c!("Ja", "Yes")), s!("", "")), o(V::HomeOther, s!("Nej, i en annan region", "No, in another region"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, RJH]],
    },
    QuestionDef {
        id: "home-child",
        legend: s!("Är barnet skrivet i Region Jämtland Härjedalen?", "Is the child registered (skrivet) in Region Jämtland Härjedalen?"),
        why: s!("Beslut om låsning kan bara fattas om barnet är skrivet i regionen; annars hanteras låsningen av den region där barnet är skrivet.", "A decision on a lock can only be taken if the child is registered (skrivet) in the region; otherwise the lock is handled by the region where the child is registered."),
        cite: cites(&[cite(S1, "3.3"), cite(S1, "4.2"), cite(S0, "Låsa inloggning till 1177")]),
        answer_cite: cites(&[]),
        options: &[o(V::HomeRegion, s!("Ja", "Yes").cz(c!("Ja", "Yes")), s!("", "")), o(V::HomeOther, s!("Nej, i en annan region", "No, in another region"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_AND_GUARDIAN, CARE_OR_AUTHORITY, RJH]],
    },
    QuestionDef {
        id: "lockedby",
        legend: s!("Vem begärde låsningen från början?", "Who asked for the lock (låsning) in the first place?"),
        why: s!("Det avgör vem som hanterar hävningen. I 1177:s användargränssnitt syns om kontot låsts på invånarens egen begäran eller av en region.", "That decides who handles the lifting. The 1177 user interface shows whether the account was locked at the citizen's own request or by a region."),
        cite: cites(&[cite(S1, "5.3")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::LockedByCitizen, s!("Invånaren själv", "The citizen themselves"), s!("", "")),
            o(V::LockedByRegion, s!("Region Jämtland Härjedalen", "Region Jämtland Härjedalen"), s!("", "")),
            o(V::LockedByOtherRegion, s!("En annan region", "Another region"), s!("", "")),
            o(V::LockedByUnknown, s!("Vet inte", "Don't know"), s!("I 1177 syns om kontot låsts av invånaren själv eller av en region.", "1177 shows whether the account was locked by the citizen themselves or by a region.")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK, LIFT, RJH]],
    },
    QuestionDef {
        id: "home-lift",
        legend: s!("Är invånaren folkbokförd i Region Jämtland Härjedalen?", "Is the citizen registered as living (folkbokförd) in Region Jämtland Härjedalen?").cz(c!("Är du folkbokförd (står du skriven) i Region Jämtland Härjedalen?", "Are you registered as living (folkbokförd) in Region Jämtland Härjedalen?")),
        why: super::outcomes::LIFT_BY_HOME_REGION,
        cite: cites(&[cite(S1, "5.3")]),
        answer_cite: cites(&[]),
        options: &[o(V::HomeRegion, s!("Ja", "Yes").cz(c!("Ja", "Yes")), s!("", "")), o(V::HomeOther, s!("Nej", "No").cz(c!("Nej", "No")), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK, LIFT, &[V::LockedByRegion, V::LockedByOtherRegion], RJH]],
    },
    QuestionDef {
        id: "grounds-care",
        legend: s!("Vad är skälet till låsningen?", "What is the reason for the lock (låsning)?"),
        why: s!("Riktlinjen anger skäl till beslut, och ett skäl som inte motiverar låsning.", "The guideline lists reasons for a decision, and one reason that does not justify a lock."),
        cite: cites(&[cite(S1, "3.1")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Violence, s!("Våldsutsatthet", "Exposure to violence"), s!("", "")),
            o(V::Investigation, s!("Rättslig utredning", "Legal investigation"), s!("", "")),
            o(V::Hiding, s!("Behov av att vara gömd", "Need to be in hiding"), s!("", "")),
            o(V::ChildIntegrity, s!("Barnets integritet måste skyddas", "The child's privacy (integritet) must be protected"), s!("", "")),
            o(V::GuardianAccess, s!("Vårdnadshavare bör inte längre komma åt barnets inloggade läge på 1177.se", "Legal guardians should no longer reach the child's logged-in area on 1177.se"), AGE_WHY_CITED),
            o(V::ProtectedIdentity, s!("Skyddad identitet: misstanke om att utomstående har tillgång till invånarens bank-id", "Protected identity (skyddad identitet): suspicion that outsiders have access to the citizen's BankID"), s!("", "")),
            o(V::Misuse, s!("Invånaren missbrukar 1177 för andra ändamål än vård", "The citizen misuses 1177 for purposes other than care"), s!("Till exempel hot eller trakasserier mot vårdpersonal, eller orimligt många bokade tider.", "For example threats or harassment of care staff, or unreasonably many booked appointments.")),
            o(V::AbnormalUse, s!("Invånaren anses använda en e-tjänst i onormal omfattning", "The citizen is considered to use an e-service to an abnormal extent"), s!("Till exempel Synpunkter och klagomål.", "For example Synpunkter och klagomål (the feedback and complaints e-service).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE, HOME, RJH]],
    },
    QuestionDef {
        id: "grounds-authority",
        legend: s!("Vad är skälet till begäran?", "What is the reason for the request?"),
        why: s!("Riktlinjen anger skäl till beslut, och ett skäl som inte motiverar låsning.", "The guideline lists reasons for a decision, and one reason that does not justify a lock."),
        cite: cites(&[cite(S1, "4.1"), cite(S1, "3.1")]),
        // S1 3.1 backs "onormal omfattning", which leads to a refusal; every other ground is S1 4.1's.
        answer_cite: cites(&[cite(S1, "4.1")]),
        options: &[
            o(V::Violence, s!("Våldsutsatthet", "Exposure to violence"), s!("", "")),
            o(V::Forced, s!("Invånaren tvingas under hot att logga in och visa sin vårdinformation", "The citizen is forced under threat to log in and show their care information"), s!("", "")),
            o(V::SomeoneElse, s!("Misstanke om att någon annan loggar in och läser vårdinformationen", "Suspicion that someone else logs in and reads the care information"), s!("Till exempel partner eller förälder.", "For example a partner or a parent.")),
            o(V::Escape, s!("Undvika att 1177 används för att planera och utföra fritagning av häktad eller fängslad", "Prevent 1177 from being used to plan and carry out the escape with outside help (fritagning) of someone remanded in custody (häktad) or imprisoned (fängslad)"), s!("", "")),
            o(V::GuardianAccess, s!("Vårdnadshavare bör inte längre komma åt barnets inloggade läge på 1177.se", "Legal guardians should no longer reach the child's logged-in area on 1177.se"), AGE_WHY_CITED),
            o(V::AbnormalUse, s!("Invånaren anses använda en e-tjänst i onormal omfattning", "The citizen is considered to use an e-service to an abnormal extent"), s!("Till exempel Synpunkter och klagomål.", "For example Synpunkter och klagomål (the feedback and complaints e-service).")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK_OR_LOCK_AND_SEAL, APPLY, AUTHORITY, HOME, RJH]],
    },
    QuestionDef {
        id: "urgency",
        legend: s!("Är det akut?", "Is it acute?"),
        why: s!("Akuta beslut fattas delvis av andra roller än ordinarie beslut, och kan verkställas av bakjouren.", "Acute decisions are taken partly by different roles from ordinary decisions, and can be executed by the bakjour (senior doctor on call)."),
        cite: cites(&[cite(S1, "3.3"), cite(S4, "2.2.2"), cite(S1, "4.3"), cite(S4, "3.2")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Ordinary, s!("Nej, ordinarie handläggning", "No, ordinary handling"), s!("", "")),
            o(V::Acute, s!("Ja, det finns ett omedelbart behov", "Yes, there is an immediate need"), s!("", "")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[
            &[LOCK_OR_LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, HOME, VALID_GROUNDS, RJH],
            &[LOCK_AND_GUARDIAN, CARE_OR_AUTHORITY, RJH],
            &[LOCK_AND_SEAL, APPLY, CARE_OR_AUTHORITY, AWAY, RJH],
            &[SEAL, APPLY, CARE_OR_AUTHORITY, RJH],
        ],
    },
    QuestionDef {
        id: "hours",
        legend: s!("Kan verkställandet vänta till ordinarie kontorstid?", "Can the execution wait until ordinary office hours?"),
        why: s!("Brådskande ärenden som inte kan vänta verkställs av bakjouren i stället för av Central support. Källorna anger inga klockslag för kontorstid.", "Urgent cases that cannot wait are executed by the bakjour (senior doctor on call) instead of by Central support (the region's central support for the Journalen service). The sources give no times for office hours."),
        cite: cites(&[cite(S1, "3.3"), cite(S4, "2.2.2")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Office, s!("Ja", "Yes").cz(c!("Ja", "Yes")), s!("Det är ordinarie kontorstid nu, eller verkställandet kan vänta dit.", "It is ordinary office hours now, or the execution can wait until then.")),
            o(V::After, s!("Nej", "No").cz(c!("Nej", "No")), s!("Det är jourtid och verkställandet kan inte vänta.", "It is out of hours (jourtid) and the execution cannot wait.")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[
            &[ACUTE, &[V::CaseLock, V::CaseLockAndSeal, V::CaseSeal], RJH],
            // Guardians' access is sealed by barnklinikens bakjour at any hour: only the lock of the
            // child's login, decided here, depends on office hours.
            &[ACUTE, LOCK_AND_GUARDIAN, HOME, RJH],
        ],
    },
    QuestionDef {
        id: "scope-citizen",
        legend: s!("Ska hela journalen förseglas, eller en del av den?", "Is the whole record to be sealed (försegla), or part of it?").cz(c!("Vill du försegla hela journalen, eller bara en del av den?", "Do you want to seal the whole record, or only part of it?")),
        why: s!("Hela journalen kan invånaren försegla själv; en del förseglas på annat sätt.", "The citizen can seal the whole record themselves; a part is sealed in another way.").cz(c!("Hela journalen kan du stänga själv. En del av journalen stängs på ett annat sätt.", "You can close the whole record yourself. Part of the record is closed in another way.")),
        cite: cites(&[cite(S0, "Försegla journal"), cite(S2, "Försegla hela 1177 Journalen"), cite(S2, "Försegla delvis")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::Whole, s!("Hela journalen", "The whole record").cz(c!("Hela journalen", "The whole record")), s!("All information från alla regioner och vårdgivare.", "All information from all regions and care providers.").cz(c!("All information från alla regioner och vårdgivare.", "All information from all regions and care providers."))),
            o(V::Part, s!("En del av journalen", "Part of the record").cz(c!("En del av journalen", "Part of the record")), s!("Till exempel enbart information från en viss vårdgivare eller vårdenhet.", "For example only information from a particular care provider or care unit.").cz(c!("Till exempel bara information från en viss vårdgivare eller vårdenhet.", "For example only information from a particular care provider or care unit."))),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL, APPLY, CITIZEN]],
    },
    QuestionDef {
        id: "scope-care",
        legend: s!("Från vilka enheter ska journalen förseglas?", "From which units is the record to be sealed (försegla)?"),
        why: s!("Vården kan enligt rutinen försegla från en viss enhet eller från alla enheter.", "According to the routine, healthcare can seal from one particular unit or from all units."),
        cite: cites(&[cite(S4, "2.2.2")]),
        answer_cite: cites(&[]),
        options: &[o(V::Part, s!("Från en viss enhet", "From one particular unit"), s!("", "")), o(V::Whole, s!("Från alla enheter", "From all units"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[SEAL, APPLY, CARE_OR_AUTHORITY, ORDINARY, RJH]],
    },
    QuestionDef {
        id: "followup",
        legend: s!("Görs hävningen vid uppföljning av en förseglad journal?", "Is the lifting done at the follow-up of a sealed record?"),
        why: s!("När låsningen gjordes i samma ärende som en försegling gör regionöverläkare bedömningen vid uppföljningen.", "When the lock was made in the same case as a sealing, the regionöverläkare (the region's chief physician) makes the assessment at the follow-up."),
        cite: cites(&[cite(S1, "5.2"), cite(S1, "5.3")]),
        answer_cite: cites(&[]),
        options: &[
            o(V::FollowUpYes, s!("Ja, låsningen gjordes i samma ärende som en försegling", "Yes, the lock was made in the same case as a sealing"), s!("", "")),
            o(V::FollowUpNo, s!("Nej", "No").cz(c!("Nej", "No")), s!("", "")),
        ],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[LOCK, LIFT, &[V::LockedByRegion], HOME, STAFF, RJH]],
    },
    QuestionDef {
        id: "units",
        legend: s!("Hur många enheter är berörda?", "How many units are concerned?"),
        why: super::outcomes::SEVERAL_UNITS,
        cite: cites(&[cite(S1, "5.3")]),
        answer_cite: cites(&[]),
        options: &[o(V::UnitsOne, s!("En enhet", "One unit"), s!("", "")), o(V::UnitsSeveral, s!("Flera enheter, eller det är oklart", "Several units, or it is unclear"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[
            &[LOCK, LIFT, &[V::LockedByRegion], HOME, &[V::FollowUpNo], STAFF, RJH],
            &[LOCK, LIFT, &[V::LockedByOtherRegion], HOME, STAFF, RJH],
        ],
    },
    QuestionDef {
        id: "ongoing",
        legend: s!("Är patienten under pågående vård och behandling?", "Is the patient in ongoing care and treatment?"),
        why: s!("Vården får försegla bara i undantagsfall, och bara för patienter under pågående vård och behandling.", "Healthcare may seal only in exceptional cases, and only for patients in ongoing care and treatment."),
        cite: cites(&[cite(S2, "Vårdpersonal som vill försegla")]),
        answer_cite: cites(&[]),
        options: &[o(V::OngoingYes, s!("Ja", "Yes").cz(c!("Ja", "Yes")), s!("", "")), o(V::OngoingNo, s!("Nej, patienten är färdigbehandlad", "No, the patient's treatment is finished"), s!("", ""))],
        shortcut: NO_SHORTCUT,
        shortcut_legend: s!("", ""),
        when: &[&[ANY_SEAL, APPLY, CARE, JKPG]],
    },
];

/// The labels of the region choice (not a question of the graph: the host page or the header sets it).
pub static REGIONS: &[(V, &str)] = &[(V::Rjh, "Region Jämtland Härjedalen"), (V::Jonkoping, "Region Jönköpings län")];

pub fn region_name(v: V) -> &'static str {
    REGIONS.iter().find(|(r, _)| *r == v).map(|(_, n)| *n).unwrap_or("")
}
