//! WGS84 longitude/latitude to SWEREF 99 TM (EPSG:3006), Lantmäteriet's Gauss–Krüger formulas.

const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
const CENTRAL_MERIDIAN_DEG: f64 = 15.0;
const SCALE: f64 = 0.9996;
const FALSE_EASTING: f64 = 500_000.0;

/// Returns (easting, northing) in metres.
pub fn sweref99tm(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    let e2 = F * (2.0 - F);
    let n = F / (2.0 - F);
    let a_roof = A / (1.0 + n) * (1.0 + n.powi(2) / 4.0 + n.powi(4) / 64.0);
    let ca = e2;
    let cb = (5.0 * e2.powi(2) - e2.powi(3)) / 6.0;
    let cc = (104.0 * e2.powi(3) - 45.0 * e2.powi(4)) / 120.0;
    let cd = 1237.0 * e2.powi(4) / 1260.0;
    let b1 = n / 2.0 - 2.0 * n.powi(2) / 3.0 + 5.0 * n.powi(3) / 16.0 + 41.0 * n.powi(4) / 180.0;
    let b2 = 13.0 * n.powi(2) / 48.0 - 3.0 * n.powi(3) / 5.0 + 557.0 * n.powi(4) / 1440.0;
    let b3 = 61.0 * n.powi(3) / 240.0 - 103.0 * n.powi(4) / 140.0;
    let b4 = 49561.0 * n.powi(4) / 161_280.0;

    let phi = lat_deg.to_radians();
    let d_lambda = (lon_deg - CENTRAL_MERIDIAN_DEG).to_radians();
    let s = phi.sin();
    let phi_star = phi - s * phi.cos() * (ca + cb * s.powi(2) + cc * s.powi(4) + cd * s.powi(6));
    let xi = phi_star.tan().atan2(d_lambda.cos());
    let eta = (phi_star.cos() * d_lambda.sin()).atanh();
    let betas = [b1, b2, b3, b4];
    let (mut north, mut east) = (xi, eta);
    for (i, beta) in betas.iter().enumerate() {
        let k = 2.0 * (i as f64 + 1.0);
        north += beta * (k * xi).sin() * (k * eta).cosh();
        east += beta * (k * xi).cos() * (k * eta).sinh();
    }
    (
        SCALE * a_roof * east + FALSE_EASTING,
        SCALE * a_roof * north,
    )
}

#[cfg(test)]
mod tests;
