//! The few statistics an eval report needs, small enough to check by hand.

use serde::Serialize;

/// Cosine similarity of two vectors (0 when either is all zeros).
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let (mut dot, mut na, mut nb) = (0.0f64, 0.0f64, 0.0f64);
    for (x, y) in a.iter().zip(b) {
        let (x, y) = (f64::from(*x), f64::from(*y));
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na.sqrt() * nb.sqrt())
    }
}

/// Lower-cased word tokens (letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// ROUGE-L F-measure (β = 1) over word tokens: the longest common subsequence of the
/// candidate and the reference, as precision and recall.
pub fn rouge_l(candidate: &str, reference: &str) -> f64 {
    let (c, r) = (words(candidate), words(reference));
    if c.is_empty() || r.is_empty() {
        return 0.0;
    }
    let mut prev = vec![0usize; r.len() + 1];
    for cw in &c {
        let mut row = vec![0usize; r.len() + 1];
        for (j, rw) in r.iter().enumerate() {
            row[j + 1] = if cw == rw {
                prev[j] + 1
            } else {
                row[j].max(prev[j + 1])
            };
        }
        prev = row;
    }
    let lcs = prev[r.len()] as f64;
    if lcs == 0.0 {
        return 0.0;
    }
    let (p, rec) = (lcs / c.len() as f64, lcs / r.len() as f64);
    2.0 * p * rec / (p + rec)
}

/// The `q` quantile (0..1) by the nearest-rank method; 0 for no values.
pub fn quantile(values: &[f64], q: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = (q * v.len() as f64).ceil().max(1.0) as usize;
    v[rank.min(v.len()) - 1]
}

/// McNemar's exact test on paired pass/fail results: `b` pairs passed before and fail now,
/// `c` failed before and pass now. Under the null hypothesis each discordant pair goes either
/// way with probability ½, so the two-sided p-value is
/// `min(1, 2 · Σ_{i ≤ min(b,c)} C(b+c, i) / 2^(b+c))`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct McNemar {
    pub regressions: usize,
    pub improvements: usize,
    pub p_value: f64,
}

pub fn mcnemar_exact(b: usize, c: usize) -> McNemar {
    let n = b + c;
    let k = b.min(c);
    // Σ C(n, i) / 2^n in logs, so large n does not overflow
    let ln_half_n = n as f64 * 0.5f64.ln();
    let mut tail = 0.0;
    let mut ln_choose = 0.0; // ln C(n, 0)
    for i in 0..=k {
        if i > 0 {
            ln_choose += ((n - i + 1) as f64).ln() - (i as f64).ln();
        }
        tail += (ln_choose + ln_half_n).exp();
    }
    McNemar {
        regressions: b,
        improvements: c,
        p_value: if n == 0 { 1.0 } else { (2.0 * tail).min(1.0) },
    }
}

/// Agreement of two raters on binary labels: observed agreement and Cohen's κ
/// (`(p_o − p_e) / (1 − p_e)`; 1 when both always agree on one label).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Agreement {
    pub items: usize,
    pub agreement: f64,
    pub kappa: f64,
}

pub fn cohen_kappa(pairs: &[(bool, bool)]) -> Agreement {
    let n = pairs.len() as f64;
    if pairs.is_empty() {
        return Agreement {
            items: 0,
            agreement: 0.0,
            kappa: 0.0,
        };
    }
    let agree = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let a_yes = pairs.iter().filter(|(a, _)| *a).count() as f64 / n;
    let b_yes = pairs.iter().filter(|(_, b)| *b).count() as f64 / n;
    let expected = a_yes * b_yes + (1.0 - a_yes) * (1.0 - b_yes);
    let kappa = if (1.0 - expected).abs() < f64::EPSILON {
        1.0
    } else {
        (agree - expected) / (1.0 - expected)
    };
    Agreement {
        items: pairs.len(),
        agreement: agree,
        kappa,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mcnemar_matches_the_binomial_by_hand() {
        // 5 regressions, 0 improvements: 2 · (1/32) = 0.0625
        assert!((mcnemar_exact(5, 0).p_value - 0.0625).abs() < 1e-12);
        // 6 vs 1: 2 · (1 + 7) / 128 = 0.125
        assert!((mcnemar_exact(6, 1).p_value - 0.125).abs() < 1e-12);
        assert_eq!(mcnemar_exact(0, 0).p_value, 1.0);
        assert_eq!(mcnemar_exact(3, 3).p_value, 1.0);
    }

    #[test]
    fn rouge_l_of_known_pairs() {
        assert_eq!(rouge_l("a b c d", "a b c d"), 1.0);
        // LCS "a c" = 2 of 4 and 2 of 3: F = 2·0.5·0.667/(1.167) = 0.571…
        assert!((rouge_l("a x c y", "a c z") - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(rouge_l("x", "y"), 0.0);
    }

    #[test]
    fn kappa_of_a_known_table() {
        // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o 0.7, p_e 0.5 → κ 0.4
        let mut pairs = vec![(true, true); 20];
        pairs.extend(vec![(true, false); 5]);
        pairs.extend(vec![(false, true); 10]);
        pairs.extend(vec![(false, false); 15]);
        let a = cohen_kappa(&pairs);
        assert!((a.agreement - 0.7).abs() < 1e-12);
        assert!((a.kappa - 0.4).abs() < 1e-12);
    }

    #[test]
    fn nearest_rank_quantile() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.95), 19.0);
        assert_eq!(quantile(&[3.0], 0.95), 3.0);
    }
}
