//! User administration (admins only; the service checks).

use super::Failure;
use domain::model::account::UserAccount;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(endpoint = "anvandare", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn list_users() -> Result<Vec<UserAccount>, Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::accounts::list_users(&db, &actor).await?)
}

/// Adds an account; an administrator account only with `current_password`, the acting
/// administrator's own.
#[server(endpoint = "lagg-till-anvandare", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn add_user(
    email: String,
    role: String,
    org: String,
    password: String,
    current_password: String,
) -> Result<UserAccount, Failure> {
    use service::accounts::{self, AccountForm, PasswordAgain};
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let form = AccountForm {
        email: &email,
        role: &role,
        org: &org,
        password: &password,
    };
    let address = crate::session::client_address();
    let again = PasswordAgain {
        password: &current_password,
        address: &address,
    };
    Ok(accounts::add_user(&db, &actor, form, again, super::clock().unix_secs()).await?)
}

#[server(endpoint = "stang-av-anvandare", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn disable_user(email: String) -> Result<(), Failure> {
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    Ok(service::accounts::disable_user(&db, Some(&actor), &email).await?)
}

/// Sets `email`'s password, with `current_password`, the acting administrator's own.
#[server(endpoint = "nytt-losenord", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn set_password(
    email: String,
    password: String,
    current_password: String,
) -> Result<(), Failure> {
    use service::accounts::{self, PasswordAgain};
    let db = super::db()?;
    let actor = super::actor(&db).await?;
    let address = crate::session::client_address();
    let again = PasswordAgain {
        password: &current_password,
        address: &address,
    };
    Ok(accounts::set_password(
        &db,
        &actor,
        &email,
        &password,
        again,
        super::clock().unix_secs(),
    )
    .await?)
}
