"""English texts without personal data (nineteenth PII bank, held-out half): hard look-alikes
only – order, tracking and customer numbers shaped like phone numbers, GTINs with valid check
digits, dates, times, prices, versions, postcodes and towns alone, companies named after people,
the brand's product names and surnames used as ordinary words (hunter green, May, grace period)."""

import pii19_held_values as val


def _p(c):
    sku, name = c.pick(val.SKUS)
    return sku, name, val.PRODUCT_KIND["en"][name], val.PRICES[sku].replace(",", ".")


def _town(c, country=None):
    return val.town_alone(c.rng, country or c.pick(["GB", "IE", "US", "DE", "AT"]))


# ---------------------------------------------------------------- product_copy


def prod_1(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "{n} {k}\n[[Built for long days in changeable weather.|Made for hut-to-hut trips and wet shoulder seasons.|Our answer to grey skies and steep paths.]] "
        "[[Now also in Hunter Green.|New colour: Hunter Green.|Available in {col} and Hunter Green.]]\nSKU {sku} · GTIN {g} · €{pr} incl. VAT",
        n=n, k=k, col=c.colour(), sku=sku, g=c.gtin(), pr=pr)


def prod_2(c):
    n = c.pick([x for x in val.TOPS if x != "Gitterhang"])
    return c.fill(
        "Will the {n} fit over a fleece? Yes – the cut leaves room for a mid layer[[ such as the Gitterhang|]]. "
        "[[Weighs|Weight:]] {w} g in size M. [[Care: wash at 30 °C, tumble dry low to refresh the DWR.|Repairs are done in our own workshop.]]",
        n=n, w=str(val.WEIGHTS_G[n]))


def prod_3(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "• {n} {k}, €{pr}\n• Colours: {c1}, {c2}\n• Sizes XS–XXL\n• Article no. {sku}-{s}, EAN {g}\n• [[5-year Talgrat guarantee in addition to your statutory rights|Designed in the Allgäu]]",
        n=n, k=k, pr=pr, c1=c.colour(), c2=c.colour(), sku=sku, s=c.size(), g=c.gtin())


def prod_4(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "The {n} is the [[king|queen]] of our [[autumn|winter]] range: a {k} with a long back, a [[rose|stone|brown]]-tinted lining option and a hood that works with a helmet. "
        "[[Mark your size on the chart before ordering.|Measure your chest at the widest point.]]",
        n=n, k=k)


def prod_5(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "Baker's dozen of reasons to love the {n}? We'll stop at three: [[it packs small|it dries overnight|it has pockets you can reach]], "
        "[[it's repairable|spare parts are in stock]], and it costs €{pr}. Item {sku}, barcode {g}.",
        n=n, pr=pr, sku=sku, g=c.gtin())


# ---------------------------------------------------------------- faq


def faq_1(c):
    pt = _town(c, "GB")
    return c.fill(
        "Q: Can I send my order to a PO Box or a c/o address?\nA: Parcels can go to a c/o address; PO Boxes only work for letters. "
        "Please put flat numbers or \"rear building\" in address line 2.\nQ: How long do deliveries to {pc} {t} take?\nA: Usually {d} working days.",
        pc=pt[0], t=pt[1], d=c.pick(["2–3", "3–5", "1–2"]))


def faq_2(c):
    return c.fill(
        "Where do I find my order number?\nIt's in your confirmation e-mail and looks like {o}. It's not your customer number ({cn}) and not the tracking number ({tr}).",
        o=c.order(), cn=c.custno(), tr=c.tracking())


def faq_3(c):
    return c.fill(
        "Is there a grace period for returns?\n[[Yes.|Yes:]] You have 30 days, and over Christmas we extend it until {d}. "
        "[[Will|Does]] the refund go back to the card I paid with? Yes, within 5–7 working days after the return is scanned.",
        d=c.pick(["15 January", "31 January", "January 20"]))


def faq_4(c):
    return c.fill(
        "Do you ship to Ireland?\nYes. Please add your Eircode – for example {e} – so the courier finds you. "
        "Shipping is €{p} and free from €{f}. [[Customs do not apply.|No customs within the EU.]]",
        e=_town(c, "IE")[0] + " XXXX", p=c.pick(["5.95", "6.95", "7.95"]), f=c.pick(["80", "100", "120"]))


