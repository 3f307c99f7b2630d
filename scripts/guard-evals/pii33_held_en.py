"""English prose templates (18 genres with personal data) and English texts
without personal data (10 genres) of the thirty-third PII bank, held-out half."""

import pii33_held_core as C

R = C.Registry()
CLEAN = C.Registry()
t = R.t


def hello(g, p, formal=None):
    if formal is None:
        formal = g.chance(0.4)
    if formal:
        return g.r("[[Dear|Dear|Hello]] {p.hon} {p.last},", p=p)
    return g.r("[[Hi|Hello|Hi|Dear]] {p.first},", p=p)


def bye(g, p, formal=None, role=None):
    if formal is None:
        formal = g.chance(0.4)
    if formal:
        out = g.r("[[Kind regards|Best regards|Yours sincerely|Many thanks]],\n{n}", n=p.full)
    else:
        out = g.r("[[Best|Thanks|Cheers|Best wishes|Thanks again|All the best]],\n{n}", n=g.pick([p.first, p.first, p.full]))
    if role:
        out += ["\n", role]
    return out


def staff_sig(g, s, role=None):
    role = role or g.pick(["Customer Service", "Customer Care", "Store Team", "Online Shop Team"])
    return g.r("[[Kind regards|Best wishes|Many thanks|Best]],\n{n}\n{role}[[ · |, | – ]]Talgrat Outdoor", n=g.pick([s.full, s.first, s.full]), role=role)


for _f in (hello, bye, staff_sig):
    C.GLOBAL_AVOID |= C.code_words(_f)


# ------------------------------------------------------------------ support_email

