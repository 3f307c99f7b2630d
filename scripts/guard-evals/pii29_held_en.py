"""English prose templates (18 genres with personal data) and English texts
without personal data (10 genres) for heldout29."""

import pii29_held_core as C


def fix(country):
    def deco(f):
        f.country = country
        return f
    return deco


SIGN = "[[Best|Kind regards|Thanks|Many thanks|Cheers|Regards|All the best]]"


# ---------------------------------------------------------------------------
# crm_note
# ---------------------------------------------------------------------------

def crm_1(g):
    a = g.person(cue=False)
    return g.r("{d}: {a} [[rang|called|phoned]] about {o}[[; wants the|, asking for the|, after the]] {p} in {sz}"
               "[[, call back on {ph}|. Back on {ph} after 5pm|; mobile {ph}]][?; deliver to {ad}?].",
               d=g.date(), a=a.full(), o=g.order_no(), p=(it := g.item()).name, sz=it.size, ph=a.phone(), ad=a.addr1())


def crm_2(g):
    a = g.person()
    s = g.staff()
    d = g.dates(g.n(3, 5))
    lines = [g.r("[[Contact history|Timeline|History]] – {a}", a=[a.lf(), a.LF(), a.full()][g.n(0, 2)])]
    lines.append(g.r("{d} inbound call, asked about the repair of the {p}. [[Agent|Handled by]]: {s}.",
                     d=d[0], p=g.product(), s=s.given()))
    lines.append(g.r("{d} e-mail from {e}: [[new address|has moved]] – {ad}.", d=d[1], e=a.email(), ad=a.addr1()))
    lines.append(g.r("{d} [[refund|goodwill refund]] of {pr} [[approved|sent]] to {ib}.", d=d[2], pr=g.price(20, 300), ib=a.iban()))
    if len(d) > 3:
        lines.append(g.r("{d} [[called back|left a voicemail]] on {ph}, [[no answer|all sorted]].", d=d[3], ph=a.phone()))
    if len(d) > 4:
        lines.append(g.r("{d} closed by {s}.", d=d[4], s=s.ini()))
    return g.lines(*lines)


def crm_3(g):
    a = g.person()
    return g.r("Merged profiles {n1} and {n2}: {a1} ({e1}) and {a2} ({e2}). [[Kept|Keeping]] the newer address "
               "{ad}.[? Phone on file: {ph}.?][? Loyalty points added up ({pts}).?]",
               n1=g.safe_digits(6, True), n2=g.safe_digits(6, True), a1=a.full(), e1=a.email(), a2=a.LF(),
               e2=a.email2(), ad=a.addr1(), ph=a.phone(), pts=str(g.n(120, 2400)))


def crm_4(g):
    a = g.person()
    s = g.staff()
    club = g.pick(["Calder Valley Fell Runners", "Wicklow Hillwalkers", "Cascade Trail Club", "Peak Rambling Society",
                   "Tuesday Night Hikers", "Lakeland Scouts"])
    return g.lines(
        g.r("Lead: {c} – contact {h} {s}[[, club secretary|, treasurer|]].", c=club, h=a.hon(), s=a.sur()),
        g.r("{e} · {ph}", e=a.email(), ph=a.phone()),
        g.r("[[Interested in|Asked about]] a group discount for {n} {p}[[ before the autumn trip|]].", n=str(g.n(8, 40)),
            p=g.pick(["pairs of Trittweg socks", "Schauerpass jackets", "Hochsattel packs", "fleeces"])),
        g.r("[?Follow-up: {s} by {d}.?]", s=s.full(), d=g.date()),
    )


def crm_5(g):
    a = g.person(cue=False)
    oldst = g.addr_span(a.country, "street")
    return g.r("{a} [[moved|has moved]][[ in {m}|]]: old address {o} – new address {n}.[? Card on file updated.?]",
               a=a.full(), m=g.pick(C.MONTHS_EN), o=oldst, n=a.addr())


# ---------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------

def se_1(g):
    a = g.person()
    s = g.staff()
    return g.r("[[Hi|Hello|Dear]] {a},\n\nthanks for your message about order {o}. [[We've refunded|We have refunded]] {pr} "
               "to the card ending {l4}[[.| – it should show within 5 working days.]]\n[?If you'd rather have a voucher, "
               "just reply to this e-mail.\n?]\n" + SIGN + ",\n{s}\nTalgrat Customer Service",
               a=a.given(), o=g.order_no(), pr=g.price(20, 300), l4=g.safe_digits(4), s=s.given())


def se_2(g):
    a = g.person()
    return g.r("Subject: [[New delivery address|Change of address]] for order {o}\n\n[[Hello|Hi there|Good morning]],\n"
               "I've [[moved|just moved house]] and would like the {p} sent to my new address:\n{ad}\n"
               "[?My phone: {ph}\n?]Thanks,\n{a}",
               o=g.order_no(), p=g.product(), ad=a.addr2(), ph=a.phone(), a=[a.full(), a.given()][g.n(0, 1)])


def se_3(g):
    a = g.person()
    s = g.staff()
    return g.r("{dear} {sur},\n[[we're sorry|apologies]] the {p} arrived [[damaged|in the wrong size|without the hood]]. "
               "A replacement goes out today[[.|, tracking follows.]]\n[[Regards|Best wishes]], {s}\n\n"
               "On {d}, {a} <{e}> wrote:\n> The [[jacket|item]] I ordered ({p}) is [[the wrong colour|size M, not L|torn at the seam]]. Can you help?\n> {ag}",
               dear=a.dear(), sur=a.sur(), p=g.product("jacket"), s=s.full(), d=g.date(fmt="long"), a=a.full(), e=a.email(),
               ag=a.given())


def se_4(g):
    a = g.person()
    return g.r("[[Hi there|Hello|hi]], my payment for {o} failed [[twice|again]]. Card is {c}, exp {x}. "
               "Can you [[try again|put it through manually]]? [[– {a}|Thanks, {a}|{a}]]",
               o=g.order_no(), c=a.card(), x=g.expiry(), a=[a.given(), a.full(), a.ini()][g.n(0, 2)])


def se_5(g):
    a = g.person()
    s = g.staff()
    return g.lines(
        g.r("Case {t} – summary", t=g.ticket_no()),
        g.r("Customer: {a}", a=[a.full(), a.lf()][g.n(0, 1)]),
        g.r("E-mail: {e}", e=a.email()),
        g.r("[?Phone: {ph}?]", ph=a.phone()),
        g.r("Issue: [[zip failed|seam leaking|sole delaminating|buckle snapped]] on the {p}", p=g.product()),
        g.r("Proposed: repair in the Allgäu workshop or refund to {ib}", ib=a.iban()),
        g.r("[?Last sign-in: {ip}?]", ip=g.ip()),
        g.r("Owner: {s}", s=s.full()),
        g.t("Status: [[waiting for customer|open|escalated]]"),
    )


# ---------------------------------------------------------------------------
# signed_review
# ---------------------------------------------------------------------------