def faq_5(c):
    return c.fill(
        "My parcel says \"held at depot\" – what now?\nThe depot in {t} holds parcels for seven days. Quote the tracking number {tr} when you call the carrier. "
        "[[Hope that helps!|We hope it arrives soon.]]",
        t=_town(c)[1], tr=c.tracking())


# ---------------------------------------------------------------- store_info


def store_1(c):
    return c.fill(
        "Our workshop in Oberhalden is open Monday to Friday, {t1}–{t2}. [[We repair zips, seams and buckles|Bring your jacket, we'll look at it]] while you wait for small jobs. "
        "Parking is behind the building; the bus from Kempten stops 200 m away.",
        t1=c.pick(["8:30", "9:00"]), t2=c.pick(["17:00", "18:00", "16:30"]))


def store_2(c):
    ts = c.some(sorted({t for t, _ in val.GB_TOWNS}), 3)
    return c.fill(
        "Stockists in the UK: {c1} handles our wholesale logistics, and [[{c2}|{c3}]] prints our swing tags. "
        "You'll find Talgrat at independent shops in {t1}, {t2} and {t3}.",
        c1=c.pick(["Miller Freight Co.", "Walker Fulfilment Ltd", "Mason Warehousing LLC"]), c2="Harrison Labels Ltd", c3="Page Digital Ltd",
        t1=ts[0], t2=ts[1], t3=ts[2])


def store_3(c):
    return c.fill(
        "Pop-up from {d1} for {nd} days in {t}, opening hours {h1} to {h2}. [[No appointment needed.|Fittings every hour on the hour.]] "
        "[[Young explorers under 12 get a free map.|Bring your old jacket for a free repair check.]]",
        d1=c.date(), nd=c.pick(["three", "five", "ten", "14"]), t=_town(c)[1], h1=c.pick(["9:00", "10 am", "10:00"]), h2=c.pick(["18:00", "6 pm", "7:30 pm"]))


def store_4(c):
    return c.fill(
        "Repair service: we collect from anywhere in {cn} for a flat €{p}. Typical turnaround is {w} weeks. "
        "[[Long queues in autumn – send it in early.|Repairs in May and June are fastest.]]",
        cn=c.pick(["Germany", "Austria", "the UK", "Ireland"]), p=c.pick(["9.95", "12.00", "14.95"]), w=c.pick(["two", "three", "2–4"]))


# ---------------------------------------------------------------- shipping_policy


def ship_1(c):
    return c.fill(
        "Shipping\nUK mainland: £{p1}, free over £{f}. Highlands and islands (postcodes such as {pc1} or {pc2}): add 2 days.\n"
        "Ireland: €{p2}. Orders placed before {t} ship the same day.",
        p1=c.pick(["3.95", "4.95"]), f=c.pick(["60", "75"]), pc1=c.pick(["IV2", "HS1", "KW15", "ZE1"]), pc2=c.pick(["PA78", "IV51", "KA27"]),
        p2=c.pick(["5.95", "6.95"]), t=c.pick(["1 pm", "2 pm", "12 noon"]))


def ship_2(c):
    return c.fill(
        "Delivery times after dispatch: DE 1–2 days, AT 2–3 days, CH 3–5 days (duties paid by us). "
        "Parcel lockers are fine; PO Boxes are not. Tracking numbers look like {tr} or {tr2}.",
        tr=c.tracking(), tr2=c.tracking())


def ship_3(c):
    pt = _town(c, "US")
    return c.fill(
        "We ship to the US from our partner warehouse via {co}. Delivery to {t}, {zp} takes about {d} days; duties are included above ${f}.",
        co=c.pick(["Miller Freight Co.", "King Courier Services"]), zp=pt[0], t=pt[1], d=c.pick(["5–7", "6–9"]), f=c.pick(["150", "200"]))


