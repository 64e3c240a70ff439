//! The explainer: låsa inloggning, försegla journalen and spärra journal side by side, then
//! guardians' and ombud access. Every cell cites its source.

use crate::rules::model::{AccessRow, ExplainCell, ExplainRow};
use crate::rules::sources::{cite, cites, Cite, Src::*};
use crate::rules::text::Say;
use crate::{c, s};

const fn c(text: Say, cite: &'static [Cite]) -> ExplainCell {
    ExplainCell { text, cite: cites(cite) }
}

/// The explainer's opening line.
pub static LEAD: ExplainCell = c(
    s!("Tre olika åtgärder som ofta förväxlas. Det finns ingen automatik mellan dem: att låsa upp inloggningen häver till exempel inte en försegling, och spärr och försegling ska hållas isär.", "Three different measures that are often confused. There is no automatic link between them: unlocking the login, for example, does not lift a sealing, and a block (spärr) and a sealing must be kept apart.").cz(c!("Här är tre olika skydd. De blandas ofta ihop. Det ena leder inte till det andra. Om du låser upp inloggningen är journalen till exempel fortfarande förseglad. Spärr och försegling är olika saker.", "Here are three different measures. They are often confused. One does not lead to another. For example, if you unlock your login, your record is still sealed. A block (spärr) and a sealing are different things.")),
    &[cite(S1, "5.1.1"), cite(S4, "2.2.1")],
);

/// The column headings, in the order of the cells.
pub static MEASURES: [(Say, Say); 3] = [
    (
        s!("Låsa inloggning", "Lock the login (låsa inloggning)")
            .cz(c!("Låsa inloggning", "Lock your login (låsa inloggning)")),
        s!("Invånaren kan inte logga in på 1177.se.", "The citizen cannot log in to 1177.se.")
            .cz(c!("Du kan inte logga in på 1177.se.", "You cannot log in to 1177.se.")),
    ),
    (
        s!("Försegla journalen", "Seal the record (försegla)")
            .cz(c!("Försegla journalen", "Seal your record (försegla journalen)")),
        s!(
            "Journalen går inte att läsa via nätet (1177 Journalen).",
            "The record cannot be read online (1177 Journalen)."
        )
        .cz(c!(
            "Journalen går inte att läsa på nätet i 1177 Journalen.",
            "Your record cannot be read online in 1177 Journalen."
        )),
    ),
    (
        s!("Spärra journal", "Block the record (spärra journal)")
            .cz(c!("Spärra journal", "Block your record (spärra journal)")),
        s!(
            "Personal utanför enheten eller vårdgivaren kan inte läsa journalen.",
            "Staff outside the unit or care provider cannot read the record."
        )
        .cz(c!(
            "Personal på andra ställen kan inte läsa din journal. Det kan gälla andra enheter eller andra vårdgivare.",
            "Staff in other places cannot read your record. This can mean other units or other care providers."
        )),
    ),
];

