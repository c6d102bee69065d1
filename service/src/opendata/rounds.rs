//! Open data of the follow-up rounds: each closed round with its frozen snapshot (every
//! organisation's indicators, with what changed since the round before, and its profile), the
//! answers that count and who answered what.

use domain::i18n::Lang;
use domain::model::OrgKind;
use domain::model::round::{Done, Round, Snapshot, previous_closed};
use domain::view::report::{Movement, Report, category_text};
use serde_json::{Value, json};

/// Every closed round in the order of `closed` (the earliest to close first), each compared
/// with the round its report compares with.
pub fn rounds_json(closed: &[(Round, Snapshot)]) -> Value {
    let rounds: Vec<Round> = closed.iter().map(|(r, _)| r.clone()).collect();
    let items: Vec<Value> = closed
        .iter()
        .map(|(round, snapshot)| {
            let previous = previous_closed(&rounds, round).and_then(|p| {
                closed
                    .iter()
                    .find(|(r, _)| r.id == p.id)
                    .map(|(r, s)| (r, s))
            });
            round_json(&Report::build(round, snapshot, previous), snapshot)
        })
        .collect();
    json!({ "omgangar": items })
}

fn round_json(report: &Report, snapshot: &Snapshot) -> Value {
    let round = &report.round;
    let orgs: Vec<Value> = report
        .orgs
        .iter()
        .map(|org| {
            let indicators: serde_json::Map<String, Value> = org
                .indicators
                .iter()
                .map(|row| {
                    let i = row.indicator;
                    let label = category_text(i, &row.to, Lang::Sv);
                    (
                        i.key().to_owned(),
                        json!({
                            "kategori": row.to,
                            "etikett": label,
                            "fore": row.from,
                            "forandring": row.movement.map(|m| m.slug()),
                            "kalla": row.source.as_ref().map(|s| s.citation(Lang::Sv)),
                        }),
                    )
                })
                .collect();
            let answers: Vec<Value> = org
                .answers
                .iter()
                .enumerate()
                .map(|(q, answer)| {
                    json!({
                        "fraga": q + 1,
                        "svar": answer.as_ref().map(|a| &a.text),
                        "av": answer.as_ref().map(|a| &a.by),
                        "tid": answer.as_ref().map(|a| a.at),
                    })
                })
                .collect();
            let status: Vec<Value> = report
                .matrix
                .row(&org.org)
                .map(|row| {
                    report
                        .matrix
                        .items
                        .iter()
                        .zip(&row.cells)
                        .filter(|(_, cell)| cell.asked)
                        .map(|(item, cell)| {
                            json!({
                                "punkt": item.key(),
                                "status": cell.done.map(|d| d.key()),
                                "sent": cell.late,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            json!({
                "id": org.org,
                "namn": org.org.name(),
                "typ": org.org.kind(),
                "tillfragad": round.includes(&org.org),
                "indikatorer": indicators,
                "svar": answers,
                "svarsstatus": status,
                "profil": snapshot.profile(&org.org).map(|p| &p.profile),
            })
        })
        .collect();
    json!({
        "id": round.id,
        "titel": round.title,
        "oppnade": round.opens,
        "sista_dag": round.deadline,
        "avslutad": round.closed.as_ref().map(|c| c.at),
        "avslutad_av": round.closed.as_ref().map(|c| &c.by),
        "fran_kallorna": round.from_sources,
        "jamfors_med": report.previous.as_ref().map(|p| &p.id),
        "avsnitt": round.sections.iter().map(|s| s.slug()).collect::<Vec<_>>(),
        "fragor": round.questions,
        "organisationer": orgs,
    })
}

/// The path of the rounds in the OpenAPI description.
pub fn openapi_path() -> Value {
    json!({
        "get": {
            "summary": "Varje avslutad uppföljningsomgång med sin frysta ögonblicksbild: organisationernas indikatorer (med förändringen sedan omgången före), profiler, svar och svarsstatus",
            "responses": { "200": { "description": "Omgångarna, den först avslutade först",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Omgangar" } } } } }
        }
    })
}

/// The schemas of the rounds in the OpenAPI description.
pub fn openapi_schemas() -> Value {
    let movement: Vec<Value> = Movement::ALL
        .iter()
        .map(|m| json!(m.slug()))
        .chain([Value::Null])
        .collect();
    let done: Vec<Value> = Done::ALL
        .iter()
        .map(|d| json!(d.key()))
        .chain([Value::Null])
        .collect();
    let kinds: Vec<Value> = OrgKind::ALL.iter().map(|k| json!(k)).collect();
    json!({
        "Omgangar": {
            "type": "object",
            "required": ["omgangar"],
            "properties": { "omgangar": { "type": "array", "items": { "$ref": "#/components/schemas/Omgang" } } }
        },
        "Omgang": {
            "type": "object",
            "required": ["id", "titel", "oppnade", "sista_dag", "avslutad", "fran_kallorna", "avsnitt", "fragor", "organisationer"],
            "properties": {
                "id": { "type": "string", "examples": ["kartlaggning-2019"] },
                "titel": { "type": "string" },
                "oppnade": { "type": "string", "format": "date" },
                "sista_dag": { "type": "string", "format": "date" },
                "avslutad": { "type": "string", "format": "date-time" },
                "avslutad_av": { "type": "string" },
                "fran_kallorna": { "type": "boolean",
                    "description": "Sant för kartläggningen 2019, som är gjord av källdokumenten: baskartläggningen i början av 2019 och intervjuerna därefter; rapportens datum avslutar den" },
                "jamfors_med": { "type": ["string", "null"], "description": "Omgången som avslutades närmast före" },
                "avsnitt": { "type": "array", "items": { "type": "string" } },
                "fragor": { "type": "array", "items": { "type": "string" } },
                "organisationer": { "type": "array", "items": { "type": "object",
                    "required": ["id", "namn", "typ", "tillfragad", "indikatorer", "svar", "svarsstatus", "profil"],
                    "properties": {
                        "id": { "type": "string" },
                        "namn": { "type": "string" },
                        "typ": { "type": "string", "enum": kinds,
                            "description": "partner: en övrig aktör i länsgruppen, som bara svarar på omgångens frågor och saknar profil och indikatorer" },
                        "tillfragad": { "type": "boolean" },
                        "indikatorer": { "type": "object", "additionalProperties": { "type": "object",
                            "required": ["kategori"],
                            "properties": {
                                "kategori": { "type": "string" },
                                "etikett": { "type": "string" },
                                "fore": { "type": ["string", "null"], "description": "Kategorin i omgången före" },
                                "forandring": { "type": ["string", "null"], "enum": movement },
                                "kalla": { "type": ["string", "null"] }
                            } } },
                        "svar": { "type": "array", "items": { "type": "object",
                            "required": ["fraga"],
                            "properties": { "fraga": { "type": "integer", "minimum": 1 },
                                "svar": { "type": ["string", "null"] }, "av": { "type": ["string", "null"] },
                                "tid": { "type": ["string", "null"], "format": "date-time" } } } },
                        "svarsstatus": { "type": "array", "items": { "type": "object",
                            "required": ["punkt", "status", "sent"],
                            "properties": { "punkt": { "type": "string" },
                                "status": { "type": ["string", "null"], "enum": done },
                                "sent": { "type": "boolean" } } } },
                        "profil": { "type": ["object", "null"] }
                    } } }
            }
        }
    })
}
