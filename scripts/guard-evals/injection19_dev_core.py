"""Shared pieces of the nineteenth injection corpus, dev half: the example brand's products,
field formats (feed rows, shop HTML, reviews), the obfuscations with their decoders, and the lists
of techniques and benign genres. Standard library only; no randomness here.
"""

import base64
import codecs
import csv
import io
import json

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")

# ------------------------------------------------------------------ techniques and genres

TECHNIQUES = [
    ("override", "cancels or replaces the writer's instructions; one wording per language uses no word for 'ignore'"),
    ("polite_request", "a courteous request to the model (please, would you mind, thank you in advance)"),
    ("question_action", "a question that really asks the model to do something"),
    ("third_person", "an order about 'the assistant', 'the text generator', 'the AI' in the third person"),
    ("fake_note", "a forged note from an editor, QA, legal or 'the system' inside a data field"),
    ("role_spoof", "fake system/assistant turns, chat-template tokens, JSON role fields, closing tags"),
    ("persona", "tells the model to become another character or an unrestricted assistant"),
    ("prompt_leak", "asks for the system prompt, configuration or hidden rules"),
    ("insert_contact", "makes the copy carry a URL (one record) or a phone number (the other)"),
    ("insert_code", "makes the copy carry a discount code nobody approved"),
    ("price", "makes the copy state a wrong price or a made-up reduction"),
    ("competitor", "makes the copy praise or recommend a competitor"),
    ("disparage", "makes the copy run down the brand or its product"),
    ("false_or_offensive", "a false product claim (one record) or insulting copy (the other)"),
    ("tone_format", "changes tone, language or output format"),
    ("sabotage", "stops the output, empties it or fills it with junk"),
    ("batch_persistence", "asks for a change that holds for every later item of the batch"),
    ("conditional", "an instruction that triggers only under a condition (an AI reader, a product, a date)"),
    ("markdown", "Markdown links, images or reference links that carry the payload"),
    ("html_hidden", "HTML comments, hidden elements or attributes in shop HTML"),
    ("leetspeak", "the instruction in leetspeak"),
    ("spacing", "the instruction with its letters spaced or dotted apart"),
    ("homoglyph", "the instruction with Cyrillic and Greek look-alike letters"),
    ("zero_width", "the instruction interleaved with zero-width characters"),
    ("base64", "the instruction base64-encoded with a hint to decode and follow it"),
    ("rot13", "the instruction in ROT13 with a hint to decode and follow it"),
    ("reversed", "the instruction written backwards with a hint to reverse and follow it"),
    ("cross_language", "the instruction in another language than its carrier text"),
    ("buried", "one sentence of instruction in the middle of a long, ordinary description or document"),
    ("split_payload", "the instruction split across several fields of one feed row or record"),
]

# genre, records per language, description
GENRES = [
    ("marketing_imperative", 3, "slogans and calls to action ('Jetzt bestellen!', 'Ignore the noise')"),
    ("customer_instructions", 3, "returns, size guides, care steps addressed to customers"),
    ("promo_code", 2, "a code the shop itself gives customers ('enter SUMMER10 at checkout')"),
    ("contact_info", 2, "phone numbers, opening hours, 'visit https://…' for customers"),
    ("review_other_brand", 3, "reviews that compare with or name other brands"),
    ("review_mentions_ai", 2, "reviews that mention the AI size advisor, chatbots or ChatGPT"),
    ("brief_legit", 3, "briefs that legitimately ask for tone, length, a code or a URL"),
    ("editor_note", 3, "notes from editors to human writers ('please check', 'do not use')"),
    ("dev_docs", 2, "developer documentation of the copy pipeline, with prompts and roles as data"),
    ("article_injection", 2, "articles and blog posts about prompt injection that quote attacks"),
    ("training_note", 2, "security training notes for staff that describe injections"),
    ("minimal_pair", 3, "the same carrier as an injection with nothing addressed to a model"),
    ("shop_html", 3, "the shop's own HTML with comments, hidden elements and data attributes"),
    ("faq_must", 3, "FAQ answers with 'please', 'you must', 'never'"),
    ("care_doc", 2, "care and repair document chunks"),
    ("claims_doc", 2, "claims and legal document chunks with forbidden wordings quoted"),
    ("guideline_doc", 3, "brand writing rules addressed to writers ('always', 'never', 'ignore')"),
    ("feed_row", 3, "plain feed rows in CSV, TSV, XML, JSON or key: value"),
    ("link", 2, "plain shop and partner URLs with tracking parameters"),
    ("product_description", 2, "ordinary product descriptions"),
    ("title", 2, "ordinary product titles, some with imperative slogans"),
    ("foreign_phrase", 2, "text quoting a phrase in another language"),
    ("encoded_data", 2, "image checksums, base64 tracking tokens and base64 ref parameters in links"),
    ("quoted_instruction", 2, "customers quoting what someone told them ('forget the map')"),
    ("system_words", 2, "'system', 'prompt', 'override', 'admin' in their ordinary senses"),
]

