//! One text model for every voice: each text exists in Swedish and English, for staff and (where
//! the citizen view shows it) for citizens, side by side in the row that holds its rule and source.
//!
//! - [`T`]: one text in Swedish and English, written with `t!("svenska", "English")`.
//! - [`Cz`]: the citizen's wording of a row: `Cz::Text(c!("…", "…"))`, or `Cz::Hidden` where the
//!   row is staff-internal on purpose. `Cz::Missing` (the default) fails the completeness test
//!   wherever the citizen view reaches the row.
//!
//! **Who pays for what.** The release wasm is built with the `slim` feature: there `t!` keeps only
//! the Swedish text and `c!` keeps neither language, so a Swedish staff reader downloads neither
//! English nor citizen texts. Those live in text packs (`skyddsguide texts`, see `content::index::pack`)
//! that the shell fetches only when the reader chooses English or the citizen view. A text is
//! found in a pack by its key ([`T::key`], [`citizen_key`]): a hash of the Swedish staff text and
//! a small `variant`, computed where it is needed, so that no table stores a hash (four bytes of
//! noise per text that gzip cannot shrink: first-load wasm −3.4 KB gzip).

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Sv,
    En,
}

/// Whose wording: staff (default) or citizens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Audience {
    Staff,
    Citizen,
}

/// One text in Swedish and English. Empty fields were compiled out (`slim`) and come from a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub sv: &'static str,
    pub en: En,
    /// Which rendering of its Swedish this text is: 0, unless the same Swedish is written with
    /// two different English texts (or, for a citizen text, two rows with the same staff Swedish
    /// have different citizen texts). Then each rendering but one is written with its own number,
    /// `s!("Spärra journal", "Block record sharing", variant = 2)`, because a pack
    /// finds a text by its Swedish and this number. `tests/texts.rs` names every text that needs
    /// one.
    pub variant: u8,
}

/// The type of [`T::en`]: the English text, or in a `slim` build [`Omitted`], which takes no
/// bytes (first-load wasm −1.2 KB gzip, −10 KB raw against an empty string in every text).
#[cfg(not(feature = "slim"))]
pub type En = &'static str;
#[cfg(feature = "slim")]
pub type En = Omitted;

/// English left out of a `slim` build: a pack has it ([`T::english`] reads it as empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Omitted;

/// The citizen's wording of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cz {
    /// Not written yet: a test fails where the citizen view reaches it.
    Missing,
    /// Staff-internal on purpose (Cosmic, diarieföring, roles a citizen never meets): not shown
    /// to citizens.
    Hidden,
    Text(CzT),
}

/// The type of a citizen text in [`Cz::Text`]: a [`T`], or in a `slim` build only its
/// [`Variant`] (a pack has both languages). A slim `Say` is 16 bytes instead of 28: first-load
/// wasm −12 KB raw.
#[cfg(not(feature = "slim"))]
pub type CzT = T;
#[cfg(feature = "slim")]
pub type CzT = Variant;

/// A citizen text left out of a `slim` build: only its `variant` (see [`T::variant`]), by which,
/// with its row's staff Swedish, a pack finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    pub variant: u8,
}

// A complete build compiles no `Variant`: its unit test is all that calls this there.
#[cfg_attr(not(feature = "slim"), allow(dead_code))]
impl Variant {
    /// Only from a pack: nothing is compiled in.
    fn lookup<'a>(&'a self, lang: Lang, packs: &'a Packs, key: impl FnOnce() -> u32) -> Option<&'a str> {
        match lang {
            Lang::Sv => &packs.sv,
            Lang::En => &packs.en,
        }
        .get(&key())
        .map(String::as_str)
    }
}

/// A row's text: the staff wording in Swedish and English, and the citizen wording (or that there
/// is none on purpose). Written `s!("svenska", "English")`, then `.cz(c!("du-form", "you-form"))`
/// or `.hidden()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Say {
    pub staff: T,
    pub citizen: Cz,
}

