//! The HTTP routes: the Leptos application, open data and health.

use crate::error::ServerError;
use api::state::AppState;
use app::{App, shell};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use axum::serve::ListenerExt as _;
use db::Db;
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::sync::OnceLock;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// The largest request body the server reads (the largest edit form, with every field at its
/// limit, is well below it).
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The routes besides the application's pages and server functions, with their handlers: the
/// one list the router is built from and the tests that visit every route read.
fn server_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/livez", get(livez)),
        ("/readyz", get(readyz)),
        ("/healthz", get(readyz)),
        ("/api/v1/organisationer.json", get(organisations_json)),
        ("/api/v1/organisationer.csv", get(organisations_csv)),
        ("/api/v1/omgangar.json", get(rounds_json)),
        ("/api/v1/openapi.json", get(openapi)),
        ("/api/v1/kodbok.json", get(codebook)),
        ("/api/v1/kalender.ics", get(crate::feeds::calendar)),
        ("/api/v1/andringar.atom", get(crate::feeds::changes)),
        ("/sprak/{code}", get(crate::language::switch)),
        (domain::model::quick_exit::PATH, get(leave)),
        ("/texter/{file}", get(crate::texts::texts)),
        ("/karta.svg", get(crate::map_file::map_svg)),
        ("/karta.png", get(crate::map_file::map_png)),
        (crate::embed::PATH, get(crate::embed::embed)),
        (crate::embed::OEMBED_PATH, get(crate::embed::oembed)),
        (
            crate::documents::DOWNLOAD_ROUTE,
            get(crate::documents::download),
        ),
        (
            "/uppfoljning/{round}/rapport/{part}",
            get(crate::report_file::report_file),
        ),
    ]
}

/// Every page and file path the router serves, as written in it (`/profil/{id}`): the pages
/// of the application's router and the routes of [`server_routes`]. Server functions are
/// listed by `leptos::server_fn::axum::server_fn_paths`.
pub fn paths() -> Vec<String> {
    page_routes()
        .iter()
        .map(|route| route.path().to_owned())
        .chain(server_routes().into_iter().map(|(path, _)| path.to_owned()))
        .chain([crate::documents::UPLOAD_ROUTE.to_owned()])
        .collect()
}

/// The application's pages as Leptos lists them, listed once per process. Leptos renders the app
/// to list them and meanwhile holds back every resource in the process (one global flag): a page
/// that another router of this process rendered meanwhile could wait for its data forever.
fn page_routes() -> &'static [AxumRouteListing] {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App))
}

pub fn router(state: AppState) -> Router {
    let routes = page_routes().to_vec();
    server_routes()
        .into_iter()
        .fold(Router::new(), |router, (path, handler)| {
            router.route(path, handler)
        })
        .merge(crate::static_files::routes(
            &state.leptos_options.site_root,
            &state.leptos_options.site_pkg_dir,
        ))
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || {
                    provide_context(state.clone());
                    api::csp::provide_page_nonce();
                }
            },
            {
                // The router clones its routes for every request, this closure with them: the
                // shared state is one pointer to clone, the settings are not.
                let state = state.clone();
                move || shell(state.leptos_options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let state = state.clone();
                move || {
                    provide_context(state.clone());
                    api::csp::provide_page_nonce();
                }
            },
            shell,
        ))
        .layer(axum::middleware::from_fn_with_state(
            crate::page_cache::CacheState {
                app: state.clone(),
                pages: Default::default(),
            },
            crate::page_cache::pages,
        ))
        .layer(axum::middleware::from_fn(crate::forgery::refuse_forged))
        // Server functions read a request's whole body: without a limit one request could
        // fill the memory.
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // Added after the layers above, so that it has a body limit of its own and checks the
        // anti-forgery field itself, before it reads the file.
        .route(
            crate::documents::UPLOAD_ROUTE,
            post(crate::documents::upload)
                .layer(DefaultBodyLimit::max(crate::documents::UPLOAD_LIMIT)),
        )
        .layer(axum::middleware::from_fn(crate::origin::refuse_cross_site))
        .layer(CompressionLayer::new())
        .layer(header_layer(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header_layer(header::REFERRER_POLICY, "same-origin"))
        .layer(axum::middleware::from_fn(api::csp::policy))
        // Every request gets an id (or keeps the one a proxy gave it), logged with the request's
        // method, path, status and time, and returned in `x-request-id`.
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    // The path only: queries may hold what a visitor typed.
    tracing::info_span!("request", id, method = %request.method(), path = request.uri().path())
}

fn header_layer(
    name: header::HeaderName,
    value: &'static str,
) -> SetResponseHeaderLayer<header::HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, header::HeaderValue::from_static(value))
}

