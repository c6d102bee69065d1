//! Content Security Policy. Pages allow scripts only from this site and the inline scripts
//! Leptos writes for hydration, each carrying this response's nonce; no `unsafe-inline`
//! scripts. Styles may be inline (the map's tooltip is positioned with a `style` attribute).

use axum::http::HeaderValue;
use axum::http::header::CONTENT_SECURITY_POLICY;
use leptos::prelude::*;

/// The policy of an HTML page whose inline scripts carry `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// For every other response (data, files, images): nothing runs, nothing frames it.
pub const OTHER_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/// Sets the page policy on the response being rendered, with the nonce Leptos gave its inline
/// scripts. Without a nonce (never expected) the page gets the policy that allows no scripts.
pub fn set_for_page() {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let policy = match use_nonce() {
        Some(nonce) => page_policy(&nonce),
        None => OTHER_POLICY.to_owned(),
    };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_need_the_nonce_and_nothing_may_frame_a_page() {
        let policy = page_policy("abc");
        let scripts = policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"))
            .unwrap_or_default();
        assert!(scripts.contains("'nonce-abc'"));
        assert!(!scripts.contains("unsafe-inline"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(OTHER_POLICY.contains("frame-ancestors 'none'"));
        assert!(!OTHER_POLICY.contains("script-src"));
    }
}
