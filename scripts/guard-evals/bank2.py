"""The second PII template bank (dev2 / heldout2), written without reading the recognizer's rules
or the first bank's templates.

Every genre's template list is split in two disjoint halves by position: even positions belong to
dev2, odd positions to heldout2 (`half(templates, split)`). The composites' layout variants
(mail headers, table column sets and separators, guest-list and log styles) are split the same way
(`Ctx.pick`), so the two splits share no template and no layout.

Genres with personal data: billing, email_thread, email_forward, minutes, ticket, team_chat, application,
invoice, delivery_note, social, web_form, structured, call_note, hr_note, guest_list, signup_log,
press_contact, complaint_letter, handwritten, export, address_text. Without personal data (hard
distractors only): marketing, product, transactional, faq.
"""

from bank2_clean import CLEAN
from bank2_de import DE
from bank2_en import EN

PII = {"en": EN, "de": DE}
SPLITS = {"dev2": 0, "heldout2": 1}


def half(templates: list, split: str) -> list:
    h = SPLITS[split]
    return templates[h::2]


def bank(lang: str, split: str) -> tuple[dict, dict]:
    """(genre -> templates with personal data, genre -> templates without) of one split."""
    pii = {g: half(ts, split) for g, ts in PII[lang].items()}
    clean = {g: half(ts, split) for g, ts in CLEAN[lang].items()}
    for g, ts in list(pii.items()) + list(clean.items()):
        assert ts, (lang, split, g)
    return pii, clean