REVIEW_EN = ["kept me dry on the Cuillin ridge", "fits true to size", "the hood works with a helmet",
             "warm enough for a January bothy night", "zips are smooth even with gloves",
             "a bit long in the arms for me", "packs down smaller than expected",
             "no blisters after a 20 km day", "the hip belt could be softer"]


def rv_1(g):
    a = g.person()
    return g.r("{st} [[Great|Solid|Lovely]] {p}, {t}.[? Would buy again.?] [[– |— |]]{a}",
               st=g.pick(["★★★★★", "★★★★☆", "5/5", "4/5", "★★★☆☆"]), p=g.product_short(), t=g.pick(REVIEW_EN),
               a=[a.gi(), a.ini(), a.full()][g.n(0, 2)])


def rv_2(g):
    a = g.person()
    return g.r("{a} · {st}\n\"{t1}, {t2}.\"\nReply from Talgrat: Thanks, {ag}! [[Glad the fit works for you.|We've passed "
               "your note on to our product team.|Enjoy the hills!]]",
               a=[a.full(), a.gi()][g.n(0, 1)], st=g.pick(["★★★★★", "★★★★☆", "★★☆☆☆"]), t1=C.cap(g.pick(REVIEW_EN)),
               t2=g.pick(REVIEW_EN), ag=a.given())


def rv_3(g):
    a = g.person()
    return g.r("[[love the colour|great socks|comfy af]], [[runs a bit small|no complaints]]. [[size up!|would recommend]] {dash} {a}",
               dash=g.pick(["—", "-", "~"]), a=[a.low(), a.lowfull()][g.n(0, 1)])


def rv_4(g):
    a = g.person()
    return g.lines(
        g.r("Reviewer: {a}", a=[a.ini(), a.gi(), a.full()][g.n(0, 2)]),
        g.r("Location: {c}", c=a.city()),
        g.r("Product: {p} ({col}, {sz})", p=(it := g.item()).name, col=it.colour, sz=it.size),
        g.t("Rating: [[5|4|3]]/5"),
        g.r("\"{t}.\"", t=C.cap(g.pick(REVIEW_EN))),
    )


def rv_5(g):
    a = g.person()
    return g.r("[[BEST SOCKS I'VE OWNED.|FINALLY A JACKET THAT FITS.|TEN YEARS AND STILL GOING.]] {a}", a=a.caps())


# ---------------------------------------------------------------------------
# team_chat
# ---------------------------------------------------------------------------

def tc_1(g):
    s1, s2 = g.staff(), g.staff()
    a = g.person(cue=False)
    t = g.hhmm_seq(3)
    return g.r("[{t1}] {x}: morning! {y} can you cover till 2 at 12?\n[{t2}] {y2}: [[yep|sure|on it]]\n"
               "[{t3}] {x2}: ta. also {a} is picking up the repaired {p} today, it's in the back",
               t1=t[0], t2=t[1], t3=t[2], x=s1.low(), y=s2.low(), y2=s2.low(), x2=s1.low(), a=a.full(), p=g.product_short())


def tc_2(g):
    s = g.staff()
    return g.r("{h} can you swap [[sat|saturday|sunday]] with me? [[family thing|dentist]]. {s}",
               h=g.handle(), s=[s.given(), s.low()][g.n(0, 1)])


def tc_3(g):
    a = g.person()
    s = g.staff()
    return g.r("Visitor: hi, my parcel never arrived\nAgent ({s1}): Sorry to hear that! Can I have your name and postcode?\n"
               "Visitor: {a}, {pc}\nAgent ({s2}): Thanks. Is {st} still right?\nVisitor: yes. [[you can text me on|my mobile is]] {ph}"
               "[?\nVisitor: and can you charge the replacement to {c}??]",
               s1=s.given(), s2=s.given(), a=[a.full(), a.lowfull()][g.n(0, 1)], pc=a.postcode(), st=a.street(), ph=a.mobile(),
               c=a.card())


def tc_4(g):
    ss = [g.staff() for _ in range(3)]
    a = g.person(cue=False)
    t = g.hhmm_seq(6)
    rows = [
        g.r("{t} {x}: delivery in, 14 cages", t=t[0], x=ss[0].low()),
        g.r("{t} {x}: [[can someone do the window|who's on fitting room]]?", t=t[1], x=ss[1].low()),
        g.r("{t} {x}: me", t=t[2], x=ss[2].low()),
        g.r("{t} {x}: fyi {a} from head office visiting at 2", t=t[3], x=ss[0].low(), a=a.full()),
        g.r("{t} {x}: [[noted|👍|ok]]", t=t[4], x=ss[1].low()),
        g.r("[?{t} {x}: {y} you left your keys in the staff room?]", t=t[5], x=ss[2].low(), y=ss[0].low()),
    ]
    return g.lines(*rows)


def tc_5(g):
    s = g.staff()
    a = g.person(cue=False)
    return g.r("{s}: {a} [[called again re the refund|is in store asking for you|dropped off the boots]], [[I said tomorrow|back at 4]]",
               s=s.low(), a=[a.full(), a.lowfull()][g.n(0, 1)])


# ---------------------------------------------------------------------------
# call_note
# ---------------------------------------------------------------------------

def cn_1(g):
    a = g.person()
    return g.r("{t} call from {h} {s} ({ph}) – [[wants|asked for]] a callback about {o}[[.|, quite upset.|; prefers mornings.]]",
               t=g.time(), h=a.hon(), s=a.sur(), ph=a.phone(), o=g.order_no())


def cn_2(g):
    a = g.person()
    return g.r("Voicemail {d} {t}: \"Hi, it's {a}, I'm ringing about the {p} [[I left for repair|I ordered last week|you "
               "were holding for me]]. You can reach me on {ph}. Thanks, bye.\"",
               d=g.date(), t=g.time(), a=a.full(), p=g.product_short(), ph=a.phone())


def cn_3(g):
    a = g.person()
    s = g.staff()
    return g.lines(
        g.r("Phone order {o}", o=g.order_no()),
        g.r("Caller: {a}", a=a.full()),
        g.r("Item: {p}, {sz}, {c}", p=(it := g.item()).name, sz=it.size, c=it.colour),
        g.r("Card: {c} (read out, exp {x})", c=a.card(), x=g.expiry()),
        g.r("Deliver to: {ad}", ad=a.addr1()),
        g.r("Taken by: {s}", s=s.given()),
    )


def cn_4(g):
    ps = [g.person() for _ in range(g.n(2, 4))]
    rows = [g.r("Call-backs [[{w}|today|for {w}]]:", w=g.weekday())]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}. {a} – {ph} – [[repair quote|size exchange|refund query|missing parcel]]",
                        i=str(i + 1), a=[p.full(), p.anyform()][g.n(0, 1)], ph=p.phone()))
    return g.lines(*rows)


