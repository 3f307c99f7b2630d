"""Microsoft Presidio on the PII bench corpus, regex recognizers only.

Usage: compare.py CORPUS.jsonl

CORPUS.jsonl is written by `cargo bench --bench pii` with COPYDESK_PII_CORPUS set, one text a
line: {"text": ..., "entities": [{"entity": "EMAIL", "text": ...}]}. This prints the same lines
as the Rust bench (throughput of analyze + anonymize, best of 3 passes, and tp/fp/fn/precision/
recall per entity, matching found spans to the ground truth by (entity, exact text)), so the
two can be read side by side. `scripts/bench-pii.sh` runs both.

Set-up, chosen to be Presidio's own defaults wherever there is a choice:
- NLP engine: Presidio's NoOpNlpEngine (empty NlpArtifacts: no tokens, lemmas or entities), so
  no spaCy model is loaded. PERSON needs an NER model in Presidio and is therefore reported as
  not available; context words cannot raise scores either (they come from lemmas).
- Recognizers: the predefined ones that cover copydesk's entities, with their default patterns,
  context and validation: EmailRecognizer, PhoneRecognizer (default regions), IbanRecognizer,
  CreditCardRecognizer, IpRecognizer, DeTaxIdRecognizer. Each is registered for "en" and "de"
  and every text is analysed in its own language (a stop-word count decides). As the
  recognizers are the same for both languages and context is inert without lemmas, the
  language does not change the results.
- Score threshold: the engine default (AnalyzerEngine(default_score_threshold=0)), so every
  match that its recognizer's validation does not reject is kept.
- Anonymizer: AnonymizerEngine with the "replace" operator, which writes <ENTITY_TYPE>.
- EmailRecognizer validates the domain with tldextract, whose default first tries to download
  the public suffix list; here it is pointed at the snapshot tldextract ships, so the run is
  offline and deterministic (the lookup itself is the same).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from importlib.metadata import version

import tldextract

_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=())
tldextract.extract = _OFFLINE_TLD  # EmailRecognizer calls tldextract.extract(...)

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.nlp_engine import NoOpNlpEngine  # noqa: E402
from presidio_analyzer.predefined_recognizers import (  # noqa: E402
    CreditCardRecognizer,
    DeTaxIdRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
)
from presidio_anonymizer import AnonymizerEngine  # noqa: E402
from presidio_anonymizer.entities import OperatorConfig  # noqa: E402

LANGUAGES = ["en", "de"]
RECOGNIZERS = [
    EmailRecognizer,
    PhoneRecognizer,
    IbanRecognizer,
    CreditCardRecognizer,
    IpRecognizer,
    DeTaxIdRecognizer,
]
# Presidio's entity names -> copydesk's.
ENTITY_NAMES = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "DE_TAX_ID": "DE_TAX_ID",
}
NOT_AVAILABLE = {"PERSON": "not available regex-only (Presidio finds names with an NER model)"}
PASSES = 3

_WORD = re.compile(r"[^\W\d_]+")
_DE = {"der", "die", "das", "und", "mit", "für", "auch", "sie", "zur", "am", "den", "ist", "ab"}
_EN = {"the", "and", "with", "for", "it", "your", "about", "on", "a", "of", "is", "out"}


def language_of(text: str) -> str:
    words = [w.lower() for w in _WORD.findall(text)]
    de = sum(w in _DE for w in words)
    en = sum(w in _EN for w in words)
    return "de" if de > en else "en"


def build_analyzer() -> AnalyzerEngine:
    nlp_engine = NoOpNlpEngine(
        models=[{"lang_code": lang, "model_name": "no_op"} for lang in LANGUAGES]
    )
    registry = RecognizerRegistry(supported_languages=LANGUAGES)
    for recognizer in RECOGNIZERS:
        for lang in LANGUAGES:
            registry.add_recognizer(recognizer(supported_language=lang))
    return AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=LANGUAGES
    )


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: compare.py CORPUS.jsonl")
    with open(sys.argv[1], encoding="utf-8") as f:
        corpus = [json.loads(line) for line in f if line.strip()]
    texts = [(doc["text"], language_of(doc["text"])) for doc in corpus]
    truths = [[(e["entity"], e["text"]) for e in doc["entities"]] for doc in corpus]
    size = sum(len(t.encode("utf-8")) for t, _ in texts)

    analyzer = build_analyzer()
    anonymizer = AnonymizerEngine()
    operators = {"DEFAULT": OperatorConfig("replace")}

    # quality (also the warm-up: recognizers load lazily on first use)
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for (text, lang), truth in zip(texts, truths):
        found = [
            (ENTITY_NAMES.get(r.entity_type, r.entity_type), text[r.start : r.end])
            for r in analyzer.analyze(text=text, language=lang)
        ]
        for f in found:
            stats[f[0]][0 if f in truth else 1] += 1
        for g in truth:
            if g not in found:
                stats[g[0]][2] += 1

    # speed: analyze + anonymize, best of PASSES passes
    best = float("inf")
    for _ in range(PASSES):
        started = time.perf_counter()
        for text, lang in texts:
            results = analyzer.analyze(text=text, language=lang)
            anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
        best = min(best, time.perf_counter() - started)

    n = len(texts)
    langs = defaultdict(int)
    for _, lang in texts:
        langs[lang] += 1
    print(
        f"presidio-analyzer {version('presidio-analyzer')}, "
        f"presidio-anonymizer {version('presidio-anonymizer')}, "
        f"phonenumbers {version('phonenumbers')}, Python {sys.version.split()[0]}"
    )
    print(
        "recognizers: "
        + ", ".join(r.__name__ for r in RECOGNIZERS)
        + f"; NoOpNlpEngine; score threshold {analyzer.default_score_threshold}"
    )
    print(
        "languages: "
        + ", ".join(f"{lang} {langs[lang]}" for lang in LANGUAGES)
        + " texts (same recognizers for both)"
    )
    print(f"corpus: {n} texts, {size / n:.0f} chars on average, {size} bytes")
    print(
        f"analyze + anonymize: {n / best:.0f} docs/s, {size / best / 1e6:.1f} MB/s, "
        f"{best / n * 1e6:.1f} µs per text"
    )
    print(f"{'entity':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7}")
    for entity in sorted(stats):
        tp, fp, fn = stats[entity]
        p = tp / max(tp + fp, 1)
        r = tp / max(tp + fn, 1)
        note = f"  {NOT_AVAILABLE[entity]}" if entity in NOT_AVAILABLE else ""
        print(f"{entity:<12} {tp:>5} {fp:>5} {fn:>5} {p:>9.3f} {r:>7.3f}{note}")


if __name__ == "__main__":
    main()
