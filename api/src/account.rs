//! Logging in and out, and the session as the browser sees it.

use super::Failure;
use domain::model::account::SessionInfo;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Logs in and sets a fresh session cookie (a new token at every login).
#[server(endpoint = "logga-in")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn login(email: String, password: String) -> Result<SessionInfo, Failure> {
    use crate::session;
    use service::accounts;
    let db = super::db()?;
    let previous = session::request_token();
    let new = accounts::login(
        &db,
        previous.as_deref(),
        &email,
        &password,
        &session::client_address(),
        super::clock().unix_secs(),
    )
    .await?;
    session::set_session_cookie(&new.token);
    Ok(new.info)
}

#[server(endpoint = "logga-ut", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn logout() -> Result<(), Failure> {
    use crate::session;
    service::accounts::logout(&super::db()?, session::request_token().as_deref()).await?;
    session::clear_session_cookie();
    Ok(())
}

/// The signed-in user, or none; asking counts as activity and extends the session.
#[server(endpoint = "session", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn current_session() -> Result<Option<SessionInfo>, Failure> {
    let actor = super::actor(&super::db()?).await?;
    Ok(service::accounts::info(&actor))
}

/// Extends the session (the "stay signed in" button of the expiry warning): the same lookup
/// as `current_session`, as a POST because it is meant to change the session.
#[server(endpoint = "forlang-session", client = crate::csrf::ApiClient)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn extend_session() -> Result<Option<SessionInfo>, Failure> {
    current_session().await
}
