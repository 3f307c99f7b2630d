"""English prose templates of the dev half of the twenty-seventh PII bank (dev27).

18 prose genres with personal data and 10 genres without. Each template takes the per-text
context ``g`` and returns a ``Doc``.
"""

from pii27_dev_core import E, PRICES_EUR, PRODUCTS_EN, SKUS


def regards(g):
    return g.pick(["Kind regards", "Best wishes", "Many thanks", "Cheers", "Best", "Regards", "Thanks again",
                   "All the best", "Warm regards"])


def team(g):
    return g.pick(["Talgrat Customer Service", "Talgrat Outdoor", "Customer Care | Talgrat", "The Talgrat team",
                   "Talgrat " + g.store()])


# =============================================================================================
# crm_note
# =============================================================================================

def crm_note_1(g):
    d = g.doc()
    p = g.person()
    szs = g.rng.sample(["XS", "S", "M", "L", "XL", "XXL"], 2)
    d.f("[[Called|Rang|Spoke to]] {n} re {o}[[; | – ]]{he} wants the {pr} in {sz} instead of {sz2}. "
        "[[Call back on {ph} after {t}.|Prefers a call on {ph}, not before {t}.|Will ring back from {ph}.]]"
        "[[? Swap approved by {m}.]]",
        n=g.pick([p.full, p.full, p.sur]), o=g.order_no(), he=p.he, pr=g.pshort(), sz=szs[0], sz2=szs[1],
        ph=g.phone(), t=g.time(), m=lambda: g.person().giv)
    return d


def crm_note_2(g):
    d = g.doc()
    p = g.person()
    d.f("[[Customer moved|Change of address|New address received]]: {n}[[ –|,]] {a}.\n"
        "[[Old address bounced twice (parcel {pn}).|Previous address deactivated.|Courier returned {pn} to sender.]] "
        "Email {em} [[confirmed|checked]][[ by phone ({ph})|]].",
        n=p.full, a=g.addr(g.pick(["line", "line", "two"])), pn=g.parcel_no(), em=p.email(), ph=g.phone())
    return d


def crm_note_3(g):
    d = g.doc()
    p = g.person()
    agents = [g.person() for _ in range(g.ri(2, 3))]
    d.f("Contact history – {n} ({em})\n", n=p.lf, em=p.email())
    lines = [
        ("{dt} {a}: first call, {pr} lost its hood toggle, photos requested.", {}),
        ("{dt} {a}: photos in, warranty approved, label sent to {x}.", {"x": lambda: g.addr("line")}),
        ("{dt} {a}: customer asks for an update, rang {ph}, no answer.", {"ph": lambda: g.phone()}),
        ("{dt} {a}: repair done, {s} to collect in {st}.", {"s": p.sur, "st": g.store()}),
        ("{dt} {a}: voucher {v} issued as goodwill.", {"v": "GW-%d" % g.ri(1000, 9999)}),
        ("{dt} {a}: {g2} says the zip sticks again, booked second repair.", {"g2": p.giv}),
    ]
    k = g.ri(3, 6)
    dts = g.dates(k)
    for i in range(k):
        fmt, kw = lines[i]
        a = g.pick(agents)
        d.fl(fmt, dt=dts[i], a=g.pick([a.giv, a.ini]), pr=g.pshort(), **kw)
    d.f("[[Status: open.|Status: closed.|Next: check with workshop.]]")
    return d


def crm_note_4(g):
    d = g.doc()
    p = g.person()
    if g.chance(0.35):
        d.f("Refund {o} to card {cc} ([[customer read it out|card on file]]), holder {h}. [[Approved by {m}.|]]",
            o=g.order_no(), cc=g.card(), h=p.full, m=lambda: g.person().ini)
        return d
    d.f("Refund {o}: [[card expired|original payment failed|paid by invoice]], so we pay back by transfer.\n"
        "Account holder: {h}\nIBAN: {iban}\n[[Amount {amt}, approved by {m}.|Amount {amt}.|{m} approved {amt}.]]",
        o=g.order_no(), h=g.pick([p.full, p.caps]), iban=g.iban(), amt=g.price(), m=lambda: g.person().ini)
    return d


def crm_note_5(g):
    d = g.doc()
    p = g.person()
    e1 = p.email()
    e2 = p.email()
    if e1.val == e2.val:
        e2 = E("EMAIL", "x" + e2.val)
    d.f("Merged duplicate profiles: {a} ({e1}) and {b} ({e2}) – same [[person|customer]], same [[phone|mobile]] {ph}. "
        "Kept {e2}[[, order history moved|]].[[ Loyalty points added up ({pts}).|]]",
        a=p.lf, e1=e1, b=p.full, e2=e2, ph=g.phone(mobile=True), pts=str(g.ri(120, 3400)))
    return d


# =============================================================================================
# support_email
# =============================================================================================

def support_email_1(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Dear {mr} {s},\n\n"
        "[[thank you for your message|thanks for getting in touch|many thanks for your email]] about order {o}. "
        "[[We have sent a free returns label to {em}.|The replacement {pr} left our warehouse today.|"
        "Our workshop will check the zip and call you on {ph}.]]\n\n"
        "{r}\n{ag}\n{tm}",
        mr=p.mr, s=p.sur, o=g.order_no(), em=p.email(), pr=g.pshort(), ph=g.phone(), r=regards(g),
        ag=g.pick([a.giv, a.full]), tm=team(g))
    return d


def support_email_2(g):
    d = g.doc()
    p = g.person()
    d.f("[[Hi|Hello|Hi there|Good morning]],\n\n"
        "I ordered the {pr} [[last week|on {dt}]] (order {o}) but [[it went to my old address|the parcel never arrived|"
        "the courier left it somewhere]]. [[Please send it to|My current address is]]:\n{a}\n\n"
        "[[You can reach me on {ph}.|My number is {ph} if you need it.|]]\n\n"
        "[[Thanks|Thank you|Cheers]],\n{n}",
        pr=g.product(), dt=g.date(), o=g.order_no(), a=g.addr("two"), ph=g.phone(), n=g.pick([p.full, p.giv, p.full]))
    return d


def support_email_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    em = p.email()
    d.f("Hi {g1},\n\n[[that's no problem|sure, we can do that|of course]] – [[I've changed the size to {sz}.|"
        "the exchange is booked.|the refund is on its way.]]\n\n{r},\n{ag}\n\n"
        "On {dt}, {n} <{em}> wrote:\n> [[Hello,|Hi,]]\n> could you [[swap|exchange]] the {pr} for a {sz}? [[It's too tight across the shoulders.|"
        "The sleeves are too short.]]\n> [[Thanks,|Best,]]\n> {g2}",
        g1=p.giv, sz=g.size(), r=regards(g), ag=a.giv, dt=g.date(), n=p.full, em=em, pr=g.pshort(), g2=E("PERSON", p.first))
    return d


