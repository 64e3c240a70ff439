//! The explainer: låsa inloggning, försegla journalen and spärra journal side by side, then
//! guardians' and ombud access. Every cell cites its source.

use crate::rules::model::{AccessRow, ExplainCell, ExplainRow};
use crate::rules::sources::{cite, Cite, Src::*};
use crate::rules::text::Say;
use crate::s;

const fn c(text: Say, cite: &'static [Cite]) -> ExplainCell {
    ExplainCell { text, cite }
}

/// The explainer's opening line.
pub static LEAD: ExplainCell = c(
    s!("Tre olika åtgärder som ofta förväxlas. Det finns ingen automatik mellan dem: att låsa upp inloggningen häver till exempel inte en försegling, och spärr och försegling ska hållas isär.", "Three different measures that are often confused. There is no automatic link between them: unlocking the login, for example, does not lift a sealing, and a block (spärr) and a sealing must be kept apart."),
    &[cite(S1, "5.1.1"), cite(S4, "2.2.1")],
);

/// The column headings, in the order of the cells.
pub static MEASURES: [(Say, Say); 3] = [
    (
        s!("Låsa inloggning", "Lock the login (låsa inloggning)"),
        s!("Invånaren kan inte logga in på 1177.se.", "The citizen cannot log in to 1177.se."),
    ),
    (
        s!("Försegla journalen", "Seal the record (försegla)"),
        s!(
            "Journalen går inte att läsa via nätet (1177 Journalen).",
            "The record cannot be read online (1177 Journalen)."
        ),
    ),
    (
        s!("Spärra journal", "Block the record (spärra journal)"),
        s!(
            "Personal utanför enheten eller vårdgivaren kan inte läsa journalen.",
            "Staff outside the unit or care provider cannot read the record."
        ),
    ),
];

