//! Compiles the name and word lists under `data/names/` (see the README there) into `fst::Set`s
//! in OUT_DIR, which `src/guard/pii/names.rs` embeds with `include_bytes!`.
//!
//! Why at build time: the lists hold ~225,000 words. A `HashSet` built from them at start-up
//! would cost tens of milliseconds and ~10 MB per process; finite-state sets built here are
//! ~1 MB in the binary, are used in place with no start-up cost, and a lookup walks the bytes of
//! one word without allocating.

use std::path::PathBuf;

const LISTS: [&str; 4] = ["given", "surnames", "common", "words"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    for list in LISTS {
        let path = format!("data/names/{list}.txt");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path)?;
        let mut words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let set = fst::Set::from_iter(words)?;
        std::fs::write(out.join(format!("{list}.fst")), set.as_fst().as_bytes())?;
    }
    Ok(())
}
