//! The report as plain tables, one per part, with Swedish headings: what the CSV files and the
//! sheets of the XLSX file hold. Every value is text, so no file carries a formula.

use super::{Report, category_text};
use crate::i18n::{Key, Lang, k};
use crate::model::indicator::Indicator;
use crate::view::round::{cell_text, item_label};

/// One part of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The part's name: a sheet's name, and in a file name as its `slug`.
    pub title: &'static str,
    pub slug: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One part of the report: its name, its file name and how its table is made.
pub struct Part {
    pub title: Key,
    pub slug: &'static str,
    build: fn(&Report) -> Columns,
}

/// A table's headings and rows.
type Columns = (Vec<String>, Vec<Vec<String>>);

/// The parts, in the order the report shows them.
pub const PARTS: [Part; 5] = [
    Part {
        title: k::REPORT_PART_COUNTY,
        slug: "lan",
        build: Report::county_table,
    },
    Part {
        title: k::REPORT_PART_MOVEMENTS,
        slug: "forandringar",
        build: Report::movement_table,
    },
    Part {
        title: k::REPORT_PART_ORGS,
        slug: "organisationer",
        build: Report::org_table,
    },
    Part {
        title: k::REPORT_PART_ANSWERS,
        slug: "svar",
        build: Report::answer_table,
    },
    Part {
        title: k::REPORT_PART_STATUS,
        slug: "svarsstatus",
        build: Report::status_table,
    },
];

const LANG: Lang = Lang::Sv;

fn heads(keys: &[Key]) -> Vec<String> {
    keys.iter().map(|key| LANG.t(*key).to_owned()).collect()
}

impl Report {
    /// Every part as a table.
    pub fn tables(&self) -> Vec<Table> {
        PARTS
            .iter()
            .map(|part| {
                let (headers, rows) = (part.build)(self);
                Table {
                    title: LANG.t(part.title),
                    slug: part.slug,
                    headers,
                    rows,
                }
            })
            .collect()
    }

    /// The part whose file name is `slug`.
    pub fn table(&self, slug: &str) -> Option<Table> {
        let part = PARTS.iter().find(|p| p.slug == slug)?;
        let (headers, rows) = (part.build)(self);
        Some(Table {
            title: LANG.t(part.title),
            slug: part.slug,
            headers,
            rows,
        })
    }

    fn county_table(&self) -> Columns {
        let headers = heads(&[
            k::REPORT_COL_INDICATOR,
            k::REPORT_COL_CATEGORY,
            k::REPORT_COL_NOW,
            k::REPORT_COL_BEFORE,
        ]);
        let rows = Indicator::ALL
            .into_iter()
            .flat_map(|indicator| {
                self.counts(indicator).into_iter().map(move |c| {
                    vec![
                        indicator.label(LANG).to_owned(),
                        indicator.category_label(c.category, LANG).to_owned(),
                        c.now.to_string(),
                        c.before.map(|n| n.to_string()).unwrap_or_default(),
                    ]
                })
            })
            .collect();
        (headers, rows)
    }

    fn movement_table(&self) -> Columns {
        let headers = heads(&[
            k::REPORT_COL_INDICATOR,
            k::REPORT_COL_MOVEMENT,
            k::REPORT_COL_ORG_COUNT,
        ]);
        let rows = Indicator::ALL
            .into_iter()
            .flat_map(|indicator| {
                self.movements(indicator).into_iter().map(move |(m, n)| {
                    vec![
                        indicator.label(LANG).to_owned(),
                        LANG.t(m.key()).to_owned(),
                        n.to_string(),
                    ]
                })
            })
            .collect();
        (headers, rows)
    }

    fn org_table(&self) -> Columns {
        let headers = heads(&[
            k::REPORT_COL_ID,
            k::REPORT_COL_ORG,
            k::REPORT_COL_INDICATOR,
            k::REPORT_COL_BEFORE,
            k::REPORT_COL_NOW,
            k::REPORT_COL_MOVEMENT,
            k::REPORT_COL_SOURCE,
        ]);
        let rows = self
            .orgs
            .iter()
            .flat_map(|org| {
                org.indicators.iter().map(move |row| {
                    let i = row.indicator;
                    vec![
                        org.org.to_string(),
                        org.org.name().to_owned(),
                        i.label(LANG).to_owned(),
                        row.from
                            .as_deref()
                            .map(|f| category_text(i, f, LANG).to_owned())
                            .unwrap_or_default(),
                        category_text(i, &row.to, LANG).to_owned(),
                        row.movement
                            .map(|m| LANG.t(m.key()).to_owned())
                            .unwrap_or_default(),
                        row.source
                            .as_ref()
                            .map(|s| s.citation(LANG))
                            .unwrap_or_default(),
                    ]
                })
            })
            .collect();
        (headers, rows)
    }

    fn answer_table(&self) -> Columns {
        let headers = heads(&[
            k::REPORT_COL_ID,
            k::REPORT_COL_ORG,
            k::REPORT_COL_QUESTION,
            k::REPORT_COL_ANSWER,
            k::REPORT_COL_BY,
            k::REPORT_COL_AT,
        ]);
        let rows = self
            .orgs
            .iter()
            .flat_map(|org| {
                org.answers.iter().enumerate().map(move |(q, answer)| {
                    let question = self.round.questions.get(q).cloned().unwrap_or_default();
                    let (text, by, at) = match answer {
                        Some(a) => (
                            a.text.clone(),
                            a.by.clone(),
                            crate::model::iso_time::minute(a.at),
                        ),
                        None => (
                            LANG.t(k::ROUND_CELL_MISSING).to_owned(),
                            String::new(),
                            String::new(),
                        ),
                    };
                    vec![
                        org.org.to_string(),
                        org.org.name().to_owned(),
                        question,
                        text,
                        by,
                        at,
                    ]
                })
            })
            .collect();
        (headers, rows)
    }

    fn status_table(&self) -> Columns {
        let headers = heads(&[
            k::REPORT_COL_ID,
            k::REPORT_COL_ORG,
            k::REPORT_COL_ITEM,
            k::REPORT_COL_STATUS,
        ]);
        let rows = self
            .matrix
            .rows
            .iter()
            .flat_map(|row| {
                self.matrix
                    .items
                    .iter()
                    .zip(&row.cells)
                    .filter(|(_, cell)| cell.asked)
                    .map(move |(item, cell)| {
                        vec![
                            row.org.to_string(),
                            row.org.name().to_owned(),
                            item_label(LANG, *item),
                            cell_text(LANG, *cell).1,
                        ]
                    })
            })
            .collect();
        (headers, rows)
    }
}