impl Say {
    /// The same text with its citizen wording.
    pub const fn cz(self, citizen: CzT) -> Say {
        Say { staff: self.staff, citizen: Cz::Text(citizen) }
    }
    /// The same text, staff-internal: not shown to citizens.
    pub const fn hidden(self) -> Say {
        Say { staff: self.staff, citizen: Cz::Hidden }
    }
    /// The staff text in Swedish: the golden file, the tests and the Swedish staff reader.
    pub fn sv(&self) -> &'static str {
        self.staff.sv
    }
    pub fn is_empty(&self) -> bool {
        self.staff.sv.is_empty()
    }
    /// What this says to `audience` in `lang` (`None`: hidden from citizens).
    pub fn get<'a>(&'a self, lang: Lang, audience: Audience, packs: &'a Packs) -> Option<&'a str> {
        say(&self.staff, &self.citizen, lang, audience, packs)
    }
}

/// Who is reading: the language, the audience, and the packs loaded so far.
#[derive(Clone, Copy, Debug)]
pub struct Voice<'a> {
    pub lang: Lang,
    pub audience: Audience,
    pub packs: &'a Packs,
}

impl<'a> Voice<'a> {
    /// Swedish, for staff: the golden file and the default reader.
    pub fn sv_staff() -> Voice<'static> {
        Voice { lang: Lang::Sv, audience: Audience::Staff, packs: Packs::empty() }
    }
    pub fn new(lang: Lang, audience: Audience, packs: &'a Packs) -> Voice<'a> {
        Voice { lang, audience, packs }
    }
    pub fn t(&self, t: &'a T) -> &'a str {
        t.get(self.lang, self.packs)
    }
    /// A row's text for this reader, or `None` where it is hidden from citizens.
    pub fn say(&self, s: &'a Say) -> Option<&'a str> {
        s.get(self.lang, self.audience, self.packs)
    }
    /// A row's text, or "" where it is hidden.
    pub fn text(&self, s: &'a Say) -> &'a str {
        self.say(s).unwrap_or("")
    }
    pub fn citizen(&self) -> bool {
        self.audience == Audience::Citizen
    }
    pub fn en(&self) -> bool {
        self.lang == Lang::En
    }
}

/// A row's text (see [`Say`]).
#[macro_export]
macro_rules! s {
    ($sv:expr, $en:expr $(, variant = $v:literal)? $(,)?) => {
        $crate::rules::text::Say { staff: $crate::t!($sv, $en $(, variant = $v)?), citizen: $crate::rules::text::Cz::Missing }
    };
}

/// A row's text that reads the same for staff and citizens (a text only the citizen view asks,
/// or one already in plain words).
#[macro_export]
macro_rules! sc {
    ($sv:expr, $en:expr $(, variant = $v:literal)? $(,)?) => {
        $crate::rules::text::Say {
            staff: $crate::t!($sv, $en $(, variant = $v)?),
            citizen: $crate::rules::text::Cz::Text($crate::c!($sv, $en $(, variant = $v)?)),
        }
    };
}

/// FNV-1a, 32 bits, over the bytes of `s`.
pub const fn key(s: &str) -> u32 {
    fnv(0x811c_9dc5, s.as_bytes())
}

/// The key of a staff text (or a message) in a pack: FNV-1a over its Swedish, a separator and its
/// `variant`. Computed from what a `slim` build keeps, when an English text is looked up.
pub fn staff_key(sv: &str, variant: u8) -> u32 {
    fnv(key(sv), &[0x1f, variant])
}

/// The key of a row's citizen text in a pack: FNV-1a over the row's *staff* Swedish (a `slim`
/// build keeps no citizen text), another separator and the citizen text's `variant`.
pub fn citizen_key(staff_sv: &str, variant: u8) -> u32 {
    fnv(key(staff_sv), &[0x1e, variant])
}

const fn fnv(mut h: u32, b: &[u8]) -> u32 {
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// A staff text in Swedish and English (and its `variant`, see [`T::variant`]). In a `slim` build
/// the English is left out.
#[cfg(not(feature = "slim"))]
#[macro_export]
macro_rules! t {
    ($sv:expr, $en:expr $(,)?) => {
        $crate::t!($sv, $en, variant = 0)
    };
    ($sv:expr, $en:expr, variant = $v:literal $(,)?) => {
        $crate::rules::text::T { sv: $sv, en: $en, variant: $v }
    };
}
#[cfg(feature = "slim")]
#[macro_export]
macro_rules! t {
    ($sv:expr, $en:expr $(,)?) => {
        $crate::t!($sv, $en, variant = 0)
    };
    ($sv:expr, $en:expr, variant = $v:literal $(,)?) => {
        $crate::rules::text::T { sv: $sv, en: $crate::rules::text::Omitted, variant: $v }
    };
}

/// A citizen text in Swedish and English. In a `slim` build both are left out (a pack has them).
#[cfg(not(feature = "slim"))]
#[macro_export]
macro_rules! c {
    ($sv:expr, $en:expr $(,)?) => {
        $crate::c!($sv, $en, variant = 0)
    };
    ($sv:expr, $en:expr, variant = $v:literal $(,)?) => {
        $crate::rules::text::T { sv: $sv, en: $en, variant: $v }
    };
}
#[cfg(feature = "slim")]
#[macro_export]
macro_rules! c {
    ($sv:expr, $en:expr $(,)?) => {
        $crate::c!($sv, $en, variant = 0)
    };
    ($sv:expr, $en:expr, variant = $v:literal $(,)?) => {
        $crate::rules::text::Variant { variant: $v }
    };
}

/// A text pack file: the texts a `slim` build leaves out, in one file per voice that needs
/// them, so that each reader fetches only their own (an English staff reader no citizen text).
/// Every text is in one file only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PackFile {
    /// `texts-sv.txt`: the citizens' Swedish (*medborgartexter*).
    SvCitizen,
    /// `texts-en.txt`: the English of every staff text and message (a citizen reading English
    /// reads these too, wherever a row's citizen wording is its staff text).
    En,
    /// `texts-en-citizen.txt`: the citizens' English, where it is not the staff text's.
    EnCitizen,
}

impl PackFile {
    pub const ALL: [PackFile; 3] = [PackFile::SvCitizen, PackFile::En, PackFile::EnCitizen];
    /// Its name in `dist/` before the build's content hash, and the field of boot.js's settings
    /// that names the hashed file.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            PackFile::SvCitizen => ("texts-sv.txt", "textsSv"),
            PackFile::En => ("texts-en.txt", "textsEn"),
            PackFile::EnCitizen => ("texts-en-citizen.txt", "textsEnCitizen"),
        }
    }
    /// The language of its texts (the table of [`Packs`] it is read into).
    pub fn lang(self) -> Lang {
        if self == PackFile::SvCitizen {
            Lang::Sv
        } else {
            Lang::En
        }
    }
    /// This file as one bit of a set of files.
    pub fn bit(self) -> u8 {
        1 << self as u8
    }
    /// The files of a set of [`PackFile::bit`]s, in the order of [`PackFile::ALL`].
    pub fn in_set(set: u8) -> impl Iterator<Item = PackFile> {
        PackFile::ALL.into_iter().filter(move |f| set & f.bit() != 0)
    }
    /// The files a reader in `lang` and `audience` needs, as a set of [`PackFile::bit`]s: none for
    /// a Swedish staff reader.
    pub fn needed(lang: Lang, audience: Audience) -> u8 {
        let citizen = audience == Audience::Citizen;
        match lang {
            Lang::Sv if citizen => PackFile::SvCitizen.bit(),
            Lang::Sv => 0,
            Lang::En if citizen => PackFile::En.bit() | PackFile::EnCitizen.bit(),
            Lang::En => PackFile::En.bit(),
        }
    }
}

/// The texts that are not compiled into a `slim` build, keyed as in [`T::key`]: one table for the
/// citizens' Swedish, one for English (staff and citizen), each read from its [`PackFile`]s.
#[derive(Clone, Debug, Default)]
pub struct Packs {
    pub sv: Pack,
    pub en: Pack,
}

impl Packs {
    /// No packs (a complete native build, or a Swedish staff reader).
    pub fn empty() -> &'static Packs {
        static EMPTY: Packs = Packs { sv: Pack::new(), en: Pack::new() };
        &EMPTY
    }
    /// Read one pack file into the table of its language ([`PackFile::lang`]).
    pub fn read_file(&mut self, file: PackFile, pack: &str) {
        Packs::read(if file.lang() == Lang::En { &mut self.en } else { &mut self.sv }, pack)
    }
    /// Read a pack ([`pack_text`]): its first line the keys in base64, then one text per line in
    /// the keys' order, with `\n` and `\\` escaped. A first line that is not base64 reads nothing,
    /// a pack cut short reads the texts it has, and empty texts are skipped: a pack never makes the
    /// widget fail, and a text missing from it falls back to Swedish.
    pub fn read(into: &mut Pack, pack: &str) {
        let mut lines = pack.lines();
        let keys = lines.next().unwrap_or_default();
        if !keys.bytes().all(|c| SIXES.contains(&c)) {
            return;
        }
        // Each key's 32 bits gathered six at a time, and its text read as soon as they are whole.
        let (mut acc, mut bits) = (0u64, 0u32);
        for c in keys.bytes() {
            let six = SIXES.iter().position(|&s| s == c).unwrap_or_default();
            acc = acc << 6 | six as u64;
            bits += 6;
            if bits >= 32 {
                bits -= 32;
                let Some(line) = lines.next() else { return };
                into.insert((acc >> bits) as u32, unescape(line));
                acc &= (1 << bits) - 1;
            }
        }
    }
}