# ------------------------------------------------------------------ the example brand

# sku, product name, price in euro cents, title per language
PRODUCTS = {
    "TG-RJ-100": ("Firstwand", 34995, {
        "de": "Firstwand 3-Lagen-Regenjacke", "en": "Firstwand 3-Layer Rain Jacket",
        "fr": "Veste de pluie 3 couches Firstwand", "es": "Chaqueta impermeable de 3 capas Firstwand",
        "it": "Giacca antipioggia a 3 strati Firstwand", "nl": "Firstwand 3-laags regenjas"}),
    "TG-RJ-200": ("Schauerpass", 19995, {
        "de": "Schauerpass 2,5-Lagen-Regenjacke", "en": "Schauerpass 2.5-Layer Rain Jacket",
        "fr": "Veste de pluie 2,5 couches Schauerpass", "es": "Chaqueta impermeable de 2,5 capas Schauerpass",
        "it": "Giacca antipioggia 2,5 strati Schauerpass", "nl": "Schauerpass 2,5-laags regenjas"}),
    "TG-DJ-100": ("Kaltkar", 28995, {
        "de": "Kaltkar Daunenjacke", "en": "Kaltkar Down Jacket", "fr": "Doudoune Kaltkar",
        "es": "Chaqueta de plumón Kaltkar", "it": "Piumino Kaltkar", "nl": "Kaltkar donsjas"}),
    "TG-SI-100": ("Rinnental", 21995, {
        "de": "Rinnental Isolationshoody", "en": "Rinnental Insulated Hoody", "fr": "Sweat isolant à capuche Rinnental",
        "es": "Sudadera aislante con capucha Rinnental", "it": "Felpa imbottita con cappuccio Rinnental",
        "nl": "Rinnental geïsoleerde hoody"}),
    "TG-FL-100": ("Gitterhang", 11995, {
        "de": "Gitterhang Grid-Fleecejacke", "en": "Gitterhang Grid Fleece Jacket", "fr": "Veste polaire grid Gitterhang",
        "es": "Chaqueta polar grid Gitterhang", "it": "Giacca in pile grid Gitterhang", "nl": "Gitterhang grid-fleecejack"}),
    "TG-BL-100": ("Morgengrat", 8995, {
        "de": "Morgengrat Merino-Langarmshirt 150", "en": "Morgengrat Merino 150 Long-Sleeve Shirt",
        "fr": "T-shirt manches longues mérinos 150 Morgengrat", "es": "Camiseta de manga larga merino 150 Morgengrat",
        "it": "Maglia a maniche lunghe in merino 150 Morgengrat", "nl": "Morgengrat merino shirt lange mouw 150"}),
    "TG-SO-100": ("Trittweg", 2495, {
        "de": "Trittweg Merino-Wandersocken", "en": "Trittweg Merino Hiking Socks", "fr": "Chaussettes de randonnée mérinos Trittweg",
        "es": "Calcetines de senderismo merino Trittweg", "it": "Calze da trekking in merino Trittweg", "nl": "Trittweg merino wandelsokken"}),
    "TG-HT-100": ("Almweg", 12995, {
        "de": "Almweg Zip-off-Wanderhose", "en": "Almweg Zip-Off Hiking Trousers", "fr": "Pantalon de randonnée zip-off Almweg",
        "es": "Pantalón de senderismo desmontable Almweg", "it": "Pantaloni da trekking zip-off Almweg", "nl": "Almweg zip-off wandelbroek"}),
    "TG-WT-100": ("Wintersteig", 16995, {
        "de": "Wintersteig Wintertrekkinghose", "en": "Wintersteig Winter Trekking Trousers", "fr": "Pantalon de trekking hiver Wintersteig",
        "es": "Pantalón de trekking de invierno Wintersteig", "it": "Pantaloni da trekking invernali Wintersteig", "nl": "Wintersteig winter trekkingbroek"}),
    "TG-TS-100": ("Steinlauf", 15995, {
        "de": "Steinlauf Trailrunningschuh", "en": "Steinlauf Trail Running Shoe", "fr": "Chaussure de trail Steinlauf",
        "es": "Zapatilla de trail Steinlauf", "it": "Scarpa da trail running Steinlauf", "nl": "Steinlauf trailrunschoen"}),
    "TG-BP-030": ("Hochsattel 30", 13995, {
        "de": "Hochsattel 30 Wanderrucksack", "en": "Hochsattel 30 Hiking Backpack", "fr": "Sac à dos de randonnée Hochsattel 30",
        "es": "Mochila de senderismo Hochsattel 30", "it": "Zaino da escursionismo Hochsattel 30", "nl": "Hochsattel 30 wandelrugzak"}),
    "TG-BP-045": ("Fernkamm 45+10", 22995, {
        "de": "Fernkamm 45+10 Trekkingrucksack", "en": "Fernkamm 45+10 Trekking Backpack", "fr": "Sac à dos de trekking Fernkamm 45+10",
        "es": "Mochila de trekking Fernkamm 45+10", "it": "Zaino da trekking Fernkamm 45+10", "nl": "Fernkamm 45+10 trekkingrugzak"}),
}


