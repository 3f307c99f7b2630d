"""English templates of the dev half of the twenty-sixth PII bank: 18 prose genres with personal
data and 10 genres without. Machine layouts are in pii26_dev_layouts.py."""

from pii26_dev_core import PRODUCTS, REPAIRS, lines


def she(p):
    return "she" if p.gender == "f" else "he"


def her(p):
    return "her" if p.gender == "f" else "his"


def obj(p):
    return "her" if p.gender == "f" else "him"


# ============================================================================ prose with personal data

# ---- crm_note
def crm_1(c):
    p = c.person()
    pr = c.product()
    return lines(f"Called {p.full} back about {c.order_no()}. {she(p).capitalize()} wants the {c.pshort(pr)} in {c.size()} "
                 f"instead of {c.size()}; exchange booked{c.ch('', ' and label sent', ', courier Thursday')}.",
                 c.opt(f"Best number: {c.phone()}.", 0.7), c.opt(f"Prefers e-mail though – {p.mail()}.", 0.4))


def crm_2(c):
    p = c.person()
    a = c.person()
    b = c.person()
    d = c.dates_seq(3, "iso")
    return lines(f"{d[0]} {a.gi}: {p.hon} moved house. New address:", c.addr(form="two"),
                 f"{d[1]} {b.giv}: confirmed on the phone ({c.phone()}), old address deactivated.",
                 c.opt(f"{d[2]} {a.gi}: loyalty card re-issued, posted second class.", 0.5))


def crm_3(c):
    p = c.person()
    return lines(f"Duplicate accounts merged for {p.full}: kept {p.mail()}, retired {c.pick(['the old Hotmail one', 'the work address', 'the second login'])}.",
                 c.ch("Points carried over (1,240).", "Order history combined, 7 orders.", "Newsletter consent kept from the newer record."))


def crm_4(c):
    p = c.person()
    club = c.ch("Fellwalkers", "Ridge Runners", "Peak Ramblers", "Trailblazers", "Hill Striders")
    return lines(f"Key account: {p.full} organises the {c.store()} {club} (about {c.rint(12, 60)} members) and orders kit for the group twice a year.",
                 f"Reach {obj(p)} on {c.phone()} or {p.mail()}.",
                 c.opt(f"Invoices go to {c.addr(form='line')}.", 0.6),
                 c.opt("Agreed 10 % club discount until end of season.", 0.5))


def crm_5(c):
    p = c.person()
    return lines(f"Refund approved for {p.hon} (RMA {c.digits(6)}): {c.money()} to {c.iban()}.",
                 f"Account holder named as {p.full} on the form – matches the order.",
                 c.opt("Card refund not possible, card expired.", 0.5))


def crm_6(c):
    p = c.person()
    a = c.person()
    out = [f"Contact history – {p.LF}"]
    for d in c.dates_seq(c.rint(3, 6), "num_gb"):
        out.append(f"  {d}  " + c.ch(
            f"e-mail in, asked about resoling (answered by {a.giv})",
            "phone: wants catalogue", f"order {c.order_no()} shipped", "complaint: zip on Schauerpass",
            f"call-back on {c.phone()}", "voucher sent", "newsletter unsubscribed"))
    return lines(*out)


# ---- support_email
def sup_1(c):
    p = c.person()
    a = c.person()
    return lines(c.greet(p), "",
                 f"I'm sorry your parcel ({c.parcel_no()}) is late. The courier says it is at the depot and will go out "
                 f"{c.ch('tomorrow', 'on Monday', 'later today')}.",
                 c.opt("If it hasn't arrived by Friday, just reply and we'll send a replacement.", 0.6), "",
                 c.gruss(), f"{a.giv}{c.ch('', ' | Talgrat Customer Service', ' – Talgrat Outdoor')}")


def sup_2(c):
    p = c.person()
    return lines("Hi there,", "",
                 f"I ordered the {c.ptitle()} last week ({c.order_no()}) but I won't be home. Could you send it to my work address instead?",
                 c.addr(form="two"), "", f"Thanks, {p.full}", c.opt(c.phone(), 0.6))


def sup_3(c):
    p = c.person()
    q = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"Thank you for your e-mail about the Steinlauf shoes you bought for {q.giv}. Please send them back with the enclosed label; "
                 f"we'll exchange them for EU {c.rint(38, 47)} as soon as they arrive.",
                 c.opt(f"If you prefer, our store team in {c.store()} can swap them on the spot.", 0.5), "",
                 c.gruss(), c.person().full, f"Customer Service · {c.role_mail()}")


def sup_4(c):
    p = c.person()
    a = c.person()
    return lines(c.greet(p),
                 f"to check the payment we need the last four digits of the card you used (ending {c.card_tail()} on our side) and the postcode of the billing address.",
                 "Please don't send the full card number by e-mail.", c.gruss(), a.gi)


def sup_5(c):
    p = c.person()
    a = c.person()
    st = c.addr(form="two")
    return lines(f"Subject: Wrong colour – order {c.order_no()}", "", c.greet(a, formal=False),
                 f"the Kaltkar I received is {c.ch('Alpenglow', 'Ridge Blue')}, but I ordered Slate.",
                 "Could you collect it from my address? I'm in most mornings.", "", st, "", f"{c.gruss()}", p.full,
                 c.opt(f"Mob. {c.phone(mobile=True)}", 0.7))


def sup_6(c):
    p = c.person()
    a = c.person()
    b = c.person()
    d = c.dates_seq(3, "dmy")
    return lines(f"Summary of the conversation with {p.full} (case {c.ticket_no()})",
                 f"- {d[0]}: {p.giv} reports the hip belt of {her(p)} Fernkamm is torn.",
                 f"- {d[1]}: {a.full} asks for photos; photos arrive from {p.mail()}.",
                 f"- {d[2]}: {b.full} approves a free repair.",
                 "- Courier pick-up booked at:", c.addr(form="line"),
                 f"- Phone for the driver: {c.phone()}", "- Status: closed")


# ---- quoted_reply
def qr_1(c):
    p = c.person()
    a = c.person()
    return lines(f"Thanks {a.giv}, that works for me!", "", f"On {c.date('mdy')}, {a.full} <{c.staff_mail(a)}> wrote:",
                 f"> Hi {p.giv},", f"> we can send you a new {c.pshort()} or refund you. Let us know.", "> Best, " + a.giv)


