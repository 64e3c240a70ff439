//! One text model for every voice, checked: every text in Swedish and English; every row the
//! citizen view reaches has its citizen wording or is hidden on purpose; quotes survive
//! translation; the packs are consistent; no text escapes the index; citizen texts are plain
//! Swedish (LIX).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use skyddsguide::rules::content::index::{citizen_view, pack, walk, Place};
use skyddsguide::rules::dates::parse_iso;
use skyddsguide::rules::facts::Facts;
use skyddsguide::rules::graph::{enumerate_from, facts_from, walk as replay};
use skyddsguide::rules::lix::Lix;
use skyddsguide::rules::resolve::resolve;
use skyddsguide::rules::text::{citizen_key, say, Audience, Cz, Lang, Pack, PackFile, Packs, Say, Voice, T};
use skyddsguide::rules::V;

type Rows = Vec<(Place, &'static Say)>;
type Messages = Vec<(Place, &'static T)>;

/// Every text the index walks: rows (Say) and plain messages (T).
fn all() -> (Rows, Messages) {
    let (mut says, mut ts) = (Vec::new(), Vec::new());
    walk(&mut |p, s| says.push((p, s)), &mut |p, t| ts.push((p, t)));
    (says, ts)
}

/// Every single text the index walks, with its voice: a row's staff text, its citizen wording
/// (where written), and each message.
fn each_text(mut f: impl FnMut(&Place, &str, &'static T)) {
    let (says, ts) = all();
    for (p, s) in &says {
        f(p, "staff", &s.staff);
        if let Cz::Text(c) = &s.citizen {
            f(p, "citizen", c);
        }
    }
    for (p, t) in &ts {
        f(p, "message", t);
    }
}

fn quotes(s: &str) -> Vec<&str> {
    s.split('”').skip(1).step_by(2).collect()
}

#[test]
fn every_text_exists_in_swedish_and_english() {
    let (says, ts) = all();
    let mut missing = Vec::new();
    each_text(|place, voice, t| {
        if t.sv.trim().is_empty() && t.en.trim().is_empty() {
            return; // an empty hint
        }
        if !t.complete() {
            missing.push(format!("{} ({voice}): sv={:?} en={:?}", place.0, t.sv, t.en));
        }
    });
    println!("texts: {} rows and {} messages, each in Swedish and English", says.len(), ts.len());
    assert!(missing.is_empty(), "{} texts lack a language:\n  {}", missing.len(), missing.join("\n  "));
}

#[test]
fn every_row_the_citizen_view_shows_has_its_citizen_wording() {
    let rows = citizen_view();
    let missing: Vec<String> =
        rows.iter().filter(|(_, s)| s.citizen == Cz::Missing).map(|(p, s)| format!("{}: {}", p.0, s.sv())).collect();
    let hidden = rows.iter().filter(|(_, s)| s.citizen == Cz::Hidden).count();
    println!(
        "citizen view: {} rows, {} with citizen wording, {hidden} hidden on purpose",
        rows.len(),
        rows.len() - hidden
    );
    assert!(rows.len() > 150, "suspiciously few rows in the citizen view: {}", rows.len());
    assert!(missing.is_empty(), "{} rows lack citizen wording:\n  {}", missing.len(), missing.join("\n  "));
    // The citizen's own questions are asked and answered in their words.
    assert!(rows.iter().any(|(p, _)| p.0 == "question start-citizen legend"));
}

#[test]
fn quotes_are_never_translated() {
    let mut bad = Vec::new();
    each_text(|place, _, t| {
        if quotes(t.sv) != quotes(t.en) {
            bad.push(format!("{}: {:?} vs {:?}", place.0, quotes(t.sv), quotes(t.en)));
        }
    });
    assert!(bad.is_empty(), "a quoted Swedish term differs in English:\n  {}", bad.join("\n  "));
}

/// A pack finds a text by its key, a hash of its Swedish staff text and its `variant`: the same key
/// must always mean the same text, or the pack would give one of them the other's words. Where
/// two texts share a key, the failure names them and the `variant = N` that tells them apart.
/// Then the packs are read back as a `slim` build reads them: every English and citizen text is
/// found.
#[test]
fn pack_keys_are_consistent() {
    let (says, ts) = all();
    // key -> (voice, sv, en, where)
    let mut by_key: BTreeMap<u32, (&str, &str, &str, String)> = BTreeMap::new();
    let mut bad = Vec::new();
    let mut check = |key: u32, voice: &'static str, t: &T, place: &Place, variant: u8| {
        let here = (voice, t.sv, t.en, place.0.clone());
        match by_key.get(&key) {
            Some((v0, sv, en, p0)) if (*sv, *en) != (t.sv, t.en) => bad.push(format!(
                "the {voice} text at {} ({:?} / {:?}) has the same key as the {v0} text at {p0} ({sv:?} / {en:?}): \
                 write one of them with a `variant` that no other rendering of this Swedish has \
                 (this one has {variant})",
                place.0, t.sv, t.en,
            )),
            Some(_) => {}
            None => {
                by_key.insert(key, here);
            }
        }
    };
    for (p, s) in &says {
        check(s.staff.key(), "staff", &s.staff, p, s.staff.variant);
        if let Cz::Text(c) = &s.citizen {
            check(citizen_key(s.staff.sv, c.variant), "citizen", c, p, c.variant);
        }
    }
    for (p, t) in &ts {
        check(t.key(), "message", t, p, t.variant);
    }
    assert!(bad.is_empty(), "{} texts share a key:\n  {}", bad.len(), bad.join("\n  "));
    // A slim build reads the packs back, each reader only the files it needs
    // (`PackFile::needed`): every English and citizen text is found by its key, by a reader who
    // fetched those files and nothing else.
    let packs_for = |lang, audience| {
        let mut packs = Packs::default();
        for file in PackFile::in_set(PackFile::needed(lang, audience)) {
            packs.read_file(file, &pack(file));
        }
        packs
    };
    let en_staff = packs_for(Lang::En, Audience::Staff);
    let sv_citizen = packs_for(Lang::Sv, Audience::Citizen);
    let en_citizen = packs_for(Lang::En, Audience::Citizen);
    let sv_staff = packs_for(Lang::Sv, Audience::Staff);
    assert_eq!(sv_staff.en.len() + sv_staff.sv.len(), 0);
    let mut read = 0;
    for (p, s) in &says {
        let staff = T { sv: s.staff.sv, en: "", variant: s.staff.variant };
        assert_eq!(staff.get(Lang::En, &en_staff), s.staff.en, "{}", p.0);
        if let Cz::Text(c) = &s.citizen {
            let slim = Cz::Text(T { sv: "", en: "", variant: c.variant });
            assert_eq!(say(&staff, &slim, Lang::Sv, Audience::Citizen, &sv_citizen), Some(c.sv), "{}", p.0);
            assert_eq!(say(&staff, &slim, Lang::En, Audience::Citizen, &en_citizen), Some(c.en), "{}", p.0);
            // An English staff reader's file holds no citizen wording.
            assert_eq!(en_staff.en.get(&citizen_key(s.staff.sv, c.variant)), None, "{}", p.0);
            read += 1;
        }
    }
    for (p, t) in &ts {
        let slim = T { sv: t.sv, en: "", variant: t.variant };
        assert_eq!(slim.get(Lang::En, &en_staff), t.en, "{}", p.0);
    }
    // Every text is in one file only: the two English files' keys do not overlap.
    let lens: Vec<usize> = PackFile::ALL
        .into_iter()
        .map(|f| {
            let mut t = Pack::new();
            Packs::read(&mut t, &pack(f));
            t.len()
        })
        .collect();
    assert_eq!(en_citizen.en.len(), lens[1] + lens[2], "the English files overlap: {lens:?}");
    assert!(lens.iter().all(|n| *n > 250), "a file with suspiciously few texts: {lens:?}");
    assert!(read > 300, "suspiciously few citizen texts read back: {read}");
}

/// A text as a macro writes it: the Swedish, the English (when it is a plain literal) and the
/// variant.
type Written = (String, Option<String>, u8);

/// One string literal at the start of `s` (after whitespace): its text and what follows it.
fn literal(s: &str) -> Option<(String, &str)> {
    let body = s.trim_start().strip_prefix('"')?;
    let mut lit = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => lit.extend(chars.next().map(|(_, c)| c)),
            '"' => return Some((lit, &body[i + 1..])),
            c => lit.push(c),
        }
    }
    None
}

