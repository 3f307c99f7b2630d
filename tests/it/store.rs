//! The conformance suite every [`VectorStore`] passes: the embedded SQLite store here, Qdrant
//! when `QDRANT_URL` names a server. Small made-up chunks and hand-made unit vectors of
//! dimension 4, so no model is needed.
//!
//! Every check starts from an empty store and runs even when an earlier one failed; the test
//! fails at the end with the list of failed checks.

use std::panic::{AssertUnwindSafe, catch_unwind};

use copydesk::config::{IndexBackend, IndexConfig};
use copydesk::knowledge::store::{
    ChunkKey, DocumentWrite, Filter, Hit, Mode, QdrantStore, Query, SqliteStore, StoreError,
    StoredChunk, VectorStore,
};

const MODEL: &str = "conformance-model";
const DIM: usize = 4;

type Check = fn(&mut dyn VectorStore) -> Result<(), String>;

/// Every check by name.
const CHECKS: &[(&str, Check)] = &[
    (
        "model is recorded, then checked",
        model_is_recorded_then_checked,
    ),
    (
        "written documents are in the manifest",
        written_documents_are_in_the_manifest,
    ),
    (
        "a smaller keep removes the other chunks",
        a_smaller_keep_removes_the_other_chunks,
    ),
    ("an upsert replaces a chunk", an_upsert_replaces_a_chunk),
    ("remove_document", remove_document),
    ("brands are isolated", brands_are_isolated),
    ("locale and doc_type filters", locale_and_doc_type_filters),
    ("tags are any-of", tags_are_any_of),
    (
        "bm25 ranks the query's words first",
        bm25_ranks_the_querys_words_first,
    ),
    (
        "dense ranks the nearest vector first",
        dense_ranks_the_nearest_vector_first,
    ),
    ("hybrid contains both", hybrid_contains_both),
    (
        "nothing to rank by finds nothing",
        nothing_to_rank_by_finds_nothing,
    ),
    ("k is respected", k_is_respected),
    ("one hit per section, its best part", one_hit_per_section),
    (
        "hits are the chunks as written",
        hits_are_the_chunks_as_written,
    ),
    ("clear empties everything", clear_empties_everything),
];

/// Run every check against `store`; the names and reasons of those that failed.
pub fn conformance(store: &mut dyn VectorStore) -> Vec<String> {
    let mut failed = Vec::new();
    for (name, check) in CHECKS {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            fresh(store)?;
            check(store)
        }));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failed.push(format!("{name}: {why}")),
            Err(panic) => {
                let why = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failed.push(format!("{name}: panicked: {why}"));
            }
        }
    }
    failed
}

fn assert_conforms(store: &mut dyn VectorStore) {
    let failed = conformance(store);
    assert!(
        failed.is_empty(),
        "{} of {} checks failed for {store:?}:\n  {}",
        failed.len(),
        CHECKS.len(),
        failed.join("\n  ")
    );
}

#[test]
fn sqlite_store_conforms() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("state.db")).unwrap();
    assert_conforms(&mut store);
}

