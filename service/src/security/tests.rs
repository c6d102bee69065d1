use super::*;

#[tokio::test]
async fn hashes_verify_and_differ() {
    let a = hash_password("rätt lösenord 1".to_owned())
        .await
        .expect("hash");
    let b = hash_password("rätt lösenord 1".to_owned())
        .await
        .expect("hash");
    assert!(a.starts_with("$argon2id$"));
    assert_ne!(a, b, "salted");
    assert!(
        verify_password("rätt lösenord 1".to_owned(), Some(a.clone()))
            .await
            .expect("verify")
    );
    assert!(
        !verify_password("fel lösenord 12".to_owned(), Some(a))
            .await
            .expect("verify")
    );
    assert!(
        !verify_password("rätt lösenord 1".to_owned(), None)
            .await
            .expect("verify")
    );
    assert!(
        !verify_password("x".to_owned(), Some("not a hash".to_owned()))
            .await
            .expect("verify")
    );
}

#[test]
fn a_forgery_token_belongs_to_one_session_and_reveals_neither_its_token_nor_its_hash() {
    let a = new_token().expect("token");
    let b = new_token().expect("token");
    let token = forgery_token(&a);
    assert_eq!(token.len(), 64);
    assert!(forgery_token_matches(&a, &token));
    assert!(!forgery_token_matches(&b, &token), "another session's");
    assert!(!forgery_token_matches(&a, &token[..63]), "cut short");
    assert!(!forgery_token_matches(&a, ""));
    assert!(!forgery_token_matches(&a, &a), "the session token itself");
    assert_ne!(token, token_hash(&a), "not what the database keeps");
}

#[test]
fn tokens_are_random_and_hashed() {
    let a = new_token().expect("token");
    let b = new_token().expect("token");
    assert_eq!(a.len(), 64);
    assert_ne!(a, b);
    assert_eq!(token_hash(&a).len(), 64);
    assert_ne!(token_hash(&a), a);
}

#[test]
fn a_scripts_hash_is_the_one_browsers_compute() {
    // The example of the CSP specification's hash-source.
    assert_eq!(
        sha256_base64(b"alert('Hello, world.');"),
        "qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="
    );
    assert_eq!(
        sha256_base64(b""),
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    );
}
