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
    /// The option the reader has chosen on the question on screen, before "Fortsätt": its
    /// question's id and the value. Not an answer yet (WCAG 3.2.2: choosing changes nothing);
    /// dropped when another question comes up. Memory only, never in the fragment.
    pub choice: Option<(&'static str, V)>,
    /// "Fortsätt" was pressed with nothing chosen on this question (its id): it says "choose
    /// one". Dropped, like `choice`, when another question comes up.
    pub choose_error: Option<&'static str>,
    /// What became of "Kopiera som text" on the outcome on screen.
    pub copy: CopyStatus,
}

/// What became of "Kopiera som text": the form summary says so in its live region. On a
/// failure it shows the text to copy by hand, made from the fields as they are (the status
/// itself holds no personal field).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CopyStatus {
    #[default]
    Idle,
    Copied,
    Failed,
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
    /// Choose an option of the question on screen (a radio button): nothing is answered yet.
    /// A choice for another question than the one on screen, or a value that is not one of its
    /// options, changes nothing.
    Choose {
        question: &'static str,
        value: V,
    },
    /// "Fortsätt": answer the question on screen with the chosen option (or the one preselected),
    /// or, with none, say "choose one".
    Continue,
    /// The clipboard's answer to "Kopiera som text", for the screen (`State.step`) that asked.
    Copied {
        step: u32,
        ok: bool,
    },
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
            choice: None,
            choose_error: None,
            copy: CopyStatus::Idle,
        }
    }

    /// The question on screen, if the guide shows one: the one being changed, else the open one
    /// (the guide page, `ui::guide`, shows the same).
    pub fn asking(&self) -> Option<&'static crate::rules::model::QuestionDef> {
        if self.page != Page::Guide {
            return None;
        }
        let w = self.walk();
        self.editing.and_then(|id| w.answered.iter().find(|(q, _)| q.id == id).map(|(q, _)| *q)).or(w.open)
    }

    /// The option the question on screen shows as chosen: the reader's choice on this screen,
    /// else the answer in effect or one given earlier ([`State::preselected`]) when it is one of
    /// this question's options (an earlier answer of the same key may not be: `action=continue`
    /// of sealing is no option of locking's `action`).
    pub fn chosen(&self, q: &crate::rules::model::QuestionDef) -> Option<V> {
        match self.choice {
            Some((id, v)) if id == q.id => Some(v),
            _ => self.preselected(&q.keys()).filter(|v| q.option(*v).is_some()),
        }
    }

    /// What a new start keeps, and what the explainer's links carry: the region, the language
    /// and the audience the reader has.
    pub fn settings(&self) -> Facts {
        let mut f = Facts::new();
        for k in [K::Region, K::Lang, K::Audience] {
            if let Some(v) = self.facts.get(k) {
                f.set(v);
            }
        }
        f
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
    let step = state.step;
    let mut s = reduce_step(state, action);
    // Only a new screen bumps `step` (the question on screen never changes without it): a copy's
    // result belongs to its outcome's screen, a choice and "choose one" to their question's (a
    // language switch keeps the question, and them). Typing in a field walks nothing here.
    if s.step != step {
        s.copy = CopyStatus::Idle;
        if s.choice.is_some() || s.choose_error.is_some() {
            let now = s.asking().map(|q| q.id);
            if s.choice.is_some_and(|(id, _)| Some(id) != now) {
                s.choice = None;
            }
            if s.choose_error.is_some_and(|id| Some(id) != now) {
                s.choose_error = None;
            }
        }
    }
    s
}

