//! SVG `<pattern>` definitions: one per visual style, fill colour plus marks.

use crate::model::palette::{self, Pattern, Style};
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

/// `<defs>` with every style's pattern; `size` is the tile size in user units.
#[component]
pub fn PatternDefs(scale: &'static str, size: u32) -> impl IntoView {
    let factor = f64::from(size) / 16.0;
    let transform = format!("scale({factor})");
    view! {
        <defs>
            {palette::all_styles()
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
