//! Compiles the name and word lists under `data/names/` (see the README there) into one
//! `fst::Map` in OUT_DIR, word → bit set of the lists that hold it, which
//! `src/guard/pii/names.rs` embeds with `include_bytes!`.
//!
//! Why at build time: the lists hold ~227,000 words. A `HashSet` built from them at start-up
//! would cost tens of milliseconds and ~10 MB per process; the finite-state map built here is
//! ~1.3 MB in the binary, is used in place with no start-up cost, and one lookup walks the bytes
//! of one word without allocating and answers for all five lists at once.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The lists in the order of their bits (1, 2, 4, 8, 16); names.rs reads the same order.
const LISTS: [&str; 5] = ["given", "surnames", "common", "words", "world"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut words: BTreeMap<String, u64> = BTreeMap::new();
    for (bit, list) in LISTS.iter().enumerate() {
        let path = format!("data/names/{list}.txt");
        println!("cargo::rerun-if-changed={path}");
        for w in std::fs::read_to_string(&path)?
            .lines()
            .filter(|w| !w.is_empty())
        {
            *words.entry(w.to_string()).or_default() |= 1 << bit;
        }
    }
    let map = fst::Map::from_iter(words)?;
    std::fs::write(out.join("names.fst"), map.as_fst().as_bytes())?;
    Ok(())
}