pub static ROWS: &[ExplainRow] = &[
    ExplainRow {
        label: s!("Vad stängs", "What is closed").cz(c!("Vad stängs?", "What is closed?")),
        cells: [
            c(s!("Inloggningen på 1177.se, alltså alla e-tjänster i hela landet. Vården kan inte heller skicka ärenden till invånaren (omvänt ärendeflöde).", "The login to 1177.se, and so every e-service in the whole country. Care staff cannot send cases (ärenden) to the citizen either (reverse case flow, omvänt ärendeflöde).").cz(c!("Din inloggning på 1177.se. Då stängs alla e-tjänster i hela landet. Vården kan inte heller skicka ärenden till dig där.", "Your login to 1177.se. This closes every e-service in the whole country. Care staff also cannot send cases (ärenden) to you there.")),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Invånarens åtkomst till journalen via nätet, eller en eller båda vårdnadshavares om det gäller ett barn. Hela journalen eller delar av den, till exempel en vårdgivare eller vårdenhet.", "The citizen's access to the record online, or that of one or both legal guardians if it concerns a child. The whole record or parts of it, for example a care provider or care unit.").cz(c!("Din egen åtkomst till journalen på nätet. För ett barn kan det gälla en eller båda vårdnadshavarna. Det kan gälla hela journalen eller delar av den. Det kan till exempel vara allt från en vårdgivare eller en enhet.", "Your own access to your record online. For a child, it can apply to one or both legal guardians. It can cover the whole record or parts of it. For example, everything from one care provider or one unit.")),
                &[cite(S0, "Försegla journal")]),
            c(s!("Att personal utanför den vårdgivare eller vårdenhet där spärren är satt läser uppgifterna. Yttre spärr: mellan vårdgivare. Inre spärr: inom vårdgivaren, mellan enheter.", "Staff outside the care provider or care unit where the block is placed reading the information. External block (yttre spärr): between care providers. Internal block (inre spärr): within the care provider, between units.").cz(c!("Personal utanför den vårdgivare eller enhet där spärren finns kan inte läsa uppgifterna. Det finns två sorters spärr. Yttre spärr gäller mellan olika vårdgivare. Inre spärr gäller mellan enheter hos samma vårdgivare.", "Staff outside the care provider or unit where the block is placed cannot read the information. There are two kinds of block. An external block (yttre spärr) applies between care providers. An internal block (inre spärr) applies between units of the same care provider.")),
                &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vad stängs inte", "What is not closed").cz(c!("Vad stängs inte?", "What is not closed?")),
        cells: [
            c(s!("1177 Journalen kan fortfarande nås med en direktlänk. Ska ingenting gå att nå behöver både inloggningen låsas och journalen förseglas.", "1177 Journalen can still be reached through a direct link. If nothing is to be reachable, the login must be locked and the record sealed.").cz(c!("1177 Journalen går fortfarande att nå med en direktlänk. Vill du att inget ska gå att nå? Då måste du både låsa inloggningen och försegla journalen.", "1177 Journalen can still be reached through a direct link. Do you want nothing to be reachable? Then you must both lock your login and seal your record.")),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "1.2")]),
            c(s!("Inloggningen till 1177.se och övriga e-tjänster. Vården läser journalen som vanligt.", "The login to 1177.se and the other e-services. Care staff read the record as usual.").cz(c!("Din inloggning på 1177.se och de andra e-tjänsterna. Vården läser din journal som vanligt.", "Your login to 1177.se and the other e-services. Care staff read your record as usual.")),
                &[cite(S2, "Försegla hela 1177 Journalen"), cite(S3, "")]),
            c(s!("Invånarens egen åtkomst till 1177 Journalen: den styrs av försegling. Spärr och försegling är olika saker.", "The citizen's own access to 1177 Journalen: that is governed by sealing. A block and a sealing are different things.").cz(c!("Din egen åtkomst till 1177 Journalen. Den stängs med försegling. Spärr och försegling är olika saker.", "Your own access to 1177 Journalen. That is closed by sealing. A block and a sealing are different things.")),
                &[cite(S4, "2.2.1")]),
        ],
    },
    ExplainRow {
        label: s!("Vem kan begära", "Who can request it").cz(c!("Vem kan be om det?", "Who can ask for it?")),
        cells: [
            c(s!("Invånaren själv, vårdpersonal eller annan extern part, till exempel Polisen eller socialtjänsten. En extern part beslutar aldrig.", "The citizen themself, care staff or another external party, for example the police (Polisen) or social services (socialtjänsten). An external party never decides.").cz(c!("Du själv. Även vården kan be om det. Det kan också andra, till exempel polisen eller socialtjänsten. Men polisen, socialtjänsten och andra utanför vården bestämmer aldrig.", "You yourself. Care staff can also ask for it. So can others, for example the police (Polisen) or social services (socialtjänsten). But the police, social services and others outside care never decide.")),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "4.2")]),
            c(s!("Invånaren själv, eller vårdgivare och annan extern part om Journalen via nätet kan orsaka men eller skada för patient, vårdpersonal eller tredje person.", "The citizen themself, or a care provider and another external party if Journalen via nätet (another name of 1177 Journalen) can cause harm or damage to the patient, care staff or a third person.").cz(c!("Du själv. Vården och andra kan också be om det. Det gäller om journalen på nätet kan skada dig, vårdens personal eller någon annan.", "You yourself. The care provider and others can also ask for it. This applies if the record online could harm you, care staff or someone else.")),
                &[cite(S0, "Försegla journal")]),
            c(s!("Invånaren.", "The citizen.").cz(c!("Du själv.", "You yourself.")), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Vem verkställer", "Who carries it out").cz(c!("Vem gör det?", "Who does it?")),
        cells: [
            c(s!("Invånarens egen begäran: Inera. Vårdens eller en extern parts begäran: den region där invånaren är skriven, i Region Jämtland Härjedalen Central support för e-tjänsten journalen, eller i brådskande ärenden som inte kan vänta till ordinarie kontorstid bakjouren på Barn- och ungdomsmedicin (S1 3.3) eller Barnkliniken (S1 4.3).", "The citizen's own request: Inera (the company that runs 1177 for the regions). A request from care or an external party: the region where the citizen is registered (skriven); in Region Jämtland Härjedalen, Central support för e-tjänsten journalen (the region's central support for the Journalen service), or, in urgent cases that cannot wait until ordinary office hours, the bakjour (senior doctor on call) at Barn- och ungdomsmedicin (child and adolescent medicine) (S1 3.3) or Barnkliniken (the paediatric clinic) (S1 4.3).").cz(c!("Om du själv ber om det: Inera, som driver 1177. Om vården eller någon annan ber om det: regionen där du är skriven. I Region Jämtland Härjedalen gör regionens support för Journalen det (Central support för e-tjänsten journalen). Om det är brådskande och inte kan vänta till kontorstid gör en läkare i jour det (bakjour).", "If you ask for it yourself: Inera, which runs 1177. If care staff or someone else asks for it: the region where you are registered. In Region Jämtland Härjedalen, the region's support for Journalen does it (Central support för e-tjänsten journalen). If it is urgent and cannot wait until office hours, a doctor on call does it (bakjour).")),
                &[cite(S0, "Låsa inloggning till 1177"), cite(S1, "3.3"), cite(S1, "4.3")]),
            c(s!("Invånaren själv i tjänsten (i Region Jönköpings län hela journalen; delar förseglar alltid kontaktcenter). Annars Central support för e-tjänsten Journalen (Region Jämtland Härjedalen; vårdens akuta försegling jourtid: bakjouren på Barnkliniken) eller kontaktcenter (Region Jönköpings län).", "The citizen themself, in the service (in Region Jönköpings län the whole record; parts are always sealed by kontaktcenter, the contact centre). Otherwise Central support för e-tjänsten Journalen (central support for the Journalen service; Region Jämtland Härjedalen; care's acute sealing out of hours: the bakjour, senior doctor on call, at Barnkliniken, the paediatric clinic) or kontaktcenter (contact centre; Region Jönköpings län).").cz(c!("Du kan göra det själv i 1177 Journalen. I Region Jönköpings län gäller det hela journalen. En del av den stänger kontaktcenter. Annars gör regionen det. I Region Jämtland Härjedalen gör supporten för Journalen det. Om vården gör det akut utanför kontorstid gör en läkare i jour det. I Region Jönköpings län gör kontaktcenter det.", "You can do it yourself in 1177 Journalen. In Region Jönköpings län this covers the whole record. Part of it is sealed by kontaktcenter (the contact centre). Otherwise the region does it. In Region Jämtland Härjedalen, the support for Journalen does it. If healthcare does it urgently outside office hours, a doctor on call does it. In Region Jönköpings län, kontaktcenter does it.")),
                &[cite(S4, "2.2.1"), cite(S4, "2.2.2"), cite(S2, "Invånare som vill försegla"), cite(S2, "Försegla delvis"), cite(S2, "Rutin vid försegling")]),
            c(s!("Enligt regionens rutin ”Spärr av journaluppgifter”, som inte ingår i källorna.", "Under the region's routine ”Spärr av journaluppgifter” (blocking of record information), which is not among the sources.").cz(c!("Det står i regionens rutin ”Spärr av journaluppgifter”. Den finns inte med i den här guiden.", "It is set out in the region's procedure ”Spärr av journaluppgifter” (blocking of record information). That procedure is not part of this guide.")), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Hur länge", "How long").cz(c!("Hur länge gäller det?", "How long does it last?")),
        cells: [
            c(s!("Tills vidare, till dess att invånaren begär att låsningen hävs. Låst i samband med försegling: regelbunden uppföljning av om båda ska vara kvar.", "Until further notice, until the citizen asks for the lock to be lifted. Locked together with a sealing: regular follow-up of whether both are to remain.").cz(c!("Tills vidare. Låsningen gäller tills du själv ber att den tas bort. Om låsningen gjordes samtidigt som journalen förseglades, följs det upp med jämna mellanrum om både låsningen och förseglingen ska vara kvar.", "The lock has no set end date. It lasts until you ask for it to be lifted. If the lock was made at the same time as your record was sealed, whether both the lock and the sealing are to remain is followed up regularly.")), &[cite(S1, "1.2.1")]),
            c(s!("Invånarens försegling: tills den hävs. Vårdens försegling: tidsbegränsad, slutdatum ska alltid sättas; ett nytt beslut kan förlänga den. Vårdnadshavares åtkomst: kan beslutas vara stängd tillsvidare.", "The citizen's sealing: until it is lifted. Care's sealing: time-limited; a slutdatum (end date) must always be set; a new decision can extend it. Legal guardians' access: may be decided to stay closed until further notice (tillsvidare).").cz(c!("Om du själv har förseglat: tills förseglingen tas bort. Om vården har förseglat din journal: bara en viss tid. Det finns alltid ett slutdatum. Vården kan besluta att förlänga tiden. Om vården stänger ute vårdnadshavare kan det beslutas gälla tills vidare.", "If you sealed it yourself: until the sealing is lifted. If care staff sealed your record: only for a limited time. There is always an end date. Care staff can decide to extend the time. If care shuts out legal guardians, it may be decided to last without a set end date.")),
                // The citizen's own sealing: S3 ("kan bara låsas upp av central support") and S2
                // "Försegla delvis" ("tills vidare"); care's, and its extension: S4 2.2.2, S2.
                &[cite(S4, "2.2.2"), cite(S2, "Rutin vid försegling"), cite(S4, "3.2"), cite(S3, ""), cite(S2, "Försegla delvis")]),
            c(s!("Källorna anger inte.", "The sources do not say.").cz(c!("Det står inte i reglerna.", "The rules do not say.")), &[cite(S0, "Spärra journal")]),
        ],
    },
    ExplainRow {
        label: s!("Hur den hävs", "How it is lifted").cz(c!("Hur tas det bort?", "How is it removed?")),
        cells: [
            c(s!("Egen begäran: via Inera. Regionens låsning: av den region där invånaren är folkbokförd; i Region Jämtland Härjedalen efter beslut av patientansvarig läkare, eller regionöverläkare vid flera enheter, oklarheter eller uppföljning av förseglad journal. Att låsa upp häver inte en försegling.", "Own request: through Inera (the company that runs 1177 for the regions). The region's lock: by the region where the citizen is registered as living (folkbokförd); in Region Jämtland Härjedalen after a decision by the patientansvarig läkare (the physician responsible for the patient), or by the regionöverläkare (the region's chief physician) where several units are concerned, things are unclear, or at the follow-up of a sealed record. Unlocking does not lift a sealing.").cz(c!("Om du själv bad om låsningen: det görs genom Inera, som driver 1177. Om regionen låste: regionen där du är skriven (folkbokförd) låser upp. I Region Jämtland Härjedalen sker det när din ansvariga läkare har beslutat det. I vissa fall beslutar regionöverläkaren. Att låsa upp tar inte bort en försegling.", "If you asked for the lock yourself: it is done through Inera, which runs 1177. If the region locked it: the region where you are registered as living (folkbokförd) unlocks it. In Region Jämtland Härjedalen, this happens after a decision by your responsible doctor. In some cases the regionöverläkare (the region's chief physician) decides. Unlocking does not remove a sealing.")),
                &[cite(S1, "5.3"), cite(S1, "5.1.1")]),
            c(s!("Invånarens, med en särskild procedur: rekommenderat brev med tillägget ”Personlig utlämning” till folkbokföringsadressen, med en blankett (Region Jämtland Härjedalen) eller en unik kod att uppge för kontaktcenter (Region Jönköpings län). Vårdens försegling hävs av vården, om den ska tas bort före slutdatum.", "The citizen's, by a special procedure: a registered letter marked ”Personlig utlämning” (personal delivery: handed only to the addressee) to the registered address, folkbokföringsadress, with a form (Region Jämtland Härjedalen) or a unique code to give to kontaktcenter, the contact centre (Region Jönköpings län). Care's sealing is lifted by care, if it is to be removed before its slutdatum (end date).").cz(c!("Om du själv har förseglat görs det på ett särskilt sätt. Du får ett rekommenderat brev med ”Personlig utlämning” till den adress där du är skriven. Bara du kan hämta ut det. I Region Jämtland Härjedalen finns en blankett i brevet. Du fyller i den och lämnar den på en hälsocentral eller ett sjukhus, eller skickar den till regionens support. I Region Jönköpings län finns en kod i brevet. Den uppger du när du ringer kontaktcenter. Om vården har förseglat tar vården bort förseglingen, om den ska sluta före slutdatum.", "If you sealed it yourself, it is done in a special way. You get a registered letter marked ”Personlig utlämning” (personal delivery) at the address where you are registered. Only you can collect it. In Region Jämtland Härjedalen, the letter contains a form. You fill it in and hand it in at a health centre or a hospital, or send it to the region's support. In Region Jönköpings län, the letter contains a code. You give it when you call kontaktcenter (the contact centre). If care staff sealed it, they remove the sealing if it is to end before the end date.")),
                &[cite(S4, "2.3.1"), cite(S2, "Invånare som vill ta bort försegling"), cite(S4, "2.3.2"), cite(S2, "Vårdpersonal som vill ta bort försegling")]),
            c(s!("Källorna anger inte; se regionens rutin ”Spärr av journaluppgifter”.", "The sources do not say; see the region's routine ”Spärr av journaluppgifter” (blocking of record information).").cz(c!("Det står inte i reglerna. Det styrs av regionens rutin ”Spärr av journaluppgifter”.", "The rules do not say. It is governed by the region's procedure ”Spärr av journaluppgifter” (blocking of record information).")), &[cite(S0, "")]),
        ],
    },
    ExplainRow {
        label: s!("Kan överklagas", "Can it be appealed").cz(c!("Kan du överklaga?", "Can you appeal?")),
        cells: [
            c(s!("Nej. Det finns heller ingen informationsplikt, men verksamheten får informera.", "No. Nor is there any duty to inform, but the care unit may inform.").cz(c!("Nej. Vården måste inte heller berätta för dig att inloggningen är låst. Men vården får göra det.", "No. Care staff also do not have to tell you that your login is locked. But they may do so.")), &[cite(S1, "1.2.2")]),
            c(s!("Vårdgivarens beslut om försegling kan inte överklagas, enligt det nationella ramverk som Region Jönköpings läns rutin återger; Region Jämtland Härjedalens källor säger inget om att överklaga en försegling. Patienten kan alltid begära ut uppgifterna enligt tryckfrihetsförordningen, efter en sekretessprövning.", "A care provider's decision on sealing cannot be appealed, according to the national framework that Region Jönköpings län's routine cites; Region Jämtland Härjedalen's sources say nothing about appealing a sealing. The patient can always request the information under tryckfrihetsförordningen (the Freedom of the Press Act, which gives the right to official documents), after a secrecy review.").cz(c!("Vårdens beslut om försegling kan inte överklagas, enligt det nationella ramverket. Region Jämtland Härjedalens regler säger inget om det. Men du kan alltid be att få ut uppgifterna. Det är din rätt enligt tryckfrihetsförordningen. Först prövas om något är sekretess.", "A decision by care staff to seal the record cannot be appealed, under the national framework. Region Jämtland Härjedalen's rules say nothing about it. But you can always ask for the information. This is your right under the tryckfrihetsförordningen (the Freedom of the Press Act). First it is checked whether anything is confidential.")),
                &[cite(S2, "En patient kan inte överklaga beslut om borttagen information")]),
            c(s!("Källorna anger inte.", "The sources do not say.").cz(c!("Det står inte i reglerna.", "The rules do not say.")), &[cite(S0, "Spärra journal")]),
        ],
    },
];

/// National facts about spärr (public national pages, never a region's routine), shown apart
/// from the table below it: the five sources say almost nothing about how a spärr is placed.
pub static NATIONAL: &[ExplainCell] = &[
    c(super::outcomes::NATIONAL_INNER, &[cite(N1, "")]),
    c(s!("En spärr gäller tills den tas bort, eller för en begränsad tid, och tas bort genom kontakt med den mottagning som satte den.", "A block applies until it is removed, or for a limited time, and is removed by contacting the clinic that placed it.").cz(c!("En spärr gäller tills den tas bort, eller under en viss tid. Du tar bort den genom att kontakta den mottagning som satte den.", "A block lasts until it is removed, or for a limited time. You remove it by contacting the clinic that placed it.")), &[cite(N1, "")]),
    c(super::outcomes::NATIONAL_OPENING, &[cite(N2, ""), cite(N1, "")]),
    c(super::outcomes::NATIONAL_LAW, &[cite(N3, "")]),
];

/// Guardians' access by the child's age, and ombud access.
pub static ACCESS: &[AccessRow] = &[
    AccessRow {
        who: s!("Barn under 13 år", "Children under 13").cz(c!("Barn under 13 år", "Children under 13")),
        ages: Some((0, 12)),
        text: s!("Vårdnadshavare når barnets 1177 e-tjänster via ombudsläget och har direktåtkomst till barnets journal. Undantag kan i särskilda fall beslutas av verksamhetschef.", "Legal guardians reach the child's 1177 e-services through the representative mode (ombudsläget) and have direct access to the child's record. In special cases, exceptions may be decided by the verksamhetschef (head of the care unit).").cz(c!("Vårdnadshavare kan använda barnets e-tjänster på 1177. De gör det i ombudsläget, där man gör saker åt någon annan. De kan också läsa barnets journal direkt. Chefen för enheten kan göra undantag i särskilda fall.", "Legal guardians can use the child's e-services on 1177. They do this in the representative mode (ombudsläget), where you act for someone else. They can also read the child's record directly. The head of the unit can make exceptions in special cases.")),
        cite: cites(&[cite(S1, "1.1"), cite(S4, "3.1")]),
    },
    AccessRow {
        who: s!("Barn 13–15 år", "Children aged 13–15").cz(c!("Barn 13–15 år", "Children aged 13–15")),
        ages: Some((13, 15)),
        text: s!("Barnet kan logga in med egen e-legitimation, men ser inte sin journal. Vårdnadshavare har i regel inte längre direktåtkomst, men kan ansöka om förlängd direktåtkomst: den gäller ett år från underskrift, måste förlängas varje år och gäller bara aktuell kliniks information, och behandlande läkare beslutar. Utifrån mognad kan barnet få egen direktåtkomst.", "The child can log in with their own e-identification (e-legitimation) but does not see their record. As a rule, legal guardians no longer have direct access, but can apply for extended direct access: it applies for one year from signature, must be renewed every year and covers only the information of the clinic concerned, and the behandlande läkare (the treating physician) decides. Depending on maturity, the child can get their own direct access.").cz(c!("Barnet kan logga in med egen e-legitimation, men ser inte sin journal. Vårdnadshavare kan i regel inte längre läsa journalen direkt. De kan söka om att få göra det längre (förlängd direktåtkomst). Det gäller ett år från den dag blanketten skrivs under. Sedan måste det förlängas. Det gäller bara den aktuella klinikens uppgifter. Läkaren som behandlar barnet bestämmer. Beroende på hur moget barnet är kan det få läsa sin journal själv.", "The child can log in with their own electronic ID (e-legitimation), but does not see their record. As a rule, legal guardians can no longer read the record directly. They can apply to keep doing so (extended direct access, förlängd direktåtkomst). It lasts one year from the day the form is signed. Then it must be renewed. It covers only the information of the clinic concerned. The doctor treating the child decides. Depending on how mature the child is, the child can be allowed to read their own record.")),
        cite: cites(&[cite(S1, "1.1"), cite(S4, "3.1"), cite(S4, "3.4")]),
    },
    AccessRow {
        who: s!("Från 16 år", "From 16").cz(c!("Från 16 år", "From 16")),
        ages: Some((16, 200)),
        text: s!("Ungdomen ser sin egen journal i 1177.", "The young person sees their own record in 1177.").cz(c!("Du som är 16 år eller äldre ser din egen journal i 1177.", "If you are 16 or older, you see your own record in 1177.")),
        cite: cites(&[cite(S1, "1.1"), cite(S4, "3.1")]),
    },
    AccessRow {
        who: s!("Försegla vårdnadshavares åtkomst", "Seal legal guardians' access").cz(c!("Stänga (försegla) vårdnadshavares åtkomst", "Sealing legal guardians' access")),
        ages: None,
        text: s!("Akut av barnklinikens bakjour, först för båda vårdnadshavarna; gäller alla verksamheters journaler. Under tiden får inga journalkopior lämnas ut till den som är utestängd. Stänger bara journalen: barnets e-tjänster når vårdnadshavare via ombudsläget tills barnet fyllt 13 år, och för att stänga dem måste även barnets inloggning låsas (S1 1.1, S1 1.2).", "Acutely, by the bakjour (senior doctor on call) at barnkliniken (the paediatric clinic), at first for both legal guardians; applies to the records of every unit (verksamhet). Meanwhile no record copies may be released to a legal guardian who is shut out. It closes only the record: legal guardians reach the child's e-services through the representative mode (ombudsläget) until the child has turned 13, and to close those the child's login must be locked too (S1 1.1, S1 1.2).").cz(c!("Det kan göras akut av barnklinikens läkare i jour (bakjour). Först stängs båda vårdnadshavarnas åtkomst. Senare kan det gälla bara den ena. Det gäller journaler från alla enheter. Den som är utestängd får inte heller kopior av journalen. Det stänger bara journalen. Tills barnet fyllt 13 år kan vårdnadshavare ändå nå barnets e-tjänster i 1177 som ombud. För att stänga dem måste också barnets inloggning låsas.", "It can be done urgently by the doctor on call (bakjour) at the children's clinic (barnkliniken). At first, both legal guardians' access is closed. Later it may apply to just one of them. It applies to records from every unit. A legal guardian who is shut out may not be given copies of the record either. It closes only the record. Until the child has turned 13, legal guardians can still reach the child's e-services in 1177 as representatives. To close those, the child's login must be locked too.")),
        cite: cites(&[cite(S4, "3.2"), cite(S4, "3.3"), cite(S1, "1.1"), cite(S1, "1.2")]),
    },
    AccessRow {
        who: s!("Ombud", "Representative (ombud)").cz(c!("Ombud", "Representative (ombud)")),
        ages: None,
        text: s!("Legal ställföreträdare med förordnande från tingsrätten att sörja för person kan ansöka. Behandlande läkare beslutar efter menprövning, med restriktivitet. Gäller ett år från underskrift och måste förlängas varje år.", "A legal representative (legal ställföreträdare) with an appointment from tingsrätten (the district court) to look after the person (sörja för person) can apply. The behandlande läkare (the treating physician) decides after menprövning (an assessment of whether disclosure would harm someone), restrictively. Valid for one year from signature, and must be renewed every year.").cz(c!("Den som tingsrätten har utsett att sörja för en person kan söka om åtkomst. Läkaren som vårdar personen bestämmer. Läkaren tar först ställning till om uppgifterna kan skada någon (menprövning). Läkaren är försiktig med att säga ja. Det gäller ett år från den dag blanketten skrivs under. Sedan måste det förlängas.", "Someone whom the district court (tingsrätten) has appointed to look after a person (sörja för person) can apply for access. The doctor treating the person decides. The doctor first assesses whether the information could harm someone (menprövning). The doctor is cautious about saying yes. It lasts one year from the day the form is signed. Then it must be renewed.")),
        cite: cites(&[cite(S4, "4")]),
    },
];
