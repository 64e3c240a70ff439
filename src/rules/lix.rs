//! LIX (läsbarhetsindex), the Swedish readability index: words per sentence plus the share of long
//! words (more than six letters) in percent. Under 30 is very easy, 30–40 easy, 40–50 plain
//! newspaper text. Quoted titles and button names (text between ” and ”) are not counted: they
//! must stay verbatim whatever their length.

/// The counts behind a LIX value.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Lix {
    pub words: usize,
    pub long_words: usize,
    pub sentences: usize,
}

impl Lix {
    /// Count `text`, leaving out what stands between ” and ”.
    pub fn of(text: &str) -> Lix {
        let mut unquoted = String::with_capacity(text.len());
        for (i, part) in text.split('”').enumerate() {
            if i % 2 == 0 {
                unquoted.push_str(part);
            } else {
                unquoted.push_str(" X ");
            }
        }
        let mut l = Lix::default();
        for w in unquoted.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters == 0 {
                continue;
            }
            l.words += 1;
            if letters > 6 {
                l.long_words += 1;
            }
        }
        l.sentences = unquoted.matches(['.', '!', '?', ':']).count().max(1);
        l
    }
    /// Add another text's counts (a screen is the sum of its texts).
    pub fn plus(self, o: Lix) -> Lix {
        Lix {
            words: self.words + o.words,
            long_words: self.long_words + o.long_words,
            sentences: self.sentences + o.sentences,
        }
    }
    pub fn value(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences as f64 + 100.0 * self.long_words as f64 / self.words as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lix_of_a_known_text() {
        // 8 words, 2 sentences, 2 long words ("journalen", "förseglad"): 4 + 25 = 29.
        let l = Lix::of("Du kan läsa journalen. Den är förseglad nu.");
        assert_eq!((l.words, l.sentences, l.long_words), (8, 2, 2));
        assert!((l.value() - 29.0).abs() < 1e-9);
        // A quoted title is not counted.
        let q = Lix::of("Välj ”Försegla mitt konto”.");
        assert_eq!(q.words, 2);
    }
}
