use super::*;

#[test]
fn parses_known_ids_only() {
    assert_eq!(OrgId::parse("2080").map(|o| o.name()), Ok("Falun"));
    assert_eq!(
        OrgId::parse("region-dalarna").map(|o| o.kind()),
        Ok(OrgKind::Region)
    );
    assert!(OrgId::parse("2099").is_err());
    assert!(OrgId::parse("").is_err());
    assert!(OrgId::parse("<script>").is_err());
}

#[test]
fn lists_seventeen_organisations() {
    let all = OrgId::all();
    assert_eq!(all.len(), 17);
    assert_eq!(
        all.iter()
            .filter(|o| o.kind() == OrgKind::Municipality)
            .count(),
        15
    );
}

#[test]
fn principals_are_municipalities_and_region() {
    assert!(OrgKind::Municipality.is_principal());
    assert!(OrgKind::Region.is_principal());
    assert!(!OrgKind::CountyBoard.is_principal());
}
