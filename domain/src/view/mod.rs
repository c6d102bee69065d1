//! What the pages are given to show, built from the domain: the county overview, the
//! comparison between organisations, and an edit form with its organisation and history.

pub mod change;
pub mod comparison;
pub mod deadlines;
pub mod documents;
pub mod editing;
pub mod feedback;
pub mod indicator_history;
pub mod overview;
pub mod reminder;
pub mod report;
pub mod round;
