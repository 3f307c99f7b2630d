"""English prose templates (18 genres with personal data) and English texts without personal
data (10 genres) for the held-out half of the thirty-second PII bank (heldout32)."""

import pii32_held_core as C
from pii32_held_core import Lab  # noqa: F401

PROSE = {}
NOPII = {}


def T(genre, reg=None, **meta):
    reg = PROSE if reg is None else reg

    def deco(f):
        f.meta = meta
        reg.setdefault(genre, []).append(f)
        return f
    return deco


def NP(genre, **meta):
    return T(genre, NOPII, **meta)


def passport(g):
    return g.pick(["C", "P", "N", "K"]) + "".join(g.pick("0123456789") for _ in range(7))


def exp(g):
    return "%02d/%d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31))


# ============================================================================================
# support_email


@T("support_email")
def se_address_change(g):
    a = g.customer()
    return g.render(
        "Subject: [[Change of address|New delivery address|Wrong address on order]] {o}\n\n"
        "[[Hi|Hello|Dear]] [[Talgrat team|customer service|there]],\n\n"
        "I [[just|only just]] placed order {o} and [[realised|noticed]] it's going to my old "
        "[[flat|place|address]]. [[Could you please|Can you]] send it to\n\n{a.two}\n\n"
        "instead? [?I'm in all week, so a signature is no problem. ?]"
        "[[If anything's unclear, my number is|You can reach me on]] {a.phone}.\n\n"
        "[[Thanks|Many thanks|Cheers]],\n{a.full}",
        a=a, o=g.order_no())


@T("support_email")
def se_refund_iban(g):
    a = g.customer()
    holder = g.person(relative_of=a, country=a.country) if g.chance(0.4) else a
    s = g.staff()
    return g.render(
        "[[Dear|Hello]] {a.hon},\n\n"
        "thank you for returning the {p.name} (order {o}). [[As you paid by invoice|Because the "
        "invoice had already been paid]], we will refund {m} to the account you gave us:\n\n"
        "Account holder: {h.full}\nIBAN: {a.iban}\n\n"
        "[[The money should arrive within five working days.|Please allow up to a week for the "
        "transfer.]][? If the account does not belong to you, just reply to this e-mail.?]\n\n"
        "Kind regards\n{s.full}\n{st.name} · Customer Service",
        a=a, h=holder, s=s, st=g.store, p=g.product(), o=g.order_no(), m=g.money())


@T("support_email")
def se_card_pasted(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Hi {a.given},\n\n"
        "please don't send card numbers by e-mail – I have deleted yours from our system. "
        "[[The payment failed because your bank declined it|The decline came from your card "
        "issuer, not from us]]; you can simply try again at checkout or pay by PayPal.\n\n"
        "Best wishes,\n{s.given} ({st.name})\n\n"
        "On {d}, {a.full} <{a.email}> wrote:\n"
        "> Hi, my order keeps failing. [[My card is|Card number]] {a.card}, exp {x}.\n"
        "> [[Can you put it through by hand?|Please charge it manually.]] Thanks, {a.given}",
        a=a, s=s, st=g.store, d=g.date(), x=exp(g))


@T("support_email")
def se_zip_complaint(g):
    a = g.customer()
    return g.render(
        "[[The zip on my|The main zip of my]] {p.name} [[broke|came apart]] after [[two weeks|"
        "one trip|three walks]]. Order {o}. [[Please call me back on|Could someone ring me on]] "
        "{a.phone}[? after 5pm?]. – {a.given}",
        a=a, p=g.product(["jacket", "pack", "trousers"]), o=g.order_no())


@T("support_email")
def se_forwarded(g):
    a = g.customer()
    c = g.staff()
    p = g.product()
    other = g.pick([x for x in (p.col_en) if x != p.colour] or ["Slate"])
    return g.render(
        "[[FYI|Can you take this one?|Yours, I think.]] – {c.given}\n\n"
        "---------- Forwarded message ---------\n"
        "From: {a.full} <{a.email}>\nDate: {d}\nSubject: Wrong colour\nTo: {svc}\n\n"
        "Hello, I ordered the {p.name} in {p.colour} but received {oc}. "
        "[[Could you send the right one to {a.addr}?|I have already sent it back from my local "
        "post office.]] Thanks, {a.given}",
        a=a, c=c, p=p, oc=other, d=g.date(), svc=g.role_email("service"))


# ============================================================================================
# crm_note


