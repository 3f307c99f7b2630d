"""English prose templates of the held-out half of the twenty-seventh PII bank (heldout27)."""

from pii27_held_core import fmt, lines, J, L


def hi(c, p, formal=None):
    formal = c.p(0.45) if formal is None else formal
    if formal:
        return fmt("Dear {h} {s},", h=c.hon(p), s=p.sur())
    return fmt(c.ch(["Hi {g},", "Hello {g},", "Hi {g} –", "Morning {g},", "Dear {g},"]), g=p.given())


def bye(c):
    return c.ch(["Best,", "Kind regards,", "Thanks,", "Cheers,", "Many thanks,", "Best wishes,", "All the best,"])


def sign(c, p, form=None):
    form = form or c.ch(["full", "full", "given", "init"])
    return {"full": p.full, "given": p.given, "init": p.init_sur}[form]()


# ------------------------------------------------------------------------------------------
# crm_note
# ------------------------------------------------------------------------------------------

def crm_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("{d} {t} – {h} {s} called about order {o}: {why}.", d=c.date(), t=c.time(), h=c.hon(p), s=p.sur(),
            o=c.order_no(), why=c.ch(["wrong size delivered", "zip on the hood jammed", "refund not showing yet",
                                      "parcel marked delivered but not received", "wants to swap colour"])),
        fmt("Call back on {ph} {when}.", ph=c.phone(), when=c.ch(["after 5pm", "tomorrow morning", "before Friday", "any time"])),
        c.opt(0.5, fmt("Prefers e-mail: {e}", e=c.email(p))),
        c.opt(0.6, fmt("– {a}", a=c.ch([a.given, a.init_sur])())),
    )


def crm_2(c):
    p = c.person()
    old = c.addr_parts()
    new = c.addr_parts(old["cc"])
    return lines(
        fmt("Address change for {n} (customer no. {k}).", n=c.ch([p.full, p.lf])(), k=c.digits(7, True)),
        fmt("Old: {o}", o=c.address(parts=old, form="line")),
        fmt("New: {a}", a=c.address(parts=new, form=c.ch(["line", "two"]))),
        c.opt(0.5, fmt("Phone unchanged ({ph}), e-mail updated to {e}.", ph=c.phone(old["cc"]), e=c.email(p))),
        c.opt(0.4, "Loyalty card re-issued, old one blocked."),
    )


def crm_3(c):
    p = c.person(simple=True)
    a = c.person()
    e1, e2 = c.email(p), c.email(p)
    return lines(
        "Duplicate profiles merged:",
        fmt("  #{k1} \"{lf}\" ({e1})", k1=c.digits(6, True), lf=p.LF() if c.p(0.5) else p.lf(), e1=e1),
        fmt("  #{k2} \"{fn}\" ({e2})", k2=c.digits(6, True), fn=p.full(), e2=e2 if e2.plain() != e1.plain() else c.phone()),
        fmt("Kept the newer one. Order history moved across. Done by {a} on {d}.", a=a.given(), d=c.date()),
    )


def crm_4(c):
    p = c.person()
    comp = c.company()
    dom = c.domain_of(comp)
    n = c.ri(8, 60)
    return lines(
        fmt("Lead: {n}, {role} at {co}.", n=p.full(), role=c.ch(["club secretary", "events lead", "purchasing", "head guide", "chair"]), co=comp),
        fmt("Interested in {k}× {prod} for the {what}, budget around {m}.", k=n, prod=c.pshort(),
            what=c.ch(["club kit", "guides", "volunteer team", "autumn trip"]), m=c.money(800, 9000)),
        fmt("{ph} · {e}", ph=c.phone(), e=c.work_email(p, dom)),
        c.opt(0.6, fmt("Next step: samples to {ad}.", ad=c.address(form="line"))),
        c.opt(0.4, fmt("Spoke to {h} {s} again on {d}, quote sent.", h=c.hon(p), s=p.sur(), d=c.date())),
    )


def crm_5(c):
    p = c.person()
    a = c.person()
    b = c.person()
    return lines(
        fmt("Contact history – {n}", n=p.full()),
        fmt("{d1}: bought {pr} in {st}, paid with card.", d1=c.date(), pr=c.pshort(), st=c.store()),
        fmt("{d2}: complaint about seam, {a} offered repair.", d2=c.date(), a=a.given()),
        fmt("{d3}: refund of {m} to {ib} approved by {b}.", d3=c.date(), m=c.money(), ib=c.iban(), b=b.init_sur()),
        c.opt(0.5, fmt("{d4}: asked to be called on {ph} only.", d4=c.date(), ph=c.phone())),
    )


# ------------------------------------------------------------------------------------------
# support_email
# ------------------------------------------------------------------------------------------

def sup_1(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p),
        "",
        fmt("Thanks for your patience. We've sent a replacement {pr} ({sz}) to {ad} – it should be with you in {n} working days.",
            pr=c.pshort(), sz=c.size(), ad=c.address(form="line"), n=c.ri(2, 5)),
        c.opt(0.5, fmt("If anything's off, just reply here or call us on {ph}.", ph=c.phone(mobile=False))),
        "",
        bye(c),
        fmt("{a} | Talgrat Customer Care", a=a.given()),
    )


def sup_2(c):
    p = c.person()
    return lines(
        c.ch(["Hello,", "Hi there,", "To whom it may concern,", "Hi Talgrat team,"]),
        fmt("my order {o} arrived {what}. {ask}", o=c.order_no(),
            what=c.ch(["with the wrong size", "without the rain cover", "with a torn box", "two weeks late"]),
            ask=c.ch(["Could you call me?", "Can someone ring me please?", "Please get back to me."])),
        fmt("Best number: {ph}", ph=c.phone()),
        c.opt(0.5, fmt("Delivery address was {ad}.", ad=c.address(form="line"))),
        "",
        c.ch(["Regards,", "Thanks,", "Cheers,"]),
        c.ch([p.full, p.full, p.given, p.upper])(),
    )


def sup_3(c):
    p = c.person()
    ip = c.ip()
    return lines(
        hi(c, p, True),
        "",
        fmt("we noticed a new sign-in to your Talgrat account on {d} at {t} from {ip} ({where}).", d=c.date(), t=c.time(),
            ip=ip, where=c.ch(["Leeds, UK", "Denver, US", "Munich, Germany", "Dublin, Ireland", "an unknown location"])),
        "If this was you, there's nothing to do. If not, please reset your password and let us know.",
        "",
        bye(c),
        "Talgrat Account Security",
        c.opt(0.4, fmt("This message was sent to {e}.", e=c.email(p))),
    )