def qr_2(c):
    p = c.person()
    return lines("Please see below – can someone call her back today?" if p.gender == "f" else "Please see below – can someone call him back today?",
                 "", "-----Original Message-----", f"From: {p.full} [mailto:{p.mail()}]",
                 f"Sent: {c.date('dmy')} {c.time()}", f"To: {c.role_mail()}", f"Subject: {c.ch('Broken buckle', 'Refund?', 'Size swap')}",
                 "", f"Hello, the buckle snapped on day two. My number is {c.phone()}.", p.giv)


def qr_3(c):
    p = c.person()
    q = c.person()
    return lines(f"FYI {q.giv} – sorted.", "", "---------- Forwarded message ---------", f"From: {p.full} <{p.mail()}>",
                 f"Date: {c.date('short')}", "Subject: new address", "",
                 f"Hi, please update my address to {c.addr(form='line')}. Thanks!")


def qr_4(c):
    p = c.person()
    a = c.person()
    return lines("Great, see you then.", "", f"> On {c.date('dmy')} {a.full} wrote:",
                 f"> > Dear {p.hon}, your fitting is on {c.date('short')} at {c.time()}.",
                 f"> Could we do {c.time()} instead? – {p.giv}")


def qr_5(c):
    p = c.person()
    a = c.person()
    return lines(f"{a.giv}, see the customer's reply underneath.", "",
                 f"From: {p.full} <{p.mail()}>", f"Sent: {c.date('dmy')}", "",
                 "> Your refund is on the way.", "", f"Which account? It should go to {c.iban()}, not the card.",
                 c.opt(p.gi, 0.7))


# ---- signed_review
def rev_1(c):
    p = c.person()
    return lines(f"{c.ch('★★★★★', '★★★★☆', '★★★☆☆', '5/5', '4/5')} {c.ch('Bone dry on the Kerry Way', 'Warm enough for January in the Cairngorms', 'Comfy from the first mile', 'Great, but runs small')}.",
                 c.ch("Hood fits over a helmet.", "The pockets are a bit high with a hip belt.", "Took a while to wear in.", ""),
                 f"– {c.ch(p.gi, p.full, p.gi)}, {c.addr_parts()[2]}")


def rev_2(c):
    p = c.person()
    return lines(f"\"{c.ch('I have had my Kaltkar for three winters and it still lofts like new.', 'The Trittweg socks are the only ones that do not give me blisters.', 'Honest advice in the shop, no upselling.')}\"",
                 f"— {p.full}, {c.ch('verified buyer', 'mountain guide', 'customer since 2019', 'Ambleside')}")


def rev_3(c):
    p = c.person()
    return lines(f"love the hochsattel, perfect size for day hikes w the kids. straps could be softer",
                 f"- {p.glow}")


def rev_4(c):
    p = c.person()
    a = c.person()
    return lines(f"Review by {p.ini} ({c.date('dmy')}): {c.ch('Stitching came loose after a month.', 'Zip jams in the cold.', 'Perfect fit.')}",
                 f"Reply from Talgrat: Thanks {p.giv}, {c.ch('we are sorry – please get in touch for a repair.', 'glad it fits!', 'we have passed this on to our product team.')} – {a.giv}")


def rev_5(c):
    p = c.person()
    q = c.person()
    return lines(f"Bought the Almweg trousers for my partner {q.giv} and a pair for me. Both fit well; the zip-off legs are colour-coded, which helps.",
                 f"{p.full}, {c.ch('Leeds', 'Galway', 'Portland', 'Denver', 'Kendal')}")


# ---- email_signature
def sig_1(c):
    p = c.person()
    return lines("--", p.full, c.ch("Store Manager", "Assistant Manager", "Visual Merchandiser", "Area Manager North"),
                 f"Talgrat Outdoor · {c.store()}", f"M {c.phone(mobile=True)}", f"E {c.staff_mail(p)}")


def sig_2(c):
    p = c.person()
    return lines(f"{p.up} | {c.ch('HEAD OF RETAIL', 'FACILITIES', 'PEOPLE & CULTURE', 'BUYING')}",
                 f"T: {c.phone(c.cty)} | F: {c.phone(c.cty, mobile=False)}", c.opt("Talgrat Outdoor GmbH", 0.6))


def sig_3(c):
    p = c.person()
    return lines(c.ch("Yes, Thursday is fine.", "Got it, thanks.", "Will bring the forms tomorrow.", "Running 10 min late, sorry."),
                 "", p.giv, "", "Sent from my iPhone")


def sig_4(c):
    p = c.person()
    comp, dom = c.ch(("Ridgeway Estates", "ridgeway-estates.co.uk"), ("Lakeland Property Management", "lakeland-property.co.uk"),
                     ("Kaltenbach Immobilien", "kaltenbach-immobilien.de"), ("Summit Facilities Ltd", "summit-facilities.com"))
    return lines("Kind regards", "", f"Dr {p.full}" if c.maybe(0.3) else p.full, comp, c.addr(form="two"), c.phone(),
                 c.opt(p.mail(work=True, domain=dom), 0.6))


def sig_5(c):
    p = c.person()
    return lines(f"{p.full} ({'she/her' if p.gender == 'f' else 'he/him'})", c.ch("Community Manager", "Recruiter", "Store Trainer"),
                 f"{c.staff_mail(p)} · {c.phone()}", "I work part-time (Mon–Wed).")


# ---- team_chat
def chat_1(c):
    a = c.person()
    b = c.person()
    return lines(f"[{c.clock()}] {a.glow}: can someone cover the till at 2? {b.giv} has the dentist",
                 f"[{c.clock()}] {b.glow}: thanks!! back by 3",
                 c.opt(f"[{c.clock()}] {c.person().glow}: i'll do it", 0.7))


def chat_2(c):
    p = c.person()
    return lines(f"@{c.ch('lena.k', 'tom_r', 'sam.store', 'jj')} pls call back {p.full} – {c.phone()} – {c.ch('wants to pick up today', 'the boots again', 'refund question')}",
                 c.opt(f"she said mornings are best" if p.gender == "f" else "he said mornings are best", 0.5))


def chat_3(c):
    p = c.person()
    a = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines(f"Visitor: hi, my name is {p.low if c.maybe(0.5) else p.full}, order {c.order_no()} never arrived",
                 f"{a.giv} (Talgrat): Sorry to hear that! Can you confirm the postcode?",
                 f"Visitor: {pc}", f"{a.giv} (Talgrat): Thanks. It went to {st} – is that right?",
                 c.opt("Visitor: yes thats me", 0.7))


