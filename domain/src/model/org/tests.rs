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

#[test]
fn partners_come_from_the_source_and_have_no_profile() {
    let partners = OrgId::partners();
    assert_eq!(partners.len(), 12, "003 §4.1 names twelve other members");
    let kullan = OrgId::parse("kvinnojouren-kullan").expect("a partner parses");
    assert_eq!(kullan.name(), "Kvinnojouren Kullan");
    assert_eq!(kullan.kind(), OrgKind::Partner);
    assert!(!kullan.has_profile());
    assert!(OrgId::all().iter().all(OrgId::has_profile));
    assert!(!OrgId::all().contains(&kullan), "not on the map");
    let everyone = OrgId::participants();
    assert_eq!(everyone.len(), 17 + 12);
    assert_eq!(everyone.last(), partners.last(), "the partners come last");
    assert!(!OrgKind::Partner.is_principal());
    assert!(
        crate::model::Indicator::ALL
            .iter()
            .all(|i| !i.applies_to(OrgKind::Partner)),
        "no indicator says anything of a partner"
    );
    let source = super::partners_source().expect("a source");
    assert!(
        source
            .citation(crate::i18n::Lang::Sv)
            .contains("avsnitt 4.1")
    );
}