/// A store that ignores the locale and tag filters and reports no removals: the suite says so.
#[test]
fn the_suite_catches_a_broken_store() {
    #[derive(Debug)]
    struct Broken(SqliteStore);
    impl VectorStore for Broken {
        fn check_model(&mut self, model: &str, dimension: usize) -> Result<(), StoreError> {
            self.0.check_model(model, dimension)
        }
        fn manifest(
            &self,
            brand: &str,
        ) -> Result<Vec<copydesk::knowledge::store::DocumentState>, StoreError> {
            self.0.manifest(brand)
        }
        fn write_document(&mut self, doc: &DocumentWrite<'_>) -> Result<usize, StoreError> {
            self.0.write_document(doc).map(|_| 0)
        }
        fn remove_document(&mut self, brand: &str, path: &str) -> Result<usize, StoreError> {
            self.0.remove_document(brand, path)
        }
        fn clear(&mut self) -> Result<(), StoreError> {
            self.0.clear()
        }
        fn search(&self, q: &Query<'_>) -> Result<Vec<Hit>, StoreError> {
            let lax = Filter {
                locale: None,
                tags: Vec::new(),
                ..q.filter.clone()
            };
            self.0.search(&Query { filter: &lax, ..*q })
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let mut store = Broken(SqliteStore::open(&dir.path().join("state.db")).unwrap());
    let failed: Vec<String> = conformance(&mut store)
        .iter()
        .map(|f| f.split(':').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        failed,
        [
            "a smaller keep removes the other chunks",
            "locale and doc_type filters",
            "tags are any-of",
        ]
    );
}

#[test]
#[ignore = "needs a Qdrant server: set QDRANT_URL"]
fn qdrant_store_conforms() {
    let url = std::env::var("QDRANT_URL")
        .expect("QDRANT_URL must name a Qdrant server's gRPC address, e.g. http://127.0.0.1:6334");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let config = IndexConfig {
        backend: IndexBackend::Qdrant,
        url: Some(url),
        collection: format!("copydesk_conformance_{}_{nanos}", std::process::id()),
        api_key_env: std::env::var_os("QDRANT_API_KEY").map(|_| "QDRANT_API_KEY".to_string()),
        ..IndexConfig::default()
    };
    let mut store = QdrantStore::connect(&config).unwrap();
    let failed = conformance(&mut store);
    // clear deletes the collection
    let cleanup = store.clear();
    assert!(
        failed.is_empty(),
        "{} of {} checks failed for {store:?}:\n  {}",
        failed.len(),
        CHECKS.len(),
        failed.join("\n  ")
    );
    cleanup.unwrap();
}

// ---- helpers ----

fn err(e: StoreError) -> String {
    e.to_string()
}

/// Fail a check with a message unless the condition holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        let holds: bool = $cond;
        if !holds {
            return Err(format!($($msg)+));
        }
    };
}

/// An empty store with the suite's model.
fn fresh(store: &mut dyn VectorStore) -> Result<(), String> {
    store.clear().map_err(err)?;
    store.check_model(MODEL, DIM).map_err(err)
}

/// A unit vector along `v`.
fn unit(v: [f32; DIM]) -> Vec<f32> {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    v.iter().map(|x| x / n).collect()
}

/// A German chunk of brand alpin without type or tags.
fn chunk(path: &str, heading: &str, part: usize, text: &str) -> StoredChunk {
    StoredChunk {
        brand: "alpin".into(),
        path: path.into(),
        heading_path: heading.into(),
        part,
        locale: Some("de".into()),
        doc_type: None,
        tags: Vec::new(),
        text: text.into(),
        hash: format!("h:{text}"),
    }
}

fn key(c: &StoredChunk) -> ChunkKey {
    (c.heading_path.clone(), c.part)
}

/// Write one document's chunks (all of them new or changed); how many old chunks went.
fn write(
    store: &mut dyn VectorStore,
    doc_hash: &str,
    chunks: &[(StoredChunk, Vec<f32>)],
) -> Result<usize, String> {
    let first = &chunks.first().ok_or("a document needs a chunk")?.0;
    let keep: Vec<ChunkKey> = chunks.iter().map(|(c, _)| key(c)).collect();
    store
        .write_document(&DocumentWrite {
            brand: &first.brand,
            path: &first.path,
            hash: doc_hash,
            keep: &keep,
            upserts: chunks,
        })
        .map_err(err)
}

fn filter(brand: &str) -> Filter {
    Filter {
        brand: brand.into(),
        ..Filter::default()
    }
}

fn search(
    store: &dyn VectorStore,
    text: &str,
    vector: Option<&[f32]>,
    filter: &Filter,
    k: usize,
    mode: Mode,
) -> Result<Vec<Hit>, String> {
    store
        .search(&Query {
            text,
            vector,
            filter,
            k,
            mode,
        })
        .map_err(err)
}

fn sources(hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| format!("{}#{}", h.chunk.path, h.chunk.part))
        .collect()
}

fn paths(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.chunk.path.as_str()).collect()
}

