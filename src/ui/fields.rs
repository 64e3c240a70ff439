//! A labelled text field that shows its own validation message. What was typed stays in the field
//! whatever the message says (nothing entered is lost).

use yew::prelude::*;

/// What [`text_field`] shows. Every field is `autocomplete="off"`: the browser keeps no history of
/// a patient's name or personnummer.
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// A hint under the label (format, what happens to the value), or empty.
    pub hint: AttrValue,
    /// What is wrong with the value, if anything.
    pub problem: Option<AttrValue>,
    /// A caution that does not stop anything.
    pub warning: Option<AttrValue>,
    pub inputmode: Option<AttrValue>,
    pub oninput: Callback<String>,
    /// The words before a problem and a warning ("Fel", "Obs"), in the reader's language.
    pub error_word: AttrValue,
    pub note_word: AttrValue,
}

/// A plain function, not a component: it has no state of its own, and each component costs the
/// wasm its own copy of Yew's lifecycle code (ARCHITECTURE.md, "Budgets"). Its class is static:
/// an invalid field is styled by the input's `aria-invalid` (a dynamic `class` brings Yew's
/// `Classes`, an `IndexSet` and whitespace splitting, into the wasm).
pub fn text_field(p: TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let msg_id = format!("{}-msg", p.id);
    let mut described = Vec::new();
    if !p.hint.is_empty() {
        described.push(hint_id.clone());
    }
    if p.problem.is_some() || p.warning.is_some() {
        described.push(msg_id.clone());
    }
    let oninput = p.oninput.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    html! {
        <div class="sg-field">
            <label for={p.id.clone()}>{p.label.clone()}</label>
            if !p.hint.is_empty() { <span class="sg-hint" id={hint_id}>{p.hint.clone()}</span> }
            <input type="text" id={p.id.clone()} value={p.value.clone()} oninput={oninput}
                autocomplete="off" inputmode={p.inputmode.clone()} spellcheck="false"
                aria-invalid={p.problem.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let Some(problem) = &p.problem {
                <p class="sg-error" id={msg_id}>{format!("{}: ", p.error_word)}{problem.clone()}</p>
            } else if let Some(w) = &p.warning {
                <p class="sg-warning" id={msg_id}>{format!("{}: ", p.note_word)}{w.clone()}</p>
            }
        </div>
    }
}
