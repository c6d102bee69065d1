//! User administration (admins only; the service checks).

use crate::error::AppError;
use crate::model::account::UserAccount;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[server(endpoint = "anvandare", input = GetUrl)]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn list_users() -> Result<Vec<UserAccount>, AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            crate::service::accounts::list_users(&db, &actor).await
        }
        .await,
    )
}

#[server(endpoint = "lagg-till-anvandare")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn add_user(
    email: String,
    role: String,
    org: String,
    password: String,
) -> Result<UserAccount, AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            crate::service::accounts::add_user(
                &db,
                &actor,
                &email,
                &role,
                &org,
                &password,
                crate::service::now_secs(),
            )
            .await
        }
        .await,
    )
}

#[server(endpoint = "stang-av-anvandare")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn disable_user(email: String) -> Result<(), AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            crate::service::accounts::disable_user(&db, Some(&actor), &email).await
        }
        .await,
    )
}

#[server(endpoint = "nytt-losenord")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all))]
pub async fn set_password(email: String, password: String) -> Result<(), AppError> {
    super::answer(
        async {
            let db = super::db()?;
            let actor = super::actor(&db).await?;
            crate::service::accounts::set_password(&db, &actor, &email, &password).await
        }
        .await,
    )
}
