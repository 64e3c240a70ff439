//! Dates: ISO format, one year from a signature date, months ahead, age at a date, and the
//! slutdatum check. The core never reads a clock: "today" is always passed in.

use crate::rules::text::T;
use crate::t;
use time::{Date, Month};

/// `YYYY-MM-DD`.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// Why a date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not of the form ÅÅÅÅ-MM-DD.
    Format,
    /// Of the form, but no such day (2026-02-30).
    NoSuchDay,
}

impl DateError {
    pub fn message(self) -> &'static T {
        static EMPTY: T = t!("Ange ett datum.", "Enter a date.");
        static FORMAT: T = t!(
            "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-02-28.",
            "Write the date as YYYY-MM-DD, for example 2027-02-28."
        );
        static NO_SUCH_DAY: T = t!("Det datumet finns inte i kalendern.", "That date does not exist in the calendar.");
        match self {
            DateError::Empty => &EMPTY,
            DateError::Format => &FORMAT,
            DateError::NoSuchDay => &NO_SUCH_DAY,
        }
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A date from its parts, or `None` if there is no such day.
pub fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()
}

/// Read `YYYY-MM-DD`.
pub fn parse_iso(raw: &str) -> Result<Date, DateError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return Err(DateError::Format);
    }
    let (Some(y), Some(m), Some(d)) = (num(parts[0]), num(parts[1]), num(parts[2])) else {
        return Err(DateError::Format);
    };
    ymd(y as i32, m, d).ok_or(DateError::NoSuchDay)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    (28..=31).rev().find(|d| ymd(y, m, *d).is_some()).unwrap_or(28)
}

/// The same day `n` months later; a day the later month lacks becomes its last day.
pub fn add_months(d: Date, n: u32) -> Date {
    let total = d.year() * 12 + (d.month() as i32 - 1) + n as i32;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    let day = (d.day() as u32).min(days_in_month(y, m));
    ymd(y, m, day).unwrap_or(d)
}

/// The last day of "ett år fr.o.m. datum för underskrift" (S4 3.4, 4), counted with the signature
/// day as the first day: the day before the same date next year (t.o.m.). For 29 February, whose
/// date does not come next year, the year ends on 28 February.
pub fn one_year_through(d: Date) -> Date {
    let anniversary = if d.month() == time::Month::February && d.day() == 29 {
        ymd(d.year() + 1, 3, 1)
    } else {
        ymd(d.year() + 1, d.month() as u32, d.day() as u32)
    };
    // Year 9999's anniversary does not exist in `time`: keep the same date then.
    anniversary.and_then(|a| a.previous_day()).unwrap_or(d)
}

/// Completed years between `birth` and `on` (0 if `on` is before `birth`).
pub fn age_at(birth: Date, on: Date) -> u32 {
    if on < birth {
        return 0;
    }
    let mut years = (on.year() - birth.year()) as u32;
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        years -= 1;
    }
    years
}

/// What is wrong or worth a warning with a slutdatum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndDateProblem {
    Date(DateError),
    /// On or before the decision date.
    NotAfterDecision,
}

impl EndDateProblem {
    pub fn message(self) -> &'static T {
        static NOT_AFTER: T =
            t!("Slutdatum måste ligga efter beslutsdatum.", "The end date must be after the decision date.");
        match self {
            EndDateProblem::Date(e) => e.message(),
            EndDateProblem::NotAfterDecision => &NOT_AFTER,
        }
    }
}

/// Check a slutdatum against the decision date. Returns the date and, when the source recommends
/// at most `warn_months` months (0: no such recommendation), whether it is longer.
pub fn check_end_date(raw: &str, decision: Date, warn_months: u8) -> Result<(Date, bool), EndDateProblem> {
    let d = parse_iso(raw).map_err(EndDateProblem::Date)?;
    if d <= decision {
        return Err(EndDateProblem::NotAfterDecision);
    }
    let too_long = warn_months > 0 && d > add_months(decision, warn_months as u32);
    Ok((d, too_long))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso(s).unwrap()
    }

    #[test]
    fn one_year_handles_leap_days() {
        assert_eq!(iso(one_year_through(d("2024-02-29"))), "2025-02-28");
        assert_eq!(iso(one_year_through(d("2027-02-28"))), "2028-02-27");
        assert_eq!(iso(one_year_through(d("2028-03-01"))), "2029-02-28");
        assert_eq!(iso(one_year_through(d("2026-11-22"))), "2027-11-21");
        assert_eq!(iso(one_year_through(d("2026-01-01"))), "2026-12-31");
    }

    #[test]
    fn months_clamp_to_the_month_end() {
        assert_eq!(iso(add_months(d("2026-11-30"), 3)), "2027-02-28");
        assert_eq!(iso(add_months(d("2027-11-30"), 3)), "2028-02-29");
        assert_eq!(iso(add_months(d("2026-01-31"), 1)), "2026-02-28");
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        let b = d("2013-11-22");
        assert_eq!(age_at(b, d("2026-11-21")), 12);
        assert_eq!(age_at(b, d("2026-11-22")), 13);
        assert_eq!(age_at(d("2012-02-29"), d("2025-02-28")), 12);
        assert_eq!(age_at(d("2012-02-29"), d("2025-03-01")), 13);
    }

    #[test]
    fn bad_dates_say_what_is_wrong() {
        assert_eq!(parse_iso(""), Err(DateError::Empty));
        assert_eq!(parse_iso("22/11/2026"), Err(DateError::Format));
        assert_eq!(parse_iso("2026-2-1"), Err(DateError::Format));
        assert_eq!(parse_iso("2026-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2026-13-01"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn end_dates_are_checked_against_the_decision() {
        let today = d("2026-11-22");
        assert_eq!(check_end_date("2026-11-22", today, 3), Err(EndDateProblem::NotAfterDecision));
        assert_eq!(check_end_date("2027-02-22", today, 3), Ok((d("2027-02-22"), false)));
        assert_eq!(check_end_date("2027-02-23", today, 3), Ok((d("2027-02-23"), true)));
        assert_eq!(check_end_date("2030-01-01", today, 0), Ok((d("2030-01-01"), false)));
    }
}