def cn_5(g):
    a = g.person()
    s = g.staff()
    return g.r("Spoke to {a} [[at|around]] {t}. [[Refund|Exchange]] agreed; {s} will e-mail {e} with the label.[? Number: {ph}.?]",
               a=[a.full(), [a.hon(), " ", a.sur()]][g.n(0, 1)], t=g.time(), s=s.given(), e=a.email(), ph=a.phone())


# ---------------------------------------------------------------------------
# name_prose (no cue word; names from the lists only)
# ---------------------------------------------------------------------------

def np_1(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("{a} from our {st} store finished the [[Bob Graham Round|Welsh 3000s|West Highland Way]] last weekend, "
               "[[with|alongside]] {b} [[pacing the last leg|carrying the flask]].",
               a=a.full(), st=g.store(), b=b.full())


def np_2(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("The photos in [[this month's trail guide|the autumn catalogue]] were taken by {a} and {b}[[.|, who spent "
               "three wet days on Skye for them.]]", a=a.full(), b=b.full())


def np_3(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("{a}, {b} and {c} raised {pr} for the [[mountain rescue team|local food bank]] by walking the Coast to Coast "
               "in twelve days.[? {a2} did it in the Steinlauf, blisters and all.?]",
               a=a.full(), b=b.full(), c=c.full(), pr=g.price(400, 3000), a2=a.given())


def np_4(g):
    a = g.person(cue=False)
    return g.r("Huge thanks to {a} for [[rebuilding the returns shelf|training the new starters|sorting the stockroom]]; "
               "{ag} [[also|even]] stayed late on Friday.", a=a.full(), ag=a.given())


def np_5(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.lines(
        g.r("It was {a} who first suggested a repair corner in the [[{st}|{st2}]] store.", a=a.full(), st=g.store(), st2=g.store()),
        g.t("Two benches, a sewing machine and a box of spare buckles later, it fixes about forty items a week."),
        g.r("{b} runs it on Thursdays; {a2} still drops by with cake.", b=b.full(), a2=a.given()),
        g.t("[?Bring your torn gaiters.?]"),
    )


# ---------------------------------------------------------------------------
# postal_letter
# ---------------------------------------------------------------------------

def pl_1(g):
    a = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "GB")
    return g.lines(
        a.full(), a.addr2(), g.BL, g.date(fmt="long"), g.BL,
        g.t("Talgrat Outdoor – Customer Service"), g.BL,
        g.r("Re: [[Withdrawal from contract|Cancellation]] – order {o}", o=g.order_no()), g.BL,
        g.t("Dear Sir or Madam,"),
        g.r("I hereby withdraw from the contract for the {p}. Please refund {pr} to {ib}.", p=g.product(), pr=g.price(50, 350), ib=a.iban()),
        g.t("Yours faithfully,"),
        a.full(),
    )


def pl_2(g):
    a = g.person()
    b = g.person(country=a.country)
    return g.lines(
        g.r("{h} {a}", h=a.hon(), a=a.full()),
        g.r("c/o {b}", b=b.full()),
        b.addr2(), g.BL,
        g.r("{dear} {s},", dear=a.dear(), s=a.sur()),
        g.r("[[thank you for returning|we have received]] the {p}. [[The refund of {pr} is on its way.|We will repair the "
            "zip free of charge.]]", p=g.product(), pr=g.price()),
        g.t("[[Yours sincerely|Kind regards]],\nTalgrat Customer Service"),
    )


@fix("IE")
def pl_3(g):
    a = g.person(country="IE")
    return g.lines(
        g.r("{ad}", ad=a.addr2()), g.date(fmt="long"), g.BL,
        g.t("To whom it may concern,"),
        g.r("I bought a {p} in your [[Galway|Dublin]] shop in {m} and the [[seams|zip]] failed after two walks. "
            "I'd like a full refund. You can ring me on {ph}.", p=g.product(), m=g.pick(C.MONTHS_EN), ph=a.phone()),
        g.t("Regards,"), a.full(),
    )


def pl_4(g):
    a = g.person()
    s = g.staff()
    return g.lines(
        g.t("[[REGISTERED POST|Recorded delivery]]"),
        g.r("{h} {a}", h=a.hon(), a=a.full()),
        a.addr2(), g.BL,
        g.r("Our ref: {t}", t=g.ticket_no()),
        g.r("{dear} {sur},", dear=a.dear(), sur=a.sur()),
        g.t("[[we were unable to reach you by phone.|this is our final reply to your complaint.]] "
            "[[Please contact us within 14 days.|Your boots are ready for collection.]]"),
        g.t("Yours sincerely,"),
        g.r("{s}\nCustomer Care Manager", s=s.full()),
    )


# ---------------------------------------------------------------------------
# staff_compliment
# ---------------------------------------------------------------------------

def sc_1(g):
    s = g.staff(cue=False)
    a = g.person()
    return g.r("[[I just wanted to say|Just a quick note to say|I'd like to tell you]] how [[helpful|patient|kind]] {s} at your "
               "{st} store was on {w}. {he} spent [[forty minutes|most of an hour|ages]] [[fitting boots for my son|finding me a jacket that fits|"
               "sorting out my return]].[? Brilliant service.?][? We'll be back.?] – {a}",
               s=s.given(), st=g.store(), w=g.weekday(), he=s.he().capitalize(), a=[a.full(), a.gi()][g.n(0, 1)])


def sc_2(g):
    a = g.person()
    s = g.staff()
    m = g.staff()
    return g.lines(
        g.r("From: {a} <{e}>", a=a.full(), e=a.email()),
        g.t("Subject: [[Thank you|Great service|A big thank you]]"), g.BL,
        g.r("Please pass my thanks to {s}. {he} [[repaired my pack strap on the spot|stayed after closing to help me]].",
            s=s.full(), he=s.he().capitalize()),
        g.r("[[Regards|Thanks again]], {a}", a=a.given()),
        "---",
        g.r("{m}: lovely one for the noticeboard, well done {s2} 👏", m=m.given(), s2=s.given()),
    )


def sc_3(g):
    s = g.staff()
    a = g.person()
    return g.lines(
        g.t("Feedback form – [[praise|compliment]]"),
        g.r("Staff member: {s}", s=[s.gi(), s.given(), s.full()][g.n(0, 2)]),
        g.r("Store: {st}", st=g.store()),
        g.r("[?Call me back on: {ph}?]", ph=a.phone()),
        g.r("Comment: [[Patient and knew the kit inside out.|Found my size in another store and had it sent over.]]"),
        g.r("Your name: {a}", a=a.full()),
        g.r("[?Contact: {e}?]", e=a.email()),
    )


def sc_4(g):
    h, s, m = g.staff(), g.staff(), g.staff()
    a = g.person()
    return g.r("Hi {h},\n\ncould we put {s} forward for the quarterly service award? [[Three|Four]] customers mentioned {him} "
               "by name this month (incl. {ah} {as_}, who wrote in on {d}).\n\nThanks,\n{m}",
               h=h.given(), s=s.full(), him=s.him(), ah=a.hon(), as_=a.sur(), d=g.date(), m=m.given())


def sc_5(g):
    s = g.staff()
    a = g.person()
    return g.r("To {s} – thank you for [[handing in my wallet|finding my daughter's lost hat|the fantastic boot fitting]]! "
               "[[All the best|With thanks]], {a}", s=s.given(), a=[a.full(), [a.hon(), " ", a.sur()]][g.n(0, 1)])


# ---------------------------------------------------------------------------
# maintenance_callout
# ---------------------------------------------------------------------------

def mc_1(g):
    e = g.person()
    return g.r("[[Heating|Roller shutter|Fire door alarm]] down in {st}. Called {co}; engineer {e} on site by "
               "[[2pm|lunchtime|10:30]], mobile {ph}.", st=g.store(), co=g.company("facility"), e=e.full(), ph=e.mobile())


def mc_2(g):
    s = g.staff()
    e = g.person()
    return g.lines(
        g.r("Job sheet {j}", j="JS-" + g.safe_digits(5, True)),
        g.r("Site: Talgrat {st}", st=g.store()),
        g.r("Reported by: {s}", s=s.full()),
        g.t("Fault: [[fitting room light|roller shutter jammed|leak above stockroom|till power socket]]"),
        g.r("Engineer: {e} ({co})", e=e.full(), co=g.company("facility")),
        g.r("Contact: {ph}", ph=e.phone()),
        g.r("[?Call-out fee paid with store card {c}?]", c=C.Span("CREDIT_CARD", g.card_value())),
        g.r("Completed: {d} {t}", d=g.date(), t=g.time()),
    )


def mc_3(g):
    f = g.person()
    s = g.staff()
    store = g.store()
    return g.r("{dear} {sur},\n\nthe [[roller shutter|rear fire exit|air handling unit]] at our {st} store has failed again "
               "[[this morning|overnight]]. Could your contractor attend today? Please call me on {ph}.\n\n"
               "Regards,\n{s}\nStore Manager, Talgrat {st2}",
               dear=f.dear(), sur=f.sur(), st=store, ph=s.mobile(), s=s.full(), st2=store)


def mc_4(g):
    e = g.person()
    k = g.staff()
    d = g.dates(3)
    return g.lines(
        g.r("{d} – lift out of order – {co} ([[{e}|engineer {e}]]) – ref {ref}", d=d[0], co=g.company("facility"), e=e.given(), ref=g.ref_phone_shaped()),
        g.r("{d} – part ordered, ETA {w}", d=d[1], w=g.weekday()),
        g.r("{d} – fixed. Keyholder {k} let them in ({ph}).", d=d[2], k=k.full(), ph=k.mobile()),
    )


# ---------------------------------------------------------------------------
# ombudsman_case
# ---------------------------------------------------------------------------

def om_1(g):
    a = g.person()
    return g.lines(
        g.r("Case {c}: {a} v Talgrat Outdoor", c="ADR-" + g.safe_digits(6, True), a=a.full()),
        g.r("The consumer, {h} {s}, of {ad}, complains that a [[warranty claim|refund request]] for the {p} was refused.",
            h=a.hon(), s=a.sur(), ad=a.addr1(), p=g.product()),
        g.t("[[Please send your final response within 28 days.|We invite both parties to a video hearing.]]"),
    )


def om_2(g):
    a = g.person()
    s = g.staff()
    return g.r("Ombudsman case [[opened|received]] for {a} ({e}[?, {ph}?]) re refused warranty claim on the {p}; deadline {d}; {s} to "
               "draft [[the response|our reply]].", a=a.full(), e=a.email(), p=g.product_short(), d=g.date(), s=s.full(),
               ph=a.phone())


def om_3(g):
    o = g.person()
    a = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "GB")
    s = g.staff()
    return g.lines(
        g.r("{dear} {sur},", dear=o.dear(), sur=o.sur()),
        g.r("Re: complaint by {a} (your ref {c})", a=a.full(), c=g.safe_digits(7, True)),
        g.r("We have offered {h} {s} a refund of {pr} to [[the account|the IBAN]] {ib}, and [[a repair voucher|free return "
            "shipping]].", h=a.hon(), s=a.sur(), pr=g.price(80, 350), ib=a.iban()),
        g.t("[[We consider the matter resolved.|We await your decision.]]"),
        g.r("Yours sincerely,\n{s}\nHead of Customer Care", s=s.full()),
    )


def om_4(g):
    a = g.person()
    return g.r("I have now referred my complaint to the [[Ombudsman|ADR scheme|dispute resolution body]]. My details: {a}, {ad}, "
               "{ph}.[? Order {o}.?][? Please refund to my card {c}.?]", a=a.full(), ad=a.addr1(), ph=a.phone(), o=g.order_no(),
               c=a.card())


def om_5(g):
    a = g.person()
    s = g.staff()
    d = g.dates(4)
    return g.lines(
        g.r("ADR timeline – {a}", a=a.lf()),
        g.r("{d} complaint received ({e})", d=d[0], e=a.email()),
        g.r("{d} final response sent by {s}", d=d[1], s=s.ini()),
        g.r("{d} referred to the ombudsman", d=d[2]),
        g.r("{d} [[decision: uphold|decision: not upheld|settled]]", d=d[3]),
    )


# ---------------------------------------------------------------------------
# wage_garnishment
# ---------------------------------------------------------------------------

def wg_1(g):
    a = g.person(country=g.country)
    return g.r("Attachment of earnings order for {a} (staff no. {n}[?, of {ad}?]) received {d}; deduct {pr} per month and pay to "
               "{co}, IBAN {ib}.", ad=a.addr1(), a=a.full(), n=g.safe_digits(5, True), d=g.date(), pr=g.price(60, 400),
               co=g.company("legal"), ib=g.iban())


def wg_2(g):
    a = g.staff()
    return g.r("Dear {a},\n\nwe have received a court order [[to deduct part of your salary|for an attachment of earnings]] "
               "from your next payslip. Please contact payroll ({e}) if you have questions; this stays confidential.\n\n"
               "Payroll team", a=a.given(), e=g.role_email("payroll"))


@fix("DE")
def wg_3(g):
    a = g.person(country="DE")
    return g.lines(
        g.t("Wage garnishment – Munich store (German payroll)"),
        g.r("Employee: {a}", a=a.lf()),
        g.r("Tax ID (Steuer-ID): {t}", t=a.taxid()),
        g.r("Creditor: {co}", co=g.company("legal")),
        g.r("Creditor IBAN: {ib}", ib=g.iban("DE")),
        g.r("Monthly amount: {pr}", pr=g.price(50, 300)),
        g.t("[?Note: employee informed in person.?]"),
    )


def wg_4(g):
    a = g.person()
    law = g.person()
    return g.r("Dear Sir or Madam,\n\nour client {co} holds a judgment against your employee {a}, born {dob}, residing at {ad}. "
               "Please confirm the employment and the net salary within 14 days.\n\nRegards,\n{l}\n{firm}",
               co=g.company("facility"), a=a.full(), dob=g.dob(), ad=a.addr1(), l=law.full(),
               firm=g.company("legal"))


# ---------------------------------------------------------------------------
# buddy_pairing
# ---------------------------------------------------------------------------

def bp_1(g):
    a, b = g.staff(cue=False), g.staff(cue=False)
    return g.r("New starter {a} joins the {st} team on {w}; {b} will be {his} buddy for the first [[month|six weeks]].",
               a=a.full(), st=g.store(), w=g.weekday(), b=b.given(), his=a.his())


def bp_2(g):
    a, b, m = g.staff(), g.staff(), g.staff()
    return g.r("Hi {a} and {b},\n\n[[let me introduce you|quick intro]]: {a2} starts on the shop floor on {d}, and {b2} has "
               "offered to show {him} the ropes. {b3}'s mobile is {ph}.\n\n[[Have fun|Cheers]],\n{m}",
               a=a.given(), b=b.given(), a2=a.given(), d=g.date(), b2=b.full(), him=a.him(), b3=b.given(),
               ph=b.mobile(), m=m.given())


def bp_3(g):
    ps = [g.staff() for _ in range(2 * g.n(2, 3))]
    rows = [g.r("Buddy pairs – {m}", m=g.pick(C.MONTHS_EN))]
    for i in range(0, len(ps), 2):
        rows.append(g.r("- {x} ↔ {y}", x=ps[i].full(), y=ps[i + 1].full()))
    return g.lines(*rows)


def bp_4(g):
    a, b = g.staff(), g.staff()
    return g.r("[[Four-week check-in|Buddy feedback]]: {b} was [[a great buddy|really patient]], especially with the till "
               "and returns. [[Would love to buddy someone myself next time.|No issues.]] – {a}", b=b.given(), a=a.full())


# ---------------------------------------------------------------------------
# training_record
# ---------------------------------------------------------------------------

def tr_1(g):
    ps = [g.staff() for _ in range(3)]
    return g.r("[[First-aid refresher|Fire warden course|Manual handling]] {d}: {a}, {b} and {c} passed; certificates "
               "[[to be sent to|go to]] their work e-mails.", d=g.date(), a=ps[0].full(), b=ps[1].full(), c=ps[2].full())


def tr_2(g):
    a = g.staff()
    t = g.person()
    return g.lines(
        g.t("Course: [[Forklift / pallet truck|Boot fitting level 2|First aid at work]]"),
        g.r("Trainee: {a}", a=a.full()),
        g.r("Staff no.: {n}", n=g.safe_digits(5, True)),
        g.r("Trainer: {t} ({co})", t=t.full(), co=g.company("training")),
        g.t("Result: [[passed|passed with merit|resit needed]]"),
        g.r("Valid until: {d}", d=g.date(year=2027)),
    )


def tr_3(g):
    a = g.staff()
    t = g.person()
    return g.r("Hi {a},\nyour [[fire warden|first-aid]] certificate expires on {d}. Please book a refresher – contact {t} "
               "on {ph} or at {e}.\nThanks!", a=a.given(), d=g.date(), t=t.full(), ph=t.phone(), e=t.email())


def tr_4(g):
    ps = [g.staff() for _ in range(g.n(3, 5))]
    rows = [g.t("Training log – [[till|returns|boot fitting]]")]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}) {a} – [[done|done|booked|missed, rebook]]", i=str(i + 1), a=[p.lf(), p.ini()][g.n(0, 1)]))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# rain_check
