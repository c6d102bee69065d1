//! A new reading of the source documents applied to a profile kept since an earlier reading:
//! what the documents gave is read again, what an organisation entered is kept.

use super::profile::Profile;
use serde_json::Value;

/// `stored` with every value whose source is a document replaced by `reading`'s value (known
/// or not), and `reading`'s values added where neither `stored` nor the `earlier` reading had
/// one. A value someone entered, or removed from the earlier reading, is kept.
pub fn reread(
    stored: &Profile,
    earlier: &Profile,
    reading: &Profile,
) -> Result<Profile, serde_json::Error> {
    let mut out = serde_json::to_value(stored)?;
    let earlier = serde_json::to_value(earlier)?;
    let reading = serde_json::to_value(reading)?;
    let mut paths = Vec::new();
    // Every value of a profile is a fact, and an empty profile has each as "unknown".
    fact_paths(
        &serde_json::to_value(Profile::default())?,
        &mut Vec::new(),
        &mut paths,
    );
    for path in paths {
        let kept = at(&out, &path);
        let from_document = kept
            .pointer("/known/source/document")
            .is_some_and(Value::is_object);
        let never_known = is_unknown(&kept) && is_unknown(&at(&earlier, &path));
        if from_document || never_known {
            set(&mut out, &path, at(&reading, &path));
        }
    }
    serde_json::from_value(out)
}

fn fact_paths(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(fields) => {
            for (name, inner) in fields {
                path.push(name.clone());
                fact_paths(inner, path, out);
                path.pop();
            }
        }
        Value::String(s) if s == "unknown" => out.push(path.clone()),
        _ => {}
    }
}

/// The fact at `path`; a missing one is unknown (profiles are read with defaults).
fn at(value: &Value, path: &[String]) -> Value {
    path.iter()
        .try_fold(value, |v, name| v.get(name))
        .cloned()
        .unwrap_or_else(|| Value::String("unknown".to_owned()))
}

fn is_unknown(value: &Value) -> bool {
    value.as_str() == Some("unknown")
}

fn set(value: &mut Value, path: &[String], fact: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut node = value;
    for name in parents {
        if !node.get(name).is_some_and(Value::is_object) {
            node[name.as_str()] = Value::Object(serde_json::Map::new());
        }
        node = &mut node[name.as_str()];
    }
    node[last.as_str()] = fact;
}

#[cfg(test)]
mod tests;
