//! The host's settings for one widget: the same struct whether they come from the mount element's
//! `data-*` attributes or from the options object of the JavaScript `mount(element, options)`.
//! Reading never fails: an unknown option or a bad value becomes a `ConfigError` (shown in the
//! widget and written to the console as a warning) and the default applies.

use super::facts::V;

/// Where "exit quickly" goes when the host names no page: a neutral public page (the Swedish
/// weather service) that says nothing about why the visitor was here.
pub const DEFAULT_EXIT_URL: &str = "https://www.smhi.se/";

/// The widget's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `region` / `data-region`: `V::Rjh` (default) or `V::Jonkoping`.
    pub region: V,
    /// `lang` / `data-lang`: `V::Sv` (default) or `V::En`.
    pub lang: V,
    /// `audience` / `data-audience`: `V::Staff` (default) or `V::Citizen`.
    pub audience: V,
    /// `exitUrl` / `data-exit-url`: where the citizen view's "exit quickly" goes.
    pub exit_url: String,
    /// `scenarios` / `data-scenarios`: the URL of a unit's own scenario file, if any.
    pub scenarios: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config { region: V::Rjh, lang: V::Sv, audience: V::Staff, exit_url: DEFAULT_EXIT_URL.into(), scenarios: None }
    }
}

/// A value as the host gave it (attributes are always text; options may be anything).
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Text(String),
    /// Not text: a number, a boolean, an object, … (named by its kind).
    Other(&'static str),
    /// `null` or `undefined`: the option is treated as not given.
    Absent,
}

/// What was wrong with a setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// An option the widget does not know (ignored).
    Unknown { name: String },
    /// A known option with a value it cannot use (the default applies).
    BadValue { name: &'static str, value: String },
    /// The options were not an object at all.
    NotAnObject,
}

/// The options and their attribute names, in the order they are documented.
pub const OPTIONS: [(&str, &str); 5] = [
    ("region", "data-region"),
    ("lang", "data-lang"),
    ("audience", "data-audience"),
    ("exitUrl", "data-exit-url"),
    ("scenarios", "data-scenarios"),
];

const ECHO_MAX: usize = 60;

fn echo(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(ECHO_MAX).collect();
    if s.chars().count() > ECHO_MAX {
        out.push('…');
    }
    out
}

/// A URL the widget may navigate to or fetch: `https:`/`http:` or a path on the host's own site.
/// Never `javascript:`, `data:` or anything that is not plainly a web address.
pub fn safe_url(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() || t.len() > 2000 || t.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        return !rest.is_empty();
    }
    // A relative reference: no scheme before the first '/', '?' or '#'.
    let head = t.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':') && !t.starts_with("//")
}

impl Config {
    /// Read settings given as `(option name, value)` pairs; attributes use their option name too
    /// (`data-exit-url` → `exitUrl`, see [`option_for_attribute`]).
    pub fn read<'a>(pairs: impl IntoIterator<Item = (&'a str, Raw)>) -> (Config, Vec<ConfigError>) {
        let mut c = Config::default();
        let mut errors = Vec::new();
        for (name, raw) in pairs {
            let Some(&(known, _)) = OPTIONS.iter().find(|(o, _)| *o == name) else {
                errors.push(ConfigError::Unknown { name: echo(name) });
                continue;
            };
            let text = match raw {
                Raw::Absent => continue,
                Raw::Text(t) => t,
                Raw::Other(kind) => {
                    errors.push(ConfigError::BadValue { name: known, value: kind.into() });
                    continue;
                }
            };
            let pick = |options: &[(&str, V)]| options.iter().find(|(slug, _)| *slug == text).map(|(_, v)| *v);
            let ok = match known {
                "region" => pick(&[("rjh", V::Rjh), ("jonkoping", V::Jonkoping)]).map(|v| c.region = v),
                "lang" => pick(&[("sv", V::Sv), ("en", V::En)]).map(|v| c.lang = v),
                "audience" => pick(&[("staff", V::Staff), ("citizen", V::Citizen)]).map(|v| c.audience = v),
                "exitUrl" => safe_url(&text).then(|| c.exit_url = text.trim().to_string()),
                _ => safe_url(&text).then(|| c.scenarios = Some(text.trim().to_string())),
            };
            if ok.is_none() {
                errors.push(ConfigError::BadValue { name: known, value: echo(&text) });
            }
        }
        (c, errors)
    }
}

