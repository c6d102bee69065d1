//! An organisation's evidence documents, as its coordinators and the administrators manage
//! them.

use crate::model::Organisation;
use crate::model::document::Document;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentsView {
    pub organisation: Organisation,
    /// Every document the organisation uploaded, withdrawn ones included, the oldest first.
    pub documents: Vec<Document>,
}
