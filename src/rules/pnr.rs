//! Personnummer, samordningsnummer and reservnummer. Used only on screen and in print: the value
//! is never stored, put in a URL or sent anywhere.

use crate::rules::text::T;
use crate::t;
use time::Date;

use super::dates::{age_at, ymd};

/// What kind of identity number was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Personnummer,
    /// Samordningsnummer: the day of birth plus 60.
    Samordningsnummer,
    /// Reservnummer: a local number, recognised by its letters. Its format differs between regions.
    Reservnummer,
}

/// A valid identity number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Id {
    pub kind: IdKind,
    /// ÅÅÅÅMMDD-NNNN for personnummer and samordningsnummer; the input, trimmed, for reservnummer.
    pub normalized: String,
    /// The birth date (not known for a reservnummer).
    pub birth: Option<Date>,
}

impl Id {
    pub fn age_on(&self, today: Date) -> Option<u32> {
        self.birth.map(|b| age_at(b, today))
    }
}

/// Why a number was not accepted. Each kind has its own message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdError {
    Empty,
    /// Characters other than digits, one `-` or `+`, and spaces.
    Characters,
    /// Not 10 or 12 digits.
    Length,
    /// The separator is not before the last four digits, or `+` with 12 digits.
    Separator,
    /// The date part is no real date (also after taking 60 from a samordningsnummer's day).
    NotADate,
    /// The date part lies after today.
    Future,
    /// The check digit (Luhn) does not match.
    Checksum,
}

impl IdError {
    pub const ALL: [IdError; 7] = [
        IdError::Empty,
        IdError::Characters,
        IdError::Length,
        IdError::Separator,
        IdError::NotADate,
        IdError::Future,
        IdError::Checksum,
    ];
    pub fn message(self) -> &'static T {
        static EMPTY: T = t!("Fältet är tomt.", "The field is empty.");
        static CHARACTERS: T = t!(
            "Använd bara siffror, och ett bindestreck eller plustecken före de fyra sista siffrorna.",
            "Use digits only, and a hyphen or plus sign before the last four digits."
        );
        static LENGTH: T = t!(
            "Ett personnummer har 10 eller 12 siffror, till exempel 19121212-1212.",
            "A personnummer has 10 or 12 digits, for example 19121212-1212."
        );
        static SEPARATOR: T = t!(
            "Bindestrecket eller plustecknet ska stå före de fyra sista siffrorna (plustecken bara med 10 siffror).",
            "The hyphen or plus sign goes before the last four digits (a plus sign only with 10 digits)."
        );
        static NOT_A_DATE: T = t!(
            "Födelsedatumet i numret är inget riktigt datum.",
            "The date of birth in the number is not a real date."
        );
        static FUTURE: T =
            t!("Födelsedatumet i numret ligger i framtiden.", "The date of birth in the number is in the future.");
        static CHECKSUM: T = t!(
            "Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt.",
            "The check digit does not match. Check that every digit is right."
        );
        match self {
            IdError::Empty => &EMPTY,
            IdError::Characters => &CHARACTERS,
            IdError::Length => &LENGTH,
            IdError::Separator => &SEPARATOR,
            IdError::NotADate => &NOT_A_DATE,
            IdError::Future => &FUTURE,
            IdError::Checksum => &CHECKSUM,
        }
    }
}

/// The Luhn check over ten digits.
pub fn luhn_ok(ten: &[u8]) -> bool {
    ten.len() == 10 && luhn_sum(ten) % 10 == 0
}

fn luhn_sum(digits: &[u8]) -> u32 {
    digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = *d as u32 * if i % 2 == 0 { 2 } else { 1 };
            p / 10 + p % 10
        })
        .sum()
}

/// The check digit that completes nine digits.
pub fn luhn_digit(nine: &[u8]) -> u8 {
    ((10 - luhn_sum(nine) % 10) % 10) as u8
}

