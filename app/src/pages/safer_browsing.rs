//! `/saker-surfning`: what the quick-exit button does and does not do, in plain words.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SaferBrowsingPage() -> impl IntoView {
    view! {
        <Title text="Säker surfning" />
        <article class="max-w-3xl space-y-4">
            <h1 class="text-3xl font-bold">"Säker surfning"</h1>
            <p>"Knappen "<strong>"Lämna sidan snabbt"</strong>" längst upp på varje sida tar dig direkt till Googles startsida och byter ut den här sidan i webbläsarens historik, så att knappen Bakåt inte leder tillbaka hit."</p>
            <p class="font-semibold">"Knappen raderar inte din webbhistorik. Sidor du har besökt kan fortfarande synas i historiken och i webbläsarens förslag."</p>
            <h2 class="text-xl font-bold">"Om du är rädd att någon ser vad du gör på nätet"</h2>
            <ul class="list-disc space-y-1 pl-6">
                <li>"Använd ett privat fönster (inkognitoläge): då sparas ingen historik när fönstret stängs."</li>
                <li>"Radera enstaka sidor ur historiken i stället för hela historiken, om det skulle väcka misstankar att allt är borta."</li>
                <li>"Använd gärna en dator eller telefon som den du är rädd för inte har tillgång till, till exempel på biblioteket eller hos en vän."</li>
            </ul>
            <crate::components::support::SupportBox />
        </article>
    }
}