def chat_4(c):
    a = c.person()
    b = c.person()
    p = c.person()
    return lines(f"{a.giv}: who's got the {p.sur} return?", f"{b.giv}: me, box is by the till",
                 f"{a.giv}: nice. {c.ch('label printed?', 'refund done?', 'did she sign?' if p.gender == 'f' else 'did he sign?')}",
                 f"{b.giv}: {c.ch('yep', 'not yet', 'tomorrow')}")


def chat_5(c):
    p = c.person()
    return lines(f"Visitor: can I just pay over chat? card is {c.card()}",
                 "Agent: Please don't share card details here – I've removed the message and sent you a secure payment link.",
                 c.opt(f"Visitor: ok sorry. it's {p.full} btw", 0.6))


def chat_6(c):
    a, b, d = c.person(), c.person(), c.person()
    cu = c.person()
    t = [f"{h:02d}:{m:02d}" for h, m in sorted((c.rint(8, 17), c.rint(0, 59)) for _ in range(12))]
    out = [f"#store-{c.ch('leeds', 'kendal', 'edinburgh', 'galway')} – {c.date('short')}",
           f"{t[0]} {a.glow}: morning all, delivery is late again",
           f"{t[1]} {b.glow}: how late?", f"{t[2]} {a.glow}: driver says after 11",
           f"{t[3]} {d.glow}: then who does the window? {b.giv} was meant to",
           f"{t[4]} {b.glow}: i can do it after lunch",
           f"{t[5]} {a.glow}: also {cu.full} is coming at 12 for the boot fitting, can someone take it",
           f"{t[6]} {d.glow}: me. number in case she's late?" if cu.gender == "f" else f"{t[6]} {d.glow}: me. number in case he's late?",
           f"{t[7]} {a.glow}: {c.phone(mobile=True)}",
           f"{t[8]} {d.glow}: 👍"]
    if c.maybe(0.7):
        out += [f"{t[9]} {b.glow}: @{c.ch('area.mgr', 'ops_north', 'sam.hq')} fyi the till in bay 2 is frozen again",
                c.opt(f"{t[10]} {a.glow}: restarted it, fine now", 0.7)]
    return lines(*out)


# ---- call_note
def call_1(c):
    p = c.person()
    return lines(f"Inbound call {c.time()}, {p.full} ({c.phone()}).",
                 c.ch("Asked whether the Firstwand can be reproofed.", "Wants to know if the Kaltkar is back in stock in L.",
                      "Upset that the refund is taking so long.", "Asked for a repair quote."),
                 c.opt(f"Promised a call-back {c.ch('tomorrow', 'by Friday', 'this afternoon')}.", 0.7))


def call_2(c):
    p = c.person()
    return lines(f"Missed call from {c.phone()} at {c.time()}. Voicemail: \"Hi, it's {p.full}, "
                 f"{c.ch('about the jacket I left for repair', 'calling about my order', 'about the interview on Monday')} – please ring me back.\"")


def call_3(c):
    p = c.person()
    return lines(f"Call with {p.hon} about a failed payment. {she(p).capitalize()} read out {her(p)} card number ({c.card()}) before I could stop {obj(p)}.",
                 f"Told {obj(p)} we never take card numbers by phone; sent a payment link to {p.mail()}.",
                 c.opt("Number not stored anywhere else.", 0.6))


def call_4(c):
    out = ["Call-back list:"]
    for i in range(c.rint(2, 4)):
        p = c.person()
        out.append(f"{i + 1}. {p.full if c.maybe(0.7) else p.hon} – {c.phone()} – {c.ch('size swap', 'repair quote', 'missing parcel', 'job enquiry', 'refund')}")
    return lines(*out)


def call_5(c):
    p = c.person()
    a = c.person()
    return lines(f"{c.date('dmy')}, {c.time()} – {a.gi} spoke to {p.full}.",
                 f"{p.giv} wants to send back the Wintersteig trousers bought in {c.store()}; too long in the leg.",
                 f"Address for the label: {c.addr(form='line')}", c.opt(f"Alt. number: {c.phone()}", 0.5))


# ---- name_prose (no cue words, names from the lists only)
def np_1(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"{p.full} and {q.full} tested the Firstwand on the West Highland Way last spring and came back with twelve pages of notes.")


def np_2(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"The photos in the autumn lookbook were taken by {p.full}; the route above Glen Nevis was scouted with {q.full}.",
                 c.opt("Both walked it twice in bad weather.", 0.5))


def np_3(c):
    p = c.person(cue=False)
    return lines(f"According to {p.full}, the best way to dry a down jacket is slowly, with two tennis balls in the drum.",
                 c.opt(f"{p.sur} has repaired gear for us since {c.rint(2012, 2021)}.", 0.5))


def np_4(c):
    p, q, r = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return lines(f"{p.full}, {q.full} and {r.full} will run the stand at the Kendal Mountain Festival this year.",
                 c.opt(f"{q.giv} brings the banners, {r.giv} the till.", 0.6))


def np_5(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"When {p.full} took over the Leeds store, footwear sales doubled within a year.",
                 f"{c.ch('Much of that', 'Part of it', 'Most of it')} is down to {q.full}, who fits every boot by hand.")


def np_6(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"{p.full} wrote the care guide. {q.full} checked every step on real jackets.",
                 c.opt(f"Questions go to {p.giv} first.", 0.5))


# ---- postal_letter
def let_1(c):
    p = c.person()
    town = c.addr_parts()[2]
    return lines(p.full, c.addr(form="two"), "", f"{c.date('dmy')}", "Talgrat Outdoor GmbH, Customer Service", "",
                 f"Cancellation of order {c.order_no()}", "Dear Sir or Madam,",
                 "I hereby cancel the above order and ask you to refund the full amount." +
                 c.inl(f" Please use my account {c.iban()}.", 0.6), "Yours faithfully,", p.full)


def let_2(c):
    pr = c.pick([x for x in PRODUCTS if x[0] in REPAIRS])
    p = c.person()
    a = c.person()
    return lines(p.honfull, c.addr(form="two"), "", f"Your repair {c.ticket_no()}", "", f"Dear {p.hon},",
                 f"we have {REPAIRS[pr[0]][0]} your {c.pshort(pr)}. It will be posted to you today.", "", "Kind regards,", a.full,
                 "Repairs Team")


