//! The widget's state and its reducer: a plain `fn(State, Action) -> State`. The UI wraps it in a
//! thin `Reducible` adapter; everything it decides is tested natively here.

use time::Date;

use super::facts::{parse_fragment, write_fragment, Facts, LinkError, Page, K, V};
use super::graph::{self, Walk};
use super::trainer::{moved, Library, Move, UnitLoad};

/// Personal fields: on screen and in print only. Never written to the fragment, history or storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Personal {
    pub name: String,
    pub id_number: String,
}

/// The form summary's own fields (dates and free text the routine needs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormFields {
    pub end_date: String,
    pub decider_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub page: Page,
    /// The answers in effect (what the URL fragment holds).
    pub facts: Facts,
    /// Every answer given in this page's life, to preselect a reopened question. Memory only.
    pub remembered: Facts,
    /// The question being changed through "Ändra" (its id), if any.
    pub editing: Option<&'static str>,
    pub link_errors: Vec<LinkError>,
    pub today: Date,
    pub personal: Personal,
    pub form: FormFields,
    /// The region the host page set (data-region); a link may override it.
    pub default_region: V,
    /// The audience the host page set (data-audience); a link or the switch may override it.
    pub default_audience: V,
    /// Bumped when the view moves to a new question or outcome, so the UI knows to move focus.
    pub step: u32,
    /// The trainer's scenario library: the built-in cases and a unit's own (`data-scenarios`).
    pub library: std::rc::Rc<Library>,
    /// The library's search words.
    pub search: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a page (the explainer or the guide).
    Open(Page),
    /// Answer the open (or edited) question.
    Answer(V),
    /// Take back the last answer and reopen that question.
    Back,
    /// Reopen an answered question to change it (its id).
    Change(&'static str),
    /// Leave the change without changing anything.
    CancelChange,
    /// Start over (keeps region, language and audience).
    Restart,
    /// Choose the region.
    SetRegion(V),
    /// Choose the language (`V::Sv`, `V::En`); every answer stays.
    SetLang(V),
    /// Choose the audience (`V::Staff`, `V::Citizen`); the answers that still apply stay.
    SetAudience(V),
    /// The URL fragment changed (load, back/forward, a pasted link).
    Fragment(String),
    SetName(String),
    SetIdNumber(String),
    SetEndDate(String),
    SetDeciderName(String),
    /// Clear the personal fields (name, personnummer).
    ClearPersonal,
    /// Filter the scenario library by these words.
    Search(String),
    /// A unit's scenario file: loading, read, or failed (reported by the shell's fetch).
    UnitScenarios(UnitLoad),
    /// Step the presenter view (keys and buttons).
    Present(Move),
}

impl State {
    pub fn new(today: Date, default_region: V) -> State {
        State {
            page: Page::Guide,
            facts: Facts::new(),
            remembered: Facts::new(),
            editing: None,
            link_errors: Vec::new(),
            today,
            personal: Personal::default(),
            form: FormFields::default(),
            default_region,
            default_audience: V::Staff,
            step: 0,
            // The first-load module has no trainer mode (Cargo feature `trainer`): it carries
            // neither the cases nor their stories, and hands a trainer page over (ui::host).
            library: if cfg!(feature = "trainer") {
                super::trainer::builtin()
            } else {
                std::rc::Rc::new(Library::empty())
            },
            search: String::new(),
        }
    }

    /// The same state for a host page that set another audience.
    pub fn with_audience(mut self, audience: V) -> State {
        if audience.key() == K::Audience {
            self.default_audience = audience;
        }
        self
    }

    /// The facts with the host's default region and audience filled in.
    pub fn situation(&self) -> Facts {
        let mut f = self.facts.clone();
        if !f.has(K::Region) {
            f.set(self.default_region);
        }
        if !f.has(K::Audience) {
            f.set(self.default_audience);
        }
        f
    }

    pub fn walk(&self) -> Walk {
        graph::walk(&self.situation())
    }

    /// The fragment that represents this state (without `#`). Personal fields never appear.
    pub fn fragment(&self) -> String {
        write_fragment(self.page.clone(), &self.facts)
    }

    /// The reader's language: the link's, else the host's.
    pub fn lang(&self, host: V) -> crate::rules::text::Lang {
        match self.facts.get(K::Lang).unwrap_or(host) {
            V::En => crate::rules::text::Lang::En,
            _ => crate::rules::text::Lang::Sv,
        }
    }
    /// The reader: staff or citizen, the link's, else the host's.
    pub fn audience(&self, host: V) -> crate::rules::text::Audience {
        match self.facts.get(K::Audience).unwrap_or(host) {
            V::Citizen => crate::rules::text::Audience::Citizen,
            _ => crate::rules::text::Audience::Staff,
        }
    }

    /// The value to preselect for a question: the answer in effect, else one given earlier.
    pub fn preselected(&self, keys: &[K]) -> Option<V> {
        keys.iter().find_map(|k| self.facts.get(*k)).or_else(|| keys.iter().find_map(|k| self.remembered.get(*k)))
    }
}

