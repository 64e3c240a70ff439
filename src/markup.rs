//! Markup for the shell's read-only views (the outcome, the explainer, the form summaries, the
//! answers so far, the link's errors), written as one string and handed to Yew as raw HTML. Plain
//! string building, compiled natively too, so its escaping is tested natively.
//!
//! A Yew `html!` element becomes a few wasm → JS calls at run time (create, each attribute, each
//! text node, insert) and a block of code in the wasm. These views have no event handler of their
//! own: built here, each is parsed by the browser in one `innerHTML` (measured, gzip of the
//! first-load wasm: the outcome 0.4 KB less, the other four with the root's click handler 2.2 KB
//! less; the DOM byte for byte the same; ARCHITECTURE.md, "Budgets"). Every text and attribute
//! value goes through [`Markup::text`] / [`Markup::open`], which escape it; nothing executable
//! is ever written (no `script`, no event attributes, no `style`), so the strict CSP holds. A control in markup is plain data (a link's `href`, a
//! button's `data-sg-change`) that the widget's root click handler reads (`ui::on_root_click`,
//! invariant 16); views with inputs, or with state of their own, stay in `html!`.

/// An HTML string under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self(String::with_capacity(8 * 1024))
    }
    /// `<tag a="v" …>`; an attribute whose value is `None` is left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }
    /// Text content, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(&mut self.0, s);
        self
    }
    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
    /// The markup as a Yew node (parsed by the browser when it is attached).
    #[cfg(target_arch = "wasm32")]
    pub fn into_html(self) -> yew::Html {
        yew::Html::from_html_unchecked(yew::AttrValue::from(self.0))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `s` escaped for text and for double-quoted attribute values alike (also the decision map's SVG).
pub fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(&mut out, s);
    out
}

/// Escape for text and for double-quoted attribute values alike.
fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.el("p", &[("title", Some("a\"b<c>&")), ("hidden", None)], "<script>x</script> & \"q\"");
        assert_eq!(
            m.as_str(),
            "<p title=\"a&quot;b&lt;c&gt;&amp;\">&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p>"
        );
    }
}