/// The alphabet of a pack's keys: base64's (RFC 4648), written without padding.
const SIXES: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// One pack's texts by key: a hash table of its own (the keys are FNV hashes already), open
/// addressing with linear probing; an empty text marks a free slot. Not `std`'s `HashMap`, whose
/// SipHash and generic table cost the first-load wasm about 0.5 KB gzip for this one use.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    slots: Vec<(u32, String)>,
    len: usize,
}

impl Pack {
    pub const fn new() -> Pack {
        Pack { slots: Vec::new(), len: 0 }
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// The slot of `key`: where it is, or the free slot where it would go. The table is never
    /// full (at most half its slots are used), so the probe ends.
    fn slot(&self, key: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        while !self.slots[i].1.is_empty() && self.slots[i].0 != key {
            i = (i + 1) & mask;
        }
        i
    }
    pub fn get(&self, key: &u32) -> Option<&String> {
        if self.slots.is_empty() {
            return None;
        }
        Some(&self.slots[self.slot(*key)].1).filter(|t| !t.is_empty())
    }
    /// Add or replace a text; an empty one is not kept.
    pub fn insert(&mut self, key: u32, text: String) {
        if text.is_empty() {
            return;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots.resize_with((old.len() * 2).max(64), Default::default);
            self.len = 0;
            for (k, t) in old.into_iter().filter(|(_, t)| !t.is_empty()) {
                self.insert(k, t);
            }
        }
        let i = self.slot(key);
        if self.slots[i].1.is_empty() {
            self.len += 1;
        }
        self.slots[i] = (key, text);
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A text's placeholders filled: `"Fråga {n}".fill(&[("n", "2")])` is "Fråga 2".
pub trait Fill {
    /// Each `{name}` of `values` replaced by its value, in one pass: a value is never read as a
    /// template (a link's text that holds "{value}" stays as written), and a `{` that opens no
    /// placeholder stays. No substring search: `str::replace` with a `&str` pattern cost the wasm
    /// 1.6 KB of searcher code.
    fn fill(&self, values: &[(&str, &str)]) -> String;
}

impl Fill for str {
    fn fill(&self, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.len());
        let mut rest = self;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match values.iter().find(|(name, _)| after.strip_prefix(name).is_some_and(|r| r.starts_with('}'))) {
                Some((name, value)) => {
                    out.push_str(value);
                    rest = &after[name.len() + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// A pack of `texts` (key and text): the first line the keys, base64 of four bytes each,
/// big-endian, with no padding; then each text on its own line, in the same order, with `\\` and
/// newlines escaped. The keys stand apart from the texts because eight hex digits before each line
/// cost gzip more than the keys themselves: gzip codes a line of base64 at close to its six bits a
/// character, and the texts' words match each other with no key between them (English pack 40.0 →
/// 37.4 KB gzip, citizens' Swedish 10.9 → 10.4 KB; the first-load wasm's reader +94 B).
pub fn pack_text(texts: &[(u32, &str)]) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u64, 0u32);
    for (key, _) in texts {
        acc = acc << 32 | *key as u64;
        bits += 32;
        while bits >= 6 {
            bits -= 6;
            out.push(SIXES[(acc >> bits) as usize & 63] as char);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(SIXES[(acc << (6 - bits)) as usize & 63] as char);
    }
    out.push('\n');
    for (_, text) in texts {
        out.push_str(&text.replace('\\', "\\\\").replace('\n', "\\n"));
        out.push('\n');
    }
    out
}

impl T {
    /// The key of this text as a staff text or a message ([`staff_key`]).
    pub fn key(&self) -> u32 {
        staff_key(self.sv, self.variant)
    }
    /// The text in `lang` as a staff text or a message: compiled in, else from the English pack,
    /// else (never for a complete build) the Swedish.
    pub fn get<'a>(&'a self, lang: Lang, packs: &'a Packs) -> &'a str {
        self.lookup(lang, packs, || self.key()).unwrap_or(self.sv)
    }
    /// The text in `lang`, compiled in or from the packs under `key` (computed only when a pack is
    /// read: a Swedish staff reader never hashes a text).
    fn lookup<'a>(&'a self, lang: Lang, packs: &'a Packs, key: impl FnOnce() -> u32) -> Option<&'a str> {
        let (own, pack) = match lang {
            Lang::Sv => (self.sv, &packs.sv),
            Lang::En => (self.english(), &packs.en),
        };
        if !own.is_empty() {
            return Some(own);
        }
        pack.get(&key()).map(String::as_str)
    }
    /// Whether both languages are written (natively, where nothing is compiled out).
    pub fn complete(&self) -> bool {
        !self.sv.trim().is_empty() && !self.english().trim().is_empty()
    }
    /// The English compiled in: empty in a `slim` build.
    pub fn english(&self) -> &'static str {
        #[cfg(not(feature = "slim"))]
        return self.en;
        #[cfg(feature = "slim")]
        return "";
    }
}

/// What a row says to one audience in one language: the citizen wording where the row has one,
/// nothing where it is hidden from citizens, and the staff wording otherwise.
/// A citizen text that is neither compiled in nor in a pack (the pack is loading or failed) reads
/// as the row's staff text.
pub fn say<'a>(staff: &'a T, citizen: &'a Cz, lang: Lang, audience: Audience, packs: &'a Packs) -> Option<&'a str> {
    match (audience, citizen) {
        (Audience::Citizen, Cz::Text(c)) => {
            Some(c.lookup(lang, packs, || citizen_key(staff.sv, c.variant)).unwrap_or_else(|| staff.get(lang, packs)))
        }
        (Audience::Citizen, Cz::Hidden) => None,
        _ => Some(staff.get(lang, packs)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_round_trips() {
        // Keys whose bits cross every base64 boundary, and texts with the escaped characters.
        let texts: Vec<(u32, String)> = (0..9u32)
            .map(|i| (i.wrapping_mul(0x9e37_79b9) ^ (u32::MAX >> (i + 1)), format!("rad {i}\\med\nny rad")))
            .chain([(0, "noll".into()), (u32::MAX, "max".into())])
            .collect();
        for n in 0..=texts.len() {
            let pairs: Vec<(u32, &str)> = texts[..n].iter().map(|(k, t)| (*k, t.as_str())).collect();
            let mut pack = Pack::new();
            Packs::read(&mut pack, &pack_text(&pairs));
            assert_eq!(pack.len(), n, "{n} texts");
            for (k, t) in &pairs {
                assert_eq!(pack.get(k).map(String::as_str), Some(*t), "key {k:08x} of {n}");
            }
        }
    }

    #[test]
    fn the_keys_are_base64_of_big_endian_bytes() {
        // The same bytes the `base64` tool writes for 00 00 00 01 ff ff ff fe, its padding dropped.
        assert_eq!(pack_text(&[(1, "a"), (0xffff_fffe, "b")]), "AAAAAf////4\na\nb\n");
    }

    #[test]
    fn a_bad_or_short_pack_reads_what_it_can_and_never_fails() {
        let pack = pack_text(&[(7, "sju"), (8, "åtta"), (9, "nio")]);
        let read = |text: &str| {
            let mut p = Pack::new();
            Packs::read(&mut p, text);
            (1..=9).filter_map(|k| p.get(&k).cloned()).collect::<Vec<_>>()
        };
        assert_eq!(read(&pack), ["sju", "åtta", "nio"]);
        // Cut short: in a text, after one, or inside the keys (no text has arrived).
        assert_eq!(read(&pack[..pack.len() - 3]), ["sju", "åtta", "n"]);
        assert_eq!(read(&pack[..pack.find("nio").unwrap()]), ["sju", "åtta"]);
        assert_eq!(read(&pack[..8]), Vec::<String>::new());
        // More texts than keys: the extra lines are not read.
        assert_eq!(read(&format!("{pack}tio\n")), ["sju", "åtta", "nio"]);
        // A first line that is not base64 (the older `key<TAB>text` lines, anything else): nothing.
        for bad in ["00000007\tsju\n", "AAAAB w\nsju\n", "=\nsju\n", "\nsju\n", "", "\u{0}"] {
            assert_eq!(read(bad), Vec::<String>::new(), "{bad:?}");
        }
        // An empty text is skipped, and its neighbours keep their keys.
        assert_eq!(read(&pack_text(&[(7, "sju"), (8, ""), (9, "nio")])), ["sju", "nio"]);
    }

    #[test]
    fn a_pack_holds_every_key_through_its_growth_and_collisions() {
        let mut pack = Pack::new();
        assert_eq!(pack.get(&1), None);
        // Keys that share their low bits probe past each other; 0 is a key like any other.
        let keys: Vec<u32> = (0..2000u32).map(|i| i.wrapping_mul(1 << 12) ^ (i % 7)).collect();
        for (i, k) in keys.iter().enumerate() {
            pack.insert(*k, format!("text {i}"));
        }
        assert_eq!(pack.len(), keys.len());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(pack.get(k).map(String::as_str), Some(format!("text {i}").as_str()), "key {k:x}");
        }
        assert_eq!(pack.get(&0xdead_beef), None);
        pack.insert(keys[3], "replaced".into());
        pack.insert(keys[4], String::new());
        assert_eq!(pack.len(), keys.len());
        assert_eq!(pack.get(&keys[3]).map(String::as_str), Some("replaced"));
        assert_eq!(pack.get(&keys[4]).map(String::as_str), Some("text 4"));
    }

    #[test]
    fn a_compiled_out_text_comes_from_the_pack_and_falls_back_to_swedish() {
        let slim = T { sv: "Hej", en: "", variant: 0 };
        let mut packs = Packs::default();
        assert_eq!(slim.get(Lang::En, &packs), "Hej");
        packs.en.insert(staff_key("Hej", 0), "Hello".into());
        assert_eq!(slim.get(Lang::En, &packs), "Hello");
        // Another rendering of the same Swedish is another text.
        let other = T { sv: "Hej", en: "", variant: 1 };
        assert_eq!(other.get(Lang::En, &packs), "Hej");
        packs.en.insert(staff_key("Hej", 1), "Hi".into());
        assert_eq!(other.get(Lang::En, &packs), "Hi");
        assert_eq!(slim.get(Lang::En, &packs), "Hello");
        // A citizen text is found by its row's staff Swedish; until a pack has it, the staff text.
        let citizen = T { sv: "", en: "", variant: 0 };
        assert_eq!(say(&slim, &Cz::Text(citizen), Lang::Sv, Audience::Citizen, &packs), Some("Hej"));
        packs.sv.insert(citizen_key("Hej", 0), "Du".into());
        assert_eq!(say(&slim, &Cz::Text(citizen), Lang::Sv, Audience::Citizen, &packs), Some("Du"));
        assert_eq!(say(&slim, &Cz::Text(citizen), Lang::Sv, Audience::Staff, &packs), Some("Hej"));
        assert_eq!(say(&slim, &Cz::Text(citizen), Lang::En, Audience::Citizen, &packs), Some("Hello"));
        packs.en.insert(citizen_key("Hej", 0), "You".into());
        assert_eq!(say(&slim, &Cz::Text(citizen), Lang::En, Audience::Citizen, &packs), Some("You"));
        assert_eq!(say(&slim, &Cz::Hidden, Lang::Sv, Audience::Citizen, &packs), None);
        assert_eq!(say(&slim, &Cz::Hidden, Lang::En, Audience::Staff, &packs), Some("Hello"));
    }

    #[test]
    fn a_slim_citizen_text_is_found_by_its_rows_staff_swedish_and_its_variant() {
        let mut packs = Packs::default();
        let (v0, v1) = (Variant { variant: 0 }, Variant { variant: 1 });
        assert_eq!(v0.lookup(Lang::Sv, &packs, || citizen_key("Hej", 0)), None);
        packs.sv.insert(citizen_key("Hej", 0), "Hej du".into());
        packs.sv.insert(citizen_key("Hej", 1), "Hallå du".into());
        packs.en.insert(citizen_key("Hej", 0), "Hi you".into());
        assert_eq!(v0.lookup(Lang::Sv, &packs, || citizen_key("Hej", 0)), Some("Hej du"));
        assert_eq!(v1.lookup(Lang::Sv, &packs, || citizen_key("Hej", 1)), Some("Hallå du"));
        assert_eq!(v0.lookup(Lang::En, &packs, || citizen_key("Hej", 0)), Some("Hi you"));
        assert_eq!(v1.lookup(Lang::En, &packs, || citizen_key("Hej", 1)), None);
    }

    #[test]
    fn staff_and_citizen_keys_differ() {
        assert_ne!(staff_key("Hej", 0), citizen_key("Hej", 0));
        assert_ne!(staff_key("Hej", 0), staff_key("Hej", 1));
    }

    #[test]
    fn fill_replaces_each_placeholder_once_and_leaves_the_rest() {
        assert_eq!("Fråga {n} av {count}".fill(&[("n", "2"), ("count", "5")]), "Fråga 2 av 5");
        assert_eq!("{n}{n}".fill(&[("n", "å")]), "åå");
        // A value is not a template; a brace that opens no placeholder stays; so does an unknown one.
        assert_eq!("{key}={value}".fill(&[("key", "{value}"), ("value", "x")]), "{value}=x");
        assert_eq!("{ {n {m} {n}".fill(&[("n", "1")]), "{ {n {m} 1");
        assert_eq!("{got_title}: {got}".fill(&[("got", "a"), ("got_title", "A")]), "A: a");
        assert_eq!("ingen".fill(&[]), "ingen");
        assert_eq!("slut {".fill(&[("n", "1")]), "slut {");
    }

    #[test]
    fn the_key_is_fnv1a() {
        assert_eq!(key(""), 0x811c_9dc5);
        assert_eq!(key("a"), 0xe40c_292c);
    }
}