/// Read an identity number. `today` decides the century of a 10-digit number.
pub fn parse(raw: &str, today: Date) -> Result<Id, IdError> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    if s.chars().any(|c| c.is_ascii_alphabetic())
        && s.len() <= 16
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && s.chars().filter(|c| c.is_ascii_digit()).count() >= 4
    {
        return Ok(Id { kind: IdKind::Reservnummer, normalized: s, birth: None });
    }
    if !s.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+') {
        return Err(IdError::Characters);
    }
    let seps: Vec<(usize, char)> = s.char_indices().filter(|(_, c)| *c == '-' || *c == '+').collect();
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    if digits.len() != 10 && digits.len() != 12 {
        return Err(IdError::Length);
    }
    let plus = match seps.as_slice() {
        [] => false,
        [(i, c)] if *i == s.len() - 5 => {
            if *c == '+' && digits.len() == 12 {
                return Err(IdError::Separator);
            }
            *c == '+'
        }
        _ => return Err(IdError::Separator),
    };
    let n = |ds: &[u8]| ds.iter().fold(0u32, |a, d| a * 10 + *d as u32);
    let (year, rest) = if digits.len() == 12 {
        (n(&digits[0..4]) as i32, &digits[2..])
    } else {
        let yy = n(&digits[0..2]) as i32;
        let mut y = today.year() - (today.year() - yy).rem_euclid(100);
        if plus {
            y -= 100;
        }
        (y, &digits[..])
    };
    let month = n(&rest[2..4]);
    let mut day = n(&rest[4..6]);
    let kind = if day > 60 {
        day -= 60;
        IdKind::Samordningsnummer
    } else {
        IdKind::Personnummer
    };
    let Some(birth) = ymd(year, month, day) else { return Err(IdError::NotADate) };
    // A 10-digit number without `+` whose date is later this century than today is from the
    // previous century only if written with `+`; the century rule above already picked the
    // latest possible year, so a future date here means a wrong number.
    if birth > today {
        return Err(IdError::Future);
    }
    if !luhn_ok(rest) {
        return Err(IdError::Checksum);
    }
    let normalized = format!(
        "{:04}{:02}{:02}-{}",
        year,
        month,
        n(&rest[4..6]),
        rest[6..].iter().map(|d| (b'0' + d) as char).collect::<String>()
    );
    Ok(Id { kind, normalized, birth: Some(birth) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::parse_iso;

    fn today() -> Date {
        parse_iso("2026-11-22").unwrap()
    }

    #[test]
    fn the_test_personnummer_is_accepted_in_every_form() {
        for s in ["19121212-1212", "191212121212", "121212+1212", " 1912 1212-1212 "] {
            let id = parse(s, today()).unwrap_or_else(|e| panic!("{s}: {e:?}"));
            assert_eq!(id.kind, IdKind::Personnummer);
            assert_eq!(id.normalized, "19121212-1212");
        }
        // Without `+`, a 10-digit 121212 is from 2012.
        assert_eq!(parse("121212-1212", today()).unwrap().normalized, "20121212-1212");
    }

    #[test]
    fn each_error_has_its_kind() {
        let t = today();
        assert_eq!(parse("", t), Err(IdError::Empty));
        assert_eq!(parse("19121212_1212", t), Err(IdError::Characters));
        assert_eq!(parse("1912121-1212", t), Err(IdError::Length));
        assert_eq!(parse("191212-121212", t), Err(IdError::Separator));
        assert_eq!(parse("19121212+1212", t), Err(IdError::Separator));
        assert_eq!(parse("19121232-1212", t), Err(IdError::NotADate));
        assert_eq!(parse("20301212-1212", t), Err(IdError::Future));
        assert_eq!(parse("19121212-1213", t), Err(IdError::Checksum));
    }

    #[test]
    fn samordningsnummer_and_reservnummer() {
        let t = today();
        // Day 12 + 60 = 72; fix the check digit.
        let mut nine: Vec<u8> = "701272121".bytes().map(|b| b - b'0').collect();
        nine.push(luhn_digit(&nine));
        let s: String = nine.iter().map(|d| (b'0' + d) as char).collect();
        let id = parse(&s, t).unwrap();
        assert_eq!(id.kind, IdKind::Samordningsnummer);
        assert_eq!(id.birth, Some(parse_iso("1970-12-12").unwrap()));
        let r = parse("19800101-R123", t).unwrap();
        assert_eq!(r.kind, IdKind::Reservnummer);
        assert_eq!(r.birth, None);
    }

    #[test]
    fn age_from_personnummer() {
        let id = parse("20131122-0000", today());
        // The check digit of 1311220000 is wrong on purpose: build a valid one.
        assert!(id.is_err());
        let mut nine: Vec<u8> = "131122000".bytes().map(|b| b - b'0').collect();
        nine.push(luhn_digit(&nine));
        let s: String = nine.iter().map(|d| (b'0' + d) as char).collect();
        assert_eq!(parse(&s, today()).unwrap().age_on(today()), Some(13));
    }
}