# ---------------------------------------------------------------------------

def rc_1(g):
    a = g.person()
    return g.r("Rain check {n}: {a} – {p}, size {sz}, sale price {pr} held until {d}. Text {ph} when stock arrives."
               "[? Deposit {dep} paid by card {c}.?]", n=g.safe_digits(4, True), a=a.full(), p=(it := g.item()).name, sz=it.size,
               pr=g.price(), d=g.date(), ph=a.mobile(), dep=g.price(10, 50), c=a.card())


def rc_2(g):
    a = g.person()
    s = g.staff()
    return g.r("Hi {a},\n\ngood news – the {p} in {c} is back. Your rain check ({n}) is valid until {d}; just show this e-mail "
               "at the till.\n\n" + SIGN + ",\n{s}", a=a.given(), p=(it := g.item()).name, c=it.colour, n=g.safe_digits(4, True),
               d=g.date(), s=s.given())


def rc_3(g):
    a = g.person()
    return g.r("Hello, I was given a rain check in your {st} store for the {p}. Has it come in yet? {a}, {ph}",
               st=g.store(), p=g.product_short(), a=a.full(), ph=a.phone())


def rc_4(g):
    a = g.person()
    s = g.staff()
    pp = g.product_full()
    return g.lines(
        "RAIN CHECK",
        g.r("Name: {a}", a=a.full()),
        g.r("Phone: {ph}", ph=a.phone()),
        g.r("Item: {sku} ({p})", sku=g.sku(pp), p=pp[0]),
        g.r("Price held: {pr}", pr=g.price()),
        g.r("[?Deliver to: {ad}\n?]Issued by: {s}", s=s.ini(), ad=a.addr1()),
    )


