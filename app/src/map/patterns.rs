//! SVG `<pattern>` definitions: one per visual style, fill colour plus marks.

use domain::model::palette::{self, Pattern, Style};
use leptos::prelude::*;

/// The marks drawn over a style's fill, in a 16×16 tile.
pub fn marks(pattern: Pattern) -> &'static str {
    match pattern {
        Pattern::Solid => "",
        Pattern::Horizontal => "M0 4h16M0 12h16",
        Pattern::Vertical => "M4 0v16M12 0v16",
        Pattern::Diagonal => "M0 16L16 0M-4 4L4 -4M12 20L20 12",
        Pattern::Cross => "M0 16L16 0M0 0L16 16",
        Pattern::Grid => "M0 8h16M8 0v16",
        Pattern::Dots => "M3 4h2v2h-2zM11 12h2v2h-2z",
        Pattern::Rings => "M8 4a4 4 0 1 0 0.01 0",
    }
}

/// The id used in `fill="url(#…)"`, given a tile scale ("karta" on the map, "ruta" in swatches).
pub fn pattern_id(style: &Style, scale: &str) -> String {
    format!("monster-{scale}-{}", style.id)
}

/// The id of the mark drawn over a value older than two years.
pub const OLD_MARK: &str = "inaktuell-markering";
/// The mark's clock hands, in a 20×20 box whose centre holds a disc of radius `OLD_MARK_R`.
pub const OLD_MARK_HANDS: &str = "M10 5v5l3.5 2.5";
pub const OLD_MARK_R: &str = "8.5";

/// The id of the mark drawn over a municipality whose local agreement plan is late.
pub const LATE_MARK: &str = "forsenad-markering";
/// The late mark's exclamation: a bar and a dot, in the same 20×20 box as the old mark.
const LATE_MARK_BAR: &str = "M10 4.5v7";
const LATE_MARK_DOT: &str = "M10 15v0.5";

/// The marks over an old value (a clock) and a late plan (an exclamation), each in a white
/// square or disc with a dark edge, so they read on every fill and pattern, need no colour to
/// be told apart, and differ from each other by shape as well as sign.
#[component]
pub fn MarkDefs() -> impl IntoView {
    view! {
        <defs>
            <symbol id=OLD_MARK viewBox="0 0 20 20">
                <circle cx="10" cy="10" r=OLD_MARK_R fill="#ffffff" stroke=palette::BORDER stroke-width="2" />
                <path d=OLD_MARK_HANDS fill="none" stroke=palette::BORDER stroke-width="2" stroke-linecap="round" />
            </symbol>
            <symbol id=LATE_MARK viewBox="0 0 20 20">
                <rect x="1.5" y="1.5" width="17" height="17" rx="2" fill="#ffffff" stroke=palette::BORDER stroke-width="2" />
                <path d=LATE_MARK_BAR fill="none" stroke=palette::BORDER stroke-width="2.5" stroke-linecap="round" />
                <path d=LATE_MARK_DOT fill="none" stroke=palette::BORDER stroke-width="2.5" stroke-linecap="round" />
            </symbol>
        </defs>
    }
}

/// The definitions the swatches and marks of a page refer to, in a hidden picture.
#[component]
pub fn SwatchDefs() -> impl IntoView {
    view! {
        <svg width="0" height="0" class="absolute" aria-hidden="true" focusable="false">
            <PatternDefs scale="ruta" size=8 />
            <MarkDefs />
        </svg>
    }
}

/// A mark ([`OLD_MARK`], [`LATE_MARK`]) as a small inline picture, for legends and tables.
#[component]
pub fn MarkIcon(mark: &'static str) -> impl IntoView {
    view! {
        <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="inline-block shrink-0">
            <use href=format!("#{mark}") />
        </svg>
    }
}

/// `<defs>` with every category style's pattern; `size` is the tile size in user units.
#[component]
pub fn PatternDefs(scale: &'static str, size: u32) -> impl IntoView {
    view! { <StyleDefs styles=palette::all_styles().collect() scale size /> }
}

/// `<defs>` with the pattern of each of `styles`.
#[component]
pub fn StyleDefs(styles: Vec<Style>, scale: &'static str, size: u32) -> impl IntoView {
    let factor = f64::from(size) / 16.0;
    let transform = format!("scale({factor})");
    view! {
        <defs>
            {styles
                .into_iter()
                .map(|style| {
                    view! {
                        <pattern
                            id=pattern_id(&style, scale)
                            patternUnits="userSpaceOnUse"
                            width=size
                            height=size
                        >
                            <rect width=size height=size fill=style.fill />
                            <path
                                d=marks(style.pattern)
                                transform=transform.clone()
                                stroke=palette::BORDER
                                stroke-width="1.2"
                                fill="none"
                            />
                        </pattern>
                    }
                })
                .collect_view()}
        </defs>
    }
}