def sup_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Case summary {t}", t=c.ticket_no()),
        fmt("Customer: {n}", n=c.ch([p.full, p.lf])()),
        fmt("E-mail: {e}", e=c.email(p)),
        fmt("Phone: {ph}", ph=c.phone()),
        fmt("Address: {ad}", ad=c.address(form="line")),
        fmt("Issue: {i}", i=c.ch(["delamination on the hood of a Firstwand", "broken buckle on a Hochsattel 30",
                                  "down leaking from a Kaltkar baffle", "sole coming off a Steinlauf"])),
        fmt("Agreed: {x}", x=c.ch(["free repair, label sent", "refund to original card", "exchange for next size up"])),
        fmt("Handled by {a}", a=a.full()),
    )


def sup_5(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p, False),
        "",
        fmt("I've updated the card on your subscription as requested. The card ending {last} is now removed; the new one, {cd}, will be charged on {d}.",
            last=c.digits(4), cd=c.card(), d=c.daymonth()),
        "Please don't send full card numbers by e-mail in future – the account page is safer.",
        "",
        bye(c),
        fmt("{a}", a=a.given()),
    )


# ------------------------------------------------------------------------------------------
# quoted_reply
# ------------------------------------------------------------------------------------------

def q_1(c):
    p = c.person()
    a = c.person()
    return lines(
        c.ch(["Thanks, that works for me.", "Perfect, see you then.", "Great, thank you!", "OK – I'll drop it off on Saturday."]),
        c.opt(0.5, c.ch([p.given, p.full])()),
        "",
        fmt("On {d}, at {t}, {a} <{e}> wrote:", d=c.date(style="long"), t=c.time(), a=a.full(), e=c.shop_email(a)),
        fmt("> Hi {g}, we can repair the {pr} in our Allgäu workshop.", g=p.given(), pr=c.pshort()),
        "> Just bring it to the store or send it with the label attached.",
        c.opt(0.5, fmt("> Call me on {ph} if you have questions.", ph=c.phone())),
    )


def q_2(c):
    p = c.person()
    a = c.person()
    b = c.person()
    return lines(
        fmt("Hi {b}, can you take this one? Customer is waiting since {d}.", b=b.given(), d=c.daymonth()),
        "",
        "-----Original Message-----",
        fmt("From: {n} <{e}>", n=p.full(), e=c.email(p)),
        fmt("Sent: {d} {t}", d=c.date(), t=c.time()),
        fmt("To: {e}", e=c.shop_email()),
        fmt("Subject: Re: return {o}", o=c.order_no()),
        "",
        fmt("I sent the jacket back on {d}. Still no refund. {ask}", d=c.daymonth(), ask=c.ch(["Please check.", "What's happening?"])),
        c.opt(0.7, fmt("{g}", g=p.given())),
    )


def q_3(c):
    p = c.person()
    q = c.person()
    return lines(
        c.ch(["FYI – see below.", "Forwarding for the file.", "Sharing this, see the new address."]),
        "",
        "---------- Forwarded message ---------",
        fmt("From: {n} <{e}>", n=q.full(), e=c.email(q)),
        fmt("Date: {d}", d=c.date(style="long")),
        fmt("Subject: new address"),
        "",
        fmt("Hello, please send future orders to {ad}. Thanks, {g}", ad=c.address(form="line"), g=q.given()),
        c.opt(0.5, fmt("-- {p}", p=p.init_sur())),
    )


def q_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("{g}, I've just tried again and it still doesn't go through.", g=a.given()),
        "",
        fmt("> On {d} {a} wrote:", d=c.date(), a=a.full()),
        "> Could you try the payment once more? If it fails, send us the last four digits only.",
        ">",
        fmt(">> On {d}, {n} <{e}> wrote:", d=c.date(), n=p.full(), e=c.email(p)),
        fmt(">> The checkout keeps failing with my Visa. Number is {cd}, expiry {m}/{y}.", cd=c.card(brand="visa"),
            m="%02d" % c.ri(1, 12), y=c.ri(26, 31)),
    )


# ------------------------------------------------------------------------------------------
# signed_review
# ------------------------------------------------------------------------------------------

STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4/5", "4 stars", "3/5"]


def rev_1(c):
    p = c.person()
    return lines(
        fmt("{s} {t}", s=c.ch(STARS), t=c.ch(["Great fit", "Warm but not bulky", "Does the job", "Love the colour",
                                              "Pockets are spot on", "Runs small"])),
        fmt("Wore the {pr} on {w}. {x}", pr=c.pshort(), w=c.ch(["a wet week in Snowdonia", "the West Highland Way",
                                                              "a windy day on Helvellyn", "my commute all winter"]),
            x=c.ch(["No complaints.", "Would buy again.", "Sleeves a touch short.", "Zip is a bit stiff."])),
        fmt("— {n}", n=c.ch([p.given_init, p.init_sur, p.full, p.lower_given])()),
    )


def rev_2(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("\"{q}\"", q=c.ch(["Best socks I've owned.", "Packs down tiny.", "Finally a pack that fits a short back.",
                              "Held up on a 20 km day."])),
        fmt("{n}, {town}", n=c.ch([p.given_init, p.full])(), town=c.town()[0].split(",")[0]),
        "",
        fmt("Reply from Talgrat: Thanks so much, {g}! Glad it worked for you. – {a}", g=p.given(), a=a.given()),
    )


def rev_3(c):
    p = c.person()
    return lines(
        fmt("Reviewed by {n} on {d} · Verified buyer", n=c.ch([p.upper, p.given_init, p.init_sur])(), d=c.date()),
        fmt("Rating: {s}", s=c.ch(STARS)),
        c.ch(["Comfortable from the first mile, no blisters.", "The hood stays put in wind.",
              "Colour is more green than shown.", "Nice fabric, but check the size chart."]),
    )


def rev_4(c):
    p = c.person()
    q = c.person()
    return lines(
        fmt("{s} bought this for my {who}, {g}, who wears it every day.", s=c.ch(STARS),
            who=q.f(c.ch(["mum", "partner", "sister", "daughter"]), c.ch(["dad", "partner", "brother", "son"])), g=q.given()),
        c.ch(["Quality is great.", "Fast delivery too.", "Arrived in two days."]),
        fmt("{n}", n=c.ch([p.lower_full, p.given_init])()),
    )


# ------------------------------------------------------------------------------------------
# email_signature
# ------------------------------------------------------------------------------------------

def sig_1(c):
    p = c.person()
    return lines(
        c.ch(["Best,", "Kind regards,", "Thanks,"]),
        "",
        c.ch([p.full, p.upper])(),
        c.ch(["Store Manager, Talgrat " + c.store(), "Area Manager North", "Visual Merchandiser", "Customer Care Lead"]),
        c.opt(0.4, c.ch(["(she/her)", "(he/him)", "(they/them)"])),
        fmt("T {ph}", ph=c.phone(mobile=False)),
        c.opt(0.6, fmt("M {ph}", ph=c.phone(mobile=True))),
        fmt("{e}", e=c.shop_email(p)),
    )