/// A search in every mode with a vector that matches nothing in particular: the paths found.
fn found_in_every_mode(
    store: &dyn VectorStore,
    text: &str,
    filter: &Filter,
) -> Result<Vec<(Mode, Vec<String>)>, String> {
    let v = unit([1.0, 1.0, 1.0, 1.0]);
    [Mode::Bm25, Mode::Dense, Mode::Hybrid]
        .into_iter()
        .map(|mode| {
            let hits = search(store, text, Some(&v), filter, 10, mode)?;
            let mut p: Vec<String> = paths(&hits).into_iter().map(String::from).collect();
            p.sort();
            p.dedup();
            Ok((mode, p))
        })
        .collect()
}

// ---- checks ----

fn model_is_recorded_then_checked(store: &mut dyn VectorStore) -> Result<(), String> {
    // the same model again is accepted
    store.check_model(MODEL, DIM).map_err(err)?;
    // an empty index takes another model
    store.check_model("other-model", 8).map_err(err)?;
    store.check_model(MODEL, DIM).map_err(err)?;
    write(
        store,
        "d1",
        &[(chunk("a.md", "A", 0, "Farbe"), unit([1.0, 0.0, 0.0, 0.0]))],
    )?;
    store.check_model(MODEL, DIM).map_err(err)?;
    for (model, dim) in [("other-model", DIM), (MODEL, 8)] {
        match store.check_model(model, dim) {
            Err(StoreError::ModelMismatch {
                indexed,
                indexed_dim,
                configured,
                configured_dim,
            }) => {
                ensure!(
                    (
                        indexed.as_str(),
                        indexed_dim,
                        configured.as_str(),
                        configured_dim
                    ) == (MODEL, DIM, model, dim),
                    "mismatch reports {indexed} ({indexed_dim}) vs {configured} ({configured_dim})"
                );
            }
            other => return Err(format!("{model} ({dim}) with chunks indexed: {other:?}")),
        }
    }
    // the refused model left the index as it was
    store.check_model(MODEL, DIM).map_err(err)?;
    let docs = store.manifest("alpin").map_err(err)?;
    ensure!(docs.len() == 1, "manifest after a refused model: {docs:?}");
    Ok(())
}

fn written_documents_are_in_the_manifest(store: &mut dyn VectorStore) -> Result<(), String> {
    let a0 = chunk("a.md", "A", 0, "Farbe Rot");
    let a1 = chunk("a.md", "A > B", 1, "Gewicht 310 g");
    let b0 = chunk("b.md", "B", 0, "Pflege");
    let removed = write(
        store,
        "hash-a",
        &[
            (a0.clone(), unit([1.0, 0.0, 0.0, 0.0])),
            (a1.clone(), unit([0.0, 1.0, 0.0, 0.0])),
        ],
    )?;
    ensure!(removed == 0, "a new document removed {removed} chunks");
    write(store, "hash-b", &[(b0.clone(), unit([0.0, 0.0, 1.0, 0.0]))])?;
    let mut docs = store.manifest("alpin").map_err(err)?;
    docs.sort_by(|x, y| x.path.cmp(&y.path));
    let summary: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d.path.as_str(), d.hash.as_str()))
        .collect();
    ensure!(
        summary == [("a.md", "hash-a"), ("b.md", "hash-b")],
        "manifest documents: {summary:?}"
    );
    let mut chunks = docs[0].chunks.clone();
    chunks.sort();
    let expected = vec![(key(&a0), a0.hash.clone()), (key(&a1), a1.hash.clone())];
    ensure!(
        chunks == expected,
        "chunks of a.md: {chunks:?}, expected {expected:?}"
    );
    ensure!(
        docs[1].chunks == [(key(&b0), b0.hash.clone())],
        "chunks of b.md: {:?}",
        docs[1].chunks
    );
    let other = store.manifest("beta").map_err(err)?;
    ensure!(other.is_empty(), "another brand's manifest: {other:?}");
    Ok(())
}

