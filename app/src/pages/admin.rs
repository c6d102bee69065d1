//! `/admin`: user administration for the regional development lead.

use crate::components::scroll_region::ScrollRegion;
use crate::i18n::k;
use crate::i18n::use_lang;
use api::Failure;
use api::admin::{add_user, disable_user, list_users, set_password};
use domain::error::AppError;
use domain::model::OrgId;
use domain::model::account::{Role, UserAccount};
use domain::model::auth::{AccountChange, Denied};
use leptos::prelude::*;

#[component]
pub fn AdminPage() -> impl IntoView {
    let lang = use_lang();
    let users = api::codec::resource(|| (), |_| list_users());
    let message = RwSignal::new(None::<Result<String, String>>);
    let report = move |result: Result<String, Failure>| {
        // Only a success reloads the list (and with it the forms): a refusal keeps what was typed.
        let succeeded = result.is_ok();
        message.set(Some(match result.map_err(|f| f.0) {
            Ok(text) => Ok(text),
            Err(AppError::Invalid(errors)) => Err(errors.sentences(lang)),
            Err(e) => Err(e.message(lang)),
        }));
        if succeeded {
            users.refetch();
        }
    };
    view! {
        <crate::components::layout::PageTitle text=lang.t(k::ADMIN_TITLE) />
        <h1 class="text-3xl font-bold">{lang.t(k::ADMIN_TITLE)}</h1>
        <p class="mt-2"><a class="text-blue-900 underline" href="/admin/beslut">{lang.t(k::DECISIONS_LINK)}</a></p>
        <p class="mt-2"><a class="text-blue-900 underline" href="/admin/frister">{domain::model::profile::with_due_days(lang, k::DEADLINES_LINK, &[])}</a></p>
        <p class="mt-2"><a class="text-blue-900 underline" href=domain::view::feedback::ADMIN_PATH>{lang.t(k::FEEDBACK_ADMIN_LINK)}</a></p>
        <div role="status" aria-live="polite" class="mt-4">
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="rounded border border-green-800 bg-green-50 p-3">{text}</p> }.into_any(),
                Err(text) => view! { <p class="rounded border border-red-800 bg-red-50 p-3 font-semibold">{text}</p> }.into_any(),
            })}
        </div>
        <Suspense fallback=move || view! { <p>{lang.t(k::ADMIN_LOADING)}</p> }>
            {move || Suspend::new(async move {
                match users.await.map_err(|f| f.0) {
                    Ok(list) => view! { <UserTable list report /> <AddUser report /> <NewPassword report /> }.into_any(),
                    Err(AppError::Denied(Denied::NotSignedIn)) => view! {
                        <p class="mt-4">{lang.t(k::ADMIN_LOGIN_NEEDED)} " "
                            <a class="text-blue-900 underline" href="/logga-in?nasta=/admin">{lang.t(k::EDIT_LOGIN_LINK)}</a></p>
                    }.into_any(),
                    Err(e) => view! { <p role="alert" class="mt-4 rounded border border-red-800 bg-red-50 p-3">{e.message(lang)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

type Report = Callback<Result<String, Failure>>;

#[component]
fn UserTable(list: Vec<UserAccount>, #[prop(into)] report: Report) -> impl IntoView {
    let lang = use_lang();
    let rows = list
        .into_iter()
        .map(|u| {
            let email = u.email.to_string();
            let org = u.org.as_ref().map_or("–".to_owned(), |o| o.name().to_owned());
            let disable = {
                let email = email.clone();
                move |_| {
                    let email = email.clone();
                    leptos::task::spawn_local(async move {
                        let text = lang.tf(k::ADMIN_DISABLED_DONE, &[("email", &email)]);
                        report.run(disable_user(email).await.map(|()| text));
                    });
                }
            };
            view! {
                <tr class="border-t border-stone-300">
                    <td class="p-2">{email.clone()}</td>
                    <td class="p-2">{u.role.label(lang)}</td>
                    <td class="p-2">{org}</td>
                    <td class="p-2">{if u.disabled { lang.t(k::ADMIN_STATUS_DISABLED) } else { lang.t(k::ADMIN_STATUS_ACTIVE) }}</td>
                    <td class="p-2">
                        {(!u.disabled).then(|| view! {
                            <button type="button" class="text-red-800 underline" on:click=disable.clone()>
                                {lang.tf(k::ADMIN_DISABLE, &[("email", &email)])}
                            </button>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollRegion label=lang.t(k::ADMIN_ACCOUNTS) class="mt-4">
        <table class="w-full border-collapse bg-white">
            <caption class="text-left font-semibold">{lang.t(k::ADMIN_ACCOUNTS)}</caption>
            <thead><tr>
                <th scope="col" class="p-2 text-left">{lang.t(k::ADMIN_COL_EMAIL)}</th>
                <th scope="col" class="p-2 text-left">{lang.t(k::ADMIN_COL_ROLE)}</th>
                <th scope="col" class="p-2 text-left">{lang.t(k::ADMIN_COL_ORG)}</th>
                <th scope="col" class="p-2 text-left">{lang.t(k::ADMIN_COL_STATUS)}</th>
                <th scope="col" class="p-2 text-left">{lang.t(k::ADMIN_COL_ACTION)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </ScrollRegion>
    }
}

const INPUT: &str = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1";

#[component]
fn AddUser(#[prop(into)] report: Report) -> impl IntoView {
    let lang = use_lang();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new("coordinator".to_owned());
    let org = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let own_password = RwSignal::new(String::new());
    let orgs = OrgId::participants()
        .into_iter()
        .map(|o| view! { <option value=o.as_str().to_owned()>{o.name()}</option> })
        .collect_view();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            let result = add_user(
                email.get_untracked(),
                role.get_untracked(),
                org.get_untracked(),
                password.get_untracked(),
                own_password.get_untracked(),
            )
            .await;
            // The own password is never kept: it is typed again for each change.
            own_password.set(String::new());
            if result.is_ok() {
                email.set(String::new());
                password.set(String::new());
            }
            report.run(result.map(|u| lang.tf(k::ADMIN_CREATED, &[("email", u.email.as_str())])));
        });
    };
    view! {
        <form class="mt-8 max-w-md space-y-3" on:submit=on_submit>
            <h2 class="text-xl font-bold">{lang.t(k::ADMIN_ADD_H2)}</h2>
            <div><label for="ny-epost" class="font-semibold">{lang.t(k::ADMIN_EMAIL)}</label>
                <input id="ny-epost" type="email" class=INPUT prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev)) /></div>
            <div><label for="ny-roll" class="font-semibold">{lang.t(k::ADMIN_COL_ROLE)}</label>
                <select id="ny-roll" class=INPUT on:change=move |ev| role.set(event_target_value(&ev))>
                    <option value="coordinator" selected>{lang.t(k::ACCOUNT_ROLE_COORDINATOR)}</option>
                    <option value="admin">{lang.t(k::ACCOUNT_ROLE_ADMIN)}</option>
                </select></div>
            <div><label for="ny-org" class="font-semibold">{lang.t(k::ADMIN_COL_ORG)}</label>
                <select id="ny-org" class=INPUT on:change=move |ev| org.set(event_target_value(&ev))>
                    <option value="">{lang.t(k::ADMIN_ADD_NO_ORG)}</option>
                    {orgs}
                </select></div>
            <div><label for="ny-losenord" class="font-semibold">{lang.t(k::ADMIN_ADD_PASSWORD)}</label>
                <p id="ny-losenord-hjalp" class="text-sm text-stone-700">{lang.t(k::ADMIN_ADD_PASSWORD_HELP)}</p>
                <input id="ny-losenord" type="password" autocomplete="new-password" aria-describedby="ny-losenord-hjalp" class=INPUT
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) /></div>
            {move || needs_password_again(&role.get()).then(|| view! {
                <OwnPassword id="ny-eget-losenord" help=lang.t(k::ADMIN_OWN_PASSWORD_HELP_ADD) value=own_password />
            })}
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white">{lang.t(k::ADMIN_ADD_SUBMIT)}</button>
        </form>
    }
}

#[component]
fn NewPassword(#[prop(into)] report: Report) -> impl IntoView {
    let lang = use_lang();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let own_password = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            let who = email.get_untracked();
            let result = set_password(
                who.clone(),
                password.get_untracked(),
                own_password.get_untracked(),
            )
            .await;
            own_password.set(String::new());
            if result.is_ok() {
                password.set(String::new());
            }
            report.run(result.map(|()| lang.tf(k::ADMIN_PASSWORD_DONE, &[("email", &who)])));
        });
    };
    view! {
        <form class="mt-8 max-w-md space-y-3" on:submit=on_submit>
            <h2 class="text-xl font-bold">{lang.t(k::ADMIN_PASSWORD_H2)}</h2>
            <div><label for="pw-epost" class="font-semibold">{lang.t(k::ADMIN_EMAIL)}</label>
                <input id="pw-epost" type="email" class=INPUT prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev)) /></div>
            <div><label for="pw-losenord" class="font-semibold">{lang.t(k::ADMIN_PASSWORD_NEW)}</label>
                <input id="pw-losenord" type="password" autocomplete="new-password" class=INPUT
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) /></div>
            <OwnPassword id="pw-eget-losenord" help=lang.t(k::ADMIN_OWN_PASSWORD_HELP_SET) value=own_password />
            <button type="submit" class="rounded bg-blue-900 px-6 py-2 font-semibold text-white">{lang.t(k::ADMIN_PASSWORD_SUBMIT)}</button>
        </form>
    }
}

/// Whether adding an account of the chosen role needs the administrator's own password.
fn needs_password_again(role: &str) -> bool {
    Role::parse(role).is_some_and(|role| AccountChange::Add(role).needs_password_again())
}

/// The acting administrator's own password, for a change that needs it again
/// (`model::auth::AccountChange::needs_password_again`).
#[component]
fn OwnPassword(id: &'static str, help: &'static str, value: RwSignal<String>) -> impl IntoView {
    let lang = use_lang();
    let help_id = format!("{id}-hjalp");
    view! {
        <div><label for=id class="font-semibold">{lang.t(k::ADMIN_OWN_PASSWORD)}</label>
            <p id=help_id.clone() class="text-sm text-stone-700">{help}</p>
            <input id=id type="password" autocomplete="current-password" aria-describedby=help_id class=INPUT
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) /></div>
    }
}