def ship_4(c):
    return c.fill(
        "Christmas shipping: last order date for the UK is {d1}, for Ireland {d2}. [[Gift wrap costs £3.|Gift messages are free.]] "
        "Bills and receipts go in the parcel only if you ask.",
        d1=c.pick(["18 December", "19 December", "December 20"]), d2=c.pick(["17 December", "16 December"]))


# ---------------------------------------------------------------- newsletter


def news_1(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "May is for [[long evenings|first summits|muddy trails]]. [[Meet|Say hello to]] the {n} in Hunter Green – and save {pct}% on socks until {d}. "
        "[[Hope to see you out there.|See you on the hill.]]",
        n=n, pct=str(c.n(10, 25)), d=c.date())


def news_2(c):
    return c.fill(
        "Joy is a dry pair of socks at the end of a long day. Our Trittweg merino socks cost €24.95 a pair, and [[three pairs ship free|you'll find them in four colours]]. "
        "Offer code {code} valid until {d}.",
        code=c.pick(["SOCKS3", "TRITT24", "MERINO10"]), d=c.date())


def news_3(c):
    return c.fill(
        "What's new: [[our repair team|the workshop]] fixed {n} jackets last year. Will yours be next? Book a slot online; "
        "[[the waiting time is about {w} weeks|collection is free in {m}]].",
        n=f"{c.n(2, 9)},{c.n(100, 999)}", w=str(c.n(2, 4)), m=c.pick(["March", "May", "October"]))


def news_4(c):
    return c.fill(
        "From the Allgäu with love: a stone-grey Morgengrat, a brown leather patch on the Hochsattel and the long-awaited Kaltkar in Alpenglow. "
        "[[Prices from €89.95.|All in stock from {d}.]]",
        d=c.date())


# ---------------------------------------------------------------- support_macro


def macro_1(c):
    return c.fill(
        "Macro #{n}: [[delayed parcel|parcel stuck in transit|late delivery]]\nHi {fn},\nthanks for your patience. Your order {on} left our warehouse on {sd}. "
        "[[You can follow it here: {tu}|The tracking link is in your shipping e-mail.]]\n[[Best|Kind regards|Cheers]],\n{an}",
        n=str(c.n(10, 99)), fn="{{first_name}}", on="{{order_number}}", sd="{{ship_date}}", tu="{{tracking_url}}", an="{{agent_name}}")


def macro_2(c):
    return c.fill(
        "[Customer name], [[thank you for reaching out|thanks for getting in touch|thanks for your e-mail]]. We have received your return for order [order no.] "
        "and will refund [amount] to [payment method] within {d} working days.\n[Agent], Talgrat Customer Care[[ (last updated {u})|]]",
        d=c.pick(["3", "5", "5–7", "3–5"]), u=c.date())


def macro_3(c):
    return c.fill(
        "Snippet #repair-quote-{v}: \"Dear %CUSTOMER%, the repair of your %PRODUCT% will cost %PRICE%. Reply YES and we'll go ahead.\"\n"
        "Use only for repairs outside the guarantee[[, e.g. a torn {p}| or for wear and tear]]. Last edited {d}.",
        v=str(c.n(1, 9)), p=c.product(), d=c.date())


def macro_4(c):
    return c.fill(
        "Template – size exchange (EN) v{v}\nHello <name>,\nno problem – we'll swap your <product> from <size_old> to <size_new>. "
        "[[Please return the item with the slip; the new one ships when we scan it.|The new size ships today, the old one goes back with the enclosed label.]]\n"
        "[[Kind regards|Best wishes]]\n<signature>\nTags: exchange, {tag}",
        v=f"{c.n(1, 4)}.{c.n(0, 9)}", tag=c.pick(["sizing", "footwear", "jackets", "trousers", c.product().lower()]))


# ---------------------------------------------------------------- stock_report (layout)


def stock_1(c):
    rows = ["sku\tsize\tean\ton_hand\treserved\tbin"]
    for _ in range(c.n(4, 7)):
        sku, n = c.pick(val.SKUS)
        rows.append(f"{sku}\t{c.size()}\t{c.gtin()}\t{c.n(0, 240)}\t{c.n(0, 30)}\t{c.pick('ABCDE')}-{c.n(1, 40):02d}-{c.n(1, 6)}")
    return c.lines(*rows)