def sig_2(c):
    p = c.person()
    comp = c.company()
    return lines(
        "--",
        fmt("Dr {n}", n=p.full()) if c.p(0.2) else p.full(),
        fmt("{co}", co=comp),
        c.address(form=c.ch(["line", "two"])),
        fmt("Tel: {ph} | Fax: {fx}", ph=c.phone(mobile=False), fx=c.phone(mobile=False)) if c.p(0.4) else fmt("Tel: {ph}", ph=c.phone()),
        c.work_email(p, c.domain_of(comp)),
    )


def sig_3(c):
    p = c.person()
    return lines(
        c.ch(["Sounds good, talk tomorrow.", "Yes please, go ahead.", "Will do."]) if c.p(0.7) else "See you then.",
        "",
        fmt("{g}", g=p.given()),
        "",
        c.ch(["Sent from my iPhone", "Sent from my iPad", "Sent from Outlook for Android", "Get Outlook for iOS"]),
    )


def sig_4(c):
    p = c.person()
    return lines(
        fmt("{n} | {role}", n=p.full(), role=c.ch(["Buyer, Footwear", "Head of Retail Ops", "Payroll", "Warehouse Supervisor"])),
        fmt("Talgrat Outdoor · {ph} · {e}", ph=c.phone(), e=c.shop_email(p)),
        c.opt(0.5, "Working hours Mon–Thu. Replies may be delayed on Fridays."),
    )


# ------------------------------------------------------------------------------------------
# team_chat
# ------------------------------------------------------------------------------------------

def chat_1(c):
    a, b, d = c.person(), c.person(), c.person()
    h = c.ri(8, 17)
    m = c.ri(0, 40)
    rows = [
        fmt("[{t}] {a}: anyone free to cover saturday? {b} is off sick", t="%02d:%02d" % (h, m), a=a.lower_given(), b=b.given()),
        fmt("[{t}] {d}: i can do 10–4", t="%02d:%02d" % (h, m + 3), d=d.lower_given()),
        fmt("[{t}] {a}: legend, thanks @{hd}", t="%02d:%02d" % (h, m + 5), a=a.lower_given(), hd=c.ch(["floor-team", "kendal-crew", "weekend", "store"])),
    ]
    if c.p(0.5):
        rows.append(fmt("[{t}] {d}: her number if you need it: {ph}", t="%02d:%02d" % (h, m + 9), d=d.lower_given(), ph=c.phone(mobile=True)))
    return lines(*rows)


def chat_2(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Visitor: hi, order {o}, I need to change the address", o=c.order_no()),
        fmt("{a} (Talgrat): Hi! Sure, what's the new one?", a=a.given()),
        fmt("Visitor: {ad}", ad=c.address(form="line")),
        fmt("Visitor: name on the order is {n}.", n=c.ch([p.full, p.lower_full])()),
        fmt("{a} (Talgrat): Done, {g}. You'll get a confirmation shortly.", a=a.given(), g=p.given()),
    )


def chat_3(c):
    a, b = c.person(), c.person()
    return lines(
        fmt("{a}: did the customer from this morning leave a number?", a=a.lower_given()),
        fmt("{b}: yes – {ph}, she wants the Kaltkar in M when it's back", b=b.lower_given(), ph=c.phone()),
        fmt("{a}: ok will ring her", a=a.lower_given()) if c.p(0.3) else fmt("{a}: ok on it", a=a.lower_given()),
    )


def chat_4(c):
    p, a = c.person(), c.person()
    return lines(
        fmt("Visitor: can i just give you my card here? {cd}", cd=c.card()),
        fmt("{a} (Talgrat): Please don't post card numbers in the chat – I've hidden it. You can pay safely at checkout.", a=a.given()),
        fmt("Visitor: sorry! it's {n} btw, email {e}", n=p.full(), e=c.email(p)),
    )


# ------------------------------------------------------------------------------------------
# call_note
# ------------------------------------------------------------------------------------------

def call_1(c):
    p = c.person()
    return lines(
        fmt("Inbound {t}: {h} {s} re. {x}.", t=c.time(), h=c.hon(p), s=p.sur(), x=c.ch(["a missing parcel", "a repair quote", "a gift card balance", "opening hours at Christmas"])),
        fmt("Call back on {ph}.", ph=c.phone()),
        c.opt(0.4, fmt("Alt. number {ph}", ph=c.phone(mobile=False))),
    )


def call_2(c):
    p = c.person()
    return lines(
        fmt("Voicemail, {d} {t}:", d=c.date(), t=c.time()),
        fmt("\"Hi, this is {n}, I ordered the {pr} last week and need it before {day}. Could you ring me on {ph}? Thanks.\"",
            n=c.ch([p.full, p.given])(), pr=c.pshort(), day=c.weekday(), ph=c.phone()),
    )


def call_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = ["Call-backs today:"]
    for i, p in enumerate(ps, 1):
        rows.append(fmt("{i}. {n} – {ph} – {x}", i=i, n=c.ch([p.full, p.lf])(), ph=c.phone(),
                        x=c.ch(["refund", "repair", "size swap", "invoice copy", "complaint"])))
    return lines(*rows)


def call_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Phone order taken by {a}, {d}.", a=a.given(), d=c.date()),
        fmt("Customer {n}, card {cd}, exp {m}/{y}.", n=p.full(), cd=c.card(), m="%02d" % c.ri(1, 12), y=c.ri(26, 30)),
        fmt("Ship to {ad}", ad=c.address(form=c.ch(["line", "two"]))),
        "Card details deleted from the pad after processing.",
    )


# ------------------------------------------------------------------------------------------
# name_prose (lists only, no cue word)
# ------------------------------------------------------------------------------------------

def np_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return fmt("{a} and {b} ran the {town} pop-up together last weekend and sold out of the {pr} by Sunday noon.",
               a=a.full(), b=b.full(), town=c.store(), pr=c.pshort())


