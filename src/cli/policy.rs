//! `copydesk policy train`: fit the policy classifier on labelled lines and store it as the next
//! versioned model file under policies/. `copydesk policy names`: fit the PII recognizer's name
//! tagger on labelled PII texts (compiled into the binary from `data/names/tagger.json`).

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, print};
use crate::config::Config;
use crate::guard::pii::tagger;
use crate::guard::policy::brand_copy;
use crate::guard::policy::classifier::{CHAR_WEIGHT, next_version, read_examples, train};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Train the classifier; prints precision and recall on a held-out fifth.
    Train(TrainArgs),
    /// Train the PII recognizer's name tagger on labelled PII texts; with `--check`, compare the
    /// rules alone and the rules with the new tagger on other labelled files.
    Names(NamesArgs),
}

#[derive(Debug, clap::Args)]
pub struct NamesArgs {
    /// JSONL files of `{"text", "lang", "entities": [{"type", "start", "end"}]}` (code points),
    /// as in evals/guard/pii/.
    #[arg(long, num_args = 1.., required = true)]
    examples: Vec<PathBuf>,
    /// Where to write the model (default: data/names/tagger.json, which the next build compiles in).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Labelled files to measure on (strict micro-F1 and PERSON precision/recall).
    #[arg(long, num_args = 1..)]
    check: Vec<PathBuf>,
    /// Score at which a word starts a name (chosen by leaving one dev bank out at a time).
    #[arg(long, default_value_t = 0.6)]
    threshold: f64,
    /// Score at which a neighbouring word joins a name.
    #[arg(long, default_value_t = 0.1)]
    low: f64,
    /// A person the rules found is dropped when none of its words scores above this as personal
    /// data (0 keeps every one).
    #[arg(long, default_value_t = 0.5)]
    keep: f64,
}

#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// JSONL files of `{"text", "label": "approved"|"violation", "category"}` lines.
    #[arg(long, num_args = 1.., required = true)]
    examples: Vec<PathBuf>,
    /// Where to write the model (default: the next policies/classifier.vN.json).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Add this brand's own approved copy (product titles and sheets, approved claim wordings,
    /// glossary terms) as `approved` lines, so harmless copy is not taken for a violation.
    #[arg(long)]
    brand: Option<String>,
    /// With `--brand`: add every chunk of the brand's documents, rules for writers included, as
    /// benign lines (for the injection classifier, which screens retrieved chunks: none of them
    /// is addressed to the model).
    #[arg(long, requires = "brand")]
    documents: bool,
    /// Score at which a text counts as a violation.
    #[arg(long, default_value_t = 0.5)]
    threshold: f64,
    /// After measuring on the held-out fifth, fit the stored model on every line, the fifth
    /// included (for a model measured on other data, such as the injection classifier).
    #[arg(long)]
    all: bool,
    /// Weight of character 3–5-grams against words' 1: more weight lets a model generalise
    /// from word forms it has not seen (the injection classifier uses 0.6).
    #[arg(long, default_value_t = CHAR_WEIGHT)]
    char_weight: f64,
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    match cmd {
        Cmd::Train(args) => run_train(config, args),
        Cmd::Names(args) => run_names(config, args),
    }
}

fn run_names(config: &Config, args: NamesArgs) -> Result<ExitCode, Failure> {
    let model = tagger::train(&args.examples, args.threshold, args.low, args.keep)
        .map_err(Failure::Usage)?;
    let mut report = format!(
        "trained on {} words the rules leave alone, {} of them in a name, and {} words of the rules' people, {} of them personal data\n",
        model.words, model.in_names, model.people, model.real
    );
    if !args.check.is_empty() {
        report.push_str("file                               lang  F1 rules → tagger   PERSON P/R rules → tagger\n");
    }
    for file in &args.check {
        for (lang, rules, both) in tagger::check(&model, file).map_err(Failure::Usage)? {
            let ((p0, r0), (p1, r1)) = (rules.person(), both.person());
            report.push_str(&format!(
                "{:<34} {lang:<4}  {:.4} → {:.4}     {p0:.3}/{r0:.3} → {p1:.3}/{r1:.3}\n",
                file.display(),
                rules.f1(),
                both.f1()
            ));
        }
    }
    let out = args
        .out
        .unwrap_or_else(|| config.root.join("data/names/tagger.json"));
    let json = serde_json::to_string(&model).map_err(std::io::Error::other)?;
    std::fs::write(&out, json + "\n")?;
    report.push_str(&format!(
        "wrote {} ({} + {} weights); the next build compiles it in\n",
        out.display(),
        model.name.weights.len(),
        model.person.weights.len()
    ));
    print(report)?;
    Ok(ExitCode::SUCCESS)
}

fn run_train(config: &Config, args: TrainArgs) -> Result<ExitCode, Failure> {
    let (mut examples, problems) = read_examples(&args.examples);
    for p in &problems {
        eprintln!("{p}");
    }
    if let Some(wanted) = &args.brand {
        let dir = brand_dir(config, wanted)?;
        let from_brand = brand_copy::examples(&dir);
        eprintln!("{} approved lines from {}", from_brand.len(), dir.display());
        examples.extend(from_brand);
        if args.documents {
            let chunks = brand_copy::document_chunks(&dir);
            eprintln!("{} document chunks from {}", chunks.len(), dir.display());
            examples.extend(chunks);
        }
    }
    if examples.len() < 20 {
        return Err(Failure::Usage(format!(
            "{} labelled lines; training needs at least 20",
            examples.len()
        )));
    }
    let policies = config.root.join("policies");
    let (next, default_out) = next_version(&policies);
    let out = args.out.unwrap_or(default_out);
    // an explicit classifier.vN.json keeps its N
    let version = out
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| {
            n.strip_prefix("classifier.v")?
                .strip_suffix(".json")?
                .parse()
                .ok()
        })
        .unwrap_or(next);
    let t = train(
        &examples,
        version,
        args.threshold,
        args.all,
        args.char_weight,
    );
    let q = &t.model.held_out;
    let mut report = format!(
        "trained on {} lines, held out {} (a fixed fifth, chosen by a hash of each text)\n\
         held-out precision {:.3} · recall {:.3} at threshold {}\n",
        t.train, q.examples, q.precision, q.recall, q.threshold
    );
    report.push_str("held-out lines flagged per category:\n");
    for (category, (n, flagged)) in &t.per_category {
        report.push_str(&format!("  {category:<16} {flagged:>3}/{n:<3}\n"));
    }
    let json = serde_json::to_string(&t.model).map_err(std::io::Error::other)?;
    std::fs::write(&out, json + "\n")?;
    report.push_str(&format!(
        "wrote {} (version {version}, {} weights); point `classifier.model` in a policy file at it to use it\n",
        out.display(),
        t.model.weights.len()
    ));
    print(report)?;
    Ok(ExitCode::SUCCESS)
}

/// The folder of the brand `wanted` (an id or a display name).
fn brand_dir(config: &Config, wanted: &str) -> Result<PathBuf, Failure> {
    let (brands, _) = crate::knowledge::load_brands(&config.root.join("brand-guides"));
    brands
        .into_iter()
        .find(|(_, b)| b.is_named(wanted))
        .map(|(dir, _)| dir)
        .ok_or_else(|| Failure::Usage(format!("no brand '{wanted}' in brand-guides/")))
}