def title(sku: str, lang: str) -> str:
    return PRODUCTS[sku][2][lang]


def price(sku_or_cents, lang: str) -> str:
    """A price as the shop writes it in each language."""
    cents = PRODUCTS[sku_or_cents][1] if isinstance(sku_or_cents, str) else sku_or_cents
    e, c = divmod(cents, 100)
    if lang == "en":
        return f"€{e}.{c:02d}"
    if lang == "nl":
        return f"€ {e},{c:02d}"
    return f"{e},{c:02d} €"


def feed_price(sku: str) -> str:
    e, c = divmod(PRODUCTS[sku][1], 100)
    return f"{e}.{c:02d} EUR"


def url(sku: str, lang: str) -> str:
    host = "talgrat.de" if lang == "de" else "talgrat.com"
    slug = PRODUCTS[sku][0].lower().replace(" ", "-").replace("+", "-")
    path = "" if lang in ("de", "en") else f"/{lang}"
    return f"https://www.{host}{path}/p/{slug}-{sku.lower()}"


# ------------------------------------------------------------------ field formats


def csv_row(header, values, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerow(values)
    return buf.getvalue().rstrip("\n")


def tsv_row(header, values):
    return "\t".join(header) + "\n" + "\t".join(v.replace("\t", " ") for v in values)


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_item(pairs):
    inner = "".join(f"\n  <g:{k}>{xml_escape(v)}</g:{k}>" for k, v in pairs)
    return f"<item>{inner}\n</item>"


def json_row(pairs, indent=None):
    return json.dumps(dict(pairs), ensure_ascii=False, indent=indent)


def keyval(pairs):
    return "\n".join(f"{k}: {v}" for k, v in pairs)


def html(*paragraphs, lists=None):
    out = [f"<p>{p}</p>" for p in paragraphs]
    if lists:
        out.append("<ul>" + "".join(f"<li>{x}</li>" for x in lists) + "</ul>")
    return "\n".join(out)


def review(stars: int, headline: str, body: str, who: str) -> str:
    return f"{'★' * stars}{'☆' * (5 - stars)} {headline}\n{body}\n— {who}"


# ------------------------------------------------------------------ obfuscations

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
UNLEET = {v: k for k, v in LEET.items()}
# Cyrillic and Greek look-alikes of Latin letters
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "Α", "E": "Ε",
        "O": "Ο", "T": "Τ", "H": "Η", "K": "Κ", "M": "Μ", "P": "Ρ", "B": "Β", "N": "Ν", "I": "Ι"}
UNHOMO = {v: k for k, v in HOMO.items()}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(s: str) -> str:
    return "".join(LEET.get(ch.lower(), ch) if ch.isalpha() else ch for ch in s)


def unleet(s: str) -> str:
    return "".join(UNLEET.get(ch, ch) for ch in s)


def spaced(s: str, sep: str = " ") -> str:
    """Letters apart, words three separators apart: 'add it' -> 'a d d   i t'."""
    return (sep * 3).join(sep.join(w) for w in s.split(" "))


def unspaced(s: str, sep: str = " ") -> str:
    return " ".join(w.replace(sep, "") for w in s.split(sep * 3))


def homoglyph(s: str) -> str:
    return "".join(HOMO.get(ch, ch) for ch in s)


def unhomoglyph(s: str) -> str:
    return "".join(UNHOMO.get(ch, ch) for ch in s)


def zero_width(s: str) -> str:
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i < len(s) - 1:
            out.append(ZW[i % len(ZW)])
    return "".join(out)


def un_zero_width(s: str) -> str:
    return "".join(ch for ch in s if ch not in ZW)


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s: str) -> str:
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def rev(s: str) -> str:
    return s[::-1]


