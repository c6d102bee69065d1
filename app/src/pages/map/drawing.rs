//! The county map itself: each organisation's area in its category's pattern, with the marks
//! for old values and late plans, and the tooltip that names the area under the pointer.

use super::find;
use crate::components::age::AgeLine;
use crate::components::swatch::Swatch;
use crate::i18n::k;
use crate::i18n::use_lang;
use crate::map::patterns::{LATE_MARK, OLD_MARK, PatternDefs, pattern_id};
use crate::map::shapes::{
    HEIGHT, LABEL_FONT_NARROW, LABEL_FONT_WIDE, NARROW, SHAPES, Size, WIDE, WIDTH, short_labels,
};
use domain::model::summary::MapData;
use domain::model::{Indicator, OrgId, palette};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn MapSvg(
    data: Arc<MapData>,
    indicator: Memo<Indicator>,
    hover: RwSignal<Option<OrgId>>,
    selected: RwSignal<Option<OrgId>>,
) -> impl IntoView {
    let lang = use_lang();
    let areas = SHAPES
        .iter()
        .filter_map(|shape| {
            let org = data
                .orgs
                .iter()
                .find(|o| o.id.as_str() == shape.code)?
                .clone();
            let id = org.id.clone();
            let (enter_id, focus_id) = (id.clone(), id.clone());
            let for_label = org.clone();
            let label = move || for_label.accessible_name(lang, indicator.get());
            let for_mark = org.clone();
            let mark = move || {
                for_mark.is_old(indicator.get()).then(|| {
                    view! {
                        <use
                            href=format!("#{OLD_MARK}")
                            x=shape.label_x.saturating_sub(14)
                            y=shape.label_y.saturating_sub(14)
                            width="28"
                            height="28"
                            class="pointer-events-none"
                            data-inaktuell=""
                        />
                    }
                })
            };
            let for_late = org.clone();
            let late = move || {
                for_late.marked_late(indicator.get()).then(|| {
                    view! {
                        <use
                            href=format!("#{LATE_MARK}")
                            x=shape.label_x.saturating_sub(14) + 16
                            y=shape.label_y.saturating_sub(14)
                            width="28"
                            height="28"
                            class="pointer-events-none"
                            data-forsenad=""
                        />
                    }
                })
            };
            let fill = move || {
                format!(
                    "url(#{})",
                    pattern_id(&org.category(indicator.get()).style, "karta")
                )
            };
            Some(view! {
                <g>
                    <a
                        href=data.profile_href(&id)
                        aria-label=label
                        class="karta-omrade"
                        data-kod=shape.code
                        on:mouseenter=move |_| {
                            hover.set(Some(enter_id.clone()));
                            selected.set(Some(enter_id.clone()));
                        }
                        on:mouseleave=move |_| hover.set(None)
                        on:focus=move |_| {
                            hover.set(Some(focus_id.clone()));
                            selected.set(Some(focus_id.clone()));
                        }
                        on:blur=move |_| hover.set(None)
                    >
                        <path
                            d=shape.d
                            fill=fill
                            fill-rule="evenodd"
                            stroke=palette::BORDER
                            stroke-width="2"
                            stroke-linejoin="round"
                        />
                        {mark}
                        {late}
                    </a>
                </g>
            })
        })
        .collect_view();
    view! {
        <svg
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            class="h-auto w-full max-w-2xl"
            role="group"
            aria-label=lang.t(k::MAP_SVG_LABEL)
            aria-describedby="kartans-beskrivning"
        >
            <PatternDefs scale="karta" size=16 />
            {areas}
            <Names />
        </svg>
    }
}

/// The narrow map's labels, and the wide one's (the screen from 40 rem, and print).
const SIZES: [(Size, &str); 2] = [(NARROW, "sm:hidden"), (WIDE, "hidden sm:block")];

/// The names written on the map, for the eye only: each area's link already carries its name.
#[component]
fn Names() -> impl IntoView {
    let [(narrow, narrow_class), (wide, wide_class)] = SIZES;
    let texts = |size: Size| {
        SHAPES
            .iter()
            .filter_map(size)
            .map(|label| view! { <text x=label.x y=label.y>{label.text}</text> })
            .collect_view()
    };
    view! {
        <g
            aria-hidden="true"
            class="pointer-events-none"
            data-kartnamn=""
            font-weight="bold"
            text-anchor="middle"
            dominant-baseline="central"
            fill=palette::BORDER
            stroke="#ffffff"
            stroke-linejoin="round"
            paint-order="stroke"
        >
            <g class=narrow_class font-size=LABEL_FONT_NARROW stroke-width="8">
                {texts(narrow)}
            </g>
            <g class=wide_class font-size=LABEL_FONT_WIDE stroke-width="4">
                {texts(wide)}
            </g>
        </g>
    }
}

/// What the map's short labels stand for, at the size that shows them.
#[component]
pub(super) fn ShortKey() -> impl IntoView {
    let lang = use_lang();
    SIZES
        .into_iter()
        .map(|(size, class)| {
            let pairs = short_labels(size);
            (!pairs.is_empty()).then(|| {
                let last = pairs.len() - 1;
                let entries = pairs
                    .into_iter()
                    .enumerate()
                    .map(|(i, (short, name))| {
                        view! {
                            <span class="whitespace-nowrap">
                                <b>{short}</b>
                                " "
                                {name}
                                {(i < last).then_some(",")}
                            </span>
                            " "
                        }
                    })
                    .collect_view();
                view! {
                    <p aria-hidden="true" class=format!("mb-1 {class}") data-forkortningar="">
                        {lang.t(k::MAP_SHORT_KEY)}
                        ": "
                        {entries}
                    </p>
                }
            })
        })
        .collect_view()
}

#[component]
pub(super) fn Tooltip(
    data: Arc<MapData>,
    indicator: Memo<Indicator>,
    hover: RwSignal<Option<OrgId>>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let id = hover.get()?;
        let org = find(&data, &id)?;
        let shape = SHAPES.iter().find(|s| s.code == id.as_str())?;
        let left = css_percent(shape.label_x, WIDTH);
        let top = css_percent(shape.label_y, HEIGHT);
        let i = indicator.get();
        let category = org.category(i);
        let detail = org.cell(i).and_then(|c| c.detail.clone());
        Some(view! {
            <div
                role="tooltip"
                id="karta-tooltip"
                class="pointer-events-none absolute z-10 w-64 -translate-x-1/2 rounded border border-stone-800 bg-white p-3 text-sm shadow-lg"
                style=format!("left:{left}%;top:{top}%")
            >
                <p class="font-bold">{org.name.clone()}</p>
                <p>
                    <Swatch style=category.style />
                    " "
                    {i.category_label(category, lang)}
                </p>
                {detail.map(|d| view! { <p class="mt-1 text-stone-700">{d}</p> })}
                <AgeLine cell=org.cell(i).cloned() on=data.on />
                <p class="mt-1 text-stone-700">{lang.t(k::MAP_TOOLTIP_ESC)}</p>
            </div>
        })
    }
}

/// `part` of `whole` in percent with one decimal (`12.3`), for a position in CSS. In integers:
/// formatting a float would bring the float formatter into the code every page downloads.
fn css_percent(part: u32, whole: u32) -> String {
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole.max(1));
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests;