def stock_2(c):
    rows = ["article_no,title,gtin,stock_uk,stock_de"]
    for _ in range(c.n(3, 6)):
        sku, n = c.pick(val.SKUS)
        rows.append(f"{sku}-{c.size()},\"{n} {val.PRODUCT_KIND['en'][n]}\",{c.gtin()},{c.n(0, 90)},{c.n(0, 400)}")
    return c.lines(*rows)


def stock_3(c):
    rows = []
    for _ in range(c.n(3, 5)):
        sku, n = c.pick(val.SKUS)
        rows.append([f"{n}", f"{sku}-{c.size()}", str(c.n(0, 50)), c.pick(["reorder", "ok", "discontinued colour", "inbound " + c.date()])])
    out = ["| Product | SKU | Qty | Note |\n|---|---|---|---|\n"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |\n")
    return out


def stock_4(c):
    sku, n = c.pick(val.SKUS)
    return c.fill(
        "Inbound PO {po} from {co}\nETA {d}, {cart} cartons, {units} units of {n} ({sku})\nContainer {cont} · seal {seal}",
        po=f"PO-{c.digits(6)}", co=c.pick(["Hunter & Baker Ltd", "Miller Freight Co.", "Mason Warehousing LLC"]), d=c.date(), cart=str(c.n(4, 80)),
        units=str(c.n(100, 2400)), n=n, sku=sku, cont=f"MSCU{c.digits(7)}", seal=c.digits(8))


# ---------------------------------------------------------------- order_event (layout)


def ev_1(c):
    sku, n = c.pick(val.SKUS)
    return c.fill(
        "{\n  \"event\": \"order.shipped\",\n  \"order_id\": \"{o}\",\n  \"customer_ref\": \"{cr}\",\n  \"items\": [{\"sku\": \"{sku}\", \"qty\": {q}}],\n"
        "  \"tracking\": \"{tr}\",\n  \"shipped_at\": \"{ts}\"\n}",
        o=c.order(), cr=c.custno(), sku=f"{sku}-{c.size()}", q=str(c.n(1, 3)), tr=c.tracking(),
        ts=f"2025-{c.n(1, 12):02d}-{c.n(1, 28):02d}T{c.n(6, 20):02d}:{c.n(0, 59):02d}:00Z")


def ev_2(c):
    return c.fill(
        "event: refund.created\norder: \"{o}\"\namount: {a}\ncurrency: {cur}\nreason: [[size|damaged|late_delivery]]\nmethod: original_payment\ncreated: {d}",
        o=c.order(), a=f"{c.n(9, 349)}.{c.pick(['95', '00', '50'])}", cur=c.pick(["EUR", "GBP"]), d=c.date())


def ev_3(c):
    return c.fill(
        "order.created  id={o}  total={t}  items={n}  channel=[[web|app|marketplace]]  promo={pc}\norder.paid     id={o}  psp_ref={ref}\n"
        "order.packed   id={o}  bin={bin}",
        o=c.order(), t=c.price(), n=str(c.n(1, 4)), pc=c.pick(["none", "SPRING15", "WELCOME10"]), ref=f"pi_{c.digits(14)}", bin=f"{c.pick('ABC')}-{c.n(1, 40)}")


def ev_4(c):
    return c.fill(
        "return:\n  rma: RMA-{r}\n  order: {o}\n  items:\n    - sku: {sku}\n      condition: [[as_new|worn|damaged]]\n  label_carrier: [[dpd|dhl|royal_mail|an_post]]\n  scanned_at: \"{d} {t}\"",
        r=c.digits(6), o=c.order(), sku=c.sku(), d=c.date(), t=c.clock())


# ---------------------------------------------------------------- release_notes (layout)


def rel_1(c):
    return c.fill(
        "## Shop {v}\n- Checkout: postcode field accepts Eircodes\n- Size advisor: new data for Steinlauf\n- Fixed: wrong price shown for {sku} in GBP\n- Build {b}, released {d}",
        v=c.pick(["v4.12.0", "v4.13.1", "5.0.2"]), sku=c.sku(), b=c.digits(5), d=c.date())


def rel_2(c):
    return c.fill(
        "App {v} (build {b})\n• Scan a GTIN in store to see stock, e.g. {g}\n• Order history loads faster\n• [[Dark mode|Bigger buttons]] on the returns screen",
        v=val.version(c.rng), b=c.digits(5), g=c.gtin())


def rel_3(c):
    return c.fill(
        "{d} {t} deploy feed-exporter {v} -> production OK\n{d} {t2} feed rows: {n} exported, {e} errors (missing GTIN)\n{d} {t3} next run in 6h",
        d=f"2025-{c.n(1, 12):02d}-{c.n(1, 28):02d}", t=f"{c.n(1, 5):02d}:{c.n(10, 29)}", t2=f"{c.n(6, 9):02d}:{c.n(30, 59)}", t3=f"{c.n(10, 23)}:0{c.n(0, 9)}", v=val.version(c.rng), n=str(c.n(400, 2400)), e=str(c.n(0, 12)))


def rel_4(c):
    return c.fill(
        "CHANGELOG\n{v1} – tracking numbers formatted in groups of four\n{v2} – invoice numbers now start with INV-{y}\n{v3} – removed legacy customer IDs like {cn}",
        v1=val.version(c.rng), v2=val.version(c.rng), v3=val.version(c.rng), y=str(c.n(2024, 2026)), cn=c.custno())


# ---------------------------------------------------------------- campaign_calendar (layout)


def cal_1(c):
    rows = []
    for _ in range(c.n(3, 5)):
        rows.append(f"| {c.date()} | {c.pick(['Newsletter', 'Paid social', 'Feed promo', 'Blog'])} | {c.product()} | {c.pick(['-10%', '-15%', 'no discount', 'bundle'])} |")
    return c.lines("| Date | Channel | Product | Offer |", "|---|---|---|---|", *rows)


def cal_2(c):
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:[[May Day sale|Hunter Green launch|Black Friday freeze]] goes live\nDTSTART:{dt}T0{h}0000\nDESCRIPTION:Feed prices update at {t}\nEND:VEVENT",
        dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=str(c.n(6, 9)), t=c.clock())


