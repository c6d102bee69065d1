//! Evidence documents: PDF files (decision extracts, signed agreements) that a decision or a
//! plan cites as its proof. A document is kept once, named by the SHA-256 of its bytes; each
//! organisation that uploads it has its own entry (name, who, when), which an administrator
//! or the organisation's coordinator can withdraw. A withdrawn document leaves the public pages
//! but stays readable to administrators, as the history cites it.

use super::org::OrgId;
use crate::i18n::{Message, k};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The largest document accepted, in MiB as the pages say it, and in bytes.
pub const MAX_MEGABYTES: usize = 10;
pub const MAX_BYTES: usize = MAX_MEGABYTES * 1024 * 1024;
/// The longest file name kept, in characters.
pub const NAME_MAX_CHARS: usize = 200;
/// Where documents are served: `/dokument/<organisation>/<sha-256>.pdf`.
pub const PATH_PREFIX: &str = "/dokument/";
const EXTENSION: &str = ".pdf";

/// The SHA-256 of a document's bytes, as 64 lower-case hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Digest(String);

impl Digest {
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 64 && raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Digest {
    type Error = String;
    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).ok_or_else(|| "ingen SHA-256 i hexadecimal form".to_owned())
    }
}

impl From<Digest> for String {
    fn from(d: Digest) -> String {
        d.0
    }
}

/// An organisation's entry for a document it uploaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub org: OrgId,
    pub digest: Digest,
    /// The file's name as uploaded (checked by [`check_name`]).
    pub name: String,
    pub bytes: u64,
    /// Who uploaded it, as shown publicly.
    pub by: String,
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
}

/// Who withdrew a document from the public pages, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub by: String,
    pub at: DateTime<Utc>,
}

impl Document {
    /// Where the document is served, and what a decision's evidence field cites.
    pub fn path(&self) -> String {
        path(&self.org, &self.digest)
    }

    /// The name a download is saved under: the uploaded name, ending in `.pdf`.
    pub fn file_name(&self) -> String {
        if self.name.to_ascii_lowercase().ends_with(EXTENSION) {
            self.name.clone()
        } else {
            format!("{}{EXTENSION}", self.name)
        }
    }
}

/// The page where an organisation's documents are kept, and where an upload is answered.
pub fn page_path(org: &OrgId) -> String {
    format!("/profil/{}/dokument", org.as_str())
}

/// Where an organisation's uploads are sent.
pub fn upload_path(org: &OrgId) -> String {
    format!("{PATH_PREFIX}{}", org.as_str())
}

pub fn path(org: &OrgId, digest: &Digest) -> String {
    format!(
        "{PATH_PREFIX}{}/{}{EXTENSION}",
        org.as_str(),
        digest.as_str()
    )
}

/// The organisation and digest a document path names (`/dokument/2080/<sha>.pdf`), if it is
/// one.
pub fn parse_path(raw: &str) -> Option<(OrgId, Digest)> {
    let rest = raw.trim().strip_prefix(PATH_PREFIX)?;
    let (org, file) = rest.split_once('/')?;
    let digest = Digest::parse(file.strip_suffix(EXTENSION)?)?;
    Some((OrgId::parse(org).ok()?, digest))
}

/// Why an uploaded file is not kept. Every reason has its Swedish and English message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refused {
    /// No file, or an empty one.
    Empty,
    /// More than [`MAX_BYTES`].
    TooLarge,
    /// Not a PDF by its content, whatever its name says.
    NotPdf,
    /// A PDF cut short: the upload broke off, or the file was damaged.
    Truncated,
    /// A PDF that can run something: JavaScript, launching a program, embedded files.
    Active,
    /// A name with a folder in it (`../`, `C:\`).
    NameHasPath,
    /// A name that is empty, too long or has control characters.
    NameInvalid,
    /// The upload broke off before the whole file arrived.
    BrokenOff,
}

impl Refused {
    pub fn message(self) -> Message {
        let key = match self {
            Self::Empty => k::DOCUMENT_ERROR_EMPTY,
            Self::TooLarge => k::DOCUMENT_ERROR_TOO_LARGE,
            Self::NotPdf => k::DOCUMENT_ERROR_NOT_PDF,
            Self::Truncated => k::DOCUMENT_ERROR_TRUNCATED,
            Self::Active => k::DOCUMENT_ERROR_ACTIVE,
            Self::NameHasPath => k::DOCUMENT_ERROR_NAME_PATH,
            Self::NameInvalid => k::DOCUMENT_ERROR_NAME,
            Self::BrokenOff => k::DOCUMENT_ERROR_UNREADABLE,
        };
        Message::new(key)
            .with("mb", MAX_MEGABYTES)
            .with("chars", NAME_MAX_CHARS)
    }

    pub const ALL: [Self; 8] = [
        Self::Empty,
        Self::TooLarge,
        Self::NotPdf,
        Self::Truncated,
        Self::Active,
        Self::NameHasPath,
        Self::NameInvalid,
        Self::BrokenOff,
    ];

    /// The reason whose message has the key `key`: how a page without JavaScript is told
    /// why its file was refused (`?fel=<key>`).
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|r| r.message().key().as_str() == key)
    }
}

/// The name a file is kept under, as uploaded: refused when it names a folder or is not a
/// plain name.
pub fn check_name(raw: &str) -> Result<String, Refused> {
    let name = raw.trim();
    // A drive (`C:`) is a folder too; a colon elsewhere is part of a name ("SFS 2024:12").
    let drive = name.as_bytes().get(1) == Some(&b':')
        && name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    if name.contains(['/', '\\']) || name == ".." || drive {
        return Err(Refused::NameHasPath);
    }
    let plain = !name.is_empty()
        && name.chars().count() <= NAME_MAX_CHARS
        && !name.chars().any(|c| c.is_control() || c == '"')
        && !name.starts_with('.');
    if plain {
        Ok(name.to_owned())
    } else {
        Err(Refused::NameInvalid)
    }
}

/// Whether `raw` cites an evidence document by its path; [`crate::form`] accepts such a citation
/// where it accepts a web address.
pub fn is_document_path(raw: &str) -> bool {
    parse_path(raw).is_some()
}

#[cfg(test)]
mod tests;
