//! The sections of `/oversikt`.

use crate::components::as_of::{kept, kept_inputs};
use crate::components::fact::{fact_view, text_list};
use crate::components::notes::IndicatorNotes;
use crate::components::swatch::{OrgRow, Swatch};
use crate::i18n::{Lang, decimal, long_date, percent, thousands, use_lang};
use crate::model::Indicator;
use crate::model::comparison::{KindFilter, SortColumn, TableState};
use crate::model::fact::DocumentId;
use crate::model::overview::Overview;
use crate::model::revision::field_name;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

type Data = Arc<Overview>;

/// The query names the overview keeps its state in: every form and link keeps the others.
pub const PARAMS: &[&str] = &[
    "datum",
    "sedan",
    "indikator",
    "sortera",
    "ordning",
    "visa",
    "kategori",
];

fn share(lang: Lang, part: usize, whole: usize) -> String {
    percent(lang, part, whole).unwrap_or_default()
}

/// "3 av 16 (18,8 %)".
fn of(lang: Lang, part: usize, whole: usize) -> String {
    lang.tf(
        "ov.of",
        &[
            ("whole", &whole.to_string()),
            ("share", &share(lang, part, whole)),
        ],
    )
}

#[component]
fn Section(id: &'static str, title: String, children: Children) -> impl IntoView {
    view! {
        <section id=id aria-labelledby=format!("{id}-rubrik") class="oversikt-del mt-8 rounded border border-stone-300 bg-white p-4">
            <h2 id=format!("{id}-rubrik") class="text-2xl font-bold">{title}</h2>
            {children()}
        </section>
    }
}

