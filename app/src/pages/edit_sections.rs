//! The sections of the edit form, in the order of the profile page.

use crate::components::form_fields::{
    FormCtx, Getter, Kind, Setter, checkbox_field, field_id, lens, options, select_field,
    text_field, yes_no_field,
};
use crate::i18n::k;
use domain::form::lok_plan::PlanRow;
use domain::form::{CoordinatorRow, PolicyDocumentRow, ProfileForm, SupportRow};
use domain::model::profile::{
    Availability, Funding, LokStage, PolicyScope, RokStatus, SPECIALIST_KEYS, Section, SharedView,
    stage_label,
};
use leptos::prelude::*;

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

/// The part of the form that edits `section`.
pub fn of(ctx: FormCtx, section: Section) -> AnyView {
    match section {
        Section::Agreements => agreements(ctx),
        Section::Work => work(ctx),
        Section::Governance => governance(ctx),
        Section::Collaboration => collaboration(ctx),
        Section::Competence => competence(ctx),
        Section::Reflections => reflections(ctx),
        Section::Support => support(ctx),
    }
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

/// How to read and set one checkbox of the form.
type Flag = (fn(&ProfileForm) -> bool, fn(&mut ProfileForm, bool));

/// A repeated list of the form: what to call it and how to reach its rows.
struct Rows {
    key: &'static str,
    legend: &'static str,
    add_label: &'static str,
    none_label: &'static str,
    none_get: fn(&ProfileForm) -> bool,
    none_set: fn(&mut ProfileForm, bool),
    /// "The source names only some of them", for a list a category needs whole.
    partial: Option<Flag>,
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
                {move || ctx.error_text(key)}
            </p>
            {move || (0..count.get()).map(|i| row(ctx, i)).collect_view()}
            <button type="button" class="mt-2 rounded border border-blue-900 px-3 py-1 text-blue-900"
                on:click=move |_| ctx.form.update(add)>
                {rows.add_label}
            </button>
            {checkbox_field(ctx, &format!("{key}_none"), rows.none_label, rows.none_get, rows.none_set)}
            {rows.partial.map(|(get, set)| checkbox_field(ctx, &format!("{key}_partial"), ctx.t(k::EDIT_PARTIAL), get, set))}
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
    section("styrning", ctx.t(k::EDIT_SECTION_GOVERNANCE), view! {
        {text_field(ctx, "decision", ctx.t(k::EDIT_DECISION), Some(ctx.t(k::EDIT_DECISION_HELP)), Kind::Area, field!(decision))}
        {rows_block(ctx, Rows {
            key: "policy_documents",
            legend: ctx.t(k::EDIT_POLICY_LEGEND_ALL),
            add_label: ctx.t(k::EDIT_POLICY_ADD),
            none_label: ctx.t(k::EDIT_POLICY_NONE),
            none_get: |f| f.policy_documents_none,
            none_set: |f, v| f.policy_documents_none = v,
            partial: Some((|f| f.policy_documents_partial, |f, v| f.policy_documents_partial = v)),
            add: |f| f.policy_documents.push(PolicyDocumentRow::default()),
            row: policy_row,
        }, count)}
        {select_field(ctx, "shared_view", ctx.t(k::EDIT_SHARED_VIEW), Some(ctx.t(k::EDIT_SHARED_VIEW_HELP)), options(&SharedView::ALL, |v| v.label(ctx.lang)), field!(shared_view))}
        {yes_no_field(ctx, "follow_up", ctx.t(k::EDIT_FOLLOW_UP), None, field!(follow_up))}
        {yes_no_field(ctx, "follow_up_individual", ctx.t(k::EDIT_FOLLOW_UP_INDIVIDUAL), None, field!(follow_up_individual))}
        {yes_no_field(ctx, "follow_up_group", ctx.t(k::EDIT_FOLLOW_UP_GROUP), None, field!(follow_up_group))}
        {yes_no_field(ctx, "follow_up_quality_system", ctx.t(k::EDIT_FOLLOW_UP_QUALITY), None, field!(follow_up_quality_system))}
        {text_field(ctx, "follow_up_reported_to", ctx.t(k::EDIT_FOLLOW_UP_REPORTED_TO), None, Kind::Line, field!(follow_up_reported_to))}
        {text_field(ctx, "follow_up_frequency", ctx.t(k::EDIT_FOLLOW_UP_FREQUENCY), None, Kind::Line, field!(follow_up_frequency))}
        {text_field(ctx, "follow_up_description", ctx.t(k::EDIT_FOLLOW_UP_DESCRIPTION), None, Kind::Area, field!(follow_up_description))}
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
            <legend class="font-semibold">{ctx.tf(k::EDIT_POLICY_LEGEND, &[("n", &(i + 1).to_string())])}</legend>
            {text_field(ctx, &k("title"), ctx.t(k::EDIT_TITLE), None, Kind::Line, l(|r| &r.title, |r| &mut r.title))}
            {select_field(ctx, &k("scope"), ctx.t(k::EDIT_POLICY_SCOPE), None, options(&PolicyScope::ALL, |v| v.label(ctx.lang)), l(|r| &r.scope, |r| &mut r.scope))}
            {text_field(ctx, &k("owner"), ctx.t(k::EDIT_POLICY_OWNER), None, Kind::Line, l(|r| &r.owner, |r| &mut r.owner))}
            {text_field(ctx, &k("adopted"), ctx.t(k::EDIT_POLICY_ADOPTED), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, l(|r| &r.adopted, |r| &mut r.adopted))}
            {text_field(ctx, &k("last_revised"), ctx.t(k::EDIT_POLICY_LAST_REVISED), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, l(|r| &r.last_revised, |r| &mut r.last_revised))}
            {yes_no_field(ctx, &k("implemented"), ctx.t(k::EDIT_POLICY_IMPLEMENTED), None, l(|r| &r.implemented, |r| &mut r.implemented))}
            {remove_button(ctx, ctx.tf(k::EDIT_POLICY_REMOVE, &[("n", &(i + 1).to_string())]), move |f| { f.policy_documents.remove(i); })}
        </fieldset>
    }
    .into_any()
}

pub fn work(ctx: FormCtx) -> AnyView {
    let count = Memo::new(move |_| ctx.form.with(|f| f.coordinators.len()));
    section("organisation", ctx.t(k::EDIT_SECTION_ORGANISATION), view! {
        {rows_block(ctx, Rows {
            key: "coordinators",
            legend: ctx.t(k::EDIT_COORDINATOR_LEGEND_ALL),
            add_label: ctx.t(k::EDIT_COORDINATOR_ADD),
            none_label: ctx.t(k::EDIT_COORDINATOR_NONE),
            none_get: |f| f.coordinators_none,
            none_set: |f, v| f.coordinators_none = v,
            partial: Some((|f| f.coordinators_partial, |f, v| f.coordinators_partial = v)),
            add: |f| f.coordinators.push(CoordinatorRow { count: "1".to_owned(), ..CoordinatorRow::default() }),
            row: coordinator_row,
        }, count)}
        {yes_no_field(ctx, "cooperation", ctx.t(k::EDIT_COOPERATION), None, field!(cooperation))}
        {text_field(ctx, "cooperation_name", ctx.t(k::EDIT_COOPERATION_NAME), None, Kind::Line, field!(cooperation_name))}
        {text_field(ctx, "cooperation_partners", ctx.t(k::EDIT_COOPERATION_PARTNERS), Some(ctx.t(k::EDIT_HELP_CODES)), Kind::Line, field!(cooperation_partners))}
        {text_field(ctx, "placement", ctx.t(k::EDIT_PLACEMENT), Some(ctx.t(k::EDIT_PLACEMENT_HELP)), Kind::Line, field!(placement))}
        {text_field(ctx, "teams", ctx.t(k::EDIT_TEAMS), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(teams))}
    }.into_any())
}

fn coordinator_row(ctx: FormCtx, i: usize) -> AnyView {
    let l = |g: fn(&CoordinatorRow) -> &String, s: fn(&mut CoordinatorRow) -> &mut String| {
        row_lens(|f| &f.coordinators, |f| &mut f.coordinators, i, g, s)
    };
    let k = |name: &str| format!("coordinators.{i}.{name}");
    view! {
        <fieldset class="mt-3 border-t border-stone-200 pt-2">
            <legend class="font-semibold">{ctx.tf(k::EDIT_COORDINATOR_LEGEND, &[("n", &(i + 1).to_string())])}</legend>
            {text_field(ctx, &k("title"), ctx.t(k::EDIT_TITLE), None, Kind::Line, l(|r| &r.title, |r| &mut r.title))}
            {text_field(ctx, &k("share_percent"), ctx.t(k::EDIT_COORDINATOR_SHARE), Some(ctx.t(k::EDIT_COORDINATOR_SHARE_HELP)), Kind::Line, l(|r| &r.share_percent, |r| &mut r.share_percent))}
            {text_field(ctx, &k("count"), ctx.t(k::EDIT_COORDINATOR_COUNT), Some(ctx.t(k::EDIT_COORDINATOR_COUNT_HELP)), Kind::Line, l(|r| &r.count, |r| &mut r.count))}
            {text_field(ctx, &k("rest_of_post"), ctx.t(k::EDIT_COORDINATOR_REST), None, Kind::Line, l(|r| &r.rest_of_post, |r| &mut r.rest_of_post))}
            {select_field(ctx, &k("funding"), ctx.t(k::EDIT_COORDINATOR_FUNDING), None, options(&Funding::ALL, |v| v.label(ctx.lang)), l(|r| &r.funding, |r| &mut r.funding))}
            {text_field(ctx, &k("scope"), ctx.t(k::EDIT_COORDINATOR_SCOPE), None, Kind::Line, l(|r| &r.scope, |r| &mut r.scope))}
            {text_field(ctx, &k("shared_with"), ctx.t(k::EDIT_COORDINATOR_SHARED_WITH), Some(ctx.t(k::EDIT_HELP_CODES)), Kind::Line, l(|r| &r.shared_with, |r| &mut r.shared_with))}
            {remove_button(ctx, ctx.tf(k::EDIT_COORDINATOR_REMOVE, &[("n", &(i + 1).to_string())]), move |f| { f.coordinators.remove(i); })}
        </fieldset>
    }
    .into_any()
}

pub fn collaboration(ctx: FormCtx) -> AnyView {
    section("samverkan", ctx.t(k::EDIT_SECTION_COLLABORATION), view! {
        {yes_no_field(ctx, "local_forum", ctx.t(k::EDIT_FORUM), None, field!(local_forum))}
        {text_field(ctx, "local_forum_participants", ctx.t(k::EDIT_FORUM_PARTICIPANTS), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(local_forum_participants))}
        {text_field(ctx, "local_forum_description", ctx.t(k::EDIT_FORUM_DESCRIPTION), None, Kind::Area, field!(local_forum_description))}
        {text_field(ctx, "representative_name", ctx.t(k::EDIT_REPRESENTATIVE_NAME), Some(ctx.t(k::EDIT_REPRESENTATIVE_NAME_HELP)), Kind::Line, field!(representative_name))}
        {text_field(ctx, "representative_mandate", ctx.t(k::EDIT_REPRESENTATIVE_MANDATE), None, Kind::Area, field!(representative_mandate))}
        {text_field(ctx, "representative_share", ctx.t(k::EDIT_REPRESENTATIVE_SHARE), None, Kind::Line, field!(representative_share))}
        {text_field(ctx, "representative_contacts", ctx.t(k::EDIT_REPRESENTATIVE_CONTACTS), None, Kind::Area, field!(representative_contacts))}
    }.into_any())
}

pub fn competence(ctx: FormCtx) -> AnyView {
    let specialists = SPECIALIST_KEYS
        .iter()
        .map(|key| ctx.t(*key))
        .enumerate()
        .map(|(i, name)| {
            select_field(
                ctx,
                &format!("specialist.{i}"),
                name,
                None,
                options(&Availability::ALL, |v| v.label(ctx.lang)),
                lens(
                    move |f| f.specialist[i].clone(),
                    move |f, v| f.specialist[i] = v,
                ),
            )
        })
        .collect_view();
    section("kompetens", ctx.t(k::EDIT_SECTION_COMPETENCE), view! {
        {text_field(ctx, "basic_training", ctx.t(k::EDIT_BASIC_TRAINING), None, Kind::Area, field!(basic_training))}
        <fieldset class="mt-4 rounded border border-stone-300 p-3">
            <legend class="px-1 font-semibold">ctx.t(k::EDIT_SPECIALIST)</legend>
            {specialists}
        </fieldset>
        {text_field(ctx, "programmes", ctx.t(k::EDIT_PROGRAMMES), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(programmes))}
    }.into_any())
}

pub fn reflections(ctx: FormCtx) -> AnyView {
    section(
        "reflektion",
        ctx.t(k::EDIT_SECTION_REFLECTIONS),
        view! {
            {text_field(ctx, "successes", ctx.t(k::EDIT_SUCCESSES), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(successes))}
            {text_field(ctx, "gaps", ctx.t(k::EDIT_GAPS), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(gaps))}
            {text_field(ctx, "needs", ctx.t(k::EDIT_NEEDS), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(needs))}
            {text_field(ctx, "vision", ctx.t(k::EDIT_VISION), Some(ctx.t(k::EDIT_HELP_LINES)), Kind::Lines, field!(vision))}
        }
        .into_any(),
    )
}

pub fn agreements(ctx: FormCtx) -> AnyView {
    section("overenskommelser", ctx.t(k::EDIT_SECTION_AGREEMENTS), view! {
        {select_field(ctx, "rok_status", ctx.t(k::EDIT_ROK_STATUS), None, options(&RokStatus::ALL, |v| v.label(ctx.lang)), field!(rok_status))}
        {text_field(ctx, "rok_date", ctx.t(k::EDIT_ROK_DATE), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, field!(rok_date))}
        {text_field(ctx, "rok_body", ctx.t(k::EDIT_ROK_BODY), Some(ctx.t(k::EDIT_ROK_BODY_HELP)), Kind::Line, field!(rok_body))}
        {text_field(ctx, "rok_paragraph", ctx.t(k::EDIT_ROK_PARAGRAPH), None, Kind::Line, field!(rok_paragraph))}
        {text_field(ctx, "rok_reference", ctx.t(k::EDIT_ROK_REFERENCE), None, Kind::Line, field!(rok_reference))}
        {yes_no_field(ctx, "rok_identical", ctx.t(k::EDIT_ROK_IDENTICAL), Some(ctx.t(k::EDIT_ROK_IDENTICAL_HELP)), field!(rok_identical))}
        {text_field(ctx, "rok_evidence", ctx.t(k::EDIT_ROK_EVIDENCE), Some(ctx.t(k::EDIT_ROK_EVIDENCE_HELP)), Kind::Line, field!(rok_evidence))}
        {select_field(ctx, "lok_stage", ctx.t(k::EDIT_LOK_STAGE), None, options(&LokStage::ALL, |v| v.label(ctx.lang)), field!(lok_stage))}
        {text_field(ctx, "lok_date", ctx.t(k::EDIT_LOK_DATE), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, field!(lok_date))}
        {lok_plan(ctx)}
    }.into_any())
}

/// The local agreement's plan: a group per stage of the package, then parties and decision.
fn lok_plan(ctx: FormCtx) -> AnyView {
    let count = ctx.form.with_untracked(|f| f.lok_plan.stages.len());
    let stages = (0..count).map(|i| plan_row(ctx, i)).collect_view();
    view! {
        <fieldset id=field_id("lok_plan") class="mt-4 rounded border border-stone-300 p-3" aria-describedby="lok-plan-hjalp">
            <legend class="px-1 font-semibold">{ctx.t(k::EDIT_LOK_PLAN)}</legend>
            <p id="lok-plan-hjalp" class="text-sm text-stone-700">{ctx.t(k::EDIT_LOK_PLAN_HELP)}</p>
            {stages}
            {text_field(ctx, "lok_plan.parties", ctx.t(k::EDIT_LOK_PLAN_PARTIES), Some(ctx.t(k::EDIT_LOK_PLAN_PARTIES_HELP)), Kind::Lines, field!(lok_plan.parties))}
            {text_field(ctx, "lok_plan.decision_date", ctx.t(k::EDIT_LOK_PLAN_DECISION_DATE), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, field!(lok_plan.decision_date))}
            {text_field(ctx, "lok_plan.decision_body", ctx.t(k::EDIT_LOK_PLAN_DECISION_BODY), Some(ctx.t(k::EDIT_ROK_BODY_HELP)), Kind::Line, field!(lok_plan.decision_body))}
            {text_field(ctx, "lok_plan.decision_paragraph", ctx.t(k::EDIT_LOK_PLAN_DECISION_PARAGRAPH), None, Kind::Line, field!(lok_plan.decision_paragraph))}
            {text_field(ctx, "lok_plan.decision_reference", ctx.t(k::EDIT_LOK_PLAN_DECISION_REFERENCE), None, Kind::Line, field!(lok_plan.decision_reference))}
            {text_field(ctx, "lok_plan.decision_evidence", ctx.t(k::EDIT_LOK_PLAN_EVIDENCE), Some(ctx.t(k::EDIT_LOK_PLAN_EVIDENCE_HELP)), Kind::Line, field!(lok_plan.decision_evidence))}
        </fieldset>
    }
    .into_any()
}

fn plan_row(ctx: FormCtx, i: usize) -> AnyView {
    let l = |g: fn(&PlanRow) -> &String, s: fn(&mut PlanRow) -> &mut String| {
        row_lens(|f| &f.lok_plan.stages, |f| &mut f.lok_plan.stages, i, g, s)
    };
    let k = |name: &str| format!("lok_plan.stages.{i}.{name}");
    let stage = ctx
        .form
        .with_untracked(|f| f.lok_plan.stages.get(i).map(|r| r.stage.clone()));
    view! {
        <fieldset class="mt-3 border-t border-stone-200 pt-2">
            <legend class="font-semibold">{stage_label(&stage.unwrap_or_default(), ctx.lang)}</legend>
            <p id=format!("{}-fel", field_id(&k("stage"))) class="font-semibold text-red-800">
                {let key = k("stage"); move || ctx.error_text(&key)}
            </p>
            {text_field(ctx, &k("planned"), ctx.t(k::EDIT_LOK_PLAN_PLANNED), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, l(|r| &r.planned, |r| &mut r.planned))}
            {text_field(ctx, &k("reached"), ctx.t(k::EDIT_LOK_PLAN_REACHED), Some(ctx.t(k::EDIT_HELP_DATE)), Kind::Date, l(|r| &r.reached, |r| &mut r.reached))}
            {text_field(ctx, &k("note"), ctx.t(k::EDIT_LOK_PLAN_NOTE), None, Kind::Line, l(|r| &r.note, |r| &mut r.note))}
        </fieldset>
    }
    .into_any()
}

pub fn support(ctx: FormCtx) -> AnyView {
    let count = Memo::new(move |_| ctx.form.with(|f| f.support.len()));
    let rows = Rows {
        key: "support",
        legend: ctx.t(k::EDIT_SUPPORT_LEGEND_ALL),
        add_label: ctx.t(k::EDIT_SUPPORT_ADD),
        none_label: ctx.t(k::EDIT_SUPPORT_NONE),
        none_get: |f| f.support_none,
        none_set: |f, v| f.support_none = v,
        partial: None,
        add: |f| f.support.push(SupportRow::default()),
        row: support_row,
    };
    section(
        "stod",
        ctx.t(k::EDIT_SECTION_SUPPORT),
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
            <legend class="font-semibold">{ctx.tf(k::EDIT_SUPPORT_LEGEND, &[("n", &(i + 1).to_string())])}</legend>
            {text_field(ctx, &k("name"), ctx.t(k::EDIT_SUPPORT_NAME), None, Kind::Line, l(|r| &r.name, |r| &mut r.name))}
            {text_field(ctx, &k("kind"), ctx.t(k::EDIT_SUPPORT_KIND), Some(ctx.t(k::EDIT_SUPPORT_KIND_HELP)), Kind::Line, l(|r| &r.kind, |r| &mut r.kind))}
            {text_field(ctx, &k("phone"), ctx.t(k::EDIT_SUPPORT_PHONE), None, Kind::Line, l(|r| &r.phone, |r| &mut r.phone))}
            {text_field(ctx, &k("web"), ctx.t(k::EDIT_SUPPORT_WEB), Some(ctx.t(k::EDIT_SUPPORT_WEB_HELP)), Kind::Line, l(|r| &r.web, |r| &mut r.web))}
            {remove_button(ctx, ctx.tf(k::EDIT_SUPPORT_REMOVE, &[("n", &(i + 1).to_string())]), move |f| { f.support.remove(i); })}
        </fieldset>
    }
    .into_any()
}