def cal_3(c):
    return c.fill(
        "week,theme,hero,budget\n{w1},[[rain|layers|repairs]],{p1},{b1}\n{w2},[[summits|socks|kids]],{p2},{b2}\n{w3},[[winter|gifts|care]],{p3},{b3}",
        w1=str(c.n(1, 17)), w2=str(c.n(18, 35)), w3=str(c.n(36, 52)), p1=c.product(), p2=c.product(), p3=c.product(),
        b1=f"\"€{c.n(1, 9)},000\"", b2=f"\"€{c.n(1, 9)},500\"", b3=f"€{c.n(1, 9)}000")


def cal_4(c):
    return c.fill(
        "Q{q} plan\n- {d1}: teaser (organic)\n- {d2} {t}: launch e-mail, subject \"Will it rain? Who cares.\"\n- {d3}: reminder, {pct}% off accessories",
        q=str(c.n(1, 4)), d1=c.date(), d2=c.date(), t=c.clock(), d3=c.date(), pct=str(c.n(10, 20)))


CLEAN = {
    "product_copy": ("prose", [prod_1, prod_2, prod_3, prod_4, prod_5]),
    "faq": ("prose", [faq_1, faq_2, faq_3, faq_4, faq_5]),
    "store_info": ("prose", [store_1, store_2, store_3, store_4]),
    "shipping_policy": ("prose", [ship_1, ship_2, ship_3, ship_4]),
    "newsletter": ("prose", [news_1, news_2, news_3, news_4]),
    "support_macro": ("prose", [macro_1, macro_2, macro_3, macro_4]),
    "stock_report": ("layout", [stock_1, stock_2, stock_3, stock_4]),
    "order_event": ("layout", [ev_1, ev_2, ev_3, ev_4]),
    "release_notes": ("layout", [rel_1, rel_2, rel_3, rel_4]),
    "campaign_calendar": ("layout", [cal_1, cal_2, cal_3, cal_4]),
}
