//! Password hashing (argon2id, off the async runtime) and session tokens.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, thiserror::Error)]
pub enum SecurityError {
    #[error("no randomness available: {0}")]
    Random(#[from] getrandom::Error),
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<SecurityError> for domain::error::AppError {
    fn from(error: SecurityError) -> Self {
        tracing::error!(%error, "security error");
        Self::Unavailable
    }
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], SecurityError> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes)?;
    Ok(bytes)
}

/// Hashes a password with argon2id and a random salt, as a PHC string.
pub async fn hash_password(password: String) -> Result<String, SecurityError> {
    let salt_bytes = random_bytes::<16>()?;
    tokio::task::spawn_blocking(move || {
        let salt =
            SaltString::encode_b64(&salt_bytes).map_err(|e| SecurityError::Hash(e.to_string()))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| SecurityError::Hash(e.to_string()))
    })
    .await?
}

/// How many passwords this process has checked against a hash, right or wrong: the figure the
/// login limits bound, which their tests count.
pub fn password_checks() -> u64 {
    PASSWORD_CHECKS.load(Ordering::Relaxed)
}

static PASSWORD_CHECKS: AtomicU64 = AtomicU64::new(0);

/// Whether `password` matches `hash`. With no hash (unknown account) a fixed hash is checked
/// anyway, so the answer takes as long either way.
pub async fn verify_password(
    password: String,
    hash: Option<String>,
) -> Result<bool, SecurityError> {
    PASSWORD_CHECKS.fetch_add(1, Ordering::Relaxed);
    let known = hash.is_some();
    let hash = match hash {
        Some(h) => h,
        None => dummy_hash().await?,
    };
    let matches = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await?;
    Ok(known && matches)
}

async fn dummy_hash() -> Result<String, SecurityError> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DUMMY.get() {
        return Ok(h.clone());
    }
    let h = hash_password(hex::encode(random_bytes::<16>()?)).await?;
    Ok(DUMMY.get_or_init(|| h).clone())
}

/// A new session token (256 random bits, hex) for the cookie.
pub fn new_token() -> Result<String, SecurityError> {
    Ok(hex::encode(random_bytes::<32>()?))
}

/// What the database keeps of a token: a stolen database copy gives no usable session.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The SHA-256 of `bytes` in base64, as a Content-Security-Policy names an inline script.
pub fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

/// The anti-forgery token of a session (`api::csrf`): a hash of its secret token under a
/// label of its own, so it is bound to the session, reveals nothing of its token, and differs
/// from the hash the database keeps.
pub fn forgery_token(session_token: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"kvinnofridskartan anti-forgery\0");
    hasher.update(session_token.as_bytes());
    hex::encode(hasher.finalize())
}

/// Whether `presented` is the anti-forgery token of `session_token`, compared in constant time.
pub fn forgery_token_matches(session_token: &str, presented: &str) -> bool {
    let expected = forgery_token(session_token);
    expected.len() == presented.len()
        && expected
            .bytes()
            .zip(presented.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests;
