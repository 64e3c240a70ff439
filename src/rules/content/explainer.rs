//! The explainer: låsa inloggning, försegla journalen and spärra journal side by side, then
//! guardians' and ombud access. Every cell cites its source.

use crate::rules::model::{AccessRow, ExplainCell, ExplainRow};
use crate::rules::sources::{cite, Cite, Src::*};

const fn c(text: &'static str, cite: &'static [Cite]) -> ExplainCell {
    ExplainCell { text, cite }
}

/// The explainer's opening line.
pub static LEAD: ExplainCell = c(
    "Tre olika åtgärder som ofta förväxlas. Det finns ingen automatik mellan dem: att låsa upp inloggningen häver till exempel inte en försegling, och spärr och försegling ska hållas isär.",
    &[cite(S1, "5.1.1"), cite(S4, "2.2.1")],
);

/// The column headings, in the order of the cells.
pub static MEASURES: [(&str, &str); 3] = [
    ("Låsa inloggning", "Invånaren kan inte logga in på 1177.se."),
    ("Försegla journalen", "Journalen går inte att läsa via nätet (1177 Journalen)."),
    ("Spärra journal", "Personal utanför enheten eller vårdgivaren kan inte läsa journalen."),
];

pub static ROWS: &[ExplainRow] = &[
    ExplainRow {
        label: "Vad stängs",
        cells: [
            c("Inloggningen på 1177.se, alltså alla e-tjänster i hela landet. Vården kan inte heller skicka ärenden till invånaren (omvänt ärendeflöde).",
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c("Invånarens åtkomst till journalen via nätet, eller en eller båda vårdnadshavares om det gäller ett barn. Hela journalen eller delar av den, till exempel en vårdgivare eller vårdenhet.",
                &[cite(S0, "Försegla journal")]),
            c("Att personal utanför den vårdgivare eller vårdenhet där spärren är satt läser uppgifterna. Yttre spärr: mellan vårdgivare. Inre spärr: inom vårdgivaren, mellan enheter.",
                &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: "Vad stängs inte",
        cells: [
            c("1177 Journalen kan fortfarande nås med en direktlänk. Ska ingenting gå att nå behöver både inloggningen låsas och journalen förseglas.",
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c("Inloggningen till 1177.se och övriga e-tjänster. Vården läser journalen som vanligt.",
                &[cite(S2, "Försegla hela 1177 Journalen"), cite(S3, "")]),
            c("Invånarens egen åtkomst till 1177 Journalen: den styrs av försegling. Spärr och försegling är olika saker.",
                &[cite(S4, "2.2.1")]),
        ],
    },
    ExplainRow {
        label: "Vem kan begära",
        cells: [
            c("Invånaren själv, vårdpersonal eller annan extern part, till exempel Polisen eller socialtjänsten. En extern part beslutar aldrig.",
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "4.2")]),
            c("Invånaren själv, eller vårdgivare och annan extern part om Journalen via nätet kan orsaka men eller skada för patient, vårdpersonal eller tredje person.",
                &[cite(S0, "Försegla journal")]),
            c("Invånaren.", &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: "Vem verkställer",
        cells: [
            c("Invånarens egen begäran: Inera. Vårdens eller en extern parts begäran: den region där invånaren är skriven, i Region Jämtland Härjedalen Central support för e-tjänsten journalen eller akut bakjouren.",
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "3.3")]),
            c("Invånaren själv i tjänsten. Annars Central support för e-tjänsten Journalen (Region Jämtland Härjedalen) eller kontaktcenter (Region Jönköpings län).",
                &[cite(S4, "2.2.1"), cite(S2, "Invånare som vill försegla")]),
            c("Enligt regionens rutin ”Spärr av journaluppgifter”, som inte ingår i källorna.", &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: "Hur länge",
        cells: [
            c("Tills vidare, till dess att invånaren begär att låsningen hävs.", &[cite(S1, "1.2.1")]),
            c("Invånarens försegling: tills den hävs. Vårdens försegling: tidsbegränsad, slutdatum ska alltid sättas.",
                &[cite(S4, "2.2.2"), cite(S2, "Rutin vid försegling")]),
            c("Källorna anger inte.", &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: "Hur den hävs",
        cells: [
            c("Egen begäran: via Inera. Regionens låsning: av den region där invånaren är folkbokförd, efter beslut av patientansvarig läkare eller regionöverläkare. Att låsa upp häver inte en försegling.",
                &[cite(S1, "5.3"), cite(S1, "5.1.1")]),
            c("Med en särskild procedur: rekommenderat brev med tillägget ”Personlig utlämning” till folkbokföringsadressen (Region Jämtland Härjedalen) eller brev med unik kod (Region Jönköpings län).",
                &[cite(S4, "2.3.1"), cite(S2, "Invånare som vill ta bort försegling")]),
            c("Källorna anger inte; se regionens rutin ”Spärr av journaluppgifter”.", &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: "Kan överklagas",
        cells: [
            c("Nej. Det finns heller ingen informationsplikt, men verksamheten får informera.", &[cite(S1, "1.2.2")]),
            c("Nej. Patienten kan alltid begära ut uppgifterna enligt tryckfrihetsförordningen.",
                &[cite(S2, "En patient kan inte överklaga beslut om borttagen information")]),
            c("Källorna anger inte.", &[cite(S0, "Spärra journal")]),
        ],
    },
];

/// National facts about spärr (public national pages, never a region's routine), shown apart
/// from the table below it: the five sources say almost nothing about how a spärr is placed.
pub static NATIONAL: &[ExplainCell] = &[
    c("En inre spärr begärs på den mottagning som har uppgifterna, i vissa regioner även som inloggad på 1177. Andra mottagningar kan se att det finns spärrad information, men inte vad den innehåller.", &[cite(N1, "")]),
    c("En spärr gäller tills den tas bort, eller för en begränsad tid, och tas bort genom kontakt med den mottagning som satte den.", &[cite(N1, "")]),
    c("Att öppna spärrad information kräver patientens uttryckliga samtycke. Kan patienten inte samtycka får den öppnas om informationen kan antas ha betydelse för vård som patienten oundgängligen behöver.", &[cite(N2, "")]),
    c("Sedan 2023-01-01 regleras delningen mellan vårdgivare av lagen (2022:913) om sammanhållen vård- och omsorgsdokumentation.", &[cite(N3, "")]),
];

/// Guardians' access by the child's age, and ombud access.
pub static ACCESS: &[AccessRow] = &[
    AccessRow {
        who: "Barn under 13 år",
        ages: Some((0, 12)),
        text: "Vårdnadshavare når barnets 1177 e-tjänster via ombudsläget och har direktåtkomst till barnets journal. Undantag kan i särskilda fall beslutas av verksamhetschef.",
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: "Barn 13–15 år",
        ages: Some((13, 15)),
        text: "Barnet kan logga in med egen e-legitimation, men ser inte sin journal. Vårdnadshavare har inte längre direktåtkomst, men kan ansöka om förlängd direktåtkomst: den gäller ett år från underskrift och bara aktuell kliniks information, och behandlande läkare beslutar. Utifrån mognad kan barnet få egen direktåtkomst.",
        cite: &[cite(S1, "1.1"), cite(S4, "3.4")],
    },
    AccessRow {
        who: "Från 16 år",
        ages: Some((16, 200)),
        text: "Ungdomen ser sin egen journal i 1177.",
        cite: &[cite(S1, "1.1"), cite(S4, "3.1")],
    },
    AccessRow {
        who: "Försegla vårdnadshavares åtkomst",
        ages: None,
        text: "Akut av barnklinikens bakjour; gäller alla verksamheters journaler. Under tiden får inga journalkopior lämnas ut till den vårdnadshavaren.",
        cite: &[cite(S4, "3.2"), cite(S4, "3.3")],
    },
    AccessRow {
        who: "Ombud",
        ages: None,
        text: "Legal ställföreträdare med förordnande från tingsrätten att sörja för person kan ansöka. Behandlande läkare beslutar efter menprövning, med restriktivitet. Gäller ett år från underskrift.",
        cite: &[cite(S4, "4")],
    },
];