pub static ROWS: &[ExplainRow] = &[
    ExplainRow {
        label: s!("Vad stängs", "What is closed"),
        cells: [
            c(s!("Inloggningen på 1177.se, alltså alla e-tjänster i hela landet. Vården kan inte heller skicka ärenden till invånaren (omvänt ärendeflöde).", "The login to 1177.se, and so every e-service in the whole country. Care staff cannot send cases (ärenden) to the citizen either (reverse case flow, omvänt ärendeflöde)."),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Invånarens åtkomst till journalen via nätet, eller en eller båda vårdnadshavares om det gäller ett barn. Hela journalen eller delar av den, till exempel en vårdgivare eller vårdenhet.", "The citizen's access to the record online, or that of one or both legal guardians if it concerns a child. The whole record or parts of it, for example a care provider or care unit."),
                &[cite(S0, "Försegla journal")]),
            c(s!("Att personal utanför den vårdgivare eller vårdenhet där spärren är satt läser uppgifterna. Yttre spärr: mellan vårdgivare. Inre spärr: inom vårdgivaren, mellan enheter.", "Staff outside the care provider or care unit where the block is placed reading the information. External block (yttre spärr): between care providers. Internal block (inre spärr): within the care provider, between units."),
                &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vad stängs inte", "What is not closed"),
        cells: [
            c(s!("1177 Journalen kan fortfarande nås med en direktlänk. Ska ingenting gå att nå behöver både inloggningen låsas och journalen förseglas.", "1177 Journalen can still be reached through a direct link. If nothing is to be reachable, the login must be locked and the record sealed."),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Inloggningen till 1177.se och övriga e-tjänster. Vården läser journalen som vanligt.", "The login to 1177.se and the other e-services. Care staff read the record as usual."),
                &[cite(S2, "Försegla hela 1177 Journalen"), cite(S3, "")]),
            c(s!("Invånarens egen åtkomst till 1177 Journalen: den styrs av försegling. Spärr och försegling är olika saker.", "The citizen's own access to 1177 Journalen: that is governed by sealing. A block and a sealing are different things."),
                &[cite(S4, "2.2.1")]),
        ],
    },
    ExplainRow {
        label: s!("Vem kan begära", "Who can request it"),
        cells: [
            c(s!("Invånaren själv, vårdpersonal eller annan extern part, till exempel Polisen eller socialtjänsten. En extern part beslutar aldrig.", "The citizen themself, care staff or another external party, for example the police (Polisen) or social services (socialtjänsten). An external party never decides."),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "4.2")]),
            c(s!("Invånaren själv, eller vårdgivare och annan extern part om Journalen via nätet kan orsaka men eller skada för patient, vårdpersonal eller tredje person.", "The citizen themself, or a care provider and another external party if Journalen via nätet (another name of 1177 Journalen) can cause harm or damage to the patient, care staff or a third person."),
                &[cite(S0, "Försegla journal")]),
            c(s!("Invånaren.", "The citizen."), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vem verkställer", "Who carries it out"),
        cells: [
            c(s!("Invånarens egen begäran: Inera. Vårdens eller en extern parts begäran: den region där invånaren är skriven, i Region Jämtland Härjedalen Central support för e-tjänsten journalen eller akut bakjouren.", "The citizen's own request: Inera (the company that runs 1177 for the regions). A request from care or an external party: the region where the citizen is registered (skriven); in Region Jämtland Härjedalen, Central support för e-tjänsten journalen (the region's central support for the Journalen service), or in acute cases the bakjour (senior doctor on call)."),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "3.3")]),
            c(s!("Invånaren själv i tjänsten. Annars Central support för e-tjänsten Journalen (Region Jämtland Härjedalen) eller kontaktcenter (Region Jönköpings län).", "The citizen themself, in the service. Otherwise Central support för e-tjänsten Journalen (central support for the Journalen service; Region Jämtland Härjedalen) or kontaktcenter (contact centre; Region Jönköpings län)."),
                &[cite(S4, "2.2.1"), cite(S2, "Invånare som vill försegla")]),
            c(s!("Enligt regionens rutin ”Spärr av journaluppgifter”, som inte ingår i källorna.", "Under the region's routine ”Spärr av journaluppgifter” (blocking of record information), which is not among the sources."), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Hur länge", "How long"),
        cells: [
            c(s!("Tills vidare, till dess att invånaren begär att låsningen hävs.", "Until further notice, until the citizen asks for the lock to be lifted."), &[cite(S1, "1.2.1")]),
            c(s!("Invånarens försegling: tills den hävs. Vårdens försegling: tidsbegränsad, slutdatum ska alltid sättas.", "The citizen's sealing: until it is lifted. Care's sealing: time-limited; a slutdatum (end date) must always be set."),
                &[cite(S4, "2.2.2"), cite(S2, "Rutin vid försegling")]),
            c(s!("Källorna anger inte.", "The sources do not say."), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Hur den hävs", "How it is lifted"),
        cells: [
            c(s!("Egen begäran: via Inera. Regionens låsning: av den region där invånaren är folkbokförd, efter beslut av patientansvarig läkare eller regionöverläkare. Att låsa upp häver inte en försegling.", "Own request: through Inera (the company that runs 1177 for the regions). The region's lock: by the region where the citizen is registered (folkbokförd), after a decision by the patientansvarig läkare (the physician responsible for the patient) or the regionöverläkare (the region's chief physician). Unlocking does not lift a sealing."),
                &[cite(S1, "5.3"), cite(S1, "5.1.1")]),
            c(s!("Med en särskild procedur: rekommenderat brev med tillägget ”Personlig utlämning” till folkbokföringsadressen (Region Jämtland Härjedalen) eller brev med unik kod (Region Jönköpings län).", "By a special procedure: a registered letter marked ”Personlig utlämning” (personal delivery: handed only to the addressee) to the registered address, folkbokföringsadress (Region Jämtland Härjedalen), or a letter with a unique code (Region Jönköpings län)."),
                &[cite(S4, "2.3.1"), cite(S2, "Invånare som vill ta bort försegling")]),
            c(s!("Källorna anger inte; se regionens rutin ”Spärr av journaluppgifter”.", "The sources do not say; see the region's routine ”Spärr av journaluppgifter” (blocking of record information)."), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Kan överklagas", "Can it be appealed"),
        cells: [
            c(s!("Nej. Det finns heller ingen informationsplikt, men verksamheten får informera.", "No. Nor is there any duty to inform, but the care unit may inform."), &[cite(S1, "1.2.2")]),
            c(s!("Nej. Patienten kan alltid begära ut uppgifterna enligt tryckfrihetsförordningen.", "No. The patient can always request the information under tryckfrihetsförordningen (the Freedom of the Press Act, which gives the right to official documents)."),
                &[cite(S2, "En patient kan inte överklaga beslut om borttagen information")]),
            c(s!("Källorna anger inte.", "The sources do not say."), &[cite(S0, "Spärra journal")]),
        ],
    },
];

/// National facts about spärr (public national pages, never a region's routine), shown apart
/// from the table below it: the five sources say almost nothing about how a spärr is placed.
pub static NATIONAL: &[ExplainCell] = &[
    c(s!("En inre spärr begärs på den mottagning som har uppgifterna, i vissa regioner även som inloggad på 1177. Andra mottagningar kan se att det finns spärrad information, men inte vad den innehåller.", "An internal block (inre spärr) is requested at the clinic that holds the information, in some regions also when logged in on 1177. Other clinics can see that there is blocked information, but not what it contains."), &[cite(N1, "")]),
    c(s!("En spärr gäller tills den tas bort, eller för en begränsad tid, och tas bort genom kontakt med den mottagning som satte den.", "A block applies until it is removed, or for a limited time, and is removed by contacting the clinic that placed it."), &[cite(N1, "")]),
    c(s!("Att öppna spärrad information kräver patientens uttryckliga samtycke. Kan patienten inte samtycka får den öppnas om informationen kan antas ha betydelse för vård som patienten oundgängligen behöver.", "Opening blocked information requires the patient's explicit consent. If the patient cannot consent, it may be opened if the information can be assumed to be of importance for care that the patient indispensably needs."), &[cite(N2, "")]),
    c(s!("Sedan 2023-01-01 regleras delningen mellan vårdgivare av lagen (2022:913) om sammanhållen vård- och omsorgsdokumentation.", "Since 2023-01-01, sharing between care providers has been governed by the Act (2022:913) on coordinated health and social care documentation (lagen om sammanhållen vård- och omsorgsdokumentation)."), &[cite(N3, "")]),
];

/// Guardians' access by the child's age, and ombud access.
pub static ACCESS: &[AccessRow] = &[
    AccessRow {
        who: s!("Barn under 13 år", "Children under 13"),
        ages: Some((0, 12)),
        text: s!("Vårdnadshavare når barnets 1177 e-tjänster via ombudsläget och har direktåtkomst till barnets journal. Undantag kan i särskilda fall beslutas av verksamhetschef.", "Legal guardians reach the child's 1177 e-services through the representative mode (ombudsläget) and have direct access to the child's record. In special cases, exceptions may be decided by the verksamhetschef (head of the care unit)."),
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: s!("Barn 13–15 år", "Children aged 13–15"),
        ages: Some((13, 15)),
        text: s!("Barnet kan logga in med egen e-legitimation, men ser inte sin journal. Vårdnadshavare har inte längre direktåtkomst, men kan ansöka om förlängd direktåtkomst: den gäller ett år från underskrift och bara aktuell kliniks information, och behandlande läkare beslutar. Utifrån mognad kan barnet få egen direktåtkomst.", "The child can log in with their own e-identification (e-legitimation) but does not see their record. Legal guardians no longer have direct access, but can apply for extended direct access: it applies for one year from signature and only to the information of the clinic concerned, and the behandlande läkare (the treating physician) decides. Depending on maturity, the child can get their own direct access."),
        cite: &[cite(S1, "1.1"), cite(S4, "3.4")],
    },
    AccessRow {
        who: s!("Från 16 år", "From 16"),
        ages: Some((16, 200)),
        text: s!("Ungdomen ser sin egen journal i 1177.", "The young person sees their own record in 1177."),
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: s!("Försegla vårdnadshavares åtkomst", "Seal legal guardians' access"),
        ages: None,
        text: s!("Akut av barnklinikens bakjour; gäller alla verksamheters journaler. Under tiden får inga journalkopior lämnas ut till den vårdnadshavaren.", "Acutely, by the bakjour (senior doctor on call) at barnkliniken (the paediatric clinic); applies to the records of every unit (verksamhet). Meanwhile no record copies may be released to that legal guardian."),
        cite: &[cite(S4, "3.2"), cite(S4, "3.3")],
    },
    AccessRow {
        who: s!("Ombud", "Representative (ombud)"),
        ages: None,
        text: s!("Legal ställföreträdare med förordnande från tingsrätten att sörja för person kan ansöka. Behandlande läkare beslutar efter menprövning, med restriktivitet. Gäller ett år från underskrift.", "A legal representative (legal ställföreträdare) with an appointment from tingsrätten (the district court) to look after the person (sörja för person) can apply. The behandlande läkare (the treating physician) decides after menprövning (an assessment of whether disclosure would harm someone), restrictively. Valid for one year from signature."),
        cite: &[cite(S4, "4")],
    },
];
