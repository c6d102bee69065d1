//! A small legend swatch showing a category's colour and pattern.

use crate::map::patterns::pattern_id;
use crate::model::palette::{self, Style};
use leptos::prelude::*;

#[component]
pub fn Swatch(style: Style) -> impl IntoView {
    view! {
        <svg
            class="inline-block h-6 w-8 shrink-0 align-middle"
            viewBox="0 0 32 24"
            aria-hidden="true"
            focusable="false"
        >
            <rect
                x="1"
                y="1"
                width="30"
                height="22"
                fill=format!("url(#{})", pattern_id(&style, "ruta"))
                stroke=palette::BORDER
                stroke-width="1.5"
            />
        </svg>
    }
}