def let_3(c):
    p = c.person()
    q = c.person()
    return lines(p.full, f"c/o {q.full}", c.addr(form="two"), c.opt(c.cname(c.cty), 0.4), "",
                 f"Dear {p.giv},", "thank you for entering our photo competition. Your voucher is enclosed.", "",
                 "Best wishes,", "The Talgrat team")


def let_4(c):
    p = c.person()
    return lines(f"{p.full} · {c.addr(form='line')} · {c.phone()}", "",
                 "To Talgrat Outdoor, Returns Department", "",
                 f"Re: faulty {c.ptitle()}",
                 "I am returning the item because the seam leaks at the shoulder. I would like a replacement, not a voucher.",
                 "", "Sincerely,", p.ini)


# ---- incident_report (new)
def inc_1(c):
    p = c.person()
    s = c.person()
    w = c.person()
    return lines(f"Incident report – {c.store()} store, {c.date('dmy')}, {c.time()}",
                 f"A customer, {p.full}, slipped on the wet floor by the entrance and hurt {her(p)} wrist.",
                 f"First aid by {s.full} (trained first aider). No ambulance needed.",
                 f"Witness: {w.full}, {c.phone()}.", c.opt("Wet-floor sign was out; mat had been moved by the cleaners.", 0.6))


def inc_2(c):
    p = c.person()
    s1 = c.person()
    s2 = c.person()
    return lines(f"Security stopped a man at the exit with two unpaid Kaltkar jackets at {c.time()}.",
                 f"He gave his name as {p.full}, {c.addr(form='line')}.",
                 f"Police reference {c.digits(2)}/{c.digits(6)}/{c.rint(24, 26)}. Staff on duty: {s1.giv} and {s2.giv}.",
                 c.opt("CCTV saved for 30 days.", 0.6))


def inc_3(c):
    s = c.person()
    return lines(f"Near miss, stockroom: a box fell from the top shelf while {s.full} was picking.",
                 c.ch("No injury.", "Bruised shoulder, no time off.", "Nobody hurt."),
                 f"Reported by {c.person().ini}. Shelf labels to be moved lower by Friday.")


def inc_4(c):
    p = c.person()
    s = c.person()
    return lines("Accident book – entry", f"Name of injured person: {p.full}", f"Address: {c.addr(form='line')}",
                 f"Phone: {c.phone()}", "What happened: caught finger in the changing-room door.",
                 f"Treatment: plaster, ice pack. Entry by {s.gi}")


def inc_5(c):
    p = c.person()
    m = c.person()
    return lines(f"Hi {m.giv},", f"short note about this morning: {p.full} (a regular) felt faint near the boot wall. "
                 f"We sat {obj(p)} down, gave {obj(p)} water, and {her(p)} daughter picked {obj(p)} up at {c.time()}.",
                 c.opt(f"I've left {her(p)} number on the incident sheet ({c.phone()}).", 0.6), c.person().giv)


def inc_6(c):
    p = c.person()
    s1 = c.person()
    w = c.person()
    m = c.person()
    return lines(f"INCIDENT REPORT – {c.store()} store", f"Date/time: {c.date('dmy')}, {c.time()}",
                 f"Reported by: {s1.full} ({c.ch('sales assistant', 'supervisor', 'boot fitter')})",
                 "", "Person involved", f"Name: {p.full}", f"Address: {c.addr(form='line')}", f"Phone: {c.phone()}",
                 "", "What happened",
                 c.ch("A display rail tipped over when the customer pulled a jacket from the top hook. The rail hit the customer's shoulder.",
                      "The customer tripped over a box left in the aisle during restocking and twisted an ankle."),
                 f"Witness: {w.full}, {c.phone()}", f"Action taken: ice pack, rail secured, area closed for 20 minutes.",
                 f"Manager informed: {m.full}", c.opt("Follow-up call in two days.", 0.6))


# ---- interview_invite (new)
def iv_1(c):
    p = c.person()
    m = c.person()
    return lines(c.greet(p, formal=False),
                 f"thank you for applying for the Sales Assistant role at our {c.store()} store. We'd like to invite you to an interview on "
                 f"{c.date('dmy')} at {c.time()} with {m.full}, our store manager.",
                 c.opt("Please bring proof of your right to work.", 0.6),
                 f"If the time doesn't suit, call {c.phone()} or reply to this e-mail.", "", c.gruss(), "Talgrat Recruiting")


def iv_2(c):
    a, b, d = c.person(), c.person(), c.person()
    return lines(f"Shortlist seasonal staff {c.store()}:", f"- {a.full} (strong on footwear, free weekends)",
                 f"- {b.full} (ex-ski shop, wants 20 h)", c.opt(f"- {d.full} (student, only till September)", 0.7),
                 c.opt("Interviews next week, 30 min each.", 0.5))


def iv_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Hi {m.giv}, {p.full} can't make Tuesday – could we move {obj(p)} to Thursday at {c.time()}?",
                 f"{her(p).capitalize()} number is {c.phone(mobile=True)} in case you want to call directly.")


def iv_4(c):
    p = c.person()
    a = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"we are pleased to offer you the position of {c.ch('Boot Fitter', 'Store Supervisor', 'Sales Assistant')} starting on {c.date('dmy')}.",
                 f"Your contract will be sent to {c.addr(form='line')}. Please return it signed within a week.",
                 "", c.gruss(), a.full, "People & Culture")


def iv_5(c):
    p = c.person()
    q = c.person()
    return lines(f"Interview notes – {p.LF}, {c.date('dmy')}",
                 c.ch("Knows the product range well. Calm with difficult customers.",
                      "Good on the till exercise. Unsure about weekend shifts.",
                      "Brilliant at boot fitting, little retail experience."),
                 f"Reference from {q.full} ({c.phone()}) to be checked.")


# ---- absence_notice (new)
def ab_1(c):
    m = c.person()
    s = c.person()
    p = c.person()
    return lines(f"Hi {m.giv}, I've got a temperature and won't make my shift today. {s.giv} said {she(s)} can cover the morning.",
                 f"Sorry! – {p.giv}")


def ab_2(c):
    p = c.person()
    q = c.person()
    d1, d2 = c.dates2("num_gb", gap=(1, 21))
    return lines(f"Leave request: {p.full}, {d1} to {d2}.", f"Cover: {q.full}.",
                 f"Approved by {c.person().ini}." if c.maybe(0.7) else "Pending.")