pub async fn serve(
    db: Db,
    clock: service::clock::Clock,
    mut reminders: service::reminders::Reminders,
    exit: domain::model::quick_exit::Target,
) -> Result<(), ServerError> {
    let conf = get_configuration(None).map_err(|e| ServerError::Config(e.to_string()))?;
    let leptos_options = conf.leptos_options;
    let addr = leptos_options.site_addr;
    if reminders.base.is_empty() {
        reminders.base = format!("http://{addr}");
    }
    crate::reminders::start(db.clone(), reminders.clone(), clock.clone());
    compress_bundle(
        std::path::Path::new(leptos_options.site_root.as_ref())
            .join(leptos_options.site_pkg_dir.as_ref()),
    );
    let app = router(
        api::state::Shared {
            leptos_options,
            db,
            clock,
            reminders,
            exit,
        }
        .into(),
    );
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: addr.to_string(),
            source,
        })?
        // Without TCP_NODELAY a response's last small segment waits for the client's delayed
        // acknowledgement (up to 40 ms) on a kept-alive connection.
        .tap_io(|stream| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::warn!(%error, "TCP_NODELAY could not be set");
            }
        });
    tracing::info!("listening on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await
    .map_err(ServerError::Serve)
}

/// Removes the bundle's stale compressed copies now, and writes the missing ones in the
/// background (responses are compressed per request until they are there). A directory that
/// cannot be written only costs that time.
fn compress_bundle(dir: std::path::PathBuf) {
    let pending = match crate::static_files::prepare(&dir) {
        Ok(pending) => pending,
        Err(error) => {
            tracing::warn!(%error, dir = %dir.display(), "the bundle's compressed copies cannot be checked");
            return;
        }
    };
    if pending.is_empty() {
        return;
    }
    tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        match pending.write() {
            Ok(written) => {
                tracing::info!(
                    written,
                    seconds = started.elapsed().as_secs_f32(),
                    "the bundle's compressed copies are written"
                );
            }
            Err(error) => {
                tracing::warn!(%error, "the bundle's compressed copies cannot be written");
            }
        }
    });
}

/// Ctrl-C or SIGTERM (what service managers and container runtimes send): stop accepting
/// connections and let the requests in flight, saves among them, finish.
async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    tracing::info!("shutting down: finishing the requests in flight");
}

/// The quick exit without JavaScript (with it, the page's script goes here too, replacing the
/// page in the history): on to the neutral site, telling it nothing of where the reader was.
async fn leave(State(state): State<AppState>) -> Response {
    let target = header::HeaderValue::from_str(state.exit.as_str()).unwrap_or(
        header::HeaderValue::from_static(domain::model::quick_exit::DEFAULT_TARGET),
    );
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, target),
            (
                header::REFERRER_POLICY,
                header::HeaderValue::from_static("no-referrer"),
            ),
            (
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            ),
        ],
    )
        .into_response()
}

/// Liveness: the process and its runtime answer; says nothing about the database, so that an
/// orchestrator does not restart every instance when the database is briefly away.
async fn livez() -> &'static str {
    "ok"
}

/// Readiness (also served as `/healthz`): this instance can reach its database and take traffic.
async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.health().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "databasen svarar inte").into_response()
        }
    }
}

#[derive(Debug, serde::Deserialize)]
struct DateQuery {
    datum: Option<String>,
}

/// Organisations and profiles for `?datum=`; a bad date is the caller's mistake (400).
async fn load(
    state: &AppState,
    headers: &HeaderMap,
    query: &DateQuery,
) -> Result<
    (
        Vec<domain::model::Organisation>,
        Vec<domain::model::profile::StoredProfile>,
        chrono::NaiveDate,
    ),
    Response,
> {
    use service::state as read;
    let refuse = |error: domain::error::AppError| {
        crate::refusal::Refusal::new(error, headers).into_response()
    };
    let shown = state.shown(query.datum.as_deref()).map_err(refuse)?;
    let (orgs, profiles) = read::open_data(&state.db, shown).await.map_err(refuse)?;
    Ok((orgs, profiles, shown.date))
}

async fn organisations_json(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<DateQuery>,
) -> Response {
    match load(&state, &headers, &query).await {
        Ok((orgs, profiles, on)) => {
            axum::Json(service::opendata::organisations_json(&orgs, &profiles, on)).into_response()
        }
        Err(response) => response,
    }
}

async fn organisations_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<DateQuery>,
) -> Response {
    match load(&state, &headers, &query).await {
        Ok((orgs, profiles, on)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"organisationer.csv\"",
                ),
            ],
            service::opendata::organisations_csv(&orgs, &profiles, on),
        )
            .into_response(),
        Err(response) => response,
    }
}

async fn rounds_json(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match service::rounds::closed(&state.db).await {
        Ok(closed) => axum::Json(service::opendata::rounds_json(&closed)).into_response(),
        Err(error) => crate::refusal::Refusal::new(error, &headers).into_response(),
    }
}

async fn openapi() -> Response {
    axum::Json(service::opendata::openapi()).into_response()
}

async fn codebook() -> Response {
    axum::Json(service::opendata::codebook()).into_response()
}
