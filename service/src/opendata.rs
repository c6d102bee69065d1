//! Open data: every organisation with its indicators as JSON and as CSV for Swedish Excel,
//! the closed follow-up rounds (`rounds`), and the OpenAPI description of them all.

use chrono::NaiveDate;
use domain::i18n::{Key, Lang, k};
use domain::model::profile::{PlanStanding, StoredProfile};
use domain::model::summary::OrgSummary;
use domain::model::{Indicator, Organisation};
use serde_json::{Value, json};

mod agreement;
mod rounds;
use agreement::rok_json;
pub use rounds::rounds_json;

/// One JSON object per organisation as shown on `on`: identity, population, indicators (each
/// with the date its value describes and whether that is older than two years) and the full
/// profile.
pub fn organisations_json(
    orgs: &[Organisation],
    profiles: &[StoredProfile],
    on: NaiveDate,
) -> Value {
    let summaries: Vec<OrgSummary> = profiles
        .iter()
        .map(|p| OrgSummary::from_profile(p, on))
        .collect();
    let items: Vec<Value> = orgs
        .iter()
        .filter_map(|org| {
            let stored = profiles.iter().find(|p| p.org == org.id)?;
            let summary = summaries.iter().find(|s| s.id == org.id)?;
            let indicators: serde_json::Map<String, Value> = Indicator::ALL
                .into_iter()
                .map(|i| {
                    let c = summary.category(i);
                    let cell = summary.cell(i);
                    (
                        i.key().to_owned(),
                        json!({
                            "kategori": c.key,
                            "etikett": i.category_label(c, Lang::Sv),
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
                "lok_plan_lage": summary.lok_plan.map(|standing| match standing {
                    PlanStanding::OnPlan => "i_fas",
                    PlanStanding::Late => "forsenad",
                }),
                "profil": stored.profile,
            }))
        })
        .collect();
    json!({ "datum": on, "rok": rok_json(&summaries), "organisationer": items })
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

/// The organisations as a CSV file ([`csv`]). Each indicator has its category, the date its
/// value describes and whether that is older than two years on `on`.
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
        header.push(i.label(domain::i18n::Lang::Sv).to_owned());
        header.push(format!("{}, datum", i.label(domain::i18n::Lang::Sv)));
        header.push(format!("{}, inaktuell", i.label(domain::i18n::Lang::Sv)));
    }
    header.push("version".to_owned());
    let rows = orgs.iter().filter_map(|org| {
        let stored = profiles.iter().find(|p| p.org == org.id)?;
        let summary = OrgSummary::from_profile(stored, on);
        let mut row = vec![
            org.id.to_string(),
            org.name.clone(),
            org.kind.label(domain::i18n::Lang::Sv).to_owned(),
            org.population
                .as_ref()
                .map(|p| p.count.to_string())
                .unwrap_or_default(),
        ];
        for i in Indicator::ALL {
            let described = summary.cell(i).and_then(|c| c.described);
            row.push(i.category_label(summary.category(i), Lang::Sv).to_owned());
            row.push(described.map(|d| d.to_string()).unwrap_or_default());
            row.push(if described.is_some() {
                Lang::Sv.yes_no(Some(summary.is_old(i))).to_owned()
            } else {
                String::new()
            });
        }
        row.push(stored.version.to_string());
        Some(row)
    });
    csv(&header, rows)
}

/// A CSV file of `header` and `rows`: UTF-8 with BOM, `;` separators and CRLF line ends, so
/// Swedish Excel opens it as is.
pub fn csv(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from('\u{feff}');
    let mut line = |fields: &[String]| {
        out.push_str(
            &fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(";"),
        );
        out.push_str("\r\n");
    };
    line(header);
    for row in rows {
        line(&row);
    }
    out
}

/// A text in both languages.
fn in_both<T: serde::Serialize>(text: impl Fn(Lang) -> T) -> Value {
    json!({ "sv": text(Lang::Sv), "en": text(Lang::En) })
}

/// The text of `key` in both languages.
fn both(key: Key) -> Value {
    in_both(|lang| lang.t(key))
}

/// The code book: every indicator with its categories and the rules that decide them, in the
/// order they are tried, what "Ej rapporterat" means, the age rule, the principals and the
/// sources. Written from the same rules the map uses, as `/metod` is.
pub fn codebook() -> Value {
    use domain::model::{DocumentId, OrgKind};
    let kind_key = |k: OrgKind| serde_json::to_value(k).unwrap_or(Value::Null);
    let indicators: Vec<Value> = Indicator::ALL
        .into_iter()
        .map(|i| {
            let categories: Vec<Value> = i
                .categories()
                .iter()
                .enumerate()
                .map(|(n, c)| {
                    json!({
                        "nyckel": c.key,
                        "ordning": n + 1,
                        "etikett": in_both(|lang| i.category_label(c, lang)),
                        "monster": c.style.pattern_words(Lang::Sv),
                    })
                })
                .collect();
            let rules: Vec<Value> = i
                .rules()
                .iter()
                .enumerate()
                .map(|(n, r)| {
                    json!({
                        "ordning": n + 1,
                        "nyckel": r.key,
                        "kategori": r.category,
                        "beskrivning": in_both(|lang| i.rule_text(r, lang)),
                    })
                })
                .collect();
            json!({
                "nyckel": i.key(),
                "namn": in_both(|lang| i.label(lang)),
                "falt": i.field(),
                "galler": OrgKind::ALL.into_iter().filter(|k| i.applies_to(*k)).map(kind_key).collect::<Vec<_>>(),
                "kategorier": categories,
                "regler": rules,
            })
        })
        .collect();
    let sources: Vec<Value> = DocumentId::ALL
        .into_iter()
        .map(|d| {
            json!({
                "id": d.key(),
                "titel": d.title(),
                "upphov": d.author(),
                "datum": d.date(),
                "datum_anges": d.date_stated(),
                "version": d.version(),
            })
        })
        .collect();
    let months = domain::model::age::MAX_AGE_MONTHS.to_string();
    json!({
        "indikatorer": indicators,
        "ej_rapporterat": both(k::METHOD_UNKNOWN),
        "alder": {
            "manader": domain::model::age::MAX_AGE_MONTHS,
            "beskrivning": in_both(|lang| lang.tf(k::METHOD_AGE, &[("months", &months)])),
        },
        "huvudman": {
            "typer": OrgKind::ALL.into_iter().filter(|k| k.is_principal()).map(kind_key).collect::<Vec<_>>(),
            "beskrivning": both(k::ROK_PRINCIPALS),
        },
        "kallor": sources,
    })
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
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": format!("{} – öppna data", Lang::Sv.t(k::SITE_NAME)),
            "version": "1",
            "description": format!(
                "{} Varje värde har en källa; okända värden är \"Ej rapporterat\".",
                Lang::Sv.t(k::SITE_DESCRIPTION)
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
            "/api/v1/omgangar.json": rounds::openapi_path(),
            "/api/v1/kodbok.json": {
                "get": {
                    "summary": "Kodbok: varje indikators kategorier och reglerna som avgör dem, åldersregeln, huvudmännen och källorna (samma innehåll som /metod)",
                    "responses": { "200": { "description": "Kodboken",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Kodbok" } } } } }
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
                "required": ["datum", "rok", "organisationer"],
                "properties": {
                    "datum": { "type": "string", "format": "date", "description": "Dagen läget visas för" },
                    "rok": { "type": "object", "required": ["i_kraft", "huvudman", "granskade_beslut"],
                        "description": "Om den regionala överenskommelsen är i kraft. Bara beslut som administratören granskat mot underlag räknas: i kraft när varje huvudman antagit den med likalydande beslut, inte i kraft när ett granskat beslut avslår den eller antar en annan text, annars okänt.",
                        "properties": {
                            "i_kraft": { "type": "string", "enum": ["ja", "nej", "okant"] },
                            "huvudman": { "type": "integer", "description": "Antalet huvudmän" },
                            "granskade_beslut": { "type": "array", "items": { "type": "string" },
                                "description": "Huvudmännen vars granskade beslut svaret vilar på (id)" } } },
                    "organisationer": { "type": "array", "items": { "$ref": "#/components/schemas/Organisation" } }
                }
            },
            "Organisation": {
                "type": "object",
                "required": ["id", "namn", "typ", "version", "indikatorer", "profil"],
                "properties": {
                    "id": { "type": "string", "examples": [domain::region::MUNICIPALITIES[0].0, domain::region::REGION] },
                    "namn": { "type": "string" },
                    "typ": { "type": "string", "enum": ["municipality", "region", "county_board"] },
                    "folkmangd": { "type": ["object", "null"] },
                    "version": { "type": "integer", "minimum": 1 },
                    "senast_uppdaterad": { "type": ["object", "null"] },
                    "indikatorer": { "type": "object", "propertyNames": { "enum": indicators },
                        "additionalProperties": { "$ref": "#/components/schemas/Indikator" } },
                    "lok_plan_lage": { "type": ["string", "null"], "enum": ["i_fas", "forsenad", null],
                        "description": "Om den lokala överenskommelsens plan håller sina datum på dagen: forsenad när ett steg har passerat sitt planerade datum utan att nås; null utan plan med datum. Planen finns i profil.agreements.lok_plan" },
                    "profil": { "type": "object" }
                }
            },
            "Kodbok": {
                "type": "object",
                "required": ["indikatorer", "ej_rapporterat", "alder", "huvudman", "kallor"],
                "properties": {
                    "indikatorer": { "type": "array", "items": {
                        "type": "object",
                        "required": ["nyckel", "namn", "falt", "galler", "kategorier", "regler"],
                        "properties": {
                            "nyckel": { "type": "string", "enum": indicators },
                            "namn": { "$ref": "#/components/schemas/Text" },
                            "falt": { "type": "string", "description": "Profilvärdet som indikatorn läser" },
                            "galler": { "type": "array", "items": { "type": "string", "enum": ["municipality", "region", "county_board"] } },
                            "kategorier": { "type": "array", "items": { "type": "object",
                                "required": ["nyckel", "ordning", "etikett"],
                                "properties": { "nyckel": { "type": "string" }, "ordning": { "type": "integer" },
                                    "etikett": { "$ref": "#/components/schemas/Text" }, "monster": { "type": "string" } } } },
                            "regler": { "type": "array", "description": "Prövas i tur och ordning; den första som stämmer avgör kategorin",
                                "items": { "type": "object", "required": ["ordning", "nyckel", "kategori", "beskrivning"],
                                "properties": { "ordning": { "type": "integer" }, "nyckel": { "type": "string" },
                                    "kategori": { "type": "string" }, "beskrivning": { "$ref": "#/components/schemas/Text" } } } }
                        }
                    } },
                    "ej_rapporterat": { "$ref": "#/components/schemas/Text" },
                    "alder": { "type": "object", "required": ["manader", "beskrivning"],
                        "properties": { "manader": { "type": "integer" }, "beskrivning": { "$ref": "#/components/schemas/Text" } } },
                    "huvudman": { "type": "object", "required": ["typer", "beskrivning"],
                        "properties": { "typer": { "type": "array", "items": { "type": "string" } }, "beskrivning": { "$ref": "#/components/schemas/Text" } } },
                    "kallor": { "type": "array", "items": { "type": "object",
                        "required": ["id", "titel", "datum", "datum_anges"],
                        "properties": { "id": { "type": "string" }, "titel": { "type": "string" },
                            "upphov": { "type": ["string", "null"] }, "datum": { "type": "string", "format": "date" },
                            "datum_anges": { "type": "boolean", "description": "Falskt när dokumentet inte anger något datum och kartläggningens datum används" },
                            "version": { "type": ["string", "null"] } } } }
                }
            },
            "Text": {
                "type": "object",
                "required": ["sv", "en"],
                "properties": { "sv": { "type": "string" }, "en": { "type": "string" } }
            },
            "Indikator": {
                "type": "object",
                "required": ["kategori", "etikett", "inaktuell"],
                "properties": {
                    "kategori": { "type": "string" },
                    "etikett": { "type": "string" },
                    "detalj": { "type": ["string", "null"] },
                    "datum": { "type": ["string", "null"], "format": "date",
                        "description": "Datumet som värdet beskriver: källans datum, eller när det rapporterades eller senast bekräftades oförändrat" },
                    "inaktuell": { "type": "boolean",
                        "description": format!("Sant när värdet är äldre än {} månader den dag läget visas för", domain::model::age::MAX_AGE_MONTHS) }
                }
            }
        } }
    });
    if let (Some(schemas), Value::Object(more)) = (
        doc["components"]["schemas"].as_object_mut(),
        rounds::openapi_schemas(),
    ) {
        schemas.extend(more);
    }
    if let (Some(paths), Value::Object(more)) =
        (doc["paths"].as_object_mut(), crate::feeds::openapi_paths())
    {
        paths.extend(more);
    }
    doc
}

#[cfg(test)]
mod tests;
