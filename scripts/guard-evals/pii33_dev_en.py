"""English prose templates (18 genres with personal data) and English texts
without personal data (10 genres) for the dev half of the thirty-third PII bank."""

GENRES = ["support_email", "misdirected_email_notice", "carer_order", "shared_account_dispute",
          "school_visit_booking", "rescue_story_letter", "charity_auction", "tax_adviser_request",
          "store_opening_rsvp", "expedition_diary", "student_research_request", "catering_order",
          "loyalty_points_transfer", "parcel_mixup", "birthday_collection", "staff_conduct_complaint",
          "name_misspelling_complaint", "account_manager_change"]
CLEAN_GENRES = ["cafe_menu", "wildlife_notes", "price_change_notice", "depot_routing_table", "app_update_notes",
                "retail_partner_directory", "queue_statistics", "season_lookbook", "wash_care_guide",
                "stocktake_closure_notice"]

PROSE = {k: [] for k in GENRES}
CLEAN = {k: [] for k in CLEAN_GENRES}


def T(genre, country=None):
    def deco(fn):
        fn.country = country
        PROSE[genre].append(fn)
        return fn
    return deco


def N(genre, country=None):
    def deco(fn):
        fn.country = country
        CLEAN[genre].append(fn)
        return fn
    return deco


def exp(g):
    return "%02d/%02d" % (g.randint(1, 12), g.randint(26, 30))


# ---------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------

@T("support_email")
def _(g):
    c = g.person()
    return g.render("""Subject: [[Change of delivery address|Order {o} – new address|Wrong address on my order]]

[[Hi|Hello|Good morning]],

[[I just placed|Yesterday I placed|This morning I placed]] order {o}[[ for the {prod.name}| for two items]] and [[only now noticed|then realised]] it will go to my old [[flat|address]]. [[Could you please|Can you]] send it to:

{c.full}
{c.addr2}
⟦
My mobile is {c.phone} in case the courier needs it.⟧
[[Thanks|Many thanks|Cheers]],
{c.sig}""", c=c, o=g.order_no(), prod=g.product())


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""[[Dear {c.mr_last}|Hello {c.first}|Hi {c.first}]],

[[thank you for sending back|thanks for returning]] the {prod.name}. [[We refunded {amt} today to the account you gave us|Today we paid {amt} back to your account]], {c.iban}. [[It can take|Please allow]] [[two to three|up to five]] working days [[before you see it|to arrive]].⟦ The account holder on the returns form is {c.full}.⟧