def ab_3(c):
    p = c.person()
    return lines(f"FYI team – {p.giv} is off sick until Friday (fit note received).",
                 f"Please don't ring {obj(p)} at home on {c.phone(mobile=False)} – messages via me.", c.opt(f"Rota updated. {c.person().giv}", 0.6))


def ab_4(c):
    p = c.person()
    q = c.person()
    d1, d2 = c.dates2("mdy", gap=(60, 365))
    return lines(f"Handover before my parental leave ({d1} – {d2})",
                 f"- Supplier calls: {q.full} takes over, {c.staff_mail(q)}",
                 "- Window display: photos in the shared drive",
                 f"- Urgent only: {c.phone(mobile=True)}", p.full)


def ab_5(c):
    m = c.person()
    p = c.person()
    kid = "son" if p.gender == "m" else "daughter"
    why = c.ch(f"has broken {her(p)} ankle", "has glandular fever", "is in hospital after a climbing fall")
    return lines(f"Dear {m.hon},", f"my {kid} {p.full} {why} and can't work {her(p)} Saturday shifts for at least four weeks.",
                 "A doctor's note will follow.", c.gruss(), c.person().full)


# ---- reference_letter (new)
def ref_1(c):
    p = c.person()
    m = c.person()
    return lines("To whom it may concern,", "",
                 "{0} worked at our {1} store from {2} to {3} as a sales assistant. ".format(p.full, c.store(), *c.dates2(gap=(200, 900), y0=2019, y1=2023)) +
                 f"{she(p).capitalize()} was reliable, friendly with customers and trained new colleagues on the till.",
                 "We would employ {0} again.".format(obj(p)), "", m.full, "Store Manager", c.phone())


def ref_2(c):
    p = c.person()
    q = c.person()
    comp, dom = c.ch(("Peakline PR", "peakline-pr.com"), ("Trailhead Staffing", "trailhead-staffing.com"),
                     ("a ski school in Chamonix", "esf-chamonix.fr"), ("Northtrail Media", "northtrail-media.co.uk"))
    return lines(f"We've had a reference request for {p.full} from {comp}.",
                 f"Their contact is {q.hon} ({q.mail(work=True, domain=dom)}).",
                 "Can someone confirm the dates of employment? Only dates and role, nothing else.")


def ref_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Phone reference given {c.date('dmy')}: {m.gi} confirmed that {p.full} worked here as a Boot Fitter, {c.rint(2, 6)} years, left on good terms.",
                 c.opt("No other details given.", 0.7))


def ref_4(c):
    p = c.person()
    s = c.person()
    return lines("Character reference", "",
                 f"I have known {p.full} for {c.rint(3, 12)} years through our volunteer hiking programme, where {she(p)} leads family walks.",
                 f"{p.giv} is patient, careful and good with groups.", "", s.full,
                 f"{c.addr(form='line')}", c.opt(c.phone(), 0.6))


# ---- landlord_letter (new)
def ll_1(c):
    p = c.person()
    q = c.person()
    return lines(f"Dear {p.hon},", "",
                 f"the heating in our unit at {c.addr(form='line')} has failed again. The shop was 12 °C this morning.",
                 f"Please let our facilities lead, {q.full}, know when an engineer can come: {c.phone()}.", "",
                 c.gruss(), c.person().full, "Talgrat Outdoor")


def ll_2(c):
    p = c.person()
    return lines("Dear tenant,", "", f"please note that from {c.date('mdy')} the rent for the unit should be paid to our new account:",
                 c.iban(c.ch("GB", "IE", "DE")), "Reference: your unit number.", "", "Regards,", p.full,
                 c.ch("Ridgeway Estates", "Lakeland Property Management", "Kaltenbach Immobilien"))


def ll_3(c):
    p = c.person()
    return lines(f"Caretaker for the shopping arcade: {p.full}, mobile {c.phone(mobile=True)} (weekdays 7–3).",
                 c.opt(f"Out of hours: security desk {c.phone(mobile=False)}.", 0.6), "Bins go out Tuesday night.")


def ll_4(c):
    p = c.person()
    a = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"Thank you for the draft of the lease renewal. We'd like to discuss the break clause before signing. "
                 f"Could you call me on {c.phone()}?",
                 "", c.gruss(), a.full, "Head of Retail", c.staff_mail(a))


# ---- personal_shopping (new)
def ps_1(c):
    p = c.person()
    s = c.person()
    return lines("Your personal shopping appointment", "", c.greet(p, formal=False),
                 f"you're booked with {s.giv} on {c.date('dmy')} at {c.time()} in our {c.store()} store.",
                 c.opt("Bring the boots you hike in now, so we can compare.", 0.6), "See you soon!")


def ps_2(c):
    a, b = c.person(), c.person()
    return lines(f"Appointments {c.date('short')}:",
                 f"10:00 {a.full} – trip to Patagonia, needs a layering system – {c.phone()}",
                 f"11:30 {b.full} – first winter hike, budget £400 – {c.phone()}",
                 c.opt(f"14:00 {c.person().full} – boots only", 0.6))


def ps_3(c):
    p = c.person()
    s = c.person()
    return lines(f"Thanks for visiting, {p.hon} – here is the list {s.full} put together for you:",
                 f"- {c.ptitle()} ({c.size()})", f"- {c.ptitle()}", c.opt(f"- {c.ptitle()}", 0.5),
                 "We've put everything on hold for 7 days.")


def ps_4(c):
    p = c.person()
    s = c.person()
    return lines(f"Group booking for {p.full} ({c.ch('Duke of Edinburgh group', 'sixth-form trip', 'company away-day')}), {c.rint(6, 18)} people.",
                 f"Invoice to {c.addr(form='two')}", f"Contact: {p.mail()}", f"Stylist: {s.gi}")


# ---- forum_post (new)
def fp_1(c):
    p = c.person()
    return lines("Re: Hochsattel 30 – hip belt slipping?", "",
                 "Had the same issue. Tightening the load lifters first and then the belt fixed it for me.",
                 c.opt("Also check the back length; mine was set too long out of the box.", 0.5), "", "--", f"{p.full} | {c.addr_parts()[2]}")


def fp_2(c):
    p = c.person()
    return lines("Meet-up: Sunday walk from Ambleside",
                 f"Anyone fancy joining? Meeting at the bus station at 9. Ring me on {c.phone(mobile=True)} if you're late. {p.giv}",
                 c.opt("Dogs welcome.", 0.5))


