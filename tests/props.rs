//! Property tests: random answer sequences and random links never panic and always leave the
//! widget with a question, an outcome or typed errors; personnummer checks catch any one wrong digit.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use skyddsguide::rules::dates::parse_iso;
use skyddsguide::rules::facts::{K, KEYS};
use skyddsguide::rules::pnr::{self, luhn_digit, IdError};
use skyddsguide::rules::resolve::resolve;
use skyddsguide::rules::state::{reduce, Action, State};
use skyddsguide::rules::V;

fn all_values() -> Vec<V> {
    KEYS.iter().filter(|d| d.public).flat_map(|d| d.values.iter().map(|(_, v)| *v)).collect()
}

fn action() -> impl Strategy<Value = Action> {
    let values = all_values();
    prop_oneof![
        4 => proptest::sample::select(values.clone()).prop_map(Action::Answer),
        1 => Just(Action::Back),
        1 => Just(Action::Restart),
        1 => proptest::sample::select(vec![V::Rjh, V::Jonkoping, V::Lock]).prop_map(Action::SetRegion),
        1 => ".{0,60}".prop_map(Action::Fragment),
        1 => "[a-z0-9&=#/?%+-]{0,80}".prop_map(Action::Fragment),
        1 => proptest::sample::select(vec!["start", "by-lock", "urgency", "nope"]).prop_map(Action::Change),
        1 => ".{0,20}".prop_map(Action::SetIdNumber),
        1 => ".{0,12}".prop_map(Action::SetEndDate),
        1 => hostile_text().prop_map(Action::SetName),
        1 => hostile_text().prop_map(Action::SetIdNumber),
        1 => hostile_text().prop_map(Action::SetDeciderName),
        1 => hostile_text().prop_map(Action::SetEndDate),
        1 => mutated_link().prop_map(Action::Fragment),
        3 => (proptest::sample::select(vec!["start", "by-lock", "action-lock", "urgency", "start-citizen", "nope"]), proptest::sample::select(values.clone()))
            .prop_map(|(question, value)| Action::Choose { question, value }),
        3 => Just(Action::Continue),
        1 => (0u32..40, any::<bool>()).prop_map(|(step, ok)| Action::Copied { step, ok }),
    ]
}

/// What people paste and type: empty, very long, right-to-left and combining Unicode, emoji,
/// control characters.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("x".repeat(10_000)),
        Just("\u{202e}19121212-1212\u{202c} مرحبا שלום".to_string()),
        Just("e\u{301}\u{301}\u{301}a\u{308}\u{20dd} Z\u{335}\u{30d}\u{346}".to_string()),
        Just("👩‍👩‍👧‍👦🇸🇪🏳️‍🌈 😀".to_string()),
        Just("\u{0}\u{7}\u{1b}[31m\r\n\t\u{7f}\u{85}\u{2028}".to_string()),
        "\\PC{0,200}",
        any::<String>(),
    ]
}

/// A valid scenario link, then cut, doubled, re-encoded or spliced with junk.
fn mutated_link() -> impl Strategy<Value = String> {
    let links = vec![
        "#/guide?measure=seal&action=apply&by=care&urgency=acute&hours=after&region=rjh",
        "#/guide?need=no-login&by=citizen",
        "#/guide?need=guardian-out&age=13-15&region=jonkoping",
        "#/explain?lang=en&audience=citizen",
        "#/guide?measure=lock&action=lift&lockedby=unknown&grounds=violence",
    ];
    (proptest::sample::select(links), 0usize..80, 0u8..6, ".{0,12}").prop_map(|(link, at, how, junk)| {
        let chars: Vec<char> = link.chars().collect();
        let at = at.min(chars.len());
        let (a, b): (String, String) = (chars[..at].iter().collect(), chars[at..].iter().collect());
        match how {
            0 => a,
            1 => format!("{a}{junk}{b}"),
            2 => format!("{link}&{}", &link[link.find('?').map_or(0, |i| i + 1)..]),
            3 => link.replace('=', "%3D").replace('&', "%26"),
            4 => format!("{a}{b}{b}"),
            _ => link.replace('-', &junk),
        }
    })
}