def np_2(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return lines(
        fmt("The new window display is by {a}, with photos from {b}.", a=a.full(), b=b.full()),
        c.opt(0.6, fmt("{d} sorted the props, and {a2} wrote the shelf cards.", d=d.full(), a2=a.given())),
    )


def np_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return fmt("When the till froze, {a} talked the queue through it while {b} rebooted the router – nobody left without their jacket.",
               a=a.full(), b=b.full())


def np_4(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return lines(
        fmt("Photos from the fell race are up. {a} came second in the women's race, {b} finished despite a twisted ankle.",
            a=a.full(), b=b.full()),
        c.opt(0.5, "Thanks to everyone who came to cheer."),
    )


def np_5(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    return fmt("It was {a} who found the lost wallet behind the fitting room, and {b} who drove it back to its owner that evening.",
               a=a.full(), b=b.full())


# ------------------------------------------------------------------------------------------
# postal_letter
# ------------------------------------------------------------------------------------------

def let_1(c):
    p = c.person()
    return lines(
        p.full(),
        c.address(form="two"),
        "",
        fmt("{d}", d=c.date(style="long")),
        "",
        c.ch(["Dear Sir or Madam,", "To the customer service team,"]),
        fmt("I hereby cancel my order {o} and ask for a refund to my account {ib}.", o=c.order_no(), ib=c.iban()),
        c.opt(0.5, "Please confirm in writing."),
        "",
        "Yours faithfully,",
        c.ch([p.init_sur, p.given_init])(),
    )


def let_2(c):
    p = c.person()
    q = c.person()
    return lines(
        fmt("{h} {n}", h=c.hon(p), n=p.full()),
        fmt("c/o {q}", q=q.full()),
        c.address(form="two"),
        "",
        hi(c, p, True),
        fmt("your repaired {pr} is ready. As you asked, we are sending it to the address above.", pr=c.pshort()),
        "Kind regards,",
        "Talgrat Repair Workshop",
    )


def let_3(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("From: {n}, {ad}", n=p.full(), ad=c.address(form="line")),
        fmt("To: Talgrat Outdoor, Store Manager {s}", s=c.store()),
        "",
        hi(c, a, True),
        fmt("On {d} I was charged twice at your till. My statement shows both debits. {x}",
            d=c.date(), x=c.ch(["I expect one to be refunded.", "Please look into it."])),
        c.opt(0.6, fmt("You can reach me on {ph}.", ph=c.phone())),
        "Yours sincerely,",
        c.ch([p.given_init, p.init_sur])(),
    )


def let_4(c):
    p = c.person()
    ap = c.addr_parts()
    return lines(
        "Talgrat Outdoor Ltd · Returns",
        "",
        fmt("{h} {n}", h=c.hon(p), n=c.ch([p.full, p.init_sur])()),
        c.address(parts=ap, form="two"),
        c.opt(0.5, c.country_name(ap["cc"]).upper()),
        "",
        fmt("{d}", d=c.date(style="long")),
        fmt("Your return {o}", o=c.order_no()),
        "",
        hi(c, p, True),
        fmt("we have refunded {m} to the card you paid with. It may take up to five days to show.", m=c.money()),
    )


# ------------------------------------------------------------------------------------------
# exit_interview*
# ------------------------------------------------------------------------------------------

def exit_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Exit interview – {n}", n=p.full()),
        fmt("Role: {r}, {st} store. Last day: {d}.", r=c.ch(["Sales Associate", "Assistant Manager", "Stockroom Lead", "Bootfitter"]),
            st=c.store(), d=c.date()),
        fmt("Interviewer: {a}", a=a.full()),
        fmt("Reason for leaving: {x}", x=c.ch(["moving closer to family", "going back to university", "new job in logistics",
                                               "shift pattern no longer works"])),
        fmt("Would re-join: {y}. Forwarding address for the P45: {ad}", y=c.ch(["yes", "maybe", "no"]), ad=c.address(form="line")),
        c.opt(0.6, fmt("Personal e-mail for the reference: {e}", e=c.email(p))),
    )


def exit_2(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p, False),
        "",
        fmt("thanks for sitting down with me on {d}. As promised, a short summary:", d=c.daymonth()),
        "- you'd like more notice of rota changes",
        "- the stockroom ladder needs replacing (passed on)",
        fmt("- your final pay, incl. {n} days of holiday, goes to {ib} as usual", n=c.ri(2, 9), ib=c.iban()),
        "",
        "Good luck with everything!",
        fmt("{a}", a=a.given()),
    )


def exit_3(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Notes from {a}: I met {h} {s} for the leaver chat today.", a=a.given(), h=c.hon(p), s=p.sur()),
        c.ch(["Main point: felt the weekend staffing was too thin.", "Happy overall, leaving for a full-time job.",
              "Raised the broken heating in the staff room."]),
        fmt("Keep in touch for seasonal work – mobile {ph}.", ph=c.phone(mobile=True)),
    )


def exit_4(c):
    p = c.person()
    return lines(
        "Leaver questionnaire (free text)",
        fmt("Name: {n}", n=p.lf()),
        "What did you enjoy most? The team, and the customers who come back every season.",
        fmt("What could we do better? {x}", x=c.ch(["Pay the bootfitting course.", "Fix the back door alarm.", "Less last-minute shift swaps."])),
        fmt("May we contact you later? Yes – {e}", e=c.email(p)),
    )


# ------------------------------------------------------------------------------------------
# probation_review*
# ------------------------------------------------------------------------------------------

def prob_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Probation review: {n}", n=p.full()),
        fmt("Started {d} as {r} in {st}. Reviewer: {a}.", d=c.date(), r=c.ch(["Sales Associate", "Cashier", "Repair Technician",
                                                                              "Visual Merchandiser"]), st=c.store(), a=a.full()),
        fmt("Product knowledge: {x}. Customer service: {y}.", x=c.ch(["good", "very good", "needs work"]), y=c.ch(["excellent", "good", "solid"])),
        fmt("Outcome: {o}", o=c.ch(["passed", "passed – contract made permanent", "extended by 6 weeks"])),
        c.opt(0.5, fmt("{g} asked for the bootfitting course next spring.", g=p.given())),
    )


def prob_2(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p, False),
        "",
        fmt("your three-month review is booked for {wd} {d} at {t} in the back office. Bring any questions you have.",
            wd=c.weekday(), d=c.daymonth(), t=c.time()),
        c.opt(0.5, fmt("If the time doesn't work, text me on {ph}.", ph=c.phone(mobile=True))),
        "",
        bye(c),
        fmt("{a}", a=c.ch([a.given, a.full])()),
    )


def prob_3(c):
    p = c.person()
    a = c.person()
    return lines(
        "PRIVATE & CONFIDENTIAL",
        fmt("{h} {n}", h=c.hon(p), n=p.full()),
        c.address(form="two"),
        "",
        fmt("{d}", d=c.date(style="long")),
        "",
        hi(c, p, True),
        "I'm pleased to confirm that you have passed your probation period. Your contract continues on the same terms.",
        "",
        "Yours sincerely,",
        fmt("{a}, Area Manager", a=a.full()),
    )


def prob_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("{a} → HR: quick one about {n}.", a=a.given(), n=p.full()),
        "Review went well, but time-keeping is still an issue (late 4× this month).",
        fmt("I'd like to extend probation to {d}. Can you send the letter to {g}'s home address? It's {ad}.", d=c.date(), g=p.given(),
            ad=c.address(form="line")),
    )