# ---------------------------------------------------------------------------
# student_discount_check
# ---------------------------------------------------------------------------

def sd_1(g):
    a = g.person()
    return g.r("[[Student discount|Student 10 %|Student pricing]] [[verified|confirmed|approved]] for {a} ({e})[[, uni card seen|"
               ", enrolment letter seen|, student ID checked at the till| via the online form]][?, valid until {d}?]."
               "[? Code sent to the same address.?]",
               a=a.full(), e=a.email(), d=g.date(year=2026))


def sd_2(g):
    a = g.person()
    return g.r("[[Hi|Hello|Dear]] {a},\n\n[[we couldn't verify your student status automatically|your student e-mail address "
               "wasn't recognised|the verification link has expired]]. Please send a [[photo|scan]] of your student card to "
               "{e} and we'll add the discount by hand[[.| within two working days.]]\n\n[[Talgrat Customer Service|Best, the Talgrat team]]", a=a.given(), e=g.role_email("support"))


def sd_3(g):
    ps = [g.person() for _ in range(g.n(2, 4))]
    s = g.staff()
    d = g.dates(len(ps), fmt="num")
    rows = [g.r("{d} {a} – ID checked – [[ok|ok|expired]] – {s}", d=d[i], a=[p.ini(), p.full()][g.n(0, 1)], s=s.given())
            for i, p in enumerate(ps)]
    return g.lines(*rows)


def sd_4(g):
    a = g.person()
    return g.r("hey, my student code isn't working at checkout[[ 😕|, says expired]]. I'm {a}, signed up with {e}.",
               a=[a.full(), a.lowfull()][g.n(0, 1)], e=a.email())


# ---------------------------------------------------------------------------
# blog_comment
# ---------------------------------------------------------------------------