/// Drop the region and audience again when the state had none of its own (the host's defaults
/// stay implicit, out of the link).
fn keep_region_implicit(s: &State, mut f: Facts) -> Facts {
    if !s.facts.has(K::Region) {
        f.unset(K::Region);
    }
    if !s.facts.has(K::Audience) {
        f.unset(K::Audience);
    }
    f
}

fn with_facts(mut s: State, facts: Facts) -> State {
    s.facts = facts;
    s.step = s.step.wrapping_add(1);
    s
}

/// The reducer. Never panics; unknown input becomes errors in the state.
pub fn reduce(state: State, action: Action) -> State {
    let mut s = state;
    match action {
        Action::Open(page) => {
            s.page = page;
            s.editing = None;
            s.step = s.step.wrapping_add(1);
            s
        }
        Action::Answer(v) => {
            let facts = keep_region_implicit(&s, graph::answer(&s.situation(), v));
            s.remembered.set(v);
            s.editing = None;
            s.page = Page::Guide;
            // The person has seen what was wrong with the link; answering moves on from it.
            s.link_errors.clear();
            let s = with_facts(s, facts);
            let errs = graph::walk(&s.situation()).unused_errors();
            let mut s = s;
            s.link_errors.extend(errs);
            s
        }
        Action::Back => {
            s.editing = None;
            let facts = keep_region_implicit(&s, graph::back(&s.situation()));
            with_facts(s, facts)
        }
        Action::Change(id) => {
            s.editing = s.walk().answered.iter().find(|(q, _)| q.id == id).map(|(q, _)| q.id);
            s.step = s.step.wrapping_add(1);
            s
        }
        Action::CancelChange => {
            s.editing = None;
            s.step = s.step.wrapping_add(1);
            s
        }
        Action::Restart => {
            let mut f = Facts::new();
            for k in [K::Region, K::Lang, K::Audience] {
                if let Some(v) = s.facts.get(k) {
                    f.set(v);
                }
            }
            s.editing = None;
            s.link_errors.clear();
            s.page = Page::Guide;
            with_facts(s, f)
        }
        Action::SetRegion(v) => {
            if v.key() != K::Region {
                return s;
            }
            let mut f = s.facts.clone();
            f.set(v);
            s.editing = None;
            // A case in the presenter has its own region: choosing one opens the library.
            if let Page::Scenario { .. } = s.page {
                s.page = Page::Scenarios;
            }
            let f = graph::settle(&f);
            with_facts(s, f)
        }
        Action::SetLang(v) | Action::SetAudience(v) => {
            if !matches!(v.key(), K::Lang | K::Audience) {
                return s;
            }
            let mut f = s.facts.clone();
            f.set(v);
            s.editing = None;
            let f = graph::settle(&f);
            with_facts(s, f)
        }
        Action::Fragment(frag) => {
            // A host page's own anchors (#main, #content) are not the widget's: leave them alone.
            let body = frag.strip_prefix('#').unwrap_or(&frag);
            if !body.is_empty() && !body.starts_with('/') {
                return s;
            }
            let (page, facts, mut errors) = parse_fragment(&frag);
            if page == s.page && facts == s.facts {
                // The widget's own fragment coming back, or a bad link that changes nothing: the
                // screen stays, and what was wrong with the link is still said.
                if !errors.is_empty() {
                    s.link_errors = errors;
                }
                return s;
            }
            for v in facts.iter() {
                s.remembered.set(v);
            }
            let mut with_region = facts.clone();
            if !with_region.has(K::Region) {
                with_region.set(s.default_region);
            }
            if !with_region.has(K::Audience) {
                with_region.set(s.default_audience);
            }
            errors.extend(graph::walk(&with_region).unused_errors());
            s.page = page;
            s.editing = None;
            s.link_errors = errors;
            with_facts(s, facts)
        }
        Action::SetName(v) => {
            s.personal.name = v;
            s
        }
        Action::SetIdNumber(v) => {
            s.personal.id_number = v;
            s
        }
        Action::SetEndDate(v) => {
            s.form.end_date = v;
            s
        }
        Action::SetDeciderName(v) => {
            s.form.decider_name = v;
            s
        }
        Action::ClearPersonal => {
            s.personal = Personal::default();
            s
        }
        Action::Search(q) => {
            s.search = q;
            s
        }
        Action::UnitScenarios(load) => {
            // Only the trainer module reads a unit's file (and carries the built-in cases).
            if cfg!(feature = "trainer") {
                s.library = std::rc::Rc::new(Library::with_unit(&load));
            }
            s
        }
        Action::Present(m) => {
            let Page::Scenario { id, step } = &s.page else { return s };
            let Some(count) = s.library.case(id).map(|c| c.step_count()) else { return s };
            let next = moved(*step, count, m);
            if next == (*step).clamp(1, count) && next == *step {
                return s;
            }
            s.page = Page::Scenario { id: id.clone(), step: next };
            s.step = s.step.wrapping_add(1);
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_iso;

    fn new() -> State {
        State::new(parse_iso("2026-11-22").unwrap(), V::Rjh)
    }

    #[test]
    fn personal_fields_never_reach_the_fragment() {
        let mut s = new();
        s = reduce(s, Action::Answer(V::NoLogin));
        s = reduce(s, Action::SetName("Tolvan Tolvansson".into()));
        s = reduce(s, Action::SetIdNumber("19121212-1212".into()));
        let frag = s.fragment();
        assert!(!frag.contains("Tolvan") && !frag.contains("1212"), "{frag}");
        assert_eq!(frag, "/guide?need=no-login");
    }

    #[test]
    fn back_reopens_with_the_answer_preselected() {
        let mut s = new();
        s = reduce(s, Action::Answer(V::Lock));
        s = reduce(s, Action::Answer(V::Apply));
        s = reduce(s, Action::Back);
        let w = s.walk();
        let q = w.open.unwrap();
        assert_eq!(q.id, "action-lock");
        assert_eq!(s.preselected(&q.keys()), Some(V::Apply));
    }

    #[test]
    fn a_bad_link_reports_and_applies_the_rest() {
        let s = reduce(new(), Action::Fragment("#/guide?measure=lock&action=lyft&by=citizen".into()));
        assert_eq!(s.link_errors.len(), 1);
        assert_eq!(s.facts.get(K::Measure), Some(V::Lock));
        assert_eq!(s.walk().open.map(|q| q.id), Some("action-lock"));
    }

    #[test]
    fn a_complete_link_opens_the_outcome_and_reports_extras() {
        let s = reduce(new(), Action::Fragment("#/guide?need=no-login&by=citizen&hours=after".into()));
        assert!(s.walk().is_complete());
        assert_eq!(s.link_errors, vec![LinkError::NotApplicable { key: K::Hours, value: V::After }]);
    }

    #[test]
    fn a_host_pages_own_anchor_is_left_alone() {
        let s = reduce(new(), Action::Answer(V::Lock));
        let t = reduce(s.clone(), Action::Fragment("#main-content".into()));
        assert_eq!(t, s);
        // A path of the widget that does not exist is the widget's, and is reported.
        let u = reduce(s, Action::Fragment("#/nope".into()));
        assert_eq!(u.link_errors, vec![LinkError::UnknownPage { path: "/nope".into() }]);
    }

    #[test]
    fn switching_language_or_audience_keeps_the_answers() {
        let mut s = new();
        for a in [V::Seal, V::Apply, V::ByCare, V::Acute] {
            s = reduce(s, Action::Answer(a));
        }
        let open = s.walk().open.map(|q| q.id);
        s = reduce(s, Action::SetLang(V::En));
        assert_eq!(s.facts.get(K::Lang), Some(V::En));
        assert_eq!(s.walk().open.map(|q| q.id), open);
        assert!(s.fragment().contains("lang=en"));
        s = reduce(s, Action::SetLang(V::Sv));
        s = reduce(s, Action::SetAudience(V::Citizen));
        assert_eq!(s.facts.get(K::By), Some(V::ByCare));
        assert_eq!(s.facts.get(K::Urgency), Some(V::Acute));
        // Not a language: ignored.
        let t = reduce(s.clone(), Action::SetLang(V::Seal));
        assert_eq!(t, s);
    }

    #[test]
    fn the_presenter_steps_within_its_case() {
        let mut s = reduce(new(), Action::Fragment("#/scenarios/egen-inloggning".into()));
        let count = s.library.case("egen-inloggning").unwrap().step_count();
        s = reduce(s, Action::Present(Move::Prev));
        assert_eq!(s.fragment(), "/scenarios/egen-inloggning");
        s = reduce(s, Action::Present(Move::Next));
        assert_eq!(s.fragment(), "/scenarios/egen-inloggning?step=2");
        s = reduce(s, Action::Present(Move::Last));
        assert_eq!(s.page, Page::Scenario { id: "egen-inloggning".into(), step: count });
        let before = s.step;
        s = reduce(s, Action::Present(Move::Next));
        assert_eq!(s.step, before, "the last step stays");
        s = reduce(s, Action::Present(Move::First));
        assert_eq!(s.fragment(), "/scenarios/egen-inloggning");
        // An unknown case does not move and does not panic.
        let u = reduce(new(), Action::Fragment("#/scenarios/nope?step=3".into()));
        assert_eq!(reduce(u.clone(), Action::Present(Move::Next)), u);
    }

    #[test]
    fn a_bad_link_that_changes_nothing_is_still_reported() {
        let s = reduce(new(), Action::Fragment("#/nonsense".into()));
        assert_eq!(s.link_errors, vec![LinkError::UnknownPage { path: "/nonsense".into() }]);
        assert_eq!(s.step, 0, "the screen stays");
    }

    #[test]
    fn restart_keeps_the_region() {
        let mut s = reduce(new(), Action::SetRegion(V::Jonkoping));
        s = reduce(s, Action::Answer(V::Seal));
        s = reduce(s, Action::Restart);
        assert_eq!(s.facts.get(K::Region), Some(V::Jonkoping));
        assert!(!s.facts.has(K::Measure));
    }
}