# ------------------------------------------------------------------------------------------
# branch_transfer*
# ------------------------------------------------------------------------------------------

def tr_1(c):
    p = c.person()
    a = c.person()
    s1, s2 = c.sample(["Kendal", "Keswick", "Manchester", "Leeds", "Edinburgh", "Bristol", "London Covent Garden"], 2)
    return lines(
        hi(c, a, c.p(0.3)),
        "",
        fmt("I'd like to ask for a transfer from {s1} to {s2} from {d}. My partner has a new job there and we're moving.",
            s1=s1, s2=s2, d=c.date()),
        fmt("New address: {ad}", ad=c.address(form=c.ch(["line", "two"]))),
        c.opt(0.5, fmt("Mobile stays the same ({ph}).", ph=c.phone(mobile=True))),
        "",
        bye(c),
        p.full(),
    )


def tr_2(c):
    p = c.person()
    a = c.person()
    b = c.person()
    return lines(
        fmt("Transfer approved: {n} ({no}) moves to {st} on {d}.", n=p.full(), no=c.staff_no(), st=c.store(), d=c.date()),
        fmt("Receiving manager: {b}. Sending manager: {a}.", b=b.full(), a=a.full()),
        "Keys and till login to be handed back on the last shift.",
    )


def tr_3(c):
    p = c.person()
    return lines(
        fmt("Relocation costs – {n}", n=p.lf()),
        fmt("Van hire {m1}, mileage {k} miles.", m1=c.money(80, 300), k=c.ri(40, 380)),
        fmt("Please pay to {ib}.", ib=c.iban()),
        c.opt(0.5, fmt("Receipts attached. Questions: {e}", e=c.email(p))),
    )


def tr_4(c):
    a, b = c.person(), c.person()
    return lines(
        fmt("Swap request: {a} ({s1}) and {b} ({s2}) would like to swap stores for the summer season.",
            a=a.full(), s1=c.store(), b=b.full(), s2=c.store()),
        fmt("Both managers ok. {g} will need a locker; {h} keeps hers.", g=a.given(), h=b.given()) if b.gender == "f" else
        fmt("Both managers ok. {g} will need a locker; {h} keeps his.", g=a.given(), h=b.given()),
    )


# ------------------------------------------------------------------------------------------
# intranet_post*
# ------------------------------------------------------------------------------------------

def intra_1(c):
    p = c.person()
    return lines(
        c.ch(["Welcome aboard!", "New faces", "Say hello"]),
        fmt("Please welcome {n}, who joins the {st} team as {r} on {d}.", n=p.full(), st=c.store(),
            r=c.ch(["assistant manager", "bootfitter", "repair technician", "weekend supervisor"]), d=c.daymonth()),
        fmt("{g} comes from {x} and {y}.", g=p.given(), x=c.ch(["a climbing wall", "ten years in logistics", "a bike shop", "the mountain rescue team"]),
            y=c.ch(["loves fell running", "bakes a mean banana bread", "has walked the Pennine Way twice", "knows every knot"])),
    )


def intra_2(c):
    a, b, d = c.person(), c.person(), c.person()
    return lines(
        "Anniversaries this month 🎉",
        fmt("• {a} – 10 years ({s1})", a=a.full(), s1=c.store()),
        fmt("• {b} – 5 years ({s2})", b=b.full(), s2=c.store()),
        c.opt(0.7, fmt("• {d} – 1 year (warehouse)", d=d.full())),
        "Thank you all!",
    )


def intra_3(c):
    p = c.person()
    return lines(
        fmt("{n} is our new Area Manager for {r}.", n=p.full(), r=c.ch(["the North", "Scotland", "the South West", "Ireland"])),
        fmt("You can reach {pr} at {e} or on {ph}.", pr=p.f("her", "him"), e=c.shop_email(p), ph=c.phone(mobile=True)),
    )


def intra_4(c):
    p = c.person()
    a = c.person()
    return lines(
        "Staff charity walk – thank you!",
        fmt("We raised {m} for mountain rescue. Special thanks to {a}, who organised the route, and to {g} for the cakes.",
            m=c.money(400, 3000), a=a.full(), g=p.full()),
        c.opt(0.5, fmt("Photos: ask {g}.", g=a.given())),
    )


# ------------------------------------------------------------------------------------------
# hold_slip*
# ------------------------------------------------------------------------------------------

def hold_1(c):
    p = c.person()
    a = c.person()
    pr = c.product()
    return lines(
        "ON HOLD",
        fmt("{pr} – {sz} – {col}", pr=pr[0], sz=c.size(), col=c.ch(pr[3])),
        fmt("For: {n}", n=c.ch([p.full, p.upper, p.lf])()),
        fmt("Tel: {ph}", ph=c.phone()),
        fmt("Until: {d}", d=c.date()),
        fmt("Taken by: {a}", a=a.given()),
    )


def hold_2(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p, False),
        "",
        fmt("good news – we've put the {pr} in {sz} aside for you at Talgrat {st} until {wd}.", pr=c.pshort(), sz=c.size(),
            st=c.store(), wd=c.weekday()),
        "Just give your name at the till.",
        "",
        bye(c),
        fmt("{a}", a=a.given()),
    )


def hold_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = ["Holds behind the till:"]
    for p in ps:
        rows.append(fmt("- {pr} {sz} | {n} | {ph} | until {d}", pr=c.pshort(), sz=c.size(), n=c.ch([p.full, p.lf, p.init_sur])(),
                        ph=c.phone(), d=c.daymonth()))
    return lines(*rows)


def hold_4(c):
    p = c.person()
    return lines(
        fmt("Phoned in {t}: {h} {s} wants us to hold two pairs of Trittweg socks and a Morgengrat in {sz}.", t=c.time(), h=c.hon(p),
            s=p.sur(), sz=c.size()),
        fmt("Collecting {wd}. Number: {ph}", wd=c.weekday(), ph=c.phone()),
    )


# ------------------------------------------------------------------------------------------
# noticeboard_post*
# ------------------------------------------------------------------------------------------

def nb_1(c):
    p = c.person()
    return lines(
        "FOR SALE",
        fmt("{x}, {m} or near offer.", x=c.ch(["Road bike, 56 cm frame", "Two-person tent, used twice", "Kids' bike seat",
                                             "Climbing shoes size 42"]), m=c.money(20, 300)),
        fmt("Ask {g} in {d} or text {ph}", g=p.given(), d=c.ch(["accounts", "the stockroom", "store ops"]), ph=c.phone(mobile=True)),
    )