fn a_smaller_keep_removes_the_other_chunks(store: &mut dyn VectorStore) -> Result<(), String> {
    let parts: Vec<(StoredChunk, Vec<f32>)> = (0..3)
        .map(|i| {
            (
                chunk("a.md", "A", i, &format!("Jacke Nummer{i}")),
                unit([1.0, i as f32, 0.0, 0.0]),
            )
        })
        .collect();
    write(store, "v1", &parts)?;
    // the new version keeps part 0 unchanged: nothing to upsert
    let keep = vec![key(&parts[0].0)];
    let removed = store
        .write_document(&DocumentWrite {
            brand: "alpin",
            path: "a.md",
            hash: "v2",
            keep: &keep,
            upserts: &[],
        })
        .map_err(err)?;
    ensure!(removed == 2, "removed {removed}, expected 2");
    let docs = store.manifest("alpin").map_err(err)?;
    ensure!(docs.len() == 1, "manifest: {docs:?}");
    ensure!(docs[0].hash == "v2", "document hash {:?}", docs[0].hash);
    ensure!(
        docs[0].chunks == [(key(&parts[0].0), parts[0].0.hash.clone())],
        "chunks: {:?}",
        docs[0].chunks
    );
    let hits = search(store, "Jacke", None, &filter("alpin"), 10, Mode::Bm25)?;
    ensure!(
        sources(&hits) == ["a.md#0"],
        "removed chunks still found: {:?}",
        sources(&hits)
    );
    let v = unit([1.0, 1.0, 0.0, 0.0]);
    let hits = search(store, "", Some(&v), &filter("alpin"), 10, Mode::Dense)?;
    ensure!(
        sources(&hits) == ["a.md#0"],
        "removed chunks still found by vector: {:?}",
        sources(&hits)
    );
    Ok(())
}

fn an_upsert_replaces_a_chunk(store: &mut dyn VectorStore) -> Result<(), String> {
    let old = chunk("a.md", "A", 0, "Regenjacke wasserdicht");
    let same = chunk("a.md", "B", 0, "Gewicht");
    write(
        store,
        "v1",
        &[
            (old.clone(), unit([1.0, 0.0, 0.0, 0.0])),
            (same.clone(), unit([0.0, 1.0, 0.0, 0.0])),
        ],
    )?;
    let new = chunk("a.md", "A", 0, "Daunenweste warm");
    let keep = vec![key(&new), key(&same)];
    let removed = store
        .write_document(&DocumentWrite {
            brand: "alpin",
            path: "a.md",
            hash: "v2",
            keep: &keep,
            upserts: &[(new.clone(), unit([0.0, 0.0, 1.0, 0.0]))],
        })
        .map_err(err)?;
    ensure!(removed == 0, "an upsert in place removed {removed}");
    let docs = store.manifest("alpin").map_err(err)?;
    let mut chunks = docs.first().map(|d| d.chunks.clone()).unwrap_or_default();
    chunks.sort();
    ensure!(
        docs.len() == 1 && docs[0].hash == "v2",
        "manifest after the upsert: {docs:?}"
    );
    ensure!(
        chunks
            == [
                (key(&new), new.hash.clone()),
                (key(&same), same.hash.clone())
            ],
        "chunks after the upsert: {chunks:?}"
    );
    let f = filter("alpin");
    let hits = search(store, "Regenjacke", None, &f, 10, Mode::Bm25)?;
    ensure!(
        hits.is_empty(),
        "the old text is still found: {:?}",
        sources(&hits)
    );
    let hits = search(store, "Daunenweste", None, &f, 10, Mode::Bm25)?;
    ensure!(
        hits.len() == 1 && hits[0].chunk == new,
        "the new text: {hits:?}"
    );
    let v = unit([0.0, 0.0, 1.0, 0.0]);
    let hits = search(store, "", Some(&v), &f, 1, Mode::Dense)?;
    ensure!(
        hits.first().map(|h| &h.chunk) == Some(&new),
        "the new vector: {hits:?}"
    );
    Ok(())
}

