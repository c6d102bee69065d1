//! The map's geometry (generated from the real boundaries) and its SVG patterns.

pub mod patterns;
pub use domain::shapes;
#[cfg(feature = "ssr")]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod svg_file;