def nb_2(c):
    p = c.person()
    return lines(
        "LOST: blue key fob with a small carabiner, probably in the car park.",
        fmt("Please hand it to {n} in HR – thanks!", n=p.full()),
    )


def nb_3(c):
    p = c.person()
    return lines(
        fmt("Room to rent in {town} from {d}", town=c.town()[0], d=c.daymonth()),
        "Shared house, bike storage, 10 min to the store.",
        fmt("Contact: {e}", e=c.email(p)),
        c.opt(0.6, fmt("or ring {n} on {ph}", n=p.given(), ph=c.phone())),
    )


def nb_4(c):
    p = c.person()
    q = c.person()
    return lines(
        "Lift share",
        fmt("I drive in from {t} every weekday, leave at 7:30. Two seats free.", t=c.town()[0]),
        fmt("{n}, {ph}", n=p.full(), ph=c.phone(mobile=True)),
        c.opt(0.4, fmt("(Already sharing with {q} on Mondays.)", q=q.given())),
    )


# ------------------------------------------------------------------------------------------
# whistleblower_report*
# ------------------------------------------------------------------------------------------

def wb_1(c):
    p = c.person()
    return lines(
        fmt("Speak-up case {k}", k=c.case_no()),
        fmt("Received: {d} via web form", d=c.date()),
        fmt("Concern: staff discount codes used for non-staff orders at {st}; the reporter names {n} (assistant manager).",
            st=c.store(), n=p.full()),
        "Reporter: anonymous, no contact details given.",
        "Status: assigned to Compliance.",
    )


def wb_2(c):
    p = c.person()
    r = c.person()
    return lines(
        fmt("Hotline call {d}, {t}", d=c.date(), t=c.time()),
        fmt("Caller: {n}, {ph} (agrees to be named)", n=r.full(), ph=c.phone()),
        fmt("Says fire exits in the {st} stockroom are blocked with pallets most mornings; has told {h} {s} twice.",
            st=c.store(), h=c.hon(p), s=p.sur()),
        c.opt(0.5, fmt("Follow-up by e-mail: {e}", e=c.email(r))),
    )


def wb_3(c):
    p = c.person()
    a = c.person()
    return lines(
        hi(c, p, True),
        "",
        fmt("thank you for your report of {d}. We have opened case {k} and will keep you informed at {e}.", d=c.date(),
            k=c.case_no(), e=c.email(p)),
        "Your identity is known only to the compliance team.",
        "",
        "Kind regards,",
        fmt("{a}, Compliance Officer", a=a.full()),
        c.shop_email(),
    )


def wb_4(c):
    p = c.person()
    q = c.person()
    a = c.person()
    return lines(
        fmt("Investigation note ({k})", k=c.case_no()),
        fmt("Interviewed {n} on {d}. Denies changing the clock-in times of {q}.", n=p.full(), d=c.date(), q=q.full()),
        fmt("Time clock export requested from IT; terminal IP {ip}.", ip=c.ipv4("private")),
        fmt("Next: talk to {g}. — {a}", g=q.given(), a=a.init_sur()),
    )


# ------------------------------------------------------------------------------------------
# secret_santa*
# ------------------------------------------------------------------------------------------

def ss_1(c):
    p = c.person()
    q = c.person()
    return lines(
        fmt("Ho ho ho, {g}!", g=p.given()),
        fmt("Your Secret Santa match is {n}.", n=q.full()),
        fmt("Budget: {m}. Wish list: {w}.", m=c.money(10, 25), w=c.ch(["anything with coffee", "a good paperback", "socks (but not ours)",
                                                                      "no chocolate please"])),
        "Gifts under the tree in the staff room by the 18th. Shh!",
    )


def ss_2(c):
    ps = [c.person() for _ in range(c.ri(3, 5))]
    rows = ["Secret Santa draw (organiser's copy – don't share):"]
    for i in range(len(ps)):
        rows.append(fmt("{i}) {a} → {b}", i=i + 1, a=ps[i].given(), b=ps[(i + 1) % len(ps)].given()))
    return lines(*rows)


def ss_3(c):
    p = c.person()
    q = c.person()
    return lines(
        fmt("Hi {g}, you drew {n} from the warehouse team 🎁", g=p.given(), n=q.full()),
        fmt("As {q} works remotely this year, please post your gift to {ad} by {d}.", q=q.given(), ad=c.address(form=c.ch(["line", "two"])),
            d=c.daymonth()),
    )


def ss_4(c):
    p = c.person()
    return lines(
        "Secret Santa sign-up",
        fmt("Name: {n}", n=p.full()),
        fmt("Store/team: {st}", st=c.store()),
        fmt("Likes: {x}", x=c.ch(["tea, puzzles", "hot sauce", "anything green", "board games"])),
        fmt("Post to (remote staff only): {ad}", ad=c.address(form="line")),
    )


# ------------------------------------------------------------------------------------------
# uniform_order*
# ------------------------------------------------------------------------------------------

def uni_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Uniform order – {n} ({st})", n=p.full(), st=c.store()),
        fmt("2× Gitterhang fleece {sz}, 1× Morgengrat {sz2}, 1× name badge \"{g}\"", sz=c.size(), sz2=c.size(), g=p.given()),
        fmt("Approved by {a}", a=a.given()),
    )


def uni_2(c):
    p = c.person()
    return lines(
        hi(c, p, False),
        "",
        fmt("your staff kit is on its way to {ad} – tracking {t}.", ad=c.address(form="line"), t=c.parcel_no()),
        "Please wear the badge on the left chest.",
        "",
        "Store Ops",
    )


def uni_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = [fmt("Name badges to print ({st}):", st=c.store())]
    for p in ps:
        rows.append(fmt("- \"{b}\" – {r}", b=c.ch([p.given, p.given, p.full])(), r=c.ch(["Sales", "Repairs", "Manager", "Bootfitting"])))
    return lines(*rows)


def uni_4(c):
    p = c.person()
    return lines(
        fmt("Hi, it's {n}. My fleece arrived in {sz} but I ordered {sz2}.", n=p.full(), sz=c.size(), sz2=c.size()),
        fmt("Can you send the right one to {ad}? Ring me on {ph} if easier.", ad=c.address(form="line"), ph=c.phone(mobile=True)),
    )


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [sup_1, sup_2, sup_3, sup_4, sup_5],
    "quoted_reply": [q_1, q_2, q_3, q_4],
    "signed_review": [rev_1, rev_2, rev_3, rev_4],
    "email_signature": [sig_1, sig_2, sig_3, sig_4],
    "team_chat": [chat_1, chat_2, chat_3, chat_4],
    "call_note": [call_1, call_2, call_3, call_4],
    "name_prose": [np_1, np_2, np_3, np_4, np_5],
    "postal_letter": [let_1, let_2, let_3, let_4],
    "exit_interview": [exit_1, exit_2, exit_3, exit_4],
    "probation_review": [prob_1, prob_2, prob_3, prob_4],
    "branch_transfer": [tr_1, tr_2, tr_3, tr_4],
    "intranet_post": [intra_1, intra_2, intra_3, intra_4],
    "hold_slip": [hold_1, hold_2, hold_3, hold_4],
    "noticeboard_post": [nb_1, nb_2, nb_3, nb_4],
    "whistleblower_report": [wb_1, wb_2, wb_3, wb_4],
    "secret_santa": [ss_1, ss_2, ss_3, ss_4],
    "uniform_order": [uni_1, uni_2, uni_3, uni_4],
}


