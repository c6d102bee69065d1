//! The sections of the edit form, in the order of the profile page.

use crate::components::form_fields::{
    FormCtx, Getter, Kind, Setter, checkbox_field, field_id, lens, options, select_field,
    text_field, yes_no_field,
};
use crate::model::form::{CoordinatorRow, PolicyDocumentRow, ProfileForm, SupportRow};
use crate::model::profile::{
    Availability, Funding, LokStage, PolicyScope, RokStatus, SharedView, SpecialistCompetences,
};
use leptos::prelude::*;

const LINES_HELP: Option<&str> = Some("En uppgift per rad. Lämna tomt om det inte är rapporterat.");
const DATE_HELP: Option<&str> = Some("Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-10-01.");
const CODES_HELP: Option<&str> =
    Some("Kommunkoder åtskilda med komma, t.ex. 2062, 2034 (Mora, Orsa).");

macro_rules! field {
    ($($path:ident).+) => {
        lens(move |f: &ProfileForm| f.$($path).+.clone(), move |f: &mut ProfileForm, v| f.$($path).+ = v)
    };
}

fn row_lens<R: 'static>(
    rows: fn(&ProfileForm) -> &Vec<R>,
    rows_mut: fn(&mut ProfileForm) -> &mut Vec<R>,
    i: usize,
    get: fn(&R) -> &String,
    set: fn(&mut R) -> &mut String,
) -> (Getter, Setter) {
    lens(
        move |f| rows(f).get(i).map(get).cloned().unwrap_or_default(),
        move |f, v| {
            if let Some(r) = rows_mut(f).get_mut(i) {
                *set(r) = v;
            }
        },
    )
}

