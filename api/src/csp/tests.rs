use super::*;

#[test]
fn scripts_need_the_nonce_and_nothing_may_frame_a_page() {
    let policy = page_policy("abc");
    let scripts = policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .unwrap_or_default();
    assert!(scripts.contains("'nonce-abc'"));
    assert!(!scripts.contains("unsafe-inline"));
    assert!(policy.contains("frame-ancestors 'none'"));
    assert!(OTHER_POLICY.contains("frame-ancestors 'none'"));
    assert!(!OTHER_POLICY.contains("script-src"));
}
