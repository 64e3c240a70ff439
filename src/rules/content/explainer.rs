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
    s!("Tre olika åtgärder som ofta förväxlas. Det finns ingen automatik mellan dem: att låsa upp inloggningen häver till exempel inte en försegling, och spärr och försegling ska hållas isär.", ""),
    &[cite(S1, "5.1.1"), cite(S4, "2.2.1")],
);

/// The column headings, in the order of the cells.
pub static MEASURES: [(Say, Say); 3] = [
    (s!("Låsa inloggning", ""), s!("Invånaren kan inte logga in på 1177.se.", "")),
    (s!("Försegla journalen", ""), s!("Journalen går inte att läsa via nätet (1177 Journalen).", "")),
    (s!("Spärra journal", ""), s!("Personal utanför enheten eller vårdgivaren kan inte läsa journalen.", "")),
];

pub static ROWS: &[ExplainRow] = &[
    ExplainRow {
        label: s!("Vad stängs", ""),
        cells: [
            c(s!("Inloggningen på 1177.se, alltså alla e-tjänster i hela landet. Vården kan inte heller skicka ärenden till invånaren (omvänt ärendeflöde).", ""),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Invånarens åtkomst till journalen via nätet, eller en eller båda vårdnadshavares om det gäller ett barn. Hela journalen eller delar av den, till exempel en vårdgivare eller vårdenhet.", ""),
                &[cite(S0, "Försegla journal")]),
            c(s!("Att personal utanför den vårdgivare eller vårdenhet där spärren är satt läser uppgifterna. Yttre spärr: mellan vårdgivare. Inre spärr: inom vårdgivaren, mellan enheter.", ""),
                &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vad stängs inte", ""),
        cells: [
            c(s!("1177 Journalen kan fortfarande nås med en direktlänk. Ska ingenting gå att nå behöver både inloggningen låsas och journalen förseglas.", ""),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Inloggningen till 1177.se och övriga e-tjänster. Vården läser journalen som vanligt.", ""),
                &[cite(S2, "Försegla hela 1177 Journalen"), cite(S3, "")]),
            c(s!("Invånarens egen åtkomst till 1177 Journalen: den styrs av försegling. Spärr och försegling är olika saker.", ""),
                &[cite(S4, "2.2.1")]),
        ],
    },
    ExplainRow {
        label: s!("Vem kan begära", ""),
        cells: [
            c(s!("Invånaren själv, vårdpersonal eller annan extern part, till exempel Polisen eller socialtjänsten. En extern part beslutar aldrig.", ""),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "4.2")]),
            c(s!("Invånaren själv, eller vårdgivare och annan extern part om Journalen via nätet kan orsaka men eller skada för patient, vårdpersonal eller tredje person.", ""),
                &[cite(S0, "Försegla journal")]),
            c(s!("Invånaren.", ""), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vem verkställer", ""),
        cells: [
            c(s!("Invånarens egen begäran: Inera. Vårdens eller en extern parts begäran: den region där invånaren är skriven, i Region Jämtland Härjedalen Central support för e-tjänsten journalen eller akut bakjouren.", ""),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "3.3")]),
            c(s!("Invånaren själv i tjänsten. Annars Central support för e-tjänsten Journalen (Region Jämtland Härjedalen) eller kontaktcenter (Region Jönköpings län).", ""),
                &[cite(S4, "2.2.1"), cite(S2, "Invånare som vill försegla")]),
            c(s!("Enligt regionens rutin ”Spärr av journaluppgifter”, som inte ingår i källorna.", ""), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Hur länge", ""),
        cells: [
            c(s!("Tills vidare, till dess att invånaren begär att låsningen hävs.", ""), &[cite(S1, "1.2.1")]),
            c(s!("Invånarens försegling: tills den hävs. Vårdens försegling: tidsbegränsad, slutdatum ska alltid sättas.", ""),
                &[cite(S4, "2.2.2"), cite(S2, "Rutin vid försegling")]),
            c(s!("Källorna anger inte.", ""), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Hur den hävs", ""),
        cells: [
            c(s!("Egen begäran: via Inera. Regionens låsning: av den region där invånaren är folkbokförd, efter beslut av patientansvarig läkare eller regionöverläkare. Att låsa upp häver inte en försegling.", ""),
                &[cite(S1, "5.3"), cite(S1, "5.1.1")]),
            c(s!("Med en särskild procedur: rekommenderat brev med tillägget ”Personlig utlämning” till folkbokföringsadressen (Region Jämtland Härjedalen) eller brev med unik kod (Region Jönköpings län).", ""),
                &[cite(S4, "2.3.1"), cite(S2, "Invånare som vill ta bort försegling")]),
            c(s!("Källorna anger inte; se regionens rutin ”Spärr av journaluppgifter”.", ""), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Kan överklagas", ""),
        cells: [
            c(s!("Nej. Det finns heller ingen informationsplikt, men verksamheten får informera.", ""), &[cite(S1, "1.2.2")]),
            c(s!("Nej. Patienten kan alltid begära ut uppgifterna enligt tryckfrihetsförordningen.", ""),
                &[cite(S2, "En patient kan inte överklaga beslut om borttagen information")]),
            c(s!("Källorna anger inte.", ""), &[cite(S0, "Spärra journal")]),
        ],
    },
];

/// National facts about spärr (public national pages, never a region's routine), shown apart
/// from the table below it: the five sources say almost nothing about how a spärr is placed.
pub static NATIONAL: &[ExplainCell] = &[
    c(s!("En inre spärr begärs på den mottagning som har uppgifterna, i vissa regioner även som inloggad på 1177. Andra mottagningar kan se att det finns spärrad information, men inte vad den innehåller.", ""), &[cite(N1, "")]),
    c(s!("En spärr gäller tills den tas bort, eller för en begränsad tid, och tas bort genom kontakt med den mottagning som satte den.", ""), &[cite(N1, "")]),
    c(s!("Att öppna spärrad information kräver patientens uttryckliga samtycke. Kan patienten inte samtycka får den öppnas om informationen kan antas ha betydelse för vård som patienten oundgängligen behöver.", ""), &[cite(N2, "")]),
    c(s!("Sedan 2023-01-01 regleras delningen mellan vårdgivare av lagen (2022:913) om sammanhållen vård- och omsorgsdokumentation.", ""), &[cite(N3, "")]),
];

/// Guardians' access by the child's age, and ombud access.
pub static ACCESS: &[AccessRow] = &[
    AccessRow {
        who: s!("Barn under 13 år", ""),
        ages: Some((0, 12)),
        text: s!("Vårdnadshavare når barnets 1177 e-tjänster via ombudsläget och har direktåtkomst till barnets journal. Undantag kan i särskilda fall beslutas av verksamhetschef.", ""),
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: s!("Barn 13–15 år", ""),
        ages: Some((13, 15)),
        text: s!("Barnet kan logga in med egen e-legitimation, men ser inte sin journal. Vårdnadshavare har inte längre direktåtkomst, men kan ansöka om förlängd direktåtkomst: den gäller ett år från underskrift och bara aktuell kliniks information, och behandlande läkare beslutar. Utifrån mognad kan barnet få egen direktåtkomst.", ""),
        cite: &[cite(S1, "1.1"), cite(S4, "3.4")],
    },
    AccessRow {
        who: s!("Från 16 år", ""),
        ages: Some((16, 200)),
        text: s!("Ungdomen ser sin egen journal i 1177.", ""),
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: s!("Försegla vårdnadshavares åtkomst", ""),
        ages: None,
        text: s!("Akut av barnklinikens bakjour; gäller alla verksamheters journaler. Under tiden får inga journalkopior lämnas ut till den vårdnadshavaren.", ""),
        cite: &[cite(S4, "3.2"), cite(S4, "3.3")],
    },
    AccessRow {
        who: s!("Ombud", ""),
        ages: None,
        text: s!("Legal ställföreträdare med förordnande från tingsrätten att sörja för person kan ansöka. Behandlande läkare beslutar efter menprövning, med restriktivitet. Gäller ett år från underskrift.", ""),
        cite: &[cite(S4, "4")],
    },
];