def fp_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Posted by trailfox{c.rint(10, 99)} · {c.date('dmy')}",
                 f"Quote from {p.full}: \"Re-proof every 20 washes and never use fabric softener.\"",
                 "Couldn't agree more.", "", f"[Thread moved to Care & Repair by {m.giv} – moderator]")


def fp_4(c):
    p = c.person()
    return lines("Selling: Kaltkar down jacket, size M, worn twice, £180.",
                 f"Collection from {c.addr(form='street')} or I can post. Text {c.phone(mobile=True)}.", c.opt(f"– {p.giv}", 0.8))


def fp_5(c):
    p = c.person()
    q = c.person()
    return lines("Thanks everyone for the route tips!",
                 f"Special thanks to {p.full} for the map and to {q.full}, who lent me his gaiters." if q.gender == "m" else
                 f"Special thanks to {p.full} for the map and to {q.full}, who lent me her gaiters.")


# ---- apprentice_log (new)
def ap_1(c):
    p = c.person()
    t = c.person()
    return lines(f"Weekly log – apprentice {p.full}, week {c.rint(1, 52)}",
                 f"Mon: goods in with {t.giv}, counted socks", "Tue: till training", "Wed: college",
                 f"Thu: first boot fitting on my own ({t.giv} watched)", c.opt("Fri: window display", 0.6))


def ap_2(c):
    p = c.person()
    cu = c.person()
    return lines(f"Trainer feedback: {p.giv} handled the boot fitting for {cu.hon} really well today – listened first, measured both feet.",
                 c.opt("Next step: sizing for kids.", 0.6))


def ap_3(c):
    p = c.person()
    t = c.person()
    return lines(f"Apprentice {p.full} – college contact: {t.hon}, {t.mail(work=True, domain=c.pick(['kendal.ac.uk', 'leeds-college.ac.uk', 'city-college.ie']))}.",
                 f"Review meeting {c.date('dmy')}.", c.opt(f"Parent contact: {c.phone()}", 0.5))


def ap_4(c):
    out = [f"Apprentice rotation {c.ch('spring', 'summer', 'autumn')}:"]
    for d in c.sample(["footwear", "stockroom", "till", "repairs desk", "online orders"], c.rint(2, 4)):
        out.append(f"- {d}: {c.person().full}")
    return lines(*out)


def ap_5(c):
    p = c.person()
    return lines(f"New apprentice paperwork for {p.full} (German store, payroll in Germany):",
                 f"tax ID {c.taxid()}, bank {c.iban('DE')}", "Contract signed, induction on Monday.")


# ---- staff_purchase (new)
def sp_1(c):
    p = c.person()
    pr = c.product()
    return lines(f"Staff purchase approved: {p.full}, {c.ptitle(pr)} ({pr[4]}), 30 % off.",
                 f"Approved by: {c.person().gi}", c.opt("Limit for the year: 2 of 6 items used.", 0.5))


def sp_2(c):
    p = c.person()
    m = c.person()
    q = c.person()
    return lines(f"Hi {m.giv}, can I use my staff discount for a jacket for my partner {q.giv}? It's a birthday present.",
                 f"Thanks, {p.giv}")


def sp_3(c):
    p = c.person()
    return lines(f"Staff discount check: card ending {c.card_tail()} used 14 times in March, always online.",
                 f"Linked to employee {p.full} ({c.store()}). Delivery address:", c.addr(form="two"),
                 "Please review before the next payroll run.")


def sp_4(c):
    out = ["Friends & family codes issued:"]
    for _ in range(c.rint(2, 4)):
        p = c.person()
        out.append(f"- FF-{c.digits(5)} → {p.full} ({p.mail()})")
    return lines(*out)


def sp_5(c):
    p = c.person()
    return lines(f"Staff sale receipt: {p.LF}, {c.money()} paid by card {c.card()}.",
                 "Item not for resale.")


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5, crm_6],
    "support_email": [sup_1, sup_2, sup_3, sup_4, sup_5, sup_6],
    "quoted_reply": [qr_1, qr_2, qr_3, qr_4, qr_5],
    "signed_review": [rev_1, rev_2, rev_3, rev_4, rev_5],
    "email_signature": [sig_1, sig_2, sig_3, sig_4, sig_5],
    "team_chat": [chat_1, chat_2, chat_3, chat_4, chat_5, chat_6],
    "call_note": [call_1, call_2, call_3, call_4, call_5],
    "name_prose": [np_1, np_2, np_3, np_4, np_5, np_6],
    "postal_letter": [let_1, let_2, let_3, let_4],
    "incident_report": [inc_1, inc_2, inc_3, inc_4, inc_5, inc_6],
    "interview_invite": [iv_1, iv_2, iv_3, iv_4, iv_5],
    "absence_notice": [ab_1, ab_2, ab_3, ab_4, ab_5],
    "reference_letter": [ref_1, ref_2, ref_3, ref_4],
    "landlord_letter": [ll_1, ll_2, ll_3, ll_4],
    "personal_shopping": [ps_1, ps_2, ps_3, ps_4],
    "forum_post": [fp_1, fp_2, fp_3, fp_4, fp_5],
    "apprentice_log": [ap_1, ap_2, ap_3, ap_4, ap_5],
    "staff_purchase": [sp_1, sp_2, sp_3, sp_4, sp_5],
}


# ============================================================================ clean genres

def cat_1(c):
    pr = c.product()
    return lines(f"{pr[1]} – {pr[5]}",
                 c.ch("Built for the hunter's dawn start and the baker's walk to work alike.",
                      "Quiet enough for the wolf-watching tours in the Abruzzo, tough enough for scree.",
                      "Grace under pressure: a jacket that keeps its shape in the wind."),
                 f"Colours: {', '.join(pr[7])}.", c.opt("Will it fit over a fleece? Yes – size up if you layer heavily.", 0.6))


def cat_2(c):
    pr = c.product()
    return lines(f"New for May: {pr[1]}.", c.ch("The rose-gold morning light on the ridge inspired the colourway.",
                                              "Cook dinner at the hut, then pack it small enough for the lid pocket.",
                                              "Young or old, little or tall – the unisex cut covers XS to XXL."),
                 f"SKU {pr[4]}. {c.ch('Free returns within 30 days.', 'Ships in 1–2 working days.')}")