fn reduce_step(state: State, action: Action) -> State {
    let mut s = state;
    match action {
        Action::Choose { question, value: v } => {
            if let Some(q) = s.asking().filter(|q| q.id == question && q.option(v).is_some()) {
                s.choice = Some((q.id, v));
                s.choose_error = None;
            }
            s
        }
        Action::Continue => {
            let Some(q) = s.asking() else { return s };
            match s.chosen(q) {
                Some(v) => reduce_step(s, Action::Answer(v)),
                None => {
                    s.choose_error = Some(q.id);
                    s
                }
            }
        }
        Action::Copied { step, ok } => {
            if step == s.step {
                s.copy = if ok { CopyStatus::Copied } else { CopyStatus::Failed };
            }
            s
        }
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
            let f = s.settings();
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
    fn choosing_answers_nothing_until_continue() {
        let mut s = new();
        s = reduce(s, Action::Choose { question: "start", value: V::NoLogin });
        assert_eq!(s.choice, Some(("start", V::NoLogin)));
        assert_eq!((s.fragment().as_str(), s.step), ("/guide", 0), "choosing is not answering (WCAG 3.2.2)");
        // The language changes, the question on screen and its choice stay.
        s = reduce(s, Action::SetLang(V::En));
        assert_eq!(s.choice, Some(("start", V::NoLogin)));
        s = reduce(s, Action::Continue);
        assert_eq!(s.fragment(), "/guide?need=no-login&lang=en");
        assert_eq!(s.asking().map(|q| q.id), Some("by-lock"));
        assert_eq!(s.choice, None, "the next question starts with nothing chosen");
    }

    #[test]
    fn continue_with_nothing_chosen_says_choose_one_and_moves_nowhere() {
        let mut s = new();
        s = reduce(s, Action::Continue);
        assert_eq!(s.choose_error, Some("start"));
        assert_eq!((s.fragment().as_str(), s.step), ("/guide", 0));
        s = reduce(s, Action::Choose { question: "start", value: V::NoLogin });
        assert_eq!(s.choose_error, None, "choosing takes the message away");
        // A value that is no option of the question on screen changes nothing.
        s = reduce(s, Action::Choose { question: "start", value: V::Citizen });
        assert_eq!(s.choice, Some(("start", V::NoLogin)));
    }

    #[test]
    fn an_earlier_answer_that_is_no_option_here_is_not_chosen() {
        // action=continue (sealing) is remembered; locking's action question does not offer it.
        let mut s = new();
        s = reduce(s, Action::Fragment("#/guide?measure=seal&action=continue".into()));
        s = reduce(s, Action::Fragment("#/guide?measure=lock".into()));
        let q = s.asking().unwrap();
        assert_eq!(q.id, "action-lock");
        assert_eq!(s.preselected(&q.keys()), Some(V::Continue));
        assert_eq!(s.chosen(q), None, "no radio of this question is shown as chosen");
        let step = s.step;
        s = reduce(s, Action::Continue);
        assert_eq!(
            s.choose_error,
            Some("action-lock"),
            "\"Fortsätt\" says \"choose one\" instead of answering with it"
        );
        assert_eq!((s.step, s.fragment().as_str()), (step, "/guide?measure=lock"));
    }

    #[test]
    fn a_choice_for_another_question_changes_nothing() {
        let mut s = new();
        s = reduce(s, Action::Choose { question: "by-lock", value: V::ByCitizen });
        assert_eq!(s.choice, None);
        s = reduce(s, Action::Choose { question: "start", value: V::ByCitizen });
        assert_eq!(s.choice, None, "not an option of the question on screen");
    }

    #[test]
    fn restart_and_the_explainers_links_keep_the_readers_settings() {
        let mut s = new();
        s = reduce(s, Action::Fragment("#/explain?lang=en&audience=citizen&region=jonkoping&need=no-login".into()));
        let kept = s.settings();
        assert_eq!(write_fragment(Page::Guide, &kept), "/guide?region=jonkoping&lang=en&audience=citizen");
        s = reduce(s, Action::Restart);
        assert_eq!(s.facts, kept);
    }

    #[test]
    fn a_choice_stays_on_its_screen() {
        let mut s = new();
        s = reduce(s, Action::Answer(V::NoLogin));
        s = reduce(s, Action::Choose { question: "by-lock", value: V::ByCitizen });
        s = reduce(s, Action::Back);
        assert_eq!(s.choice, None, "back to the first question: the second's choice is gone");
        // "Fortsätt" with nothing chosen takes the answer given before (preselected).
        s = reduce(s, Action::Continue);
        assert_eq!(s.fragment(), "/guide?need=no-login");
        assert_eq!(s.choose_error, None);
        // Changing an answer: the choice is the edited question's, and "Fortsätt" applies it.
        s = reduce(s, Action::Answer(V::ByCitizen));
        s = reduce(s, Action::Change("by-lock"));
        assert_eq!(s.chosen(s.asking().unwrap()), Some(V::ByCitizen));
        s = reduce(s, Action::Choose { question: "by-lock", value: V::ByCare });
        s = reduce(s, Action::Continue);
        assert_eq!(s.editing, None);
        assert_eq!(s.facts.get(K::By), Some(V::ByCare));
    }

    #[test]
    fn a_copy_result_belongs_to_the_screen_that_asked() {
        let mut s = new();
        s = reduce(s, Action::Fragment("#/guide?need=no-login&by=citizen".into()));
        let step = s.step;
        s = reduce(s, Action::Copied { step, ok: true });
        assert_eq!(s.copy, CopyStatus::Copied);
        s = reduce(s, Action::SetName("Tolvan".into()));
        assert_eq!(s.copy, CopyStatus::Copied, "typing in a field keeps the status");
        s = reduce(s, Action::Back);
        assert_eq!(s.copy, CopyStatus::Idle, "another screen: the status is gone");
        s = reduce(s, Action::Copied { step, ok: false });
        assert_eq!(s.copy, CopyStatus::Idle, "a late answer for the screen before is ignored");
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
