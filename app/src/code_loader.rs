//! The script that loads the application's code and hydrates the page, in place of Leptos's
//! `HydrationScripts`: nothing of the code is fetched until the browser is idle after the page
//! has been painted, so the bundle and the texts never compete with the page, its style sheet
//! and its first paint for a slow connection. Until then the page works as the server rendered
//! it (links, forms, the quick exit's own script). The lazily loaded pages' parts are fetched
//! by the code when it needs them.

use crate::i18n::TEXTS_ATTRIBUTE;
use leptos::prelude::*;

/// How long an always busy page waits for the code at most, in milliseconds.
const IDLE_TIMEOUT_MS: u32 = 2000;

#[component]
pub fn CodeLoader(options: LeptosOptions) -> impl IntoView {
    let code = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    // The texts are fetched alongside the code (a preload the code's own fetch then takes).
    let script = format!(
        r#"(() => {{
  const start = () => {{
    const texts = document.documentElement.getAttribute("{TEXTS_ATTRIBUTE}");
    if (texts) {{
      document.head.append(Object.assign(document.createElement("link"),
        {{ rel: "preload", as: "fetch", crossOrigin: "anonymous", href: texts }}));
    }}
    import("{code}.js").then((bundle) =>
      bundle.default({{ module_or_path: "{code}.wasm" }}).then(() => bundle.hydrate()));
  }};
  if ("requestIdleCallback" in window) {{
    requestIdleCallback(start, {{ timeout: {IDLE_TIMEOUT_MS} }});
  }} else {{
    setTimeout(start, 0);
  }}
}})();"#
    );
    view! { <script type="module" nonce=use_nonce()>{script}</script> }
}