# ==========================================================================================
# Texts without personal data (look-alikes)
# ==========================================================================================

def lb_1(c):
    pr = c.product()
    return lines(
        fmt("{p} in {col}", p=pr[0], col=c.ch(pr[3])),
        c.ch(["Built for the hunter's moon walk home and the baker's dawn shift alike.",
              "Grace under pressure: taped seams, a hood that stays put, and a May-to-October fit.",
              "For the fox-grey light before a storm and the wolf hour after it."]),
        fmt("SKU {s} · €{pr}", s=pr[1], pr=pr[2]),
    )


def lb_2(c):
    a, b = c.sample(PRODUCTS_EN, 2)
    return lines(
        "Autumn lookbook, page " + str(c.ri(2, 24)),
        fmt("Left: {a}. Right: {b}. Styled with a rose-gold thermos and a young spaniel called Biscuit.", a=a, b=b),
        c.ch(["Will it rain? Probably. That's the point.", "A little rain, a lot of ridge.", "Winter is coming, and so is the Kaltkar."]),
    )


def lb_3(c):
    pr = c.product()
    return lines(
        fmt("{p} – colours: {cols}", p=pr[0], cols=", ".join(pr[3])),
        c.ch(["Fisher's green and hunter orange are back for one season only.",
              "The shepherd's check lining keeps the cold out at the bothy.",
              "Baker's dozen of pockets? Not quite – but seven is plenty."]),
    )


def lb_4(c):
    return lines(
        "Shop the look",
        fmt("1. {a}  2. {b}  3. {d}", a=c.pshort(), b=c.pshort(), d=c.pshort()),
        c.ch(["Photographed at dawn on Cat Bells, May.", "Shot on the moor above the mill, late spring.", "The cook's tent was warm; we were not."]),
    )


PRODUCTS_EN = ["Almweg Zip-Off Hiking Trousers", "Firstwand 3-Layer Rain Jacket", "Kaltkar Down Jacket", "Gitterhang Grid Fleece Jacket",
               "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody", "Schauerpass 2.5-Layer Rain Jacket"]


def ev_1(c):
    return lines(
        "What's on in store",
        fmt("{d1} – Kendal: map-reading basics, 6pm", d1=c.daymonth()),
        fmt("{d2} – Keswick (CA12): repair café, bring your torn gear", d2=c.daymonth()),
        fmt("{d3} – Leeds LS1: night hike briefing", d3=c.daymonth()),
    )


def ev_2(c):
    return lines(
        fmt("Trail clean-up, {d}", d=c.date(style="long")),
        "Meeting point: the car park above Grasmere. Gloves and bags provided.",
        c.ch(["Free tea for volunteers.", "Dogs welcome on leads.", "Finish by 1pm."]),
    )


def ev_3(c):
    return lines(
        "US store events",
        fmt("Portland, OR 97205 – {d}: trail running clinic", d=c.daymonth()),
        fmt("Boulder, CO – {d}: avalanche awareness talk", d=c.daymonth()),
        fmt("Denver – {d}: sock swap", d=c.daymonth()),
    )


def ev_4(c):
    return lines(
        fmt("Galway H91 pop-up: {d} to {e}", d=c.daymonth(), e=c.daymonth()),
        "Opening hours 10:00–18:00, late night Thursday until 20:00.",
        fmt("Ticket hotline reference: {n}", n=c.phone_like()),
    )


def df_1(c):
    return lines(
        "Where is my parcel?",
        fmt("Your tracking number looks like {t}. Enter it on the carrier's site.", t=c.parcel_no()),
        fmt("Your order number (e.g. {o}) is not the tracking number.", o=c.order_no()),
    )


def df_2(c):
    return lines(
        "Can I send my parcel to a locker?",
        "Yes – choose a parcel locker or a PO box at checkout. c/o addresses work too.",
        fmt("Lockers hold parcels for {n} days.", n=c.ri(5, 9)),
    )


def df_3(c):
    return lines(
        fmt("Returns reference {r} was created on {d}.", r=c.phone_like(), d=c.date()),
        "Drop the parcel at any post office within 14 days. Your refund follows within five working days of arrival.",
    )


def df_4(c):
    return lines(
        "Delivery times",
        "UK mainland: 2–3 working days. Highlands and islands: 4–6.",
        fmt("Ireland: 3–5 working days. Queue number for phone orders: {q}", q=c.phone_like()),
    )


def pl_1(c):
    a, b = c.sample(COMPANIES_EN_LOCAL, 2)
    return lines(
        "Partner update",
        fmt("From {d}, {a} takes over the North West routes; {b} keeps the Scottish deliveries.", d=c.daymonth(), a=a, b=b),
    )


def pl_2(c):
    xs = c.sample(COMPANIES_EN_LOCAL, 3)
    return lines("Approved suppliers (Q%d)" % c.ri(1, 4), "- " + xs[0], "- " + xs[1], "- " + xs[2])


def pl_3(c):
    a = c.ch(COMPANIES_EN_LOCAL)
    return fmt("{a} has renewed its contract until {y}. Invoices now quote PO {po}.", a=a, y=c.ri(2026, 2029), po=c.ri(400000, 499999))


def pl_4(c):
    return lines(
        "Print and signage partners",
        fmt("{a} (window vinyls), {b} (till rolls)", a=c.ch(COMPANIES_EN_LOCAL), b=c.ch(["Northern Print Co.", "Kestrel Labels Ltd"])),
        "Lead time 10 working days.",
    )


COMPANIES_EN_LOCAL = ["Baker & Hunter Logistics", "Fisher & Cook Textiles", "Marsh & Price Ltd", "Young's Outdoor Supply",
                      "Little & King Printing", "Rose & Fox Cleaning", "Carpenter Freight Co.", "Mason Hardware"]


def sz_1(c):
    return lines(
        fmt("{p} – size | chest (cm) | waist (cm)", p=c.ch(["Kaltkar", "Firstwand", "Gitterhang", "Rinnental", "Schauerpass", "Morgengrat"])),
        "S | 88–94 | 74–80",
        "M | 94–100 | 80–86",
        "L | 100–106 | 86–92",
        c.opt(0.6, "XL | 106–112 | 92–98"),
    )