def cat_3(c):
    a, b = c.sample(PRODUCTS, 2)
    return lines(f"Pair the {a[1]} with the {b[1]} for a full set.",
                 f"{a[5]} + {b[5]}, or save 10 % as a bundle.", c.opt("Fisher's green and stone grey are back this season.", 0.5))


def cat_4(c):
    return lines("The Hunter's Moon collection", "Three layers, one idea: stay warm when the sun goes down.",
                 c.ch("Morgengrat Merino 150 as the base, Gitterhang fleece in the middle, Kaltkar on top.",
                      "Fox-brown, Slate and Hut Orange, made to be seen in the forest."),
                 c.opt("Available from 1 November in all stores.", 0.7))


def help_1(c):
    return lines("Where is my order number?",
                 f"You'll find it in your confirmation e-mail, for example {c.order_no()}. It starts with TG or a #.",
                 c.opt(f"Gift cards have a 16-character code instead, like {c.ch('GC7K-2MXQ-88PA-ZT4W', 'GCQ2-77LM-4NXA-09RT')}.", 0.5))


def help_2(c):
    return lines("Can I return items bought in store online?",
                 "Yes. Use the receipt number (e.g. " + f"{c.rint(10, 99)}-{c.digits(4)}-{c.digits(6)}" + ") in the returns portal.",
                 f"Refunds take 5–7 working days. The barcode on the tag (EAN {c.gtin()}) is not needed.")


def help_3(c):
    return lines("How do I measure my back length?",
                 "Stand upright. Measure from the prominent vertebra at the base of the neck down to the top of the hip bones.",
                 c.ch("Between 43 and 51 cm: Hochsattel 30.", "Between 42 and 54 cm: Fernkamm 45+10 (adjustable)."),
                 c.opt("Still unsure? Our store teams will measure you for free.", 0.6))


def help_4(c):
    return lines("Do you ship to a P.O. box?",
                 "We can't deliver to P.O. boxes or parcel lockers for bulky items. For small parcels, enter the box number in the first address line.",
                 c.opt("Deliveries to Northern Ireland, the Channel Islands and the Isle of Man may take longer.", 0.6))


def trk_1(c):
    return lines(f"Your parcel {c.parcel_no()} is on its way.",
                 f"Expected delivery: {c.date('dmy')}, between {c.rint(8, 12)}:00 and {c.rint(13, 18)}:00.",
                 c.opt(f"Collection code: {c.digits(6)}", 0.6))


def trk_2(c):
    return lines("Delivery update", f"Shipment {c.parcel_no()} – {c.ch('held at depot', 'out for delivery', 'delivered to a safe place', 'delayed by weather')}.",
                 f"Service reference {c.phone_like()} (not a phone number – quote it on the tracking page).")


def trk_3(c):
    out = ["Consignment summary"]
    for _ in range(c.rint(2, 4)):
        out.append(f"{c.parcel_no()}  {c.rint(1, 6)} pcs  {c.rint(1, 30)}.{c.rint(0, 9)} kg  {c.ch('Leeds hub', 'Kempten DC', 'Dublin depot', 'Innsbruck hub')}")
    return lines(*out)


def trk_4(c):
    return lines(f"Return received: RMA {c.digits(6)}, order {c.order_no()}.",
                 f"Inspection {c.ch('passed', 'pending', 'passed – refund issued')}. Warehouse batch {c.phone_like()}.")


def sup_b1(c):
    return lines("Supplier bulletin – spring deliveries",
                 c.ch("Baker & Hunter Logistics take over the Leeds route from April.",
                      "Mason Brothers Packaging now supply the recycled boxes.",
                      "Fisher & Cook Textiles confirmed the Merino lead time of 9 weeks."),
                 c.opt("Miller Freight remains our partner for Ireland.", 0.6))


def sup_b2(c):
    return lines("Dock schedule", f"Mon {c.clock()} – Schneider Logistik (2 trucks)", f"Wed {c.clock()} – Baker & Hunter Logistics",
                 f"Fri {c.clock()} – Wolf Transport GmbH", c.opt("Saturday closed.", 0.5))


def sup_b3(c):
    return lines("Quality notice", "Batch 2025-07 of Trittweg socks from Koch Strickerei passed the pilling test (grade 4).",
                 c.ch("Young & Little Dyeworks will audit the colour fastness in June.",
                      "Stone & Wood Trims sent new toggles; samples in the QA room."))


def sup_b4(c):
    return lines("Price update from suppliers",
                 f"Fox Trims: +{c.rint(2, 9)} % from {c.date('dmy')}.", f"Marsh Buckles: unchanged.",
                 f"Brook Mills: {c.ch('−3 %', '+1.5 %')} on recycled polyamide.")


def br_1(c):
    return lines(f"{c.ch('Kendal', 'Leeds', 'Edinburgh', 'Galway', 'Innsbruck')} store – opening hours",
                 "Mon–Fri 9:30–18:30", "Sat 9:00–18:00", "Sun closed", c.opt("Late opening on Thursdays until 20:00.", 0.5))


def br_2(c):
    return lines("Find us", f"The store is in the {c.ch('LA9', 'LS1', 'EH1', 'G1')} postcode area – use the car park next door.",
                 c.ch("Buses 555 and 599 stop outside.", "Five minutes from the station."))


def br_3(c):
    return lines("Store directory", "Munich 80331 · Kempten 87435 · Innsbruck 6020 · Zurich 8001",
                 "Leeds LS1 · Kendal LA9 · Edinburgh EH1 · Dublin D02", c.opt("New in autumn: Galway H91.", 0.6))


def br_4(c):
    return lines("Holiday hours", f"{c.date('dmy')}: 10:00–16:00", f"{c.date('dmy')}: closed",
                 c.ch("Click & collect orders can be picked up at the Kendal and Leeds stores.",
                      "Phone lines close at 14:00 on Christmas Eve."))


def care_1(c):
    jacket = c.ch("Firstwand", "Schauerpass")
    return lines(f"Washing your {jacket}", f"Close all zips. Wash at {c.ch('30', '40')} °C with a technical cleaner, no softener.",
                 f"Tumble dry on low for {c.ch(15, 20, 25)} minutes to reactivate the DWR.",
                 c.opt(f"Re-proof after about {c.ch(15, 20, 25)} washes.", 0.6), c.opt("Never dry-clean.", 0.4))