/// The texts of every staff-text macro (`s!`, `sc!`, `t!`) in a source, whole words only, empty
/// texts left out (a citizen `c!` belongs to the `s!` before it).
fn macro_texts(src: &str) -> Vec<Written> {
    let mut out = Vec::new();
    for name in ["s!(", "sc!(", "t!("] {
        let mut from = 0;
        while let Some(i) = src[from..].find(name) {
            let at = from + i;
            from = at + name.len();
            let before = src[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some((sv, rest)) = literal(&src[from..]) else { continue };
            let second = rest.trim_start().strip_prefix(',').and_then(literal);
            let variant = second
                .as_ref()
                .and_then(|(_, rest)| rest.trim_start().strip_prefix(','))
                .and_then(|r| r.trim_start().strip_prefix("variant"))
                .and_then(|r| r.trim_start().strip_prefix('='))
                .and_then(|r| r.trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok())
                .unwrap_or(0);
            if !sv.is_empty() {
                out.push((sv, second.map(|(en, _)| en), variant));
            }
        }
    }
    out
}

/// No text escapes the index (and so the packs and these tests): every text written in a text
/// macro anywhere in the sources is one the index walks, with the same English and `variant`. A
/// text outside the walk that shared its Swedish and variant with a walked one would read, in a
/// `slim` build, with the walked one's English (a pack finds a text by its Swedish and variant).
#[test]
fn no_text_escapes_the_index() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut written = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("rules/text.rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                let src = src.split("#[cfg(test)]").next().unwrap_or("");
                written.extend(macro_texts(src).into_iter().map(|t| (p.display().to_string(), t)));
            }
        }
    }
    let (says, ts) = all();
    let walked: std::collections::BTreeSet<(&str, &str, u8)> = says
        .iter()
        .map(|(_, s)| (s.staff.sv, s.staff.en, s.staff.variant))
        .chain(ts.iter().map(|(_, t)| (t.sv, t.en, t.variant)))
        .collect();
    let escaped: Vec<String> = written
        .iter()
        .filter(|(_, (sv, en, variant))| match en {
            Some(en) => !walked.contains(&(sv.as_str(), en.as_str(), *variant)),
            None => !walked.iter().any(|(s, _, v)| s == sv && v == variant),
        })
        .map(|(f, (sv, en, variant))| format!("{f}: {sv:?} / {en:?}, variant {variant}"))
        .collect();
    let literal_en = written.iter().filter(|(_, (_, en, _))| en.is_some()).count();
    println!(
        "texts: {} written in the sources ({literal_en} with a literal English), {} distinct walked by the index",
        written.len(),
        walked.len()
    );
    assert!(written.len() > 500 && literal_en * 10 > written.len() * 9, "the macros were not read");
    assert!(written.iter().any(|(_, (_, _, v))| *v == 2), "no variant was read");
    assert!(escaped.is_empty(), "written outside the index:\n  {}", escaped.join("\n  "));
}