fn section(id: &'static str, title: &'static str, body: AnyView) -> AnyView {
    view! {
        <section aria-labelledby=id class="mt-6 rounded border border-stone-300 bg-white p-4">
            <h2 id=id class="text-xl font-bold">{title}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// A repeated list of the form: what to call it and how to reach its rows.
struct Rows {
    key: &'static str,
    legend: &'static str,
    add_label: &'static str,
    none_label: &'static str,
    none_get: fn(&ProfileForm) -> bool,
    none_set: fn(&mut ProfileForm, bool),
    add: fn(&mut ProfileForm),
    row: fn(FormCtx, usize) -> AnyView,
}

/// A repeated list: its rows, an add button, and "none exist" for an empty list.
fn rows_block(ctx: FormCtx, rows: Rows, count: Memo<usize>) -> AnyView {
    let key = rows.key;
    let error_id = format!("{}-fel", field_id(key));
    let described = error_id.clone();
    let (add, row) = (rows.add, rows.row);
    view! {
        <fieldset id=field_id(key) class="mt-4 rounded border border-stone-300 p-3" aria-describedby=described>
            <legend class="px-1 font-semibold">{rows.legend}</legend>
            <p id=error_id class="font-semibold text-red-800">
                {move || ctx.errors.with(|e| e.get(key).map(|m| format!("Fel: {m}")))}
            </p>
            {move || (0..count.get()).map(|i| row(ctx, i)).collect_view()}
            <button type="button" class="mt-2 rounded border border-blue-900 px-3 py-1 text-blue-900"
                on:click=move |_| ctx.form.update(add)>
                {rows.add_label}
            </button>
            {checkbox_field(ctx, &format!("{key}_none"), rows.none_label, rows.none_get, rows.none_set)}
        </fieldset>
    }
    .into_any()
}

fn remove_button(
    ctx: FormCtx,
    label: String,
    remove: impl Fn(&mut ProfileForm) + Send + Sync + 'static,
) -> AnyView {
    view! {
        <button type="button" class="mt-1 text-red-800 underline"
            on:click=move |_| {
                ctx.form.update(|f| remove(f));
                // Errors are keyed by row number, which just changed.
                ctx.errors.set(Default::default());
            }>
            {label}
        </button>
    }
    .into_any()
}

pub fn governance(ctx: FormCtx) -> AnyView {
    let count = Memo::new(move |_| ctx.form.with(|f| f.policy_documents.len()));
    section("styrning", "Styrning och ledning", view! {
        {text_field(ctx, "decision", "Beslut om att arbeta med frågan", Some("Finns ett politiskt eller ledningsbeslut? Beskriv kort."), Kind::Area, field!(decision))}
        {rows_block(ctx, Rows {
            key: "policy_documents",
            legend: "Styrdokument",
            add_label: "Lägg till styrdokument",
            none_label: "Inga styrdokument finns",
            none_get: |f| f.policy_documents_none,
            none_set: |f, v| f.policy_documents_none = v,
            add: |f| f.policy_documents.push(PolicyDocumentRow::default()),
            row: policy_row,
        }, count)}
        {select_field(ctx, "shared_view", "Samsyn", Some("Hur långt når en gemensam syn på frågan?"), options(&SharedView::ALL, SharedView::label_sv), field!(shared_view))}
        {yes_no_field(ctx, "follow_up", "Följs arbetet upp?", None, field!(follow_up))}
        {yes_no_field(ctx, "follow_up_individual", "Uppföljning på individnivå", None, field!(follow_up_individual))}
        {yes_no_field(ctx, "follow_up_group", "Uppföljning på gruppnivå", None, field!(follow_up_group))}
        {yes_no_field(ctx, "follow_up_quality_system", "Ingår i kvalitetssystemet", None, field!(follow_up_quality_system))}
        {text_field(ctx, "follow_up_reported_to", "Rapporteras till", None, Kind::Line, field!(follow_up_reported_to))}
        {text_field(ctx, "follow_up_frequency", "Hur ofta", None, Kind::Line, field!(follow_up_frequency))}
        {text_field(ctx, "follow_up_description", "Beskrivning av uppföljningen", None, Kind::Area, field!(follow_up_description))}
    }.into_any())
}

fn policy_row(ctx: FormCtx, i: usize) -> AnyView {
    let l = |g: fn(&PolicyDocumentRow) -> &String, s: fn(&mut PolicyDocumentRow) -> &mut String| {
        row_lens(
            |f| &f.policy_documents,
            |f| &mut f.policy_documents,
            i,
            g,
            s,
        )
    };
    let k = |name: &str| format!("policy_documents.{i}.{name}");
    view! {
        <fieldset class="mt-3 border-t border-stone-200 pt-2">
            <legend class="font-semibold">{format!("Styrdokument {}", i + 1)}</legend>
            {text_field(ctx, &k("title"), "Titel", None, Kind::Line, l(|r| &r.title, |r| &mut r.title))}
            {select_field(ctx, &k("scope"), "Omfattning", None, options(&PolicyScope::ALL, PolicyScope::label_sv), l(|r| &r.scope, |r| &mut r.scope))}
            {text_field(ctx, &k("owner"), "Ägare", None, Kind::Line, l(|r| &r.owner, |r| &mut r.owner))}
            {text_field(ctx, &k("adopted"), "Antaget", DATE_HELP, Kind::Date, l(|r| &r.adopted, |r| &mut r.adopted))}
            {text_field(ctx, &k("last_revised"), "Senast reviderat", DATE_HELP, Kind::Date, l(|r| &r.last_revised, |r| &mut r.last_revised))}
            {yes_no_field(ctx, &k("implemented"), "Implementerat", None, l(|r| &r.implemented, |r| &mut r.implemented))}
            {remove_button(ctx, format!("Ta bort styrdokument {}", i + 1), move |f| { f.policy_documents.remove(i); })}
        </fieldset>
    }
    .into_any()
}

pub fn work(ctx: FormCtx) -> AnyView {
    let count = Memo::new(move |_| ctx.form.with(|f| f.coordinators.len()));
    section("organisation", "Organisation", view! {
        {rows_block(ctx, Rows {
            key: "coordinators",
            legend: "Samordnartjänster",
            add_label: "Lägg till samordnartjänst",
            none_label: "Ingen samordnare finns",
            none_get: |f| f.coordinators_none,
            none_set: |f, v| f.coordinators_none = v,
            add: |f| f.coordinators.push(CoordinatorRow { count: "1".to_owned(), ..CoordinatorRow::default() }),
            row: coordinator_row,
        }, count)}
        {yes_no_field(ctx, "cooperation", "Samverkansavtal om gemensam samordnare", None, field!(cooperation))}
        {text_field(ctx, "cooperation_name", "Avtalets namn", None, Kind::Line, field!(cooperation_name))}
        {text_field(ctx, "cooperation_partners", "Samverkansparter", CODES_HELP, Kind::Line, field!(cooperation_partners))}
        {text_field(ctx, "placement", "Var arbetet är placerat", Some("T.ex. IFO, socialtjänsten, omsorgen."), Kind::Line, field!(placement))}
        {text_field(ctx, "teams", "Team och enheter", LINES_HELP, Kind::Lines, field!(teams))}
    }.into_any())
}

fn coordinator_row(ctx: FormCtx, i: usize) -> AnyView {
    let l = |g: fn(&CoordinatorRow) -> &String, s: fn(&mut CoordinatorRow) -> &mut String| {
        row_lens(|f| &f.coordinators, |f| &mut f.coordinators, i, g, s)
    };
    let k = |name: &str| format!("coordinators.{i}.{name}");
    view! {
        <fieldset class="mt-3 border-t border-stone-200 pt-2">
            <legend class="font-semibold">{format!("Samordnartjänst {}", i + 1)}</legend>
            {text_field(ctx, &k("title"), "Titel", None, Kind::Line, l(|r| &r.title, |r| &mut r.title))}
            {text_field(ctx, &k("share_percent"), "Andel av heltid (%)", Some("Ett heltal 0–100."), Kind::Line, l(|r| &r.share_percent, |r| &mut r.share_percent))}
            {text_field(ctx, &k("count"), "Antal tjänster", Some("1–20."), Kind::Line, l(|r| &r.count, |r| &mut r.count))}
            {text_field(ctx, &k("rest_of_post"), "Resten av tjänsten", None, Kind::Line, l(|r| &r.rest_of_post, |r| &mut r.rest_of_post))}
            {select_field(ctx, &k("funding"), "Finansiering", None, options(&Funding::ALL, Funding::label_sv), l(|r| &r.funding, |r| &mut r.funding))}
            {text_field(ctx, &k("scope"), "Uppdragets omfattning", None, Kind::Line, l(|r| &r.scope, |r| &mut r.scope))}
            {text_field(ctx, &k("shared_with"), "Delas med", CODES_HELP, Kind::Line, l(|r| &r.shared_with, |r| &mut r.shared_with))}
            {remove_button(ctx, format!("Ta bort samordnartjänst {}", i + 1), move |f| { f.coordinators.remove(i); })}
        </fieldset>
    }
    .into_any()
}

pub fn collaboration(ctx: FormCtx) -> AnyView {
    section("samverkan", "Samverkan", view! {
        {yes_no_field(ctx, "local_forum", "Lokalt samverkansforum finns", None, field!(local_forum))}
        {text_field(ctx, "local_forum_participants", "Deltagare i forumet", LINES_HELP, Kind::Lines, field!(local_forum_participants))}
        {text_field(ctx, "local_forum_description", "Om forumet", None, Kind::Area, field!(local_forum_description))}
        {text_field(ctx, "representative_name", "Representant i Länsgruppen", Some("Namn. Lämna tomt om det inte är rapporterat."), Kind::Line, field!(representative_name))}
        {text_field(ctx, "representative_mandate", "Representantens mandat", None, Kind::Area, field!(representative_mandate))}
        {text_field(ctx, "representative_share", "Representantens andel av tjänst (%)", None, Kind::Line, field!(representative_share))}
        {text_field(ctx, "representative_contacts", "Interna kontakter", None, Kind::Area, field!(representative_contacts))}
    }.into_any())
}

pub fn competence(ctx: FormCtx) -> AnyView {
    let names = SpecialistCompetences::default()
        .entries()
        .map(|(name, _)| name);
    let specialists = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            select_field(
                ctx,
                &format!("specialist.{i}"),
                name,
                None,
                options(&Availability::ALL, Availability::label_sv),
                lens(
                    move |f| f.specialist[i].clone(),
                    move |f, v| f.specialist[i] = v,
                ),
            )
        })
        .collect_view();
    section("kompetens", "Kompetens", view! {
        {text_field(ctx, "basic_training", "Grundutbildning för personalen", None, Kind::Area, field!(basic_training))}
        <fieldset class="mt-4 rounded border border-stone-300 p-3">
            <legend class="px-1 font-semibold">"Specialistkompetens"</legend>
            {specialists}
        </fieldset>
        {text_field(ctx, "programmes", "Metoder och program", LINES_HELP, Kind::Lines, field!(programmes))}
    }.into_any())
}