def bc_1(g):
    a = g.person()
    return g.lines(
        g.r("{a} · {d}", a=a.full(), d=g.date(fmt="long")),
        g.t("Did the [[Helvellyn|Snowdon|Ben Nevis]] route last week – the path below the ridge is eroded. Great write-up!"),
        g.r("[[Held for moderation|Pending]] · {e} · IP {ip}", e=a.email(), ip=g.ip()),
    )


def bc_2(g):
    a = g.person()
    s = g.staff()
    return g.r("{a} wrote:\n> [[Which socks would you take for the GR20?|Is the Hochsattel big enough for a hut trip?]]\n\n"
               "Reply from {s} (Talgrat): Thanks {a2}! [[The Trittweg in a light cushion.|Yes, with a 2-litre bladder it fits.]]",
               a=a.gi(), s=s.given(), a2=a.given())


def bc_3(g):
    a = g.person()
    return g.r("Comment by {a} ({e}, {ip}) on '[[Ten tips for hut tours|Packing for the Highlands|Reproofing at home]]' – "
               "[[spam? No, genuine.|approved.|link removed, approved.]]", a=a.ini(), e=a.email(), ip=g.ip())


def bc_4(g):
    a = g.person()
    return g.r("[[great post!!|thank you for this|love this route]] we did [[this|it]] with the kids last [[summer|easter|"
               "october half term]][[, took us {h} hours|, muddy but worth it|]]. {dash} {a}", h=str(g.n(3, 7)),
               dash=g.pick(["—", "-", "~"]), a=a.low())


def bc_5(g):
    a, b = g.person(), g.person()
    return g.lines(
        g.r("{a} ({d}): [[Lovely photos.|How muddy was it?]]", a=a.full(), d=g.date(fmt="short")),
        g.r("  ↳ {b}: [[Knee deep in places!|Not too bad after the bridge.]]", b=b.given()),
        g.r("  ↳ {a}: [[Ha, noted.|Thanks!]]", a=a.given()),
        g.r("[?Moderator note: {e} flagged as duplicate account.?]", e=b.email()),
    )


# ---------------------------------------------------------------------------
# staff_parking_permit
# ---------------------------------------------------------------------------

def pp_1(g):
    a = g.staff()
    return g.r("Parking permit {n} issued to {a}, [[silver Golf|blue Corsa|red Yaris|white Transit]] reg {pl}, bay {b}. "
               "Mobile {ph} in case the car needs moving.", n=g.safe_digits(3, True), a=a.full(), pl=g.plate(),
               b=str(g.n(1, 40)), ph=a.mobile())


def pp_2(g):
    a = g.staff()
    return g.r("Hi {a},\n\nyour permit for the {st} car park runs out on {d}. Reply with your [[current reg|new number plate]] "
               "and we'll renew it.\n\nFacilities ({e})", a=a.given(), st=g.store(), d=g.date(), e=g.role_email("facilities"))


def pp_3(g):
    ps = [g.staff() for _ in range(g.n(2, 5))]
    rows = [g.r("Permits – {st}", st=g.store())]
    for p in ps:
        rows.append(g.r("{n} {a} – {pl}", n=g.safe_digits(3, True), a=p.lf(), pl=g.plate()))
    return g.lines(*rows)


def pp_4(g):
    a, s = g.staff(), g.staff()
    return g.r("Car {pl} in the loading bay again – belongs to {a} (permit {n}). Please ask {him} to move it. {s}",
               pl=g.plate(), a=a.full(), n=g.safe_digits(3, True), him=a.him(), s=s.given())


# ---------------------------------------------------------------------------
# alarm_callout
# ---------------------------------------------------------------------------

def al_1(g):
    k = g.staff()
    return g.r("Alarm activation {d} {t} at the {st} store. {co} called keyholder {k} on {ph}; {k2} attended "
               "[[with police|alone]], [[false alarm (PIR in stockroom)|door not fully shut|balloon from the window display]].",
               d=g.date(), t=g.pick(["02:14", "03:40", "23:55", "01:07"]), st=g.store(), co=g.company("security"), k=k.full(),
               ph=k.mobile(), k2=k.given())


def al_2(g):
    ps = [g.staff() for _ in range(g.n(2, 4))]
    rows = [g.r("Keyholders {st}:", st=g.store())]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}. {a} – {ph}", i=str(i + 1), a=p.full(), ph=p.mobile()))
    rows.append(g.t("[?Monitoring centre password changed on Monday.?]"))
    return g.lines(*rows)


def al_3(g):
    m, k = g.staff(), g.staff()
    return g.r("Hi {m},\n\nthe alarm went off again last night. I got the call at 3am and was there by 3:30 – nothing "
               "missing, [[zone 4 again|rear door sensor]]. Can we get {co} out this week?\n\n{k}",
               m=m.given(), co=g.company("security"), k=k.given())


def al_4(g):
    k = g.staff()
    o = g.person()
    return g.lines(
        g.t("Incident log – out of hours"),
        g.r("Date/time: {d} {t}", d=g.date(), t=g.pick(["02:14", "04:02", "22:48"])),
        g.r("Keyholder: {k} ({ph})", k=k.full(), ph=k.phone()),
        g.r("Operator: {o}, {co}", o=o.full(), co=g.company("security")),
        g.t("Cause: [[false alarm|power cut|attempted break-in]]"),
        g.t("[?Police ref: not needed?]"),
    )


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [se_1, se_2, se_3, se_4, se_5],
    "signed_review": [rv_1, rv_2, rv_3, rv_4, rv_5],
    "team_chat": [tc_1, tc_2, tc_3, tc_4, tc_5],
    "call_note": [cn_1, cn_2, cn_3, cn_4, cn_5],
    "name_prose": [np_1, np_2, np_3, np_4, np_5],
    "postal_letter": [pl_1, pl_2, pl_3, pl_4],
    "staff_compliment": [sc_1, sc_2, sc_3, sc_4, sc_5],
    "maintenance_callout": [mc_1, mc_2, mc_3, mc_4],
    "ombudsman_case": [om_1, om_2, om_3, om_4, om_5],
    "wage_garnishment": [wg_1, wg_2, wg_3, wg_4],
    "buddy_pairing": [bp_1, bp_2, bp_3, bp_4],
    "training_record": [tr_1, tr_2, tr_3, tr_4],
    "rain_check": [rc_1, rc_2, rc_3, rc_4],
    "student_discount_check": [sd_1, sd_2, sd_3, sd_4],
    "blog_comment": [bc_1, bc_2, bc_3, bc_4, bc_5],
    "staff_parking_permit": [pp_1, pp_2, pp_3, pp_4],
    "alarm_callout": [al_1, al_2, al_3, al_4],
}


# ---------------------------------------------------------------------------
# texts without personal data
# ---------------------------------------------------------------------------

def tp_1(g):
    return g.r("Trail report, {d}: the path up [[Fox's Gill|Hunter's Gully|Wolf Crag]] is icy above 600 m. "
               "[[Winter|Early winter]] conditions; May [[bring|will bring]] the first dry weekends. Grace period for "
               "hut bookings ends {d2}.", d=g.date(fmt="long"), d2=g.date(fmt="short"))