/// Readability of every citizen text in Swedish (LIX, quotes not counted): each screen of the
/// citizen view, and each running text of 12 words or more, at most 40. Prints the highest, the
/// median and the worst five.
#[test]
fn citizen_texts_are_plain_swedish() {
    let today = parse_iso("2026-01-15").unwrap();
    let v = Voice::new(Lang::Sv, skyddsguide::rules::text::Audience::Citizen, Packs::empty());
    let mut texts: Vec<(f64, String)> = Vec::new();
    for (p, s) in citizen_view() {
        if let Cz::Text(c) = s.citizen {
            let l = Lix::of(c.sv);
            if l.words >= 12 {
                texts.push((l.value(), format!("{}: {}", p.0, c.sv)));
            }
        }
    }
    // Screens: every citizen outcome as a whole, and every question with its options.
    let mut screens: Vec<(f64, String)> = Vec::new();
    for region in [V::Rjh, V::Jonkoping] {
        let base = Facts::new().with(region).with(V::Citizen);
        for answers in enumerate_from(&base) {
            let w = replay(&facts_from(&base, &answers));
            let o = resolve(&w.path, today).unwrap();
            let mut l = Lix::of(v.text(&o.heading.title)).plus(Lix::of(v.text(&o.heading.lead)));
            for line in &o.lines {
                if let Some(t) = v.say(&line.text) {
                    l = l.plus(Lix::of(t));
                }
            }
            screens.push((l.value(), format!("outcome {}", o.heading.id)));
            for (q, _) in &w.answered {
                let mut l = Lix::of(v.text(&q.legend)).plus(Lix::of(v.text(&q.why)));
                for opt in q.all_options() {
                    l = l.plus(Lix::of(v.text(&opt.label))).plus(Lix::of(v.text(&opt.hint)));
                }
                screens.push((l.value(), format!("question {}", q.id)));
            }
        }
    }
    for list in [&mut texts, &mut screens] {
        list.sort_by(|a, b| b.0.total_cmp(&a.0));
        list.dedup_by(|a, b| a.1 == b.1);
    }
    let median = |l: &Vec<(f64, String)>| l.get(l.len() / 2).map(|x| x.0).unwrap_or(0.0);
    println!(
        "LIX of {} citizen texts (12+ words): highest {:.1}, median {:.1}; worst five:",
        texts.len(),
        texts[0].0,
        median(&texts)
    );
    for (v, t) in texts.iter().take(5) {
        println!("  {v:.1}  {t}");
    }
    println!(
        "LIX of {} citizen screens: highest {:.1}, median {:.1}; worst five:",
        screens.len(),
        screens[0].0,
        median(&screens)
    );
    for (v, t) in screens.iter().take(5) {
        println!("  {v:.1}  {t}");
    }
    let over: Vec<&(f64, String)> = texts.iter().chain(screens.iter()).filter(|(v, _)| *v > 40.0).collect();
    assert!(
        over.is_empty(),
        "LIX above 40:\n{}",
        over.iter().map(|(v, t)| format!("  {v:.1} {t}")).collect::<Vec<_>>().join("\n")
    );
}

