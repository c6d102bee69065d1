//! Open data: every organisation with its indicators as JSON and as CSV for Swedish Excel,
//! and the OpenAPI description of both.

use crate::i18n::Lang;
use crate::model::profile::StoredProfile;
use crate::model::summary::OrgSummary;
use crate::model::{Indicator, Organisation};
use chrono::NaiveDate;
use serde_json::{Value, json};

/// One JSON object per organisation as shown on `on`: identity, population, indicators (each
/// with the date its value describes and whether that is older than two years) and the full
/// profile.
pub fn organisations_json(
    orgs: &[Organisation],
    profiles: &[StoredProfile],
    on: NaiveDate,
) -> Value {
    let items: Vec<Value> = orgs
        .iter()
        .filter_map(|org| {
            let stored = profiles.iter().find(|p| p.org == org.id)?;
            let summary = OrgSummary::from_profile(stored, on);
            let indicators: serde_json::Map<String, Value> = Indicator::ALL
                .into_iter()
                .map(|i| {
                    let c = summary.category(i);
                    let cell = summary.cell(i);
                    (
                        i.key().to_owned(),
                        json!({
                            "kategori": c.key,
                            "etikett": c.label_sv,
                            "detalj": cell.and_then(|c| c.detail.clone()),
                            "datum": cell.and_then(|c| c.described),
                            "inaktuell": summary.is_old(i),
                        }),
                    )
                })
                .collect();
            Some(json!({
                "id": org.id,
                "namn": org.name,
                "typ": org.kind,
                "folkmangd": org.population,
                "version": stored.version,
                "senast_uppdaterad": stored.updated,
                "indikatorer": indicators,
                "profil": stored.profile,
            }))
        })
        .collect();
    json!({ "datum": on, "organisationer": items })
}

/// Quotes a CSV field when needed and neutralises spreadsheet formulas.
fn csv_field(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    if guarded.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// UTF-8 with BOM, `;` separators and CRLF line ends, so Swedish Excel opens it as is. Each
/// indicator has its category, the date its value describes and whether that is older than
/// two years on `on`.
pub fn organisations_csv(
    orgs: &[Organisation],
    profiles: &[StoredProfile],
    on: NaiveDate,
) -> String {
    let mut header = vec![
        "id".to_owned(),
        "namn".to_owned(),
        "typ".to_owned(),
        "folkmangd".to_owned(),
    ];
    for i in Indicator::ALL {
        header.push(i.label_sv().to_owned());
        header.push(format!("{}, datum", i.label_sv()));
        header.push(format!("{}, inaktuell", i.label_sv()));
    }
    header.push("version".to_owned());
    let mut out = String::from('\u{feff}');
    out.push_str(
        &header
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(";"),
    );
    out.push_str("\r\n");
    for org in orgs {
        let Some(stored) = profiles.iter().find(|p| p.org == org.id) else {
            continue;
        };
        let summary = OrgSummary::from_profile(stored, on);
        let mut row = vec![
            org.id.to_string(),
            org.name.clone(),
            org.kind.label_sv().to_owned(),
            org.population
                .as_ref()
                .map(|p| p.count.to_string())
                .unwrap_or_default(),
        ];
        for i in Indicator::ALL {
            let described = summary.cell(i).and_then(|c| c.described);
            row.push(summary.category(i).label_sv.to_owned());
            row.push(described.map(|d| d.to_string()).unwrap_or_default());
            row.push(if described.is_some() {
                crate::model::fact::yes_no_sv(Some(summary.is_old(i))).to_owned()
            } else {
                String::new()
            });
        }
        row.push(stored.version.to_string());
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(";"),
        );
        out.push_str("\r\n");
    }
    out
}

/// OpenAPI 3.1 description of the open-data endpoints.
pub fn openapi() -> Value {
    let indicators: Vec<&str> = Indicator::ALL.iter().map(|i| i.key()).collect();
    let datum = json!({
        "name": "datum", "in": "query", "required": false,
        "description": "Läget vid slutet av detta datum (ÅÅÅÅ-MM-DD, från 2019-01-01 till i dag), återskapat ur ändringshistoriken. Utan datum: dagens läge.",
        "schema": { "type": "string", "format": "date" }
    });
    let bad_date = json!({ "description": "Datumet går inte att läsa eller ligger utanför 2019-01-01 – i dag (svensk förklaring som text)" });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": format!("{} – öppna data", Lang::Sv.t("site.name")),
            "version": "1",
            "description": format!(
                "{} Varje värde har en källa; okända värden är \"Ej rapporterat\".",
                Lang::Sv.t("site.description")
            )
        },
        "paths": {
            "/api/v1/organisationer.json": {
                "get": {
                    "summary": "Alla organisationer med indikatorer och profil",
                    "parameters": [datum.clone()],
                    "responses": { "200": { "description": "Organisationerna",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Organisationer" } } } },
                        "400": bad_date.clone() }
                }
            },
            "/api/v1/organisationer.csv": {
                "get": {
                    "summary": "En rad per organisation (UTF-8 med BOM, semikolonseparerad)",
                    "parameters": [datum],
                    "responses": { "200": { "description": "CSV",
                        "content": { "text/csv": { "schema": { "type": "string" } } } },
                        "400": bad_date }
                }
            },
            "/livez": {
                "get": {
                    "summary": "Svarar 200 så länge serverprocessen svarar",
                    "responses": { "200": { "description": "Lever" } }
                }
            },
            "/readyz": {
                "get": {
                    "summary": "Svarar 200 när servern och databasen svarar (även /healthz)",
                    "responses": { "200": { "description": "Redo" }, "503": { "description": "Databasen svarar inte" } }
                }
            }
        },
        "components": { "schemas": {
            "Organisationer": {
                "type": "object",
                "required": ["datum", "organisationer"],
                "properties": {
                    "datum": { "type": "string", "format": "date", "description": "Dagen läget visas för" },
                    "organisationer": { "type": "array", "items": { "$ref": "#/components/schemas/Organisation" } }
                }
            },
            "Organisation": {
                "type": "object",
                "required": ["id", "namn", "typ", "version", "indikatorer", "profil"],
                "properties": {
                    "id": { "type": "string", "examples": [crate::region::MUNICIPALITIES[0].0, crate::region::REGION] },
                    "namn": { "type": "string" },
                    "typ": { "type": "string", "enum": ["municipality", "region", "county_board"] },
                    "folkmangd": { "type": ["object", "null"] },
                    "version": { "type": "integer", "minimum": 1 },
                    "senast_uppdaterad": { "type": ["object", "null"] },
                    "indikatorer": { "type": "object", "propertyNames": { "enum": indicators },
                        "additionalProperties": { "$ref": "#/components/schemas/Indikator" } },
                    "profil": { "type": "object" }
                }
            },
            "Indikator": {
                "type": "object",
                "required": ["kategori", "etikett", "inaktuell"],
                "properties": {
                    "kategori": { "type": "string" },
                    "etikett": { "type": "string" },
                    "detalj": { "type": ["string", "null"] },
                    "datum": { "type": ["string", "null"], "format": "date",
                        "description": "Datumet som värdet beskriver: källans datum, eller när det rapporterades" },
                    "inaktuell": { "type": "boolean",
                        "description": format!("Sant när värdet är äldre än {} månader den dag läget visas för", crate::model::age::MAX_AGE_MONTHS) }
                }
            }
        } }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_guarded() {
        assert_eq!(csv_field("Falun"), "Falun");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
