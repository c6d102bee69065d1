//! The page frame: skip link, header, main landmark and footer.

use leptos::prelude::*;

pub const ATTRIBUTION: &str =
    "Kommun- och länsgränser: © Lantmäteriet (GSD-Sverigekartan 1:1 miljon), CC0";

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a
            href="#innehall"
            class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-blue-900 focus:underline"
        >
            "Hoppa till innehållet"
        </a>
        <crate::components::quick_exit::QuickExit />
        <header class="border-b border-stone-300 bg-white">
            <div class="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
                <a href="/" class="text-xl font-bold text-blue-900 underline-offset-4 hover:underline">
                    "Kvinnofridskartan Dalarna"
                </a>
                <nav aria-label="Huvudmeny">
                    <ul class="flex gap-4">
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/">
                                "Karta"
                            </a>
                        </li>
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/oversikt">
                                "Översikt"
                            </a>
                        </li>
                        <li>
                            <a class="text-blue-900 underline underline-offset-4" href="/api/v1/organisationer.csv">
                                "Öppna data (CSV)"
                            </a>
                        </li>
                    </ul>
                </nav>
                <div class="flex flex-wrap items-center gap-4">
                    <crate::components::session::SessionBar />
                </div>
            </div>
        </header>
        <main id="innehall" tabindex="-1" class="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
            {children()}
        </main>
        <footer class="mt-12 border-t border-stone-300 bg-white">
            <div class="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-700">
                <p>
                    "Kvinnofridskartan samlar kvinnofridsarbetet i Dalarnas 15 kommuner, Region Dalarna och Länsstyrelsen Dalarna. Varje uppgift visar sin källa; uppgifter som ingen källa anger visas som "
                    <q>"Ej rapporterat"</q> "."
                </p>
                <p>{ATTRIBUTION}</p>
                <p>
                    "Befolkning: SCB, Folkmängd i riket, län och kommuner 31 december 2024. "
                    <a class="underline" href="/api/v1/openapi.json">"API-beskrivning"</a>
                </p>
                <p><a class="underline" href="/tillganglighet">"Tillgänglighet"</a></p>
            </div>
        </footer>
    }
}
