//! `/tillganglighet`: the accessibility statement Swedish law (DOS-lagen) requires of
//! public-sector websites.

use leptos::prelude::*;
use leptos_meta::Title;

/// When the statement was last reviewed against the site.
pub const REVIEWED: &str = "23 november 2026";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Title text="Tillgänglighet" />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">"Tillgänglighet för Kvinnofridskartan Dalarna"</h1>
            <p>"Kvinnofridskartan ska kunna användas av så många som möjligt. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem."</p>
            <h2 class="text-xl font-bold">"Hur tillgänglig är webbplatsen?"</h2>
            <p>"Webbplatsen är delvis förenlig med WCAG 2.1 på nivå AA. Kartan fungerar med tangentbord, varje kommun är en länk med ett namn som säger vad kartan visar, färger kompletteras med mönster och alla uppgifter finns också i en tabell. Allt går att läsa utan JavaScript."</p>
            <h2 class="text-xl font-bold">"Kända brister"</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>"Redigeringsformuläret för inloggade samordnare kräver JavaScript."</li>
                <li>"Webbplatsen finns ännu bara på svenska."</li>
                <li>"Kartan kan ännu inte laddas ner eller skrivas ut som en egen bild med bildtext."</li>
            </ul>
            <h2 class="text-xl font-bold">"Hur vi har testat"</h2>
            <p>"Varje ändring av webbplatsen testas automatiskt: sidorna granskas med verktyget axe-core mot WCAG 2.1 nivå A och AA, kartan och formulären används med tangentbord i en riktig webbläsare, och färgernas kontrast mot gränslinjerna kontrolleras. "
                {format!("Redogörelsen granskades senast den {REVIEWED}.")}</p>
            <h2 class="text-xl font-bold">"Rapportera brister"</h2>
            <p>"Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta Region Dalarnas regionala stödstruktur för arbetet mot mäns våld mot kvinnor och våld i nära relationer."</p>
            <h2 class="text-xl font-bold">"Tillsyn"</h2>
            <p>"Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn enligt lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du "
                <a class="text-blue-900 underline" href="https://www.digg.se/tdosanmalan">"anmäla det till Digg"</a> "."</p>
        </article>
    }
}
