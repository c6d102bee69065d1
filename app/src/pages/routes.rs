//! The pages the browser loads only when they are visited: each one's code is a separate
//! WebAssembly file (`cargo leptos build --split`), so the map page, which most visitors open
//! first, does not wait for the code of every other page.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

macro_rules! lazy_page {
    ($($route:ident => $page:path),* $(,)?) => {
        $(
            pub struct $route;

            #[lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                fn view(_this: Self) -> AnyView {
                    $page().into_any()
                }
            }
        )*
    };
}

lazy_page! {
    Overview => super::overview::OverviewPage,
    Profile => super::profile::ProfilePage,
    Edit => super::edit::EditPage,
    Documents => super::documents::DocumentsPage,
    History => super::history::HistoryPage,
    Login => super::login::LoginPage,
    Admin => super::admin::AdminPage,
    Decisions => super::decisions::DecisionsPage,
    Deadlines => super::deadlines::DeadlinesPage,
    Feedback => super::feedback::FeedbackPage,
    Logout => super::login::LogoutPage,
    SaferBrowsing => super::safer_browsing::SaferBrowsingPage,
    Accessibility => super::accessibility::AccessibilityPage,
    Method => super::method::MethodPage,
    Rounds => super::rounds::RoundsPage,
    Round => super::round::RoundPage,
    RoundReport => super::report::ReportPage,
    RoundEdit => super::round::edit::RoundEditPage,
    RoundReminders => super::round::reminders::RemindersPage,
    RoundChange => super::round::change::ChangePage,
}