/// The option an attribute sets (`data-exit-url` → `exitUrl`), if it is one of the widget's.
pub fn option_for_attribute(attr: &str) -> Option<&'static str> {
    OPTIONS.iter().find(|(_, a)| *a == attr).map(|(o, _)| *o)
}

impl ConfigError {
    /// For the widget's notice (Swedish, as the page).
    pub fn message(&self) -> String {
        match self {
            ConfigError::Unknown { name } => format!("Okänd inställning ”{name}” ignorerades."),
            ConfigError::BadValue { name, value } => {
                format!(
                    "Inställningen ”{name}” har ett värde som inte kan användas (”{value}”); standardvärdet gäller."
                )
            }
            ConfigError::NotAnObject => "Inställningarna är inte ett objekt; standardvärdena gäller.".into(),
        }
    }
    /// For the console (English, for the host's developer).
    pub fn console(&self) -> String {
        match self {
            ConfigError::Unknown { name } => format!("Skyddsguiden: unknown option \"{name}\" ignored"),
            ConfigError::BadValue { name, value } => {
                format!("Skyddsguiden: option \"{name}\" has a value it cannot use (\"{value}\"); the default applies")
            }
            ConfigError::NotAnObject => "Skyddsguiden: options must be a plain object; the defaults apply".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Raw {
        Raw::Text(s.into())
    }

    #[test]
    fn nothing_given_is_the_default() {
        let (c, e) = Config::read([]);
        assert_eq!(c, Config::default());
        assert!(e.is_empty());
        assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
    }

    #[test]
    fn every_option_is_read() {
        let (c, e) = Config::read([
            ("region", t("jonkoping")),
            ("lang", t("en")),
            ("audience", t("citizen")),
            ("exitUrl", t("https://example.org/väder")),
            ("scenarios", t("enheten/scenarier.json")),
        ]);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(
            c,
            Config {
                region: V::Jonkoping,
                lang: V::En,
                audience: V::Citizen,
                exit_url: "https://example.org/väder".into(),
                scenarios: Some("enheten/scenarier.json".into())
            }
        );
    }

    #[test]
    fn unknown_and_bad_options_are_named_and_the_defaults_apply() {
        let (c, e) = Config::read([
            ("colour", t("red")),
            ("region", t("stockholm")),
            ("lang", Raw::Other("number")),
            ("exitUrl", t("javascript:alert(1)")),
            ("scenarios", Raw::Absent),
            ("audience", t("citizen")),
        ]);
        assert_eq!(c.region, V::Rjh);
        assert_eq!(c.lang, V::Sv);
        assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
        assert_eq!(c.audience, V::Citizen);
        assert_eq!(
            e,
            vec![
                ConfigError::Unknown { name: "colour".into() },
                ConfigError::BadValue { name: "region", value: "stockholm".into() },
                ConfigError::BadValue { name: "lang", value: "number".into() },
                ConfigError::BadValue { name: "exitUrl", value: "javascript:alert(1)".into() },
            ]
        );
        assert!(e[0].console().contains("\"colour\""));
        assert!(e[1].message().contains("region"));
    }

    #[test]
    fn only_web_addresses_are_safe() {
        for ok in ["https://www.1177.se/", "http://intranat/", "/sida", "scenarier.json", "../a?b#c"] {
            assert!(safe_url(ok), "{ok}");
        }
        for bad in [
            "",
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,x",
            "//evil.example/",
            "https://",
            "a b",
            "vbscript:x",
        ] {
            assert!(!safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn attributes_map_to_options() {
        assert_eq!(option_for_attribute("data-exit-url"), Some("exitUrl"));
        assert_eq!(option_for_attribute("data-skyddsguide"), None);
    }
}
