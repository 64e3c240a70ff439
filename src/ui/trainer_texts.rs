//! Every text of trainer mode's screens (library, presenter, decision map), in one place so that
//! they can be translated (issues 8/9). Swedish for now. The case stories are content
//! (`rules::content::scenarios`); messages about a unit's broken cases come from
//! `rules::trainer::Problem::message`.

pub const NAV_SCENARIOS: &str = "Scenarier för utbildning";
pub const NAV_MAP: &str = "Beslutskarta";

// ---- library ----
pub const LIBRARY_TITLE: &str = "Scenarier för utbildning";
pub const LIBRARY_LEAD: &str = "Färdiga fall att visa för en grupp, ett steg i taget: berättelsen, frågorna med fallets svar, en fråga till gruppen före facit, facit och varför varje svar ledde dit. Utfallet ges av samma regler som frågeguiden.";
pub const SEARCH_LABEL: &str = "Sök bland fallen";
pub const SEARCH_HINT: &str = "Ett eller flera ord, till exempel polisen, akut eller Jönköpings.";
pub fn search_status(shown: usize, all: usize) -> String {
    if shown == all {
        format!("{all} fall.")
    } else {
        format!("{shown} av {all} fall matchar sökningen.")
    }
}
pub const NO_MATCH: &str = "Inget fall matchar sökningen. Pröva ett annat ord.";
pub const OWN_CASE: &str = "Enhetens eget fall";
pub const UNIT_LOADING: &str = "Enhetens egna fall laddas…";
pub const BROKEN_TITLE: &str = "Fall som inte kan visas";
pub const BROKEN_LEAD: &str =
    "De här fallen i enhetens scenariofil har fel. Rätta filen; övriga fall visas som vanligt.";
pub const BROKEN_BUILTIN: &str = "(inbyggt fall)";
pub const OPEN_CASE_HINT: &str = "Öppna fallet för att presentera det eller skriva ut en handout.";
pub fn unit_fetch_failed(url: &str, status: Option<u16>) -> String {
    match status {
        Some(s) => format!("Enhetens scenariofil \"{url}\" kunde inte hämtas (HTTP {s}). De inbyggda fallen visas."),
        None => format!("Enhetens scenariofil \"{url}\" kunde inte hämtas. De inbyggda fallen visas."),
    }
}
pub fn unit_not_json(url: &str) -> String {
    format!("Enhetens scenariofil \"{url}\" är inte giltig JSON. De inbyggda fallen visas.")
}
pub fn unit_bad_format(url: &str) -> String {
    format!(
        "Enhetens scenariofil \"{url}\" har inte scenariofilens format: ett JSON-objekt med listan \"scenarios\". De inbyggda fallen visas."
    )
}

// ---- presenter ----
pub const PRESENTER_LABEL: &str = "Presentation av fallet";
pub const PREV: &str = "Föregående";
pub const NEXT: &str = "Nästa";
pub const FIRST: &str = "Till början";
pub const PRINT_HANDOUT: &str = "Skriv ut handout";
pub const BACK_TO_LIBRARY: &str = "Alla scenarier";
pub const CONTROLS_LABEL: &str = "Stega genom fallet";
pub const KEYS_HELP: &str = "Tangenter: högerpil, Page Down eller mellanslag visar nästa steg; vänsterpil eller Page Up föregående; Home första och End sista.";
pub fn step_of(n: u16, count: u16) -> String {
    format!("Steg {n} av {count}")
}
pub const STORY: &str = "Berättelsen";
pub fn question_of(i: usize, n: usize) -> String {
    format!("Fråga {} av {}", i + 1, n)
}
pub const CASE_ANSWER: &str = "Svar i fallet:";
pub const WHY_IT_MATTERS: &str = "Därför spelar svaret roll:";
pub const PROMPT_TITLE: &str = "Före facit";
pub const PROMPT_LEAD: &str = "Diskutera i gruppen innan ni går vidare:";
pub const PROMPTS: [&str; 3] = ["Vilken åtgärd, eller vilka åtgärder?", "Vem beslutar?", "Vem verkställer?"];
pub const REVEAL: &str = "Facit";
pub const MEASURES: &str = "Åtgärd:";
pub const DECIDED_BY: &str = "Avgjordes av:";
pub const OUTCOME_ID: &str = "Utfallets id (fältet expected i en scenariofil):";
pub const OPEN_IN_GUIDE: &str = "Öppna hela utfallet i frågeguiden";
pub const SHOW_ON_MAP: &str = "Visa vägen på beslutskartan";
pub const WHY_TITLE: &str = "Varför?";
pub const WHY_LEAD: &str = "Varje svar och de rader i utfallet som svaret avgjorde: med ett annat svar på samma fråga hade raden inte stått där. Härlett ur reglernas villkor.";
pub const WHY_NONE: &str = "Varje rad som svaret avgjorde preciserades av ett senare svar.";
pub fn why_also(n: usize, also: bool) -> String {
    if also {
        format!("Svaret avgjorde också {n} rader som senare svar preciserade")
    } else {
        format!("Svaret avgjorde {n} rader, som senare svar preciserade")
    }
}
pub const VERBATIM: &str = "Ordagrant ur källan";
pub const UNKNOWN_CASE_TITLE: &str = "Fallet finns inte";
pub fn unknown_case(id: &str) -> String {
    format!("Det finns inget fall med id \"{id}\" i biblioteket. Välj ett fall bland alla scenarier.")
}
pub const CASE_LOADING: &str = "Enhetens egna fall laddas…";

// ---- handout ----
pub const HANDOUT: &str = "Handout";
pub const HANDOUT_ANSWERS: &str = "Frågorna och fallets svar";

// ---- map ----
pub const MAP_TITLE: &str = "Beslutskarta";
pub fn map_lead(region: &str, nodes: usize, edges: usize) -> String {
    format!(
        "Alla frågor och utfall i {region}: {nodes} rutor och {edges} pilar, en pil för varje svar. Frågornas svar står i rutan som pilen utgår från. Välj en ruta för att öppna frågan eller utfallet i frågeguiden."
    )
}
pub const MAP_LIT: &str = "Den aktuella situationens väg är markerad med tjocka pilar och ramar, och svaren med ✓.";
pub const MAP_NOTHING_LIT: &str =
    "Ingen situation är vald än; välj en ruta, eller svara i frågeguiden, så markeras vägen.";
pub const MAP_SCROLL_LABEL: &str = "Beslutskartan (rulla i sidled)";
pub const MAP_AS_TEXT: &str = "Kartan som text";
pub const MAP_QUESTION: &str = "Fråga";
pub const MAP_LEADS_TO: &str = "leder till";
pub const MAP_ON_PATH: &str = "på den markerade vägen";