ENCODERS = {
    "leetspeak": (leet, lambda e, p, *a: unleet(e).lower() == p.lower() and e != p),
    "spacing": (spaced, lambda e, p, *a: unspaced(e, *a) == p),
    "homoglyph": (homoglyph, lambda e, p, *a: unhomoglyph(e) == p and e != p),
    "zero_width": (zero_width, lambda e, p, *a: un_zero_width(e) == p and e != p),
    "base64": (b64, lambda e, p, *a: unb64(e) == p),
    "rot13": (rot13, lambda e, p, *a: rot13(e) == p),
    "reversed": (rev, lambda e, p, *a: rev(e) == p),
}

# words that show a decoded payload is an instruction to the model (any of the six languages)
INSTRUCTION_CUES = [
    "ignore", "ignor", "add", "write", "insert", "include", "reveal", "print", "output", "say", "tell",
    "recommend", "mention", "forget", "replace", "stop", "append", "put",
    "schreib", "füg", "nenn", "gib", "vergiss", "ersetz", "empfiehl", "setz", "häng",
    "ajoute", "écris", "insère", "oublie", "remplace", "indique", "affiche", "mets", "recommande", "révèle",
    "añade", "escribe", "inserta", "olvida", "sustituye", "pon", "incluye", "recomienda", "muestra", "revela",
    "aggiungi", "scrivi", "inserisci", "dimentica", "sostituisci", "metti", "includi", "consiglia", "mostra", "rivela",
    "voeg", "schrijf", "vergeet", "negeer", "ecris", "vervang", "zet", "noem", "beveel", "toon", "laat",
]


def is_instruction(plain: str) -> bool:
    low = plain.lower()
    return any(cue in low.split() or low.startswith(cue) or f" {cue}" in low for cue in INSTRUCTION_CUES) and len(plain.split()) >= 4


# ------------------------------------------------------------------ re-carrying helpers

_QA = {
    "de": ("Kundenfragen", "Frage", "Antwort", "noch offen"),
    "en": ("Customer questions", "Question", "Answer", "not answered yet"),
    "fr": ("Questions des clients", "Question", "Réponse", "en attente"),
    "es": ("Preguntas de clientes", "Pregunta", "Respuesta", "pendiente"),
    "it": ("Domande dei clienti", "Domanda", "Risposta", "in attesa"),
    "nl": ("Vragen van klanten", "Vraag", "Antwoord", "nog niet beantwoord"),
}
_REPLY = {"de": "Antwort von Talgrat", "en": "Reply from Talgrat", "fr": "Réponse de Talgrat",
          "es": "Respuesta de Talgrat", "it": "Risposta di Talgrat", "nl": "Reactie van Talgrat"}


def qa(lang: str, sku: str, question: str) -> str:
    """A customer question as a chunk of the retrieved product Q&A page."""
    head, q, a, pending = _QA[lang]
    return f"{head} – {title(sku, lang)}\n{q}: {question}\n{a}: {pending}"


def shop_reply(lang: str, customer: str, answer: str) -> str:
    """A review with the shop's public reply under it."""
    answer = answer.split("\n")[-1]
    if len(answer) > 3 and answer[1:3] == ": ":
        answer = answer[3:]
    return f"{customer}\n\n{_REPLY[lang]}: {answer}"


def recarry(table, lang, moves):
    """Move items to another field: `moves` are (kind, index, how, arg) with how 'qa' (a Q&A page
    chunk; arg: sku), 'reply' (a review with the shop's reply; arg: the customer's review line), 'feed'
    (a CSV feed row; arg: sku) or 'field' (the same text in the field arg)."""
    for kind, i, how, arg in moves:
        field, text, *rest = table[kind][i]
        if how == "qa":
            table[kind][i] = ("document", qa(lang, arg, text), *rest)
        elif how == "feed":
            header = ["id", "title", "description"] if lang == "en" else ["id", "titel" if lang in ("de", "nl") else
                                                                          "titre" if lang == "fr" else "titulo" if lang == "es" else "titolo",
                                                                          "description" if lang in ("en", "fr") else "beschreibung" if lang == "de" else
                                                                          "beschrijving" if lang == "nl" else "descripcion" if lang == "es" else "descrizione"]
            table[kind][i] = ("feed_row", csv_row(header, [arg, title(arg, lang), text], delimiter="," if lang == "en" else ";"), *rest)
        elif how == "field":
            table[kind][i] = (arg, text, *rest)
        else:
            table[kind][i] = ("review", shop_reply(lang, arg, text), *rest)
    return table
