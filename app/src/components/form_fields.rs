//! Labelled inputs bound to the edit form, each with its help text and its error.

use crate::i18n::{Key, Lang, k};
use domain::form::ProfileForm;
use domain::model::validation::FieldErrors;
use leptos::prelude::*;
use std::sync::Arc;

/// The form being edited, its current errors and the language it is shown in.
#[derive(Clone, Copy)]
pub struct FormCtx {
    pub form: RwSignal<ProfileForm>,
    pub errors: RwSignal<FieldErrors>,
    pub lang: Lang,
}

impl FormCtx {
    pub fn t(&self, key: Key) -> &'static str {
        self.lang.t(key)
    }

    pub fn tf(&self, key: Key, values: &[(&str, &str)]) -> String {
        self.lang.tf(key, values)
    }

    /// "Fel: …" for the field with error key `key`, when it has an error.
    pub fn error_text(&self, key: &str) -> Option<String> {
        self.errors.with(|e| error_text(e, key, self.lang))
    }
}

/// "Fel: …" for the field `key` of any form, when it has an error.
pub fn error_text(errors: &FieldErrors, key: &str, lang: Lang) -> Option<String> {
    errors
        .text(key, lang)
        .map(|m| lang.tf(k::EDIT_ERROR_PREFIX, &[("message", &m)]))
}

pub type Getter = Arc<dyn Fn(&ProfileForm) -> String + Send + Sync>;
pub type Setter = Arc<dyn Fn(&mut ProfileForm, String) + Send + Sync>;

pub fn lens(
    get: impl Fn(&ProfileForm) -> String + Send + Sync + 'static,
    set: impl Fn(&mut ProfileForm, String) + Send + Sync + 'static,
) -> (Getter, Setter) {
    (Arc::new(get), Arc::new(set))
}

/// The element id of a field, from its error key (`coordinators.0.title` → `f-coordinators-0-title`).
pub fn field_id(key: &str) -> String {
    format!("f-{}", key.replace('.', "-"))
}

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Line,
    /// One item per line.
    Lines,
    Area,
    Date,
}

fn help_and_error(ctx: FormCtx, key: &str, help: Option<&'static str>) -> (AnyView, String) {
    let id = field_id(key);
    let help_id = format!("{id}-hjalp");
    let error_id = format!("{id}-fel");
    let described = if help.is_some() {
        format!("{help_id} {error_id}")
    } else {
        error_id.clone()
    };
    let key = key.to_owned();
    let view = view! {
        {help.map(|h| view! { <p id=help_id class="text-sm text-stone-700">{h}</p> })}
        <p id=error_id class="font-semibold text-red-800" data-fel="">
            {move || ctx.error_text(&key)}
        </p>
    }
    .into_any();
    (view, described)
}

/// `aria-invalid` for the field with error key `key`.
fn invalid(ctx: FormCtx, key: &str) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    let key = key.to_owned();
    move || ctx.errors.with(|e| e.get(&key).is_some()).to_string()
}

pub fn text_field(
    ctx: FormCtx,
    key: &str,
    label: &'static str,
    help: Option<&'static str>,
    kind: Kind,
    (get, set): (Getter, Setter),
) -> AnyView {
    let id = field_id(key);
    let (below, described) = help_and_error(ctx, key, help);
    let invalid = invalid(ctx, key);
    let value = move || ctx.form.with(|f| get(f));
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        ctx.form.update(|f| set(f, v));
    };
    let class = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";
    let input = match kind {
        // The value is set only as a property, never as the textarea's children: the server
        // writes a textarea's children unescaped, so stored text would become markup.
        Kind::Lines | Kind::Area => view! {
            <textarea id=id.clone() class=class rows=if kind == Kind::Lines { 4 } else { 3 }
                aria-describedby=described aria-invalid=invalid prop:value=value on:input=on_input>
            </textarea>
        }
        .into_any(),
        Kind::Line | Kind::Date => view! {
            <input id=id.clone() class=class type="text"
                inputmode=if kind == Kind::Date { "numeric" } else { "text" }
                placeholder=if kind == Kind::Date { ctx.t(k::EDIT_DATE_PLACEHOLDER) } else { "" }
                aria-describedby=described aria-invalid=invalid prop:value=value on:input=on_input />
        }
        .into_any(),
    };
    view! {
        <div class="py-2">
            <label for=id class="font-semibold">{label}</label>
            {input}
            {below}
        </div>
    }
    .into_any()
}

/// A select whose first option is "Ej rapporterat" (the empty value).
pub fn select_field(
    ctx: FormCtx,
    key: &str,
    label: &'static str,
    help: Option<&'static str>,
    options: Vec<(String, &'static str)>,
    (get, set): (Getter, Setter),
) -> AnyView {
    let id = field_id(key);
    let (below, described) = help_and_error(ctx, key, help);
    let invalid = invalid(ctx, key);
    let get = Arc::new(get);
    let current = {
        let get = get.clone();
        move || ctx.form.with(|f| get(f))
    };
    let options = std::iter::once((String::new(), ctx.t(k::UNKNOWN)))
        .chain(options)
        .map(|(value, text)| {
            let get = get.clone();
            let selected_value = value.clone();
            let selected = move || ctx.form.with(|f| get(f) == selected_value);
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="py-2">
            <label for=id.clone() class="font-semibold">{label}</label>
            <select id=id class="mt-1 block rounded border border-stone-500 bg-white px-2 py-1"
                aria-describedby=described aria-invalid=invalid prop:value=current
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.form.update(|f| set(f, v));
                }>
                {options}
            </select>
            {below}
        </div>
    }
    .into_any()
}

pub fn yes_no_field(
    ctx: FormCtx,
    key: &str,
    label: &'static str,
    help: Option<&'static str>,
    lens: (Getter, Setter),
) -> AnyView {
    use domain::form::{NO, YES};
    let options = vec![
        (YES.to_owned(), ctx.lang.yes_no(Some(true))),
        (NO.to_owned(), ctx.lang.yes_no(Some(false))),
    ];
    select_field(ctx, key, label, help, options, lens)
}

pub fn checkbox_field(
    ctx: FormCtx,
    key: &str,
    label: &'static str,
    get: impl Fn(&ProfileForm) -> bool + Send + Sync + 'static,
    set: impl Fn(&mut ProfileForm, bool) + Send + Sync + 'static,
) -> AnyView {
    let id = field_id(key);
    view! {
        <div class="flex items-center gap-2 py-2">
            <input id=id.clone() type="checkbox" class="h-5 w-5"
                prop:checked=move || ctx.form.with(|f| get(f))
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    ctx.form.update(|f| set(f, checked));
                } />
            <label for=id>{label}</label>
        </div>
    }
    .into_any()
}

/// The options of an enum for a select: (key, label).
pub fn options<T: serde::Serialize + Copy>(
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, &'static str)> {
    all.iter()
        .map(|v| (domain::form::enum_key(v), label(*v)))
        .collect()
}
