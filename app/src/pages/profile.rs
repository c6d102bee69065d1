//! The profile page `/profil/<id>`: every section of an organisation's profile with the
//! source of each value.

use crate::components::fact::{Field, fact_view, text_list};
use crate::i18n::k;
use crate::i18n::{Key, Lang, long_date, thousands, use_lang, whole_percent};
use crate::pages::not_found::NotFound;
use api::{ProfileView as Page, get_profile};
use domain::error::AppError;
use domain::model::fact::{Fact, Source};
use domain::model::profile::*;
use domain::model::{Indicator, OrgId};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let datum = crate::components::as_of::use_datum();
    let page = api::codec::resource(
        move || (id(), datum.get()),
        |(id, datum)| get_profile(id, datum),
    );
    view! {
        <Suspense fallback=move || view! { <p>{lang.t(k::PROFILE_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match page.await.map_err(|f| f.0) {
                    Ok(page) => view! { <Profile page /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! {
                        <p role="alert" class="rounded border border-red-700 bg-red-50 p-4">{error.message(lang)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

fn updated_stamp(lang: Lang, page: &Page) -> String {
    match &page.stored.updated {
        Some(Source::Entered { by, at }) => lang.tf(
            k::PROFILE_UPDATED_ENTERED,
            &[("date", &long_date(lang, at.date_naive())), ("by", by)],
        ),
        _ => match page.stored.profile.latest_source_date() {
            Some(date) => lang.tf(
                k::PROFILE_UPDATED_DOCUMENTS,
                &[("date", &long_date(lang, date))],
            ),
            None => lang.t(k::PROFILE_UPDATED_NONE).to_owned(),
        },
    }
}

#[component]
fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section aria-labelledby=id class="mt-6 rounded border border-stone-300 bg-white p-4">
            <h2 id=id class="text-xl font-bold">{title}</h2>
            <div class="divide-y divide-stone-200">{children()}</div>
        </section>
    }
}

fn names(ids: &[OrgId]) -> String {
    ids.iter().map(OrgId::name).collect::<Vec<_>>().join(", ")
}

#[component]
fn Profile(page: Page) -> impl IntoView {
    let lang = use_lang();
    let org = page.organisation.clone();
    let p = page.stored.profile.clone();
    let stamp = updated_stamp(lang, &page);
    let shown_on = page.shown_on;
    provide_context(crate::components::age::ShownOn(page.on));
    let summary = domain::model::summary::OrgSummary::from_profile(&page.stored, page.on);
    let population = org.population.clone().map(|pop| {
        lang.tf(
            k::PROFILE_POPULATION,
            &[
                ("count", &thousands(lang, u64::from(pop.count))),
                ("date", &long_date(lang, pop.date)),
                ("source", &pop.source),
            ],
        )
    });
    let indicators = Indicator::ALL
        .into_iter()
        .map(|i| {
            let c = summary.category(i);
            let age = summary
                .cell(i)
                .and_then(|cell| cell.described)
                .map(|d| view! { <span class="text-sm text-stone-700">"(" {crate::components::age::age_view(d, page.on)} ")"</span> });
            view! {
                <li class="flex flex-wrap items-center gap-2" data-indikator=i.key()>
                    <crate::components::swatch::Swatch style=c.style />
                    <span>{i.label(lang)} ": " <strong>{i.category_label(c, lang)}</strong></span>
                    {age}
                </li>
            }
        })
        .collect_view();
    let histories = page
        .histories
        .iter()
        .map(|h| crate::components::step_chart::history_view(lang, h, page.on))
        .collect_view();
    let mut sources: Vec<String> = p.sources().into_iter().map(|s| s.citation(lang)).collect();
    sources.sort();
    sources.dedup();
    view! {
        <crate::components::layout::PageTitle text=org.name.clone() />
        <crate::map::patterns::SwatchDefs />
        <p><a class="text-blue-900 underline" href="/">{lang.t(k::PROFILE_BACK)}</a></p>
        <h1 class="mt-2 text-3xl font-bold">{org.name.clone()}</h1>
        <p class="text-stone-700">{org.kind.label(lang)}</p>
        {population.map(|text| view! { <p>{text}</p> })}
        <p class="mt-2 text-sm" id="senast-uppdaterad">{stamp}</p>
        <crate::components::as_of::PastNotice date=shown_on today_href=org.id.profile_path() />
        <p class="mt-2 flex flex-wrap gap-4">
            <a class="text-blue-900 underline" href=format!("/profil/{}/historik", org.id)>{lang.t(k::PROFILE_HISTORY)}</a>
            <a class="text-blue-900 underline" href=format!("/profil/{}/redigera", org.id)>{lang.t(k::PROFILE_EDIT)}</a>
        </p>
        <section aria-labelledby="oversikt" class="mt-6">
            <h2 id="oversikt" class="text-xl font-bold">{lang.t(k::PROFILE_SUMMARY)}</h2>
            <ul class="mt-2 space-y-1">{indicators}</ul>
        </section>
        <Agreements a=p.agreements.clone() org=page.stored.org.clone() on=page.on withdrawn=page.withdrawn.clone() />
        <GovernanceSection g=p.governance.clone() />
        <WorkSection w=p.work.clone() />
        <CollaborationSection c=p.collaboration.clone() />
        <CompetenceSection k=p.competence.clone() />
        <ReflectionsSection r=p.reflections.clone() />
        <Section id="stod" title=lang.t(k::PROFILE_SUPPORT_H2)>
            <Field label=lang.t(k::PROFILE_SUPPORT_CONTACTS)>
                {fact_view(&p.support, |contacts| {
                    let contacts = contacts.clone();
                    view! {
                        <ul class="space-y-2">
                            {contacts
                                .into_iter()
                                .map(|c| view! {
                                    <li>
                                        <strong>{c.name}</strong> " " {c.kind} " " {c.phone} " "
                                        {crate::components::fact::safe_link(&c.web)}
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
        </Section>
        <section aria-labelledby="indikatorhistorik" class="mt-6 rounded border border-stone-300 bg-white p-4">
            <h2 id="indikatorhistorik" class="text-xl font-bold">{lang.t(k::PROFILE_HISTORY_H2)}</h2>
            <p class="text-sm text-stone-700">{lang.t(k::PROFILE_HISTORY_INTRO)}</p>
            {histories}
        </section>
        <section aria-labelledby="kallor" class="mt-6">
            <h2 id="kallor" class="text-xl font-bold">{lang.t(k::PROFILE_SOURCES)}</h2>
            {text_list(&sources, lang.t(k::PROFILE_SOURCES_NONE))}
        </section>
    }
}

#[component]
fn Agreements(
    a: Agreements,
    org: OrgId,
    on: chrono::NaiveDate,
    /// The cited documents that are withdrawn: named, not linked.
    withdrawn: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let rok = fact_view(&a.rok, |d| {
        crate::components::rok::decision_view(lang, d, &withdrawn)
    });
    let plan = fact_view(&a.lok_plan, |plan| {
        crate::components::lok_plan::plan_view(lang, plan, on, &withdrawn)
    });
    view! {
        <Section id="overenskommelser" title=lang.t(k::PROFILE_AGREEMENTS)>
            <Field label=Indicator::Rok.label(lang)>
                {rok}
            </Field>
            <Field label=Indicator::Lok.label(lang)>
                {fact_view(&a.lok, |l| {
                    let date = l
                        .date
                        .map(|d| format!(" {}", lang.tf(k::PROFILE_AGREEMENTS_SINCE, &[("date", &long_date(lang, d))])))
                        .unwrap_or_default();
                    view! { <p>{l.stage.label(lang)} {date}</p> }.into_any()
                })}
            </Field>
            <Field label=lang.t(k::LOK_PLAN_H3)>
                {plan}
                {crate::components::feeds::feed_links(lang, Some(&org))}
            </Field>
        </Section>
    }
}

#[component]
fn GovernanceSection(g: Governance) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Section id="styrning" title=lang.t(k::PROFILE_GOVERNANCE)>
            <Field label=lang.t(k::PROFILE_GOVERNANCE_DECISION)>
                {fact_view(&g.decision, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label=lang.t(k::PROFILE_GOVERNANCE_DOCUMENTS)>
                {fact_view(&g.policy_documents, |docs| {
                    if docs.is_empty() {
                        return view! { <p>{lang.t(k::PROFILE_GOVERNANCE_DOCUMENTS_NONE)}</p> }.into_any();
                    }
                    let docs = docs.clone();
                    view! {
                        <ul class="list-disc space-y-1 pl-6">
                            {docs
                                .into_iter()
                                .map(|d| view! {
                                    <li>
                                        <strong>{d.title}</strong> ", " {d.scope.label(lang)}
                                        {(!d.owner.is_empty()).then(|| format!(", {}", lang.tf(k::PROFILE_GOVERNANCE_OWNER, &[("owner", &d.owner)])))}
                                        {d.adopted.map(|a| format!(", {}", lang.tf(k::PROFILE_GOVERNANCE_ADOPTED, &[("date", &long_date(lang, a))])))}
                                        {d.last_revised.map(|r| format!(", {}", lang.tf(k::PROFILE_GOVERNANCE_REVISED, &[("date", &long_date(lang, r))])))}
                                        {d.implemented.map(|i| format!(", {}", lang.tf(k::PROFILE_GOVERNANCE_IMPLEMENTED, &[("answer", lang.yes_no(Some(i)))])))}
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
            <Field label=lang.t(k::PROFILE_GOVERNANCE_SHARED_VIEW)>
                {fact_view(&g.shared_view, |s| view! { <p>{s.label(lang)}</p> }.into_any())}
            </Field>
            <Field label=lang.t(k::PROFILE_GOVERNANCE_FOLLOW_UP)>
                {fact_view(&g.follow_up, |f| {
                    let f = f.clone();
                    view! {
                        <p>{lang.t(if f.exists { k::PROFILE_GOVERNANCE_FOLLOW_UP_EXISTS } else { k::PROFILE_GOVERNANCE_FOLLOW_UP_MISSING })}</p>
                        {(!f.description.is_empty()).then(|| view! { <p>{f.description.clone()}</p> })}
                        {(!f.frequency.is_empty()).then(|| view! { <p>{lang.t(k::PROFILE_GOVERNANCE_FREQUENCY)} " " {f.frequency.clone()}</p> })}
                        {(!f.reported_to.is_empty()).then(|| view! { <p>{lang.t(k::PROFILE_GOVERNANCE_REPORTED_TO)} " " {f.reported_to.clone()}</p> })}
                        <p>{lang.tf(k::PROFILE_GOVERNANCE_LEVELS, &[("individual", lang.yes_no(f.individual_level)), ("group", lang.yes_no(f.group_level))])}</p>
                        <p>{lang.tf(k::PROFILE_GOVERNANCE_QUALITY, &[("answer", lang.yes_no(f.in_quality_system))])}</p>
                    }
                    .into_any()
                })}
            </Field>
        </Section>
    }
}

#[component]
fn WorkSection(w: WorkOrganisation) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Section id="organisation" title=lang.t(k::PROFILE_WORK)>
            <Field label=lang.t(k::PROFILE_WORK_COORDINATORS)>
                {fact_view(&w.coordinators, |posts| {
                    if posts.is_empty() {
                        return view! { <p>{lang.t(k::PROFILE_WORK_COORDINATORS_NONE)}</p> }.into_any();
                    }
                    let posts = posts.clone();
                    view! {
                        <ul class="list-disc space-y-1 pl-6">
                            {posts
                                .into_iter()
                                .map(|c| {
                                    let count = if c.count > 1 { format!("{} ", lang.tf(k::PROFILE_WORK_POSTS, &[("count", &c.count.to_string())])) } else { String::new() };
                                    view! {
                                        <li>
                                            <strong>{c.title}</strong> ": " {count} {lang.tf(k::PROFILE_WORK_SHARE, &[("share", &whole_percent(lang, c.share_percent.get()))])}
                                            {(!c.scope.is_empty()).then(|| format!(". {}", c.scope))}
                                            {(!c.rest_of_post.is_empty()).then(|| format!(". {}", lang.tf(k::PROFILE_WORK_REST, &[("rest", &c.rest_of_post)])))}
                                            {c.funding.map(|f| format!(". {}", lang.tf(k::PROFILE_WORK_FUNDING, &[("funding", f.label(lang))])))}
                                            {(!c.shared_with.is_empty()).then(|| format!(". {}", lang.tf(k::PROFILE_WORK_SHARED, &[("names", &names(&c.shared_with))])))}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
            <Field label=lang.t(k::PROFILE_WORK_AGREEMENT)>
                {fact_view(&w.cooperation_agreement, |a| {
                    let text = if a.exists {
                        lang.tf(k::PROFILE_WORK_AGREEMENT_YES, &[("name", &a.name), ("partners", &names(&a.partners))])
                    } else {
                        lang.t(k::PROFILE_WORK_AGREEMENT_NO).to_owned()
                    };
                    view! { <p>{text}</p> }.into_any()
                })}
            </Field>
            <Field label=lang.t(k::PROFILE_WORK_PLACEMENT)>
                {fact_view(&w.placement, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label=lang.t(k::PROFILE_WORK_TEAMS)>
                {fact_view(&w.teams, |t| text_list(t, lang.t(k::PROFILE_WORK_TEAMS_NONE)))}
            </Field>
        </Section>
    }
}

#[component]
fn CollaborationSection(c: Collaboration) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Section id="samverkan" title=lang.t(k::PROFILE_COLLAB)>
            <Field label=lang.t(k::PROFILE_COLLAB_FORUM)>
                {fact_view(&c.local_forum, |f| {
                    let f = f.clone();
                    view! {
                        <p>{lang.t(if f.exists { k::PROFILE_COLLAB_FORUM_YES } else { k::PROFILE_COLLAB_FORUM_NO })}</p>
                        {(!f.participants.is_empty()).then(|| view! { <p>{lang.t(k::PROFILE_COLLAB_PARTICIPANTS)} " " {f.participants.join(", ")}</p> })}
                        {(!f.description.is_empty()).then(|| view! { <p>{f.description.clone()}</p> })}
                    }
                    .into_any()
                })}
            </Field>
            <Field label=lang.t(k::PROFILE_COLLAB_REP)>
                {fact_view(&c.county_group_representative, |r| {
                    let r = r.clone();
                    view! {
                        <p>{r.name}</p>
                        {(!r.mandate.is_empty()).then(|| view! { <p>{lang.t(k::PROFILE_COLLAB_MANDATE)} " " {r.mandate.clone()}</p> })}
                        {r.share_percent.map(|s| view! { <p>{lang.tf(k::PROFILE_COLLAB_SHARE, &[("share", &whole_percent(lang, s.get()))])}</p> })}
                        {(!r.internal_contacts.is_empty()).then(|| view! { <p>{lang.t(k::PROFILE_COLLAB_CONTACTS)} " " {r.internal_contacts.clone()}</p> })}
                    }
                    .into_any()
                })}
            </Field>
        </Section>
    }
}

#[component]
fn CompetenceSection(k: Competence) -> impl IntoView {
    let lang = use_lang();
    let specialist = k
        .specialist
        .entries()
        .into_iter()
        .zip(SPECIALIST_KEYS)
        .map(|((_, fact), key): ((&'static str, &Fact<Availability>), Key)| {
            let label = lang.t(key);
            let cell = fact_view(fact, |a| view! { <p>{a.label(lang)}</p> }.into_any());
            view! {
                <tr>
                    <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">{label}</th>
                    <td class="border border-stone-300 px-2 py-1">{cell}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="kompetens" title=lang.t(k::PROFILE_COMPETENCE)>
            <Field label=lang.t(k::PROFILE_COMPETENCE_BASIC)>
                {fact_view(&k.basic_training, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label=lang.t(k::PROFILE_COMPETENCE_SPECIALIST)>
                <table class="w-full border-collapse text-sm">
                    <caption class="sr-only">{lang.t(k::PROFILE_COMPETENCE_SPECIALIST_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::PROFILE_COMPETENCE_AREA)}</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">{lang.t(k::PROFILE_COMPETENCE_ACCESS)}</th>
                        </tr>
                    </thead>
                    <tbody>{specialist}</tbody>
                </table>
            </Field>
            <Field label=lang.t(k::PROFILE_COMPETENCE_PROGRAMMES)>
                {fact_view(&k.programmes, |t| text_list(t, lang.t(k::PROFILE_COMPETENCE_PROGRAMMES_NONE)))}
            </Field>
        </Section>
    }
}

#[component]
fn ReflectionsSection(r: Reflections) -> impl IntoView {
    let lang = use_lang();
    let none = lang.t(k::PROFILE_REFLECTIONS_NONE);
    view! {
        <Section id="reflektioner" title=lang.t(k::PROFILE_REFLECTIONS)>
            <Field label=lang.t(k::PROFILE_REFLECTIONS_SUCCESSES)>{fact_view(&r.successes, |t| text_list(t, none))}</Field>
            <Field label=lang.t(k::PROFILE_REFLECTIONS_GAPS)>{fact_view(&r.gaps, |t| text_list(t, none))}</Field>
            <Field label=lang.t(k::PROFILE_REFLECTIONS_NEEDS)>{fact_view(&r.needs, |t| text_list(t, none))}</Field>
            <Field label=lang.t(k::PROFILE_REFLECTIONS_VISION)>{fact_view(&r.vision, |t| text_list(t, none))}</Field>
        </Section>
    }
}
