//! The overview's comparison table: which rows, in which order. Its whole state lives in the
//! query string so a sorted, filtered table can be linked to and printed.

use crate::i18n::k;
use crate::model::indicator::Indicator;
use crate::model::org::OrgKind;
use crate::model::summary::OrgSummary;
use std::cmp::Ordering;

/// Which organisations the table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    #[default]
    All,
    Municipalities,
    Principals,
}

impl KindFilter {
    pub const ALL: [KindFilter; 3] = [Self::All, Self::Municipalities, Self::Principals];

    pub fn key(self) -> &'static str {
        match self {
            Self::All => "alla",
            Self::Municipalities => "kommuner",
            Self::Principals => "huvudman",
        }
    }

    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        lang.t(match self {
            Self::All => k::OV_FILTER_ALL,
            Self::Municipalities => k::OV_FILTER_MUNICIPALITIES,
            Self::Principals => k::OV_FILTER_PRINCIPALS,
        })
    }

    fn admits(self, kind: OrgKind) -> bool {
        match self {
            Self::All => true,
            Self::Municipalities => kind == OrgKind::Municipality,
            Self::Principals => kind.is_principal(),
        }
    }
}

/// The column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// The county's own order of its organisations.
    #[default]
    County,
    Name,
    Indicator(Indicator),
}

impl SortColumn {
    pub fn key(self) -> &'static str {
        match self {
            Self::County => "lan",
            Self::Name => "namn",
            Self::Indicator(i) => i.key(),
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        match key {
            "lan" => Some(Self::County),
            "namn" => Some(Self::Name),
            other => Indicator::from_key(other).map(Self::Indicator),
        }
    }
}

/// The table's state, read from and written to the query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TableState {
    pub sort: SortColumn,
    pub descending: bool,
    pub kinds: KindFilter,
    /// Only the rows in this category of this indicator.
    pub category: Option<(Indicator, &'static str)>,
}

impl TableState {
    /// Reads `sortera`, `ordning`, `visa` and `kategori` (`indikator:kategori`); unknown values
    /// fall back to the defaults.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let category = get("kategori").and_then(|raw| {
            let (indicator, key) = raw.split_once(':')?;
            let indicator = Indicator::from_key(indicator)?;
            let category = indicator.category_by_key(key)?;
            Some((indicator, category.key))
        });
        Self {
            sort: get("sortera")
                .and_then(|k| SortColumn::from_key(&k))
                .unwrap_or_default(),
            descending: get("ordning").as_deref() == Some("fallande"),
            kinds: get("visa")
                .and_then(|k| KindFilter::ALL.into_iter().find(|f| f.key() == k))
                .unwrap_or_default(),
            category,
        }
    }

    /// The query names the table's state is kept in.
    pub const PARAMS: [&'static str; 4] = ["sortera", "ordning", "visa", "kategori"];

    /// The query pairs that differ from the defaults.
    pub fn to_query(self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.sort != SortColumn::County {
            pairs.push(("sortera", self.sort.key().to_owned()));
        }
        if self.descending {
            pairs.push(("ordning", "fallande".to_owned()));
        }
        if self.kinds != KindFilter::All {
            pairs.push(("visa", self.kinds.key().to_owned()));
        }
        if let Some((indicator, key)) = self.category {
            pairs.push(("kategori", format!("{}:{key}", indicator.key())));
        }
        pairs
    }

    /// The state after activating a column's sort button: a new column sorts ascending, the
    /// current one flips direction.
    pub fn sorted_by(self, column: SortColumn) -> Self {
        Self {
            sort: column,
            descending: self.sort == column && !self.descending,
            ..self
        }
    }

    /// The rows to show, filtered and in order (stable: ties keep the county's order).
    pub fn apply<'a>(&self, rows: &'a [OrgSummary]) -> Vec<&'a OrgSummary> {
        let mut shown: Vec<&OrgSummary> = rows
            .iter()
            .filter(|r| self.kinds.admits(r.kind))
            .filter(|r| {
                self.category
                    .is_none_or(|(indicator, key)| r.category(indicator).key == key)
            })
            .collect();
        let compare = |a: &&OrgSummary, b: &&OrgSummary| match self.sort {
            SortColumn::County => Ordering::Equal,
            SortColumn::Name => swedish_order(&a.name, &b.name),
            SortColumn::Indicator(i) => rank(a, i).cmp(&rank(b, i)),
        };
        if self.sort == SortColumn::County {
            if self.descending {
                shown.reverse();
            }
        } else if self.descending {
            shown.sort_by(|a, b| compare(b, a));
        } else {
            shown.sort_by(compare);
        }
        shown
    }
}

/// A category's place in its indicator's order (lowest level first, "Ej rapporterat" and
/// "not applicable" last).
fn rank(row: &OrgSummary, indicator: Indicator) -> usize {
    let key = row.category(indicator).key;
    indicator
        .categories()
        .iter()
        .position(|c| c.key == key)
        .unwrap_or(usize::MAX)
}

/// Swedish alphabetical order: å, ä and ö come after z.
pub fn swedish_order(a: &str, b: &str) -> Ordering {
    fn key(s: &str) -> Vec<u32> {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'å' => u32::from('z') + 1,
                'ä' | 'æ' => u32::from('z') + 2,
                'ö' | 'ø' => u32::from('z') + 3,
                'é' => u32::from('e'),
                other => u32::from(other),
            })
            .collect()
    }
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests;