pub fn reflections(ctx: FormCtx) -> AnyView {
    section(
        "reflektion",
        "Framgångar, brister, behov och vision",
        view! {
            {text_field(ctx, "successes", "Framgångar", LINES_HELP, Kind::Lines, field!(successes))}
            {text_field(ctx, "gaps", "Brister", LINES_HELP, Kind::Lines, field!(gaps))}
            {text_field(ctx, "needs", "Behov", LINES_HELP, Kind::Lines, field!(needs))}
            {text_field(ctx, "vision", "Vision", LINES_HELP, Kind::Lines, field!(vision))}
        }
        .into_any(),
    )
}

pub fn agreements(ctx: FormCtx) -> AnyView {
    section("overenskommelser", "Överenskommelser", view! {
        {select_field(ctx, "rok_status", "Beslut om den regionala överenskommelsen (RÖK)", None, options(&RokStatus::ALL, RokStatus::label_sv), field!(rok_status))}
        {text_field(ctx, "rok_date", "Datum för beslutet", DATE_HELP, Kind::Date, field!(rok_date))}
        {text_field(ctx, "rok_body", "Beslutande organ", Some("T.ex. kommunfullmäktige eller socialnämnden."), Kind::Line, field!(rok_body))}
        {text_field(ctx, "rok_reference", "Diarienummer eller paragraf", None, Kind::Line, field!(rok_reference))}
        {select_field(ctx, "lok_stage", "Lokal överenskommelse (LÖK): steg", None, options(&LokStage::ALL, LokStage::label_sv), field!(lok_stage))}
        {text_field(ctx, "lok_date", "Datum då steget nåddes", DATE_HELP, Kind::Date, field!(lok_date))}
    }.into_any())
}

