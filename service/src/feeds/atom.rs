//! The Atom feed of published changes: one entry per save of a profile, with each changed
//! value old → new, as the profile's history shows it.

use super::sv;
use atom_syndication::{Content, Entry, Feed, Link, Person};
use chrono::{DateTime, Utc};
use domain::i18n::{Lang, k};
use domain::model::OrgId;
use domain::model::revision::Revision;

/// A `tag:` IRI (RFC 4151): the same entry keeps its id wherever the site is served from.
fn id(path: &str) -> String {
    format!("tag:kvinnofridskartan,2024:{}/{path}", domain::region::ID)
}

fn link(href: String, rel: &str, mime: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link.set_mime_type(Some(mime.to_owned()));
    link
}

fn entry(revision: &Revision, base: &str) -> Entry {
    let org = &revision.org;
    let names: Vec<String> = revision.changes.iter().map(|c| c.name(Lang::Sv)).collect();
    let lines: Vec<String> = revision
        .changes
        .iter()
        .map(|c| {
            sv(
                k::FEED_ATOM_CHANGE,
                &[
                    ("field", &c.name(Lang::Sv)),
                    ("old", &c.old),
                    ("new", &c.new),
                ],
            )
        })
        .collect();
    let mut content = Content::default();
    content.set_content_type(Some("text".to_owned()));
    content.set_value(Some(lines.join("\n")));
    let mut author = Person::default();
    author.set_name(revision.by.clone());
    let mut entry = Entry::default();
    entry.set_id(id(&format!(
        "andring/{}/{}",
        org.as_str(),
        revision.version
    )));
    entry.set_title(format!("{}: {}", org.name(), names.join(", ")));
    entry.set_updated(revision.at.fixed_offset());
    entry.set_authors(vec![author]);
    entry.set_links(vec![link(
        format!("{base}{}/historik", org.profile_path()),
        "alternate",
        "text/html",
    )]);
    entry.set_content(Some(content));
    entry
}

pub(super) fn feed(
    title: &str,
    org: Option<&OrgId>,
    revisions: &[Revision],
    now: DateTime<Utc>,
    base: &str,
) -> String {
    let (scope, page) = match org {
        Some(org) => (
            format!("andringar/{}", org.as_str()),
            format!("{base}{}/historik", org.profile_path()),
        ),
        None => ("andringar".to_owned(), format!("{base}/oversikt")),
    };
    let mut feed = Feed::default();
    feed.set_id(id(&scope));
    feed.set_title(title.to_owned());
    feed.set_lang(Some(Lang::Sv.code().to_owned()));
    feed.set_updated(revisions.first().map_or(now, |r| r.at).fixed_offset());
    feed.set_links(vec![link(page, "alternate", "text/html")]);
    feed.set_entries(revisions.iter().map(|r| entry(r, base)).collect::<Vec<_>>());
    feed.to_string()
}
