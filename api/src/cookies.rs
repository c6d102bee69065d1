//! Reading a `Cookie` header's list (`a=1; b=2`), on the server and in the browser
//! (`document.cookie` has the same form).

/// The cookie the anti-forgery token of the browser's session travels in (`crate::csrf`): set
/// and cleared with the session's (`crate::session`), read by the page's code. Not
/// `HttpOnly`: it grants nothing without the session's own cookie, which is.
pub const FORGERY_TOKEN: &str = "kvf_token";

/// The first value of the cookie `name` in `list` that `valid` accepts.
pub fn find<'a>(list: &'a str, name: &str, valid: impl Fn(&str) -> bool) -> Option<&'a str> {
    list.split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, value)| *n == name && valid(value))
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests;
