use super::*;
use domain::model::OrgId;
use domain::model::profile::{Profile, StoredProfile};

fn data() -> MapData {
    let profiles: Vec<StoredProfile> = OrgId::all()
        .into_iter()
        .map(|org| StoredProfile {
            org,
            version: 1,
            updated: None,
            profile: Profile::default(),
        })
        .collect();
    MapData::from_profiles(
        &profiles,
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default(),
    )
}

#[test]
fn svg_names_every_municipality_with_legend_caption_and_attribution() {
    let date = NaiveDate::from_ymd_opt(2025, 1, 31).expect("valid");
    let svg = render(Lang::Sv, &data(), Indicator::Lok, date);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("fill-rule=\"evenodd\"").count(), 15);
    // Each municipality by its name on the map, or by a short label the key spells out.
    for (_, name) in domain::model::org::MUNICIPALITIES {
        let short = name.chars().take(3).collect::<String>();
        let whole = svg.contains(&format!(">{name}</text>"));
        let keyed = svg.contains(&format!(">{short}</text>"))
            && svg.contains(&format!("{short} {name}"))
            && svg.contains("Förkortningar på kartan: ");
        assert!(whole != keyed, "{name}");
    }
    assert!(svg.contains("Läget den 31 januari 2025"));
    assert!(svg.contains("Teckenförklaring"));
    assert!(svg.contains("© Lantmäteriet (GSD-Sverigekartan 1:1 miljon), CC0"));
    assert!(svg.contains(">Ej rapporterat</text>"));
    let english = render(Lang::En, &data(), Indicator::Lok, date);
    assert!(english.contains("The state on 31 January 2025"));
    assert!(english.contains(">Not reported</text>"));
    assert!(english.contains("Local agreement (LÖK) – Dalarna's municipalities"));
    assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    assert_eq!(
        file_name(Indicator::Lok, date, "png"),
        "kvinnofridskartan-lok-2025-01-31.png"
    );
}