fn remove_document(store: &mut dyn VectorStore) -> Result<(), String> {
    write(
        store,
        "ha",
        &[
            (chunk("a.md", "A", 0, "Farbe"), unit([1.0, 0.0, 0.0, 0.0])),
            (
                chunk("a.md", "A", 1, "Farbe Rot"),
                unit([1.0, 1.0, 0.0, 0.0]),
            ),
        ],
    )?;
    write(
        store,
        "hb",
        &[(
            chunk("b.md", "B", 0, "Farbe Blau"),
            unit([0.0, 1.0, 0.0, 0.0]),
        )],
    )?;
    let n = store.remove_document("alpin", "a.md").map_err(err)?;
    ensure!(n == 2, "removed {n} chunks, expected 2");
    let docs = store.manifest("alpin").map_err(err)?;
    let listed: Vec<&str> = docs.iter().map(|d| d.path.as_str()).collect();
    ensure!(listed == ["b.md"], "manifest after removal: {listed:?}");
    let hits = search(store, "Farbe", None, &filter("alpin"), 10, Mode::Bm25)?;
    ensure!(
        paths(&hits) == ["b.md"],
        "found after removal: {:?}",
        sources(&hits)
    );
    let n = store.remove_document("alpin", "a.md").map_err(err)?;
    ensure!(n == 0, "removing it again removed {n}");
    let n = store.remove_document("alpin", "never.md").map_err(err)?;
    ensure!(n == 0, "removing an unknown document removed {n}");
    Ok(())
}

fn brands_are_isolated(store: &mut dyn VectorStore) -> Result<(), String> {
    write(
        store,
        "h",
        &[(
            chunk("a.md", "A", 0, "Farbe Rot"),
            unit([1.0, 0.0, 0.0, 0.0]),
        )],
    )?;
    let mut beta = chunk("a.md", "A", 0, "Farbe Rot");
    beta.brand = "beta".into();
    write(store, "h", &[(beta.clone(), unit([1.0, 0.0, 0.0, 0.0]))])?;
    // the same path in two brands: each brand finds its own chunk only
    let v = unit([1.0, 0.0, 0.0, 0.0]);
    for brand in ["alpin", "beta"] {
        for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
            let hits = search(store, "Farbe", Some(&v), &filter(brand), 10, mode)?;
            let brands: Vec<&str> = hits.iter().map(|h| h.chunk.brand.as_str()).collect();
            ensure!(
                brands == [brand],
                "brand {brand}, {mode:?}: found {brands:?}"
            );
        }
    }
    for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
        let none = search(store, "Farbe", Some(&v), &filter("gamma"), 10, mode)?;
        ensure!(none.is_empty(), "an unknown brand, {mode:?}: {none:?}");
    }
    // removing one brand's document leaves the other's
    let n = store.remove_document("beta", "a.md").map_err(err)?;
    ensure!(n == 1, "removed {n}");
    let alpin = store.manifest("alpin").map_err(err)?;
    ensure!(
        alpin.len() == 1,
        "alpin after removing beta's document: {alpin:?}"
    );
    Ok(())
}

fn locale_and_doc_type_filters(store: &mut dyn VectorStore) -> Result<(), String> {
    let mut de = chunk("de.md", "A", 0, "Jacke Farbe");
    de.doc_type = Some("product".into());
    let mut en = chunk("en.md", "A", 0, "Jacke Farbe");
    en.locale = Some("en".into());
    en.doc_type = Some("product".into());
    let mut guide = chunk("guide.md", "A", 0, "Jacke Farbe");
    guide.doc_type = Some("guide".into());
    let untyped = chunk("untyped.md", "A", 0, "Jacke Farbe");
    // a document without a locale (written in both languages) serves every locale
    let mut neutral = chunk("neutral.md", "A", 0, "Jacke Farbe");
    neutral.locale = None;
    for c in [&de, &en, &guide, &untyped, &neutral] {
        write(store, "h", &[(c.clone(), unit([1.0, 0.0, 0.0, 0.0]))])?;
    }
    let cases: [(Option<&str>, Option<&str>, &[&str]); 5] = [
        (
            None,
            None,
            &["de.md", "en.md", "guide.md", "neutral.md", "untyped.md"],
        ),
        (
            Some("de"),
            None,
            &["de.md", "guide.md", "neutral.md", "untyped.md"],
        ),
        (Some("en"), None, &["en.md", "neutral.md"]),
        (None, Some("product"), &["de.md", "en.md"]),
        (Some("de"), Some("product"), &["de.md"]),
    ];
    for (locale, doc_type, expected) in cases {
        let f = Filter {
            brand: "alpin".into(),
            locale: locale.map(String::from),
            doc_type: doc_type.map(String::from),
            tags: Vec::new(),
        };
        for (mode, found) in found_in_every_mode(store, "Jacke", &f)? {
            ensure!(
                found == expected,
                "locale {locale:?}, doc_type {doc_type:?}, {mode:?}: {found:?}"
            );
        }
    }
    Ok(())
}

