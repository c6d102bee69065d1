//! Evidence documents: each file's bytes once, by their SHA-256, and each organisation's entry
//! for it.

use super::{Db, DbError, check_transaction, take_rows};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use domain::model::OrgId;
use domain::model::account::Email;
use domain::model::document::{Digest, Document, Withdrawal};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// An organisation's entry as stored, with the account that uploaded it (kept out of public
/// pages).
#[derive(Serialize, Deserialize)]
pub(crate) struct DocumentRow {
    key: String,
    #[serde(flatten)]
    document: Document,
    author: Email,
}

/// A file's bytes as stored.
#[derive(Serialize, Deserialize)]
pub(crate) struct FileRow {
    digest: Digest,
    bytes: u64,
    content: String,
}

fn key(org: &OrgId, digest: &Digest) -> String {
    format!("{}/{}", org.as_str(), digest.as_str())
}

/// The entry's columns, without the record id.
const ENTRY: &str = "org, digest, name, bytes, by, at, withdrawn";

impl Db {
    /// Keeps `content` (whose SHA-256 `document.digest` is) and the organisation's entry for
    /// it, in one transaction: bytes already kept are not written again, and an entry the
    /// organisation already has stays as it is. Answers the entry as stored.
    pub async fn add_document(
        &self,
        document: &Document,
        content: &[u8],
        author: &Email,
    ) -> Result<Document, DbError> {
        let key = key(&document.org, &document.digest);
        let file = serde_json::to_value(FileRow {
            digest: document.digest.clone(),
            bytes: content.len() as u64,
            content: STANDARD.encode(content),
        })?;
        let row = serde_json::to_value(DocumentRow {
            key: key.clone(),
            document: document.clone(),
            author: author.clone(),
        })?;
        self.inner
            .query(
                "BEGIN;
                IF array::len(SELECT VALUE digest FROM type::record('document_file', $digest)) = 0 {
                    CREATE type::record('document_file', $digest) CONTENT $file RETURN NONE;
                };
                IF array::len(SELECT VALUE key FROM type::record('document', $key)) = 0 {
                    CREATE type::record('document', $key) CONTENT $row RETURN NONE;
                };
                COMMIT;",
            )
            .bind(json!({
                "digest": document.digest.as_str(),
                "key": key,
                "file": file,
                "row": row,
            }))
            .await
            .map_err(DbError::from)
            .and_then(check_transaction)?;
        self.wrote();
        self.document(&document.org, &document.digest)
            .await?
            .ok_or_else(|| DbError::Damaged("the document just kept is missing".to_owned()))
    }

    /// `org`'s entry for the document with `digest`.
    pub async fn document(
        &self,
        org: &OrgId,
        digest: &Digest,
    ) -> Result<Option<Document>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {ENTRY} FROM type::record('document', $key)"
            ))
            .bind(json!({ "key": key(org, digest) }))
            .await?
            .check()?;
        Ok(take_rows(&mut res)?.into_iter().next())
    }

    /// `org`'s documents, the oldest first.
    pub async fn documents(&self, org: &OrgId) -> Result<Vec<Document>, DbError> {
        let mut res = self
            .inner
            .query(format!(
                "SELECT {ENTRY} FROM document WHERE org = $org ORDER BY at, digest"
            ))
            .bind(json!({ "org": org.as_str() }))
            .await?
            .check()?;
        take_rows(&mut res)
    }

    /// The bytes of the document with `digest`.
    pub async fn document_content(&self, digest: &Digest) -> Result<Option<Vec<u8>>, DbError> {
        let mut res = self
            .inner
            .query("SELECT VALUE content FROM type::record('document_file', $digest)")
            .bind(json!({ "digest": digest.as_str() }))
            .await?
            .check()?;
        let content: Vec<String> = take_rows(&mut res)?;
        content
            .first()
            .map(|c| {
                STANDARD
                    .decode(c)
                    .map_err(|e| DbError::Damaged(format!("a document's bytes: {e}")))
            })
            .transpose()
    }

    /// Marks `org`'s entry for the document as withdrawn, unless it already is. Answers
    /// whether it was withdrawn now.
    pub async fn withdraw_document(
        &self,
        org: &OrgId,
        digest: &Digest,
        withdrawal: &Withdrawal,
    ) -> Result<bool, DbError> {
        let mut res = self
            .inner
            .query(
                "UPDATE type::record('document', $key) SET withdrawn = $withdrawal
                 WHERE withdrawn = NONE RETURN VALUE key",
            )
            .bind(json!({ "key": key(org, digest), "withdrawal": withdrawal }))
            .await?
            .check()?;
        let changed: Vec<String> = take_rows(&mut res)?;
        Ok(self.wrote_if(!changed.is_empty()))
    }
}