def support_email_4(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    m = g.person()
    d.f("Case summary {tk}\n"
        "Customer: {n}\nEmail: {em}\nPhone: {ph}\nAddress: {ad}\n"
        "Product: {pr}, size {sz}, colour {c}\n"
        "Issue: [[seam tape lifting at the hood|sole coming loose at the toe|down leaking from one chamber|"
        "zip slider broken]]\n"
        "Handled by: {ag}[[, escalated to {m}|]]\n"
        "Outcome: [[repair|replacement|refund]] [[approved|pending]]",
        tk=g.ticket_no(), n=p.full, em=p.email(), ph=g.phone(), ad=g.addr("line"), pr=g.product(), sz=g.size(),
        c=g.colour(), ag=a.full, m=m.full)
    return d


def support_email_5(g):
    d = g.doc()
    g.set_country(g.pick(["IE", "US", "GB"]))
    p = g.person()
    d.f("[[Hey folks|Hi guys|Hello team]],\n\n[[Quick one:|Just a quick question –]] can I pay the rest of order {o} by card over email? "
        "Number is {cc}, expiry {ex}. [[I know, not ideal.|Sorry if that's not how it works.]]\n\n"
        "[[Sent from my iPhone|Thanks a million|Thanks]]\n{n}",
        o=g.order_no(), cc=g.card(), ex=g.expiry(), n=g.pick([p.giv, p.full, p.lowfull]))
    return d


def support_email_6(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Dear {n},\n\n[[we're sorry to hear|I'm sorry to read]] that your {pr} arrived [[damaged|with a stain on the sleeve|"
        "in the wrong colour]]. [[A courier will collect it from {ad} on {wd}.|Please drop it at any post office; "
        "the label is attached.]] [[If that doesn't suit, call me directly on {ph}.|]]\n\n{r}\n{ag}",
        n=p.full, pr=g.pshort(), ad=g.addr("line"), wd=g.weekday(), ph=g.phone(mobile=False),
        r=regards(g), ag=a.full)
    return d


# =============================================================================================
# signed_review
# =============================================================================================

def signed_review_1(g):
    d = g.doc()
    p = g.person()
    d.f("[[★★★★★|★★★★☆|5/5|4 stars]] [[Great jacket|Bomb-proof pack|Comfy from day one|Worth every penny]]. "
        "[[Wore the {pr} on a wet week in the Lakes and stayed dry.|Carried the {pr} over the Cuillin ridge without a single hot spot.|"
        "The {pr} fits better than my old one.]] – {n}",
        pr=g.pshort(), n=g.pick([p.short, p.short, p.ini, p.full]))
    return d


def signed_review_2(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("{stars} \"[[Sizing runs small|Zip broke after a month|Colour not as pictured]], [[otherwise fine|but service sorted it|"
        "disappointed]].\" — {n}, {town}\n\nReply from Talgrat: Thanks {g1}, [[sorry about that|we've passed this on]]. "
        "[[Please email us with your order number.|Our team will be in touch.]] – {ag}",
        stars=g.pick(["★★☆☆☆", "★★★☆☆", "2/5", "3 stars"]), n=g.pick([p.short, p.full]), town=g.town(),
        g1=p.giv, ag=a.giv)
    return d


def signed_review_3(g):
    d = g.doc()
    p = g.person()
    d.f("[[love love love this fleece|best socks i've owned|shoes are grippy as anything]] "
        "[[wore them up snowdon|used it all winter|did the west highland way in them]] "
        "[[no blisters|super warm|zero complaints]] x {n}",
        n=g.pick([p.low, p.lowfull]))
    return d


def signed_review_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    d.t("What our customers say\n\n")
    quotes = g.rng.sample(["Light, warm and it packs tiny.", "Finally trousers that fit tall people.", "The repair service is brilliant.",
                           "Dry after six hours of rain.", "My go-to pack for hut trips."], len(ps))
    for p, q in zip(ps, quotes):
        d.f("\"{q}\"\n— {n}[[, {town}|]]\n\n", q=q, n=g.pick([p.full, p.short, p.ini]), town=g.town())
    d.f("[[All quotes used with permission.|Reviews collected {dt}.]]", dt=g.date())
    return d


def signed_review_5(g):
    d = g.doc()
    p = g.person()
    d.f("Title: [[Solid|Good but|Not for wide feet|Excellent]]\nRating: {r}/5\nReviewer: {n}\nVerified purchase: yes\n"
        "[[Bought the {pr} for my {rel}.|Used the {pr} on three hut trips.]] [[{he2} says it's the warmest thing {he} owns.|"
        "Would buy again.|Had to size up.]]",
        r=str(g.ri(2, 5)), n=g.pick([p.caps, p.full, p.short]), pr=g.pshort(),
        rel=g.pick(["partner", "son", "daughter", "dad"]), he=p.he, he2=p.he.capitalize())
    return d


# =============================================================================================
# email_signature
# =============================================================================================

def email_signature_1(g):
    d = g.doc()
    p = g.person()
    d.f("{r}\n\n{n}\n{role}\nTalgrat Outdoor GmbH\nT {ph}[[\nM {mb}|]]\n{em}",
        r=regards(g), n=g.pick([p.full, p.full, p.caps]), role=g.pick(["Store Manager, " + g.store(), "Buyer, Backpacks", "Head of Customer Service",
                                                                     "Wholesale Account Manager UK & IE", "Visual Merchandiser"]),
        ph=g.phone(mobile=False), mb=g.phone(mobile=True), em=p.work_email())
    return d


def email_signature_2(g):
    d = g.doc()
    p = g.person()
    d.f("[[Best|Regards|Thanks]],\n{g1}\n\n--\n{title}{n} [[(she/her)|(he/him)|(they/them)|]]\n{comp}\n{ad}\nTel. {ph} | Fax {fx}",
        g1=p.giv, title=g.pick(["Dr ", "", "", ""]), n=p.full, comp=g.company(), ad=g.addr("line"),
        ph=g.phone(mobile=False), fx=g.phone(mobile=False))
    return d


def email_signature_3(g):
    d = g.doc()
    p = g.person()
    d.f("{n}\n[[Sent from my iPhone|Sent from my Galaxy|Sent from Outlook for Android]]",
        n=g.pick([p.giv, p.full, p.low]))
    return d


def email_signature_4(g):
    d = g.doc()
    p = g.person()
    d.f("{cap}\n{role} | Talgrat Outdoor\n{ph} · {em}\n{st}[[\nlinkedin.com/in/{sl}|]]\n\n[[This e-mail may contain confidential information.|"
        "Please consider the environment before printing this e-mail.|Our stores are closed on bank holidays.]]",
        cap=p.caps, role=g.pick(["AREA MANAGER NORTH", "HEAD OF E-COMMERCE", "PRODUCT DEVELOPER", "WAREHOUSE LEAD"]),
        ph=g.phone(intl=True), em=p.work_email(), st=g.addr("line"), sl=p.slug())
    return d


def email_signature_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("Cheers,\n{g1}\n--\n{n} | Partnerships\n{comp}\nmobile {mb}\n\n[[On behalf of|For]] {q} [[(on leave until {dt})|while {qh} is away]]",
        g1=p.giv, n=p.full, comp=g.company(), mb=g.phone(mobile=True), q=q.full, dt=g.date(), qh=q.he)
    return d


# =============================================================================================
# team_chat
# =============================================================================================

def team_chat_1(g):
    d = g.doc()
    a, b, c = g.persons(3)
    x = g.person()
    na, nb, nc = a.firstl, b.firstl, c.firstl
    h = g.ri(8, 16)
    d.f("[{h}:0{m1}] {a}: anyone seen the keys for the back door?\n"
        "[{h}:1{m2}] {b}: {c} had them last [[night|on close]]\n"
        "[{h}:2{m3}] {c}: in the safe, sorry\n"
        "[[[{h}:3{m4}] {a}: also {x} rang, [[wants {xs} jacket held till sat|asking about the repair]], number's {ph}\n|]]"
        "[{h}:4{m5}] {b}: [[on it|will call back]]",
        h="%02d" % h, m1=str(g.ri(0, 9)), m2=str(g.ri(0, 9)), m3=str(g.ri(0, 9)), m4=str(g.ri(0, 9)), m5=str(g.ri(0, 9)),
        a=na, b=nb, c=nc, x=x.full, xs=x.his, ph=g.phone(mobile=True))
    return d


def team_chat_2(g):
    d = g.doc()
    a, b = g.persons(2)
    c = g.person()
    d.f("{a}: can someone swap my [[sat|sunday|late]] shift? [[dentist|wedding|kid's birthday]]\n"
        "{b}: i can if {c} covers my tue\n"
        "{a}: {ch} ?\n{c2}: yep fine\n{a}: legend, thanks both",
        a=a.low, b=b.low, c=c.giv, ch=c.handle(), c2=c.low)
    return d


def team_chat_3(g):
    d = g.doc()
    a, b = g.persons(2)
    p = g.person()
    d.f("{a} {t1}\n[[heads up|fyi|quick one]]: customer {p} is coming in at {t} for the [[boot fitting|pack fitting|repair pickup]]\n"
        "{b} {t2}\n👍 I'll be on the floor. [[{hs}|Their]] email is {em} if we run late\n"
        "{a} {t3}\ncheers {b2}",
        a=a.full, b=b.full, **dict(zip(("t1", "t2", "t3"), g.times(3))), p=p.full, t=g.time(), hs=p.his.capitalize(), em=p.email(), b2=b.giv)
    return d


def team_chat_4(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 4))
    v = g.person()
    d.f("#{ch}\n", ch=g.pick(["store-kendal", "warehouse-north", "cs-team", "store-galway", "ops-uk"]))
    msgs = [
        "{x}: delivery's in, 14 cages",
        "{x}: who's doing the window today?",
        "{x}: me, after lunch",
        "{x}: till 2 is playing up again",
        "{x}: rang IT, ticket {tk}",
        "{x}: {v} from the council dropped by about the bins, left {ph}",
        "{x}: I'll call {vh} back tomorrow",
        "{x}: stock count at 6, pizza on me",
        "{x}: 🍕🍕",
        "{x}: don't forget the fire drill sheet",
    ]
    k = g.ri(6, 10)
    for i in range(k):
        p = ps[i % len(ps)]
        d.fl(msgs[i], x=g.pick([p.low, p.giv]), tk=g.ticket_no(), v=v.full, ph=g.phone(mobile=False), vh=v.him)
    d.f("{x}: {e}", x=ps[0].low, e=g.pick(["👍", "noted", "ta"]))
    return d


def team_chat_5(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    vis = g.person()
    d.f("Visitor: hi, is anyone there? it's about my return\n{ag}: Hi, {ag2} here! How can I help?\n"
        "Visitor: my name is {n}, order {o}\n{ag}: Thanks {vg}. [[I can see it was delivered to {ad}.\nVisitor: yes that's me|"
        "Could you confirm the postcode?\nVisitor: it's {pc}]]\n{ag}: Great, [[refund is approved|label is on its way to {em}]].",
        ag=a.giv, ag2=E("PERSON", a.first), n=g.pick([vis.full, vis.lowfull]), o=g.order_no(), vg=vis.giv,
        ad=g.addr("line"), pc=g.pick(["LA9 4QR", "EH9 1PL", "97205", "H91 X2C4"]), em=vis.email())
    return d


# =============================================================================================
# call_note
# =============================================================================================

def call_note_1(g):
    d = g.doc()
    p = g.person()
    d.f("Inbound {t}, {n} ({ph}): [[wants to return|asks about repair of|complains about]] the {pr}. "
        "[[Told {him} to use the online portal.|Booked a collection for {wd}.|Escalated to workshop.]][[ Call back if no email by Friday.|]]",
        t=g.time(), n=p.full, ph=g.phone(), pr=g.pshort(), him=p.him, wd=g.weekday())
    return d


def call_note_2(g):
    d = g.doc()
    p = g.person()
    d.f("Voicemail {dt} {t}:\n\"[[Hi|Hello]], this is {n}[[ calling from {town}|]]. [[I'm ringing about|It's about]] order {o}, "
        "[[it still hasn't arrived|the wrong size came]]. Could you call me back on {ph}? [[Thanks, bye.|Cheers.]]\"",
        dt=g.date("num"), t=g.time(), n=g.pick([p.full, p.giv]), town=g.town(), o=g.order_no(), ph=g.phone())
    return d


def call_note_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Phone order taken by {ag} – {n} [[read out|gave]] card {cc} exp {ex} for the {pr} ({sz}). "
        "Deliver to {ad}.[[ Confirmation to {em}.|]]",
        ag=a.giv, n=p.full, cc=g.card(), ex=g.expiry(), pr=g.pshort(), sz=g.size(), ad=g.addr("line"), em=p.email())
    return d


def call_note_4(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 5))
    d.f("Call-backs for {wd}:\n", wd=g.weekday())
    for i, p in enumerate(ps):
        d.fl("{i}. {n} – {ph} – {why}", i=str(i + 1), n=g.pick([p.full, p.sur, p.lf]), ph=g.phone(),
             why=g.pick(["repair quote", "missing parcel", "size exchange", "invoice copy", "store appointment"]))
    d.f("[[Done by 5 please.|Leave notes in the CRM.]]")
    return d


def call_note_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("Call with {mr} {s} ({ph}, {dur} min)\n"
        "- [[says|explains]] {his} {pr} delaminated after [[one|two]] seasons\n"
        "- bought in {st} on {dt}, receipt lost\n"
        "- partner {q} [[has the same problem|bought one too]]\n"
        "- agreed: send photos to {em}\n"
        "- next step: [[workshop check|goodwill refund]]",
        mr=p.mr, s=p.sur, ph=g.phone(), dur=str(g.ri(3, 25)), his=p.his, pr=g.pshort(), st=g.store(), dt=g.date("num"),
        q=q.full, em=E("EMAIL", g.pick(["repairs@talgrat.com", "service@talgrat.com"])))
    return d


# =============================================================================================
# name_prose
# =============================================================================================

def name_prose_1(g):
    d = g.doc()
    a, b = g.persons(2, cue=False)
    d.f("{a} and {b} [[finished the window display before lunch|moved the boot wall to the back|"
        "sorted the returns cage]], so the [[Saturday|morning]] team could [[open on time|start with the delivery]].",
        a=a.full, b=b.full)
    return d


def name_prose_2(g):
    d = g.doc()
    a = g.person(cue=False)
    b = g.person(cue=False)
    d.f("[[Last week|On Tuesday|Yesterday]] {a} [[took over|started in]] the {st} store, and {b} [[moved to the warehouse|"
        "joined the repair workshop|went back to university]]. [[Both|They]] [[will be at the summer party|send their thanks]].",
        a=a.full, st=g.store(), b=b.full)
    return d


def name_prose_3(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 4), cue=False)
    d.f("The photos for the [[autumn|winter|spring]] catalogue were taken by {a} near {pl}; {b} [[styled the shoot|carried the reflectors|did the make-up]]",
        a=ps[0].full, pl=g.pick(["Keswick", "Glencoe", "Ambleside", "Aviemore", "Betws-y-Coed"]), b=ps[1].full)
    if len(ps) > 2:
        d.f(", and {c} [[wrote the captions|drove the van|kept everyone fed]]", c=ps[2].full)
    if len(ps) > 3:
        d.f(" while {x} [[checked the releases|waited at the hut]]", x=ps[3].full)
    d.t(".")
    return d


def name_prose_4(g):
    d = g.doc()
    a, b, c = g.persons(3, cue=False)
    d.f("Minutes, buying meeting {dt}\n"
        "Present: {a}, {b}, {c}.\n"
        "{a2} [[presented|walked through]] the [[new colours|sell-through figures]] for the {pr}. "
        "{b2} [[wants|suggested]] fewer sizes in {co}. {c2} [[will check|follows up on]] the [[lead times|minimum order]].",
        dt=g.date("num"), a=a.full, b=b.full, c=c.full, a2=a.sur, b2=b.giv, c2=c.full, pr=g.pshort(), co=g.colour())
    return d


def name_prose_5(g):
    d = g.doc()
    a = g.person(cue=False)
    b = g.person(cue=False)
    d.f("[[It was|That was]] {a} who [[found|noticed]] the [[mislabelled|wrongly sized]] boxes, [[not|and not]] {b}; "
        "[[the credit|the thank-you card]] should go to {a2}.",
        a=a.full, b=b.full, a2=g.pick([a.full, a.giv]))
    return d


# =============================================================================================
# postal_letter
# =============================================================================================

def postal_letter_1(g):
    d = g.doc()
    p = g.person()
    d.f("{n}\n{ad}\n\n{town}, {dt}\n\nDear Sir or Madam,\n\n[[I hereby cancel my membership of the Talgrat Club|"
        "I am returning the enclosed {pr}|please find enclosed my repair request]]. [[Please refund the annual fee to {iban}.|"
        "Please confirm receipt in writing.|Please send the repaired item to the address above.]]\n\nYours faithfully\n{n2}",
        n=p.full, ad=g.addr("two"), town=g.town(), dt=g.date(), pr=g.pshort(), iban=g.iban(), n2=g.pick([p.full, p.ini]))
    return d


def postal_letter_2(g):
    d = g.doc()
    p = g.person()
    c = g.person()
    d.f("{n}\nc/o {co}\n{ad}\n\n{dt}\n\n[[Dear|Hello]] {mr} {s},\n\n[[your repaired rucksack is ready|your order has been returned to us]]. "
        "[[We will post it to the address above.|Please call {ph} to arrange delivery.]]\n\n{r}\n{ag}",
        n=p.full, co=c.full, ad=g.addr("two"), dt=g.date(), mr=p.mr, s=p.sur, ph=g.phone(mobile=False), r=regards(g),
        ag=g.person().full)
    return d


def postal_letter_3(g):
    d = g.doc()
    p = g.person()
    d.f("From: {n}, {ad}\n\nTo Talgrat Outdoor, Customer Service\n\n"
        "[[Complaint|Formal complaint]] – order {o}\n\n[[I have written twice|I have called three times]] and still have no answer. "
        "[[The jacket leaks at the shoulders.|The boots split after four walks.]] I expect a [[full refund|replacement]] within 14 days.\n\n{n2}",
        n=p.full, ad=g.addr("line"), o=g.order_no(), n2=g.pick([p.full, p.caps]))
    return d


def postal_letter_4(g):
    d = g.doc()
    g.set_country(g.pick(["US", "IE", "GB"]))
    p = g.person()
    d.f("{mr} {n}\n{ad}\n\n{dt}\nRe: Your warranty claim {tk}\n\nDear {mr2} {s},\n\n"
        "[[Thank you for sending in your|We have inspected your]] {pr}. [[The damage is covered by our guarantee|"
        "Unfortunately the damage is not covered]]. [[A replacement is on its way.|We can offer a paid repair for {pz}.]]\n\n"
        "Sincerely,\n{ag}\nWarranty Team",
        mr=p.mr, n=p.full, ad=g.addr("two"), dt=g.date(), tk=g.ticket_no(), mr2=p.mr, s=p.sur, pr=g.product(),
        pz=g.price(20, 90), ag=g.person().full)
    return d


def postal_letter_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("{town}, {dt}\n\nDear {g1},\n\n[[thank you so much for the|what a lovely surprise, the]] {pr}! "
        "[[It fits perfectly.|I wore it straight away.]] [[Give my love to {q}.|Say hi to {q} from me.]]\n\n"
        "[[Love|Best wishes|Much love]],\n{n}\n\nP.S. My new address is {ad}.",
        town=g.town(), dt=g.date(), g1=p.giv, pr=g.pshort(), q=q.giv, n=g.person().giv, ad=g.addr("line"))
    return d


# =============================================================================================
# name_change_request *
# =============================================================================================

def name_change_request_1(g):
    d = g.doc()
    p = g.person(gender="f")
    newlast = g.person(gender="f")
    new_last = newlast.last
    g.people.remove(newlast)
    d.f("[[Hello|Hi there|Dear team]],\n\n[[I got married in {mon}|I recently married]] and my surname has changed from {old} to {new}. "
        "Could you update my account ({em})? [[My card and delivery address stay the same.|Orders should now go to {ad}.]]\n\n"
        "[[Thanks|Many thanks]],\n{full}",
        mon=g.pick(["June", "September", "April"]), old=p.sur, new=E("PERSON", new_last), em=p.email(),
        ad=g.addr("line"), full=E("PERSON", "%s %s" % (p.first, new_last)))
    return d


def name_change_request_2(g):
    d = g.doc()
    p = g.person()
    hr = g.person()
    new_first = g.person(gender="f" if p.gender == "m" else "m")
    nf = new_first.first
    g.people.remove(new_first)
    d.f("Hi {hr},\n\n[[I've legally changed my first name|My name change is now official]] – I'm {nn} from now on, not {old}. "
        "[[The deed poll is attached.|The certificate is attached.]] Please update payroll, my email ({em}) and the staff list. "
        "[[Pronouns: {pro}.|]]\n\nThanks,\n{nf}",
        hr=hr.giv, nn=E("PERSON", "%s %s" % (nf, p.last)), old=p.giv, em=p.work_email(), pro=g.pick([new_first.gx("he/him", "she/her"), "they/them"]),
        nf=E("PERSON", nf))
    return d


def name_change_request_3(g):
    d = g.doc()
    p = g.person()
    other = g.person()
    ol = other.last
    g.people.remove(other)
    d.f("Account note {dt}: customer [[asked to|wants to]] change the account name from {a} to {b} after [[divorce|a name change]]. "
        "[[ID checked in store by {ag}.|Copy of certificate received.]] [[Invoices go to|Billing address]] {ad}.",
        dt=g.date("num"), a=E("PERSON", "%s %s" % (p.first, ol)), b=p.full, ag=g.person().ini, ad=g.addr("line"))
    return d


def name_change_request_4(g):
    d = g.doc()
    p = g.person()
    other = g.person()
    ol = other.last
    g.people.remove(other)
    d.f("[[Payroll change request|HR change form]] – German store staff\n"
        "Employee: {n}\nPrevious surname: {old}\nTax ID (Steuer-ID) unchanged: {tid}\nNew bank account: {iban}\n"
        "Effective from: {dt}[[\nApproved: {hr}|]]",
        n=p.full, old=E("PERSON", ol), tid=g.taxid(), iban=g.iban("DE"), dt=g.date("num"), hr=g.person().full)
    return d


def name_change_request_5(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Dear {mr} {s},\n\nthank you for letting us know. [[We've updated the name on your account.|Your account now shows your new name.]] "
        "[[Please note that the name on your loyalty card will change with the next card.|Your order history is unchanged.]] "
        "[[If anything is still wrong, call us on {ph}.|]]\n\n{r}\n{ag}",
        mr=p.mr, s=p.sur, ph=E("PHONE", g.phone_str("GB", mobile=False)), r=regards(g), ag=a.full)
    return d


# =============================================================================================
# bereavement_notice *
# =============================================================================================

def bereavement_notice_1(g):
    d = g.doc()
    dec = g.person()
    rel = g.person()
    d.f("[[Hello|Dear Talgrat team]],\n\nI'm writing to let you know that my {w}, {dn}, passed away on {dt}. "
        "Please close {his} account ({em}) and stop the catalogue being sent to {ad}.\n\n"
        "[[Thank you for your understanding.|Thank you.]]\n{rn}",
        w=dec.gx(g.pick(["father", "husband", "grandad"]), g.pick(["mother", "wife", "gran"])), his=dec.his, dn=dec.full, dt=g.date(), em=dec.email(), ad=g.addr("line"), rn=rel.full)
    return d


def bereavement_notice_2(g):
    d = g.doc()
    rel = g.person()
    dec = g.person()
    a = g.person()
    d.f("Dear {mr} {s},\n\nwe were very sorry to hear about the death of {dn}. [[We have closed the account.|The account is now closed.]] "
        "The remaining gift card balance of {amt} will be refunded to the account you gave us:\n"
        "Account holder: {h}\nIBAN: {iban}\n\n[[With our sincere condolences|With deepest sympathy]],\n{ag}",
        mr=rel.mr, s=rel.sur, dn=dec.full, amt=g.price(10, 250), h=rel.full, iban=g.iban(), ag=a.full)
    return d


def bereavement_notice_3(g):
    d = g.doc()
    dec = g.person()
    ex = g.person()
    d.f("Bereavement – [[do not contact|no marketing]]\nCustomer: {dn} (deceased {dt})\nExecutor: {ex}, {ph}\n"
        "Open items: [[repair {tk} – return item to executor|order {o} cancelled, refund pending]]\nAddress for correspondence: {ad}",
        dn=dec.lf, dt=g.date("num"), ex=ex.full, ph=g.phone(), tk=g.ticket_no(), o=g.order_no(), ad=g.addr("two"))
    return d


def bereavement_notice_4(g):
    d = g.doc()
    g.set_country(g.pick(["GB", "IE", "GB"]))
    sol = g.person()
    dec = g.person()
    d.f("{comp}, Solicitors\n{sad}\n\n{dt}\n\nDear Sir or Madam\n\nRe: the late {dn} of {dad}\n\n"
        "We act for the executors of the above named. Please let us know of any balance held on the deceased's account "
        "and send any correspondence to this office, marked for the attention of {sn}.\n\nYours faithfully\n{sn2}",
        comp=g.pick(["Hartley & Croft LLP", "Brennan Solicitors", "Marsden Legal"]), sad=g.addr("two", g.country), dt=g.date(),
        dn=dec.full, dad=g.addr("line", g.country), sn=sol.full, sn2=sol.full)
    return d


def bereavement_notice_5(g):
    d = g.doc()
    dec = g.person()
    d.f("[[hi|hello]] my {w} {dn} died last month, how do i [[cancel|stop]] {his} [[newsletter|club membership]]? "
        "[[the email was|it went to]] {em}. [[thanks|ta]]",
        w=dec.gx(g.pick(["dad", "grandad"]), g.pick(["mum", "gran"])), his=dec.his, dn=g.pick([dec.full, dec.lowfull]), em=dec.email())
    return d


# =============================================================================================
# store_ban_notice *
# =============================================================================================

def store_ban_notice_1(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("{n}\n{ad}\n\n{dt}\n\nNotice of exclusion\n\nDear {mr} {s},\n\nfollowing the incident at our {st} store on {dt2}, "
        "[[in which a member of staff was threatened|in which goods were taken without payment]], you are no longer welcome "
        "in any Talgrat store for [[12|24]] months. [[If you wish to appeal, write to {em}.|]]\n\n{r}\n{mn}\nStore Manager",
        n=p.full, ad=g.addr("two"), dt=g.date(), mr=p.mr, s=p.sur, st=g.store(), dt2=g.date(),
        em=E("EMAIL", "legal@talgrat.com"), r=regards(g), mn=m.full)
    return d


def store_ban_notice_2(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("[[STAFF ONLY|Internal – do not display]]\nBanned from store: {n}, born {yr}, [[tall, grey beard|short dark hair, usually a cap]]. "
        "[[Shoplifting|Abuse towards staff|Tried to pay with a card that was reported stolen ({cc})]] on {dt}. If {he} comes in, do not engage – call {mn} on {ph}.",
        n=g.pick([p.full, p.caps]), yr=str(g.ri(1960, 2004)), dt=g.date("num"), he=p.he, cc=lambda: g.card(), mn=m.giv, ph=g.phone(mobile=True))
    return d


def store_ban_notice_3(g):
    d = g.doc()
    p = g.person()
    d.f("Dear Sir or Madam,\n\nI'd like to appeal the ban I received on {dt}. [[It was a misunderstanding with the security tag.|"
        "I was upset and I apologise.]] I've been a customer for [[ten|fifteen]] years.\n\n[[My details|For your records]]: {n}, {ad}, {ph}.\n\n{r}\n{n2}",
        dt=g.date(), n=p.full, ad=g.addr("line"), ph=g.phone(), r=regards(g), n2=p.full)
    return d


def store_ban_notice_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 4))
    d.t("Exclusion register – " + g.store() + "\n")
    for p in ps:
        rng2 = g.dates(2)
        d.fl("- {n} | from {a} to {b} | [[theft|violence|fraud with returns]] | [[police ref. {pr}|no police]]",
             n=g.pick([p.lf, p.LF, p.full]), a=rng2[0], b=rng2[1], pr="CR/%d/%s" % (g.ri(1000, 9999), g.digits(2)))
    d.f("Last checked by {c}.", c=g.person().ini)
    return d


def store_ban_notice_5(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    p = g.person(gender="m")
    d.f("Hi {b},\n\nthe man we banned last month, {p}, was in again today at {t}. [[Security walked him out.|He left when asked.]] "
        "[[I've added the CCTV stills to the file.|I've told the team.]] Do we need to tell the police? His last known address is {ad}.\n\n{a}",
        b=b.giv, p=p.full, t=g.time(), ad=g.addr("line"), a=a.giv)
    return d


# =============================================================================================
# it_helpdesk *
# =============================================================================================

def it_helpdesk_1(g):
    d = g.doc()
    p = g.person()
    d.f("Ticket {tk} – password reset\nRequester: {n} ({em})\nStore: {st}\n"
        "[[Locked out after holiday.|MFA phone lost, new number {ph}.|Can't log in to the till app.|"
        "Pasted a customer's card number ({cc}) into a ticket by mistake, please delete.]]\n"
        "Resolved: temporary password sent by SMS to {ph2}.",
        tk=g.ticket_no(), n=p.full, em=p.work_email(), st=g.store(), ph=g.phone(mobile=True), cc=lambda: g.card(),
        ph2=g.phone(mobile=True))
    return d


def it_helpdesk_2(g):
    d = g.doc()
    p = g.person()
    it = g.person()
    d.f("Laptop hand-over\nDevice: {dev} (asset {asset})\nIssued to: {n}\nHome address for shipping: {ad}\n"
        "[[Collected in person.|Sent by courier, tracking {pn}.]]\nSigned: {it}",
        dev=g.pick(["ThinkPad T14", "MacBook Air 13", "Latitude 5440"]), asset="IT-%05d" % g.ri(1, 99999), n=p.full,
        ad=g.addr("two"), pn=g.parcel_no(), it=it.ini)
    return d


def it_helpdesk_3(g):
    d = g.doc()
    p = g.person()
    d.f("Hi IT,\n\n[[VPN keeps dropping|I can't reach the shared drive]] from home. My IP [[shows as|is]] {ip} according to the "
        "client. [[Tried restarting twice.|Worked fine yesterday.]]\n\n{n}\n{ph}",
        ip=g.ip(0.3), n=p.full, ph=g.phone(mobile=True))
    return d


def it_helpdesk_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    mgr = g.person()
    d.f("New starters {dt} – please create accounts:\n", dt=g.date("num"))
    for p in ps:
        d.fl("* {n}, {role}, {st} – mobile {ph}", n=p.full, role=g.pick(["sales assistant", "stock assistant", "supervisor"]),
             st=g.store(), ph=g.phone(mobile=True))
    d.f("Requested by {m} ({em}).", m=mgr.full, em=mgr.work_email())
    return d


def it_helpdesk_5(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("Change {chg}: give {a} full access to the mailbox of {b} while {bh} is on [[leave|sick leave|parental leave]] "
        "until {dt}. [[Approved by HR.|Line manager approval attached.]] Login from {ip} flagged as new location.",
        chg="CHG%s" % g.digits(6), a=a.full, b=b.full, bh=b.he, dt=g.date(), ip=g.ip(0.4))
    return d


# =============================================================================================
# exit_interview *
# =============================================================================================

def exit_interview_1(g):
    d = g.doc()
    p = g.person()
    hr = g.person()
    d.f("Exit interview – {n}\nDate: {dt}\nInterviewer: {hr}\nReason for leaving: [[moving abroad|better pay elsewhere|"
        "going back to study|shift pattern]]\nWould return: [[yes|maybe|no]]\n"
        "Comments: [[liked the team, not the Sunday shifts|wants more training on repairs|found the rota unfair]]\n"
        "Forwarding address: {ad}",
        n=p.full, dt=g.date("num"), hr=hr.full, ad=g.addr("line"))
    return d


def exit_interview_2(g):
    d = g.doc()
    p = g.person()
    d.f("Hi {g1},\n\n[[thanks for the chat today|sorry to see you go]]. For your final payslip: "
        "[[is your bank account still|please confirm the account]] {iban}? And the P45 goes to {ad}, right?\n\n{r}\n{hr}",
        g1=p.giv, iban=g.iban("GB"), ad=g.addr("line"), r=regards(g), hr=g.person().giv)
    return d


def exit_interview_3(g):
    d = g.doc()
    p = g.person()
    d.f("Leaver checklist – {n}\n[x] keys returned\n[x] uniform returned\n[[[ ] laptop|[x] laptop]] ({asset})\n"
        "[ ] final pay to {iban}\n[ ] German tax ID {tid} for the last payroll run\n[x] personal email for reference requests: {em}",
        n=p.full, asset="IT-%05d" % g.ri(1, 99999), iban=g.iban("DE"), tid=g.taxid(), em=p.email())
    return d


def exit_interview_4(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("Notes from {m}'s exit conversation with {n} ({dt}):\n"
        "{g1} [[felt overlooked for the supervisor role|enjoyed the customers most|wants to keep working Saturdays if possible]]. "
        "[[{he2} said {m2} was a great manager.|{he2} asked for a reference.]] Keep on file: {ph}.",
        m=m.full, n=p.full, dt=g.date(), g1=p.giv, he2=p.he.capitalize(), m2=m.giv, ph=g.phone())
    return d


def exit_interview_5(g):
    d = g.doc()
    p = g.person()
    d.f("[[Hiya|Hi]],\n\n[[just confirming|as discussed]] my last day is {dt}. [[Please send|Could you post]] my certificate of employment "
        "to my new address: {ad}. [[My number will stay {ph}.|New mobile: {ph}.]]\n\n[[Thanks for everything|It's been great]],\n{n}",
        dt=g.date(), ad=g.addr("two"), ph=g.phone(mobile=True), n=g.pick([p.giv, p.full]))
    return d


# =============================================================================================
# secret_santa *
# =============================================================================================

def secret_santa_1(g):
    d = g.doc()
    ps = g.persons(g.ri(4, 6))
    d.f("🎅 Secret Santa draw – {st}\n", st=g.pick(["head office", "warehouse", g.store() + " store", "CS team"]))
    order = list(range(len(ps)))
    g.rng.shuffle(order)
    for i in range(len(order)):
        a = ps[order[i]]
        b = ps[order[(i + 1) % len(order)]]
        d.fl("[[-|•|*]] {a} → {b}", a=g.pick([a.giv, a.full]), b=g.pick([b.giv, b.full]))
    d.f("Budget £[[10|15|20]], swap on {dt}.", dt=g.dates(1, "long", 2025)[0])
    return d


def secret_santa_2(g):
    d = g.doc()
    p = g.person()
    org = g.person()
    rp = g.person()
    d.f("Hi {g1},\n\nyou're Secret Santa for {rn}! {rh} [[works|is working]] remotely, so please post the present to:\n{ad}\n\n"
        "[[Wish list: books, tea, anything but socks.|{rh} likes climbing and dark chocolate.]]\n\n🎄 {o}",
        g1=p.giv, rn=rp.full, rh=rp.he.capitalize(), ad=g.addr("two"), o=org.giv)
    return d


def secret_santa_3(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 5))
    d.t("| Name | Wish | Ship to |\n|---|---|---|\n")
    for p in ps:
        d.t("| ").e(p.full).t(" | " + g.pick(["a good book", "coffee", "nothing plastic", "plant", "board game"]) + " | ")
        if g.chance(0.5):
            d.e(g.street())
        else:
            d.t("office")
        d.t(" |\n")
    d.f("[[Deadline for wishes: Friday.|Fill in by the 1st please!]]")
    return d


def secret_santa_4(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("{a}: who did I get again?? lost the email 🙈\n{b}: check your inbox, it came from {em}\n{a}: found it, it's [[a good one|tricky]]\n"
        "{b}: don't tell me!!",
        a=a.low, b=b.low, em=E("EMAIL", g.pick(["santa@talgrat.com", "events@talgrat.com"])))
    return d


def secret_santa_5(g):
    d = g.doc()
    org = g.person()
    ps = g.persons(g.ri(2, 4))
    d.f("Reminder: presents go under the tree by {dt}. Still missing from:", dt=g.date())
    for i, p in enumerate(ps):
        d.t(" " if i == 0 else ", ").e(p.full)
    d.f(".\n[[If you need more time, ping me.|No excuses this year!]]\n– {o} ({ph})", o=org.full, ph=g.phone(mobile=True))
    return d


# =============================================================================================
# parental_consent *
# =============================================================================================

def parental_consent_1(g):
    d = g.doc()
    child = g.person()
    par = g.person()
    d.f("Parental consent – junior climbing course ({dt})\nChild: {c}, age {age}\nParent/guardian: {p}\n"
        "Emergency phone: {ph}\nEmail: {em}\nAllergies: [[none|nuts|pollen]]\n"
        "Photos may be used for Talgrat social media: [[yes|no]]\nSigned: {p2}",
        dt=g.date("num"), c=child.full, age=str(g.ri(8, 15)), p=par.full, ph=g.phone(mobile=True), em=par.email(), p2=par.sur)
    return d


def parental_consent_2(g):
    d = g.doc()
    child = g.person()
    par = g.person()
    d.f("[[Hi|Hello]],\n\nI'm happy for my [[son|daughter]] {c} to take part in the [[youth gear test|junior ambassador day]] "
        "on {dt}. [[I'll drop {ch} off at 9.|{ch2} will come with a friend.]] If anything happens, please call me on {ph}.\n\n{p}",
        c=child.full, dt=g.date(), ch=child.him, ch2=child.he.capitalize(), ph=g.phone(mobile=True), p=par.full)
    return d


def parental_consent_3(g):
    d = g.doc()
    kids = g.persons(g.ri(2, 4))
    d.t("Participants, kids' navigation day\n")
    for k in kids:
        par = g.person()
        d.fl("- {k} (parent: {p}, {ph})", k=k.full, p=g.pick([par.full, par.lf]), ph=g.phone(mobile=True))
    d.f("[[Meeting point: store entrance.|Bring a packed lunch.]]")
    return d


def parental_consent_4(g):
    d = g.doc()
    child = g.person()
    par = g.person()
    d.f("Photo release (minor)\nI, {p}, of {ad}, allow Talgrat Outdoor to use photos of my child {c} taken on {dt} "
        "[[in the catalogue|on the website|in store posters]]. [[This consent can be withdrawn at any time by email to {em}.|]]\n"
        "Signature: {p2}   Date: {dt2}",
        p=par.full, ad=g.addr("line"), c=child.giv, dt=g.date(), em=E("EMAIL", "privacy@talgrat.com"), p2=par.full,
        dt2=g.date("num"))
    return d


def parental_consent_5(g):
    d = g.doc()
    child = g.person(gender="f")
    par = g.person()
    coach = g.person()
    d.f("Hi {cg},\n\n{c} [[has a cold|is at her grandparents']] this weekend, so [[she'll miss|we'll skip]] the bouldering session. "
        "[[Can we swap to the 14th?|Sorry for the short notice.]]\n\n[[Thanks|Cheers]],\n{p}\n{ph}",
        cg=coach.giv, c=child.giv, p=par.full, ph=g.phone(mobile=True))
    return d


# =============================================================================================
# whistleblower_report *
# =============================================================================================

def whistleblower_report_1(g):
    d = g.doc()
    a = g.person()
    d.f("Report via the compliance channel, {dt}:\n[[I want to report|I'm worried about]] {a} in the {st} store. "
        "[[{he} gives staff discount to friends.|{he} takes returned items home.|{he} changes prices after closing.|"
        "{he} copies customer card numbers, I found one on a note: {cc}.]] "
        "[[I saw it three times in {mon}.|Others have seen it too.]] I'd like to stay anonymous.",
        dt=g.date("num"), a=a.full, st=g.store(), he=a.he.capitalize(), cc=lambda: g.card(), mon=g.pick(["March", "October", "the summer"]))
    return d


def whistleblower_report_2(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("Case {cs}\nSubject: supplier gifts\nReporter: {r} ({em})\nPersons concerned: {a}, Buying; {b}, {comp}\n"
        "Summary: [[tickets to a football match|a weekend in a hotel]] offered before the tender.\nStatus: [[under review|passed to legal]]",
        cs="WB-%d-%03d" % (g.ri(2024, 2026), g.ri(1, 200)), r=g.person().full, em=E("EMAIL", "compliance@talgrat.com"),
        a=a.full, b=b.full, comp=g.company())
    return d


def whistleblower_report_3(g):
    d = g.doc()
    rep = g.person()
    ob = g.person()
    d.f("Dear {mr} {s},\n\nthank you for your report of {dt}. We confirm receipt within seven days as required. "
        "[[We may contact you on {ph} with questions.|Please use this case number for any follow-up: {cs}.]]\n\n{r}\n{ob}\nOmbudsperson",
        mr=rep.mr, s=rep.sur, dt=g.date(), ph=g.phone(), cs="WB-%d" % g.ri(100, 999), r=regards(g), ob=ob.full)
    return d


def whistleblower_report_4(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("anonymous: the warehouse lead {a} [[makes people|lets drivers]] work without breaks. when {b} complained {bh} was "
        "moved to nights. [[this has been going on since spring|nobody dares to say anything]].",
        a=a.full, b=b.full, bh=b.he)
    return d


def whistleblower_report_5(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    inv = g.person()
    d.f("Investigation log {cs}\n", cs="WB-%d" % g.ri(100, 999))
    dts = g.dates(len(ps) + 1)
    for i, p in enumerate(ps):
        d.fl("{dt} – interviewed {n}[[, statement signed|, no statement]]", dt=dts[i], n=p.full)
    d.f("{dt} – interim report to board by {i}", dt=dts[-1], i=inv.full)
    return d


# =============================================================================================
# cctv_request *
# =============================================================================================

def cctv_request_1(g):
    d = g.doc()
    p = g.person()
    d.f("[[Hello|Dear Sir or Madam]],\n\nunder data protection law I'd like a copy of the CCTV footage showing me in your {st} store on "
        "{dt} between {t1} and {t2}. [[I was wearing a red jacket.|I was at the boot wall with my son.]]\n\n"
        "{n}\n{ad}\n{ph}",
        st=g.store(), dt=g.date(), **dict(zip(("t1", "t2"), g.times(2))), n=p.full, ad=g.addr("two"), ph=g.phone())
    return d


def cctv_request_2(g):
    d = g.doc()
    force = g.pick([("Cumbria Police", "cumbria.police.uk"), ("Police Scotland", "scotland.police.uk"),
                    ("Avon and Somerset Police", "avonandsomerset.police.uk"), ("Garda Síochána", "garda.ie")])
    off = g.person()
    d.f("From: {rank} {n}, {force}\nRef: {ref}\n\nWe are investigating [[a theft|an assault|a stolen car]] near your store on {dt}. "
        "Please keep the footage from cameras [[1 and 3|at the entrance]] and contact me on {ph} or {em}.",
        rank=g.pick(["PC", "DC", "Sgt"]), n=off.full, force=force[0],
        ref="CR/%d/%s" % (g.ri(1000, 9999), g.digits(2)), dt=g.date(), ph=g.phone(mobile=False), em=off.email(force[1], "f.l"))
    return d


def cctv_request_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Dear {mr} {s},\n\nthank you for your request. [[We keep recordings for 30 days|Our cameras overwrite after 30 days]], "
        "so the footage from {dt} is [[still available. [[Faces of other customers will be blurred.|Please bring photo ID when you collect the file.]]|"
        "no longer available, sorry.]]\n\n{r}\n{ag}\nData Protection",
        mr=p.mr, s=p.sur, dt=g.date(), r=regards(g), ag=a.full)
    return d


def cctv_request_4(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("CCTV access log\nRequest from: {n}\nReason: [[insurance claim (slip)|subject access request|police request]]\n"
        "Cameras: {cam} ({ip})\nExported by: {m}, {dt}\nSent to: {em}",
        n=p.full, cam=g.pick(["CAM-02", "CAM-05 entrance", "CAM-07 tills"]), ip=g.ipv4("priv"), m=m.full, dt=g.date("num"),
        em=p.email())
    return d


def cctv_request_5(g):
    d = g.doc()
    p = g.person()
    ins = g.person()
    d.f("Our client {c} [[fell on a wet floor|was hit by a falling shelf]] in your {st} store on {dt}. "
        "[[As their insurer|On behalf of the insurer]] we ask you to preserve all recordings. Contact: {i}, {ph}.",
        c=p.full, st=g.store(), dt=g.date(), i=ins.full, ph=g.phone(mobile=False))
    return d


def cctv_request_6(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("BEGIN:VEVENT\nSUMMARY:CCTV review – incident {dt}\nDTSTART:{ds}T{h}0000\nLOCATION:{st} back office\n"
        "ORGANIZER;CN={a}:mailto:{ae}\nATTENDEE;CN={b}:mailto:{be}\nEND:VEVENT",
        dt=g.date("num"), ds=g.date("iso").replace("-", ""), h="%02d" % g.ri(8, 17), st=g.store(),
        a=a.full, ae=a.work_email(), b=b.full, be=b.email())
    return d


# =============================================================================================
# gear_inspection *
# =============================================================================================

def gear_inspection_1(g):
    d = g.doc()
    p = g.person()
    insp = g.person()
    d.f("PPE inspection certificate\nOwner: {o}\nItem: [[harness|dynamic rope 60 m|via ferrata set|helmet]], serial {ser}\n"
        "Result: [[pass|pass with notes|fail – withdraw from use]]\nNext inspection: {dt}\nInspector: {i}",
        o=p.full, ser="%s-%s" % (g.pick(["HR", "RP", "VF", "HM"]), g.digits(6)), dt=g.date("num"), i=insp.full)
    return d


def gear_inspection_2(g):
    d = g.doc()
    club = g.pick(["Kendal Climbing Club", "Galway Hillwalkers", "Edinburgh Uni Mountaineering", "Boulder Youth Climbing"])
    ps = g.persons(g.ri(3, 5))
    d.f("{c} – harness check {dt}\n", c=club, dt=g.date("num"))
    for p in ps:
        d.fl("{n}: [[ok|ok|worn belay loop – replace|ok, buckle stiff]]", n=g.pick([p.full, p.lf]))
    d.f("Checked by {i}. Questions to {em}.", i=g.person().full, em=E("EMAIL", "ppe@talgrat.com"))
    return d


def gear_inspection_3(g):
    d = g.doc()
    p = g.person()
    d.f("Dear {mr} {s},\n\nour records show you bought a [[carabiner set|belay device]] from batch {b} on {dt}. "
        "[[This batch is being recalled.|Please stop using it.]] Send it to us free of charge; we'll refund {amt} "
        "[[to your card|to the account {iban}]].\n\n{r}\nTalgrat Safety Team",
        mr=p.mr, s=p.sur, b="LOT %s" % g.digits(5), dt=g.date(), amt=g.price(20, 90), iban=g.iban(), r=regards(g))
    return d


def gear_inspection_4(g):
    d = g.doc()
    p = g.person()
    d.f("Inspection booking\nClub contact: {n}\nPhone: {ph}\nAddress for collection: {ad}\nItems: {k} ropes, {h} harnesses\n"
        "[[Pick-up on {wd}.|They'll drop the kit at the store.]]",
        n=p.full, ph=g.phone(), ad=g.addr("two"), k=str(g.ri(2, 12)), h=str(g.ri(4, 20)), wd=g.weekday())
    return d


def gear_inspection_5(g):
    d = g.doc()
    insp = g.person()
    own = g.person()
    d.f("Note from {i}: the rope of {o} [[has a core shot at 23 m|is over 10 years old]], [[cut and returned|retired]] with the owner's okay. "
        "[[Owner informed by phone ({ph}).|Owner informed by email ({em}).]]",
        i=insp.giv, o=own.full, ph=g.phone(), em=own.email())
    return d


PROSE = {
    "crm_note": [crm_note_1, crm_note_2, crm_note_3, crm_note_4, crm_note_5],
    "support_email": [support_email_1, support_email_2, support_email_3, support_email_4, support_email_5, support_email_6],
    "signed_review": [signed_review_1, signed_review_2, signed_review_3, signed_review_4, signed_review_5],
    "email_signature": [email_signature_1, email_signature_2, email_signature_3, email_signature_4, email_signature_5],
    "team_chat": [team_chat_1, team_chat_2, team_chat_3, team_chat_4, team_chat_5],
    "call_note": [call_note_1, call_note_2, call_note_3, call_note_4, call_note_5],
    "name_prose": [name_prose_1, name_prose_2, name_prose_3, name_prose_4, name_prose_5],
    "postal_letter": [postal_letter_1, postal_letter_2, postal_letter_3, postal_letter_4, postal_letter_5],
    "name_change_request": [name_change_request_1, name_change_request_2, name_change_request_3, name_change_request_4, name_change_request_5],
    "bereavement_notice": [bereavement_notice_1, bereavement_notice_2, bereavement_notice_3, bereavement_notice_4, bereavement_notice_5],
    "store_ban_notice": [store_ban_notice_1, store_ban_notice_2, store_ban_notice_3, store_ban_notice_4, store_ban_notice_5],
    "it_helpdesk": [it_helpdesk_1, it_helpdesk_2, it_helpdesk_3, it_helpdesk_4, it_helpdesk_5],
    "exit_interview": [exit_interview_1, exit_interview_2, exit_interview_3, exit_interview_4, exit_interview_5],
    "secret_santa": [secret_santa_1, secret_santa_2, secret_santa_3, secret_santa_4, secret_santa_5],
    "parental_consent": [parental_consent_1, parental_consent_2, parental_consent_3, parental_consent_4, parental_consent_5],
    "whistleblower_report": [whistleblower_report_1, whistleblower_report_2, whistleblower_report_3, whistleblower_report_4, whistleblower_report_5],
    "cctv_request": [cctv_request_1, cctv_request_2, cctv_request_3, cctv_request_4, cctv_request_5, cctv_request_6],
    "gear_inspection": [gear_inspection_1, gear_inspection_2, gear_inspection_3, gear_inspection_4, gear_inspection_5],
}


# =============================================================================================
# genres without personal data (look-alikes only)
# =============================================================================================

def _gtin_rows(g, n, sep=" | "):
    rows = []
    for _ in range(n):
        i = g.rng.randrange(12)
        rows.append("%s%s%s%s%s%s%s" % (SKUS[i], sep, g.size(), sep, g.gtin(), sep, g.colour()))
    return rows


def product_copy_1(g):
    d = g.doc()
    d.f("Meet the {p} in {c}. [[Whether you're a hunter of quiet summits or a baker of trail flapjacks|From the first May frost to the last rose of summer]], "
        "it [[will|is made to]] keep you going. [[Young legs or old knees, it moves with grace.|A little lighter, a lot tougher.]] "
        "{price} incl. VAT, sizes XS–XXL.",
        p=g.product(), c=g.colour(), price="€" + g.pick(["349.95", "199.95", "289.95", "219.95", "119.95"]))
    return d


def product_copy_2(g):
    d = g.doc()
    i = g.rng.randrange(12)
    d.f("{p}\nSKU: {sku}\nPrice: €{pr}\nColours: {c1}, {c2}\n- [[Fox-proof food pocket|Hood that stays put in a gale]]\n"
        "- [[Wolf-grey stitching on the {c1} version|Hunter-style chest pocket]]\n- Weight: {w} g (size M)",
        p=PRODUCTS_EN[i], sku=SKUS[i], pr=PRICES_EUR[i], c1=g.colour(), c2=g.colour(), w=str(g.ri(90, 1900)))
    return d


def product_copy_3(g):
    d = g.doc()
    d.f("[[King of the ridge.|Little jacket, big weather.|Hope for the best, pack for the worst.]] The {s} [[packs into its own pocket|"
        "weighs less than a bag of sugar]] and comes in {c}. [[Cook dinner at the hut, then walk out under the stars.|"
        "From the baker's van to Ben Nevis: one jacket.]]",
        s=g.pshort(), c=g.colour())
    return d


def product_copy_4(g):
    d = g.doc()
    d.f("Bundle of the month: {a} + {b}\nSave 15 % until 31 May. [[Grace period for returns: 60 days.|Free repairs for five years.]] "
        "[[Available in Slate, Fir Shade and Hut Orange.|While stocks last.]]",
        a=g.pshort(), b=g.pshort())
    return d


def trail_report_1(g):
    d = g.doc()
    d.f("Route report, {dt}: from Little Langdale up to Wetherlam, {km} km, {hm} m ascent. [[A fox crossed the path near the old quarry|"
        "Two red kites over the tarn]], and the wind picked up after {t}. [[Path boggy below the col.|Cairns hard to see in mist.]]",
        dt=g.date(), km=str(g.ri(8, 24)), hm=str(g.ri(400, 1400)), t=g.time())
    return d


def trail_report_2(g):
    d = g.doc()
    d.f("Conditions update {dt}\n- Snow line at {sl} m\n- [[Wolf Crags|Rose Castle Moss]] path: icy in the morning\n- Parking at {pc} "
        "[[full by 9:00|free after 16:00]]\n- Forecast: [[showers, winds 50 km/h|clear, -4 °C at night]]",
        dt=g.date(), sl=str(g.ri(400, 1100)), pc=g.pick(["Seathwaite", "Glenridding", "Wasdale Head", "Pen-y-Pass"]))
    return d


def trail_report_3(g):
    d = g.doc()
    d.f("Day {n} of the West Highland Way: Tyndrum to Kingshouse, {km} km. Rain from {t}; the {s} kept up. "
        "[[Saw a young stag at Bridge of Orchy.|Hunter's moon over Rannoch Moor.]] Next stop: Kinlochleven.",
        n=str(g.ri(3, 6)), km=str(g.ri(25, 32)), t=g.time(), s=g.pshort())
    return d


def trail_report_4(g):
    d = g.doc()
    d.f("Hut log {dt}: {a} arrivals, {b} departures. Water tank at {pct} %. [[Bird boxes cleaned.|Stove serviced.]] "
        "[[Bus 555 from Kendal runs hourly.|Postcode for satnav: {pc}.]]",
        dt=g.date(), a=str(g.ri(2, 30)), b=str(g.ri(2, 30)), pct=str(g.ri(10, 100)), pc=g.pick(["LA22", "CA12", "PH49"]))
    return d


def returns_policy_1(g):
    d = g.doc()
    d.f("Returns: you have 30 days. Quote your order number (it looks like {o}) and print the label. [[Parcels to a P.O. Box cannot be collected.|"
        "We don't collect from c/o addresses or parcel lockers.]] Refunds arrive within [[5|10]] working days.",
        o=g.order_no())
    return d


def returns_policy_2(g):
    d = g.doc()
    d.f("Exchange or refund?\n1. Log in and open order {o}.\n2. Choose the item and the reason.\n3. Drop the parcel at any post office "
        "[[in the UK (postcodes starting LA, CA or EH get free collection)|in Ireland (Eircode areas D02 and H91: free collection)]].\n"
        "Questions: talgrat.com/help",
        o=g.order_no())
    return d


def returns_policy_3(g):
    d = g.doc()
    d.f("Our guarantee lasts five years from the date on your receipt ({dt} or later for this season). It [[will|does]] not cover "
        "wear and tear, [[a dog's teeth|campfire sparks]] or [[grace-period returns|used sale items]]. See talgrat.com/guarantee.",
        dt=g.date("num"))
    return d


def returns_policy_4(g):
    d = g.doc()
    d.f("Return address label – cut along the line\nTalgrat Returns Centre\nBay {b}, Unit {u}\nReference: {r}\nDo not use for letters.",
        b=str(g.ri(2, 40)), u=str(g.ri(1, 12)), r="RMA-%d" % g.ri(10000, 99999))
    return d


def shipment_notice_1(g):
    d = g.doc()
    d.f("Your order {o} is on its way. Parcel number: {pn}. [[Expected {wd} between {t1} and {t2}.|Delivery in 1–2 working days.]] "
        "[[Track it at talgrat.com/track.|No signature needed.]]",
        o=g.order_no(), pn=g.parcel_no(), wd=g.weekday(), **dict(zip(("t1", "t2"), g.times(2))))
    return d


def shipment_notice_2(g):
    d = g.doc()
    d.f("Dispatch batch {b}\nOrders: {n}\nCarrier ref.: {cr}\nCollection slot: {t}\n[[Pallets: {p}|Cages: {p}]]",
        b=g.phoneish(), n=str(g.ri(20, 400)), cr=g.phoneish(), t=g.time(), p=str(g.ri(1, 9)))
    return d


def shipment_notice_3(g):
    d = g.doc()
    d.f("Part delivery for order {o}: the {p} ({sz}) follows from our warehouse [[next week|on {dt}]]. Tracking {pn}. "
        "[[The rest arrived today.|You won't pay extra shipping.]]",
        o=g.order_no(), p=g.pshort(), sz=g.size(), dt=g.date(), pn=g.parcel_no())
    return d


def shipment_notice_4(g):
    d = g.doc()
    d.f("Delivery attempt failed – card left. Collect from the depot with reference {r} after {t} tomorrow, "
        "or rebook online with code {c}.",
        r=g.phoneish(), t=g.time(), c=g.digits(6))
    return d


def b2b_price_list_1(g):
    d = g.doc()
    d.f("Trade price list {yr} – valid for {c1} and {c2}\n", yr=str(g.ri(2025, 2026)),
        c1=g.pick(["Baker & Hunter Logistics", "Fox & Miller Outdoor Ltd", "King Brothers Camping"]),
        c2=g.pick(["Rose & Young Retail", "Marsh Little & Co", "Cook Mason Trading"]))
    for _ in range(g.ri(3, 6)):
        i = g.rng.randrange(12)
        d.fl("{s} | GTIN {gt} | RRP €{rrp} | trade €{tr}", s=SKUS[i], gt=g.gtin(), rrp=PRICES_EUR[i], tr="%.2f" % (float(PRICES_EUR[i]) * 0.55))
    d.f("Minimum order: {m} units.", m=str(g.ri(6, 50)))
    return d


def b2b_price_list_2(g):
    d = g.doc()
    d.f("Carriage paid above €{m} net. [[Fisher Freight|Stone & Banks Haulage|Church Lane Couriers]] deliver Mon–Thu. "
        "Invoices payable within 30 days, 2 % discount within 10 days.",
        m=str(g.pick([500, 750, 1000])))
    return d


def b2b_price_list_3(g):
    d = g.doc()
    d.t("| SKU | Size | GTIN | Colour |\n|---|---|---|---|\n")
    for r in _gtin_rows(g, g.ri(3, 6), " | "):
        d.t("| " + r + " |\n")
    d.f("Prices on request from the [[Hunter Wholesale|Baker Group]] desk.")
    return d


def b2b_price_list_4(g):
    d = g.doc()
    d.f("Volume discount for {c}: 5 % from 50 pieces, 8 % from 100, 12 % from 250. Offer ref. {r}, valid until {dt}.",
        c=g.pick(["Wolf & Fox Scouting Supplies", "Young King Leisure", "Bird & Bell Adventure Centres"]), r="Q-%d" % g.ri(1000, 9999),
        dt=g.date())
    return d


def release_notes_1(g):
    d = g.doc()
    d.f("Release {v} ({dt})\n- Fixed: basket total not updated after voucher\n- Added: size advice for the {p}\n- Build {b}, commit {c}",
        v="%d.%d.%d" % (g.ri(2, 9), g.ri(0, 20), g.ri(0, 30)), dt=g.date("iso"), p=g.pshort(), b=str(g.ri(1000, 9999)),
        c="%07x" % g.ri(0, 0xfffffff))
    return d


def release_notes_2(g):
    d = g.doc()
    d.f("Changelog\n{v1}: staging on port {port}\n{v2}: hot fix for checkout timeout\n{v3}: removed old payment SDK",
        v1="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)), port=str(g.pick([8080, 8443, 3000, 5432])),
        v2="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)), v3="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)))
    return d


def release_notes_3(g):
    d = g.doc()
    d.f("POS app {v} rolls out to all stores on {dt}. [[Till restart needed.|No downtime expected.]] Minimum OS: iOS 17.{x}.",
        v="%d.%d.%d" % (g.ri(1, 4), g.ri(0, 20), g.ri(0, 9)), dt=g.date(), x=str(g.ri(0, 6)))
    return d


def release_notes_4(g):
    d = g.doc()
    d.f("Known issues in {v}:\n* Wishlist sync may lag up to {m} minutes\n* Filter \"Rock Grey\" shows Slate items\n* Build {b} fixes both",
        v="%d.%d.%d" % (g.ri(2, 9), g.ri(0, 20), g.ri(0, 30)), m=str(g.ri(2, 30)), b=str(g.ri(1000, 9999)))
    return d


def store_events_1(g):
    d = g.doc()
    d.f("{st} store events\n{dt1}, {t1}: Map & compass basics (free)\n{dt2}, {t2}: Boot care evening\n[[Spaces are limited.|No booking needed.]]",
        st=g.store(), **dict(zip(("dt1", "dt2"), g.dates(2, "long"))), **dict(zip(("t1", "t2"), g.times(2, 9, 19))))
    return d


def store_events_2(g):
    d = g.doc()
    d.f("May Day opening: {t1}–{t2}. [[Bank holiday Monday closed.|Late opening Thursday until 20:00.]] Postcode for parking: {pc}.",
        **dict(zip(("t1", "t2"), g.times(2))), pc=g.pick(["LA9 4QR", "EH1 1YZ", "H91 F2K8", "BS1 4DJ"]))
    return d


def store_events_3(g):
    d = g.doc()
    d.f("Repair café at {st}, every first Saturday from {t}. Bring your jacket, [[we'll|our team will]] patch it. "
        "Next dates: {d1}, {d2}.",
        st=g.store(), t=g.time(), **dict(zip(("d1", "d2"), g.dates(2, "long"))))
    return d


def store_events_4(g):
    d = g.doc()
    d.f("Film night: \"[[The Hunter's Path|Wolf Country|Winter on the Ridge]]\" – {dt}, doors {t}. Tickets £{p} at the till.",
        dt=g.date(), t=g.time(), p=str(g.ri(3, 12)))
    return d


def inventory_report_1(g):
    d = g.doc()
    d.t("Stock count " + g.store() + "\n")
    for r in _gtin_rows(g, g.ri(3, 6), "\t"):
        d.t(r + "\t" + str(g.ri(0, 40)) + "\n")
    d.f("Counted at {t}.", t=g.time())
    return d


def inventory_report_2(g):
    d = g.doc()
    d.f("Low stock: {s1} ({n1} left), {s2} ({n2} left). Reorder point reached for {p} in {c}.",
        s1=g.sku(), n1=str(g.ri(0, 5)), s2=g.sku(), n2=str(g.ri(0, 5)), p=g.pshort(), c=g.colour())
    return d


def inventory_report_3(g):
    d = g.doc()
    d.f("Shrinkage Q{q}: {a} % ({b} units). Bin {bin} recounted. [[No further action.|Checks at the fitting rooms from next week.]]",
        q=str(g.ri(1, 4)), a="%.1f" % (g.ri(2, 30) / 10), b=str(g.ri(3, 90)), bin="%s-%02d-%d" % (g.pick("ABCDEF"), g.ri(1, 40), g.ri(1, 5)))
    return d


def inventory_report_4(g):
    d = g.doc()
    d.f("Transfer {tr}: {n} × {p} ({sz}) from warehouse to {st}. Pallet {pal}.",
        tr="TR-%d" % g.ri(10000, 99999), n=str(g.ri(2, 60)), p=g.pshort(), sz=g.size(), st=g.store(), pal=g.phoneish())
    return d


def size_chart_1(g):
    d = g.doc()
    d.t("Size | Chest (cm) | Back length (cm)\n")
    base = g.ri(84, 90)
    for i, s in enumerate(["XS", "S", "M", "L", "XL"]):
        d.t("%s | %d | %d\n" % (s, base + 6 * i, 66 + 2 * i))
    d.f("[[Between sizes? Go up if you layer.|Regular fit.]]")
    return d


def size_chart_2(g):
    d = g.doc()
    d.f("Foot length {a}–{b} cm = EU {eu}, UK {uk}. [[Half sizes available.|The {p} runs a little small.]]",
        a="%.1f" % (g.ri(240, 290) / 10), b="%.1f" % (g.ri(241, 291) / 10), eu=str(g.ri(38, 47)), uk=str(g.ri(5, 12)), p=g.pshort())
    return d


def size_chart_3(g):
    d = g.doc()
    d.f("Inside leg: short {a} cm, regular {b} cm, long {c} cm. Waist {w1}–{w2} cm.",
        a=str(g.ri(74, 78)), b=str(g.ri(80, 83)), c=str(g.ri(85, 89)), w1=str(g.ri(70, 80)), w2=str(g.ri(82, 100)))
    return d


def size_chart_4(g):
    d = g.doc()
    d.f("Back length for the {p}: S/M {a}–{b} cm, M/L {c}–{e} cm. Hip belt fits {h1}–{h2} cm.",
        p=g.pick(["Hochsattel 30", "Fernkamm 45+10"]), a=str(g.ri(40, 44)), b=str(g.ri(45, 48)), c=str(g.ri(46, 49)), e=str(g.ri(50, 54)),
        h1=str(g.ri(65, 75)), h2=str(g.ri(110, 130)))
    return d


def kpi_dashboard_1(g):
    d = g.doc()
    d.f("CS dashboard {dt}\nOpen tickets: {a}\nFirst reply: {b} h\nCSAT: {c} %\nOldest: {tk}",
        dt=g.date("num"), a=str(g.ri(20, 400)), b="%.1f" % (g.ri(5, 90) / 10), c=str(g.ri(70, 98)), tk=g.ticket_no())
    return d


def kpi_dashboard_2(g):
    d = g.doc()
    d.f("Queue {q}: {a} calls waiting, longest {m} min. Queue {q2}: {b} calls. [[Overflow to the web chat.|Staffing normal.]]",
        q=g.phoneish(), a=str(g.ri(0, 30)), m=str(g.ri(1, 25)), q2=g.phoneish(), b=str(g.ri(0, 30)))
    return d


def kpi_dashboard_3(g):
    d = g.doc()
    d.f("Web shop, week {w}: conversion {c} %, AOV €{aov}, returns {r} %. Top seller: {p}.",
        w=str(g.ri(1, 52)), c="%.2f" % (g.ri(80, 420) / 100), aov=str(g.ri(60, 190)), r=str(g.ri(8, 35)), p=g.pshort())
    return d


def kpi_dashboard_4(g):
    d = g.doc()
    d.f("Repairs: {a} in, {b} out, backlog {c}. Average turnaround {t} days. Case {ref} waiting for parts.",
        a=str(g.ri(5, 90)), b=str(g.ri(5, 90)), c=str(g.ri(0, 200)), t=str(g.ri(3, 21)), ref=g.phoneish())
    return d


CLEAN = {
    "product_copy": [product_copy_1, product_copy_2, product_copy_3, product_copy_4],
    "trail_report": [trail_report_1, trail_report_2, trail_report_3, trail_report_4],
    "returns_policy": [returns_policy_1, returns_policy_2, returns_policy_3, returns_policy_4],
    "shipment_notice": [shipment_notice_1, shipment_notice_2, shipment_notice_3, shipment_notice_4],
    "b2b_price_list": [b2b_price_list_1, b2b_price_list_2, b2b_price_list_3, b2b_price_list_4],
    "release_notes": [release_notes_1, release_notes_2, release_notes_3, release_notes_4],
    "store_events": [store_events_1, store_events_2, store_events_3, store_events_4],
    "inventory_report": [inventory_report_1, inventory_report_2, inventory_report_3, inventory_report_4],
    "size_chart": [size_chart_1, size_chart_2, size_chart_3, size_chart_4],
    "kpi_dashboard": [kpi_dashboard_1, kpi_dashboard_2, kpi_dashboard_3, kpi_dashboard_4],
}