fn check(s: &State) {
    let w = s.walk();
    match w.open {
        Some(q) => assert!(q.all_options().count() >= 2, "{} has fewer than two options", q.id),
        None => {
            let o = resolve(&w.path, s.today).expect("a complete situation resolves");
            let summaries =
                skyddsguide::rules::summary::summaries(&o, &w, s, &skyddsguide::rules::text::Voice::sv_staff());
            for sm in summaries {
                assert!(!sm.fields.is_empty());
            }
        }
    }
    // A choice not yet answered belongs to the question on screen, and is one of its options;
    // "choose one" is only ever said on a question's screen.
    let asking = s.asking();
    if let Some((id, v)) = s.choice {
        let q = asking.expect("a choice with no question on screen");
        assert_eq!(q.id, id, "a choice of another question's screen");
        assert!(q.option(v).is_some(), "{v:?} is not an option of {id}");
    }
    if let Some(id) = s.choose_error {
        assert_eq!(asking.map(|q| q.id), Some(id), "\"choose one\" of another question's screen");
    }
    // The fragment never holds personal fields and always parses back to the same facts.
    let frag = s.fragment();
    if !s.personal.id_number.trim().is_empty() && s.personal.id_number.trim().len() > 3 {
        assert!(!frag.contains(s.personal.id_number.trim()));
    }
    let (_, facts, errors) = skyddsguide::rules::facts::parse_fragment(&frag);
    assert!(errors.is_empty(), "{frag}: {errors:?}");
    assert_eq!(facts, s.facts);
}

proptest! {
    // 10 000 cases each of random use and of random links (issue 11); about a second in a debug
    // build on two cores (`cargo test --test props`).
    #![proptest_config(ProptestConfig { cases: 10_000, .. ProptestConfig::default() })]

    #[test]
    fn random_use_never_panics(actions in proptest::collection::vec(action(), 0..25)) {
        let mut s = State::new(parse_iso("2026-11-22").unwrap(), V::Rjh);
        for a in actions {
            // "Fortsätt" on a question's screen says "choose one", or answers it with one of
            // its own options (never with an earlier answer of the same key that it does not offer).
            let asked = if matches!(a, Action::Continue) { s.asking() } else { None };
            s = reduce(s, a);
            check(&s);
            if let Some(q) = asked {
                let answered = q.keys().iter().any(|k| s.facts.get(*k).is_some_and(|v| q.option(v).is_some()));
                prop_assert!(s.choose_error == Some(q.id) || answered, "\"Fortsätt\" on {} answered with no option of it: {}", q.id, s.fragment());
            }
        }
    }

    #[test]
    fn mutated_links_give_a_question_an_outcome_or_errors(frag in mutated_link()) {
        let s = reduce(State::new(parse_iso("2026-11-22").unwrap(), V::Rjh), Action::Fragment(frag));
        check(&s);
    }

    #[test]
    fn random_links_give_a_question_an_outcome_or_errors(frag in "#?/?(guide|explain|x)?\\??([a-z-]{1,10}=[a-z0-9-]{0,12}&?){0,8}") {
        let s = reduce(State::new(parse_iso("2026-11-22").unwrap(), V::Jonkoping), Action::Fragment(frag));
        check(&s);
    }

    #[test]
    fn valid_personnummer_are_accepted_and_one_wrong_digit_is_not(
        y in 1900i32..2026, m in 1u32..=12, d in 1u32..=28, serial in 0u32..1000, samordning in any::<bool>(),
        pos in 0usize..10, delta in 1u8..10,
    ) {
        let today = parse_iso("2026-11-22").unwrap();
        let day = if samordning { d + 60 } else { d };
        let nine: Vec<u8> = format!("{:02}{:02}{:02}{:03}", y % 100, m, day, serial).bytes().map(|b| b - b'0').collect();
        let mut ten = nine.clone();
        ten.push(luhn_digit(&nine));
        let s12 = format!("{:02}{}", y / 100, ten.iter().map(|d| (b'0' + d) as char).collect::<String>());
        let id = pnr::parse(&s12, today);
        prop_assert!(id.is_ok(), "{s12}: {id:?}");
        // Change one digit of the last ten: the number is no longer accepted (the Luhn check
        // catches every single-digit error; some changes also break the date).
        let mut bad = ten.clone();
        bad[pos] = (bad[pos] + delta) % 10;
        let sb = format!("{:02}{}", y / 100, bad.iter().map(|d| (b'0' + d) as char).collect::<String>());
        let r = pnr::parse(&sb, today);
        prop_assert!(matches!(r, Err(IdError::Checksum | IdError::NotADate | IdError::Future)), "{sb}: {r:?}");
    }
}

#[test]
fn the_key_table_is_complete() {
    assert_eq!(KEYS.len(), K::COUNT);
}
