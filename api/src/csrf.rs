//! The anti-forgery token. A signed-in browser's changes carry a token that only this site's
//! own code can read: markup that slipped into a page (a form, a button) can post to the
//! server with the visitor's cookies, but runs no code to learn the token. The token is
//! derived from the session's secret (`security::forgery_token`), so it is bound to the
//! session and needs no storage; the server refuses a change without it
//! (`server/src/forgery.rs`). It reaches the page's code in a cookie of its own, set and
//! cleared with the session's: a page opened before the browser signed in again sends the
//! token of the new session, so what was typed there can still be saved.

use leptos::server_fn::Bytes;
use leptos::server_fn::client::Client;
use leptos::server_fn::client::browser::BrowserClient;
use leptos::server_fn::error::FromServerFnError;
use leptos::server_fn::request::browser::BrowserRequest;
use leptos::server_fn::response::browser::BrowserResponse;

/// The header a server-function call sends the token in.
pub const HEADER: &str = "x-kvf-token";
/// The field a form without JavaScript sends the token in.
pub const FIELD: &str = "kvf_token";

/// The current token: on the server derived from the request's session cookie (for the
/// forms a page renders), in the browser read from its cookie. None without a session.
pub fn page_token() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        crate::session::request_token().map(|token| service::security::forgery_token(&token))
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        use wasm_bindgen::JsCast;
        let cookies = leptos::prelude::document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()?
            .cookie()
            .ok()?;
        crate::cookies::find(&cookies, crate::cookies::FORGERY_TOKEN, |v| !v.is_empty())
            .map(str::to_owned)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        None
    }
}

/// The browser's `fetch` client with the page's token on every request: the client of every
/// server function that changes something.
pub struct ApiClient;

impl<E, IS, OS> Client<E, IS, OS> for ApiClient
where
    E: FromServerFnError,
    IS: FromServerFnError,
    OS: FromServerFnError,
{
    type Request = BrowserRequest;
    type Response = BrowserResponse;

    fn send(req: Self::Request) -> impl Future<Output = Result<Self::Response, E>> + Send {
        if let Some(token) = page_token() {
            req.headers().set(HEADER, &token);
        }
        <BrowserClient as Client<E, IS, OS>>::send(req)
    }

    #[allow(clippy::type_complexity)]
    fn open_websocket(
        path: &str,
    ) -> impl Future<
        Output = Result<
            (
                impl futures::Stream<Item = Result<Bytes, Bytes>> + Send + 'static,
                impl futures::Sink<Bytes> + Send + 'static,
            ),
            E,
        >,
    > + Send {
        <BrowserClient as Client<E, IS, OS>>::open_websocket(path)
    }

    fn spawn(future: impl Future<Output = ()> + Send + 'static) {
        <BrowserClient as Client<E, IS, OS>>::spawn(future);
    }
}