def tp_2(g):
    return g.lines(
        g.t("Conditions update – [[Lake District|Snowdonia|Cairngorms]]"),
        g.t("- [[Baker's Bridge|The hunter's path|Fox Tor]]: [[closed for repairs|open, muddy]]"),
        g.r("- Freezing level {n} m, wind [[40|55|70]] km/h", n=str(g.n(400, 1400))),
        g.t("- Will it clear? Probably by [[Thursday|the weekend]]."),
        g.t("[?- Young walkers: take the low route.?]"),
    )


def tp_3(g):
    return g.r("Rose Valley loop: {k} km, {h} m ascent. [[The little bridge at Long Meadow|The stone stile at Hunter's Field]] "
               "is slippery. Bring the Steinlauf or similar.", k=str(g.n(6, 24)), h=str(g.n(200, 1100)))


def tp_4(g):
    return g.r("[[Snow|Hail|Rain]] forecast for {w}. Keswick (CA12) and Fort William (PH33) stores open as usual. "
               "[[Grace|May]] Bank path reopens in [[May|June]].", w=g.weekday())


def pt_1(g):
    p = g.product_full()
    return g.r("New in [[{c}|{c2}]]: the {n}, {pr}. [[Will it rain?|Grace your pack with colour.]] [[Shop now.|Find it in store.]]",
               c=p[4][0], c2=p[4][-1], n=p[0], pr="€" + p[3])


def pt_2(g):
    p, q = g.product_full(), g.product_full()
    return g.lines(
        g.r("{a} ({sku}) – {pr}", a=p[0], sku=p[2], pr="€" + p[3]),
        g.r("{b} ({sku}) – {pr}", b=q[0], sku=q[2], pr="€" + q[3]),
        g.t("Colours: [[Slate, Hut Orange|Fir Shade, Lichen|Alpenglow, Ridge Blue]]"),
        g.t("[[The baker's dozen deal|Hunter green is back]]: 13 pairs of socks for the price of 12."),
    )


def pt_3(g):
    return g.r("[[Young|Little]] hikers love the {p}. Sizes {a}–{b}. [[Fox tracks|Wolf prints]] print on the lining.",
               p=g.product_short(), a=g.pick(["XS", "S"]), b=g.pick(["L", "XL"]))


def pt_4(g):
    p = g.product_full()
    return g.r("{n}: {w}. Now {pr} (was [[€{o}|{o} EUR]]). Offer ends {d}.", n=p[0],
               w=g.pick(["PFC-free DWR", "5 years Talgrat warranty", "developed in the Allgäu"]),
               pr="€" + str(round(float(p[3]) * 0.8, 2)), o=p[3], d=g.date(fmt="long"))


def tk_1(g):
    return g.r("Parcel {p}: [[out for delivery|delivered to a parcel locker|held at depot]]. Depot ref {r}.",
               p=g.parcel_no(), r=g.ref_phone_shaped())


def tk_2(g):
    rows = [g.t("Tracking – [[3|4]] parcels")]
    for _ in range(g.n(2, 4)):
        rows.append(g.r("{p} · {d} · [[in transit|delivered|exception: address incomplete]]", p=g.parcel_no(), d=g.date(fmt="short")))
    return g.lines(*rows)


def tk_3(g):
    return g.r("Your parcel {p} missed the [[Manchester|Leeds]] hub cut-off. New ETA {d}. Queue number {q}.",
               p=g.parcel_no(), d=g.date(fmt="long"), q=g.ref_phone_shaped())


def tk_4(g):
    return g.r("Collection from PO Box [[120|45]] booked: trailer {t}, seal {s}, {n} pallets.",
               t=g.ref_phone_shaped(), s=g.safe_digits(8, True), n=str(g.n(2, 12)))


SUPPLIERS_EN = ["Baker & Hunter Logistics", "Fox & Miller Outdoor Ltd", "King & Bell Ropes", "Young & Rose Packaging",
                "Stone & Wood Displays", "Carpenter & Mason Timber", "Turner Brothers Buckles", "Fisher & Walker Textiles",
                "Long Valley Wool Co.", "Price & Page Printing"]


def sp_1(g):
    rows = [g.t("Approved suppliers")]
    for s in g.sample(SUPPLIERS_EN, g.n(3, 5)):
        rows.append(g.r("{s} – GTIN prefix {p} – lead time {n} days", s=s, p=g.gtin()[:7], n=str(g.n(5, 40))))
    return g.lines(*rows)


def sp_2(g):
    s = g.pick(SUPPLIERS_EN)
    return g.r("PO {o} to {s}: {n} units {sku}, {pr} each, delivery [[{d}|week {w}]].", o=g.order_no(), s=s,
               n=str(g.n(50, 900)), sku=g.sku(), pr=g.price(3, 60), d=g.date(), w=str(g.n(2, 50)))


def sp_3(g):
    s1, s2 = g.sample(SUPPLIERS_EN, 2)
    return g.r("{a} replaces {b} for zip pullers from {m}. Samples in the Kempten workshop.", a=s1, b=s2, m=g.pick(C.MONTHS_EN))


def sp_4(g):
    s = g.pick(SUPPLIERS_EN)
    return g.lines(g.r("Supplier audit: {s}", s=s), g.t("Score: [[A|B|B+]]"), g.r("Next audit {d}", d=g.date()),
                   g.t("[?Notes: bluesign certificate renewed.?]"))


def gf_1(g):
    p = g.product_full()
    return g.r("{sku}\t{t}\t{gt}\t{pr} EUR\tin stock", sku=p[2], t=p[0], gt=g.gtin(), pr=p[3])


def gf_2(g):
    rows = ["id,title,gtin,price,colour"]
    for _ in range(g.n(2, 4)):
        p = g.product_full()
        rows.append(g.r("{sku}-{sz},{t},{gt},{pr} EUR,{c}", sku=p[2], sz=g.size_for(p).replace("UK ", "UK").replace("US ", "US"), t=p[0], gt=g.gtin(), pr=p[3], c=g.pick(p[4])))
    return g.lines(*rows)


def gf_3(g):
    p = g.product_full()
    return g.r("<item><g:id>{sku}</g:id><g:title>{t}</g:title><g:gtin>{gt}</g:gtin><g:price>{pr} EUR</g:price></item>",
               sku=p[2], t=p[0], gt=g.gtin(), pr=p[3])


def gf_4(g):
    return g.r("Feed warning: GTIN {a} duplicated on {s1} and {s2}; GTIN {b} OK.", a=g.gtin(), s1=g.sku(), s2=g.sku(), b=g.gtin())


def rn_v(g):
    return "%d.%d.%d" % (g.n(1, 9), g.n(0, 24), g.n(0, 30))


def rn_1(g):
    return g.r("POS [[firmware|app]] {v} (build {b}): fixes receipt printer timeout; requires scanner {v2}.",
               v=rn_v(g), b=g.safe_digits(5, True), v2=rn_v(g))