[[Best wishes|Kind regards|All the best]],
{s.first}
Talgrat [[Customer Service|Service Team]] · {s.email}""", c=c, s=s, prod=g.product(), amt=g.money(20, 350))


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    d1 = g.date("long")
    d2 = g.date("short", step=(2, 6))
    return g.render("""[[Yes, that's fine|Perfect, thank you|OK, go ahead]] – [[please use|you can use]] {c.phone} [[for the courier|if anything comes up]].
{c.first}

On {d1}, Talgrat Service <{svc}> wrote:
> Hi {c.first},
> [[we can collect the parcel|a courier can pick up your return]] from {c.street} on {d2}. [[Is there a number the driver can call?|Could you give us a phone number for the driver?]]
> [[Kind regards|Best]], {s.first}""", c=c, s=s, d1=d1, d2=d2, svc=g.role_email("service"))


@T("support_email")
def _(g):
    c = g.person()
    return g.render("""[[Re order|Order|Ref.]] {o}: {c.any} [[says|reports that]] the {prod.name} [[arrived damaged|came in the wrong size|is missing its hip belt|was not in the parcel]]. [[Please call back on|Call back:]] {c.phone}[[.|, ideally after 5 pm.| – address on file is {c.addr1}.]]""",
                    c=c, o=g.order_no(), prod=g.product())


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""Hi,
[[My payment for order {o} failed twice.|I tried to pay for order {o}, but it didn't go through.]] [[Can you take the payment by hand?|Could you charge it manually?]] Card details:
{c.card}, [[exp.|expiry]] {e}
{c.full}

> Agent note ({s.init_last}): [[customer informed by phone that we never take card numbers by e-mail|card number must not be stored – asked the customer to use the payment link]], ticket {t}.""",
                    c=c, s=s, o=g.order_no(), e=exp(g), t=g.ticket_no())


# ---------------------------------------------------------------------------
# misdirected_email_notice
# ---------------------------------------------------------------------------

@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    return g.render("""Subject: [[I think this was meant for someone else|Wrong recipient|Your e-mail reached the wrong person]]

Hello,
[[this morning|yesterday evening|today]] I received [[an order confirmation|a shipping notice|a returns label]] from you addressed to {x.full}, with the delivery address {x.addr1} and the [[phone number|mobile number]] {x.phone}. [[I am not this person|That is not me]] and [[I have never ordered anything|I have no account]] with you.
[[I have deleted the e-mail.|I'll delete it once you confirm.]] [[Please check how this happened.|You may want to check your customer list.]]

{r.sig}⟦
{r.phone}⟧""", x=x, r=r)


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    dpo = g.staff()
    s = g.staff()
    return g.render("""Dear {x.mr_last},

we are writing to tell you about a mistake on our side. On {d}, an e-mail [[about|confirming]] your order {o} was sent to another customer by error. It contained your name, your delivery address ({x.street}) and your [[mobile number|phone number]].
The other customer has confirmed that the e-mail [[has been deleted|was deleted the same day]]. [[We are very sorry.|We apologise for this.]] If you have questions, our data protection officer, {dpo.full}, [[can be reached|is available]] at {mail}.

Yours sincerely,
{s.full}
Talgrat Outdoor, Customer Service""", x=x, dpo=dpo, s=s, d=g.date("long"), o=g.order_no(),
                    mail=g.role_email("privacy"))


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    dpo = g.staff()
    s = g.staff()
    return g.render("""Misdirected e-mail, {d}. The shipping notice for order {o} ({x.full}, {x.email}) went to {r.email} instead. Cause: [[the address was autocompleted in the helpdesk|two customer accounts with similar names were merged|a reply was sent from the wrong ticket]]. The recipient, {r.mr_last}, [[rang us|wrote to us]] [[the same day|within the hour]] and [[confirmed the deletion|deleted it]]. Data involved: name, {x.addr1}, phone number. [[Reported to|Logged with]] {dpo.first} ({dpo.email}) [[for the 72-hour check|for review]]. – {s.init_last}""",
                    x=x, r=r, dpo=dpo, s=s, d=g.date("num"), o=g.order_no())


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    s = g.staff()
    return g.render("""Hi {r.first},
thank you for [[letting us know|telling us]] about the e-mail [[meant for|that was addressed to]] {x.given_init}. Could you [[please|kindly]] delete it [[and reply to confirm|and let us know once it's gone]]? [[We have corrected the address on that account.|The error was ours and has been fixed.]]
[[Best regards|Thanks again]],
{s.sig}
{s.email}""", x=x, r=r, s=s)


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    y = g.person()
    s = g.staff()
    return g.render("""[[08:52|14:02|16:37]] {s.lower_given}: misdirected mail again – {x.lower} got the return label for {y.lower} ({y.email})
[[08:54|14:05|16:40]] {s.lower_given}: [[both informed|called both]], new label [[sent|out]] to {y.street}[[, please don't reuse ticket {t}|, cc @dataprotection|]]""",
                    x=x, y=y, s=s, t=g.ticket_no())


# ---------------------------------------------------------------------------
# carer_order
# ---------------------------------------------------------------------------

@T("carer_order")
def _(g):
    d = g.person(gender="f")
    f = g.relative(d, gender="m", share_address=False)
    home = g.company("carehome")
    return g.render("""Hello,
I'd like to order the {prod.name} in size {prod.size} for my [[father|dad]], {f.full}. He lives at {home} now, and [[the staff there|the care team]] will take the parcel. Please deliver to:
{f.full}
c/o {home}
{f.addr2}
Invoice to me, please: {d.full}, {d.addr1}. [[My number is|You can reach me on]] {d.phone}.
[[Thank you|Many thanks]],
{d.first}""", d=d, f=f, home=home, prod=g.product())


@T("carer_order")
def _(g):
    w = g.person()
    r = g.person()
    return g.render("""Phone order, {d}. {w.full}, [[carer|care worker]] at {home}, rang on behalf of {r.mr_last}, who [[can no longer use a computer|has poor eyesight|is recovering from a fall]]. Items: {prod.name}, size {prod.size}[[, colour {prod.colour}|]]. Deliver to {r.addr1}; call {w.first} on {w.phone} [[before delivery|if anything is unclear]]. [[Paid by card ending {last4}, cardholder {r.full}.|Card read out over the phone: {r.card}, exp. {e} (cardholder {r.full}) – delete after payment!]]""",
                    w=w, r=r, home=g.company("carehome"), prod=g.product(), d=g.date("num"),
                    last4=str(g.randint(1000, 9999)), e=exp(g))


@T("carer_order")
def _(g):
    d = g.person()
    r = g.person()
    return g.render("""Dear Sir or Madam,

I act as [[deputy|attorney]] for {r.full} [[under a lasting power of attorney|appointed by the court]] (ref. {ref}). Please refund the returned {prod.name} to the account I manage for {r.g:him~her}:
Account holder: {r.full}
IBAN: {r.iban}
[[All further post|Any correspondence]] should go to me at {d.addr1}[[, e-mail {d.email}|]].

Yours faithfully,
{d.full}""", d=d, r=r, ref="%d%s%d" % (g.randint(10, 99), g.pick(["LPA", "COP", "DEP"]), g.randint(100000, 999999)),
                    prod=g.product())


@T("carer_order")
def _(g):
    d = g.person()
    f = g.relative(d, share_address=False)
    s = g.staff()
    return g.render("""Hi {d.first},
[[thanks for|thank you for]] your order for {f.first}. The parcel [[will arrive|is due]] on {date} between {t1} and {t2}. The driver will ask for {f.mr_last} at reception; if {f.g:he~she} is [[asleep|at lunch|out on a walk]], [[the nurses can sign|reception can sign]] for it. [[Should we call someone else on the day?|Is there another number we can ring on the day?]] We only have {d.phone}.
[[Best|Kind regards]],
{s.first}""", d=d, f=f, s=s, date=g.date("long"), t1="%d am" % g.randint(8, 10), t2="%d pm" % g.randint(1, 4))


# ---------------------------------------------------------------------------
# shared_account_dispute
# ---------------------------------------------------------------------------

@T("shared_account_dispute")
def _(g):
    me = g.person()
    p = g.person(home=me.country)
    return g.render("""Subject: Please remove my ex-partner from [[our|the]] account

Hi,
[[my former partner|my ex]] {p.full} and I [[shared|opened]] a Talgrat club account ({m}) while we lived together at {p.street}. We have separated and I [[no longer want|don't want]] {p.g:him~her} to see my orders or my address. [[Please|Could you]] remove my card from the account and use only {me.email} for me from now on.
My new address is {me.addr1}.
{me.sig}""", me=me, p=p, m=g.member_no())


@T("shared_account_dispute")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Joint account {m}: holders {a.full} ({a.email}) and {b.full} ({b.email}). {b.first} [[asks us to split|wants]] the {pts} points 50/50 and to remove the old address, {a.street}, from {b.g:his~her} profile. {a.first} [[has not answered yet|disagrees by phone]]. [[Do not merge again without both signatures.|Frozen until both agree.]] – {s.init_last}, {d}""",
                    a=a, b=b, s=s, m=g.member_no(), pts=g.randint(800, 9000), d=g.date("num"))


@T("shared_account_dispute")
def _(g):
    me = g.person()
    x = g.person(home=me.country)
    return g.render("""Hello,
I [[have heard|understand]] that {x.first} wants to split our account. [[That is not fair|I don't agree]]: [[most of the points|nearly all the points]] come from [[my|the]] {prod.name} and [[the family tent|the boots]] I paid for [[last year|in the spring]]. [[You can check the receipts.|The receipts are in my name.]] Please call me before you change anything: {me.phone}.
[[Regards|Thanks]],
{me.full}""", me=me, x=x, prod=g.product())


@T("shared_account_dispute")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Dear {a.mr_last}, dear {b.mr_last},

you both [[wrote to us|contacted us]] about the shared club account {m}. [[We cannot decide who the points belong to.|We are not able to take sides.]] [[What we can do|Our proposal]]: we split the {pts} points [[in half|evenly]] and open a second account in the name of {b.full}. {a.first} keeps the existing account and the e-mail address {a.email}.
Please reply by {d} if you agree.

Kind regards,
{s.full}
Talgrat Club Service""", a=a, b=b, s=s, m=g.member_no(), pts=g.randint(800, 9000), d=g.date("long"))


# ---------------------------------------------------------------------------
# school_visit_booking
# ---------------------------------------------------------------------------

@T("school_visit_booking")
def _(g):
    t = g.person()
    h1 = g.person(home=t.country)
    h2 = g.person(home=t.country)
    return g.render("""Dear Talgrat team,
I teach [[Year 5|Year 8|a Year 10 geography class]] at {school} and would love to bring [[24|28|19]] pupils to [[your repair workshop|the store]] [[for a morning|for an hour]] on {d}. Two [[parents|colleagues]], {h1.full} and {h2.full}, will come with us.
[[My mobile|My number]] on the day: {t.phone}.
Best wishes,
{t.full}
{school}""", t=t, h1=h1, h2=h2, school=g.company("school"), d=g.date("long"))


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    s = g.staff()
    st = g.store()
    return g.render("""Dear {t.mr_last},
we're looking forward to [[your class's visit|seeing you and your class]] on {d} at {time}. Please meet us at {st.addr1}; {guide.full} from our [[repair team|workshop]] will show the children how we [[patch jackets|replace zips|re-sole boots]]. If you're running late, call {guide.first} on {guide.phone}.
[[Kind regards|Best wishes]],
{s.full}
{st.name}""", t=t, guide=guide, s=s, st=st, d=g.date("long"), time=g.time())


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    p1 = g.person(home=t.country)
    h = g.person(home=t.country)
    h2 = g.person(home=t.country)
    return g.render("""Hi {guide.first},
just a couple of things before [[Thursday|Friday|next week]]: {p1.first} in our group has a nut allergy ([[{p1.g:he~she} brings {p1.g:his~her} own snacks|the school nurse knows]]), and {h.full} [[will replace|is standing in for]] {h2.full}, who can't come. {h.g:His~Her} number is {h.phone}.
Thanks,
{t.first}""", t=t, guide=guide, p1=p1, h=h, h2=h2)


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    st = g.store()
    pl = g.place(t.country)
    return g.render("""Dear {guide.first} and everyone at {st.name},
thank you for showing [[Class 4B|our Year 6|the geography group]] round! [[The children are still talking about|Everyone loved]] the [[sewing machines|zip bench|boot press]]. [[We are sending|Enclosed are]] some thank-you cards from the class.
[[With best wishes|Warm regards]],
{t.full}
{school}, {pl.addr1}""", t=t, guide=guide, st=st, pl=pl, school=g.company("school"))


# ---------------------------------------------------------------------------
# rescue_story_letter
# ---------------------------------------------------------------------------

@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    r1 = g.person(home=c.country)
    r2 = g.person(home=c.country)
    st = g.store()
    return g.render("""Dear Talgrat,
[[last August|in October|this spring]] I was caught in [[thick fog|a storm]] on [[the Helvellyn ridge|Ben Nevis|the Zugspitze plateau]] and waited [[four|six]] hours for the mountain rescue team. The {prod.name} [[kept me dry|kept me warm]] the whole time. I'd like to thank {s.first} at {st.name}, who [[talked me into|recommended]] it, and {r1.full} and {r2.full} from the rescue team, who [[carried me down|got me off the hill]].
[[If you want to use my story|You may share this story]], I can be reached at {c.email} or {c.phone}.
{c.full}
{c.addr1}""", c=c, s=s, r1=r1, r2=r2, st=st, prod=g.product())


@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    st = g.store()
    return g.render("""Dear {c.mr_last},
[[what a story|thank you so much for writing]] – I've passed your letter on to {s.first}, who [[was very moved|was delighted]]. [[Could we print it in our spring newsletter?|We'd love to share it in our customer magazine.]] We would only use your first name, {c.first}, and the town you live in.
Warm regards,
{m.full}
Store Manager, {st.name} · {st.phone}""", c=c, s=s, m=m, st=st)


@T("rescue_story_letter")
def _(g):
    c = g.person()
    p = g.person(home=c.country)
    return g.render("""Hi, my [[partner|{p.g:husband~wife}]] {p.first} [[sent you a letter|wrote to you]] about [[the rescue|the night on the mountain]] – [[could you|would you]] send the [[newsletter|magazine]] with the story to {c.addr1} as well? [[Thanks|Cheers]], {c.full} ({c.phone})""",
                    c=c, p=p)


@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    return g.render("""[[FYI|For the newsletter]] – {c.full} ({c.email}) [[is happy for us to|agreed that we may]] print {c.g:his~her} rescue story. {c.first} asks us not to [[print|use]] the surname and to send two copies to {c.street}. [[Consent form signed on|Signed consent received]] {d}. {s.first}, can you [[pick a photo|ask for a photo]]?
{m.sig}""", c=c, s=s, m=m, d=g.date("num"))


# ---------------------------------------------------------------------------
# charity_auction
# ---------------------------------------------------------------------------

@T("charity_auction")
def _(g):
    w = g.person()
    s = g.staff()
    ch = g.company("charity")
    return g.render("""Dear {w.first},
congratulations – you [[won|are the winning bidder for]] lot {lot}, a {prod.name} signed by [[our expedition team|the 2025 team|our athletes]], with a bid of {amt}. All proceeds go to {ch}. Please transfer the amount to the charity's account:
{ch} – IBAN {ciban}
Reference: Lot {lot} {w.last}
and [[tell us|let us know]] where to send the [[jacket|item]].
[[Best wishes|Kind regards]],
{s.full}""", w=w, s=s, ch=ch, lot=g.randint(1, 24), amt=g.money(120, 900), ciban=g.org_iban(),
                    prod=g.product())


@T("charity_auction")
def _(g):
    w = g.person()
    s = g.staff()
    return g.render("""Hi {s.first},
[[fantastic|brilliant]], thank you! [[I've paid|Payment sent]] today. Please send [[the {prod.name}|it]] to:
{w.full}
{w.addr2}
[[Phone for the courier|Mobile]]: {w.phone}⟦
P.S. [[The bank transfer failed, so please|If easier,]] charge my card instead: {w.card}, exp. {e}.⟧""", w=w, s=s, prod=g.product(), e=exp(g))


@T("charity_auction")
def _(g):
    a = g.person()
    b = g.person()
    c = g.person()
    return g.render("""Auction results ({d}): lot 3 ([[signed|framed]] poster) went to {a.full} for {m1}, lot 5 (Fernkamm 45+10) to {b.init_last} for {m2}, and lot 8 ([[a guided day with|a day out with]] our [[ambassador|athletes]]) to {c.LAST_first} for {m3}. [[Everyone has paid except|All paid, apart from]] {b.mr_last}; [[reminder sent to|chased at]] {b.email}.""",
                    a=a, b=b, c=c, d=g.date("long"), m1=g.money(60, 200), m2=g.money(150, 400), m3=g.money(200, 800))


@T("charity_auction")
def _(g):
    w = g.person()
    return g.render("""Hello,
could you [[please|kindly]] ask {ch} to send a donation receipt for my bid ({amt}, lot {lot}) to [[my office|my home address]]: {w.addr1}? It should be made out to {w.full}[[, not to my company|]].
Thank you,
{w.sig}""", w=w, ch=g.company("charity"), amt=g.money(100, 700), lot=g.randint(1, 24))


# ---------------------------------------------------------------------------
# tax_adviser_request (people living in Germany)
# ---------------------------------------------------------------------------

@T("tax_adviser_request")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    return g.render("""Dear Sir or Madam,

we [[act for|are the tax advisers of]] {c.full}, a self-employed mountain guide [[living in|based in]] {c.town}. For {c.g:his~her} tax return we need copies of all invoices issued to {c.g:him~her} [[since January|last year]]. Steuer-ID: {c.taxid}. Address on the invoices: {c.addr1}.
Please send them to {a.email}.

Kind regards
{a.full}
{firm}""", c=c, a=a, firm=g.company("taxfirm"))


@T("tax_adviser_request")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    s = g.staff()
    return g.render("""Dear {a.mr_last},
[[please find attached|attached are]] the invoices for {c.mr_full} from {y}. One invoice [[could not be matched|was not found]] under the Steuer-ID {c.taxid}, because the account was [[opened|registered]] under {c.email}; we have [[added the ID|linked it]] now.
[[Kind regards|Best regards]],
{s.full}
Talgrat Accounts""", c=c, a=a, s=s, y=g.pick(["2024", "2025", "the last twelve months"]))


@T("tax_adviser_request")
def _(g):
    c = g.person(country="DE")
    return g.render("""Hi,
I [[work as a freelance guide|am a mountain guide]] and my [[tax adviser|accountant]] needs proper invoices with my tax ID for [[the gear I bought|my purchases]] in {y}. Details: {c.full}, {c.addr1}, Steuer-ID {c.taxid}. The credit note for the returned {prod.name} [[can go to|please pay to]] {c.iban}.
Thanks,
{c.first}""", c=c, y=g.pick(["2024", "2025"]), prod=g.product())


@T("tax_adviser_request")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    s = g.staff()
    return g.render("""Credit note [[CN|GS]]-{n} issued to {c.LAST_first} (Steuer-ID {c.taxid_c}) for {amt}; adviser {a.full} at {firm} [[informed by e-mail|sent a copy]] ({a.email}). – {s.init_last}""",
                    c=c, a=a, s=s, n=g.randint(1000, 9999), firm=g.company("taxfirm"), amt=g.money(30, 400))


# ---------------------------------------------------------------------------
# store_opening_rsvp
# ---------------------------------------------------------------------------

@T("store_opening_rsvp")
def _(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    d1 = g.date("long")
    d2 = g.date("short", step=(2, 5))
    return g.render("""Dear {c.first},
[[after months of building work|at last]], our new store at {st.addr1} opens on {d1}! As [[one of our regular customers|a long-standing customer]], you're invited to a preview evening from {time}. [[Just let|Please let]] {s.full} know by {d2} ({s.email} or {st.phone}) [[whether you can come|if you'd like to bring someone]].
[[Hope to see you there|See you soon]],
The team at {st.name}""", c=c, s=s, st=st, d1=d1, d2=d2, time=g.time())


@T("store_opening_rsvp")
def _(g):
    c = g.person()
    s = g.staff()
    b = g.person(home=c.country)
    return g.render("""Hi {s.first},
[[yes please|count me in]] – I'll come with my [[partner|friend|{b.g:son~daughter}]] {b.full}. [[Could you|Please]] put us both on the list. [[My mobile|Phone]]: {c.phone}, just in case.
[[Best|Thanks]], {c.full}""", c=c, s=s, b=b)


@T("store_opening_rsvp")
def _(g):
    a, b, c, d, e, f = (g.person() for _ in range(6))
    return g.render("""RSVPs so far: {a.full}, {b.full} (plus one), {c.init_last} and {d.given_init} [[said yes|are coming]]; {e.mr_last} [[can't make it|sends apologies]] but asked us to [[post|send]] the [[new catalogue|opening voucher]] to {e.addr1}. [[Still waiting for|No answer yet from]] {f.full} ({f.email}).""",
                    a=a, b=b, c=c, d=d, e=e, f=f)


@T("store_opening_rsvp")
def _(g):
    c = g.person()
    st = g.store()
    return g.render("""Dear {st.name} team,
thank you for the invitation. [[Sadly|Unfortunately]] [[we've moved away|I've moved]] and can't come, but please send future post to:
{c.addr2}
[[All the best for the opening|Good luck with the new store]]!
{c.sig}""", c=c, st=st)


# ---------------------------------------------------------------------------
# expedition_diary (names in running prose without a cue; no invented names)
# ---------------------------------------------------------------------------

@T("expedition_diary")
def _(g):
    a, b, c, d = (g.person(cue=False) for _ in range(4))
    return g.render("""Day {n}. We left the hut at [[five|half past four]]. {a.full} [[led the first rope|broke trail]] across the [[glacier|snowfield]], with {b.first} and {c.full} close behind. By [[ten|noon]] {b.first}'s [[crampon strap|boot lace]] had snapped, and {d.full} fixed it with cord from {d.g:his~her} pack. The weather turned [[after lunch|in the afternoon]]; we [[turned back|waited]] at the col and were [[back at the hut|in our bunks]] by [[six|seven]].""",
                    a=a, b=b, c=c, d=d, n=g.randint(2, 19))


@T("expedition_diary")
def _(g):
    a, b, c, d = (g.person(cue=False) for _ in range(4))
    return g.render("""[[Three weeks|Twenty days]] in the [[Karakoram|Alaska Range|Pamirs]]: the team of {a.full}, {b.full}, {c.full} and {d.full} took the Firstwand and Kaltkar jackets [[to 6,100 m|onto a new route]]. {a.last} kept the diary below; {c.first} [[took most of the photos|filmed the river crossing]].""",
                    a=a, b=b, c=c, d=d)


@T("expedition_diary")
def _(g):
    a, b, c = (g.person(cue=False) for _ in range(3))
    return g.render("""[[On the summit ridge|At the top|On the col at dawn]], {d}: {a.full}, {b.full} and {c.full}. [[It was|That was]] {b.first}'s [[first|third]] [[four-thousander|summit above 4,000 m]], and {a.first} [[still insists|swears]] the [[fog|wind]] [[lifted for us|dropped on purpose]].""",
                    a=a, b=b, c=c, d=g.date("long"))


@T("expedition_diary")
def _(g):
    a, b = (g.person(cue=False) for _ in range(2))
    return g.render("""By the time {a.full} reached the bivouac, {b.full} had already [[melted snow for tea|pitched the tent]]. It was {a.last}'s [[third|first]] night above [[5,000 metres|the glacier]], and the [[cold|altitude]] kept {a.g:him~her} awake. At [[two|three]] in the morning {b.last} [[handed over|lent {a.g:him~her}]] a second sleeping bag liner and [[told the story|talked about the day]] {b.g:he~she} lost a glove on the Matterhorn.
[[The next morning|At first light]] [[both|the two of them]] [[set off|moved on]] towards the [[pass|plateau]].""", a=a, b=b)


# ---------------------------------------------------------------------------
# student_research_request
# ---------------------------------------------------------------------------

@T("student_research_request")
def _(g):
    stu = g.person()
    sup = g.person(home=stu.country)
    return g.render("""Dear Sir or Madam,
my name is {stu.full} and I am a master's student at {uni}. My thesis looks at [[repair services in outdoor retail|how shops talk about sustainability|the market for second-hand gear]]. Would [[two or three of your staff|someone from your repair workshop]] be willing to give a [[30-minute|short]] interview in {month}? My supervisor is [[Professor|Dr]] {sup.full}[[ ({sup.email})|]].
You can reach me at {stu.email} or {stu.phone}.
Kind regards,
{stu.full}""", stu=stu, sup=sup, uni=g.company("uni"), month=g.pick(["March", "April", "May", "June", "October"]))


@T("student_research_request")
def _(g):
    stu = g.person()
    m = g.staff()
    a = g.staff()
    b = g.staff()
    return g.render("""Hi {m.first},
{stu.full} from {uni} [[asked|wants to know]] whether {a.first} and {b.first} could be interviewed for {stu.g:his~her} thesis [[next month|after the sale]]. [[I think it's fine if it's in paid time.|Happy with it if you are.]] {stu.g:His~Her} contact: {stu.email}.
{s}""", stu=stu, m=m, a=a, b=b, uni=g.company("uni"), s=g.pick(["Thanks!", "Cheers", "Best"]))


@T("student_research_request")
def _(g):
    stu = g.person()
    i = g.staff()
    return g.render("""I, {stu.full}, confirm that the interview with {i.full} on {d} will be [[recorded|audio-recorded]] and kept only [[for my thesis|until the thesis is marked]]. [[Quotes will be anonymised.|No names will be published.]] Contact: {stu.email}.
Signed: {stu.init_last}, {d}""", stu=stu, i=i, d=g.date("long"))


@T("student_research_request")
def _(g):
    stu = g.person()
    i = g.staff()
    d1 = g.date("long")
    d2 = g.date("long", step=(5, 14))
    return g.render("""Dear {i.first},
thank you again for [[your time|the interview]] on {d1}. As promised, [[I'll send|here is]] the transcript [[for you to check|to review]]; [[please send any changes|any corrections can go]] to {stu.email} before {d2}.
Best wishes,
{stu.first}""", stu=stu, i=i, d1=d1, d2=d2)


# ---------------------------------------------------------------------------
# catering_order
# ---------------------------------------------------------------------------

def _caterer(g):
    name = g.company("caterer")
    dom = "".join(ch for ch in name.lower().split(" ")[0] if ch.isalpha()) + "-" + \
        "".join(ch for ch in name.lower().split(" ")[1] if ch.isalpha()) + g.pick([".co.uk", ".com", ".ie"])
    return name, dom


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    s = g.staff()
    st = g.store()
    return g.render("""Hi {cat.first},
[[we'd like to book|following our call, please book]] [[a buffet|finger food]] for [[40|60|25]] people for our [[store event|customer evening]] on {d}, set-up at {time}. Address: {st.addr1} (entrance [[on the side street|through the yard]]). On the day, please call {s.full} on {s.phone}.
[[Thanks|Many thanks]],
{m.full}
{st.name}""", cat=cat, m=m, s=s, st=st, d=g.date("long"), time=g.time())


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    cat2 = g.contact(dom)
    m = g.staff()
    st = g.store()
    d1 = g.date("long")
    d2 = g.date("long", step=(3, 7))
    return g.render("""Dear {m.mr_last},
thank you for your order. Confirmed: {n} portions, {d1}, {time}, {st.street}. Please pay the deposit of {amt} [[to|into]] our account {ciban} ({name}) by {d2}.
[[Your contact on the day|On the day, your contact]] will be {cat2.full}, {cat2.phone}.
Best regards,
{cat.full}
{name}""", cat=cat, cat2=cat2, m=m, st=st, name=name, n=g.randint(25, 80), d1=d1, d2=d2, time=g.time(),
                    amt=g.money(150, 600), ciban=g.org_iban())


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    a, b, c, d = (g.staff() for _ in range(4))
    return g.render("""[[09:12|10:40|16:05]] {m.lower_given}: final numbers for [[friday|saturday]] – [[38|42|29]] guests. veggie: {a.first}, {b.first}, {c.first}; gluten-free: {d.first}
[[09:15|10:44|16:09]] {cat.lower_given}: noted 👍 [[will bring name cards for them|we'll label the plates]]""",
                    cat=cat, m=m, a=a, b=b, c=c, d=d)


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    s = g.staff()
    s2 = g.staff()
    return g.render("""Hi {cat.first},
small change for {d}: {s.first} is [[off sick|on holiday]], so {s2.full} will [[meet your driver|let you in]]. {s2.g:His~Her} mobile is {s2.phone}. [[Everything else stays the same.|The rest stays as agreed.]]
{m.first}""", cat=cat, m=m, s=s, s2=s2, d=g.date("long"))


# ---------------------------------------------------------------------------
# loyalty_points_transfer
# ---------------------------------------------------------------------------

@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    return g.render("""Hello,
could you transfer the {pts} points on my club account ({m1}) to my {k.g:son~daughter} {k.full}? {k.g:He~She} has {k.g:his~her} own account under {k.email}. [[I'm not buying much any more|I'm moving abroad]] and {k.g:he~she} [[goes climbing every weekend|needs new boots]].
Thank you,
{p.full}
{p.phone}""", p=p, k=k, pts=g.randint(500, 6000), m1=g.member_no())


@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    s = g.staff()
    return g.render("""Hi {p.first},
done – {pts} points are now on {k.first}'s account ({m2}). [[Your own account stays open|Your account remains active]] with a balance of [[zero|0]] points. [[If that wasn't what you meant|If anything looks wrong]], [[just reply|reply to this e-mail]] or call us.
[[Best wishes|Cheers]],
{s.first}""", p=p, k=k, s=s, pts=g.randint(500, 6000), m2=g.member_no())


@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    s = g.staff()
    return g.render("""Transfer approved {d}: {pts} pts from {p.LAST_first} ({p.email}) to {k.LAST_first} ({k.email}), [[same household|family member]], checked by {s.init_last}.""",
                    p=p, k=k, s=s, d=g.date("num"), pts=g.randint(500, 6000))


@T("loyalty_points_transfer")
def _(g):
    p = g.person(gender="f")
    h = g.relative(p, gender="m")
    return g.render("""Dear Talgrat team,
[[I don't use the internet|I'm not on e-mail]], so I'm writing. Please add the points from my [[husband's|late husband's]] card to mine. His name was {h.full}; I am {p.full}, {p.addr1}. Tel. {p.landline}.
Yours sincerely,
{p.full}""", p=p, h=h)


# ---------------------------------------------------------------------------
# parcel_mixup
# ---------------------------------------------------------------------------

@T("parcel_mixup")
def _(g):
    me = g.person()
    x = g.person(home=me.country)
    return g.render("""Hi,
[[the parcel I got today|today's delivery]] [[isn't mine|is for someone else]] – the label says {x.full}, {x.addr1}. Inside is a {prod.name}. My own order, {o}, [[hasn't arrived|is still missing]]. [[Can you arrange|Please arrange]] a swap?
{me.full}, {me.phone}""", me=me, x=x, prod=g.product(), o=g.order_no())


@T("parcel_mixup")
def _(g):
    x = g.person()
    s = g.staff()
    return g.render("""Dear {x.mr_last},
[[we're sorry|apologies]] – your parcel was delivered to another customer by mistake. The courier will collect it on {d} and bring it to {x.street}. If nobody is in, the driver will call {x.phone}.
Kind regards,
{s.full}""", x=x, s=s, d=g.date("long"))


@T("parcel_mixup")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Label swap at [[the depot|packing]]: {o1} ({a.full}, {a.street}) and {o2} ({b.full}, {b.street}) went out with each other's labels. [[Both customers informed|Both told]]; collection booked with {cour} for {d}. – {s.given_init}""",
                    a=a, b=b, s=s, o1=g.order_no(), o2=g.order_no(), cour=g.courier(), d=g.date("short"))


@T("parcel_mixup")
def _(g):
    x = g.person()
    s = g.staff()
    return g.render("""Hello {s.first}, [[thanks|ok]] – [[I'm home all day Friday|Friday works]]. [[The driver can call me on|Number for the driver:]] {x.phone}. The other parcel is [[by the door|packed and ready]].
{x.sig}""", x=x, s=s)


# ---------------------------------------------------------------------------
# birthday_collection (internal)
# ---------------------------------------------------------------------------

@T("birthday_collection")
def _(g):
    b = g.staff()
    o = g.staff()
    return g.render("""Hi all,
{b.first}'s [[birthday|50th|birthday]] is on {d}! I'm collecting for [[a voucher|a new climbing rope|a day at the spa]]. Cash in the envelope in the [[office|staff room]] or a transfer to {o.iban} ({o.full}), reference "{ref}". [[Please don't tell|Don't say a word to]] {b.g:him~her}!
{o.first}""", b=b, o=o, d=g.date("short"), ref=g.pick(["cake", "present", "surprise"]))


@T("birthday_collection")
def _(g):
    b = g.staff()
    a = g.staff()
    c = g.staff()
    return g.render("""Re: Collection for {b.first}
> [[Count me in|I'm in]], sent {amt} – {a.first}
[[Me too|Same here]], [[cash is in the envelope|paid in cash]]. [[Shall we also get a card?|Card idea: a drawing of the shop dog?]]
{c.sig}""", b=b, a=a, c=c, amt=g.money(5, 20))


@T("birthday_collection")
def _(g):
    b = g.staff()
    a, c, d, e = (g.staff() for _ in range(4))
    st = g.store()
    return g.render("""[[Dear|Happy birthday,]] {b.first}[[,|!]]
[[From all of us at|With love from the team at]] {st.name}: {a.first}, {c.first}, {d.first} and {e.first}""",
                    b=b, a=a, c=c, d=d, e=e, st=st)


@T("birthday_collection")
def _(g):
    b = g.staff()
    o = g.staff()
    a = g.staff()
    c = g.staff()
    return g.render("""[[Collection closed|Final count]]: {n} colleagues gave {amt}. Thank you {a.first}, {c.first} and everyone else! I've sent the voucher to {b.full}'s home address ({b.addr1}) so it arrives on the day.
{o.first}""", b=b, o=o, a=a, c=c, n=g.randint(8, 25), amt=g.money(80, 300))


# ---------------------------------------------------------------------------
# staff_conduct_complaint
# ---------------------------------------------------------------------------

@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    return g.render("""Subject: Complaint about my visit on {d}

To whom it may concern,
[[on Saturday|last week]] I visited {st.name} to return [[a {prod.name}|my boots]]. The {s.g:young man~young woman} at the till – {s.g:his~her} badge said {s.first} – [[was rude to me|refused to look at my receipt|laughed at my question]] in front of other customers.
I expect [[an apology|a reply]]. [[You can reach me on|Please contact me on]] {c.phone} or at {c.addr1}.
{c.full}""", c=c, s=s, st=st, d=g.date("long"), prod=g.product())


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    st = g.store()
    return g.render("""Dear {c.mr_last},
thank you for [[telling us|your letter]] about your visit on {d}. I'm sorry [[it went badly|you were treated like that]]. I have spoken to {s.first}, and {s.g:he~she} [[asked me to pass on an apology|would like to apologise]]. [[As a small thank-you for your patience|By way of apology]] we're sending a voucher to {c.street}.
Yours sincerely,
{m.full}
Store Manager, {st.name} · {st.phone}""", c=c, s=s, m=m, st=st, d=g.date("long"))


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    w = g.staff()
    st = g.store()
    d1 = g.date("num")
    d2 = g.date("num", step=(1, 4))
    return g.render("""[[HR note|For HR]]: complaint from {c.full} ({c.email}) dated {d1} about {s.full} ([[till|shoe department]], {st.name}). [[Customer says|Allegation]]: [[rude tone|refused a return]]. [[Colleague present|Witness]]: {w.first}. Spoke to {s.first} on {d2}; [[no previous complaints|first complaint]]. – {m.init_last}""",
                    c=c, s=s, m=m, w=w, st=st, d1=d1, d2=d2)


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    w = g.staff()
    return g.render("""Statement, {d}
I was at the till when a customer, {c.mr_last}, wanted to return [[a jacket|a pair of boots]] without a receipt. I explained our [[rules|returns policy]] twice. [[I did not laugh at {c.g:him~her}.|I may have sounded impatient.]] {w.full} was [[standing next to me|in the fitting area]] and heard [[everything|the conversation]].
{s.full}""", c=c, s=s, w=w, d=g.date("long"))


# ---------------------------------------------------------------------------
# name_misspelling_complaint
# ---------------------------------------------------------------------------

@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    return g.render("""Hello,
[[your invoice|the engraving on my {prod.name}|my club card]] says "{c.misspelt_full}" – my name is {c.full}. [[This is the third time|It's not the first time]] it has been spelled wrong. Could you [[please|]] correct it on my account ({c.email})?
[[Thanks|Regards]],
{c.full}""", c=c, prod=g.product())


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""Dear {c.mr_last},
[[sorry about that|apologies for the mistake]]! We have changed the [[spelling|name]] on your account from {c.misspelt_last} to {c.last} and are sending a corrected [[invoice|card]] to {c.addr1}.
Best regards,
{s.first}""", c=c, s=s)


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""Name fix in CRM: {c.misspelt_full} → {c.full} ([[customer request|typo at the till]]); also checked {c.street} and {c.email}. – {s.init_last}""",
                    c=c, s=s)


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    return g.render("""Small thing: [[on the parcel label|in your e-mails|on the order confirmation]] my name is written {c.misspelt_full}. [[The correct spelling is|It should be]] {c.full}. [[Thank you!|Cheers]]
{c.first}""", c=c)


# ---------------------------------------------------------------------------
# account_manager_change
# ---------------------------------------------------------------------------

def _supplier(g):
    name = g.company("supplier")
    w = [x for x in name.lower().replace(".", "").split(" ") if x not in ("ltd", "inc", "co")]
    dom = "".join(ch for ch in "-".join(w[:2]) if ch.isalpha() or ch == "-") + g.pick([".co.uk", ".com"])
    return name, dom


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    boss = g.contact(dom)
    return g.render("""Dear partners,
from {d}, {old.full} [[will be moving to a new role at {name}|is leaving {name}]]. Your new account manager is {new.full}. You can reach {new.g:him~her} at {new.email} or {new.phone}. [[Our bank details do not change.|Bank details stay the same.]]
[[Best regards|Kind regards]],
{boss.full}
Managing Director, {name}""", old=old, new=new, boss=boss, name=name, d=g.date("long"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    new = g.contact(dom)
    b = g.staff()
    b2 = g.staff()
    return g.render("""Hi {new.first},
welcome! This is {b.full}, buyer for [[technical jackets|packs and accessories]] at Talgrat. [[Could we have a call|Could we talk]] on {d} about the [[autumn|winter]] orders? My direct line is {b.landline}; my colleague {b2.full} ({b2.email}) [[handles samples|does the invoices]].
Best,
{b.first}""", new=new, b=b, b2=b2, d=g.date("long"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    s = g.staff()
    pl = g.place()
    return g.render("""Supplier master data, {name}: contact {old.full} → {new.full}, {new.email}, {new.phone}. [[Warehouse|Delivery]] address unchanged ({pl.addr1}). Changed by {s.init_last} on {d}.""",
                    old=old, new=new, s=s, pl=pl, name=name, d=g.date("num"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    b = g.staff()
    return g.render("""Dear {b.first},
[[this is my last week at {name}|I'm leaving {name}]] – thank you for [[eight|many]] good years! [[If you want to stay in touch|Let's keep in touch]], my private address is {old.email2}. {new.first} [[will look after you|takes over]] from {d}.
[[All the best|Warm wishes]],
{old.first}""", old=old, new=new, b=b, name=name, d=g.date("long"))


# ---------------------------------------------------------------------------
# texts without personal data
# ---------------------------------------------------------------------------

def _p(g, lo, hi):
    return g.money(lo, hi)


@N("cafe_menu")
def _(g):
    return g.render("""[[Hut café|Café at the store|Upstairs café]] – [[today|this week]]
Hunter's stew with sourdough {a}
Baker's breakfast (eggs, beans, mushrooms) {b}
Rose hip tea {c}⟦
Will you have room for pudding? Sticky toffee [[pudding|cake]] {d}⟧""",
                    a=_p(g, 8, 14), b=_p(g, 7, 12), c=_p(g, 2, 4), d=_p(g, 4, 7))


@N("cafe_menu")
def _(g):
    return g.render("""[[Soup of the day|Today's soup]]: [[wild garlic|leek and potato|spiced lentil]], {a}. [[Only in May|While May lasts]]: rhubarb crumble {b}. Our cook [[recommends|suggests]] the [[hunter's|ploughman's]] plate ({c}) after a long walk.""",
                    a=_p(g, 4, 8), b=_p(g, 4, 7), c=_p(g, 9, 15))


@N("cafe_menu")
def _(g):
    return g.render("""Specials board, {d}:
- Fox & Hound pie [[with mash|with chips]] {a}
- Winter warmer (mulled apple) {b}
- A baker's dozen of scones for groups, {c}
[[Allergens: ask at the counter.|Gluten-free bread available.]]""",
                    d=g.date("long"), a=_p(g, 10, 16), b=_p(g, 3, 5), c=_p(g, 15, 25))


@N("cafe_menu")
def _(g):
    return g.render("""Will the café be open on bank holidays? Yes – [[May Day|Easter Monday|Boxing Day]] from {t} to 4 pm. [[Saying grace before the harvest supper|The harvest supper]] on {d} costs {a} per person, [[children half price|under-12s free]].""",
                    t=g.pick(["9 am", "10 am"]), d=g.date("long"), a=_p(g, 15, 30))


@N("wildlife_notes")
def _(g):
    return g.render("""Ranger notes, {d}: [[a wolf|a single wolf]] was [[reported|filmed]] above the [[Trettachtal|valley road]] again; [[fox tracks|fresh fox tracks]] along the river; {n} birds counted at the [[feeder|hide]]. [[Winter|Early winter]] rules apply: dogs on leads.""",
                    d=g.date("long"), n=g.randint(14, 80))


@N("wildlife_notes")
def _(g):
    return g.render("""What lives on the ridge: the fox, the [[golden eagle|raven]], the mountain hare in its [[winter|white]] coat. In May the [[meadow birds|wheatears]] return; [[in winter|from November]] the [[hunter's moon|long nights]] bring the owls closer to the huts.""")


@N("wildlife_notes")
def _(g):
    pc, town = g.pick([("87561", "Oberstdorf"), ("LA22", "Ambleside"), ("CA12", "Keswick"), ("6020", "Innsbruck"),
                       ("PH33", "Fort William")])
    return g.render("""Guided walk "Hunter, fox and hare" – {d}, {t}. Meeting point: car park, {pc} {town}. Bring [[binoculars|warm layers]]; the walk takes about [[two|three]] hours and costs {a}.""",
                    d=g.date("long"), t=g.time(), pc=pc, town=town, a=_p(g, 5, 15))


@N("wildlife_notes")
def _(g):
    return g.render("""Bird of the month: the [[rose-coloured starling|bullfinch|wren]]. [[Will you spot one?|Keep an eye out.]] It [[visits|turns up at]] feeders from {m} and [[likes|prefers]] [[hedges|scrub]] near water. Count sheet no. {n}.""",
                    m=g.pick(["May", "March", "late winter"]), n=g.randint(100, 999))


@N("price_change_notice")
def _(g):
    rows = []
    for _ in range(g.randint(2, 4)):
        p = g.product()
        rows.append("%s (%s, GTIN %s) %s → %s" % (p.name, p.sku, g.gtin(), g.money(20, 300), p.price))
    return g.render("""Price changes from {d}:
{rows}""", d=g.date("long"), rows="\n".join(rows))


@N("price_change_notice")
def _(g):
    p = g.product()
    return g.render("""Shelf labels to reprint: GTIN {gt} – {p.name} in {p.colour}, [[new price|now]] {p.price}[[, sale ends {d}|]].""",
                    p=p, gt=g.gtin(), d=g.date("long"))


@N("price_change_notice")
def _(g):
    p, q = g.product(), g.product()
    return g.render("""[[Winter|Spring]] sale ends {d}: {p.name} goes back to {p.price}; {q.name} stays at {m} until {d2}. [[Will|Do]] the online prices change at midnight? Yes, [[automatically|from version 4.12.1 of the price service]].""",
                    p=p, q=q, m=g.money(20, 200), d=g.date("long"), d2=g.date("long", step=(5, 20)))


@N("price_change_notice")
def _(g):
    p = g.product()
    return g.render("""Note for the tills: scanning {gt} should show {p.price} ({p.sku}). If it shows {old}, the [[label|price file]] from {d} is still loaded – [[restart the till|reload the price file]].""",
                    p=p, gt=g.gtin(), old=g.money(20, 300), d=g.date("num"))


@N("depot_routing_table")
def _(g):
    rows = []
    for pc, town in g.rng.sample([("CA12", "Keswick"), ("LA9", "Kendal"), ("LA22", "Ambleside"), ("EH6", "Edinburgh"),
                                  ("M4", "Manchester"), ("PH33", "Fort William"), ("IV2", "Inverness"),
                                  ("87435", "Kempten"), ("6020", "Innsbruck"), ("8001", "Zürich")], 4):
        rows.append("%s %s → depot %d (route ref %s)" % (pc, town, g.randint(10, 99), g.phone_like_ref()))
    return g.render("""Depot routing [[from Oberhalden|for outbound parcels]], valid from {d}:
{rows}""", d=g.date("long"), rows="\n".join(rows))


@N("depot_routing_table")
def _(g):
    return g.render("""Route {c}: {t1} ({p1}), {t2} ({p2}), then back via {t3}. Driver shift starts {t}. Route reference {ref} – [[this is not a phone number|not a phone number]].""",
                    c="%s-%d" % (g.pick(["N", "S", "LD", "AL"]), g.randint(1, 40)),
                    t1=g.pick(["Kendal", "Penrith", "Windermere"]), p1=g.pick(["LA9", "CA11", "LA23"]),
                    t2=g.pick(["Keswick", "Cockermouth"]), p2=g.pick(["CA12", "CA13"]), t3=g.pick(["Shap", "Ambleside"]),
                    t=g.time(), ref=g.phone_like_ref())


@N("depot_routing_table")
def _(g):
    rows = []
    for t, pc in g.rng.sample([("Sonthofen", "87527"), ("Oberstdorf", "87561"), ("Füssen", "87629"), ("Lindau", "88131"),
                               ("Kaufbeuren", "87600"), ("Memmingen", "87700"), ("Immenstadt", "87509")], 3):
        rows.append("| %s | %s | %s | %s |" % (pc, t, g.randint(10, 99), g.time()))
    return g.render("""¦ Postcode ¦ Town ¦ Depot ¦ Cut-off ¦
¦---¦---¦---¦---¦
{rows}""", rows="\n".join(rows))


@N("depot_routing_table")
def _(g):
    return g.render("""Pallet pick-ups this week: {t1} ({p1}) on {d1}, {t2} ({p2}) on {d2}. [[Collection|Consignment]] numbers {r1} and {r2} are [[order references|pallet references]], [[please don't dial them|not phone numbers]].""",
                    t1=g.pick(["Kendal", "Edinburgh", "Glasgow"]), p1=g.pick(["LA9", "EH7", "G3"]),
                    t2=g.pick(["Keswick", "Leeds", "York"]), p2=g.pick(["CA12", "LS11", "YO1"]),
                    d1=g.date("short"), d2=g.date("short", step=(1, 3)), r1=g.phone_like_ref(), r2=g.phone_like_ref())


def _ver(g):
    return "%d.%d.%d" % (g.randint(2, 6), g.randint(0, 19), g.randint(0, 9))


@N("app_update_notes")
def _(g):
    return g.render("""What's new in {v}:
- The wish list [[now syncs|syncs again]] between phone and web.
- Will now remember your [[size|store]] after you log out.
- [[Fixed a crash|Fixed a bug]] when scanning GTIN {gt} in the store.""", v=_ver(g), gt=g.gtin())


@N("app_update_notes")
def _(g):
    return g.render("""Version {v} (build {b}) – the [[May|Winter]] update. [[New trail filters|Offline maps]] for [[the Alps|the Lake District]], faster checkout, and the colours Slate, Fir Shade and Hut Orange [[are now|now]] shown [[correctly|in the right tone]].""",
                    v=_ver(g), b=g.randint(1000, 9999))


@N("app_update_notes")
def _(g):
    v = _ver(g)
    a, b, c = v.split(".")
    return g.render("""Known issue in {v}: on Android {a} the [[store finder|order history]] [[may|can]] show an empty list. [[Fixed in|Will be fixed in]] {v2}, [[planned for|out on]] {d}.""",
                    v=v, a=g.pick(["12", "13", "14"]), v2="%s.%s.%d" % (a, b, int(c) + 1), d=g.date("long"))


@N("app_update_notes")
def _(g):
    p = g.product()
    return g.render("""Till app {v}: new layout for the [[winter|spring]] sale, [[bigger|clearer]] price labels, and the {p.name} [[now listed|listed again]] under {p.sku}. Restart the till after [[the update|installing]]; the old version {v2} will stop working on {d}.""",
                    v=_ver(g), v2=_ver(g), p=p, d=g.date("long"))


@N("retail_partner_directory")
def _(g):
    return g.render("""Stockists in [[the Lake District|Cumbria]]: Baker & Hunter Outfitters ([[Kendal|Penrith]]), Fox & Miller Mountain Sports ([[Keswick|Cockermouth]]), Young & Rose Outdoor ([[Ambleside|Windermere]]) and King & Bell Climbing ([[Carlisle|Ulverston]]). [[All carry|Each stocks]] the {p.name}.""",
                    p=g.product())


@N("retail_partner_directory")
def _(g):
    return g.render("""Partner shops in [[Germany|the Allgäu]]: Koch & Bauer Bergsport GmbH ([[Sonthofen|Kempten]]), Sport Fuchs ([[Oberstdorf|Füssen]]), Vogel Outdoor KG ([[Lindau|Kaufbeuren]]) and Winter & Sohn ([[Immenstadt|Memmingen]]). Orders from partners ship [[on Tuesdays|twice a week]].""")


@N("retail_partner_directory")
def _(g):
    return g.render("""New partners this season: Stone & Price Trail Shop ({t1}), Frost Brothers Ltd ({t2}), Wolf Alpin ({t3}) and Hunter's Lodge Outdoor ({t4}). Welcome packs sent on {d}.""",
                    t1=g.pick(["Bristol", "Bath"]), t2=g.pick(["Leeds", "York"]), t3=g.pick(["Innsbruck", "Bludenz"]),
                    t4=g.pick(["Fort William", "Aviemore"]), d=g.date("long"))


@N("retail_partner_directory")
def _(g):
    rows = g.rng.sample(["| Baker & Hunter Outfitters | Kendal | since 2019 |", "| Fox & Miller Mountain Sports | Keswick | since 2021 |",
                         "| Koch & Bauer Bergsport GmbH | Sonthofen | since 2017 |", "| Sport Fuchs | Oberstdorf | since 2020 |",
                         "| Glass & Finch Packaging | Manchester | since 2022 |", "| Vogel Outdoor KG | Lindau | since 2018 |"], 3)
    return g.render("""¦ Partner ¦ Town ¦ Status ¦
¦---¦---¦---¦
{rows}""", rows="\n".join(r.replace("|", "¦") for r in rows))


@N("queue_statistics")
def _(g):
    return g.render("""Service queue, week {w}: {n} new tickets, oldest open {t}, average first reply {h} h. [[Top reason|Most common topic]]: [[late parcels|size exchanges|refund status]].""",
                    w=g.randint(1, 52), n=g.randint(200, 900), t=g.ticket_no(), h=g.randint(2, 30))


@N("queue_statistics")
def _(g):
    return g.render("""Top reasons last month:
1. Where is my order ({a} %)
2. [[Exchange|Size swap]] ({b} %)
3. [[Refund not received|Voucher questions]] ({c} %)
Order {o} [[was reopened|came back]] {k} times.""",
                    a=g.randint(25, 40), b=g.randint(10, 24), c=g.randint(5, 9), o=g.phone_like_ref(), k=g.randint(2, 5))


@N("queue_statistics")
def _(g):
    return g.render("""Escalations: {t1} (parcel {p1}), {t2} ([[damaged|lost]] in transit), {t3} ([[duplicate|double]] charge, order {o}). [[All three|Each one]] due by {d}.""",
                    t1=g.ticket_no(), t2=g.ticket_no(), t3=g.ticket_no(), p1=g.parcel_no(), o=g.phone_like_ref(),
                    d=g.date("long"))


@N("queue_statistics")
def _(g):
    return g.render("""Reminder: order numbers like {o} look like phone numbers but are [[order references|web-shop order IDs]] – don't dial them. Case numbers start with CS-, e.g. {t}.""",
                    o=g.phone_like_ref(), t="CS-%d" % g.randint(10000, 99999))


@N("season_lookbook")
def _(g):
    p = g.product()
    return g.render("""[[Autumn/Winter|Spring/Summer]] {y}: the {p.name} in {p.colour}, {p.price}. [[Pair it with|Wear it with]] the Trittweg socks in Rock Grey [[for cold May mornings|when winter drags on]].""",
                    p=p, y=g.pick(["2025", "2026"]))


@N("season_lookbook")
def _(g):
    return g.render("""Colour of the season: [[Alpenglow|Hut Orange|Ridge Blue|Gentian]]. [[It is not pink and not rose|Don't call it rose or salmon]] – it's the light on the ridge at [[dusk|dawn]]. [[Available on|Shown with]] the Kaltkar Down Jacket and the Firstwand 3-Layer Rain Jacket.""")


@N("season_lookbook")
def _(g):
    a, b = g.product(("TG-BL", "TG-FL", "TG-SI")), g.product(("TG-RJ", "TG-DJ"))
    return g.render("""Styling note: wear the {a.name} ({a.colour}) under the {b.name} ({b.colour}). [[Will it layer?|Does it layer?]] Yes – we tested it [[in winter|on the ridge]] at [[−10 °C|2,000 m]].""",
                    a=a, b=b)


@N("season_lookbook")
def _(g):
    p = g.product()
    return g.render("""Lookbook page {n}: {p.name}, {p.sku}, {p.colour}. Photographed at [[Hunter's Crag|Fox Tor|Wolf Ridge]] on {d}. [[Prices|Price]] from {p.price}.""",
                    n=g.randint(2, 40), p=p, d=g.date("long"))


@N("wash_care_guide")
def _(g):
    p = g.product(("TG-BL", "TG-FL", "TG-HT", "TG-WT"))
    return g.render("""Will it shrink? Not if you wash the {p.name} at 30 °C [[without softener|on a gentle cycle]] and dry it flat. [[Close all zips first.|Empty the pockets first.]]""",
                    p=p)


@N("wash_care_guide")
def _(g):
    return g.render("""May I tumble-dry the Kaltkar Down Jacket? Yes – [[on low heat|at a low setting]] with two [[tennis balls|dryer balls]], [[about|for]] {n} minutes, until the down is fluffy again.""",
                    n=g.pick(["60", "90", "120"]))


@N("wash_care_guide")
def _(g):
    p = g.product()
    return g.render("""Care for {p.name} ({p.sku}):
- Wash at 30 °C, no fabric softener
- Tumble dry [[low|on low]] for 20 minutes to [[reactivate|refresh]] the DWR
- Do not bleach, do not dry-clean""", p=p)


@N("wash_care_guide")
def _(g):
    return g.render("""Grace period: [[if a care label was wrong|if you followed the care label]], we [[take the item back|repair it]] for up to {n} days. [[Will the repair cost anything?|Is it free?]] No – [[our workshop in the Allgäu|the workshop]] does it for free.""",
                    n=g.pick(["30", "60", "90"]))


@N("stocktake_closure_notice")
def _(g):
    a, b = g.rng.sample([("Keswick", "CA12"), ("Kendal", "LA9"), ("Edinburgh", "EH1"), ("Manchester", "M4")], 2)
    return g.render("""Talgrat {a} is closed on {d} for stocktaking. [[Our store in|Talgrat]] {t} ({pc}) is open as usual[[, 9 am to 6 pm|]].""",
                    a=a[0], d=g.date("long"), t=b[0], pc=b[1])


@N("stocktake_closure_notice")
def _(g):
    y = g.pick([2025, 2026])
    d1, d2 = {2025: ("5 May 2025", "26 May 2025"), 2026: ("4 May 2026", "25 May 2026")}[y]
    return g.render("""Bank holiday hours: May Day ({d1}) [[10 am–4 pm|closed]], Spring bank holiday ({d2}) [[10 am–4 pm|11 am–5 pm]]. Online orders placed after {t} ship the next working day.""",
                    d1=d1, d2=d2, t=g.time())


@N("stocktake_closure_notice")
def _(g):
    return g.render("""Inventory day {d}: count zones A–{z}; [[scanners|hand-held scanners]] on firmware {v}. [[Expected|Target]] finish {t}. [[Discrepancies above|Differences over]] {n} units go to the area manager.""",
                    d=g.date("long"), z=g.pick(["D", "E", "F"]), v=_ver(g), t=g.time(), n=g.randint(3, 12))


@N("stocktake_closure_notice")
def _(g):
    return g.render("""Stores closed for stocktake on {d}: {a}, {b} and {c}. Click & collect orders for these stores [[are held|wait]] until {d2}.""",
                    d=g.date("long"), d2=g.date("long", step=(1, 3)),
                    a=g.pick(["Keswick CA12", "Kendal LA9"]), b=g.pick(["Edinburgh EH1", "Glasgow G3"]),
                    c=g.pick(["Innsbruck 6020", "Kempten 87435", "Zürich 8001"]))