@T("crm_note")
def crm_call(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{d}: Called {a.hon} re {o}. [[Wants an exchange to size {z}.|Parcel shows delivered "
        "but not received; opened a trace with {cr}.|Asked about the repair status, told "
        "{a|him|her} end of next week.]][? Prefers calls after 5pm on {a.phone}.?] – [[{s.given}|{s.isur}]]",
        a=a, s=s, d=g.date(), o=g.order_no(), z=g.pick(["S", "M", "L", "XL"]),
        cr=g.company("courier"))


@T("crm_note")
def crm_merge(g):
    a = g.customer()
    return g.render(
        "Merged duplicate profiles for {a.full}: {e1} (old) and {a.email} (new). Kept the newer "
        "address, {a.addr}.[? Loyalty points moved over ({n} pts).?][? Old profile had no "
        "orders since {y}.?]",
        a=a, e1=g.email2(a), n=str(g.rng.randrange(120, 4800)), y=g.pick(["2021", "2022", "2023"]))


@T("crm_note")
def crm_regular(g):
    a = g.customer()
    s = g.staff()
    p = g.product()
    return g.render(
        "{a.full} is a regular at {st.name}[? – knows {s.given} from the climbing wall?]. Buys "
        "mostly merino, size {z}. [[Asked to be told when the {p.short} is back in {p.colour}.|"
        "Would rather get a call than an e-mail: {a.phone}.|Birthday voucher went to {a.email}, "
        "bounced – please check the address next visit.]]",
        a=a, s=s, st=g.store, p=p, z=g.pick(["S", "M", "L"]))


@T("crm_note")
def crm_login(g):
    a = g.customer()
    return g.render(
        "Flagged: sign-in to {a.full}'s account from {ip} two hours after an order from "
        "{a.ip}. [[Customer confirmed by phone that it was {a|his|her} partner.|Customer did not "
        "recognise it; password reset sent to {a.email}.]] [[No further action.|Watch for a "
        "week.]]",
        a=a, ip=g.ip(country=g.pick(["NL", "FR", "US", "DE"])))


@T("crm_note")
def crm_store_visit(g):
    a = g.customer()
    return g.render(
        "[[{a.hon}|{a.full}]] came in with the receipt for {o} and swapped [[the {p.name}|it]] "
        "for a larger size. Address on file was out of date – new one: {a.addr}."
        "[? Phone unchanged.?]",
        a=a, o=g.order_no(), p=g.product())


# ============================================================================================
# team_chat


@T("team_chat")
def tc_order_arrived(g):
    s1, s2 = g.staff(), g.staff()
    a = g.customer()
    t = g.times(4)
    return g.render(
        "{t0} {s1.lgiven}: anyone know if {a.full}'s order came in?\n"
        "{t1} {s2.lgiven}: which one, the {p.short}?\n"
        "{t2} {s1.lgiven}: yes, {a|he|she} rang twice today. number's {a.phone}\n"
        "{t3} {s2.lgiven}: [[on the shelf behind the till|in the back, top shelf]], I'll call "
        "{a|him|her}[? now?]",
        s1=s1, s2=s2, a=a, p=g.product(), t0=t[0], t1=t[1], t2=t[2], t3=t[3])


@T("team_chat")
def tc_van_run(g):
    s1, s2 = g.staff(), g.staff()
    a, b = g.customer(), g.customer()
    t = g.times(4)
    return g.render(
        "[{t0}] {s1.given}: van run tomorrow – [[two|three|four]] stops. first one is {a.full}, "
        "{a.addr}\n"
        "[{t1}] {s2.given}: ok. @{h} can you print the labels?\n"
        "[{t2}] {s1.given}: and ring ahead please, {a|he|she}'s on {a.phone}\n"
        "[?[{t3}] {s2.given}: second stop is {b.hon} at {b.street}, right?\n?]",
        s1=s1, s2=s2, a=a, b=b, h=g.pick(["warehouse", "till2", "morningcrew", "backoffice"]),
        t0=t[0], t1=t[1], t2=t[2], t3=t[3])


@T("team_chat")
def tc_left_item(g):
    a = g.customer()
    s = g.staff()
    item, found, it = g.pick([("jacket", "a blue jacket", "it"), ("gloves", "grey gloves", "them"),
                              ("poles", "a pair of poles", "them"), ("hat", "a wool hat", "it")])
    return g.render(
        "{a.given}: hi, is this the {st.short} store? I left my {item} in the fitting room "
        "[[yesterday|on Saturday|this morning]]\n"
        "{s.given} ({st.name}): Hi {a.given}! Yes, we have {found} here. What name shall we put "
        "on the bag?\n"
        "{a.given}: {a.full}. I can pick up [[Saturday|tomorrow after work|on Friday]]\n"
        "{s.given} ({st.name}): Great, we'll keep {it} at the till till then[? 👍?]",
        a=a, s=s, st=g.store, item=item, found=found, it=it)


@T("team_chat")
def tc_shift(g):
    s1, s2, s3 = g.staff(), g.staff(), g.staff()
    return g.render(
        "{s1.lgiven}: can anyone do my sat shift? [[dentist|my sister's wedding|car's in the "
        "garage]] 😬\n"
        "{s2.lgiven}: I can do the morning\n"
        "{s1.lgiven}: legend. {s3.given} said {s3|he|she} might do the afternoon, {s3|his|her} "
        "number is {s3.phone} if you need it",
        s1=s1, s2=s2, s3=s3)


@T("team_chat")
def tc_callback(g):
    s1, s2 = g.staff(), g.staff()
    a = g.customer()
    t = g.times(2)
    return g.render(
        "{t} {s1.lgiven}: [[lady|someone]] called about the {p.short}, name {a.lo}, wants a "
        "callback on {a.phone} before 4[? – said it's about the refund?]\n"
        "{t2} {s2.lgiven}: on it",
        s1=s1, s2=s2, a=a, p=g.product(), t=t[0], t2=t[1])


# ============================================================================================
# business_card_order


@T("business_card_order")
def bc_order(g):
    s = g.staff()
    m = g.staff()
    pc = g.person("partner")
    return g.render(
        "Subject: Business cards – {st.name}\n\n"
        "Hello {pc.given},\n\n"
        "could you print [[250|200|500]] cards for our new [[assistant manager|team lead|"
        "workshop lead]]? Details:\n\n"
        "Name: {s.full}\nPhone: {st.phone} / mobile {s.phone}\nE-mail: {s.email}\n"
        "Address: {st.addr}\n\n"
        "Same layout as last time ([[matt|uncoated]], Slate on white). Please send the proof to "
        "{m.email}.\n\nThanks,\n{m.full}",
        s=s, m=m, pc=pc, st=g.store)


@T("business_card_order")
def bc_correction(g):
    s = g.staff()
    pc = g.person("partner")
    return g.render(
        "Hi {pc.given},\n\n"
        "[[thanks for the proof.|proof received, thanks!|looks good so far.]] [[Two digits of my "
        "mobile are swapped|The mobile number is wrong|Could you add my mobile]] – it should "
        "read {s.phone}. [[The rest looks great.|Everything else is fine.|Colours are spot on.]]"
        "[? Could you also put {s.email} in the same line as the website??]\n\n{s.given}",
        s=s, pc=pc)


@T("business_card_order")
def bc_new_name(g):
    s = g.staff()
    old = g.person(gender=s.gender)
    pc = g.person("partner")
    return g.render(
        "[[Hi|Hello|Morning]] {pc.given}, since my wedding I go by {s.full} (formerly "
        "{old.sur}) – [[could we reprint my cards?|I need new business cards.|could you redo my "
        "cards?]] [[Everything else stays the same: {st.phone}, {s.email}.|The phone stays "
        "{st.phone}; the e-mail is now {s.email}.]] [[Thanks!|Many thanks!|Cheers!]] {s.given}",
        s=s, old=old, pc=pc, st=g.store)


@T("business_card_order")
def bc_delivered(g):
    s = g.staff()
    m = g.staff()
    pc = g.person("partner")
    return g.render(
        "Dear {m.hon},\n\n"
        "the [[250|200]] business cards for {s.full} have been printed and will be delivered to "
        "{st.addr} on {d}. [[The invoice goes to your accounts team as usual.|Please let us "
        "know if the invoice should go to another address.]]\n\n"
        "Best regards\n{pc.full}\n{co} · {pc.landline}",
        s=s, m=m, pc=pc, st=g.store, d=g.date(), co=g.company("print"))


@T("business_card_order")
def bc_drawer(g):
    s = g.staff()
    m = g.staff()
    return g.render(
        "{s.given}, your new cards [[are in the drawer under the till|came today – they're in the "
        "office|are on your locker]]. I checked this time: {s.email} and {s.phone} are right."
        "[? Old ones are in the recycling.?][? The box says 250.?] [[– {m.given}|{m.given}|"
        "Cheers, {m.given}]]",
        s=s, m=m)


# ============================================================================================
# visa_invitation_letter

GUEST_ORIGINS = ["vietnamese", "indian", "nigerian", "ghanaian", "kenyan", "filipino", "chinese",
                 "pakistani", "ethiopian"]
GUEST_CITY = {"vietnamese": "Ho Chi Minh City", "indian": "Bengaluru", "nigerian": "Lagos",
              "ghanaian": "Accra", "kenyan": "Nairobi", "filipino": "Manila",
              "chinese": "Xiamen", "pakistani": "Sialkot", "ethiopian": "Addis Ababa"}
EMBASSY = {"vietnamese": "Hanoi", "indian": "New Delhi", "nigerian": "Abuja", "ghanaian": "Accra",
           "kenyan": "Nairobi", "filipino": "Manila", "chinese": "Beijing",
           "pakistani": "Islamabad", "ethiopian": "Addis Ababa"}


@T("visa_invitation_letter", country="DE")
def vi_letter(g):
    o = g.pick(GUEST_ORIGINS)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    boss = g.staff()
    d1 = g.date()
    return g.render(
        "To the Embassy of the Federal Republic of Germany, {emb}\n{d.long}\n\n"
        "Letter of invitation – {a.UP}, passport no. {pp}\n\n"
        "We invite {a.hon}, born {dob}, of {city}, to visit our head office in Munich from {d1} "
        "for [[ten days|two weeks|one week]] for [[product training|a supplier audit|the autumn "
        "sample review]]. [[Talgrat Outdoor GmbH will cover travel and accommodation.|All costs of "
        "the stay are covered by our company.]]\n\n"
        "During the visit {a|he|she} can be reached through {host.full} ({host.email}, "
        "{host.phone}).\n\nYours faithfully,\n{boss.full}\nManaging Director",
        a=a, host=host, boss=boss, emb=EMBASSY[o], city=GUEST_CITY[o], pp=passport(g),
        d=g.date(), d1=d1, dob="%d %s %d" % (g.rng.randrange(1, 28), g.pick(
            ["March", "June", "October", "January"]), g.rng.randrange(1970, 2000)))


@T("visa_invitation_letter")
def vi_mail_guest(g):
    o = g.pick(GUEST_ORIGINS)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    d = g.staff()
    return g.render(
        "Dear {a.given},\n\n"
        "attached is the invitation letter for your visa appointment on {dt}. Please check that "
        "your name is spelt exactly as in your passport: {a.UP}.[? The embassy may call me to "
        "confirm – my mobile is {host.phone}.?]\n\n"
        "We have booked you a room near the office, and {d.given} will pick you up at the "
        "airport.\n\nBest regards,\n{host.full}",
        a=a, host=host, d=d, dt=g.date())


@T("visa_invitation_letter")
def vi_request(g):
    o = g.pick(GUEST_ORIGINS)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    return g.render(
        "Can someone draft an invitation letter for {a.full} from our [[factory|supplier]] in "
        "{city}? Arrival {d1}, [[ten|five|twelve]] nights. Passport {pp}. {a|His|Her} e-mail: "
        "{a.email}. – {host.given}",
        a=a, host=host, city=GUEST_CITY[o], d1=g.date(), pp=passport(g))


@T("visa_invitation_letter", country="DE")
def vi_athlete(g):
    o = g.pick(["kenyan", "ethiopian", "nigerian", "ghanaian"])
    a = g.person("guest", origin=o, country="US")
    h = g.staff()
    boss = g.staff()
    return g.render(
        "To whom it may concern,\n\n"
        "we confirm that {a.full}, born {dob}, is invited by Talgrat Outdoor to [[the Allgäu "
        "Trail Festival|our athlete camp in Oberstdorf|a sponsored trail race]] from {d1}. "
        "{a|He|She} will stay with our team member {h.full} at {h.addr}. "
        "[[We cover all costs of the stay.|Travel and board are paid by us.]]\n\n"
        "{boss.full}\nHead of Marketing, Talgrat Outdoor GmbH",
        a=a, h=h, boss=boss, d1=g.date(), dob="%02d.%02d.%d" % (
            g.rng.randrange(1, 28), g.rng.randrange(1, 13), g.rng.randrange(1988, 2004)))


@T("visa_invitation_letter")
def vi_callback(g):
    o = g.pick(GUEST_ORIGINS)
    a = g.person("guest", origin=o, country="US")
    s = g.staff()
    return g.render(
        "Embassy in {emb} called on {d} to confirm the invitation for {a.hon} – confirmed by "
        "{s.full}. They will send the decision to {a.email}.",
        a=a, s=s, emb=EMBASSY[o], d=g.date())


# ============================================================================================
# identity_misuse_claim


@T("identity_misuse_claim")
def im_customer(g):
    a = g.customer()
    x = g.address()
    return g.render(
        "[[Hello|Dear Sir or Madam]],\n\n"
        "I have received a payment reminder for order {o}, but I never ordered anything from "
        "you. The delivery address was {x} – that is not my address; I live at {a.addr}. "
        "[[Someone must be using my name.|Somebody has ordered in my name.]] Please stop the "
        "reminders[? and tell me what you know about the order?].\n\n{a.full}\n[?{a.two}\n?]{a.phone}",
        a=a, x=x, o=g.order_no())


@T("identity_misuse_claim")
def im_fraud_note(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Case {tk} – suspected identity misuse. Orders {o1} and {o2} in the name of [[{a.full}|{a.isur}]] "
        "({a.email}) were placed from {ip} with a card ending {l4} and sent to {x}. "
        "[[The customer's own sign-ins come from {a.ip}.|{a|His|Her} usual sign-ins come from "
        "another network.]] Account locked, orders cancelled, [[customer advised to report it to "
        "the police|police reference noted in the file]]. – {s.given}",
        a=a, s=s, tk=g.ticket_no(), o1=g.order_no(), o2=g.order_no(),
        ip=g.ip(country=g.pick(["NL", "FR", "US", "DE", "GB"])),
        l4=str(g.rng.randrange(1000, 9999)), x=g.address())


@T("identity_misuse_claim")
def im_letter(g):
    a = g.customer()
    s = g.staff()
    x = g.address()
    return g.render(
        "Dear {a.hon},\n\n"
        "we have checked the orders placed in your name on {d}. [[They were not placed by you "
        "and have been cancelled.|We agree that you did not place them, and they have been "
        "cancelled.]] The reminder for {m} is void, and the delivery address {x.street} has been "
        "removed from your account.[? If you receive further post, please forward it to "
        "{fr}.?]\n\nYours sincerely\n{s.full}\nCustomer Protection",
        a=a, s=s, d=g.date(), m=g.money(), x=x, fr=g.role_email("fraud"))


@T("identity_misuse_claim")
def im_call(g):
    a = g.customer()
    n = g.person()
    return g.render(
        "{a.hon} rang: a parcel arrived at {a|his|her} neighbour {n.full}'s house addressed to "
        "{a|him|her}, but {a|he|she} never ordered. Card used: {c} – not {a|his|hers}. "
        "[[Passed to the fraud team.|Sent to fraud for review.]]",
        a=a, n=n, c=g.card())


@T("identity_misuse_claim")
def im_chat(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{a.given}: hi, I just got an order confirmation for a {p.name} but I didn't order it\n"
        "{s.given} (Talgrat): Hi {a.given}, sorry to hear that. Which e-mail did it go to?\n"
        "{a.given}: {a.email}. and the shipping address isn't mine, it's {x}\n"
        "{s.given} (Talgrat): Thanks – I've stopped the order and passed it to our fraud team.",
        a=a, s=s, p=g.product(), x=g.address())


# ============================================================================================
# fax_order


@T("fax_order")
def fx_card(g):
    a = g.customer()
    p1, p2 = g.product(), g.product()
    return g.render(
        "FAX to Talgrat Mail Order – fax {st.phone}\n"
        "From: {a.full}, {a.addr}\nTel. {a.landline}\nDate: {d}\n\n"
        "[[Dear Sirs|Dear Talgrat team]],\nplease send me the following:\n"
        "1 x {p1.name}, size {z1}, {p1.colour}\n"
        "[?2 x {p2.name}, size {z2}\n?]"
        "Please charge my card {a.card}, expiry {x}.\n"
        "Thank you,\n{a.full}",
        a=a, st=g.store, d=g.date(), p1=p1, p2=p2, z1=p1.size(), z2=p2.size(), x=exp(g))


@T("fax_order")
def fx_hut(g):
    a = g.customer()
    s = g.staff()
    hut = g.pick(["Coniston Coppermines hostel", "the Rotwand hut", "Glen Feshie bothy group",
                  "the Grünten hut"])
    return g.render(
        "Fax from {hut}, attn. {s.hon}:\n"
        "we need [[six|eight|four]] pairs of {p.name} for our staff, sizes mixed (list follows by "
        "post). Invoice to {a.full}, {a.addr}. Please ring {a.phone} if anything is out of "
        "stock – mobile only, the hut has no line until May.\n{a.given}",
        a=a, s=s, hut=hut, p=g.product(["socks", "shirt"]))


@T("fax_order")
def fx_debit(g):
    a = g.customer()
    p = g.product()
    return g.render(
        "To: Talgrat, order department\nFrom: {a.full}, Tel. {a.landline}\n\n"
        "I would like to order the {p.name} in {p.colour}, size {z}, as shown in your autumn "
        "catalogue, page [[12|14|23|31]]. Please take the amount from my account {a.iban} "
        "(account holder {a.full}) and send the parcel to\n{a.two}\n\n"
        "[[With thanks|Yours faithfully]]\n{a.full}",
        a=a, p=p, z=p.size())


@T("fax_order")
def fx_reply(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\nthank you for your fax of {d}. Unfortunately the card number was not "
        "readable on our copy. Please call us on {st.phone} or send the fax again to the same "
        "number. [[Your order is reserved until {d2}.|We have put the goods aside for you.]]\n\n"
        "Kind regards\n{s.full}",
        a=a, s=s, st=g.store, d=g.date(), d2=g.date())


@T("fax_order")
def fx_short(g):
    a = g.customer()
    return g.render(
        "Please send catalogue + 2 pairs {p.name} (43–46) to {a.full}, {a.addr}. "
        "Cheque follows. Tel {a.landline}",
        a=a, p=g.product(["socks"]))


# ============================================================================================
# unsubscribe_complaint


@T("unsubscribe_complaint")
def un_angry(g):
    a = g.customer()
    return g.render(
        "[[For the third time|Once again|I have asked twice already]]: take {a.email} off your "
        "mailing list! I unsubscribed on {d}[? and again last week?]. [[This is harassment.|"
        "This is not how GDPR works.|Enough.]]\n{a.full}",
        a=a, d=g.date())


@T("unsubscribe_complaint")
def un_consent(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\n"
        "I am sorry about the e-mails. Our records show that {a.email} was signed up on {d} at "
        "{t} from the IP address {a.ip} [[in our {st.short} store|at checkout|through the "
        "winter competition]]. I have now removed the address from all lists; [?a last e-mail "
        "may still arrive within 48 hours, because that send is already queued. ?]"
        "You will not hear from us again unless you order.\n\n"
        "With apologies,\n{s.full}\nData Protection Team",
        a=a, s=s, st=g.store, d=g.date(), t=g.time())


@T("unsubscribe_complaint")
def un_sms(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "I keep getting texts from Talgrat on {a.phone} although I never gave you this number. "
        "Who gave it to you? {a.given}\n\n"
        "— Reply —\n"
        "Hi {a.given}, the number was entered at the till in {st.town} on {d} for a "
        "click-and-collect order. I've removed it and blocked it for marketing. {s.given}",
        a=a, s=s, st=g.store, d=g.date())


@T("unsubscribe_complaint")
def un_late_father(g):
    a = g.customer()
    f = g.person(relative_of=a, gender="m", country=a.country)
    return g.render(
        "Please stop sending the catalogue to my late father, {f.full}, at {f.addr}. He died "
        "[[last year|in March|two years ago]] and it upsets my mother every time. "
        "[[Thank you.|Thanks for understanding.]]\n{a.full}",
        a=a, f=f)


@T("unsubscribe_complaint")
def un_deleted(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Dear {a.hon}, as requested we have deleted the following data from our marketing "
        "systems: name {a.full}, e-mail {a.email}, mobile {a.phone} and postal address "
        "{a.addr}. Order data must be kept for [[six|ten]] years under tax law. "
        "[[Regards|Kind regards]], {s.full}",
        a=a, s=s)


# ============================================================================================
# collection_agency_dispute


@T("collection_agency_dispute")
def ca_letter(g):
    a = g.customer(country=g.pick(["GB", "IE", "DE"]) if g.country == "US" else None)
    ag = g.person("partner")
    co = g.company("collector")
    ds = g.dates(2)
    return g.render(
        "{a.full}\n{a.two}\n\n{d.long}\nOur reference: {ref}\n\n"
        "Dear {a.hon},\n\n"
        "on behalf of our client Talgrat Outdoor we ask you to pay {m} (invoice {inv} plus "
        "fees) by {d2}. Please transfer the amount to {ib}, quoting our reference. "
        "[[If you have already paid, please ignore this letter.|If you dispute the claim, "
        "contact us within 14 days on {ag.landline}.]]\n\n{ag.full}\n{co}",
        a=a, ag=ag, co=co, d=ds[0], d2=ds[1], ref="DR-" + g.order_no()[-6:],
        inv="INV-" + str(g.rng.randrange(100000, 999999)), m=g.money(), ib=g.iban("GB"))


@T("collection_agency_dispute")
def ca_customer(g):
    a = g.customer(country=g.pick(["GB", "IE", "DE", "NL"]))
    return g.render(
        "Re: your reference {ref}\n\n"
        "I paid invoice {inv} on {d} from my account {a.iban} – [[statement attached|see the "
        "attached bank statement]]. Please close the file and confirm in writing to "
        "{a.addr}.[? Any further letters will go straight to my solicitor.?]\n\n{a.full}",
        a=a, ref="DR-" + str(g.rng.randrange(100000, 999999)),
        inv="INV-" + str(g.rng.randrange(100000, 999999)), d=g.date())


@T("collection_agency_dispute")
def ca_internal(g):
    a = g.customer(country=g.pick(["GB", "IE", "DE"]))
    c = g.staff()
    s = g.staff()
    return g.render(
        "{c.given}, the customer {a.full} says {a|he|she} paid and the collectors are still "
        "writing. I found the payment: {m} from {a.iban} on {d}, booked to the wrong invoice. "
        "Please recall the file from {co} (their ref {ref}) and send {a|him|her} an apology "
        "to {a.email}. Thanks, {s.given}",
        a=a, c=c, s=s, m=g.money(cur=C.CURRENCY[a.country]), d=g.date(), co=g.company("collector"),
        ref="DR-" + str(g.rng.randrange(100000, 999999)))


@T("collection_agency_dispute")
def ca_apology(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\n"
        "[[we are sorry that you received letters from {co}.|please accept our apologies for the "
        "letters from {co}.|thank you for your patience with the letters from {co}.]] "
        "[[Your payment had been received in time; the mistake was ours.|Your payment of {m} "
        "reached us on {d}, but was booked to the wrong invoice.|The invoice had been credited "
        "after your return, but the credit note never reached the agency.]] We have withdrawn "
        "the claim[? and asked the agency to delete your details?]. [[As an apology we have "
        "added a voucher to your account.|Any fees you paid will be refunded.|You do not need "
        "to do anything.]]\n\n[[Yours sincerely|Kind regards]]\n{s.full}\n"
        "Accounts Receivable, {st.name}[[|\n{st.addr}|\n{st.addr2}]]",
        a=a, s=s, st=g.store, co=g.company("collector"), m=g.money(), d=g.date())


@T("collection_agency_dispute")
def ca_phone(g):
    a = g.customer()
    return g.render(
        "Customer {a.full} ({a.phone}) called about a debt collection letter for {m}. "
        "[[Says the jacket was returned on {d}.|Never received the goods.]] Return scan found – "
        "claim to be withdrawn.",
        a=a, m=g.money(), d=g.date())


# ============================================================================================
# product_injury_claim


@T("product_injury_claim")
def pi_letter(g):
    a = g.customer()
    doc = g.person("doctor")
    p = g.product(["pack"])
    return g.render(
        "[[Dear Sir or Madam|To the Talgrat customer service]],\n\n"
        "on {d} the hip-belt buckle of my {p.name} snapped on a steep descent and I fell, "
        "[[breaking my wrist|injuring my knee|hitting my head on a rock]]. My GP, {doc.hon}, has "
        "documented the injury. I would like to make a claim for [[my costs|the damage]] and ask "
        "you to [[contact me|call me back]] on {a.phone}.\n\n"
        "[[Yours faithfully|Regards]],\n{a.full}\n[[{a.addr}|{a.two}|{a.two}]]",
        a=a, doc=doc, p=p, d=g.date())


@T("product_injury_claim")
def pi_insurer(g):
    a = g.customer()
    s = g.staff()
    ins = g.person("partner")
    return g.render(
        "Dear {s.hon},\n\n"
        "regarding the claim of {a.full} (our ref. {ref}), please send us the returned "
        "product, your test report and the name and address of any witness. We will contact "
        "the claimant directly at {a.email}.\n\n"
        "Kind regards\n{ins.full}\n{co}",
        a=a, s=s, ins=ins, co=g.company("insurer"), ref="CL-" + str(g.rng.randrange(10000, 99999)))


@T("product_injury_claim")
def pi_qa(g):
    a = g.customer()
    w = g.person()
    p = g.product(["pack", "shoe"])
    return g.render(
        "Returned {p.name} from {a.full} (claim {c}) inspected: [[buckle cracked along the "
        "moulding seam|sole separated at the toe|strap torn at the stitching]], [[no sign of "
        "misuse|some wear]]. Witness named by the customer: {w.full}, {w.phone}. "
        "[[Report to the insurer by Friday.|Batch check ordered.]]",
        a=a, w=w, p=p, c="CL-" + str(g.rng.randrange(10000, 99999)))


@T("product_injury_claim")
def pi_witness(g):
    a = g.customer()
    w = g.person()
    return g.render(
        "I, {w.full}, of {w.addr}, was walking with {a.given} on {d} when the strap of "
        "{a|his|her} rucksack gave way on the descent. {a|He|She} fell about two metres. I can be "
        "reached on {w.phone}.[? I took photos of the broken buckle.?]",
        a=a, w=w, d=g.date())


@T("product_injury_claim")
def pi_goodwill(g):
    a = g.customer(country=g.pick(["GB", "IE", "DE", "NL", "FR"]))
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\nwithout accepting liability, we would like to offer you {m} as a "
        "gesture of goodwill for the accident on {d}. If you accept, please confirm the account "
        "{a.iban} in the name of {a.full}; the transfer will follow within ten days.\n\n"
        "Best wishes for your recovery,\n{s.full}",
        a=a, s=s, m=g.money(cur=C.CURRENCY[a.country]), d=g.date())


# ============================================================================================
# holiday_postcard


@T("holiday_postcard")
def hp_customer(g):
    a = g.customer()
    b = g.customer()
    s = g.staff()
    return g.render(
        "Greetings from [[Patagonia|the Dolomites|Skye|Norway|Nepal]]! The {p.short} survived "
        "[[three weeks of rain|every storm|the whole trek]] – thanks to {s.given} for the "
        "advice. See you in spring,\n{a.given} & {b.given}\n\n"
        "To: The team at {st.name}\n{st.addr2}",
        a=a, b=b, s=s, st=g.store, p=g.product())


@T("holiday_postcard")
def hp_staff(g):
    s = g.staff()
    c = g.staff()
    return g.render(
        "Dear all,\ngreetings from [[Tasmania|Iceland|the Pyrenees]]! Week six of my sabbatical "
        "and still no blisters. Say hi to {c.given} and tell {c|him|her} the stove works. "
        "Back on {d}!\n{s.given}\n\n{st.name}, {st.addr}",
        s=s, c=c, st=g.store, d=g.date())


@T("holiday_postcard")
def hp_family(g):
    a = g.customer()
    return g.render(
        "We finally did the [[Cuillin ridge|Haute Route|West Highland Way|Tour du Mont Blanc]] – "
        "in our Talgrat jackets! [[Best wishes|Love]] from {a.full} and family.\n"
        "[[Sender: {a.addr}|Sender:\n{a.two}|From {a.two}]]",
        a=a)


@T("holiday_postcard")
def hp_transcribed(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Postcard arrived today from {a.full} ({a|he|she} bought the {p.short} from {s.given} "
        "in October). Text: \"[[Dry and warm all the way to the summit.|Three passes, zero "
        "leaks.]] Thank you!\" I've pinned it next to the till.[? Sender address on the back: "
        "{a.addr}.?]",
        a=a, s=s, p=g.product())


@T("holiday_postcard")
def hp_short(g):
    a = g.customer()
    return g.render(
        "Hello from {pl}! {a.given} [[(the one with the muddy boots)|(size 44 trail shoes)]]",
        a=a, pl=g.pick(["Chamonix", "Zermatt", "Snowdonia", "the Lakes", "Kerry"]))


# ============================================================================================
# staff_outing_signup


@T("staff_outing_signup")
def so_signup(g):
    s = g.staff()
    o = g.staff()
    return g.render(
        "[[Hi|Hey|Morning]] {o.given}, count me in for the outing on {d}! I'm [[vegetarian|vegan|"
        "fine with anything|allergic to nuts]][[ and can give two people a lift from {st.town}|, "
        "no car this time| and can bring the first-aid kit]][[ – my mobile is {s.phone}|. In case "
        "you need me: {s.phone}]]. [[{s.given}|Cheers, {s.given}|{s.full}]]",
        s=s, o=o, st=g.store, d=g.date())


@T("staff_outing_signup")
def so_organiser(g):
    o = g.staff()
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "Dear all,\n\n"
        "the team outing to [[the Lakes|Snowdon|the coast|the ropes course]] is on {d}. So far "
        "{a.full}, {b.full} and {c.full} have signed up; [[there are six seats left in the "
        "minibus|we still need one more driver]].\n\n"
        "Emergency contact on the day: {o.full}, {o.phone}.\n\nSee you there,\n{o.given}",
        o=o, a=a, b=b, c=c, d=g.date())


@T("staff_outing_signup")
def so_plusone(g):
    s = g.staff()
    o = g.staff()
    p = g.person(country=s.country)
    return g.render(
        "Hi {o.given}, I'd love to come and bring my partner {p.given} if that's ok. We'll drive "
        "ourselves. [[Neither of us eats fish.|{p.given} is gluten-free.]] Thanks! {s.full}",
        s=s, o=o, p=p)


@T("staff_outing_signup")
def so_cancel(g):
    s = g.staff()
    o = g.staff()
    b = g.staff()
    return g.render(
        "[[Sorry|So sorry|Bad news]] {o.given}, I have to cancel – [[my daughter has chickenpox|"
        "I'm covering the Saturday shift|the car failed its MOT|my knee is playing up]]. "
        "[[Could {b.given} take my seat in the minibus?|{b.given} would love my place if it's "
        "free.|Maybe ask {b.given}?]] {b|His|Her} number is {b.phone}. [[{s.given}|Have fun! "
        "{s.given}]]",
        s=s, o=o, b=b)


@T("staff_outing_signup")
def so_lifts(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "Lifts for Saturday: {a.given} drives from {a.street} at 7:15 and picks up {b.given} at "
        "the station; {c.given} goes straight there[? and can take the cool box?]. "
        "If anything changes, text {a.given} on {a.phone}.",
        a=a, b=b, c=c)


# ============================================================================================
# anniversary_news (names in running prose, no cue word)


@T("anniversary_news")
def an_25(g):
    a = g.staff()
    b = g.staff()
    return g.render(
        "Twenty-five years ago {a.full} sold {a|his|her} first pair of boots in the old shop in "
        "{st.town}. Since then {a|he|she} has trained more apprentices than anyone else in the "
        "company and still knows every customer's shoe size by heart. On Friday {b.full} and "
        "the whole team will [[raise a glass|bring cake]] after closing – everyone is welcome.",
        a=a, b=b, st=g.store)


@T("anniversary_news")
def an_new_faces(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "New faces this month: {a.full} joins the workshop in {st.town}, {b.full} moves from the "
        "warehouse to the web shop team, and {c.full} starts {c|his|her} apprenticeship on the "
        "shop floor.[? Please make them welcome.?]",
        a=a, b=b, c=c, st=g.store)


@T("anniversary_news")
def an_retire(g):
    a = g.staff()
    return g.render(
        "After [[31|28|35]] years {a.full} retires at the end of the month. Many customers know "
        "{a|him|her} from the ski service, where {a|he|she} waxed thousands of skis and never "
        "lost a single one. {a.given} plans to walk [[the Pennine Way|the Camino|from Munich to "
        "Venice]] this summer – we wish {a|him|her} good weather.",
        a=a)


@T("anniversary_news")
def an_ten(g):
    a, b = g.staff(), g.staff()
    return g.render(
        "Ten years with Talgrat: {a.full} and {b.full} both started in the same week in "
        "[[2016|2015]], and both still [[argue about the best knot|share the morning "
        "coffee]]. Congratulations to both!",
        a=a, b=b)


@T("anniversary_news")
def an_short(g):
    a = g.staff()
    return g.render("[[Congratulations|Many congratulations|Three cheers]] to {a.full} on "
                    "[[20|15|30|25|10]] years at {st.name}![? Cake in the staff room.?]",
                    a=a, st=g.store)


# ============================================================================================
# lost_loyalty_card


@T("lost_loyalty_card")
def ll_report(g):
    a = g.customer()
    return g.render(
        "[[Hi|Hello|Good morning]], I [['ve lost|can't find|had my wallet stolen with]] my "
        "Talgrat Club card[? (number {mem})?]. [[Can you block it and send a new one to|Please "
        "block it and post a replacement to|Could a new card go to]] {a.addr}?[? I'd like to keep "
        "my points.?] [[Thanks|Thank you|Cheers]], {a.full}",
        a=a, mem=g.member_no())


@T("lost_loyalty_card")
def ll_reply(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\nwe have blocked card {mem} and issued a new one. It will be posted "
        "to\n\n{a.two}\n\nwithin a week. Your points balance of {pts} points has been moved to "
        "the new card.\n\nBest regards\n{s.full}\nTalgrat Club",
        a=a, s=s, mem=g.member_no(), pts=str(g.rng.randrange(80, 3200)))


@T("lost_loyalty_card")
def ll_store(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{a.full} came in without {a|his|her} card; found the account by [[phone number|mobile]] "
        "({a.phone}). Balance {pts} points. [[New card {mem} handed out, old card blocked.|Printed a "
        "temporary card {mem}.|Points added to the receipt; new card to follow by post.]] "
        "[[– {s.given}|({s.given})|{s.isur}]]",
        a=a, s=s, mem=g.member_no(), pts="{:,}".format(g.rng.randrange(40, 3600)))


@T("lost_loyalty_card")
def ll_two_cards(g):
    a = g.customer()
    return g.render(
        "{a.hon} has two club cards: {m1} under {e1} and {m2} under {a.email}. "
        "[[Merged into the newer one.|Customer asked us to keep only the second.]] Address "
        "checked: {a.addr}.",
        a=a, m1=g.member_no(), m2=g.member_no(), e1=g.email2(a))


@T("lost_loyalty_card")
def ll_app(g):
    a = g.customer()
    return g.render(
        "[[My card isn't showing in the app any more|The app logged me out and the card is "
        "gone|I changed phones and lost the club card]][[ and I can't find the plastic one| – the "
        "plastic one is in a drawer somewhere]]. Account e-mail is {a.email}. Could you [[send "
        "the card number by text|text me the number]] to {a.phone}? [[– {a.given}|Thanks, "
        "{a.given}|{a.full}]]",
        a=a)


# ============================================================================================
# courier_driver_complaint


@T("courier_driver_complaint")
def cd_rain(g):
    a = g.customer()
    return g.render(
        "[[Your courier|The driver|Your delivery company]] left my parcel ({pn}) [[on the "
        "doorstep in the rain|behind the bins|on the wall by the road]] at {a.addr}, although I "
        "was at home. [[The driver didn't even ring.|Nobody knocked.|The card said I was out – I "
        "wasn't.]] [[The box was soaked.|The down jacket inside is wet.|Luckily nothing is "
        "broken.|This is the second time this month.]] [[{a.full}, {a.phone}|{a.full}\n{a.phone}|"
        "Call me: {a.phone} – {a.given}]]",
        a=a, pn=g.parcel_no())


@T("courier_driver_complaint")
def cd_fence(g):
    a = g.customer()
    n = g.person(country=a.country)
    return g.render(
        "Hello,\n\nyesterday your driver threw my parcel over the gate and then reversed into "
        "the fence of my neighbour, {n.full}. {n|He|She} saw everything and is happy to confirm "
        "it: {n.phone}. My address is {a.addr}.\n\nI expect the courier company to pay for the "
        "fence.\n{a.full}",
        a=a, n=n)


@T("courier_driver_complaint")
def cd_to_courier(g):
    a = g.customer()
    s = g.staff()
    co = g.company("courier")
    return g.render(
        "Dear {co} team,\n\nplease investigate the delivery of parcel {pn} to our customer "
        "{a.full}, {a.addr}, on {d}. The customer reports that the driver [[left the parcel in "
        "an open bin|signed for it without delivering|was rude at the door]].\n\n"
        "Contact: {s.full}, {s.email}",
        a=a, s=s, co=co, pn=g.parcel_no(), d=g.date())


@T("courier_driver_complaint")
def cd_reply(g):
    a = g.customer()
    drv = g.person("driver")
    s = g.staff()
    return g.render(
        "Hi {a.given}, the courier has answered: the driver ({drv.given}) says {drv|he|she} "
        "left the parcel with your neighbour at {x.street} because nobody opened. I'm sorry it wasn't "
        "in the app. [[If it isn't there, let me know and we'll send a replacement.|Please "
        "check with them.]] {s.given}",
        a=a, drv=drv, s=s, x=g.address(a.country))


@T("courier_driver_complaint")
def cd_short(g):
    a = g.customer()
    return g.render(
        "[[Driver marked parcel {pn} as \"refused\"|Tracking for {pn} says \"recipient "
        "unknown\"|Parcel {pn} went back to the depot]] – [[I never saw anyone|I was home all "
        "day|the name is on the door]]. Please resend to {a.addr}. [[{a.given}|Thanks, "
        "{a.given}|– {a.full}]]",
        a=a, pn=g.parcel_no())


# ============================================================================================
# internship_certificate


@T("internship_certificate")
def ic_request(g):
    a = g.customer()
    m = g.staff()
    ds = g.dates(3)
    return g.render(
        "Dear {m.hon},\n\nI did my work experience at {st.name} from {d1} to {d2}. Could you "
        "please send my certificate to {a.addr}? My school ({sc}) needs it by {d3}.\n\n"
        "Best regards,\n{a.full}",
        a=a, m=m, st=g.store, d1=ds[0], d2=ds[1], d3=ds[2], sc=g.company("school"))


@T("internship_certificate")
def ic_text(g):
    a = g.customer()
    m = g.staff()
    return g.render(
        "Work experience certificate\n\n"
        "{a.full}, born {dob}, completed a four-week placement in our store {st.name}. "
        "{a|He|She} helped in the shoe department, in the workshop and at the till, and gave "
        "customers sound advice on socks and insoles. {a.given} was always on time, friendly "
        "and keen to learn.[? We would welcome {a|him|her} back at any time.?]\n\n"
        "{m.full}\nStore Manager",
        a=a, m=m, st=g.store, dob="%d %s %d" % (g.rng.randrange(1, 29), g.pick(
            ["April", "July", "November", "February"]), g.rng.randrange(2005, 2010)))


@T("internship_certificate")
def ic_school(g):
    a = g.customer()
    t = g.person("teacher")
    m = g.staff()
    return g.render(
        "Dear {m.hon},\n\nour pupil {a.full} was with you for work experience last month. "
        "Could you please fill in the short assessment form and return it to {t.email} by "
        "{d}?\n\nMany thanks,\n{t.full}\nPlacement coordinator, {sc}",
        a=a, t=t, m=m, d=g.date(), sc=g.company("school"))


@T("internship_certificate")
def ic_hr(g):
    a = g.customer()
    hr = g.staff()
    m = g.staff()
    ds = g.dates(2)
    return g.render(
        "{hr.given}, can you prepare a certificate for {a.full} (placement {d1} to {d2})? "
        "{a|He|She} did great work in the workshop. Please post it to {a.addr}. Thanks, "
        "{m.given}",
        a=a, hr=hr, m=m, d1=ds[0], d2=ds[1])


@T("internship_certificate")
def ic_short(g):
    a = g.customer()
    return g.render(
        "Hi, I still haven't received my certificate from the placement in {st.town}. "
        "Could it be sent to {a.email} as a PDF? {a.full}",
        a=a, st=g.store)


# ============================================================================================
# seasonal_contract


@T("seasonal_contract", country="DE")
def sc_details(g):
    a = g.staff()
    hr = g.staff()
    return g.render(
        "Hi {hr.given},\n\nhere are my details for the Christmas contract at {st.name}: I live at "
        "{a.addr}, my tax ID (Steuer-ID) is {a.taxid} and my bank account is {a.iban}. "
        "[[I'm a student, so I'm on my parents' health insurance.|I have no other job at the "
        "moment.]]\n\nBest,\n{a.full}",
        a=a, hr=hr, st=g.store)


@T("seasonal_contract")
def sc_offer(g):
    a = g.staff()
    hr = g.staff()
    ds = g.dates(2, 11, 2025)
    return g.render(
        "Dear {a.given},\n\nwe're happy to offer you a seasonal contract at {st.name} from {d1} "
        "to {d2}, [[20|16|25]] hours a week. Please sign and return the contract by {d3}. "
        "Questions? Call {hr.full} on {hr.phone}.\n\nWelcome to the Christmas team!",
        a=a, hr=hr, st=g.store, d1=ds[1], d2=g.date(12, 2025), d3=ds[0])


@T("seasonal_contract", country="DE")
def sc_hr_missing(g):
    a = g.staff()
    hr = g.staff()
    return g.render(
        "Dear {a.hon},\n\nthank you for the signed contract. For payroll we still need your "
        "bank details; the tax ID {a.taxid} you gave us has been checked. Please reply with "
        "your IBAN or bring it to the store.\n\nKind regards\n{hr.full}\nHR, Talgrat Outdoor GmbH",
        a=a, hr=hr)


@T("seasonal_contract")
def sc_thanks(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    m = g.staff()
    return g.render(
        "Thank you to our Christmas helpers {a.full}, {b.full} and {c.full} – "
        "[[record sales|the busiest December ever]] and not one wrong gift card! If you'd like "
        "to come back next year, tell {m.given}.",
        a=a, b=b, c=c, m=m)


@T("seasonal_contract")
def sc_start(g):
    a = g.staff()
    hr = g.staff()
    m = g.staff()
    return g.render(
        "{hr.given}, {a.full} can start on {d} [[after all|as planned|a week early]]. "
        "[[{a|His|Her} mobile: {a.phone}, e-mail {a.email}.|Contact: {a.email} / {a.phone}.|"
        "{a|He|She} prefers e-mail: {a.email} (mobile {a.phone}).]] Please send the contract "
        "[[there|by Friday]]. [[– {m.given}|Thanks, {m.given}]]",
        a=a, hr=hr, m=m, d=g.date(11, 2025))


# ============================================================================================
# import_duty_refund


DUTY_WHERE = {"GB": "the UK", "CH": "Switzerland", "US": "the US"}
DUTY_CUR = {"GB": "GBP", "CH": "CHF", "US": "USD"}


@T("import_duty_refund")
def id_claim(g):
    a = g.customer(country=g.pick(["GB", "CH", "GB", "US"]))
    return g.render(
        "Hello,\n\nwhen my order {o} arrived, {co} charged me {m} import duty and VAT. Your "
        "website says duties are included for {wh}. Please refund the amount to [[my card|the "
        "card I paid with]].[? The courier's invoice is attached.?]\n\n{a.full}\n[[{a.addr}|{a.two}]]",
        a=a, o=g.order_no(), co=g.company("courier"), m=g.money(cur=DUTY_CUR[a.country]),
        wh=DUTY_WHERE[a.country])


@T("import_duty_refund")
def id_iban(g):
    a = g.customer(country=g.pick(["GB", "CH"]))
    return g.render(
        "Re: customs charges on order {o}\n\nI paid the courier {m} on delivery. Please send "
        "the refund to my account {a.iban} (account holder {a.full}). Thank you!",
        a=a, o=g.order_no(), m=g.money(cur=DUTY_CUR[a.country]))


@T("import_duty_refund")
def id_internal(g):
    a = g.customer(country=g.pick(["GB", "CH", "US"]))
    return g.render(
        "Refund request {tk}: {a.full} ({a.country}) – courier invoice {inv} for {m}. "
        "[[Duties should have been prepaid (DDP), so approve.|Parcel went out DAP by mistake; "
        "approve and tell the warehouse.]] Customer e-mail: {a.email}.",
        a=a, tk=g.ticket_no(), inv=str(g.rng.randrange(10000000, 99999999)),
        m=g.money(cur=DUTY_CUR[a.country]))


@T("import_duty_refund")
def id_reply(g):
    a = g.customer(country=g.pick(["GB", "CH", "US"]))
    s = g.staff()
    return g.render(
        "Dear {a.hon},\n\nyou're right – the duties should have been paid by us. We have "
        "refunded {m} to the card ending {l4}; it may take a few days to show. "
        "[[Sorry for the hassle.|We apologise for the inconvenience.]]\n\n{s.full}, {st.name}",
        a=a, s=s, st=g.store, m=g.money(cur=DUTY_CUR[a.country]), l4=str(g.rng.randrange(1000, 9999)))


@T("import_duty_refund")
def id_courier(g):
    a = g.customer(country=g.pick(["GB", "CH", "US"]))
    return g.render(
        "Dear {a.hon},\n\nimport charges are due for parcel {pn} addressed to {a.addr}. "
        "Please pay {m} online before we can deliver. [[Questions: reply to this e-mail or call "
        "the number on the card left at your door.|We will keep the parcel for 14 days.]]",
        a=a, pn=g.parcel_no(), m=g.money(cur=DUTY_CUR[a.country]))


# ============================================================================================
# texts without personal data (hard look-alikes)


def _gram(g):
    return str(g.pick([60, 80, 90, 120, 150, 200, 250, 400]))


@NP("camp_recipe")
def cr_stew(g):
    return g.render(
        "Hunter's stew for the hut (serves [[four|six]])\n"
        "- {w1} g dried beans, soaked\n- 2 onions, 1 tin tomatoes\n- {w2} g smoked sausage\n"
        "[?- a pinch of smoked paprika\n?]"
        "Simmer for 40 minutes on a low flame. Will it boil at 2,000 m? Yes, but it takes "
        "longer – allow an extra quarter of an hour.",
        w1=_gram(g), w2=_gram(g))


@NP("camp_recipe")
def cr_flapjack(g):
    return g.render(
        "A baker's dozen of trail flapjacks: {w1} g oats, {w2} g butter, 3 tbsp golden syrup. "
        "Bake at 180 °C for 25 minutes[?, cut into 13 bars?]. They keep for a week in the lid "
        "pocket of the {p.name}.",
        w1=_gram(g), w2=_gram(g), p=g.product(["pack"]))


@NP("camp_recipe")
def cr_porridge(g):
    return g.render(
        "Porridge with rose hip syrup\n1 cup oats, 2 cups water, a pinch of salt.\n"
        "You may add dried apricots or a spoon of honey. [[Stir for five minutes.|Let it stand "
        "for two minutes.]] Fuel used: about {w} g on a canister stove (GTIN {gt}).",
        w=str(g.rng.randrange(12, 30)), gt=g.gtin())


@NP("camp_recipe")
def cr_tea(g):
    return g.render(
        "[[Winter|Summit|Bothy|Late-night]] tea: [[black tea|rooibos|green tea]], a slice of "
        "[[orange|lemon|ginger]][?, a stick of cinnamon?] and a spoon of [[brown sugar|honey]]. "
        "[[Grace before the meal is optional, a warm mug is not.|Serve in the {p.short} mug "
        "pocket? No – in a mug.|May be topped up with hot water twice.]]",
        p=g.product(["pack"]))


@NP("trail_conditions")
def tc_wolf(g):
    return g.render(
        "Trail update {d}: the path past Wolf Crag is [[icy above 600 m|muddy but open|"
        "closed after a landslip]]. Fox Tor car park is full by 9 am at weekends. "
        "[?Winter conditions expected from {d2}.?]",
        d=g.date(), d2=g.date())


@NP("trail_conditions")
def tc_rose(g):
    return g.render(
        "Route note – Rose Hill circuit ({km} km, {hm} m ascent)\n"
        "Start: Hunter's Lane, postcode {pc} (parking for about 20 cars).\n"
        "The stile after the second gate is broken; use the gap in the wall.\n"
        "[?Bring gaiters: the bog near Miller's Ford is deep after rain.\n?]",
        km=str(g.rng.randrange(6, 22)), hm=str(g.rng.randrange(200, 900)),
        pc=g.pick(["LA22", "CA12 5", "PH22", "LL55 4"]))


@NP("trail_conditions")
def tc_snow(g):
    return g.render(
        "Snow line at {h} m this morning. Microspikes recommended on the north side of the "
        "ridge; the May Day path is clear. Next update {d}.",
        h=str(g.rng.randrange(500, 1200)), d=g.date())


@NP("trail_conditions")
def tc_bridge(g):
    return g.render(
        "The footbridge at Baker's Beck is closed until {d} for repairs. Diversion via the "
        "forestry track adds about 2 km. [[Dogs on leads please – lambing season.|Expect "
        "forestry vehicles on weekdays.]]",
        d=g.date())


@NP("product_comparison")
def pc_jackets(g):
    return g.render(
        "[[Firstwand or Schauerpass?|Which rain jacket?|Shell comparison|Rain jackets compared "
        "({d})]]\n"
        "Firstwand 3-Layer Rain Jacket – €349.95, 395 g, 28,000 mm hydrostatic head, RET 6"
        "[?, SKU TG-RJ-100?]\n"
        "Schauerpass 2.5-Layer Rain Jacket – €199.95, lighter and more packable"
        "[?, SKU TG-RJ-200?]\n"
        "[[For long days with a heavy pack, take the Firstwand.|For fast days, the Schauerpass "
        "is enough.|Both in Slate; the Firstwand also in Hut Orange.]]", d=g.date())


@NP("product_comparison")
def pc_packs(g):
    return g.render(
        "Hochsattel 30 (€139.95, 1,050 g, up to 12 kg) vs Fernkamm 45+10 (€229.95, 1,780 g, "
        "up to 20 kg). [[Colours: Ridge Blue, Fir Shade, Slate and Hut Orange.|For hut-to-hut "
        "trips the Hochsattel is usually enough.|Both come with a rain cover.]][? GTIN {gt}.?]",
        gt=g.gtin())


@NP("product_comparison")
def pc_layers(g):
    return g.render(
        "Kaltkar Down Jacket (€289.95[?, 380 g?], 750 cuin) or Rinnental Insulated Hoody "
        "(€219.95)? [[Down is warmer for its weight; the Rinnental stays warm when damp.|The "
        "Kaltkar packs smaller, the Rinnental copes with drizzle.|Belay jacket: Rinnental. Hut "
        "evenings: Kaltkar.]] Both come in Slate; the Kaltkar also in Alpenglow.[? Sizes XS–XXL.?]"
        "[? GTIN {gt}.?]", gt=g.gtin())


@NP("product_comparison")
def pc_socks(g):
    return g.render(
        "Trittweg Merino Hiking Socks, €24.95 per pair, sizes 35–38 to 47–49, [[Rock Grey|Fir "
        "Shade|Hut Orange]][? (also as a three-pack)?]. Item {sku}, GTIN {gt}. [[Pair them with "
        "the Steinlauf Trail Running Shoe.|Three pairs for €69.|Wash at 30 °C.|No seam at the "
        "toe.]]",
        sku="TG-SO-100", gt=g.gtin())


@NP("supplier_catalogue")
def sc_list(g):
    return g.render(
        "[[Approved suppliers|Supplier list|Preferred vendors]], {y}:\n"
        "- Baker & Hunter Outdoor Ltd, [[Kendal|Leeds|Bolton]] – [[packs and frames|hip belts]]\n"
        "[?- Fox & Miller Outfitters – buckles and webbing\n?]"
        "- Young & Rose Textiles – [[merino yarn|fleece fabric|labels]]\n"
        "[?- King & Bell Ropes – cord and guylines\n?][?- Glass & Finch Packaging – boxes\n?]"
        "[[Lead times on request.|Review due in {m}.|Audit status: all passed.]]",
        y=g.pick(["spring 2026", "autumn 2025", "2026", "Q1 2026", "Q3 2025"]),
        m=g.pick(["June", "September", "January"]))


@NP("supplier_catalogue")
def sc_de(g):
    return g.render(
        "Koch & Bauer Bergsport GmbH ([[Kempten|Ulm|Rosenheim]]) supplies our [[hip-belt "
        "padding|shoulder straps|frame sheets]]; Vogel & Winter Textil makes the [[Wintersteig|"
        "Rinnental|Kaltkar]] lining. Lead time [[6|8|10|12]] weeks, MOQ {n} units[? per colour?].",
        n=str(g.pick([300, 400, 500, 800, 1200])))


@NP("supplier_catalogue")
def sc_hall(g):
    return g.render(
        "Trade fair, hall {h}: stand {s} Frost Brothers (stoves), stand {s2} Cook & Price Coffee, "
        "stand {s3} Stone & Field Outdoor. Meeting slots every 30 minutes.",
        h=str(g.rng.randrange(1, 9)), s=str(g.rng.randrange(100, 400)),
        s2=str(g.rng.randrange(100, 400)), s3=str(g.rng.randrange(100, 400)))


@NP("supplier_catalogue")
def sc_short(g):
    return g.render("[[Sport Fuchs|Wolf Alpin|Bergsport Hahn & Specht|Baker's Outdoor "
                    "Store]] [[now stocks|has sold out of|will discount]] the {p.name} "
                    "[[in {p.colour}|from {d}|in all sizes]].", p=g.product(), d=g.date())


@NP("return_instructions")
def ri_label(g):
    return g.render(
        "How to return an item:\n1. Log in and choose \"Return\" next to your order ({fmt}).\n"
        "2. Print the label – the return number looks like {rn}.\n"
        "3. Drop the parcel at any {cr} point.\nRefunds take up to 14 days.",
        fmt="TG-2026-000000", rn=g.phone_shaped(), cr=g.pick(["Evri", "DPD", "Royal Mail", "UPS"]))


@NP("return_instructions")
def ri_track(g):
    return g.render(
        "Your return is on its way. Tracking: {pn}. Return ID: {rid}. [[We will e-mail you "
        "when it arrives.|No need to contact us.]]",
        pn=g.parcel_no(), rid=g.phone_shaped())


@NP("return_instructions")
def ri_rules(g):
    return g.render(
        "Returns are free within [[30|60|100]] days[? for club members?]. Worn shoes can't be "
        "returned unless faulty. [[Gift cards and socks (hygiene) are excluded.|Engraved items "
        "are excluded.|Rental kit goes back to the store it came from.]] "
        "[[Questions? Use the contact form.|Need help? Ask in any store.]]")


@NP("return_instructions")
def ri_store(g):
    return g.render(
        "You can also return online orders in any store. Bring the order number ({fmt}) or the "
        "QR code from your confirmation e-mail.",
        fmt=g.order_no())


@NP("stock_variance", layout=True)
def sv_table(g):
    rows = []
    for i in range(g.rng.randrange(3, 8)):
        p = g.product()
        rows.append("%-10s %-14s %s  %+d" % (p.sku, p.en.split()[0], g.gtin(), g.rng.randrange(-6, 5)))
    return g.render("SKU        Product        GTIN           Var\n" + "\n".join(rows))


@NP("stock_variance")
def sv_note(g):
    return g.render(
        "Stocktake {d}: bin {b} short by {n} pairs of Trittweg socks (Fir Shade, 43–46). "
        "Probably mis-scanned as Rock Grey. Recount on Monday.",
        d=g.date(), b="A-%02d-%d" % (g.rng.randrange(1, 40), g.rng.randrange(1, 6)),
        n=str(g.rng.randrange(2, 12)))


@NP("stock_variance")
def sv_winter(g):
    return g.render(
        "Winter range variance: Wintersteig trousers +{a}, Kaltkar jackets −{b}, Rinnental "
        "hoodies ±0. Total value {m}.",
        a=str(g.rng.randrange(1, 9)), b=str(g.rng.randrange(1, 9)), m=g.money())


@NP("stock_variance")
def sv_pallet(g):
    return g.render(
        "Pallet {pl} received with {n} cartons instead of {n2}. Delivery note {dn}. GTIN on the "
        "short carton: {gt}.",
        pl=g.phone_shaped(), n=str(g.rng.randrange(10, 30)), n2=str(g.rng.randrange(31, 40)),
        dn=g.order_no(), gt=g.gtin())


@NP("kiosk_release_notes")
def kr_notes(g):
    return g.render(
        "Kiosk app {v} (build {b})\n- Size advisor now shows back length for packs\n"
        "- Fixed: colour swatch for Hut Orange\n[?- Faster start on the old tablets\n?]"
        "Will it run on the old tablets? Yes, from Android 10.",
        v=g.version(), b=str(g.rng.randrange(1000, 9999)))


@NP("kiosk_release_notes")
def kr_hotfix(g):
    return g.render(
        "Hotfix {v}: the receipt printer on port {pt} no longer drops the last line. Roll out "
        "to all stores by {d}.",
        v=g.version(), pt=str(g.pick([9100, 515, 631])), d=g.date())


@NP("kiosk_release_notes")
def kr_known(g):
    return g.render(
        "Known issues in {v}: the May promotion banner overlaps the search field on small "
        "screens; the Grace period note is missing in the returns screen. Fix planned for {v2}.",
        v=g.version(), v2=g.version())


@NP("kiosk_release_notes")
def kr_short(g):
    return g.render("Kiosk {v} [[released|rolled out|live in all stores]] – [[changelog on the "
                    "intranet|please restart the tablets before opening|no action needed]].",
                    v=g.version())


@NP("weather_briefing")
def wb_day(g):
    return g.render(
        "Mountain forecast for {d}: [[rain spreading from the west by noon|dry and bright, "
        "cold start|gales on the tops]], freezing level {h} m, wind {w} km/h. May showers "
        "in the afternoon.",
        d=g.date(), h=str(g.rng.randrange(800, 3000)), w=str(g.rng.randrange(10, 90)))


@NP("weather_briefing")
def wb_week(g):
    return g.render(
        "Week ahead: Monday wet, Tuesday to Thursday settled, Friday a winter storm moves in. "
        "Station {st} recorded {t} °C overnight.",
        st=str(g.rng.randrange(10000, 99999)), t=str(g.rng.randrange(-15, 8)))


@NP("weather_briefing")
def wb_event(g):
    return g.render(
        "Briefing for the demo day on {d}: start 9:00 at the lower car park, the Firstwand "
        "test jackets will be handed out at the van. Rain likely – that's the point.",
        d=g.date())


@NP("weather_briefing")
def wb_frost(g):
    return g.render("[[Frost warning|Ice warning|Cold snap]] [[tonight|for the weekend|from "
                    "{d}]]: −{t} °C in the valleys[?, −{t2} °C on the tops?].",
                    t=str(g.rng.randrange(2, 14)), t2=str(g.rng.randrange(10, 25)), d=g.date())


@NP("order_status_page")
def os_shipped(g):
    return g.render(
        "Hi there, your order {o} has shipped! Parcel number: {pn}. Expected delivery: {d}. "
        "[[Track it in your account.|You'll get a text on the day.]]",
        o=g.order_no(), pn=g.parcel_no(), d=g.date())


@NP("order_status_page")
def os_backorder(g):
    return g.render(
        "Order {o}\nStatus: partly shipped\n- {p.name} ({p.colour}): shipped {d}\n"
        "- {p2.name}: back in stock around {d2}\nReference: {ref}",
        o=g.order_no(), p=g.product(), p2=g.product(), d=g.date(), d2=g.date(),
        ref=g.phone_shaped())


@NP("order_status_page")
def os_collect(g):
    return g.render(
        "Ready for collection at Talgrat {s}. Collection code: {c}. Please bring your "
        "confirmation; we keep orders for 10 days.",
        s=g.pick(["Keswick", "Manchester", "Edinburgh", "Denver", "Galway"]),
        c=str(g.rng.randrange(100000, 999999)))


@NP("order_status_page")
def os_cancel(g):
    return g.render("Order {o} was cancelled on {d}. The refund of {m} is on its way.",
                    o=g.order_no(), d=g.date(), m=g.money())


@NP("loyalty_tier_rules")
def lt_tiers(g):
    n = g.pick([400, 500, 600])
    m = g.pick([1500, 2000, 2500])
    return g.render(
        "Talgrat Club tiers\nBase camp: 0–{a} points\nRidge: {a1}–{b} points, [[free repairs|"
        "free hemming]]\nSummit: {b1}+ points, early access[? and a birthday voucher?]\n"
        "[[1 point per €1 spent|1 point per £1 spent|2 points per €1 in the app]]; points expire "
        "after [[24|36]] months.", a=str(n - 1), a1=str(n), b="{:,}".format(m - 1),
        b1="{:,}".format(m))


@NP("loyalty_tier_rules")
def lt_number(g):
    return g.render(
        "Your member number has the format TC-00000000 and is printed [[on the back of the card|"
        "in the app under Profile|on every receipt]]. [[Lost it? Block it in the app.|A new card "
        "costs nothing.|You can also show it on your phone.]][? Old numbers starting with {x} "
        "stay valid.?]", x=str(g.rng.randrange(10, 99)))


@NP("loyalty_tier_rules")
def lt_double(g):
    return g.render(
        "Double points from {d} to {d2} on the winter range (Kaltkar, Rinnental, Wintersteig). "
        "Not valid on gift cards.",
        d=g.date(), d2=g.date())


@NP("loyalty_tier_rules")
def lt_grace(g):
    return g.render(
        "Grace period: if your points would expire, you have [[30|45|60]] extra days to use "
        "them. [[May we remind you by e-mail?|We will remind you in the app.]] "
        "[[Change it in your account settings.|Reminders can be turned off at any time.]]"
        "[? Points earned before {d} count too.?]", d=g.date())
