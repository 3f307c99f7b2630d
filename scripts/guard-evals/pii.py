"""The PII set generator: draws templates from a bank and fills them with people, addresses and
checksummed values, recording every labelled span.

Label conventions (README): PERSON is the name only, without honorific or title; STREET_ADDRESS
is the address as written contiguously (street + number, then postcode and town on the same or
the next line; US state + ZIP, UK postcode), never the country; PHONE keeps its `+`/`(`.
"""

import random

from common import Address, Person, credit_card, de_tax_id, distractor, iban, ip, phone, render, render_pieces

IBAN_COUNTRY = {"DE": "DE", "AT": "AT", "CH": "CH", "US": "GB", "GB": "GB", "IE": "IE"}


class Context:
    def __init__(self, bank, lang: str, rng: random.Random, invented: bool):
        self.bank = bank
        self.lang = lang
        self.rng = rng
        self.invented = invented
        countries = bank.ADDRESS_COUNTRIES[lang]
        self.country = rng.choices(list(countries), list(countries.values()))[0]
        self.people: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}

    def person(self, key: str) -> Person:
        p = self.people.get(key)
        if p is None:
            locales = self.bank.NAME_LOCALES[self.lang]
            locale = self.rng.choices(list(locales), list(locales.values()))[0]
            # only the first person of a record with name context may carry an invented name
            invented = self.invented and key == "p1"
            p = Person(self.rng, locale, self.lang, invented)
            self.people[key] = p
        return p

    def address(self, key: str) -> Address:
        a = self.addresses.get(key)
        if a is None:
            a = Address(self.rng, self.country)
            self.addresses[key] = a
        return a

    def resolve(self, slot: str):
        rng = self.rng
        # a bank may resolve slots of its own (or all of them) first; None falls through
        hook = getattr(self.bank, "resolve_slot", None)
        if hook is not None:
            pieces = hook(self, slot)
            if pieces is not None:
                return pieces
        head, _, attr = slot.partition(".")
        if head.startswith("p") and head[1:].isdigit():
            p = self.person(head)
            if attr == "hon":
                return [(p.honorific + " ", None), (p.last, "PERSON")]
            if attr == "hondat":
                return [(p.honorific_dat + " ", None), (p.last, "PERSON")]
            if attr == "dear":
                return [(p.salutation + " ", None), (p.last, "PERSON")]
            if attr == "honfull":
                return [(p.honorific + " ", None), (p.full, "PERSON")]
            if attr == "initial":
                return [(f"{p.first} {p.last[0]}.", "PERSON")]
            if attr == "lastfirst":
                return [(f"{p.last}, {p.first}", "PERSON")]
            if attr == "lfirst":
                return [(p.first.lower(), "PERSON")]
            if attr == "lfull":
                return [(p.full.lower(), "PERSON")]
            if attr == "upper":
                return [(p.full.upper(), "PERSON")]
            if attr == "email":
                return [(p.email, "EMAIL")]
            if attr in ("first", "last", "full"):
                return [(getattr(p, attr), "PERSON")]
            if attr == "honword":
                return [(p.honorific, None)]
            raise KeyError(slot)
        if head.startswith("a") and head[1:].isdigit():
            a = self.address(head)
            if attr == "line":
                return [(f"{a.street_line}, {a.town_line}", "STREET_ADDRESS")]
            if attr == "block":
                return [(f"{a.street_line}\n{a.town_line}", "STREET_ADDRESS")]
            if attr == "street":
                return [(a.street_line, "STREET_ADDRESS")]
            if attr == "town":
                return [(a.town, None)]
            if attr == "zip":
                return [(a.zip, None)]
            if attr == "country":
                return [(a.country_name, None)]
            raise KeyError(slot)
        if head == "phone":
            return [(phone(rng, self.country), "PHONE")]
        if head == "iban":
            return [(iban(rng, IBAN_COUNTRY[self.country], grouped=rng.random() < 0.7), "IBAN")]
        if head == "card":
            return [(credit_card(rng), "CREDIT_CARD")]
        if head == "ip":
            return [(ip(rng), "IP_ADDRESS")]
        if head == "taxid":
            return [(de_tax_id(rng), "DE_TAX_ID")]
        if head == "d":
            return [(distractor(attr, rng, self.lang), None)]
        if head == "x":
            return self.bank.COMPOSITES[attr](self)
        raise KeyError(slot)

    def sub(self, template: str):
        """Render a template fragment inside a composite slot (pieces, not a finished record)."""
        return render_pieces(template, self.resolve, self.rng)


def generate(bank, lang: str, n: int, seed: int, split: str) -> list[dict]:
    rng = random.Random(seed)
    templates = bank.PII[lang]
    weights = [t[3] if len(t) > 3 else 1.0 for t in templates]
    out = []
    for i in range(n):
        genre, has_context, template = templates_pick(templates, weights, rng)[:3]
        invented = has_context and rng.random() < bank.INVENTED_SHARE
        ctx = Context(bank, lang, rng, invented)
        text, entities = render(template, ctx.resolve, rng)
        out.append({"id": f"pii-{split}-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre, "entities": entities})
    return out


def templates_pick(templates, weights, rng):
    return rng.choices(templates, weights)[0]