fn tags_are_any_of(store: &mut dyn VectorStore) -> Result<(), String> {
    let tagged = |path: &str, tags: &[&str]| {
        let mut c = chunk(path, "A", 0, "Jacke");
        c.tags = tags.iter().map(|t| t.to_string()).collect();
        c
    };
    let chunks = [
        tagged("rain.md", &["regen"]),
        tagged("both.md", &["regen", "winter sale"]),
        tagged("winter.md", &["winter sale"]),
        tagged("none.md", &[]),
    ];
    for c in &chunks {
        write(store, "h", &[(c.clone(), unit([1.0, 0.0, 0.0, 0.0]))])?;
    }
    let cases: [(&[&str], &[&str]); 4] = [
        (&[], &["both.md", "none.md", "rain.md", "winter.md"]),
        (&["regen"], &["both.md", "rain.md"]),
        (&["winter sale"], &["both.md", "winter.md"]),
        (
            &["regen", "winter sale"],
            &["both.md", "rain.md", "winter.md"],
        ),
    ];
    for (tags, expected) in cases {
        let f = Filter {
            brand: "alpin".into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..Filter::default()
        };
        for (mode, found) in found_in_every_mode(store, "Jacke", &f)? {
            ensure!(found == expected, "tags {tags:?}, {mode:?}: {found:?}");
        }
    }
    let f = Filter {
        brand: "alpin".into(),
        tags: vec!["sommer".into()],
        ..Filter::default()
    };
    for (mode, found) in found_in_every_mode(store, "Jacke", &f)? {
        ensure!(found.is_empty(), "an unused tag, {mode:?}: {found:?}");
    }
    Ok(())
}

/// Three chunks: the colour one, the weight one and the care one, with vectors along the axes
/// (colour nearest to weight's axis after weight itself).
fn three_sections(store: &mut dyn VectorStore) -> Result<(), String> {
    write(
        store,
        "h",
        &[
            (
                chunk(
                    "jacke.md",
                    "Farbe",
                    0,
                    "Die Farbe der Jacke ist ein kräftiges Rot.",
                ),
                unit([0.6, 0.8, 0.0, 0.0]),
            ),
            (
                chunk(
                    "jacke.md",
                    "Gewicht",
                    0,
                    "Die Jacke wiegt 310 g in Größe M.",
                ),
                unit([0.0, 1.0, 0.0, 0.0]),
            ),
            (
                chunk("jacke.md", "Pflege", 0, "Bei 30 Grad waschen und trocknen."),
                unit([0.0, 0.0, 1.0, 0.0]),
            ),
        ],
    )
    .map(|_| ())
}

fn headings(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.chunk.heading_path.as_str()).collect()
}

fn bm25_ranks_the_querys_words_first(store: &mut dyn VectorStore) -> Result<(), String> {
    three_sections(store)?;
    let weight_axis = unit([0.0, 1.0, 0.0, 0.0]);
    // an inflected form finds the stem; the vector (pointing elsewhere) does not count
    let hits = search(
        store,
        "Farben",
        Some(&weight_axis),
        &filter("alpin"),
        3,
        Mode::Bm25,
    )?;
    ensure!(
        headings(&hits).first() == Some(&"Farbe"),
        "query Farben: {:?}",
        headings(&hits)
    );
    ensure!(
        !headings(&hits).contains(&"Pflege"),
        "a chunk without the query's words: {:?}",
        headings(&hits)
    );
    let hits = search(store, "waschen", None, &filter("alpin"), 3, Mode::Bm25)?;
    ensure!(
        headings(&hits) == ["Pflege"],
        "query waschen: {:?}",
        headings(&hits)
    );
    ensure!(hits[0].score > 0.0, "a BM25 match scores {}", hits[0].score);
    Ok(())
}