def sz_2(c):
    return lines(
        "Steinlauf sizes: EU 38–47 in half sizes.",
        c.ch(["Between sizes? Go half a size up for long descents.", "Try them on in the afternoon, with your running socks.",
              "True to size, medium-width forefoot."]),
        fmt("EU 42 = UK {u} = US {us}", u=c.ch(["8", "8.5"]), us=c.ch(["9", "9.5"])),
    )


def sz_3(c):
    return lines(
        fmt("Inside leg ({p}): short 76 cm, regular 81 cm, long 86 cm.", p=c.ch(["Almweg", "Wintersteig"])),
        c.ch(["Waist sizes 46–56 (men), 34–44 (women).", "Waist sizes S–XXL.", "Measure over thin base layers."]),
    )


def sz_4(c):
    return lines(
        fmt("Trittweg socks ({c})", c=c.ch(["Rock Grey", "Fir Shade", "Hut Orange"])),
        "35–38 · 39–42 · 43–46 · 47–49",
        c.ch(["Tip: if you're between sizes, choose the smaller one.", "€24.95 per pair.", "Merino blend, machine wash at 30 °C."]),
    )


def rn_1(c):
    return lines(
        fmt("POS app {v} (build {b})", v=c.version(), b=c.ri(1000, 9999)),
        "- faster receipt printing",
        "- fixed the gift card balance rounding",
        fmt("- requires tablet OS {v} or later", v=c.version()),
    )


def rn_2(c):
    return lines(
        fmt("Stock scanner firmware {v}", v=c.version()),
        fmt("Changes since {v}: barcode reading in low light, battery warning at 15 %.", v=c.version()),
    )


def rn_3(c):
    return lines(
        fmt("Release {v} – {d}", v=c.version(), d=c.date(style="iso")),
        fmt("commit {h}", h="%07x" % c.ri(0, 0xFFFFFFF)),
        fmt("Listens on port {p} by default.", p=c.ch([8080, 8443, 3000, 5432])),
    )


def rn_4(c):
    return lines(
        "Shop app – what's new",
        fmt("Version {v}: size advisor now remembers your last fit. Will it rain on your hike? The weather widget tells you.", v=c.version()),
    )


def tr_r1(c):
    return lines(
        fmt("Trail flapjack (makes {n})", n=c.ch([8, 10, 12, 16, 20])),
        fmt("{o} g oats, {b} g butter, 80 g golden syrup, a handful of {x}.", o=c.ch([150, 200, 250]), b=c.ch([80, 100, 120]),
            x=c.ch(["raisins", "cranberries", "chopped dates", "pumpkin seeds"])),
        fmt("Any baker will tell you: press firmly, bake at {t} °C for {m} minutes, cut while warm.", t=c.ch([170, 180]), m=c.ri(18, 25)),
    )


def tr_r2(c):
    return lines(
        "Hut porridge",
        fmt("A camp cook's classic: oats, milk powder, a pinch of salt, {x} if you have them.", x=c.ch(["dried rose hips", "walnuts", "dried apricots", "apple crisps"])),
        fmt("Ready in {m} minutes on a small stove.", m=c.ri(4, 9)),
    )


def tr_r3(c):
    return lines(
        "Hunter's stew for the bothy",
        fmt("Brown the onions, add {x}, smoked paprika and stock; simmer {m} minutes.", x=c.ch(["lentils", "beans", "barley", "potatoes"]), m=c.ri(20, 40)),
        c.ch(["May be made the night before.", "Serves four hungry walkers."]),
    )


def tr_r4(c):
    return lines(
        "Wild garlic pesto (best in May)",
        fmt("Blend {a} g leaves, {b} g {n}, 50 g hard cheese and olive oil. Keeps {k} in the fridge.", a=c.ch([80, 100, 150]), b=c.ch([40, 50, 60]),
            n=c.ch(["walnuts", "pine nuts", "almonds", "sunflower seeds"]), k=c.ch(["a week", "five days", "three days"])),
    )


def pt_1(c):
    return lines(
        fmt("Spring promo: 15 % off rain jackets from {a} to {b}.", a=c.daymonth(), b=c.daymonth()),
        fmt("Code {code}, once per customer, not with other offers.", code=c.ch(["RAIN15", "SPRING25", "HUTORANGE"])),
    )


def pt_2(c):
    return lines(
        "Terms of the loyalty bonus",
        fmt("Points expire after 24 months. A grace period of 30 days applies. Minimum order {m}.", m=c.money(20, 60)),
    )


def pt_3(c):
    return lines(
        fmt("Free socks with every Steinlauf ordered before {d}.", d=c.date(style="long")),
        "While stocks last. Will be added automatically at checkout.",
    )


def pt_4(c):
    return lines(
        "Trade-in week",
        fmt("Bring an old jacket, get {m} off a new one. Valid in all UK and Irish stores, {d}.", m=c.money(20, 50), d=c.daymonth()),
    )


def job_1(c):
    return lines(
        fmt("We're hiring: Sales Associate, {s}", s=c.store()),
        "Part-time, 20–30 hours, weekends included.",
        "Apply through our careers portal – no CVs by post, please.",
    )


def job_2(c):
    return lines(
        "Repair Technician (m/f/d), Allgäu workshop",
        "You know your way around a sewing machine and a seam-taping press.",
        fmt("Start: {d}. Salary band R{b}.", d=c.daymonth(), b=c.ri(3, 6)),
    )


def job_3(c):
    return lines(
        "Seasonal cook wanted for our hut events",
        "May to October, three weekends a month. Food hygiene certificate needed.",
        "Apply online under reference JOB-" + str(c.ri(100, 999)) + ".",
    )


def job_4(c):
    return lines(
        fmt("Assistant Store Manager – {s}", s=c.store()),
        "Lead a team of eight, plan rotas, own the stockroom.",
        "Closing date: " + c.date(style="long") + ".",
    )


CLEAN = {
    "lookbook_caption": [lb_1, lb_2, lb_3, lb_4],
    "event_calendar": [ev_1, ev_2, ev_3, ev_4],
    "delivery_faq": [df_1, df_2, df_3, df_4],
    "partner_list": [pl_1, pl_2, pl_3, pl_4],
    "size_chart": [sz_1, sz_2, sz_3, sz_4],
    "release_notes": [rn_1, rn_2, rn_3, rn_4],
    "trail_recipe": [tr_r1, tr_r2, tr_r3, tr_r4],
    "promo_terms": [pt_1, pt_2, pt_3, pt_4],
    "job_ad": [job_1, job_2, job_3, job_4],
}
