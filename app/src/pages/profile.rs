//! The profile page `/profil/<id>`: every section of an organisation's profile with the
//! source of each value.

use crate::api::{ProfileView as Page, get_profile};
use crate::components::fact::{Field, fact_view, text_list};
use crate::error::AppError;
use crate::model::date::long_sv;
use crate::model::fact::{Fact, Source, yes_no_sv};
use crate::model::profile::*;
use crate::model::{Indicator, OrgId};
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let datum = crate::components::as_of::use_datum();
    let page = Resource::new(
        move || (id(), datum.get()),
        |(id, datum)| get_profile(id, datum),
    );
    view! {
        <Suspense fallback=|| view! { <p>"Laddar profilen …"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Profile page /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! {
                        <p role="alert" class="rounded border border-red-700 bg-red-50 p-4">{error.to_string()}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

fn updated_stamp(page: &Page) -> String {
    match &page.stored.updated {
        Some(Source::Entered { by, at }) => {
            format!("Senast uppdaterad {} av {by}", long_sv(at.date_naive()))
        }
        _ => match page.stored.profile.latest_source_date() {
            Some(date) => format!(
                "Senast uppdaterad {}: uppgifterna kommer från källdokumenten",
                long_sv(date)
            ),
            None => "Inga uppgifter har rapporterats ännu".to_owned(),
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
    let org = page.organisation.clone();
    let p = page.stored.profile.clone();
    let stamp = updated_stamp(&page);
    let shown_on = page.shown_on;
    let kind = org.kind;
    let population = org.population.clone().map(|pop| {
        format!(
            "{} invånare den {} (källa: {})",
            format_thousands(pop.count),
            long_sv(pop.date),
            pop.source
        )
    });
    let indicators = Indicator::ALL
        .into_iter()
        .map(|i| {
            let c = i.categorise(kind, &p);
            view! {
                <li class="flex items-center gap-2">
                    <crate::components::swatch::Swatch style=c.style />
                    <span>{i.label_sv()} ": " <strong>{c.label_sv}</strong></span>
                </li>
            }
        })
        .collect_view();
    let mut sources: Vec<String> = p.sources().into_iter().map(Source::citation_sv).collect();
    sources.sort();
    sources.dedup();
    view! {
        <Title text=org.name.clone() />
        <svg width="0" height="0" class="absolute" aria-hidden="true" focusable="false">
            <crate::map::patterns::PatternDefs scale="ruta" size=8 />
        </svg>
        <p><a class="text-blue-900 underline" href="/">"← Till kartan"</a></p>
        <h1 class="mt-2 text-3xl font-bold">{org.name.clone()}</h1>
        <p class="text-stone-700">{kind.label_sv()}</p>
        {population.map(|text| view! { <p>{text}</p> })}
        <p class="mt-2 text-sm" id="senast-uppdaterad">{stamp}</p>
        <crate::components::as_of::PastNotice date=shown_on today_href=org.id.profile_path() />
        <p class="mt-2 flex flex-wrap gap-4">
            <a class="text-blue-900 underline" href=format!("/profil/{}/historik", org.id)>"Ändringshistorik"</a>
            <a class="text-blue-900 underline" href=format!("/profil/{}/redigera", org.id)>"Redigera profilen (för inloggade samordnare)"</a>
        </p>
        <section aria-labelledby="oversikt" class="mt-6">
            <h2 id="oversikt" class="text-xl font-bold">"I korthet"</h2>
            <ul class="mt-2 space-y-1">{indicators}</ul>
        </section>
        <Agreements a=p.agreements.clone() />
        <GovernanceSection g=p.governance.clone() />
        <WorkSection w=p.work.clone() />
        <CollaborationSection c=p.collaboration.clone() />
        <CompetenceSection k=p.competence.clone() />
        <ReflectionsSection r=p.reflections.clone() />
        <Section id="stod" title="Stöd till våldsutsatta">
            <Field label="Kontaktvägar">
                {fact_view(&p.support, |contacts| {
                    let contacts = contacts.clone();
                    view! {
                        <ul class="space-y-2">
                            {contacts
                                .into_iter()
                                .map(|c| view! {
                                    <li>
                                        <strong>{c.name}</strong> " " {c.kind} " " {c.phone} " "
                                        {safe_link(&c.web)}
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
        </Section>
        <crate::components::support::SupportBox />
        <section aria-labelledby="kallor" class="mt-6">
            <h2 id="kallor" class="text-xl font-bold">"Källor"</h2>
            {text_list(&sources, "Inga källor: inga uppgifter har rapporterats.")}
        </section>
    }
}

/// A link only for http(s) addresses; anything else is shown as text.
fn safe_link(url: &str) -> AnyView {
    let url = url.trim().to_owned();
    if crate::model::form_validate::is_safe_link(&url) {
        let text = url.clone();
        view! { <a class="text-blue-900 underline" href=url>{text}</a> }.into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}

fn format_thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    out
}

#[component]
fn Agreements(a: Agreements) -> impl IntoView {
    view! {
        <Section id="overenskommelser" title="Överenskommelser">
            <Field label="Beslut om regional överenskommelse (RÖK)">
                {fact_view(&a.rok, |d| {
                    let date = d.date.map(long_sv).unwrap_or_default();
                    view! {
                        <p>{d.status.label_sv()} " " {date}</p>
                        {(!d.body.is_empty()).then(|| view! { <p>"Beslutande organ: " {d.body.clone()}</p> })}
                        {(!d.reference.is_empty()).then(|| view! { <p>"Diarienummer: " {d.reference.clone()}</p> })}
                    }
                    .into_any()
                })}
            </Field>
            <Field label="Lokal överenskommelse (LÖK)">
                {fact_view(&a.lok, |l| {
                    let date = l.date.map(|d| format!(" sedan {}", long_sv(d))).unwrap_or_default();
                    view! { <p>{l.stage.label_sv()} {date}</p> }.into_any()
                })}
            </Field>
        </Section>
    }
}

#[component]
fn GovernanceSection(g: Governance) -> impl IntoView {
    view! {
        <Section id="styrning" title="Styrning och ledning">
            <Field label="Beslut att arbeta med frågan">
                {fact_view(&g.decision, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label="Styrdokument">
                {fact_view(&g.policy_documents, |docs| {
                    if docs.is_empty() {
                        return view! { <p>"Inga styrdokument"</p> }.into_any();
                    }
                    let docs = docs.clone();
                    view! {
                        <ul class="list-disc space-y-1 pl-6">
                            {docs
                                .into_iter()
                                .map(|d| view! {
                                    <li>
                                        <strong>{d.title}</strong> ", " {d.scope.label_sv()}
                                        {(!d.owner.is_empty()).then(|| format!(", ägare: {}", d.owner))}
                                        {d.adopted.map(|a| format!(", antaget {}", long_sv(a)))}
                                        {d.last_revised.map(|r| format!(", senast reviderat {}", long_sv(r)))}
                                        {d.implemented.map(|i| format!(", implementerat: {}", yes_no_sv(Some(i))))}
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
            <Field label="Samsyn">
                {fact_view(&g.shared_view, |s| view! { <p>{s.label_sv()}</p> }.into_any())}
            </Field>
            <Field label="Uppföljning">
                {fact_view(&g.follow_up, |f| {
                    let f = f.clone();
                    view! {
                        <p>{if f.exists { "Uppföljning finns" } else { "Ingen systematisk uppföljning" }}</p>
                        {(!f.description.is_empty()).then(|| view! { <p>{f.description.clone()}</p> })}
                        {(!f.frequency.is_empty()).then(|| view! { <p>"Hur ofta: " {f.frequency.clone()}</p> })}
                        {(!f.reported_to.is_empty()).then(|| view! { <p>"Rapporteras till: " {f.reported_to.clone()}</p> })}
                        <p>"På individnivå: " {yes_no_sv(f.individual_level)} ". På gruppnivå: " {yes_no_sv(f.group_level)} "."</p>
                        <p>"Inbyggd i kvalitetsledningssystemet: " {yes_no_sv(f.in_quality_system)}</p>
                    }
                    .into_any()
                })}
            </Field>
        </Section>
    }
}

#[component]
fn WorkSection(w: WorkOrganisation) -> impl IntoView {
    view! {
        <Section id="organisation" title="Organisation">
            <Field label="Samordnare">
                {fact_view(&w.coordinators, |posts| {
                    if posts.is_empty() {
                        return view! { <p>"Ingen samordnare"</p> }.into_any();
                    }
                    let posts = posts.clone();
                    view! {
                        <ul class="list-disc space-y-1 pl-6">
                            {posts
                                .into_iter()
                                .map(|c| {
                                    let count = if c.count > 1 { format!("{} tjänster à ", c.count) } else { String::new() };
                                    view! {
                                        <li>
                                            <strong>{c.title}</strong> ": " {count} {c.share_percent.to_string()} " av en heltid"
                                            {(!c.scope.is_empty()).then(|| format!(". {}", c.scope))}
                                            {(!c.rest_of_post.is_empty()).then(|| format!(". Övrig tjänst: {}", c.rest_of_post))}
                                            {c.funding.map(|f| format!(". Finansiering: {}", f.label_sv()))}
                                            {(!c.shared_with.is_empty()).then(|| format!(". Delas med {}", names(&c.shared_with)))}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Field>
            <Field label="Samverkansavtal om samordnare">
                {fact_view(&w.cooperation_agreement, |a| {
                    let text = if a.exists {
                        format!("Ja: {} ({})", a.name, names(&a.partners))
                    } else {
                        "Inget avtal".to_owned()
                    };
                    view! { <p>{text}</p> }.into_any()
                })}
            </Field>
            <Field label="Var arbetet är organiserat">
                {fact_view(&w.placement, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label="Team och enheter">
                {fact_view(&w.teams, |t| text_list(t, "Inga team"))}
            </Field>
        </Section>
    }
}

#[component]
fn CollaborationSection(c: Collaboration) -> impl IntoView {
    view! {
        <Section id="samverkan" title="Samverkan">
            <Field label="Lokalt samverkansforum">
                {fact_view(&c.local_forum, |f| {
                    let f = f.clone();
                    view! {
                        <p>{if f.exists { "Finns" } else { "Finns inte" }}</p>
                        {(!f.participants.is_empty()).then(|| view! { <p>"Deltagare: " {f.participants.join(", ")}</p> })}
                        {(!f.description.is_empty()).then(|| view! { <p>{f.description.clone()}</p> })}
                    }
                    .into_any()
                })}
            </Field>
            <Field label="Representant i Länsgruppen MVK/VINR">
                {fact_view(&c.county_group_representative, |r| {
                    let r = r.clone();
                    view! {
                        <p>{r.name}</p>
                        {(!r.mandate.is_empty()).then(|| view! { <p>"Mandat: " {r.mandate.clone()}</p> })}
                        {r.share_percent.map(|s| view! { <p>"Uppdraget: " {s.to_string()} " av en tjänst"</p> })}
                        {(!r.internal_contacts.is_empty()).then(|| view! { <p>"Interna kontakter: " {r.internal_contacts.clone()}</p> })}
                    }
                    .into_any()
                })}
            </Field>
        </Section>
    }
}

#[component]
fn CompetenceSection(k: Competence) -> impl IntoView {
    let specialist = k
        .specialist
        .entries()
        .into_iter()
        .map(|(label, fact): (&'static str, &Fact<Availability>)| {
            let cell = fact_view(fact, |a| view! { <p>{a.label_sv()}</p> }.into_any());
            view! {
                <tr>
                    <th scope="row" class="border border-stone-300 px-2 py-1 text-left font-normal">{label}</th>
                    <td class="border border-stone-300 px-2 py-1">{cell}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section id="kompetens" title="Kompetens">
            <Field label="Grundutbildning">
                {fact_view(&k.basic_training, |t| view! { <p>{t.clone()}</p> }.into_any())}
            </Field>
            <Field label="Spetskompetens">
                <table class="w-full border-collapse text-sm">
                    <caption class="sr-only">"Spetskompetens per område"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">"Område"</th>
                            <th scope="col" class="border border-stone-300 px-2 py-1 text-left">"Tillgång"</th>
                        </tr>
                    </thead>
                    <tbody>{specialist}</tbody>
                </table>
            </Field>
            <Field label="Metoder och program">
                {fact_view(&k.programmes, |t| text_list(t, "Inga metoder eller program"))}
            </Field>
        </Section>
    }
}

#[component]
fn ReflectionsSection(r: Reflections) -> impl IntoView {
    view! {
        <Section id="reflektioner" title="Framgångar, brister, behov och vision">
            <Field label="Framgångar">{fact_view(&r.successes, |t| text_list(t, "Inga"))}</Field>
            <Field label="Brister">{fact_view(&r.gaps, |t| text_list(t, "Inga"))}</Field>
            <Field label="Behov">{fact_view(&r.needs, |t| text_list(t, "Inga"))}</Field>
            <Field label="Vision">{fact_view(&r.vision, |t| text_list(t, "Ingen"))}</Field>
        </Section>
    }
}