/// Every name a form summary copies verbatim (a row's role, a form's recipient) has one gloss in
/// `terms::NAMES`, which an English summary writes after it, and every gloss has a name to gloss.
#[test]
fn every_verbatim_name_has_one_gloss_and_every_gloss_a_name() {
    use skyddsguide::rules::content::forms::FORMS;
    use skyddsguide::rules::content::outcomes::LINES;
    use skyddsguide::rules::content::terms::{NAMES, TERMS};
    let mut used: Vec<&str> = LINES.iter().filter_map(|l| l.role).collect();
    used.extend(FORMS.iter().map(|f| f.recipient).filter(|r| !r.is_empty()));
    let mut problems = Vec::new();
    for n in &used {
        match NAMES.iter().chain(TERMS).filter(|t| t.sv == *n).count() {
            1 => {}
            k => problems.push(format!("{n:?}: {k} glosses")),
        }
    }
    for t in NAMES {
        if !used.contains(&t.sv) {
            problems.push(format!("{:?}: a gloss of no role or recipient", t.sv));
        }
        if t.en.trim().is_empty() || t.en == t.sv {
            problems.push(format!("{:?}: no English gloss", t.sv));
        }
    }
    assert!(problems.is_empty(), "terms::NAMES:\n  {}", problems.join("\n  "));
    // And an English summary carries them: a decider's role with its gloss, the Swedish first.
    use skyddsguide::rules::state::{reduce, Action, State};
    let today = parse_iso("2026-01-15").unwrap();
    let link = "#/guide?region=rjh&need=no-login&by=care&urgency=ordinary&home=region&grounds=violence";
    let st = reduce(State::new(today, V::Rjh), Action::Fragment(link.into()));
    let w = st.walk();
    let o = resolve(&w.path, today).expect("an outcome");
    let en = Voice { lang: Lang::En, ..Voice::sv_staff() };
    let value = |v: &Voice| -> Vec<String> {
        skyddsguide::rules::summary::summaries(&o, &w, &st, v)
            .iter()
            .flat_map(|s| s.fields.iter().map(|f| f.value.clone()))
            .collect()
    };
    let role = "verksamhetschef eller patientansvarig läkare";
    let glossed = format!("{role} (the head of the care unit or the physician responsible for the patient)");
    assert!(value(&en).contains(&glossed), "{:?}", value(&en));
    assert!(value(&Voice::sv_staff()).iter().any(|f| f == role), "the Swedish summary has no gloss");
}