#[component]
pub fn Headline(o: Data) -> impl IntoView {
    let lang = use_lang();
    let rok = o.rok;
    let in_force = crate::components::rok::in_force_text(
        lang,
        &rok,
        ["ov.rok.yes", "ov.rok.no", "ov.rok.unknown"],
    );
    let rok_rows = [
        (lang.t("category.rok.antagen"), rok.adopted),
        (lang.t("category.rok.under-beredning"), rok.in_preparation),
        (lang.t("category.rok.avslagen"), rok.rejected),
        (lang.t("unknown"), rok.not_reported()),
    ]
    .into_iter()
    .map(|(label, n)| {
        view! {
            <div class="rounded border border-stone-300 p-3">
                <dt class="text-sm">{label}</dt>
                <dd class="text-2xl font-bold tabular-nums">
                    {n} <span class="text-base font-normal">" " {of(lang, n, rok.principals)}</span>
                </dd>
            </div>
        }
    })
    .collect_view();
    let lok = o.breakdown(Indicator::Lok).cloned();
    let lok_rows = lok.map(|b| {
        Indicator::Lok
            .categories()
            .iter()
            .filter(|c| c.key != "ej-tillampligt")
            .map(|c| {
                let n = b.count(c.key);
                view! {
                    <tr data-kategori=c.key>
                        <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">
                            <span class="flex items-center gap-2"><Swatch style=c.style />{Indicator::Lok.category_label(c, lang)}</span>
                        </th>
                        <td class="border border-stone-300 px-2 py-1 text-right tabular-nums" data-antal="">{n}</td>
                        <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{share(lang, n, b.municipalities)}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <Section id="i-korthet" title=lang.t("ov.headline").to_owned()>
            <h3 class="mt-4 text-xl font-semibold">{lang.t("ov.rok.h3")}</h3>
            <dl class="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4" id="rok-siffror">{rok_rows}</dl>
            <p class="mt-3" id="rok-i-kraft"><strong>{lang.t("ov.rok.question")} " "</strong>{in_force}</p>
            <p class="mt-1 text-sm text-stone-700">{lang.t("rok.principals")}</p>
            <h3 class="mt-6 text-xl font-semibold">{lang.t("ov.lok.h3")}</h3>
            <table class="mt-2 border-collapse text-sm" id="lok-steg">
                <caption class="p-1 text-left">{lang.t("ov.lok.caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t("ov.lok.stage")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.lok.count")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.lok.share")}</th>
                    </tr>
                </thead>
                <tbody>{lok_rows}</tbody>
            </table>
        </Section>
    }
}

#[component]
pub fn MapFigure(o: Data) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let indicator =
        Memo::new(move |_| Indicator::from_query(query.read().get("indikator").as_deref()));
    let date = o.date;
    let past = o.date < o.today;
    let file = move |ext: &str| {
        let datum = if past {
            format!("&datum={date}")
        } else {
            String::new()
        };
        format!("/karta.{ext}?indikator={}{datum}", indicator.get().key())
    };
    view! {
        <Section id="kartan" title=lang.t("ov.map").to_owned()>
            <figure class="mt-2">
                <img
                    src=move || file("svg")
                    class="h-auto w-full max-w-3xl"
                    alt=move || lang.tf("ov.map.alt", &[("indicator", indicator.get().label(lang))])
                />
                <figcaption class="mt-2 text-sm">
                    {move || lang.tf(
                        "ov.map.caption",
                        &[("indicator", indicator.get().label(lang)), ("date", &long_date(lang, date))],
                    )}
                    " " {crate::components::layout::attribution(lang)}
                </figcaption>
            </figure>
            <form method="get" action="/oversikt" class="mt-3 flex flex-wrap items-end gap-3 print:hidden">
                <div class="flex flex-col">
                    <label for="karta-indikator" class="font-semibold">{lang.t("ov.map.picker")}</label>
                    <select id="karta-indikator" name="indikator" class="mt-1 rounded border border-stone-600 bg-white px-3 py-2">
                        {Indicator::ALL
                            .into_iter()
                            .map(|i| view! {
                                <option value=i.key() selected=move || indicator.get() == i>{i.label(lang)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                {kept_inputs(PARAMS, &["indikator"])}
                <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t("ov.map.submit")}</button>
            </form>
            <p class="mt-3 flex flex-wrap gap-4 print:hidden">
                <a class="text-blue-900 underline" id="ladda-svg" href=move || file("svg") download="">
                    {lang.t("map.download.svg")}
                </a>
                <a class="text-blue-900 underline" id="ladda-png" href=move || file("png") download="">
                    {lang.t("map.download.png")}
                </a>
            </p>
        </Section>
    }
}

#[component]
pub fn IndicatorSummaries(o: Data) -> impl IntoView {
    let lang = use_lang();
    let blocks = o
        .indicators
        .iter()
        .map(|b| {
            let items = b
                .groups
                .iter()
                .map(|g| {
                    let c = b.category(g);
                    let label = c.map_or("", |c| b.indicator.category_label(c, lang));
                    view! {
                        <li class="py-1" data-kategori=g.key.clone()>
                            <span class="flex flex-wrap items-center gap-2">
                                {c.map(|c| view! { <Swatch style=c.style /> })}
                                <strong>{label}</strong>
                                <span class="tabular-nums" data-antal="">{g.members.len()}</span>
                                <span>{format!("({})", share(lang, g.members.len(), b.municipalities))}</span>
                            </span>
                            <span class="block pl-10 text-sm text-stone-800">{g.members.join(", ")}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="break-inside-avoid py-3" data-indikator=b.indicator.key()>
                    <h3 class="text-lg font-semibold">{b.indicator.label(lang)}</h3>
                    <ul class="mt-1">{items}</ul>
                    <IndicatorNotes notes=o.county.indicator_notes.clone() indicator=b.indicator />
                </div>
            }
        })
        .collect_view();
    view! {
        <Section id="per-indikator" title=lang.t("ov.indicators").to_owned()>
            <p class="mt-1 text-sm">{lang.t("ov.indicators.intro")}</p>
            <div class="divide-y divide-stone-200">{blocks}</div>
        </Section>
    }
}

fn posts(lang: Lang, row: &crate::model::overview::StaffRow) -> String {
    match (row.posts, row.named) {
        (Some(v), _) => decimal(lang, v, 2),
        (None, Some(named)) => lang.tf("ov.staff.partial", &[("posts", &decimal(lang, named, 2))]),
        (None, None) => lang.t("unknown").to_owned(),
    }
}

#[component]
pub fn Staffing(o: Data) -> impl IntoView {
    let lang = use_lang();
    let s = &o.staffing;
    let population = match (s.population_date, &s.population_source) {
        (Some(date), Some(source)) => lang.tf(
            "ov.staff.population",
            &[("date", &long_date(lang, date)), ("source", source)],
        ),
        _ => lang.t("ov.staff.population.none").to_owned(),
    };
    let headline = match s.municipal_per_10k() {
        Some(rate) => lang.tf(
            "ov.staff.headline",
            &[
                ("posts", &decimal(lang, s.municipal_posts(), 2)),
                ("reporting", &s.reporting().to_string()),
                (
                    "population",
                    &thousands(lang, u64::from(s.reporting_population())),
                ),
                ("rate", &decimal(lang, rate, 2)),
            ],
        ),
        None => lang.t("ov.staff.none").to_owned(),
    };
    let without = s.without();
    let without = if without.is_empty() {
        lang.t("ov.staff.without.none").to_owned()
    } else {
        lang.tf("ov.staff.without", &[("names", &without.join(", "))])
    };
    let not_reported = s.not_reported();
    let not_reported = (!not_reported.is_empty())
        .then(|| lang.tf("ov.staff.unknown", &[("names", &not_reported.join(", "))]));
    let rows = s
        .rows
        .iter()
        .map(|r| {
            let per = r.per_10k().map_or_else(String::new, |v| decimal(lang, v, 2));
            let pop = r
                .population
                .map_or_else(String::new, |p| thousands(lang, u64::from(p)));
            view! {
                <tr>
                    <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">{r.name.clone()}</th>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{posts(lang, r)}</td>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{pop}</td>
                    <td class="border border-stone-300 px-2 py-1 text-right tabular-nums">{per}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="samordnare" title=lang.t("ov.staff").to_owned()>
            <p class="mt-2" id="samordnare-lan">{headline}</p>
            <p class="mt-1">{without}</p>
            {not_reported.map(|t| view! { <p class="mt-1">{t}</p> })}
            <p class="mt-1 text-sm text-stone-700">
                {lang.t("ov.staff.shared")} " "
                {population}
            </p>
            <table class="mt-3 border-collapse text-sm" id="samordnare-tabell">
                <caption class="p-1 text-left">{lang.t("ov.staff.caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t("ov.staff.org")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.staff.posts")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.staff.inhabitants")}</th>
                        <th scope="col" class="border border-stone-300 px-2 py-1 text-right">{lang.t("ov.staff.rate")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </Section>
    }
}

#[component]
pub fn Areas(o: Data) -> impl IntoView {
    let lang = use_lang();
    let blocks = o
        .areas
        .iter()
        .map(|a| {
            let today = a
                .indicators
                .iter()
                .filter_map(|i| o.breakdown(*i))
                .map(|b| {
                    let parts: Vec<String> = b
                        .groups
                        .iter()
                        .map(|g| {
                            let label = b.category(g).map_or("", |c| b.indicator.category_label(c, lang));
                            format!("{label} {}", g.members.len())
                        })
                        .collect();
                    view! { <li>{format!("{}: {}", b.indicator.label(lang), parts.join(", "))}</li> }
                })
                .collect_view();
            view! {
                <div class="break-inside-avoid py-3">
                    <h3 class="text-lg font-semibold">{a.area.label(lang)}</h3>
                    <h4 class="mt-2 font-semibold">{lang.t("ov.areas.summary")}</h4>
                    {fact_view(&a.summary, |items| text_list(items, lang.t("ov.areas.empty")))}
                    <h4 class="mt-2 font-semibold">{lang.t("ov.areas.today")}</h4>
                    <p>{lang.tf(
                        "ov.areas.reporting",
                        &[("reporting", &a.reporting.to_string()), ("whole", &a.municipalities.to_string())],
                    )}</p>
                    <ul class="list-disc pl-6">{today}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <Section id="resultatomraden" title=lang.t("ov.areas").to_owned()>
            <div class="divide-y divide-stone-200">{blocks}</div>
        </Section>
    }
}

/// The county's network and the national initiative's development leads.
#[component]
pub fn Network(o: Data) -> impl IntoView {
    let lang = use_lang();
    let group = fact_view(&o.county.county_group, |g| {
        view! {
            <p><strong>{g.name.clone()}</strong>", " {lang.tf("ov.network.coordinator", &[("name", &g.coordinator)])}</p>
            <h4 class="mt-2 font-semibold">{lang.t("ov.network.members")}</h4>
            {text_list(&g.members, lang.t("ov.areas.empty"))}
        }
        .into_any()
    });
    let leads = fact_view(&o.county.development_leads, |items| {
        text_list(items, lang.t("ov.areas.empty"))
    });
    view! {
        <Section id="natverk" title=lang.t("ov.network").to_owned()>
            <h3 class="mt-2 text-lg font-semibold">{lang.t("ov.network.group")}</h3>
            {group}
            <h3 class="mt-4 text-lg font-semibold">{lang.t("ov.network.leads")}</h3>
            {leads}
        </Section>
    }
}

#[component]
pub fn Visions(o: Data) -> impl IntoView {
    let lang = use_lang();
    let own = o
        .visions
        .organisations
        .iter()
        .map(|v| {
            view! {
                <div class="py-2">
                    <h4 class="font-semibold">{v.name.clone()}</h4>
                    {fact_view(&v.vision, |items| text_list(items, lang.t("ov.visions.empty")))}
                </div>
            }
        })
        .collect_view();
    view! {
        <Section id="visioner" title=lang.t("ov.visions").to_owned()>
            <h3 class="mt-2 text-lg font-semibold">{lang.t("ov.visions.county")}</h3>
            {fact_view(&o.visions.county, |items| text_list(items, lang.t("ov.visions.empty")))}
            {(!o.visions.organisations.is_empty()).then(|| view! {
                <h3 class="mt-4 text-lg font-semibold">{lang.t("ov.visions.own")}</h3>
            })}
            {own}
        </Section>
    }
}

/// The overview's link for a table state, keeping the page's other query values.
fn table_href(state: TableState, others: &[(&'static str, String)]) -> String {
    let mut pairs = state.to_query();
    pairs.extend(others.iter().cloned());
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::model::links::encode(v)))
        .collect();
    if query.is_empty() {
        "/oversikt#jamforelse".to_owned()
    } else {
        format!("/oversikt?{}#jamforelse", query.join("&"))
    }
}

fn column_label(lang: Lang, column: SortColumn) -> &'static str {
    match column {
        SortColumn::County => lang.t("ov.table.county_order"),
        SortColumn::Name => lang.t("ov.table.org"),
        SortColumn::Indicator(i) => i.label(lang),
    }
}

#[component]
pub fn Comparison(o: Data) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.read();
        TableState::from_query(|k| q.get(k))
    });
    let header = move |column: SortColumn| {
        let s = state.get();
        let others = kept(PARAMS, &TableState::PARAMS);
        let active = s.sort == column;
        let sort = if !active {
            "none"
        } else if s.descending {
            "descending"
        } else {
            "ascending"
        };
        let arrow = if !active {
            "↕"
        } else if s.descending {
            "▼"
        } else {
            "▲"
        };
        let next = if active && !s.descending {
            lang.t("ov.table.descending")
        } else {
            lang.t("ov.table.ascending")
        };
        let href = table_href(s.sorted_by(column), &others);
        view! {
            <th scope="col" aria-sort=sort class="border border-stone-300 px-2 py-1 text-left align-bottom" data-kolumn=column.key()>
                <a class="text-blue-900 underline" href=href>
                    {column_label(lang, column)}
                    <span aria-hidden="true">" " {arrow}</span>
                    <span class="sr-only">", " {lang.tf("ov.table.sort", &[("order", next)])}</span>
                </a>
            </th>
        }
    };
    let counted = o.clone();
    let rows = Memo::new(move |_| state.get().apply(&counted.map.orgs).len());
    let body = move || {
        let s = state.get();
        let shown = s.apply(&o.map.orgs);
        shown
            .into_iter()
            .map(|org| view! { <OrgRow org=org.clone() href=o.map.profile_href(&org.id) /> })
            .collect_view()
    };
    let status = move || {
        let s = state.get();
        let order = if s.descending {
            lang.t("ov.table.descending")
        } else {
            lang.t("ov.table.ascending")
        };
        lang.tf(
            "ov.table.status",
            &[
                ("shown", &rows.get().to_string()),
                ("column", &column_label(lang, s.sort).to_lowercase()),
                ("order", order),
            ],
        )
    };
    view! {
        <Section id="jamforelse" title=lang.t("ov.table").to_owned()>
            <FilterForm state />
            <p class="mt-2" role="status" id="jamforelse-status">{status}</p>
            <div class="mt-2 overflow-x-auto" role="region" aria-labelledby="jamforelse-rubrik" tabindex="0">
                <table id="jamforelsetabell" class="min-w-full border-collapse text-sm">
                    <caption class="p-2 text-left">
                        {lang.t("ov.table.caption")}
                    </caption>
                    <thead>
                        <tr>
                            {move || header(SortColumn::Name)}
                            {Indicator::ALL
                                .into_iter()
                                .map(|i| move || header(SortColumn::Indicator(i)))
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
fn FilterForm(state: Memo<TableState>) -> impl IntoView {
    let lang = use_lang();
    let kept = kept_inputs(PARAMS, &["visa", "kategori"]);
    let selected_category = move || {
        state
            .get()
            .category
            .map(|(i, k)| format!("{}:{k}", i.key()))
            .unwrap_or_default()
    };
    let groups = Indicator::ALL
        .into_iter()
        .map(|i| {
            let options = i
                .categories()
                .iter()
                .map(|c| {
                    let value = format!("{}:{}", i.key(), c.key);
                    let for_selected = value.clone();
                    view! {
                        <option value=value selected=move || selected_category() == for_selected>
                            {format!("{}: {}", i.short(lang), i.category_label(c, lang))}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=i.label(lang)>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <form method="get" action="/oversikt#jamforelse" class="mt-3 flex flex-wrap items-end gap-3 print:hidden" id="jamforelse-filter">
            <div class="flex flex-col">
                <label for="filter-visa" class="font-semibold">{lang.t("ov.filter.kinds")}</label>
                <select id="filter-visa" name="visa" class="mt-1 rounded border border-stone-600 bg-white px-3 py-2">
                    {KindFilter::ALL
                        .into_iter()
                        .map(|k| view! {
                            <option value=k.key() selected=move || state.get().kinds == k>{k.label(lang)}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="flex flex-col">
                <label for="filter-kategori" class="font-semibold">{lang.t("ov.filter.category")}</label>
                <select id="filter-kategori" name="kategori" class="mt-1 rounded border border-stone-600 bg-white px-3 py-2">
                    <option value="" selected=move || state.get().category.is_none()>{lang.t("ov.filter.any")}</option>
                    {groups}
                </select>
            </div>
            {kept}
            <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t("ov.filter.submit")}</button>
            <a class="py-2 text-blue-900 underline" href="/oversikt#jamforelse">{lang.t("ov.filter.reset")}</a>
        </form>
    }
}

#[component]
pub fn Changes(o: Data) -> impl IntoView {
    let lang = use_lang();
    let items = o
        .changes
        .iter()
        .map(|c| {
            let fields = if c.fields.is_empty() {
                lang.t("ov.changes.no_fields").to_owned()
            } else {
                c.fields
                    .iter()
                    .map(|(field, label)| field_name(field, label, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            view! {
                <li class="py-2">
                    <strong>{c.org.name()}</strong>
                    {format!(" – {} – {}: ", long_date(lang, c.at.date_naive()), c.by)}
                    {fields}
                    " "
                    <a class="text-blue-900 underline" href=format!("/profil/{}/historik", c.org)>
                        <span>{lang.t("ov.changes.history")}</span><span class="sr-only">" " {lang.tf("ov.changes.history.for", &[("name", c.org.name())])}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let empty = o.changes.is_empty().then(|| {
        view! { <p class="mt-2">{lang.t("ov.changes.none")}</p> }
    });
    let kept = kept_inputs(PARAMS, &["sedan"]);
    view! {
        <Section id="andringar" title=lang.tf("ov.changes", &[("date", &long_date(lang, o.since))])>
            <form method="get" action="/oversikt#andringar" class="mt-2 flex flex-wrap items-end gap-3 print:hidden">
                <div class="flex flex-col">
                    <label for="sedan" class="font-semibold">{lang.t("ov.changes.label")}</label>
                    <input id="sedan" name="sedan" type="date" value=o.since.to_string() class="mt-1 rounded border border-stone-600 bg-white px-3 py-2" />
                </div>
                {kept}
                <button type="submit" class="rounded border border-blue-900 bg-blue-900 px-4 py-2 text-white">{lang.t("ov.changes.submit")}</button>
            </form>
            <p class="mt-2 text-sm">{lang.tf("ov.changes.period", &[("from", &long_date(lang, o.since)), ("to", &long_date(lang, o.date))])}</p>
            <ul class="divide-y divide-stone-200" id="andringslista">{items}</ul>
            {empty}
        </Section>
    }
}

#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    let docs = DocumentId::ALL
        .into_iter()
        .map(|d| view! { <li>{crate::pages::method::source_line(lang, d)}</li> })
        .collect_view();
    view! {
        <Section id="kallor" title=lang.t("ov.sources").to_owned()>
            <ul class="mt-2 list-disc pl-6 text-sm">
                {docs}
                <li>{lang.t("ov.sources.entered")}</li>
                <li>{crate::components::layout::attribution(lang)}</li>
            </ul>
            <p class="mt-2 text-sm">{lang.t("ov.sources.unknown")}</p>
            <p class="mt-2 text-sm print:hidden"><a class="text-blue-900 underline" href="/metod">{lang.t("map.method")}</a></p>
        </Section>
    }
}
