//! Criterion statistics for the guard: PII detect + redact per text of the seeded corpus, and the
//! whole chain of the example brand per ad line. `cargo bench --bench guard`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use copydesk::guard::Subject;
use copydesk::guard::chain::for_project;
use copydesk::guard::pii::{Operator, Pseudonymizer, apply, detect};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "support/ad_lines.rs"]
mod ad_lines;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/rng.rs"]
mod rng;

fn bench(c: &mut Criterion) {
    let texts: Vec<String> = corpus::corpus().into_iter().map(|(t, _)| t).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pii");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("detect+redact 1000 texts", |b| {
        b.iter(|| {
            for t in &texts {
                let m = detect(t);
                black_box(apply(
                    t,
                    &m,
                    &Operator::Placeholder,
                    &mut Pseudonymizer::default(),
                ));
            }
        })
    });
    group.finish();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chain = for_project(root, Some("talgrat"), None).unwrap();
    let lines = ad_lines::ad_lines(root);
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("chain");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("pii+policy+style 404 ad lines", |b| {
        b.iter(|| {
            for t in &lines {
                black_box(chain.check(&Subject::text(t)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
