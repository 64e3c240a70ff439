//! The question graph. A situation is replayed from the first question (GOV.UK smart-answers
//! style): each step asks the first applicable unanswered question; a given answer is taken if it
//! is one of that question's options. What is replayed is the path; what is left over was not used.

use super::content::questions::QUESTIONS;
use super::facts::{Facts, LinkError, K, SITUATION_KEYS, V};
use super::model::QuestionDef;

/// The result of replaying a situation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    /// The questions asked so far, with their answers, in order.
    pub answered: Vec<(&'static QuestionDef, V)>,
    /// The next question, or `None` when the situation is complete.
    pub open: Option<&'static QuestionDef>,
    /// The facts on the path (plus region, language and audience), raw (not `effective`).
    pub path: Facts,
    /// Given facts that the path did not use.
    pub unused: Vec<V>,
}

impl PartialEq for QuestionDef {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for QuestionDef {}
impl std::fmt::Debug for QuestionDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// The question that applies next to `facts` (read as path facts), if any.
pub fn next_question(path: &Facts) -> Option<&'static QuestionDef> {
    let eff = path.effective();
    QUESTIONS
        .iter()
        .find(|q| (q.when.is_empty() || q.when.iter().any(|w| eff.matches(w))) && q.keys().iter().all(|k| !eff.has(*k)))
}

/// Replay `facts` from the first question.
pub fn walk(facts: &Facts) -> Walk {
    let mut path = Facts::new();
    for k in [K::Region, K::Lang, K::Audience] {
        if let Some(v) = facts.get(k) {
            path.set(v);
        }
    }
    let mut answered = Vec::new();
    let mut open = None;
    // Each step answers one more question, so the loop ends within the number of questions.
    for _ in 0..=QUESTIONS.len() {
        let Some(q) = next_question(&path) else { break };
        let given = q.keys().iter().find_map(|k| facts.get(*k)).filter(|v| q.option(*v).is_some());
        match given {
            Some(v) => {
                path.set(v);
                // What the answer implies comes with it (`Opt::also`), replacing what was given.
                for a in q.option(v).map(|o| o.also).unwrap_or(&[]) {
                    path.set(*a);
                }
                answered.push((q, v));
            }
            None => {
                open = Some(q);
                break;
            }
        }
    }
    let unused = SITUATION_KEYS
        .iter()
        .filter(|k| **k != K::Region)
        .filter_map(|k| facts.get(*k).filter(|v| path.get(*k) != Some(*v)))
        .collect();
    Walk { answered, open, path, unused }
}

impl Walk {
    pub fn is_complete(&self) -> bool {
        self.open.is_none()
    }
    /// One `NotApplicable` error per given fact the path did not use (reported once the
    /// situation is complete: before that a fact may still come into use).
    pub fn unused_errors(&self) -> Vec<LinkError> {
        if !self.is_complete() {
            return Vec::new();
        }
        self.unused.iter().map(|v| LinkError::NotApplicable { key: v.key(), value: *v }).collect()
    }
}

/// Give an answer: set it and clear what it replaces (`need` and `measure` are two ways to answer
/// the first question). Later answers stay; replaying decides which still apply.
pub fn answer(facts: &Facts, v: V) -> Facts {
    let mut f = facts.clone();
    match v.key() {
        K::Need => f.unset(K::Measure),
        K::Measure => f.unset(K::Need),
        _ => {}
    }
    f.set(v);
    let w = walk(&f);
    if let Some((q, _)) = w.answered.iter().find(|(_, a)| *a == v) {
        for a in q.option(v).map(|o| o.also).unwrap_or(&[]) {
            f.set(*a);
        }
    } else if let Some(o) = w.open.and_then(|q| q.option(v)) {
        for a in o.also {
            f.set(*a);
        }
    }
    settle(&f)
}

/// Keep what the path uses; drop the rest once the situation is complete (those answers no longer
/// apply). While a question is open, given answers are kept: they may apply once it is answered.
pub fn settle(facts: &Facts) -> Facts {
    let w = walk(facts);
    if w.is_complete() {
        w.path
    } else {
        facts.clone()
    }
}

/// Take back the last answer on the path (the widget's "Tillbaka").
pub fn back(facts: &Facts) -> Facts {
    let w = walk(facts);
    let mut f = w.path.clone();
    if let Some((q, v)) = w.answered.last() {
        for k in q.keys() {
            f.unset(k);
        }
        // What the answer implied goes with it.
        for a in q.option(*v).map(|o| o.also).unwrap_or(&[]) {
            f.unset(a.key());
        }
    }
    f
}

/// The facts of a path: a region and the answers given, in order.
pub fn facts_for(region: V, answers: &[V]) -> Facts {
    facts_from(&Facts::new().with(region), answers)
}

/// The facts of a path from `base` (a region, and the citizen audience for the citizen's paths).
pub fn facts_from(base: &Facts, answers: &[V]) -> Facts {
    let mut f = base.clone();
    for a in answers {
        f.set(*a);
    }
    f
}