fn dense_ranks_the_nearest_vector_first(store: &mut dyn VectorStore) -> Result<(), String> {
    three_sections(store)?;
    let near_weight = unit([0.1, 1.0, 0.0, 0.0]);
    let hits = search(
        store,
        "waschen",
        Some(&near_weight),
        &filter("alpin"),
        3,
        Mode::Dense,
    )?;
    ensure!(
        headings(&hits) == ["Gewicht", "Farbe", "Pflege"],
        "by vector: {:?}",
        headings(&hits)
    );
    ensure!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "scores not best first: {:?}",
        hits.iter().map(|h| h.score).collect::<Vec<_>>()
    );
    let cosine = f64::from(near_weight[1]);
    ensure!(
        (hits[0].score - cosine).abs() < 1e-3,
        "the nearest scores {} (its cosine is {cosine})",
        hits[0].score
    );
    Ok(())
}

fn hybrid_contains_both(store: &mut dyn VectorStore) -> Result<(), String> {
    three_sections(store)?;
    // words point at the colour section, the vector at the weight section
    let weight_axis = unit([0.0, 1.0, 0.0, 0.0]);
    let hits = search(
        store,
        "Farben",
        Some(&weight_axis),
        &filter("alpin"),
        2,
        Mode::Hybrid,
    )?;
    let mut found = headings(&hits);
    found.sort();
    ensure!(
        found == ["Farbe", "Gewicht"],
        "hybrid top 2: {:?}",
        headings(&hits)
    );
    let hits = search(
        store,
        "Farben",
        Some(&weight_axis),
        &filter("alpin"),
        10,
        Mode::Hybrid,
    )?;
    let mut ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    ensure!(
        ids.len() == hits.len(),
        "a chunk found twice: {:?}",
        headings(&hits)
    );
    ensure!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "scores not best first"
    );
    // without a vector, hybrid ranks by the words
    let hits = search(store, "waschen", None, &filter("alpin"), 3, Mode::Hybrid)?;
    ensure!(
        headings(&hits).first() == Some(&"Pflege"),
        "hybrid without a vector: {:?}",
        headings(&hits)
    );
    Ok(())
}

fn nothing_to_rank_by_finds_nothing(store: &mut dyn VectorStore) -> Result<(), String> {
    three_sections(store)?;
    let f = filter("alpin");
    for (text, mode) in [
        ("", Mode::Hybrid),
        ("und die", Mode::Hybrid),
        ("", Mode::Bm25),
    ] {
        let hits = search(store, text, None, &f, 3, mode)?;
        ensure!(
            hits.is_empty(),
            "{text:?} without a vector, {mode:?}: {:?}",
            headings(&hits)
        );
    }
    let hits = search(store, "Farbe", None, &f, 3, Mode::Dense)?;
    ensure!(
        hits.is_empty(),
        "dense without a vector: {:?}",
        headings(&hits)
    );
    let hits = search(store, "Pullover", None, &f, 3, Mode::Bm25)?;
    ensure!(
        hits.is_empty(),
        "a word no chunk has: {:?}",
        headings(&hits)
    );
    Ok(())
}

fn one_hit_per_section(store: &mut dyn VectorStore) -> Result<(), String> {
    // one long section split in three parts, and a short one
    let parts: Vec<(StoredChunk, Vec<f32>)> = (0..3)
        .map(|i| {
            let text = if i == 1 {
                "Jacke Jacke Farbe"
            } else {
                "Jacke Farbe"
            };
            (chunk("a.md", "A", i, text), unit([1.0, i as f32, 0.0, 0.0]))
        })
        .collect();
    write(store, "h", &parts)?;
    write(
        store,
        "h",
        &[(chunk("b.md", "B", 0, "Jacke"), unit([0.0, 1.0, 0.0, 0.0]))],
    )?;
    let v = unit([1.0, 1.0, 0.0, 0.0]);
    for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
        let hits = search(store, "Jacke", Some(&v), &filter("alpin"), 3, mode)?;
        let mut found = paths(&hits);
        found.sort_unstable();
        ensure!(found == ["a.md", "b.md"], "{mode:?}: {:?}", sources(&hits));
    }
    let hits = search(store, "Jacke", None, &filter("alpin"), 3, Mode::Bm25)?;
    ensure!(
        sources(&hits).contains(&"a.md#1".to_string()),
        "the best part of the section: {:?}",
        sources(&hits)
    );
    Ok(())
}

