//! A closed round's report as files: the whole report as an XLSX workbook, one sheet per part,
//! and each part as a CSV file. Both are written from the report alone, with no clock, so the
//! same snapshot always gives the same bytes.

use domain::error::AppError;
use domain::view::report::{Report, Table};
use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};

/// Part `slug` of the report as a CSV file (`opendata::csv`); `None` for no such part.
pub fn csv(report: &Report, slug: &str) -> Option<String> {
    let table = report.table(slug)?;
    Some(crate::opendata::csv(&table.headers, table.rows))
}

/// The whole report as an XLSX workbook: one sheet per part, Swedish headings, every value a
/// text cell, so nothing in it is a formula.
pub fn xlsx(report: &Report) -> Result<Vec<u8>, AppError> {
    write_xlsx(report).map_err(|error| {
        tracing::error!(%error, "the report's workbook could not be written");
        AppError::Unavailable
    })
}

fn write_xlsx(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // The file's own date is the round's closing, not the time it is written, so that writing
    // it again gives the same bytes.
    let made = report
        .round
        .closed
        .as_ref()
        .map_or(report.round.created_at, |c| c.at);
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&report.round.title)
            .set_author("Kvinnofridskartan")
            .set_creation_datetime(&made),
    );
    let bold = Format::new().set_bold();
    for table in report.tables() {
        sheet(workbook.add_worksheet(), &table, &bold)?;
    }
    workbook.save_to_buffer()
}

fn sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    table: &Table,
    bold: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(table.title)?;
    for (col, head) in (0u16..).zip(&table.headers) {
        sheet.write_string_with_format(0, col, head, bold)?;
        sheet.set_column_width(col, column_width(table, usize::from(col)))?;
    }
    for (row, cells) in (1u32..).zip(&table.rows) {
        for (col, cell) in (0u16..).zip(cells) {
            sheet.write_string(row, col, cell)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A column as wide as its longest value, within reason.
fn column_width(table: &Table, col: usize) -> f64 {
    let longest = std::iter::once(&table.headers)
        .chain(&table.rows)
        .filter_map(|row| row.get(col))
        .map(|cell| cell.chars().count())
        .max()
        .unwrap_or(8);
    f64::from(u32::try_from(longest.clamp(8, 60)).unwrap_or(60)) + 2.0
}

#[cfg(test)]
mod tests;
