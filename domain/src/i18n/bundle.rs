//! The texts of one language as the browser loads them: every key with its text, one
//! `key = text` line each in key order, read back in the browser with the parser of the text
//! files. The server serves them at [`path`]; the page links there, so the browser fetches the
//! texts while it fetches the code.

use super::Lang;
use std::sync::OnceLock;

/// Where the server serves the texts of `lang`. The version follows their content, so a
/// browser may keep the file as long as it likes.
pub fn path(lang: Lang) -> String {
    format!("/texter/{}.txt?v={}", lang.code(), version(lang))
}

/// The texts of `lang`, with Swedish for any key English lacks.
pub fn text(lang: Lang) -> &'static str {
    &bundle(lang).text
}

/// A digest of [`text`] (64-bit FNV-1a, hex): it only has to change when the texts do.
pub fn version(lang: Lang) -> &'static str {
    &bundle(lang).version
}

struct Bundle {
    text: String,
    version: String,
}

fn bundle(lang: Lang) -> &'static Bundle {
    static SV: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let mut keys: Vec<&str> = Lang::Sv
            .table()
            .keys()
            .chain(lang.table().keys())
            .copied()
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let text: String = keys
            .iter()
            .map(|key| format!("{key} = {}\n", lang.text_of(key)))
            .collect();
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        Bundle {
            version: format!("{hash:016x}"),
            text,
        }
    })
}

#[cfg(test)]
mod tests;