@t("support_email")
def se1(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

[[I've just moved|We moved last week|I'm staying with family for a few weeks]] and [[forgot|didn't think]] to update my address before ordering. Could you send order {o} to:

{c.a2}

<<The old address is still on my account, sorry about that.>> If the courier needs to reach me, my mobile is {c.mobile}.

{bye}""", c=c, hi=g.pick([["Hello,"], ["Hi there,"], hello(g, s, False)]), o=g.order(), bye=bye(g, c))


@t("support_email")
def se2(g):
    c = g.person(country=g.pick(["GB", "IE", "DE", "AT", "NL", "FR", "IT"]))
    h = g.relative(c) if g.chance(0.4) else c
    s = g.staff()
    p = g.prod()
    return g.r("""{hi}

[[Thanks for sending the {p} back|We've received the {p} you returned]]. [[As the payment came from a bank transfer|Because you paid by transfer]], we'll refund {m} to the account you gave us:

Account holder: {h.full}
IBAN: {h.iban}

[[You should see it within 3–5 working days.|It usually arrives within a week.]]

{sig}

On {d}, {c.full} <{c.email}> wrote:
> [[Please refund to my account|Refund to the IBAN below please]], the jacket didn't fit.""", c=c, h=h, hi=hello(g, c), p=p.short, m=g.money(value=p.eur), sig=staff_sig(g, s), d=g.date())


@t("support_email")
def se3(g):
    c = g.person()
    return g.r("""[[Hello|Hi]],
[[my order {o} was charged twice|I got charged twice for order {o}]]. [[The card is|I paid with]] {c.card}, expiry {exp}. [[Can you check?|Please sort it out.]]
{c.first}""", c=c, o=g.order(), exp="%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)))


@t("support_email")
def se4(g):
    c = g.person()
    return g.r("""[[Order|Parcel for order]] {o} [[still hasn't arrived|is a week late]]. [[I'm at|Address is]] {c.a1}. [[Please check with the courier.|What's going on?]] – {n}""", c=c, o=g.order(), n=g.pick([c.first, c.full, c.ini]))


@t("support_email")
def se5(g):
    c = g.person()
    k = g.relative(c)
    s = g.staff()
    return g.r("""{hi}

I'm writing for my {k?son|daughter} {k.full}, who ordered the {p} in size {sz} [[on {d}|last week]]. [[It's too small|It doesn't fit]], and {k?he|she} would like to swap it. Could you send a returns label to {k.email}? [[The parcel would go from|We'd post it from]] {k.st}.

{bye}""", c=c, k=k, hi=hello(g, s, False), p=g.prod().short, sz=g.pick(["S", "M", "L"]), d=g.date(), bye=bye(g, c))


@t("support_email")
def se6(g):
    c = g.person()
    p = g.prod()
    return g.r("""[[Hello|Hi]],

[[I tried to order by phone but the line was busy|Your checkout keeps failing]], so here are my details. Please [[send|post]] the {p} in {col}, {sz}, to {c.a1} and charge my card:

{c.card}, [[expiry|exp.]] {exp}<<, name on card {cu}>>

[[Thanks|Many thanks]],
{n}""", c=c, p=p.short, col=p.colour, sz=p.sizep, cu=c.up, exp="%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)), n=g.pick([c.full, c.sh, c.first]))


# ------------------------------------------------------------------ collection_proxy_authorisation

@t("collection_proxy_authorisation")
def cp1(g):
    c = g.person()
    p = g.person(country=c.country)
    st = g.store()
    return g.r("""{hi}

[[I can't get to|I won't make it to]] {sn} [[before the collection deadline|this week]] to pick up order {o}. [[My|A]] {rel} {p.full} will collect it for me [[on {day}|on Saturday morning]]. {p?He|She} will bring [[{p?his|her} passport|a driving licence]] and the collection e-mail.

<<If anything is unclear, call me on {c.phone}.>>

{bye}""", c=c, p=p, hi=g.pick([["Hello,"], ["Hi,"], ["Dear Talgrat team,"]]), sn=st.name, o=g.order(),
               rel=g.pick(["colleague", "neighbour", "friend", "flatmate"]), day=g.weekday(g.next_date(4)), bye=bye(g, c))


@t("collection_proxy_authorisation")
def cp2(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""[[Proxy collection|Collected on behalf]] – order {o}: ordered by {c.LF}, collected by {p.full} [[({doc} checked)|after ID check ({doc})]]. [[Customer rang ahead from|Customer confirmed by phone,]] {c.phone}.""",
               c=c, p=p, o=g.order(), doc=g.pick(["driving licence", "passport", "ID card"]))


@t("collection_proxy_authorisation")
def cp3(g):
    c = g.person()
    p = g.person(country=c.country)
    st = g.store()
    s = g.staff()
    return g.r("""{hi}

[[Thanks for letting us know|Noted, thank you]]. We've added {p.full} as [[the person who may collect|authorised collector for]] order {o}. [[Please ask {p?him|her} to|{p?He|She} should]] bring photo ID; the parcel is waiting at the service desk at {st} until {d}.

[[Opening hours are 9:30 to 18:00, Monday to Saturday.|We're open until 6 pm.]] <<If plans change, call the store on {tel}.>>

{sig}""", c=c, p=p, hi=hello(g, c), o=g.order(), st=st.a1, d=g.date(), tel=st.phone, sig=staff_sig(g, s, "Store Team"))


@t("collection_proxy_authorisation")
def cp4(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""[[Letter of authority|Authorisation to collect]]

I, {c.full}, of {c.a1}, [[authorise|hereby authorise]] {p.full} to collect [[my click & collect order|order]] {o} on my behalf.

Signed: {c.ini}
Date: {d}""", c=c, p=p, o=g.order(), d=g.date())


# ------------------------------------------------------------------ out_of_office_reply

@t("out_of_office_reply")
def oo1(g):
    a = g.person()
    d = g.person(country=a.country)
    return g.r("""[[Thank you for your email.|Thanks for your message.]] I'm out of the office until {dt} [[with limited access to email|and won't be checking email]].

For urgent matters, please contact my colleague {d.full} at {d.email}<< or on {d.phone}>>.

[[Best|Kind regards|Many thanks]],
{a.full}
{role}, {co}""", a=a, d=d, dt=g.date(), role=g.pick(["Buyer", "Account Manager", "Events Coordinator", "Office Manager", "Club Secretary"]), co=g.pick(C.COMPANIES_PII))


@t("out_of_office_reply")
def oo2(g):
    a = g.staff()
    d = g.staff()
    st = g.store()
    return g.r("""Automatic reply: [[I'm on parental leave|I'm away on a long hike|I'm on annual leave]] until {dt}.
[[Questions about returns|Returns and refunds]]: {rm}
[[Anything about {sn}|Store matters]]: {d.first} on {tel}
{a.first}""", a=a, d=d, dt=g.date(), rm=g.shop_mail("returns"), sn=st.name, tel=st.phone)


@t("out_of_office_reply")
def oo3(g):
    a = g.person()
    return g.r("""[[I am currently out of the office|I'm travelling]] and will reply when I'm back on {dt}.

{a.full}
{role}
{co}
{a.a2}
[[Mobile|Mob.|M]]: {a.mobile}
[[Email|E]]: {a.email}""", a=a, dt=g.date(), role=g.pick(["Head of Purchasing", "Team Manager", "Treasurer", "Teacher, Outdoor Education"]), co=g.pick(C.COMPANIES_PII))


@t("out_of_office_reply")
def oo4(g):
    a = g.person()
    d = g.person(country=a.country)
    return g.r("""Away until {dt}. [[In urgent cases|If it can't wait]], call {d.first} on {d.mobile}. – {a.first}""", a=a, d=d, dt=g.date())


# ------------------------------------------------------------------ product_recall_contact

@t("product_recall_contact")
def pr1(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

[[Our records show that|According to our records]] you bought a Hochsattel 30 [[backpack|hiking backpack]] [[from batch 24-117|from an affected batch]]. [[The hip belt buckle can crack in the cold|A buckle on the hip belt may break under load]], so we are recalling [[the batch|these packs]].

[[Our courier will collect the pack from|We'd like to collect it from]] {c.a1} on {d}. If that doesn't suit, reply to this email or call us on {tel}.

{sig}""", c=c, hi=hello(g, c, True), d=g.date(), tel=g.store().phone, sig=staff_sig(g, s, "Product Safety"))


@t("product_recall_contact")
def pr2(g):
    c = g.person()
    return g.r("""[[Recall call log|Recall 24-117]], {d}: [[called|rang]] {c.full} ({c.phone}) – [[no answer, left a voicemail|voicemail]]; [[sent the letter again to|emailed]] {c.email}.""", c=c, d=g.date())


@t("product_recall_contact")
def pr3(g):
    c = g.person()
    return g.r("""[[Hello|Hi]],
[[I got your letter about the recall|Re the recall letter]]. I still have the [[backpack|pack]] and [[am happy to|would like to]] send it back. [[Please collect it from my work address|I'm never home in the day, so please pick it up at work]]:

{c.a2}

[[Call me before, please|Please ring ahead]]: {c.mobile}
{n}""", c=c, n=g.pick([c.full, c.first]))


@t("product_recall_contact")
def pr4(g):
    a, b, c, d = g.person(), g.person(), g.person(), g.person()
    return g.r("""[[Status of the recall in|Recall update for]] {sn}: of {n} buyers we've reached {a.full}, {b.full} and {c.lf}; [[packs are on the way back|their packs are being collected]]. {d.full} has moved, [[new address|now lives at]] {d.a1}; [[letter resent|we've written there]].""",
               a=a, b=b, c=c, d=d, sn=g.store().name, n=g.rng.randrange(6, 19))


# ------------------------------------------------------------------ gear_trade_in

@t("gear_trade_in")
def gt1(g):
    c = g.person(country=g.pick(["GB", "IE", "DE", "AT", "NL", "FR"]))
    return g.r("""[[Hello|Hi]],

I'd like to [[trade in|sell back]] my old {p} (bought [[in 2021|three years ago]], [[used on about ten trips|still in good shape]]). If you accept it, please pay [[the cash value|the money]] to:

{c.full}
IBAN {c.iban}

[[Thanks|Many thanks]],
{c.first}""", c=c, p=g.prod().short)


@t("gear_trade_in")
def gt2(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

[[Thanks for the photos|We've looked at the photos]] of your {p}. We can offer {m} [[in store credit|as a voucher]] or {m2} [[paid to your account|by bank transfer]]. <<If you agree,>> please send it with the trade-in slip to:

Talgrat Trade-in
{st}

{sig}""", c=c, hi=hello(g, c), p=g.prod().short, m=g.money(30, 90), m2=g.money(20, 70), st=g.store().a2, sig=staff_sig(g, s))


@t("gear_trade_in")
def gt3(g):
    c = g.person()
    return g.r("""[[Trade-in|Buy-back]] {ref}: courier [[collects|picks up]] the parcel at {c.a1} on {d}<< between 8 and 12>>. [[Contact|Customer mobile]]: {c.phone}.""", c=c, ref="TI-%05d" % g.rng.randrange(10000, 99999), d=g.date())


@t("gear_trade_in")
def gt4(g):
    c = g.person(country=g.pick(["GB", "IE", "DE", "AT", "NL", "FR", "IT"]))
    return g.r("""{n}: trade-in {ref} [[checked|graded B]], {m} paid to {c.iban} on {d}.""", c=c, n=g.pick([c.full, c.LF]), ref="TI-%05d" % g.rng.randrange(10000, 99999), m=g.money(20, 90), d=g.date())


# ------------------------------------------------------------------ team_kit_order

@t("team_kit_order")
def tk1(g):
    co = g.person()
    a, b, c = g.person(country=co.country), g.person(country=co.country), g.person(country=co.country)
    return g.r("""{hi}

[[Our club|Our running group]] would like {n} Schauerpass jackets in Gentian with names embroidered on the chest:

{a.first} (M), {b.first} (S), {c.first} (L)<< and the rest without names>>.

[[Please send the invoice to|Invoice to]] {co.full}, {co.a1}<< – {co.email}>>.

{bye}""", co=co, a=a, b=b, c=c, n=g.rng.randrange(6, 25), hi=g.pick([["Hello,"], ["Hi,"]]), bye=bye(g, co, role="Coach"))


@t("team_kit_order")
def tk2(g):
    co = g.person()
    a, b, c = g.person(country=co.country), g.person(country=co.country), g.person(country=co.country)
    s = g.staff()
    return g.r("""{hi}

[[Here is the embroidery proof for your order|Please check the names before we start embroidering]]:

- {a.up} – Fir Shade, M
- {b.up} – Fir Shade, L
- {c.up} – Hut Orange, S

[[Reply with OK or corrections by|We need your answer by]] {d}.

{sig}""", co=co, a=a, b=b, c=c, hi=hello(g, co), d=g.date(), sig=staff_sig(g, s, "Team Orders"))


@t("team_kit_order")
def tk3(g):
    co = g.person()
    a = g.person(country=co.country)
    b = g.person(country=co.country)
    return g.r("""[[One correction|Small change]] [[to the proof|please]]: [[the jacket for {a.full}|{a.first}'s jacket]] should just say "{af}", and [[{b.full} has left the club|please drop {b.full}]]<<, so one jacket fewer>>. [[Thanks|Cheers]], {co.first}""", co=co, a=a, b=b, af=a.first)


@t("team_kit_order")
def tk4(g):
    co = g.person()
    return g.r("""[[Delivery note|Please note for delivery]]: the box [[goes to|should go to]] our club house, {co.a1}, [[attn.|for]] {co.full}. [[Call|Ring]] {co.mobile} [[on arrival|when you're outside]]<< – the gate is usually locked>>.""", co=co)


# ------------------------------------------------------------------ deceased_account_closure

@t("deceased_account_closure")
def dc1(g):
    d = g.person()
    r_ = g.relative(d)
    return g.r("""[[Hello|Dear Talgrat team]],

My {d?father|mother} {d.full} passed away [[on {dt}|last month]]. [[Could you please|Please]] close {d?his|her} customer account (registered under {d.email}) and stop the catalogue to {d.a1}.

[[I am handling {d?his|her} affairs|I'm the executor]]. You can reach me on {r.phone}.

[[Thank you|With thanks]],
{r.full}""", d=d, r=r_, dt=g.date())


@t("deceased_account_closure")
def dc2(g):
    d = g.person(country=g.pick(["GB", "IE", "DE", "AT", "NL", "FR", "IT"]))
    r_ = g.relative(d)
    s = g.staff()
    return g.r("""Dear {r.hon} {r.last},

[[We're very sorry for your loss.|Please accept our condolences.]] The account of {d.full} has been closed and [[no more post will be sent|the address has been removed from our mailing list]].

The voucher balance of {m} [[will be refunded to the estate account|has been paid to the account you gave us]]:
{acc}
Account holder: {r.full}

{sig}""", d=d, r=r_, m=g.money(15, 120), acc=r_.iban, sig=staff_sig(g, s))


@t("deceased_account_closure")
def dc3(g):
    d = g.person()
    r_ = g.relative(d)
    return g.r("""[[Bereavement|Account closure (death)]]: {d.LF}, {d.email}. Next of kin {r.full}, {r.mobile}. [[Catalogue stopped|Removed from mailings]]; [[open return refunded|nothing open]]. <<Saved card {d.card} deleted at the family's request.>>""", d=d, r=r_)


@t("deceased_account_closure")
def dc4(g):
    d = g.person()
    sol = g.person(country=d.country)
    return g.r("""Dear Sir or Madam,

[[We act for the estate of|We are instructed by the executors of]] the late {d.full}, formerly of {d.a2}

Please close [[any account held|the customer account]] in {d?his|her} name and confirm [[whether any credit remains|the balance]]. [[Correspondence to|Please reply to]] the writer, {sol.full}, at {sol.email}.

Yours faithfully,
{sol.full}""", d=d, sol=sol)


# ------------------------------------------------------------------ mystery_shopper_report

@t("mystery_shopper_report")
def ms1(g):
    a = g.staff()
    b = g.staff()
    st = g.store()
    return g.r("""[[Visit report|Mystery shop]] – {sn}, {d}, {tm}

[[Greeted within a minute|Welcomed straight away]] by {a.first} (name badge). {a.first} asked where I was heading and [[recommended|brought out]] the Firstwand [[and|plus]] a pair of Trittweg socks. [[At the till|When paying]], {b.full} offered the [[loyalty club|member card]] [[but didn't mention the repair service|and the repair service]].

Overall: [[4.5/5|very good]].<<
Shopper: {m}>>""", a=a, b=b, m=g.person().sh, sn=st.name, d=g.date(), tm=g.time())


@t("mystery_shopper_report")
def ms2(g):
    m = g.staff()
    a = g.staff()
    b = g.staff()
    return g.r("""[[Hi team|Morning all]],

[[the mystery shopper report is in|we got the mystery shop results]] and [[it's great|we scored 92 %]]. Special thanks to {a.first} for the boot fitting and to {b.full} [[for the calm handling of the queue|for explaining the returns rules so clearly]].

<<Cake in the break room.>>
{m.first}""", m=m, a=a, b=b)


@t("mystery_shopper_report")
def ms3(g):
    m = g.person(country=g.pick(["GB", "IE", "DE", "AT", "NL"]))
    return g.r("""[[Shopper details for payment|Fee payment]]: {m.full}, {m.email}. [[Fee|Visit fee]] {money} [[plus|and]] travel {money2} to {m.iban}.""", m=m, money=g.money(25, 45), money2=g.money(5, 30))


@t("mystery_shopper_report")
def ms4(g):
    a = g.staff()
    b = g.staff()
    return g.r("""Scores: greeting 5/5 ({a.first}), product knowledge 4/5 ({b.first}), fitting room [[3/5|clean]], till 5/5 ({a.first} again). [[Shopper was asked for a phone number at the till, which is not in the script.|No issues.]]""", a=a, b=b)


@t("mystery_shopper_report", country="DE")
def ms5(g):
    m = g.person(country="DE")
    s = g.staff()
    return g.r("""{hi}

[[for the fee of your visit to|to pay your fee for the visit to]] {sn} we need your German tax ID (Steuer-ID) and bank details. [[You sent|We have]]: Steuer-ID {m.taxid}, IBAN {m.iban}, address {m.a1}. [[Please confirm they are correct.|If anything has changed, reply by {d}.]]

{sig}""", m=m, hi=hello(g, m), sn=g.store().name, d=g.date(), sig=staff_sig(g, s, "Mystery Shopping"))


# ------------------------------------------------------------------ insurance_valuation_letter

@t("insurance_valuation_letter")
def iv1(g):
    c = g.person()
    return g.r("""[[Hello|Hi]],

[[My rucksack and rain jacket were stolen|Someone broke into my car and took my pack and jacket]] [[at a trailhead|on {d}]]. My insurer needs a letter [[from you|from the shop]] with the replacement value. [[The order was placed under|I ordered with]] {c.email}.

[[Please post it to|My address is]]:
{c.a2}

{bye}""", c=c, d=g.date(), bye=bye(g, c))


@t("insurance_valuation_letter")
def iv2(g):
    c = g.person()
    s = g.staff()
    p1, p2 = g.prod(), g.prod()
    return g.r("""To whom it may concern,

We confirm that {c.full}, {c.a1}, bought the following items from Talgrat Outdoor on {d}:

- {p1} – {m1}
- {p2} – {m2}

[[The current replacement value is the same as the price paid.|Both items are still in our range at these prices.]] <<Paid by card ending {l4}.>>

{sig}""", c=c, d=g.date(), p1=p1.name, m1=g.money(value=p1.eur), p2=p2.name, m2=g.money(value=p2.eur), l4="%04d" % g.rng.randrange(10000), sig=staff_sig(g, s))


@t("insurance_valuation_letter")
def iv3(g):
    c = g.person()
    adj = g.person(country=c.country)
    return g.r("""[[Claim|Our ref.]] CLM-{n}

[[Our policyholder|Our customer]] {c.full} has [[reported the theft|claimed for the theft]] of outdoor equipment bought from you. Please send a valuation to the claims handler, {adj.full}, at {adj.email}<< or call {adj.phone}>>.

[[Thank you|Regards]],
{adj.full}
{co}""", c=c, adj=adj, n=g.rng.randrange(100000, 999999), co=g.pick(["Pinecrest Insurance", "Gletscherblick Versicherung AG"]))


@t("insurance_valuation_letter")
def iv4(g):
    c = g.person()
    return g.r("""[[Valuation letter|Replacement value letter]] for {c.lf} [[sent by post to|posted to]] {c.a1} on {d}; copy to {c.email}.""", c=c, d=g.date())


# ------------------------------------------------------------------ expense_reimbursement

@t("expense_reimbursement")
def ex1(g):
    f = g.staff()
    s = g.staff()
    return g.r("""Hi {f.first},

[[attached are|here are]] my receipts from the [[trade fair|supplier visit]] in {town}: train {m1}, hotel {m2}<<, dinner {m3}>>. [[Could you pay it to|Please transfer it to]] my account, IBAN {s.iban}?

Thanks,
{s.full}
{sn}""", f=f, s=s, town=g.pick(["Friedrichshafen", "Munich", "Manchester", "Harrogate", "Nuremberg"]), m1=g.money(40, 180),
               m2=g.money(90, 300), m3=g.money(20, 60), sn=g.store().name)


@t("expense_reimbursement")
def ex2(g):
    f = g.staff()
    s = g.staff()
    return g.r("""{s.first}, [[your claim of|the expense claim for]] {m} is approved<< by {f.first}>> and will be paid with the [[next payroll|salary on the 28th]]. [[Please keep the original receipts.|Receipts are filed.]] – {f.full}, Finance""", f=f, s=s, m=g.money(30, 400))


@t("expense_reimbursement")
def ex3(g):
    s = g.staff()
    return g.r("""Mileage claim, {d}: drove from home ({s.a1}) to the [[supplier|warehouse]] in {town} and back, {mi} [[miles|km]]. <<Parking {m}.>> {s.full}""", s=s, d=g.date(), town=g.pick(["Leeds", "Carlisle", "Augsburg", "Ulm", "Preston"]), mi=g.rng.randrange(30, 260), m=g.money(3, 15))


@t("expense_reimbursement")
def ex4(g):
    s = g.staff()
    m = g.staff()
    return g.r("""{hi}

[[I can't approve the claim yet|The claim is on hold]]: the hotel receipt is missing<< and the taxi amount doesn't match>>. [[Please send it to|Could you forward it to]] {fin} or bring it to {m.full} in the office.

{sig}""", s=s, m=m, hi=hello(g, s, False), fin=g.shop_mail("finance"), sig=bye(g, m, role="Finance"))


# ------------------------------------------------------------------ b2b_account_application

@t("b2b_account_application")
def ba1(g):
    p = g.person()
    club = g.pick(["Ridgeline Outdoor Club", "Harbour Hill Harriers", "Lakeside Academy", "Hillwalkers of the Dales", "Mountain Rescue Volunteers"])
    return g.r("""[[Dear Sir or Madam|Hello]],

{club} would like to open a [[customer account|trade account]] with payment on invoice.

Contact: {p.full}, {role}
Address: {p.a1}
Phone: {p.phone}
E-mail: {p.email}

[[We'd pay by direct debit from|Direct debit from]] {p.iban}<< (account holder: {club})>>.

{bye}""", p=p, club=club, role=g.pick(["Treasurer", "Secretary", "Head of PE", "Kit Officer"]), bye=bye(g, p, True))


@t("b2b_account_application")
def ba2(g):
    p = g.person()
    s = g.staff()
    return g.r("""{hi}

[[Good news|Thanks for your application]]: your trade account is open with a credit limit of {m} and 30 days' payment terms. Your contact here is {s.full} ({s.email}<<, {tel}>>).

{sig}""", p=p, s=s, hi=hello(g, p), m=g.money(1000, 5000), tel=g.store().phone, sig=staff_sig(g, g.staff(), "Trade Accounts"))


@t("b2b_account_application")
def ba3(g):
    p = g.person()
    q = g.person(country=p.country)
    return g.r("""[[Hello|Hi]],
[[please note|just to let you know]] that invoices [[for our club|for the trade account]] should now go to our new treasurer, {q.full}, {q.a1}<<, {q.email}>>. [[{p.full} has stepped down.|I have handed over the role.]]
[[Thanks|Best]], {p.first}""", p=p, q=q)


@t("b2b_account_application")
def ba4(g):
    p = g.person()
    return g.r("""[[Credit check|Trade account check]]: applicant {p.LF} ({club}); [[home address|private address]] for the check {p.a1}; [[result OK|score fine]], limit {m}.""", p=p, club=g.pick(["Lakeside Academy", "Ridgeline Outdoor Club", "Second Ascent Trust"]), m=g.money(500, 3000))


# ------------------------------------------------------------------ alteration_ticket

@t("alteration_ticket")
def at1(g):
    c = g.person()
    return g.r("""Alteration ticket {n}: {p}, [[shorten by|hem]] {cm} cm<< (both legs)>>. Customer {c.full}, {c.phone}. Ready {d}.""", c=c, n=g.rng.randrange(100, 999), p=g.pick(["Wintersteig trousers", "Almweg trousers"]), cm=g.rng.randrange(2, 7), d=g.date())


@t("alteration_ticket")
def at2(g):
    c = g.person()
    return g.r("""[[Hi|Hello]],
could you [[take up|shorten]] the Almweg trousers I bought [[yesterday|on {d}]]? [[I'll drop them in|I can bring them in]] on {day}<< and collect them the week after>>.
{c.first} ({c.mobile})""", c=c, d=g.date(), day=g.weekday(g.next_date(5)))


@t("alteration_ticket")
def at3(g):
    c = g.person()
    st = g.store()
    return g.r("""Hi {c.first}, [[your trousers are ready|the alteration is done]] at {sn}, {sta}. [[Please bring your ticket.|Ticket no. {n}.]] <<Questions: {tel}>>""", c=c, sn=st.name, sta=st.a1, n=g.rng.randrange(100, 999), tel=st.phone)


@t("alteration_ticket")
def at4(g):
    c = g.person()
    return g.r("""[[Lost ticket|No ticket]]: {c.hon} {c.last} [[couldn't find the ticket|lost the alteration slip]]; [[identified by|checked against]] phone {c.phone} and address {c.st}. [[Trousers handed over|Collected]] {d}.""", c=c, d=g.date())


# ------------------------------------------------------------------ delivery_slot_rebooking

@t("delivery_slot_rebooking")
def dr1(g):
    c = g.person()
    return g.r("""[[Hi|Hello]],
[[could we move|is it possible to move]] the delivery for order {o} to {day} afternoon? Nobody is home at {c.a1} before [[2 pm|14:00]].
Mobile: {c.mobile}
{n}""", c=c, o=g.order(), day=g.weekday(g.next_date(6)), n=g.pick([c.first, c.full]))


@t("delivery_slot_rebooking")
def dr2(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

[[Done|All sorted]]: your [[delivery|order {o}]] is now booked for {d}, between [[12 and 4 pm|14:00 and 18:00]]. The driver will call {c.phone} about 30 minutes before.

{sig}""", c=c, hi=hello(g, c), o=g.order(), d=g.date(), sig=staff_sig(g, s))


@t("delivery_slot_rebooking")
def dr3(g):
    c = g.person()
    s = g.staff()
    return g.r("""{t1} {cl}: [[hi, can I change my delivery day?|hello, I need a different delivery slot]]
{t2} {sf}: Of course. [[Which order is it?|Can you give me the order number?]]
{t3} {cl}: {o}, [[going to|address]] {c.st}
{t4} {sf}: [[Thanks.|Found it.]] Thursday 8–12 or Friday 12–16?
{t5} {cl}: friday please""", c=c, cl=g.pick([c.lowf, c.first]), sf=s.first, o=g.order(), t1=g.time(), t2=g.time(), t3=g.time(), t4=g.time(), t5=g.time())


@t("delivery_slot_rebooking")
def dr4(g):
    c = g.person()
    n = g.person(country=c.country)
    return g.r("""Rebooked {o}: {c.full}, new slot {day} [[8–12|12–16|afternoon]]. [[If nobody answers|If absent]], leave with neighbour {n.full} at {n.st}.""", c=c, n=n, o=g.order(), day=g.weekday(g.next_date(5)))


# ------------------------------------------------------------------ key_holder_handover

@t("key_holder_handover")
def kh1(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    st = g.store()
    return g.r("""[[From {day}|As of next week]], {a.full} takes over as key holder for {sn} from {b.full}. [[The alarm company has the new call order|New call order for the alarm company]]:
1. {a.full}, {a.mobile}
2. {c.full}, {c.mobile}
3. Store landline {tel}""", a=a, b=b, c=c, sn=st.name, day=g.weekday(g.next_date(5)), tel=st.phone)


@t("key_holder_handover")
def kh2(g):
    a, b = g.staff(), g.staff()
    return g.r("""Keys handed over on {d} at {tm}: {a.first} returned set B, {b.first} signed for set A<< and the alarm fob>>. {b.first}'s home address for the alarm company: {b.a1}.""", a=a, b=b, d=g.date(), tm=g.time())


@t("key_holder_handover")
def kh3(g):
    a, b = g.staff(), g.staff()
    m = g.staff()
    return g.r("""[[Hello|Dear Sir or Madam]],

please update the key holder list for site {n}: remove {a.full} and add {b.full}, mobile {b.mobile}, e-mail {b.email}.

{bye}""", a=a, b=b, n=g.rng.randrange(1000, 9999), bye=bye(g, m, True, "Store Manager"))


@t("key_holder_handover")
def kh4(g):
    a, b = g.staff(), g.staff()
    return g.r("""[[Heads-up|FYI]]: {a.first} left {a?his|her} keys at home, [[the spare set is with|spare keys are with]] {b.full} ({b.phone}). <<Opening at 9 as usual.>>""", a=a, b=b)


# ------------------------------------------------------------------ store_opening_rsvp

@t("store_opening_rsvp")
def so1(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""[[Thank you for the invitation|Thanks for inviting us]] to the opening of {sn} on {d}. I'll [[come|be there]] with my {rel} {p.full}<<, if that's all right>>.
{bye}""", c=c, p=p, sn=g.store().name, d=g.date(), rel=g.pick(["partner", "wife", "husband", "friend", "colleague"]), bye=g.pick([bye(g, c), ["Thanks,\n", c.sh], ["Best,\n", c.sh]]))


@t("store_opening_rsvp")
def so2(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    return g.r("""{hi}

[[Great that you can make it!|We're glad you're coming.]] [[You're on the guest list|We've put you on the list]] for {d}<< with one guest>>. Doors open at 6 pm at {sta}; [[there's parking behind the store|the bus stops right outside]].

{sig}""", c=c, hi=hello(g, c), d=g.date(), sta=st.a1, sig=staff_sig(g, s, "Events"))


@t("store_opening_rsvp")
def so3(g):
    a, b, c, d = g.person(), g.person(), g.person(), g.person()
    return g.r("""RSVPs so far: {a.full} (+1), {b.full}, {c.lf} (+2) and {d.full}. [[Still waiting for the climbing club.|{n} more invitations out.]]""", a=a, b=b, c=c, d=d, n=g.rng.randrange(4, 30))


@t("store_opening_rsvp")
def so4(g):
    c = g.person()
    return g.r("""[[Sorry, I can't make it|Unfortunately I'm away]] on the [[evening|night]] of the opening. [[Good luck with the new store!|Please keep me on the list for the next event.]]
{c.full}
{c.a2}""", c=c)


# ------------------------------------------------------------------ community_hike_recap (no cue words)

@t("community_hike_recap", invented=False)
def ch1(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""[[Twelve of us|A good crowd]] met at the car park at seven. {a.full} led the way up through the woods<< while the mist lifted>>. {b.full} and {c.full} brought flasks of tea for the top, and {a.last} [[timed the descent perfectly|got us back before the rain]].""", a=a, b=b, c=c)


@t("community_hike_recap", invented=False)
def ch2(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("""Photos from [[Saturday's|last weekend's]] walk are up: {a.full} on the ridge, {b.full} [[at the tarn|by the waterfall]]<<, and the whole group at the trig point>>.""", a=a, b=b)


@t("community_hike_recap", invented=False)
def ch3(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""Congratulations to {a.full}, who completed all [[twelve|ten]] club walks this year, and to {b.full}, [[who joined in March and hasn't missed one|our youngest regular]]. {c.full} [[has kindly offered to|will]] lead the winter programme.""", a=a, b=b, c=c)


@t("community_hike_recap", invented=False)
def ch4(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""[[It was a long day|What a day]]: 19 km, 900 m of climbing. {a.full} and {b.full} swept the route<< at the back>>, {c.full} handed out [[flapjacks|sandwiches]] at the col. [[Next walk in four weeks.|Same time next month.]]""", a=a, b=b, c=c)


# ------------------------------------------------------------------ ceo_escalation_letter

@t("ceo_escalation_letter")
def ce1(g):
    md = g.staff()
    c = g.person()
    return g.r("""Dear {md.hon} {md.last},

I am writing to you [[directly|personally]] because [[three emails to customer service|my complaints]] have gone unanswered. Order {o} [[arrived damaged|was never delivered]] [[on {d}|weeks ago]], and I [[have not been refunded|am still waiting]].

My address: {c.a2}
Phone: {c.phone}

Yours sincerely,
{c.full}""", md=md, c=c, o=g.order(), d=g.date())


@t("ceo_escalation_letter")
def ce2(g):
    md = g.staff()
    c = g.person()
    s = g.staff()
    return g.r("""Dear {c.hon} {c.last},

{md.full} has asked me to reply to your letter [[of {d}|]]. [[I'm sorry you had to write to us twice.|We apologise for the delay.]] [[The refund of {m} was issued today.|A replacement is on its way.]]

If you'd like to talk, you can reach me directly on {s.phone}.

{bye}""", md=md, c=c, s=s, d=g.date(), m=g.money(30, 350), bye=bye(g, s, True, "Office of the Managing Director"))


@t("ceo_escalation_letter")
def ce3(g):
    md = g.staff()
    c = g.person()
    return g.r("""[[{md.first} forwarded this [[one|letter]]|The {c.last} complaint came in via {md.first}]] – can someone call {c.full} [[today|before 5]] on {c.phone}? [[Refund is approved.|Goodwill voucher OK.]]""", md=md, c=c)


@t("ceo_escalation_letter")
def ce4(g):
    c = g.person()
    return g.r("""To the [[CEO|Managing Director]]: [[your shop kept my money for six weeks|nobody answers the phone at your store]]. [[I expect a reply this week.|Fix this.]] {c.full}, {c.email}""", c=c)


# ------------------------------------------------------------------ restock_waitlist

@t("restock_waitlist")
def rw1(g):
    c = g.person()
    p = g.prod()
    return g.r("""[[Please let me know|Could you tell me]] when the {p} in {col}, {sz}, is back in stock? {how}: {v}. [[Thanks|Thank you]], {sg}""", sg=g.pick([c.first, c.sh]), c=c, p=p.short, col=p.colour, sz=p.sizep, **g.pick([dict(how="My email", v=c.email), dict(how="Text or call", v=c.mobile)]))


@t("restock_waitlist")
def rw2(g):
    a, b, c = g.person(), g.person(), g.person()
    p = g.prod()
    return g.r("""Waitlist {p} {sz} {col}: {a.full} ({a.phone}), {b.full} ({b.email}), {c.lf}<< (no contact, ask at till)>>.""", a=a, b=b, c=c, p=p.short, sz=p.size, col=p.colour)


@t("restock_waitlist")
def rw3(g):
    c = g.person()
    s = g.staff()
    p = g.prod()
    return g.r("""{hi}

[[Good news|It's back]]: the {p} in {col} [[is in stock again|arrived this morning]]. We've [[put one aside|reserved one]] for you until {d} at {sn}.

{sig}""", c=c, hi=hello(g, c), p=p.short, col=p.colour, d=g.date(), sn=g.store().name, sig=staff_sig(g, s, "Store Team"))


@t("restock_waitlist")
def rw4(g):
    c = g.person()
    p = g.prod()
    return g.r("""{sn}: {n}, your reserved {p} is here until {d}. [[Questions?|Call us:]] {tel}""", c=c, n=g.pick([c.first, c.full]), sn=g.store().name, p=p.short, d=g.date(), tel=g.store().phone)


@t("restock_waitlist")
def rw5(g):
    c = g.person()
    a = g.staff()
    b = g.staff()
    p = g.prod()
    return g.r("""{t1} {al}: anyone know if {cl}'s {p} came in? [[{c?he|she}|the customer]] rang again
{t2} {bl}: [[yep|yes]], {sz} in {col}, it's in the back
{t3} {al}: cool, i'll text {cf} on {ph}""", c=c, al=a.lowf, bl=b.lowf, cl=c.low, cf=c.lowf, ph=c.mobile, p=p.short.lower(), sz=p.size, col=p.colour.lower(), t1=g.time(), t2=g.time(), t3=g.time())


# ================================================================== texts without personal data

ct = CLEAN.t


@ct("care_instructions")
def cl_care1(g):
    p = g.prod()
    return g.r("""Care for the {p}: wash at 30 °C on a gentle cycle, [[no fabric softener|without softener]]. [[Tumble dry low to reactivate the DWR.|Dry flat.]] <<Will it shrink? Not if you keep to 30 °C.>>""", p=p.name)


@ct("care_instructions")
def cl_care2(g):
    return g.r("""Down care: [[wash the Kaltkar|wash down jackets]] alone with down wash, rinse twice, then tumble dry with two [[tennis balls|dryer balls]]. [[May take three hours.|Allow up to three hours.]] Colour: {col}.""", col=g.pick(["Alpenglow", "Ridge Blue", "Slate"]))


@ct("care_instructions")
def cl_care3(g):
    p = g.prod()
    return g.r("""Merino tips: air the [[Morgengrat|Trittweg socks|{p}]] after use instead of washing<< every time>>. [[Grace notes from the workshop|A note from the workshop|From the repair bench]]: moths love wool in the dark, so store it [[in a bag with cedar|with lavender|in a sealed box]]. [[Will it pill?|Does it itch?]] [[A little at first.|Hardly, at 17.5 µm.]]""", p=p.short)


@ct("care_instructions")
def cl_care4(g):
    return g.r("""Boot and shoe care: [[brush off mud|rinse the Steinlauf]] after each run and let it dry [[away from the fire|at room temperature]]. <<Will it survive a hunter's bog? Yes – just rinse it after.>> Replacement laces: SKU TG-TS-100-L, {m}.""", m=g.money(value=4.95))


@ct("carrier_cutoff_table")
def cl_cut1(g):
    return g.r("""Order cut-off times: [[standard|Standard delivery]] 15:00, [[express|Express]] 12:00, [[Saturday|weekend]] Friday 11:00. [[Depot|Hub]] ref {r}. Highlands and islands (IV, HS, KW, ZE postcodes): add one day.""", r=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut2(g):
    return g.r("""Collection schedule {d}:
Mon–Fri 16:30 trailer {t1}
Sat 11:00 trailer {t2}
[[Bank holidays: no collection.|May bank holiday: no collection.]]""", d=g.date(), t1=g.phone_like_ref(), t2=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut3(g):
    return g.r("""Delivery times to [[Austria|Switzerland|Ireland]]: 3–5 working days. Orders to {pc} {tn} [[may take a day longer in winter|can be delayed by snow]]. Customs reference format: {r}.""", pc=g.pick(["6020", "8001", "3800"]), tn=g.pick(["Innsbruck", "Zürich", "Interlaken"]), r=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut4(g):
    return g.r("""Christmas last order dates: standard {d1}, express {d2}, click & collect {d3}. [[Will orders after that arrive in time? We can't promise it.|Later orders ship in the new year.]]""", d1=g.date(), d2=g.date(), d3=g.date())


@ct("till_z_report")
def cl_z1(g):
    return g.r("""Z-report till 2, {d}: {n} transactions, cash {m1}, card {m2}, vouchers {m3}. [[Float|Opening float]] {m4}. Report no. {r}.""", d=g.date(), n=g.rng.randrange(40, 260), m1=g.money(200, 900), m2=g.money(1000, 6000), m3=g.money(20, 300), m4=g.money(value=150), r=g.rng.randrange(1000, 9999))


@ct("till_z_report")
def cl_z2(g):
    return g.r("""Daily takings {d}
Footwear {m1}
Jackets {m2}
Packs {m3}
[[Returns|Refunds]] -{m4}
[[Top seller: Schauerpass in Gentian.|Best seller: Trittweg socks.]]""", d=g.date(), m1=g.money(100, 900), m2=g.money(500, 3000), m3=g.money(100, 1500), m4=g.money(20, 300))


@ct("till_z_report")
def cl_z3(g):
    return g.r("""Till difference {d}: [[−{m}|+{m}]], counted twice. Batch {b}, terminal ID {tid}. [[No action needed.|Flagged for the area manager.]]""", d=g.date(), m=g.money(1, 20), b=g.rng.randrange(100, 999), tid=g.phone_like_ref())


@ct("till_z_report")
def cl_z4(g):
    return g.r("""Weekly summary wk {w}: sales {m1}, [[footfall|visitors]] {n}, conversion {c} %. [[Winter range selling well.|May promotion ended Sunday.]]""", w=g.rng.randrange(1, 53), m1=g.money(5000, 40000), n=g.rng.randrange(400, 3000), c=g.rng.randrange(12, 38))


@ct("wholesale_partner_list")
def cl_wp1(g):
    return g.r("""Stockists {y}: [[Baker & Hunter Outdoor Ltd|Fox & Miller Outfitters|Cook & Mason Camping]] ([[Kendal|Keswick]]), [[Young & Rose Mountain Sports|Stone & Price Climbing|Hill & Wood Trekking]] ([[Sheffield|Leeds]]), [[King & Bell Ropes|Walker & Sons Leather|Fisher & Lamb Tents]] (Bristol)<<, Frost Brothers (Aberdeen)>>. [[Account numbers on request.|Contact via the trade desk.]]""", y=g.pick(["2025", "2026"]))


@ct("wholesale_partner_list")
def cl_wp2(g):
    return g.r("""New partners this season:
- [[Wolf Alpin GmbH|Sport Fuchs|Bauer Bergsport]], [[Innsbruck|Salzburg]]
- [[Koch & Bauer Bergsport|Vogel & Winter Textil KG|Jäger Outdoor KG]], [[Rosenheim|Kempten]]
- [[Cook & Finch Coffee Roasters|Glass & Swan Packaging|Little & Bird Tents]], [[Leeds|York]]
Terms: {n} days net.""", n=g.pick(["14", "30", "45", "60"]))


@ct("wholesale_partner_list")
def cl_wp3(g):
    return g.r("""Supplier rating Q{q}: Hunter Buckles Ltd A, Rose Textiles B, [[Miller Zips|Mason Trims]] A, Grace & Co Labels B. [[Will review again in May.|Next review in winter.]]""", q=g.rng.randrange(1, 5))


@ct("wholesale_partner_list")
def cl_wp4(g):
    return g.r("""Trade fair stands: Hall B {a}, [[Baker Brothers Boots|Hunter & Wolf Knives]]; Hall C {b}, Snow & Frost Apparel; Hall A {c}, [[Fisher Rope Works|Little & Bird Tents]].""", a=g.rng.randrange(100, 400), b=g.rng.randrange(100, 400), c=g.rng.randrange(100, 400))


@ct("pos_update_notice")
def cl_pos1(g):
    return g.r("""Till software {v} goes live on {d}. [[Will the card terminals need a restart?|Do the card terminals need a restart?]] Yes, once after 8 pm. Build {b}.""", v="%d.%d.%d" % (g.rng.randrange(3, 9), g.rng.randrange(0, 20), g.rng.randrange(0, 30)), d=g.date(), b=g.rng.randrange(1000, 9999))


@ct("pos_update_notice")
def cl_pos2(g):
    return g.r("""Label printer firmware {v}: fixes the GTIN check digit bug and the May price labels. [[Install before the winter sale.|Install on all printers by Friday.]]""", v="%d.%d.%d" % (g.rng.randrange(1, 5), g.rng.randrange(0, 12), g.rng.randrange(0, 20)))


@ct("pos_update_notice")
def cl_pos3(g):
    return g.r("""Web shop release {v}
- faster search for colours (Fir Shade, Hut Orange, Lichen)
- [[fix|fixed]]: sizes EU 42.5 missing on the Steinlauf page
- known issue: [[grace period banner|the Rose Hill event page]] shows twice""", v="%d.%d.%d" % (g.rng.randrange(10, 30), g.rng.randrange(0, 12), g.rng.randrange(0, 10)))


@ct("pos_update_notice")
def cl_pos4(g):
    return g.r("""Scanner app {v} is out. [[Will it run on the old handhelds?|Old handhelds?]] Only from {v2} up. Support ticket {t}.""", v="%d.%d.%d" % (g.rng.randrange(2, 6), g.rng.randrange(0, 10), g.rng.randrange(0, 10)), v2="%d.%d.%d" % (g.rng.randrange(1, 3), g.rng.randrange(0, 10), g.rng.randrange(0, 10)), t=g.ticket())


@ct("hut_menu")
def cl_hut1(g):
    return g.r("""Hut menu: [[hunter's stew|Hunter's chicken]] {m1}, [[baker's potatoes|a baker's dozen of scones]] {m2}, [[rose hip tea|elderflower cordial]] {m3}. [[May to October only.|Kitchen closes at 8.]]""", m1=g.money(9, 16), m2=g.money(4, 9), m3=g.money(2, 4))


@ct("hut_menu")
def cl_hut2(g):
    return g.r("""Today: [[wild garlic soup (picked in May)|barley broth|leek and potato soup]], [[cook's special|the cook's pie|shepherd's pie]], [[apple strudel|sticky toffee pudding|rhubarb crumble]] {m}. [[Will there be vegan options?|Vegan?]] Ask at the bar.""", m=g.money(4, 9))


@ct("hut_menu")
def cl_hut3(g):
    return g.r("""Breakfast 7–9, packed lunch {m} (order the night before). [[Grace is said at 7 for those who wish.|Quiet hours from 22:00.]] Drying room next to the boot room.""", m=g.money(7, 12))


@ct("hut_menu")
def cl_hut4(g):
    return g.r("""Winter menu: [[foxberry tart|wolfberry tart|bilberry pie]], [[Baker's Hill cheese board|the hunter's platter]], hot chocolate with [[rosemallows|marshmallows|cream]] {m}. [[Prices incl. VAT.|Cash or card.]]""", m=g.money(3, 6))


@ct("nature_trail_leaflet")
def cl_nt1(g):
    return g.r("""Stop 4: look for fox tracks in the mud and listen for the [[wren|song thrush]]. [[In May|From May]], the [[wild rose|dog rose]] flowers along the wall. Postcode for the car park: {pc}.""", pc=g.pick(["LA22 9", "CA12 5", "PH33 6"]))


@ct("nature_trail_leaflet")
def cl_nt2(g):
    return g.r("""The wolf disappeared from these hills [[centuries ago|in the 1700s|long ago]]; the hunter's cairn on the ridge [[marks an old boundary|is a good viewpoint|is the turning point]]. Distance {d} km, ascent {a} m.""", d=g.pick(["4.8", "6.4", "7.2", "9.5"]), a=g.rng.randrange(150, 700))


@ct("nature_trail_leaflet")
def cl_nt3(g):
    return g.r("""[[Winter|Spring|Autumn]] birds at the [[tarn|reservoir|beck]]: [[heron|goosander|little grebe]], [[finch|siskin|wren]], kingfisher. [[Will you see otters? With luck, at dawn.|Otters are shy; try at dawn.|Bring binoculars.]] Stop {n} of 8.""", n=g.rng.randrange(1, 9))


@ct("nature_trail_leaflet")
def cl_nt4(g):
    return g.r("""Grace Falls path: [[closed for repairs until {d}|steep and slippery after rain]]. Alternative via Miller's Ford and Baker's Bridge (+1.5 km).""", d=g.date())


@ct("carrier_exception_report")
def cl_ce1(g):
    return g.r("""Exceptions {d}: parcel {p1} address label damaged; parcel {p2} [[refused|returned to depot]]; [[depot|hub]] ref {r}.""", d=g.date(), p1=g.parcel(), p2=g.parcel(), r=g.phone_like_ref())


@ct("carrier_exception_report")
def cl_ce2(g):
    return g.r("""Delayed in transit: {n} parcels, [[weather in the Alps|snow on the Brenner]]. Order {o}, parcel {p}. Claim case {t}.""", n=g.rng.randrange(2, 40), o=g.order(), p=g.parcel(), t=g.ticket())


@ct("carrier_exception_report")
def cl_ce3(g):
    return g.r("""Lost parcel investigation {t}: last scan {d} at hub {r}. [[Will be written off after 10 days.|Search ongoing.]] Contents: 2 × GTIN {gt}.""", t=g.ticket(), d=g.date(), r=g.phone_like_ref(), gt=g.gtin())


@ct("carrier_exception_report")
def cl_ce4(g):
    return g.r("""Return-to-sender list:
{p1} – address unknown
{p2} – not collected
{p3} – damaged
Pallet {r}.""", p1=g.parcel(), p2=g.parcel(), p3=g.parcel(), r=g.phone_like_ref())


@ct("price_label_batch")
def cl_pl1(g):
    p = g.prod()
    return g.r("""Label batch {b}: {p}, {col}, size {sz}, GTIN {gt}, {m}. Qty {q}.""", b=g.rng.randrange(100, 999), p=p.name, col=p.colour, sz=p.size, gt=g.gtin(), m=g.money(value=p.eur), q=g.rng.randrange(2, 40))


@ct("price_label_batch")
def cl_pl2(g):
    p1, p2 = g.prod(), g.prod()
    return g.r("""Sale labels:
{s1} {p1} was {m1} now {n1}
{s2} {p2} was {m2} now {n2}""", s1=p1.sku, p1=p1.short, m1=g.money(value=p1.eur), n1=g.money(value=round(p1.eur * 0.7, 2)), s2=p2.sku, p2=p2.short, m2=g.money(value=p2.eur), n2=g.money(value=round(p2.eur * 0.7, 2)))


@ct("price_label_batch")
def cl_pl3(g):
    p = g.prod()
    return g.r("""Reprint shelf edge labels for {sku} ({col}): GTIN {g1}, {g2}. [[Wrong price on the May labels.|Old labels show the winter price.]]""", sku=p.sku, col=p.colour, g1=g.gtin(), g2=g.gtin())


@ct("price_label_batch")
def cl_pl4(g):
    p = g.prod()
    return g.r("""Price check {d}: {p} [[{m}|{m} incl. VAT]], shelf {sh}, GTIN {gt}. OK.""", d=g.date(), p=p.name, m=g.money(value=p.eur), sh=g.pick(["A3", "B12", "C4", "W7"]), gt=g.gtin())


@ct("training_module_plan")
def cl_tr1(g):
    return g.r("""Training plan {d}: 09:00 layering for winter, 10:30 [[boot fitting|rucksack fitting]], 13:00 till and returns, 15:00 [[down care|repairs]]. Room 2.""", d=g.date())


@ct("training_module_plan")
def cl_tr2(g):
    return g.r("""Module {n} – colours and names: [[Fir Shade, Rock Grey, Ridge Blue, Gentian, Alpenglow|Hut Orange, Lichen, Peat Brown, Limestone, Slate|Slate, Fir Shade, Hut Orange, Ridge Blue]]. [[Don't say "rose" or "salmon".|Use only these names.|No made-up colour names.]] Quiz on {d}.""", n=g.rng.randrange(2, 9), d=g.date())


@ct("training_module_plan")
def cl_tr3(g):
    return g.r("""E-learning: [[returns policy|GDPR basics]] (20 min), fire safety (15 min), [[first aid refresher|manual handling]] (30 min). Deadline {d}. [[Will it count as work time? Yes.|Counts as work time.]]""", d=g.date())


@ct("training_module_plan")
def cl_tr4(g):
    return g.r("""New starters week {w}: Mon induction, Tue [[shop floor|stockroom]], Wed product training ([[packs|jackets|footwear]]), Thu [[till|tills]], Fri [[shadowing|buddy shift]]. [[Hunter boots and the Steinlauf in the footwear session.|Bring safety shoes.|Lunch is provided.]]""", w=g.rng.randrange(1, 4))