def care_2(c):
    return lines(c.ch("Down care", "Looking after your Kaltkar", "Washing down"),
                 f"Wash the Kaltkar at 30 °C on a {c.ch('gentle', 'delicates', 'wool')} cycle with down wash.",
                 f"Dry on low with {c.ch('two', 'three')} clean tennis balls for {c.ch('2–3', '3', '2')} hours until no clumps remain.",
                 c.opt("Store it loosely, not in the compression sack.", 0.5))


def care_3(c):
    shirt = c.ch("Morgengrat", "Trittweg socks", "merino layers")
    return lines(f"Merino basics: {shirt}", "Air it out after a hike – merino rarely needs washing.",
                 f"Wool cycle, max. {c.ch('30', '20')} °C, {c.ch('lay flat to dry', 'dry on a rack', 'no tumble dryer')}.",
                 c.opt("Store clean and dry; wool can attract moths.", 0.7), c.opt("Cedar blocks help in the wardrobe.", 0.4))


def care_4(c):
    return lines(c.ch("Shoe care", "Steinlauf care", "After the trail"),
                 "After a run, knock off loose dirt and clean with a soft brush and lukewarm water.",
                 f"Let them dry at room temperature for {c.rint(12, 36)} hours, never on a radiator.",
                 c.opt("Remove the insoles to speed things up.", 0.5), c.opt("Newspaper in the toe box helps.", 0.5))


def chg_1(c):
    return lines(f"App {c.version()} – release notes", "- Faster store finder", "- Fixed sizing chart on small screens",
                 c.opt(f"- Build {c.rint(1000, 9999)}, requires iOS 16 or Android 10", 0.6))


def chg_2(c):
    return lines(f"Shop frontend v{c.version()}", f"* bump checkout-sdk to {c.version()}", "* remove legacy wishlist",
                 f"* commit {c.digits(7)}a", c.opt(f"* deploy window {c.clock()}–{c.clock()} UTC", 0.5))


def chg_3(c):
    return lines("Changelog", f"{c.version()}: new returns flow", f"{c.version()}: size advisor for socks", f"{c.version()}: bug fixes")


def chg_4(c):
    return lines(f"POS firmware {c.version()} rolled out to {c.rint(4, 20)} stores.",
                 f"Rollback version {c.version()}. Port 8443 must stay open.", c.opt("No downtime expected.", 0.6))


def gtin_1(c):
    out = ["sku\tsize\tgtin\tstock"]
    pr = c.product()
    for s in c.sample(["XS", "S", "M", "L", "XL", "XXL"], c.rint(2, 5)):
        out.append(f"{pr[4]}\t{s}\t{c.gtin()}\t{c.rint(0, 80)}")
    return lines(*out)


def gtin_2(c):
    out = ["Stock take – aisle 4"]
    for _ in range(c.rint(2, 5)):
        pr = c.product()
        out.append(f"{pr[4]}  {c.gtin()}  counted {c.rint(0, 40)}  system {c.rint(0, 40)}")
    return lines(*out)


def gtin_3(c):
    pr = c.product()
    return lines(f"Label reprint: {pr[1]}", f"EAN {c.gtin()} / {c.gtin()}", f"Price {pr[5]}, colour {c.colour(pr)}")


def gtin_4(c):
    out = ["sku,colour,gtin,bin"]
    pr = c.product()
    for col in pr[7]:
        out.append(f"{pr[4]},{col},{c.gtin()},B-{c.rint(1, 40):02d}-{c.rint(1, 9)}")
    return lines(*out)


def promo_1(c):
    return lines("Promo calendar", f"{c.date('dmy')}: Spring sale starts, up to 30 % off",
                 "1 May: May Day – stores open 10–16", f"{c.date('dmy')}: code TRAIL15 expires", c.opt("Grace period for vouchers: 14 days.", 0.6))


def promo_2(c):
    d1, d2 = c.dates2("dmy", gap=(5, 30))
    return lines(f"Code HUTWEEK{c.rint(10, 25)}: 15 % off hut-to-hut kit, valid {d1} – {d2}.",
                 "Will not combine with other offers.", c.opt(f"Minimum spend {c.money(50, 150)}.", 0.6))


def promo_3(c):
    return lines("Black Friday plan", f"Early access for members on {c.date('dmy')} at {c.clock()}.",
                 f"Hunter green and rose colourways at {c.money(60, 200)}.", "Baker's dozen: buy 12 pairs of socks, pay for 11.")


def promo_4(c):
    return lines("Newsletter schedule", f"Week {c.rint(1, 52)}: care tips", f"Week {c.rint(1, 52)}: Wintersteig launch",
                 f"Week {c.rint(1, 52)}: May the trails be dry – spring edit")


def q_1(c):
    return lines("Support queue – this morning", f"Open tickets: {c.rint(20, 140)}", f"Oldest: {c.ticket_no()} ({c.rint(2, 9)} days)",
                 f"Average first reply: {c.rint(1, 9)} h {c.rint(0, 59)} min")


def q_2(c):
    out = ["| Ticket | Topic | Age |", "|---|---|---|"]
    for _ in range(c.rint(2, 5)):
        out.append(f"| {c.ticket_no()} | {c.ch('returns', 'sizing', 'repair', 'payment', 'delivery')} | {c.rint(1, 72)} h |")
    return lines(*out)


def q_3(c):
    return lines("Call centre stats", f"Calls: {c.rint(100, 900)}", f"Abandoned: {c.rint(1, 9)}.{c.rint(0, 9)} %",
                 f"Queue ID {c.phone_like()} (internal routing number)")


def q_4(c):
    return lines(f"Escalations this week: {c.rint(2, 15)}", f"Case {c.ticket_no()} merged into {c.ticket_no()}.",
                 f"Order {c.order_no()} refunded, parcel {c.parcel_no()} lost in transit.")


CLEAN = {
    "catalogue_copy": [cat_1, cat_2, cat_3, cat_4],
    "help_article": [help_1, help_2, help_3, help_4],
    "tracking_update": [trk_1, trk_2, trk_3, trk_4],
    "supplier_bulletin": [sup_b1, sup_b2, sup_b3, sup_b4],
    "branch_directory": [br_1, br_2, br_3, br_4],
    "care_label": [care_1, care_2, care_3, care_4],
    "app_changelog": [chg_1, chg_2, chg_3, chg_4],
    "gtin_stock_sheet": [gtin_1, gtin_2, gtin_3, gtin_4],
    "promo_calendar": [promo_1, promo_2, promo_3, promo_4],
    "queue_stats": [q_1, q_2, q_3, q_4],
}