fn k_is_respected(store: &mut dyn VectorStore) -> Result<(), String> {
    let chunks: Vec<(StoredChunk, Vec<f32>)> = (0..6)
        .map(|i| {
            (
                chunk(&format!("d{i}.md"), "A", 0, &format!("Jacke Modell{i}")),
                unit([1.0, i as f32 * 0.3, 0.1, 0.0]),
            )
        })
        .collect();
    for c in &chunks {
        write(store, "h", std::slice::from_ref(c))?;
    }
    let v = unit([1.0, 0.0, 0.0, 0.0]);
    let f = filter("alpin");
    for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
        for (k, expected) in [(1, 1), (3, 3), (6, 6), (20, 6)] {
            let hits = search(store, "Jacke", Some(&v), &f, k, mode)?;
            ensure!(
                hits.len() == expected,
                "{mode:?}, k = {k}: {} hits",
                hits.len()
            );
        }
    }
    Ok(())
}

fn hits_are_the_chunks_as_written(store: &mut dyn VectorStore) -> Result<(), String> {
    let c = StoredChunk {
        brand: "alpin".into(),
        path: "products/rain jacket.de.md".into(),
        heading_path: "Gratwind Regenjacke > Farbe & Größe".into(),
        part: 3,
        locale: Some("de".into()),
        doc_type: Some("product".into()),
        tags: vec!["regen".into(), "winter sale".into()],
        text: "Die Farbe „Gletscherblau“ gibt es in Größe S–XL.".into(),
        hash: "0123abcd".into(),
    };
    let no_locale = StoredChunk {
        path: "notes.md".into(),
        locale: None,
        doc_type: None,
        tags: Vec::new(),
        text: "Farbe".into(),
        ..c.clone()
    };
    write(store, "h1", &[(c.clone(), unit([1.0, 0.0, 0.0, 0.0]))])?;
    write(
        store,
        "h2",
        &[(no_locale.clone(), unit([0.0, 1.0, 0.0, 0.0]))],
    )?;
    let v = unit([1.0, 0.0, 0.0, 0.0]);
    for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
        let hits = search(store, "Farbe", Some(&v), &filter("alpin"), 5, mode)?;
        ensure!(hits.len() == 2, "{mode:?}: {} hits", hits.len());
        for h in &hits {
            let expected = if h.chunk.path == c.path {
                &c
            } else {
                &no_locale
            };
            ensure!(
                h.chunk == *expected,
                "{mode:?}: {:?} != {expected:?}",
                h.chunk
            );
            ensure!(
                h.id == expected.id(),
                "{mode:?}: id {} != {}",
                h.id,
                expected.id()
            );
            ensure!(h.score.is_finite(), "{mode:?}: score {}", h.score);
        }
    }
    Ok(())
}

fn clear_empties_everything(store: &mut dyn VectorStore) -> Result<(), String> {
    three_sections(store)?;
    let mut beta = chunk("b.md", "B", 0, "Farbe");
    beta.brand = "beta".into();
    write(store, "h", &[(beta, unit([1.0, 0.0, 0.0, 0.0]))])?;
    store.clear().map_err(err)?;
    // the recorded model went too: another one is accepted
    store.check_model("after-clear", 8).map_err(err)?;
    for brand in ["alpin", "beta"] {
        let docs = store.manifest(brand).map_err(err)?;
        ensure!(docs.is_empty(), "{brand} after clear: {docs:?}");
        let v: Vec<f32> = vec![0.5; 8];
        let hits = search(store, "Farbe", Some(&v), &filter(brand), 5, Mode::Hybrid)?;
        ensure!(
            hits.is_empty(),
            "{brand} found after clear: {:?}",
            headings(&hits)
        );
    }
    Ok(())
}