/// Every complete path through the graph, from the start, for one region: the answers in order.
/// Used by the tests, the golden file and the benchmark.
pub fn enumerate(region: V) -> Vec<Vec<V>> {
    enumerate_from(&Facts::new().with(region))
}

/// Every complete path from `base` (a region, and the citizen audience for the citizen's paths).
pub fn enumerate_from(base: &Facts) -> Vec<Vec<V>> {
    let mut out = Vec::new();
    let mut stack = vec![Vec::<V>::new()];
    while let Some(answers) = stack.pop() {
        let w = walk(&facts_from(base, &answers));
        match w.open {
            None => out.push(answers),
            Some(q) => {
                for o in q.all_options().collect::<Vec<_>>().into_iter().rev() {
                    let mut next = answers.clone();
                    next.push(o.value);
                    stack.push(next);
                }
            }
        }
    }
    out
}

/// Give an answer to the question open at `facts`, with what the answer implies (`Opt::also`).
pub fn step(facts: &mut Facts, a: V) {
    let implied = next_question(facts).and_then(|q| q.option(a)).map(|o| o.also).unwrap_or(&[]);
    facts.set(a);
    for x in implied {
        facts.set(*x);
    }
}

/// The edges of the drawn graph for one region's staff: (from question id, option value, to
/// question id or outcome id).
pub fn edges(region: V) -> Vec<(&'static str, V, String)> {
    edges_from(&Facts::new().with(region))
}

/// The edges of the graph from `base` (a region, and the citizen audience for the citizen's way in).
pub fn edges_from(base: &Facts) -> Vec<(&'static str, V, String)> {
    let mut out = Vec::new();
    for path in enumerate_from(base) {
        let mut facts = base.clone();
        for a in &path {
            let from = next_question(&facts).map(|q| q.id).unwrap_or("?");
            step(&mut facts, *a);
            let to = match next_question(&facts) {
                Some(q) => q.id.to_string(),
                None => super::resolve::heading(&facts)
                    .map(|h| format!("outcome:{}", h.id))
                    .unwrap_or_else(|| "outcome:?".into()),
            };
            let e = (from, *a, to);
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_situation_opens_the_start_question() {
        let w = walk(&Facts::new());
        assert_eq!(w.open.map(|q| q.id), Some("start"));
        assert!(w.answered.is_empty());
    }

    #[test]
    fn a_changed_answer_keeps_what_still_applies() {
        // Seal by care, acute, after hours; change acute to ordinary: `hours` no longer applies,
        // `by` still does, and a new question (scope) opens.
        let f = Facts::new().with(V::Seal).with(V::Apply).with(V::ByCare).with(V::Acute).with(V::After);
        assert!(walk(&f).is_complete());
        let g = answer(&f, V::Ordinary);
        let w = walk(&g);
        assert_eq!(w.open.map(|q| q.id), Some("scope-care"));
        assert_eq!(g.get(K::By), Some(V::ByCare));
        // Complete it: the stale `hours` is dropped.
        let h = answer(&g, V::Whole);
        assert!(walk(&h).is_complete());
        assert_eq!(h.get(K::Hours), None);
    }

    #[test]
    fn a_question_names_the_facts_it_depends_on() {
        let q = QUESTIONS.iter().find(|q| q.id == "hours").unwrap();
        assert_eq!(q.depends_on(), vec![K::Region, K::Urgency, K::Home, K::Case]);
        let start = QUESTIONS.iter().find(|q| q.id == "start").unwrap();
        assert_eq!(start.depends_on(), vec![K::Audience]);
    }

    #[test]
    fn a_citizens_answer_brings_what_it_implies() {
        let f = Facts::new().with(V::Citizen);
        assert_eq!(walk(&f).open.map(|q| q.id), Some("start-citizen"));
        let g = answer(&f, V::SealedByCare);
        let w = walk(&g);
        assert!(w.is_complete(), "{:?}", w.open.map(|q| q.id));
        assert_eq!(g.get(K::Measure), Some(V::Seal));
        assert_eq!(g.get(K::By), Some(V::ByCitizen));
        assert_eq!(super::super::resolve::heading(&w.path).map(|h| h.id), Some("seal-lift-care-sealing-by-citizen"));
        // The same situation from a link: the implied facts come from the answer.
        let link = Facts::new().with(V::Citizen).with(V::SealedByCare);
        assert!(walk(&link).is_complete());
    }

    #[test]
    fn back_reopens_the_last_question() {
        let f = Facts::new().with(V::Lock).with(V::Apply);
        let b = back(&f);
        assert_eq!(walk(&b).open.map(|q| q.id), Some("action-lock"));
        assert_eq!(b.get(K::Measure), Some(V::Lock));
    }

    #[test]
    fn need_and_measure_replace_each_other() {
        let f = answer(&Facts::new(), V::NoLogin);
        let g = answer(&f, V::Seal);
        assert_eq!(g.get(K::Need), None);
        assert_eq!(g.get(K::Measure), Some(V::Seal));
    }
}