pub fn support(ctx: FormCtx) -> AnyView {
    let count = Memo::new(move |_| ctx.form.with(|f| f.support.len()));
    let rows = Rows {
        key: "support",
        legend: "Kontaktvägar",
        add_label: "Lägg till kontaktväg",
        none_label: "Inga kontaktvägar finns",
        none_get: |f| f.support_none,
        none_set: |f, v| f.support_none = v,
        add: |f| f.support.push(SupportRow::default()),
        row: support_row,
    };
    section(
        "stod",
        "Stöd till våldsutsatta",
        rows_block(ctx, rows, count),
    )
}

fn support_row(ctx: FormCtx, i: usize) -> AnyView {
    let l = |g: fn(&SupportRow) -> &String, s: fn(&mut SupportRow) -> &mut String| {
        row_lens(|f| &f.support, |f| &mut f.support, i, g, s)
    };
    let k = |name: &str| format!("support.{i}.{name}");
    view! {
        <fieldset class="mt-3 border-t border-stone-200 pt-2">
            <legend class="font-semibold">{format!("Kontaktväg {}", i + 1)}</legend>
            {text_field(ctx, &k("name"), "Namn", None, Kind::Line, l(|r| &r.name, |r| &mut r.name))}
            {text_field(ctx, &k("kind"), "Slag", Some("T.ex. kvinnojour, socialjour."), Kind::Line, l(|r| &r.kind, |r| &mut r.kind))}
            {text_field(ctx, &k("phone"), "Telefon", None, Kind::Line, l(|r| &r.phone, |r| &mut r.phone))}
            {text_field(ctx, &k("web"), "Webbadress", Some("Börjar med https://"), Kind::Line, l(|r| &r.web, |r| &mut r.web))}
            {remove_button(ctx, format!("Ta bort kontaktväg {}", i + 1), move |f| { f.support.remove(i); })}
        </fieldset>
    }
    .into_any()
}