def rn_2(g):
    return g.lines(g.r("Release {v} – {d}", v=rn_v(g), d=g.iso_date()),
                   g.t("- [[Faster|Smoother]] stock lookup"), g.r("- Port {p} now configurable", p=str(g.n(1024, 9999))),
                   g.r("- Commit {h}", h="".join(g.pick("0123456789abcdef") for _ in range(10))))


def rn_3(g):
    return g.r("Handheld scanners updated from {a} to {b}. [[Will reboot overnight.|No action needed.]]", a=rn_v(g), b=rn_v(g))


def rn_4(g):
    return g.r("Label printer driver {v}: [[May|June]] patch, [[Winter|Spring]] release train. Checksum {c}.",
               v=rn_v(g), c="".join(g.pick("0123456789abcdef") for _ in range(12)))


def cal_1(g):
    return g.r("{st} store: [[late opening|stocktake]] on {d}, [[8am–9pm|closed from 2pm]]. Nearest alternative: "
               "[[Leeds LS1|Denver, CO 80202|Galway H91|Bristol BS1]].", st=g.store(), d=g.date(fmt="long"))


def cal_2(g):
    return g.lines(g.t("Events this [[month|season]]"),
                   g.r("{d} – Reproofing workshop, [[Keswick CA12|Manchester M1]]", d=g.date(fmt="short")),
                   g.r("{d} – Boot fitting evening, {t}", d=g.date(fmt="short"), t=g.time()),
                   g.t("[?May Day – closed?]"))


def cal_3(g):
    return g.r("Bank holiday hours: {d} 10:00–16:00. [[Christmas Eve|New Year's Day]] closed. Postcode for the car park: "
               "[[EH6 4|LS6 2|G12 8]]", d=g.date(fmt="long"))


def cal_4(g):
    return g.r("Winter talk: [[Hunter's Moon hikes|Wolf tracking in Europe]], {d}, {t}, free entry.", d=g.date(fmt="long"), t=g.time())


def os_1(g):
    return g.r("Order {o} [[dispatched|packed|on hold]] on {d}. Total {pr}. Ticket {t}.", o=g.order_no(), d=g.date(),
               pr=g.price(), t=g.ref_phone_shaped())


def os_2(g):
    return g.lines(g.r("Order {o}", o=g.order_no()),
                   g.r("Items: {n} × {sku}", n=str(g.n(1, 4)), sku=g.sku()),
                   g.r("Status: [[shipped|awaiting stock]] ({d})", d=g.date()),
                   g.r("Return code: {r}", r=g.ref_phone_shaped()))


def os_3(g):
    return g.r("Refund {r} processed: {pr} to the original payment method (card ending {l}).",
               r=g.ticket_no(), pr=g.price(), l=g.safe_digits(4))


def os_4(g):
    p = g.product_full()
    return g.r("Exchange {r}: size {a} for size {b}, {p}. Warehouse ref {w}.", r=g.ticket_no(), a=g.size_for(p), b=g.size_for(p),
               p=p[0], w=g.ref_phone_shaped())


def ck_1(g):
    return g.r("Camp recipe: baker's [[bannock|flatbread|soda bread]]. {f} g flour, a pinch of salt, {w} ml water. Cook on a hot "
               "stone like a hunter would, {n} minutes each side.", f=str(g.n(10, 30) * 10), w=str(g.n(8, 20) * 10),
               n=str(g.n(3, 6)))


def ck_2(g):
    return g.lines(g.r("Hunter's stew for {n}", n=str(g.n(2, 6))), g.r("- {o} onions, {l} g lentils", o=str(g.n(1, 4)), l=str(g.n(2, 8) * 100)),
                   g.t("- [[May|Spring|Wild]] greens if you find them"),
                   g.r("Simmer for {m} minutes. The cook decides on the [[chilli|salt|smoked paprika]].", m=str(g.n(20, 45))))


def ck_3(g):
    return g.r("Trail mix à la [[Fox|Wolf]] Hut: {a} g nuts, {b} g raisins, [[dark chocolate|dried apple|banana chips]]. Will keep "
               "for {n} days in the Hochsattel lid pocket.", a=str(g.n(5, 30) * 10), b=str(g.n(5, 20) * 10), n=str(g.n(4, 12)))


def ck_4(g):
    return g.r("Porridge, the young ranger way: {a} g oats, {b} g milk powder, a little honey. Grace note: "
               "[[a pinch of cinnamon|frozen berries|a spoon of peanut butter]]. Serves {n}.",
               a=str(g.n(6, 20) * 10), b=str(g.n(2, 8) * 10), n=str(g.n(1, 4)))


SIZE_ROWS = [("5", "38", "23.5"), ("6", "39.5", "24.5"), ("7", "40.5", "25.5"), ("8", "42", "26.5"), ("9", "43", "27.5"),
             ("10", "44.5", "28.5"), ("11", "46", "29.5"), ("12", "47", "30.5")]


def sz_1(g):
    k = g.n(2, 4)
    i = g.n(0, len(SIZE_ROWS) - k)
    rows = [g.t("[[Boot sizes|Shoe size chart|Steinlauf sizes]]")]
    for uk, eu, cm in SIZE_ROWS[i:i + k]:
        rows.append("UK " + uk + " = EU " + eu + " = " + cm + " cm")
    return g.lines(*rows)


def sz_2(g):
    n = g.n(76, 86)
    return g.r("Inside leg ([[size|Gr.]] {sz}): Regular {a} cm, Short {b} cm. If in doubt, [[size up|order both|ask in store]].",
               sz=g.size(), a=str(n), b=str(n - 5))


def sz_3(g):
    return g.r("Sock sizes: S ({a}–{b}), M ({c}–{d}), L ({e}–46). [[Trittweg|Merino hiking socks]] {pr} per pair, "
               "{n} colours.", a="35" if g.chance(0.5) else "36", b="38", c="39", d="42", e="43", pr=g.price(15, 30),
               n=str(g.n(2, 5)))


def sz_4(g):
    return g.r("Fit note for the {p}: [[long in the arm|roomy in the chest|narrow at the heel|short in the back]]; "
               "[[take your usual size|size down if between sizes|size up for layering]].", p=g.product_short())


NOPII = {
    "trail_report": [tp_1, tp_2, tp_3, tp_4],
    "product_teaser": [pt_1, pt_2, pt_3, pt_4],
    "parcel_tracking": [tk_1, tk_2, tk_3, tk_4],
    "supplier_directory": [sp_1, sp_2, sp_3, sp_4],
    "gtin_feed": [gf_1, gf_2, gf_3, gf_4],
    "release_notes": [rn_1, rn_2, rn_3, rn_4],
    "store_calendar": [cal_1, cal_2, cal_3, cal_4],
    "order_status": [os_1, os_2, os_3, os_4],
    "camp_kitchen": [ck_1, ck_2, ck_3, ck_4],
    "size_guide": [sz_1, sz_2, sz_3, sz_4],
}
