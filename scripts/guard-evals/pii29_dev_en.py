"""English prose templates of the dev half of the twenty-ninth PII bank (dev29).

18 prose genres with personal data and 10 genres without personal data.
"""

from pii29_dev_core import Lab, PRODUCTS
from pii29_dev_names import ascii_fold

PII = {}
NOPII = {}


def T(genre, cty=None):
    def deco(f):
        f.cty = cty
        PII.setdefault(genre, []).append(f)
        return f
    return deco


def NP(genre, mode="prose"):
    def deco(f):
        f.cty = None
        f.mode = mode
        NOPII.setdefault(genre, []).append(f)
        return f
    return deco


def hi(c, p, formal=None):
    formal = c.chance(0.5) if formal is None else formal
    if formal:
        return c.ch([["Dear ", p.hs()], ["Dear ", p.full()], ["Hello ", p.hs()]])
    return c.ch([["Hi ", p.first_given()], ["Hello ", p.first_given()], ["Dear ", p.first_given()]])


def bye(c):
    return c.ch(["Best,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Cheers,", "Regards,"])


def he(p, cap=False):
    s = "she" if p.gender == "f" else "he"
    return s.capitalize() if cap else s


def his(p):
    return "her" if p.gender == "f" else "his"


def him(p):
    return "her" if p.gender == "f" else "him"


def prod_line(c):
    pr = c.product()
    return pr, c.pname(pr), c.colour(pr)


def reg_plate(c):
    if c.cty == "US":
        return "%d%s%d" % (c.ri(1, 9), "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), c.ri(100, 999))
    if c.cty == "IE":
        return "%d-%s-%d" % (c.ri(141, 242), c.ch(["D", "C", "G", "KY", "MO", "WW"]), c.ri(100, 99999))
    return "%s%02d %s" % ("".join(c.ch("ABCDEFGHKLMNOPRSVWY") for _ in range(2)), c.ri(10, 74),
                          "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))


# ===========================================================================
# crm_note

@T("crm_note")
def crm_oneliner(c):
    p = c.person()
    pr, pn, col = prod_line(c)
    c.s(d=c.date(0, c.ch(["short", "dm"])), who=c.ch([p.hs(), p.full(), p.full()]), ph=p.mobile(), o=c.order_no(),
        pn=pn, col=col)
    return ("[[{d} –|{d}:|{d}]] [[Called|Spoke to|Rang|Had a call from]] {who} re {o}[[ ({pn})|]] – "
            "[[wants the {col} one instead|asked about the refund|happy with the exchange now|still waiting for the "
            "replacement|says the courier left it outside]]; [[cb|call back|ring back]] on {ph} [[after 5|tomorrow morning|"
            "on Thursday|before the weekend]].")


@T("crm_note")
def crm_history(c):
    p = c.person()
    old = c.address(p.cty)
    new = p.addr()
    head = c.ch([["Contact history – ", p.full()], ["Customer: ", p.LAST_first()], ["History for ", p.full(), " (",
                                                                                       p.email(), ")"]])
    pool = [
        ["e-mail: asked for the size chart for the ", c.pname(c.product("shoe"))],
        ["phone: moved from ", old.street(), " to ", new.one(), "; updated both addresses"],
        ["store: bought ", c.pname(), " in ", c.store_town, ", paid by card"],
        ["phone: new mobile ", p.mobile(), ", old number deleted"],
        ["e-mail: refund of ", c.money(20, 250), " sent to ", p.iban() if p.cty != "US" else "the card on file"],
        ["chat: prefers e-mail to ", p.email(), ", no calls during the day"],
        ["letter: complaint about delivery time, answered by ", c.staff().full()],
    ]
    k = c.ri(3, 6)
    items = c.sample(pool, k)
    lines = [head]
    for i, it in enumerate(items):
        lines.append([c.date(-30 * (k - i) + c.ri(0, 20), "short"), " ", it])
    return c.rows(lines)


@T("crm_note")
def crm_merge(c):
    p = c.person()
    e1 = c.email_for(p)
    e2 = c.email_for(p)
    if e1.value == e2.value:
        e2 = Lab("EMAIL", "x" + e2.value)
    c.s(a=p.LAST_first(), b=p.full(), e1=e1, e2=e2, ad=p.addr().one(), n=str(c.ri(2, 7)))
    return ("[[Merged duplicate profiles|Duplicate merged|Profiles merged]]: {a} ({e1}) and {b} ({e2}) – "
            "[[same address|both at]] {ad}. [[Kept|Primary is now]] {e2}[[; {n} orders moved over|; loyalty points combined|]].")


@T("crm_note")
def crm_lead(c):
    p = c.person()
    fair = c.ch(["Kendal Mountain Festival", "The Outdoors Show", "the Leeds store evening", "ISPO", "the Dublin climbing expo"])
    club = c.ch(["Fell Runners of Kendal", "Glasgow Hillwalking Club", "Wicklow Trail Club", "Cascade Hiking Society",
                 "Peak District Ramblers", "the university mountaineering club"])
    c.s(f=fair, p=p.full(), role=c.ch(["chair", "kit officer", "treasurer", "trip leader"]), club=club, e=p.email(),
        ph=p.phone(p.cty, c.ch(["mobile", "land"])), wd=c.weekday(c.ri(2, 6)))
    return ("Lead from {f}: {p}, {role} of {club}.[[ {e} / {ph}.| Reach via {e} or {ph}.| Mobile {ph}, e-mail {e}.]]\n"
            "[[Wants a group discount for 20 members.|Asked for a quote on 25 Hochsattel packs.|Interested in a fitting evening "
            "for the club.|Wants to borrow demo jackets for a winter course.]]\nFollow up [[on|by]] {wd}.")


@T("crm_note")
def crm_pref(c):
    p = c.person()
    q2 = c.person(cty=p.cty)
    lines = [["Customer: ", p.full()],
             ["Prefers: ", c.ch(["calls after 5pm", "e-mail only", "no calls at work", "text messages"])],
             ["Mobile: ", p.mobile()]]
    if c.chance(0.6):
        lines.append(["Notes: bought the ", c.pname(), " last ", c.ch(["winter", "autumn", "spring"]), "; ",
                      c.ch(["wide feet, EU ", "narrow heel, EU "]), str(c.ri(38, 47))])
    if c.chance(0.5):
        rel = c.ch(["Partner ", "Daughter " if q2.gender == "f" else "Son "])
        lines.append([rel, q2.first_given(), " also shops with us – separate account."])
    return c.rows(lines)


# ===========================================================================
# support_email

def _agent_sig(c):
    a = c.staff()
    return [bye(c), "\n", a.first_given() if c.chance(0.6) else a.full(), "\n", "Talgrat Customer Service",
            c.ch(["", ["\n", c.role()]])]


@T("support_email")
def sup_refund_card(c):
    p = c.person()
    pr, pn, col = prod_line(c)
    c.s(g=hi(c, p), pn=pn, amt=c.money(20, 380), l4=str(c.ri(1000, 9999)), o=c.order_no(), sig=_agent_sig(c))
    return ("{g},\n\n[[thanks for sending the|we've received the]] {pn} back[[ (order {o})|]]. [[We've refunded|A refund of]] "
            "{amt} [[to the card ending|has gone to the card ending]] {l4}[[ – it can take 3 to 5 working days to show|"
            "; your bank may need a few days|]].\n\n[[Anything else, just reply to this e-mail.|Let us know if there's "
            "anything else.|]]\n\n{sig}")


@T("support_email")
def sup_moved(c):
    p = c.person()
    a = p.addr()
    c.s(o=c.order_no(), a=a.two(), ph=p.mobile(), n=p.full(), g=c.ch(["Hello,", "Hi there,", "Hi,"]))
    return ("{g}\n\n[[I've just moved|We moved last week]] – could you [[send|redirect]] order {o} to my new address "
            "[[instead|please]]?\n\n{a}\n\n[[My number is {ph} in case the driver needs it.|Driver can call {ph}.|]]\n\n"
            "[[Thanks|Many thanks|Cheers]],\n{n}")


@T("support_email")
def sup_quoted(c):
    p = c.person()
    a = c.staff()
    c.s(g=hi(c, p, False), d=c.date(-c.ri(1, 5), "long"), n=p.full(), e=p.email(), an=a.first_given(),
        q1=c.ch(["> Hi, the hip belt on my Fernkamm has started to fray after one trip.",
                 "> Hello, I ordered the wrong size of the Steinlauf, can I swap it?",
                 "> My Kaltkar arrived with a small tear near the zip."]),
        q2=c.ch(["> Is that covered?", "> What do I need to do?", "> Photos attached."]))
    return ("{g},\n\n[[sorry to hear that|thanks for the photos|no problem at all]]. [[Please send it back with the "
            "returns label|We'll swap it for you|We'll repair or replace it under warranty]] and we'll [[sort it out|be in "
            "touch]] [[within a week|as soon as it arrives]].\n\n[[Best|Regards]],\n{an}\n\nOn {d}, {n} <{e}> wrote:\n{q1}\n{q2}")


@T("support_email")
def sup_card_paste(c):
    p = c.person()
    c.s(cd=c.card(), ex="%02d/%02d" % (c.ri(1, 12), c.ri(26, 31)), n=c.ch([p.full(), p.first_given(), p.init_sur()]),
        o=c.order_no())
    return ("[[Hi,|Hello,|Hi there,]] [[my payment keeps failing|checkout won't take my card|the payment page errors]]"
            "[[ for order {o}|]]. The card is {cd}, [[expiry|exp.]] {ex}. [[Can you put it through manually?|Could you "
            "charge it from your side?|Please just take the payment.]]\n\n{n}")


@T("support_email")
def sup_summary(c):
    p = c.person(need_iban=True)
    a = c.staff()
    lines = [["Case ", c.ticket(), " – summary"],
             ["Customer: ", p.full(), " (", p.email(), ")"],
             ["Phone: ", p.mobile()],
             ["Address: ", p.addr().one()],
             ["Issue: ", c.ch(["delamination on the ", "broken buckle on the ", "seam leak on the "]), c.pname()],
             ["Action: refund of ", c.money(40, 350), " to ", p.iban()],
             ["Agent: ", a.full()]]
    if c.chance(0.5):
        lines.append(["Next step: ", c.ch(["close after payment", "check again on ", "ask the warehouse on "]),
                      c.weekday(c.ri(1, 5))])
    return c.rows(lines)


# ===========================================================================
# signed_review

REV_GOOD = ["Kept me dry on a full day in the Lakes.", "Fits well over a fleece, hood works with a helmet.",
            "Comfortable from the first walk, no blisters.", "Warm enough for January in the Cairngorms.",
            "Pockets are in the right place for a hip belt.", "Light and packs down small."]
REV_BAD = ["The zip sticks in the cold.", "Sizing runs small, order one up.", "Seams started to let water in after a month.",
           "Colour is darker than on the website."]


@T("signed_review")
def rev_given_init(c):
    p = c.person()
    c.s(st=c.ch(["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4/5"]), t=c.ch(["Great jacket", "Does the job", "Solid pack",
                                                                     "Mixed feelings", "Worth it"]),
        b1=c.ch(REV_GOOD), b2=c.ch(REV_BAD + REV_GOOD), n=p.given_init(), town=p.addr().town_only())
    return "{st} {t}\n{b1} [[{b2}|]]\n– {n}[[, {town}|]]"


@T("signed_review")
def rev_init_sur(c):
    p = c.person()
    pr, pn, col = prod_line(c)
    c.s(pn=pn, col=col, b=c.ch(REV_GOOD), b2=c.ch(REV_BAD), n=p.init_sur(), town=p.addr().town_only())
    return ("[[Bought the {pn} in {col}.|The {pn} ({col}) is my third Talgrat piece.|Used the {pn} on a week in Skye.]] "
            "{b} [[{b2}|]] [[{n}, {town}|{n}]]")


@T("signed_review")
def rev_reply(c):
    p = c.person()
    s = c.staff()
    c.s(b=c.ch(REV_BAD), b2=c.ch(REV_GOOD), n=c.ch([p.full(), p.given_init()]), g=p.first_given(), sg=s.first_given(),
        e=c.role("service"))
    return ("{b} {b2}\n— {n}\n\n[[Reply from Talgrat|Talgrat replied]]: [[Thanks|Thank you]], {g}! [[Sorry about the "
            "zip – please write to {e} and we'll repair it.|We've passed this on to the product team.|Glad it kept you dry.]]"
            " [[– {sg}|]]")


@T("signed_review")
def rev_lower(c):
    p = c.person()
    c.s(b=c.ch(REV_GOOD).lower(), n=c.ch([p.lower_full(), p.lower_given()]))
    return "[[{b}|honestly {b}|{b} would buy again]] [[- {n}|— {n}|cheers, {n}|x {n}]]"


@T("signed_review")
def rev_caps(c):
    p = c.person()
    c.s(b=c.ch(REV_GOOD), n=p.upper(), town=p.addr().town_only(), pn=c.pname())
    return "\"[[{b}|The {pn} was worth every penny. {b}]]\" — {n}[[, {town}|]]"


# ===========================================================================
# team_chat

@T("team_chat")
def chat_store(c):
    a, b = c.staff(), c.staff()
    p = c.person()
    c.s(a=a.lower_given(), b=b.lower_given(), p=c.ch([p.full(), p.hs()]), ph=p.mobile(), he=he(p), his=his(p),
        t1=c.time(), t2=c.time(), t3=c.time(), pn=c.pname(c.product(["shoe", "pack"])))
    return ("[{t1}] {a}: {p} is coming in at [[11|half 2|4]] for the [[boot fitting|pack fitting|repair pick-up]]\n"
            "[{t2}] {b}: ok[[, {his} number is {ph} if {he} is late| – i'll ring {ph} if {he} doesn't show|]]\n"
            "[{t3}] {a}: [[thx|cheers|ta]][[, the {pn} is in the back|]]")


@T("team_chat")
def chat_swap(c):
    a, b = c.staff(), c.staff()
    h = ascii_fold(b.lower_given().value).replace(" ", "").replace("-", "").replace("'", "")
    c.s(h="@" + h, a=a.first_given(), d=c.weekday(c.ri(1, 6)), m=a.mobile())
    return ("{h} [[can you cover my|any chance you could take my|would you swap for my]] {d} shift? "
            "[[I'll do your Sunday|happy to swap back|I owe you one]] – {a}[[ ({m})|]]")


@T("team_chat")
def chat_web(c):
    p = c.person()
    s = c.staff()
    a = p.addr()
    c.s(v=c.ch([p.lower_full(), p.full()]), sg=s.first_given(), g=p.first_given(), ad=a.one(), ph=p.mobile(),
        o=c.order_no())
    return ("Visitor: hi [[my name is|it's|this is]] {v}\nAgent ({sg}): Hi {g}! How can I help?\n"
            "Visitor: [[my parcel went to|you sent order {o} to]] {ad} but [[I moved|that's my old flat]]\n"
            "Agent ({sg}): [[No problem|Sorry about that]], [[I'll ask the courier to redirect it|I've flagged it for the "
            "courier]]. [[Best number to reach you?|Can I have a phone number for the driver?]]\nVisitor: {ph}")


@T("team_chat")
def chat_morning(c):
    a, b, d = c.staff(), c.staff(), c.staff()
    p = c.person()
    q2 = c.person()
    c.clock = c.ri(7 * 60, 9 * 60)
    lines = [[c.time(), " ", a.lower_given(), ": morning all ☕"],
             [c.time(), " ", b.lower_given(), ": delivery due at 10, ", c.ch(["pallet of socks", "the new Kaltkar stock", "returns from Leeds"])],
             [c.time(), " ", a.lower_given(), ": ", p.full(), " is collecting ", c.order_no(), " today, paid already"],
             [c.time(), " ", d.lower_given(), ": ", q2.hs(), " rang about the repair again, can someone call ", q2.mobile(), "?"]]
    if c.chance(0.5):
        lines.append([c.time(), " ", b.lower_given(), ": on it"])
    return c.rows(lines)


@T("team_chat")
def chat_oneliner(c):
    s = c.staff()
    p = c.person()
    c.s(s=s.first_given(), p=p.full(), o=c.order_no(), ph=p.mobile())
    return "{s}: {p} [[called again about|is chasing]] {o}[[, can someone ring {ph}?| – number is {ph}|]]"


# ===========================================================================
# call_note

@T("call_note")
def call_inbound(c):
    p = c.person()
    c.s(t=c.time(), d=c.date(0, "short"), who=p.hs(), ph=p.phone(p.cty, c.ch(["mobile", "land"])),
        wd=c.weekday(c.ri(1, 4)), o=c.order_no())
    return ("Inbound call {d} {t} – {who} ({ph}) [[asked whether|wanted to know if]] "
            "[[the repair on {o} is done|we stock the Wintersteig in long leg|the Fernkamm can be fitted in store]]. "
            "[[Promised a call back by {wd}.|Said we'd ring back {wd}.|Told {who} we'd check and call back.]]")


@T("call_note")
def call_voicemail(c):
    p = c.person()
    ph = p.mobile()
    c.s(d=c.date(0, "short"), t=c.time(), n=p.full(), o=c.order_no(), ph=ph, ph2=Lab("PHONE", ph.value))
    return ("Voicemail {d} {t}: \"Hi, [[this is|it's]] {n}, I'm calling about [[order|my order]] {o}. "
            "[[It still hasn't arrived|The jacket is the wrong size|I need to change the address]]. My number is {ph}, "
            "[[that's {ph2} again|I'll say it again, {ph2}]]. Thanks.\"")


@T("call_note")
def call_phone_order(c):
    p = c.person()
    s = c.staff()
    pr, pn, col = prod_line(c)
    c.s(sg=s.first_given(), n=p.full(), ad=p.addr().one(), pn=pn, col=col, sz=c.size(pr), cd=c.card(),
        ex="%02d/%02d" % (c.ri(1, 12), c.ri(26, 31)))
    return ("Phone order taken by {sg}: {n}, {ad}. {pn} in {col}, size {sz}. "
            "[[Card {cd}, exp {ex}.|Paid by card {cd} (exp {ex}).]] [[Customer wants it before the weekend.|Gift wrap.|]]")


@T("call_note")
def call_list(c):
    n = c.ri(2, 5)
    lines = [c.ch(["Call-backs ", "To ring ", "Call list "]) + c.weekday(0) + ":"]
    for i in range(n):
        p = c.person()
        why = c.ch(["repair ready", "refund query", "size swap", "special order arrived", "wrong colour sent"])
        lines.append(["%d. " % (i + 1), c.ch([p.hs(), p.full(), p.init_sur()]), " – ",
                      p.phone(p.cty, c.ch(["mobile", "land"])), " – ", why])
    return c.rows(lines)


# ===========================================================================
# name_prose (no cue words; names from the lists only)

@T("name_prose")
def np_congrats(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), bg=b.first_given(),
        feat=c.ch(["walked the West Highland Way in five days", "finished the Bob Graham Round",
                   "climbed all 282 Munros", "ran the Wicklow Way for the mountain rescue"]))
    return ("[[Congratulations to|Well done to|Huge respect to]] {a} and {b}, who {feat}. "
            "[[{bg} says the Steinlauf shoes survived|{bg} swears by merino socks now|Both are back at work on Monday]].")


@T("name_prose")
def np_team(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), ag=a.first_given(), t1=c.store_town, wh=c.ch(["the workshop", "the rental desk", "online orders"]))
    return ("Our {t1} team grew this month: {a} [[moves over from|joins us from]] [[Keswick|the Leeds store|the warehouse]], "
            "and {b} takes on {wh}. [[Say hello when you're in.|{ag} knows every path in the Lakes.|]]")


@T("name_prose")
def np_testing(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), bg=b.first_given(), pn=c.pname(c.product(["pack", "jacket"])))
    return ("{a} spent three weeks testing the {pn} on the Kungsleden before {b} took it to the Pyrenees. "
            "[[The hip belt held up; {bg} wants bigger pockets.|Neither found a leak.|It came back muddy but whole.]]")


@T("name_prose")
def np_charity(c):
    ps = [c.person(cue=False) for _ in range(3)]
    c.s(a=ps[0].full(), b=ps[1].full(), d=ps[2].full(), amt=c.ch(["£2,300", "£940", "€1,850", "$3,100"]),
        who=c.ch(["mountain rescue", "the hospice", "the local food bank", "the bothy association"]))
    return ("{a}, {b} and {d} raised {amt} for {who} [[by walking the Three Peaks|on a 24-hour climbing wall challenge|"
            "with a sponsored litter pick on Snowdon]]. [[Thank you all.|Amazing effort.|]]")


@T("name_prose")
def np_obit(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), ag=a.first_given(), b=b.full(), y=str(c.ri(8, 31)))
    return ("After {y} years behind the counter, {a} retires this Friday. [[Customers asked for {ag} by name|Half the town "
            "learned to tie boots from {ag}]], and {b} [[will take over the fitting room|organises the leaving do]].")


# ===========================================================================
# postal_letter

@T("postal_letter")
def letter_sender(c):
    p = c.person()
    a = p.addr()
    c.s(n=p.full(), a=a.two(), ctry=("\n" + {"GB": "United Kingdom", "IE": "Ireland", "US": "USA"}.get(a.cty, "")) if c.chance(0.2) else "",
        d=c.date(0, "long"), o=c.order_no(), pn=c.pname())
    return ("{n}\n{a}{ctry}\n\nTo: Talgrat Outdoor – Customer Service, {d}\nRe: order {o}\n\nDear Sir or Madam,\n\n"
            "[[I am returning the {pn} because it does not fit.|The {pn} I ordered arrived damaged.|I wish to cancel this "
            "order.]] [[Please refund the purchase price.|Please send a replacement.|]]\n\nYours faithfully,\n{n}")


@T("postal_letter")
def letter_withdrawal(c):
    p = c.person(need_iban=True)
    c.s(n=p.full(), a=p.addr().one(), o=c.order_no(), ib=p.iban(), d=c.date(0, "long"), ds=c.date(-c.ri(3, 12), "long"))
    return ("From: {n}, {a}\n{d}\n\nNotice of cancellation\n\nI hereby give notice that I withdraw from my contract for "
            "the goods ordered on {ds} (order {o}). Please refund the amount to my account {ib}.\n\n{n}")


@T("postal_letter")
def letter_recipient(c):
    p = c.person()
    s = c.staff()
    c.s(h=p.hon(), n=p.full(), a=p.addr().two(), d=c.date(0, "long"), sur=p.sur(), sn=s.full(), t=c.store_town,
        pn=c.pname())
    return ("{h} {n}\n{a}\n\n{d}\n\nDear {h} {sur},\n\n[[Thank you for your letter about the {pn}.|Your repair is "
            "ready to collect.|We are sorry your order arrived late.]] [[Enclosed is a voucher for your next visit.|"
            "You can collect it from Talgrat {t} any day except Sunday.|]]\n\nYours sincerely,\n{sn}\nTalgrat {t}")


@T("postal_letter")
def letter_co(c):
    p = c.person()
    h = c.person(cty=p.cty)
    c.s(n=p.full(), co=h.full(), a=p.addr().two(), d=c.date(0, "long"), g=p.first_given())
    return ("{n}\nc/o {co}\n{a}\n\n{d}\n\nDear {g},\n\n[[your replacement boots are enclosed|please find your refund "
            "cheque enclosed|we enclose the catalogue you asked for]]. [[Enjoy the hills!|Best wishes from all of us.|]]")


@T("postal_letter")
def letter_complaint(c):
    p = c.person()
    c.s(n=p.full(), a=p.addr().one(), ph=p.phone(p.cty, c.ch(["mobile", "land"])), o=c.order_no(), d=c.date(0, "long"))
    return ("{n}, {a}\nTel. {ph}\n\n{d}\n\nTo the Store Manager,\n\n[[I was refused a refund on order {o} although "
            "I still had the receipt.|On my last visit nobody could help me with a fitting.|My order {o} was sent to the "
            "wrong address twice.]] I would like a written reply.\n\nSincerely,\n{n}")


# ===========================================================================
# email_signature

@T("email_signature")
def sig_staff(c):
    s = c.staff()
    c.s(n=s.full(), r=c.ch(["Store Manager", "Assistant Manager", "Workshop Lead", "Visual Merchandiser", "Area Manager"]),
        t=c.store_town, m=s.mobile(), e=s.email(),
        msg=c.ch(["See you at ten tomorrow.", "Stock count is done, numbers attached.", "Happy to cover Saturday.", ""]))
    return "{msg}\n\n[[Best,|Thanks,|Cheers,|]]\n{n}\n{r} | Talgrat {t}\nM {m}\nE {e}"


@T("email_signature")
def sig_partner(c):
    p = c.person()
    comp = c.ch(["Summit Shopfit Ltd", "Ridge Logistics", "Peak Print & Sign", "Northern Rope Works", "Cascade Cleaning Co."])
    dom = {"Summit Shopfit Ltd": "summitshopfit.co.uk", "Ridge Logistics": "ridge-logistics.com",
           "Peak Print & Sign": "peakprint.co.uk", "Northern Rope Works": "northernrope.com",
           "Cascade Cleaning Co.": "cascadecleaning.com"}[comp]
    c.s(n=p.full(), comp=comp, tel=p.phone(p.cty, "land"), mob=p.mobile(), e=c.work_email(p, dom),
        role=c.ch(["Account Manager", "Project Lead", "Sales Director", "Installer"]))
    return ("[[Regards,|Kind regards,|Best regards,]]\n\n{n}\n{role}, {comp}\nT: {tel}[[\nM: {mob}|]]\n{e}")


@T("email_signature")
def sig_caps(c):
    s = c.staff()
    c.s(n=s.upper(), t=c.store_town, ph=s.phone(s.cty, "mobile"), e=s.email())
    return "{n}\n[[STORE MANAGER|HEAD OF RETAIL|WORKSHOP]] – TALGRAT {t}\n{ph} · {e}"


@T("email_signature")
def sig_iphone(c):
    s = c.staff()
    c.s(g=s.first_given(), m=c.ch(["On my way, 10 min.", "Yes, go ahead with the refund.", "Keys are in the safe."]),
        e=s.email())
    return "{m}\n\n{g}\n\n[[Sent from my iPhone|Sent from my phone|Sent from Outlook for Android]]"


@T("email_signature")
def sig_pronouns(c):
    s = c.staff()
    pr = "she/her" if s.gender == "f" else c.ch(["he/him", "he/they"])
    c.s(n=s.full(), pr=pr, ph=s.mobile(), e=s.email(), r=c.ch(["People & Culture", "E-commerce", "Customer Care Lead"]))
    return "{n} ({pr})\n{r} · Talgrat Outdoor\n{ph}\n{e}\n[[I work Mon–Thu.|Out of office on Fridays.|]]"


# ===========================================================================
# traffic_fine_redirect (new): naming the driver of a company van

@T("traffic_fine_redirect", cty="GB")
def fine_nip(c):
    d = c.staff(cty="GB")
    f = c.staff(cty="GB")
    c.s(reg=reg_plate(c), dd=c.date(-c.ri(5, 20), "long"), t=c.time(), n=d.full(), a=d.addr().one(), dob=c.dob(1960, 2003),
        fn=f.full(), fph=f.phone("GB", "land"), ref=c.case_no(), road=c.ch(["the A591 near Windermere", "the M6 at J36",
                                                                              "the A66 near Keswick", "the A82 at Tyndrum"]))
    return ("Notice of Intended Prosecution {ref} – vehicle {reg}\n\nThe van was driven on {dd} at {t} on {road} by our "
            "employee {n}, of {a}, date of birth {dob}. We nominate [[this person|{n}]] as the driver.\n\n"
            "Fleet contact: {fn}, {fph}")


@T("traffic_fine_redirect")
def fine_internal(c):
    d = c.staff()
    f = c.staff()
    c.s(g=d.first_given(), reg=reg_plate(c), dd=c.date(-c.ri(5, 20), "long"), fe=f.email(), fg=f.first_given(),
        wd=c.weekday(c.ri(1, 5)))
    return ("Hi {g},\n\nwe've received a [[speeding notice|camera ticket|parking fine]] for the van ({reg}) from {dd}. "
            "The key log shows you had it that day. [[Please confirm by {wd} so we can name you as the driver.|Can you "
            "confirm it was you? We have to reply by {wd}.]] [[Any questions, write to {fe}.|]]\n\n{fg}")


@T("traffic_fine_redirect")
def fine_form(c):
    d = c.staff()
    a = d.addr()
    lines = ["Driver details",
             ["Name: ", d.full()],
             ["Address: ", a.two() if c.chance(0.4) else a.one()],
             "Date of birth: " + c.dob(1958, 2003),
             "Licence no.: " + "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + str(c.ri(100000, 999999)) + c.ch(["AB", "CD", "XY"]) + "9",
             "Vehicle: " + reg_plate(c) + " (Talgrat " + c.store_town + ")"]
    if c.chance(0.5):
        lines.append(["Contact: ", d.mobile()])
    return c.rows(lines)


@T("traffic_fine_redirect", cty="US")
def fine_us(c):
    d = c.staff(cty="US")
    f = c.staff(cty="US")
    c.s(ref=c.case_no(), n=d.full(), a=d.addr().one(), ph=d.mobile(), fn=f.full(), fe=f.email(), reg=reg_plate(c),
        dd=c.date(-c.ri(5, 30), "long"))
    return ("Re: citation {ref}, plate {reg}, {dd}\n\nTo the Clerk of Court,\n\nthe delivery van was driven by our employee "
            "{n}, {a}, phone {ph}, at the time of the alleged violation. Please transfer the citation to {him}.\n\n"
            "Sincerely,\n{fn}\nFleet Coordinator, Talgrat Outdoor\n{fe}").replace("{him}", him(d))


# ===========================================================================
# wage_garnishment (new)

@T("wage_garnishment", cty="GB")
def garn_aeo(c):
    e = c.staff(cty="GB")
    h = c.staff(cty="GB")
    c.s(ref=c.case_no(), n=e.full(), a=e.addr().one(), amt=c.ch(["£120", "£85", "£210", "£64"]), hn=h.full(), he=h.email(),
        d=c.date(c.ri(10, 30), "long"))
    return ("Attachment of Earnings Order {ref}\n\nEmployee: {n}, {a}\nNormal deduction rate: {amt} per month\n"
            "First deduction: payroll of {d}\n\n[[Deductions are paid to the court, not to the creditor.|Please keep the "
            "protected earnings rate in mind.]]\nPayroll contact: {hn}, {he}")


@T("wage_garnishment")
def garn_mail(c):
    e = c.staff()
    h = c.staff()
    c.s(g=e.first_given(), mon=c.ch(["March", "April", "June", "September", "November"]), hn=h.first_given(), hp=h.phone(h.cty, "land"))
    return ("Hi {g},\n\n[[we've received a court order|a court order arrived today]] asking us to take deductions from your "
            "pay, starting with the {mon} payroll. [[If you've already agreed a plan with the creditor, please send us the "
            "paperwork.|We'll treat this in confidence.]] [[Call me on {hp} if you want to talk it through.|]]\n\n{hn}\nPayroll")


@T("wage_garnishment", cty="DE")
def garn_pfub(c):
    e = c.staff(cty="DE")
    cr = c.ch(["Inkasso Nord GmbH", "Kreditbank Süd AG", "Versandhaus Mahnwesen GmbH"])
    c.s(n=e.full(), tid=e.taxid(), ib=c.iban("DE"), cr=cr, ref=c.case_no(), a=e.addr().one())
    return ("Garnishment order (Pfändungs- und Überweisungsbeschluss) {ref} for our Munich employee {n}, {a}, tax ID {tid}. "
            "The attachable part of the net pay goes to the creditor, {cr}, account {ib}. [[Payroll will start with the next "
            "run.|Please confirm receipt to the court within two weeks.]]")


@T("wage_garnishment")
def garn_ended(c):
    e = c.staff()
    c.s(n=e.LAST_first(), d=c.date(0, "short"), amt=c.money(20, 300), m=c.staff().init_sur())
    return ("Garnishment ended: {n} – final payment of {amt} made on {d}; [[creditor confirmed in writing|court notified]]. "
            "[[No further deductions.|Remove the flag in payroll.]] – {m}")


# ===========================================================================
# arbitration_case (new): consumer ADR / ombudsman

@T("arbitration_case")
def adr_letter(c):
    p = c.person()
    o = c.staff()
    c.s(ref=c.case_no(), n=p.full(), h=p.hs(), a=p.addr().one(), on=o.full(), d=c.date(c.ri(14, 28), "long"),
        pn=c.pname(c.product("jacket")))
    return ("Case {ref}: {n} v Talgrat Outdoor\n\nDear Sir or Madam,\n\nwe have received a complaint from {h} of {a} about "
            "a {pn} that [[leaked after two months|lost its down|was refused a warranty repair]]. Please send us your "
            "final response by {d}.\n\nCase handler: {on}")


@T("arbitration_case")
def adr_response(c):
    p = c.person()
    s = c.staff()
    c.s(ref=c.case_no(), h=p.hs(), e=p.email(), amt=c.money(60, 300), d=c.date(-c.ri(3, 20), "long"), sn=s.full(),
        se=s.email())
    return ("Our response to case {ref}\n\nWe offered {h} a [[full refund|refund]] of {amt} by e-mail to {e} on {d}. "
            "[[The customer has not replied.|The customer declined and asked for a replacement instead.]] "
            "[[We are still willing to settle.|We would accept the ombudsman's view.]]\n\n{sn}\n{se}")


@T("arbitration_case")
def adr_submission(c):
    p = c.person()
    c.s(n=p.full(), d=c.date(-c.ri(30, 90), "long"), e=p.email(), ph=p.mobile(), o=c.order_no())
    return ("I, {n}, contacted Talgrat on {d} about order {o}. [[They refused to repair my boots.|They never refunded my "
            "return.|They charged me twice.]] I would like the scheme to decide.\n\nMy contact details: {e}, {ph}")


@T("arbitration_case")
def adr_note(c):
    p = c.person(need_iban=True)
    s = c.staff()
    lines = [["ADR case ", c.case_no(), " – customer ", p.LAST_first()],
             ["Handled by ", s.full()],
             ["Deadline: ", c.date(c.ri(5, 25), "short")],
             ["Proposed settlement: refund of ", c.money(40, 280), " to ", p.iban()]]
    if c.chance(0.5):
        lines.append(["Customer prefers contact via ", p.email()])
    return c.rows(lines)


# ===========================================================================
# phishing_report (new)

@T("phishing_report")
def ph_ceo(c):
    boss = c.staff()
    s = c.staff()
    fake = Lab("EMAIL", ascii_fold(boss.first_given().value).lower().replace(" ", "").replace("'", "") + "." + c.ch(["ceo", "office", "private"]) + "@" +
               c.ch(["gmail.com", "outlook.com", "talgrat-mail.com", "talgrat.co"]))
    c.s(b=boss.full(), f=fake, ib=c.iban(c.ch(["GB", "IE", "NL", "IT", "FR"])), ip=c.ip(0.2), g=s.first_given(),
        amt=c.ch(["£9,800", "€12,400", "$8,750"]))
    return ("Hi IT,\n\n[[got this|I just received an e-mail]] from someone claiming to be {b}, asking me to pay a supplier "
            "invoice of {amt} to {ib} today. The sender was {f}[[, sent from {ip}|, the header shows {ip}]]. "
            "[[I haven't paid anything.|Nothing has been paid.]]\n\n{g}")


@T("phishing_report")
def ph_alert(c):
    s = c.staff()
    it = c.staff()
    fake = Lab("EMAIL", c.ch(["hr-payroll", "it-helpdesk", "accounts"]) + "@" + c.ch(["talgrat-hr.com", "talgrat.help", "mail-talgrat.net"]))
    c.s(sn=s.full(), f=fake, ip=c.ip(0.2), it=it.full(), ph=it.phone(it.cty, "mobile"), n=str(c.ri(6, 40)))
    return ("Security notice: a phishing e-mail pretending to come from {sn} <{f}> went to {n} colleagues this morning. "
            "It came from {ip}. [[If you clicked the link or entered your password, call {it} on {ph} now.|Do not open the "
            "attachment. Questions to {it} ({ph}).]]")


@T("phishing_report")
def ph_bankchange(c):
    p = c.person()
    s = c.staff()
    c.s(n=p.full(), e=p.email(), ib=c.iban(c.ch(["GB", "DE", "NL"])), g=p.first_given(), ph=p.phone(p.cty, "land"),
        sg=s.first_given())
    return ("Subject: FW: new bank details\n\n> From: {n} <{e}>\n> Please update our account to {ib} from today.\n\n"
            "I rang the real {g} on {ph} – [[they didn't send it|the company never changed banks]]. Blocked and reported. – {sg}")


@T("phishing_report")
def ph_chat(c):
    s = c.staff()
    c.s(s=s.lower_given(), ip=c.ip4("public"), e=c.role("it-security"))
    c.s(t=c.time())
    return ("[?[{t}] ?]{s}: [[just reported|forwarded|flagged]] a fake [[DHL|Royal Mail|bank|UPS|tax refund]] [[text|e-mail|WhatsApp]] "
            "to {e}[[, the link went to {ip}|; it pointed at {ip}| – link resolves to {ip}]][[ – don't click it|. Careful out there|]]")


@T("phishing_report")
def ph_log(c):
    s = c.staff()
    p = c.person()
    lines = [["Phish report ", c.ticket()],
             ["Reporter: ", s.full()],
             ["Sender: ", p.full(), " <", c.email_for(p), ">"],
             ["Reply-To: ", Lab("EMAIL", "pay" + str(c.ri(10, 99)) + "@" + c.ch(["protonmail.com", "mail.ru", "gmx.com"]))],
             ["Received from: ", c.ip(0.25)],
             "Status: " + c.ch(["blocked", "quarantined", "released – false positive"])]
    return c.rows(lines)


# ===========================================================================
# breach_notification (new)

@T("breach_notification")
def br_customer(c):
    p = c.person()
    d = c.staff()
    c.s(g=p.first_given(), e=p.email(), d=c.date(-c.ri(2, 10), "long"), ip=c.ip(0.3), dn=d.full(), pe=c.role("privacy"))
    return ("Dear {g},\n\nwe are writing because your account ({e}) was affected by a security incident on {d}. "
            "Someone signed in from {ip}. [[We have reset your password.|We have blocked the session and reset your "
            "password.]] [[Your card details were not stored with us.|No payment data was affected.]]\n\n"
            "Our data protection officer, {dn}, can be reached at {pe}.")


@T("breach_notification")
def br_list(c):
    n = c.ri(2, 5)
    lines = ["Affected accounts (first batch):"]
    for _ in range(n):
        p = c.person()
        lines.append(["- ", p.email(), " – last login ", c.ip(0.3)])
    s = c.staff()
    lines.append(["Notify by ", c.date(c.ri(1, 3), "short"), ". Owner: ", s.full()])
    return c.rows(lines)


@T("breach_notification")
def br_regulator(c):
    d = c.staff()
    c.s(reg=c.ch(["the ICO", "the Data Protection Commission", "the regulator"]), dn=d.full(), ph=d.phone(d.cty, "land"),
        e=d.email(), n=str(c.ri(40, 900)), d=c.date(-c.ri(1, 3), "long"))
    return ("Breach report to {reg} – contact person {dn}, {ph}, {e}. About {n} customer accounts were accessed on {d} "
            "using reused passwords. [[Names and e-mail addresses were visible; no card data.|Order histories and delivery "
            "addresses were visible.]]")


@T("breach_notification")
def br_reply(c):
    p = c.person()
    c.s(n=p.full(), e=p.email(), st=c.address(p.cty).street())
    return ("[[Hi,|Hello,|To whom it may concern,]] [[I got your breach e-mail.|I just read your e-mail about the data breach.|"
            "Your security notice reached me today.]] [[I never use this account|I haven't shopped with you in years|I don't "
            "remember opening this account]] – please delete everything for {n}, {e}. [[Also my old address {st} should not be "
            "on file any more.|And remove {st}, I moved years ago.|You still have {st} on file – delete it too.]]")


# ===========================================================================
# salary_advance (new)

@T("salary_advance")
def adv_request(c):
    s = c.staff(need_iban=True)
    m = c.staff()
    c.s(g=m.first_given(), amt=c.money(150, 600, cents=False), ib=s.iban(), n=s.full(),
        why=c.ch(["My car failed its MOT" if c.cty == "GB" else "My car needs new brakes", "The boiler broke",
                  "The deposit for my new flat is due", "I had a big vet bill"]))
    return ("Hi {g},\n\ncould I get an advance of {amt} on this month's pay? {why}. [[Please pay it to my usual account|"
            "It can go to]] {ib}.\n\nThanks,\n{n}")


@T("salary_advance")
def adv_approved(c):
    s = c.staff()
    m = c.staff()
    c.s(n=s.full(), no=str(c.ri(1000, 9999)), amt=c.money(150, 600, cents=False),
        mon=c.ch(["March", "May", "July", "October", "December"]), m=m.init_sur())
    return ("[[Approved|OK'd|Signed off]]: [[advance|pay advance|salary advance]] of {amt} for {n} (staff no. {no}), "
            "[[to be deducted from the {mon} payroll|repaid over two months|repaid in three instalments]].[[ Payroll informed.| "
            "Bank details on file.|]] – {m}")


@T("salary_advance")
def adv_paid(c):
    s = c.staff(need_iban=True)
    c.s(d=c.date(0, "short"), n=s.LAST_first(), amt=c.money(150, 600, cents=False), ib=s.iban())
    return ("[[Advance paid|Paid out|Advance transferred]] {d}: {n}, {amt}, to {ib}. [[Deduction in two instalments.|"
            "Deduct in full next month.|Repay over three months.]][[ Approved by the area manager.|]]")


@T("salary_advance")
def adv_declined(c):
    s = c.staff()
    h = c.staff()
    c.s(g=s.first_given(), hn=h.full(), he=h.email())
    return ("Dear {g},\n\n[[unfortunately we can't approve a second advance this year.|we're sorry, but advances are limited "
            "to one per year.]] [[If things are difficult, please talk to {hn} in confidence ({he}).|{hn} in HR can point "
            "you to the staff hardship fund: {he}.]]")


# ===========================================================================
# referral_bonus (new)

@T("referral_bonus")
def ref_claim(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    lines = ["Referral bonus claim",
             ["Referrer: ", r.full(), " (Talgrat ", c.store_town, ")"],
             ["New colleague: ", n.full(), ", started ", c.date(-c.ri(30, 120), "short")],
             "Bonus: " + c.ch(["£250", "€300", "$300"]) + c.ch([" after probation", ""])]
    if c.chance(0.5):
        lines.append(["Approved by: ", c.staff().init_sur()])
    return c.rows(lines)


@T("referral_bonus")
def ref_mail(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    c.s(n=n.full(), g=r.first_given(), him=him(n))
    return ("Hi HR,\n\nmy friend {n} started in the [[warehouse|Leeds store|workshop]] last week – I recommended {him}. "
            "Can the referral bonus go on my next payslip?\n\n{g}")


@T("referral_bonus")
def ref_reply(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    c.s(rg=r.first_given(), ng=n.first_given(), d=c.date(-c.ri(1, 10), "long"), amt=c.ch(["£250", "€300"]),
        mon=c.ch(["April", "June", "August", "November"]))
    return ("Hi {rg},\n\n{ng} passed probation on {d}, so the {amt} will be paid with the {mon} salary[[ to your account ending "
            + str(c.ri(1000, 9999)) + "|]].\n\nPeople team")


@T("referral_bonus")
def ref_form(c):
    r = c.staff()
    n = c.person(cty=r.cty)
    c.s(n=n.full(), ph=n.mobile(), e=n.email(), rn=r.full(),
        role=c.ch(["sales assistant", "bike mechanic", "warehouse operative", "boot fitter"]))
    return ("[[I'd like to refer|Please consider|Referring]] {n} for the {role} [[role|job|opening]]. [[Phone: {ph}, "
            "e-mail: {e}.|Contact: {e} / {ph}.|Best reached on {ph} or at {e}.]] [[We climbed together for years.|We worked "
            "together at a ski shop.|Knows boots inside out.|]]\n— {rn}")


# ===========================================================================
# counterfeit_note (new)

@T("counterfeit_note")
def cf_report(c):
    k = c.staff()
    o = c.person(cty=c.cty)
    c.s(d=c.date(0, "short"), t=c.time(), k=k.full(), o=o.sur(), ph=o.phone(o.cty, "land"), ref=c.case_no(),
        rank={"GB": "PC", "IE": "Garda"}.get(c.cty, "Officer"),
        note=c.ch(["£20", "£50", "€50", "€100", "$20"]), pn=c.pname(), till=str(c.ri(1, 6)))
    return ("Counterfeit note report – till {till}, {d} {t}\nNote: {note}, serial {serial}\nCashier: {k}\n"
            "Customer paid for the {pn} and left before we could ask for details.\nPolice ref {ref}, {rank} {o}, tel. {ph}").replace(
        "{serial}", "".join(c.ch("ABCDEFHJKLMN") for _ in range(2)) + str(c.ri(10 ** 7, 10 ** 8 - 1)))


@T("counterfeit_note")
def cf_police_mail(c):
    o = c.person(cty=c.cty)
    cu = c.person()
    k = c.staff()
    c.s(o=o.sur(), h=o.hon(), cu=cu.full(), kn=k.full(), l4=str(c.ri(1000, 9999)), t=c.time())
    return ("Dear {h} {o},\n\nfollowing my call this afternoon: the customer who passed the note at {t} gave his name as "
            "{cu} and paid the rest by card ending {l4}. [[We have kept the CCTV.|The till receipt is attached.]]\n\n"
            "Kind regards,\n{kn}")


@T("counterfeit_note")
def cf_note(c):
    k = c.staff()
    m = c.staff()
    c.s(k=k.first_given(), t=c.time(), m=m.first_given(), mp=m.mobile())
    return ("{k} spotted a fake [[€50|£20|$20|£50]] at {t} [[with the UV lamp|with the pen|by feel]]. [[Customer left.|"
            "Customer said he got it from a cash machine.|Customer paid by card instead.]] [[Note is in the safe|Note bagged and "
            "in the safe]]; {m} is on call ({mp}).")


@T("counterfeit_note")
def cf_bank(c):
    b = c.person(cty=c.cty)
    c.s(d=c.date(-c.ri(1, 5), "long"), n=b.full(), ph=b.phone(b.cty, "land"), t=c.store_town,
        e=c.work_email(b, c.ch(["northfell-bank.co.uk", "cascadia-cu.com", "westport-credit.ie", "ridgebank.com"])))
    return ("Your deposit for Talgrat {t} of {d} contained one counterfeit note, which we have passed to the police. "
            "[[The amount has been deducted.|Your account was debited accordingly.]] Contact: {n}, {ph}[[, {e}|]]")


# ===========================================================================
# ski_locker_rental (new)

@T("ski_locker_rental")
def ski_confirm(c):
    p = c.person()
    c.s(g=hi(c, p), no=str(c.ri(1, 80)), t=c.store_town, d1=c.date(0, "long"), d2=c.date(c.ri(30, 120), "long"),
        l4=str(c.ri(1000, 9999)), ph=p.mobile())
    return ("{g},\n\nyour [[ski locker|boot and ski locker|locker]] no. {no} at Talgrat {t} is booked from {d1} to {d2}. "
            "The deposit is held on your card ending {l4}. [[We'll text {ph} if anything changes.|Reminder texts go to {ph}.]]"
            "\n\nEnjoy the season!")


@T("ski_locker_rental")
def ski_contract(c):
    p = c.person()
    lines = ["Locker rental – Talgrat " + c.store_town,
             ["Hirer: ", p.full()],
             ["Address: ", p.addr().one()],
             ["Mobile: ", p.mobile()],
             "Locker: L%02d   Season %d/%02d" % (c.ri(1, 80), c.day().year, (c.day().year + 1) % 100),
             "Fee: " + c.money(60, 180)]
    if c.chance(0.5):
        lines.append(["E-mail: ", p.email()])
    return c.rows(lines)


@T("ski_locker_rental")
def ski_key(c):
    p = c.person()
    c.s(h=p.hs(), no=str(c.ri(1, 80)), cd=c.card(), s=c.staff().first_given())
    return ("{h} lost the key for locker {no} – replacement fee [[£25|€25|CHF 30]] charged to card {cd}. "
            "[[New key handed over by {s}.|{s} changed the lock.]]")


@T("ski_locker_rental")
def ski_list(c):
    n = c.ri(2, 5)
    lines = ["Lockers not emptied by " + c.date(c.ri(1, 10), "dm") + ":"]
    for _ in range(n):
        p = c.person()
        lines.append(["- L%02d " % c.ri(1, 80), p.LAST_first() if c.chance(0.6) else p.full(), ", ", p.mobile()])
    lines.append("Text all of them today, please.")
    return c.rows(lines)


# ===========================================================================
# contractor_job_sheet (new)

CONTRACTORS_EN = ["Summit Shopfit Ltd", "Northern Lock & Key", "Cascade HVAC Services", "BrightSpark Electrical",
                  "Peak Door Systems", "Clearview Glazing"]


@T("contractor_job_sheet")
def job_sheet(c):
    e = c.person()
    s = c.staff()
    lines = [["Job sheet ", c.ticket()],
             "Site: " + c.store(),
             ["Engineer: ", e.full(), " (", c.ch(CONTRACTORS_EN), "), ", e.mobile()],
             ["Store contact: ", s.full()],
             "Work: " + c.ch(["replaced the door closer on the fire exit", "serviced the air-con units", "fixed the shutter motor",
                              "re-keyed the stockroom door", "replaced two LED panels"]),
             "Time on site: %d:%02d–%d:%02d" % (c.ri(7, 9), c.ri(0, 59), c.ri(10, 12), c.ri(0, 59))]
    if c.chance(0.4):
        lines.append(["Signed off: ", s.init_sur()])
    return c.rows(lines)


@T("contractor_job_sheet")
def job_booking(c):
    e = c.person()
    s = c.staff()
    c.s(g=s.first_given(), eg=e.first_given(), comp=c.ch(CONTRACTORS_EN), wd=c.weekday(c.ri(1, 6)), ph=e.mobile(),
        his=his(e), job=c.ch(["service the air-con", "look at the shutter", "test the fire alarm", "fix the till counter"]))
    return ("Hi {g},\n\n{eg} from {comp} will come on {wd} between 8 and 10 to {job}. {his} mobile is {ph}. "
            "[[Please leave the back door open.|Someone needs to let them in.|]]\n\nFacilities").replace("{his}", his(e).capitalize())


@T("contractor_job_sheet")
def job_note(c):
    e = c.person()
    s = c.staff()
    c.s(n=e.full(), g=s.first_given(), e=c.role("accounts"))
    c.s(a=c.ch(["7:30", "8:00", "6:45", "9:10"]), b=c.ch(["9:15", "10:40", "8:30", "11:05"]))
    return ("[[Locksmith|Glazier|Electrician|Shutter engineer]] {n} was here {a}–{b}, [[changed the back-door cylinder|replaced "
            "the cracked pane|fixed the emergency lighting|re-hung the shutter]]; [[keys handed to {g}|new keys are with {g}|"
            "{g} checked the work]]. Invoice to {e}.")


@T("contractor_job_sheet")
def job_signin(c):
    n = c.ri(2, 5)
    lines = ["Contractor sign-in – " + c.store()]
    for _ in range(n):
        e = c.person()
        lines.append([c.date(0, "short"), " ", c.time(c.ri(5, 90)), " IN  ", e.full(), " – ", c.ch(CONTRACTORS_EN), " – ",
                      e.mobile()])
    return c.rows(lines)


# ===========================================================================
# texts without personal data

def gb_price(c, pr):
    return c.price_of(pr, c.ch(["GB", "GB", "US", "IE"]))


@NP("shelf_label")
def nl_shelf1(c):
    pr = c.product()
    c.s(n=pr[0], sku=pr[2], col=c.ch(pr[4]), pr=gb_price(c, pr))
    return ("{n}\n{col} · {sku}\n{pr}[[ – hunter green laces included| – the little brother of our best seller|"
            " – King of the ridge|]]")


@NP("shelf_label")
def nl_shelf2(c):
    pr = c.product("socks")
    c.s(n=pr[0], pr=gb_price(c, pr), col=c.ch(pr[4]))
    return ("[[3 for 2|Buy two, get a third free]] on {n} – {pr} per pair.\n[[Baker's dozen of colours? Not quite – but "
            "{col} is back.|As warm as a fox in winter.|Young feet, old trails.]]")


@NP("shelf_label")
def nl_shelf3(c):
    pr = c.product("jacket")
    c.s(n=pr[0], sku=pr[2], pr=gb_price(c, pr), g=c.gtin("50"))
    return "{n} | {sku} | GTIN {g} | {pr}\n[[Rose|Wolf|Hunter]] season edit – [[while stocks last|limited run]]"


@NP("shelf_label")
def nl_shelf4(c):
    a, b = c.product(), c.product()
    c.s(a=a[0], b=b[0], pa=gb_price(c, a), pb=gb_price(c, b))
    return "[[New in|Staff pick|Back in stock]]: {a} ({pa})\n[[Also try|Pairs well with]]: {b} ({pb})\nWill it rain? Probably. Be ready."


@NP("trail_report")
def nl_trail1(c):
    t = c.ch(["Keswick (CA12)", "Ambleside (LA22)", "Fort William (PH33)", "Aviemore (PH22)", "Betws-y-Coed (LL24)"])
    c.s(t=t, m=str(c.ri(2, 30)))
    return ("Trail update, {t}: paths muddy after the May rain; the bridge at Fox's Gill is closed for {m} days. "
            "[[Grace Falls path is fine.|Wolf Crags is icy in the mornings.|Hunter's Path reopened.]]")


@NP("trail_report")
def nl_trail2(c):
    c.s(t=c.ch(["Portland, OR 97205", "Boulder, CO 80302", "Bozeman, MT 59715", "Bend, OR 97701"]), ft=str(c.ri(3, 9) * 1000))
    return ("Conditions near {t}: snow above {ft} ft, trailheads open. [[Bring microspikes.|Grace period on permits ends "
            "Friday.|Rangers report a young bear near the lake.]]")


@NP("trail_report")
def nl_trail3(c):
    c.s(a=str(c.ri(600, 1200)), b=str(c.ri(1, 4)))
    return ("Hut report: avalanche level {b}, snow line at {a} m. The Baker's Bothy is stocked; Little Fell path "
            "[[is waymarked again|still lacks markers]]. Will update on Monday.")


@NP("trail_report")
def nl_trail4(c):
    c.s(t=c.ch(["Dublin 8 (D08)", "Glasgow G12", "Leeds LS6", "Westport (F28)", "Kendal LA9"]), d=c.date(c.ri(1, 20), "long"))
    return "Group walk from {t} on {d}: 14 km, 600 m up. [[Meet at the station.|Dogs welcome.|Bring lunch.]] King's Seat if the weather holds."


@NP("parcel_tracking")
def nl_parcel1(c):
    c.s(p=c.parcel(), d=c.ref_phone_like(), t=c.time())
    return "Parcel {p}: [[out for delivery|arrived at depot|held at the customs office]] at {t}. Depot ref {d}."


@NP("parcel_tracking")
def nl_parcel2(c):
    n = c.ri(2, 5)
    lines = ["Tracking summary " + c.date(0, "short")]
    for _ in range(n):
        lines.append(c.parcel() + " – " + c.ch(["delivered", "in transit", "delayed", "returned to sender"]))
    return c.rows(lines)


@NP("parcel_tracking")
def nl_parcel3(c):
    c.s(p=c.parcel(), q=c.ref_phone_like(), tr=c.ref_phone_like())
    return "Trailer {tr} left the hub late. Parcels like {p} will arrive a day later. Queue ref {q}; PO box deliveries unaffected."


@NP("parcel_tracking")
def nl_parcel4(c):
    c.s(p=c.parcel(), o=c.order_no())
    return "Order {o} ships in two parcels; the first is {p}. [[Signature needed.|Safe-place allowed.|Leave with neighbour allowed.]]"


@NP("supplier_directory")
def nl_sup1(c):
    c.s(a=c.ch(["Baker & Hunter Logistics", "Fox & Miller Outdoor Ltd", "King & Bell Ropes"]), g=c.gtin(), g2=c.gtin())
    return "{a} – [[carabiners|guy lines|rope bags]], GTIN {g}; [[reorder at 40 units|MOQ 200]]. Alt. item GTIN {g2}."


@NP("supplier_directory")
def nl_sup2(c):
    n = c.ri(2, 4)
    comps = ["Carpenter & Mason Shopfitting", "Young & Rose Packaging", "Stone & Wood Facilities", "Little & Long Cleaning Co.",
             "Fisher Textiles", "Archer Buckles Ltd", "Hope Valley Wool"]
    lines = ["Approved suppliers:"]
    for x in c.sample(comps, n):
        lines.append("- " + x + " (" + c.ch(["Leeds", "Sheffield", "Porto", "Bielefeld", "Cork"]) + "), GTIN " + c.gtin())
    return c.rows(lines)


@NP("supplier_directory")
def nl_sup3(c):
    c.s(a=c.ch(["Hunter Fire & Safety Ltd", "Frost HVAC Inc.", "Young Electrical Services"]), v=c.ref_phone_like())
    return "{a} is our [[preferred|backup]] contractor for [[alarms|heating|lighting]]. Vendor no. {v}. Rates fixed until December."


@NP("supplier_directory")
def nl_sup4(c):
    c.s(g=c.gtin(), pr=c.money(2, 40))
    return "Bird & Sparrow Socks (Hope Valley) – [[merino blend|alpaca mix|wool-nylon]], unit cost {pr}, GTIN {g}. Samples will arrive in [[May|June|March]]."


@NP("release_notes")
def nl_rel1(c):
    v = "%d.%d.%d" % (c.ri(1, 6), c.ri(0, 20), c.ri(0, 30))
    c.s(v=v, b=str(c.ri(1000, 99999)), h="".join(c.ch("0123456789abcdef") for _ in range(7)))
    return ("POS app {v} (build {b}, commit {h})\n- [[Faster receipt printing|Fixed the discount rounding|Scanner "
            "reconnects after sleep]]\n- [[Till closes at midnight|New gift card flow]]")


@NP("release_notes")
def nl_rel2(c):
    v = "%d.%d.%d" % (c.ri(1, 6), c.ri(0, 20), c.ri(0, 30))
    c.s(v=v, p=str(c.ri(1024, 9999)))
    c.s(b=str(c.ri(5, 25)))
    return ("[[Handheld scanner|Receipt printer|Shelf-label printer]] firmware {v}: [[port {p} now configurable|listens on port "
            "{p}|port {p} replaces the old default]]; battery warning at {b} %. [[Will reboot once after install.|Install after "
            "closing.|Rollout starts Monday.]]")


@NP("release_notes")
def nl_rel3(c):
    a = "%d.%d.%d" % (c.ri(1, 4), c.ri(0, 9), c.ri(0, 9))
    b = "%d.%d.%d" % (c.ri(5, 9), c.ri(0, 9), c.ri(0, 9))
    c.s(a=a, b=b, g=c.gtin())
    return "Label printer driver {a} → {b}. Fixes GTIN {g} printing as 12 digits. May need a restart."


@NP("release_notes")
def nl_rel4(c):
    c.s(v="%d.%d.%d" % (c.ri(2, 9), c.ri(0, 20), c.ri(0, 9)), n=str(c.ri(3, 40)))
    return ("Web shop {v}\n* {n} translations updated\n* [[size chart for the Steinlauf fixed|filter for colours fixed|"
            "faster search]]\n* [[\"Grace period\" text for returns shortened|new hut-tour landing page|King of the Trail "
            "campaign banner]][[\n* basket keeps items for 30 days|]]")


@NP("inventory_count", mode="layout")
def nl_inv1(c):
    n = c.ri(2, 5)
    lines = ["Stock count " + c.store_town + ", " + c.date(0, "short")]
    for pr in c.sample(list(range(12)), n):
        p = PRODUCTS[pr]
        lines.append("%s  %s  %d" % (p[2], c.gtin("50"), c.ri(0, 60)))
    return c.rows(lines)


@NP("inventory_count")
def nl_inv2(c):
    pr = c.product()
    c.s(n=pr[0], col=c.ch(pr[4]), sz=c.size(pr), pal=c.ref_phone_like())
    return "Low stock: {n}, {col}, size {sz} – 2 left. Pallet {pal} due [[Tuesday|Thursday]]."


@NP("inventory_count")
def nl_inv3(c):
    c.s(t=c.ref_phone_like(), x=str(c.ri(10, 400)))
    return "Transfer {t}: {x} units from the warehouse to the stores. Wolf-grey fleece miscounted, recount by Friday."


@NP("inventory_count")
def nl_inv4(c):
    c.s(g=c.gtin(), b="B-%02d-%02d" % (c.ri(1, 30), c.ri(1, 9)))
    return "Bin {b}: GTIN {g} found twice. [[Merge the counts.|Relabel one.]] Hunter green and Slate were mixed up."


@NP("recipe_card")
def nl_rec1(c):
    c.s(g=str(c.ri(3, 8) * 100), m=str(c.ri(3, 9) * 10), n=str(c.ri(2, 8)))
    return ("Hunter's stew for [[the hut|{n} hikers|a cold night]]: {g} g lentils, [[two onions|one leek|a handful of dried "
            "mushrooms]], smoked paprika. The baker in the village sells bread [[until noon|from 7|on Saturdays only]]. Cook for {m} minutes.")


@NP("recipe_card")
def nl_rec2(c):
    c.s(n=str(c.ri(2, 6)), g=str(c.ri(2, 6) * 50))
    return ("Trail flapjack ({n} portions): {g} g oats, [[honey|golden syrup|maple syrup]], a little butter, [[dried rose hips|"
            "raisins|chopped hazelnuts]]. Will keep for a week [[in May|in a tin|on the trail]].")


@NP("recipe_card")
def nl_rec3(c):
    c.s(g=str(c.ri(5, 12) * 10), n=str(c.ri(1, 6)))
    return ("Fox's porridge for {n}: {g} g oats, salt, water; stir like a wolf is watching. [[Grace it with berries.|Add a "
            "spoonful of honey.|A little cinnamon helps.]] [[Young hikers love it.|Ready in five minutes.|]]")


@NP("recipe_card")
def nl_rec4(c):
    c.s(t=str(c.ri(8, 20)), g=str(c.ri(3, 6) * 100))
    return ("Camp bread: {g} g flour, [[yeast|baking powder|sourdough]], water, salt. Knead {t} minutes like a baker, bake in "
            "the [[pot|pan|embers]]. [[The king of camp breakfasts.|Little effort, big reward.|Hunters and hikers agree.]]")


@NP("store_hours")
def nl_hours1(c):
    c.s(t=c.ch(["Kendal LA9", "Leeds LS6", "Glasgow G12", "Portland, OR 97205", "Dublin 2 (D02)"]))
    return "Talgrat {t}: Mon–Sat 9:00–18:00, Sun 10:00–16:00. [[Closed on the May bank holiday.|Late opening Thursday until 20:00.]]"


@NP("store_hours")
def nl_hours2(c):
    c.s(d=c.date(c.ri(1, 40), "long"))
    return "Holiday hours: on {d} we open at [[11|10:30|noon]]. [[The online sale starts the same day.|Stocktake from 17:00.|Late closing at 20:00.]]"


@NP("store_hours")
def nl_hours3(c):
    c.s(t=c.store_town, a=c.ch(["9:00", "9:30", "10:00"]), b=c.ch(["18:00", "19:00", "19:30"]), w=c.ch(["16:00", "17:00", "17:30"]))
    return "[[New|Summer|Winter]] opening times for {t} from [[1 May|1 June|1 October]]: weekdays {a}–{b}. The workshop will close at {w}."


@NP("store_hours")
def nl_hours4(c):
    c.s(t=c.ch(["Keswick", "Bristol", "Edinburgh", "Galway", "Denver"]))
    return "{t} store closed 12–14 [[March|June|October]] for refit. Click & collect moves to our partner shop next door."


@NP("size_chart", mode="layout")
def nl_size1(c):
    rows = ["UK | EU | cm"]
    start = c.ri(3, 6)
    for i in range(c.ri(3, 6)):
        uk = start + i
        rows.append("%d | %d | %.1f" % (uk, uk + 33, 22 + uk * 0.8))
    return c.rows(rows)


@NP("size_chart", mode="layout")
def nl_size2(c):
    pr = c.product(["jacket", "shirt"])
    base = c.ri(86, 94)
    rows = [pr[0], "Size | Chest (cm) | " + c.ch(["Sleeve (cm)", "Back length (cm)", "Waist (cm)"])]
    for i, sz in enumerate(c.ch([["S", "M", "L", "XL"], ["XS", "S", "M", "L"], ["S", "M", "L", "XL", "XXL"]])):
        lo = base + 6 * i
        rows.append("%s | %d–%d | %d" % (sz, lo, lo + 4, c.ri(70, 80) + 2 * i))
    return c.rows(rows)


@NP("size_chart")
def nl_size3(c):
    pr = c.product("socks")
    c.s(n=pr[0], pr=gb_price(c, pr))
    return "{n}: S 35–38, M 39–42, L 43–46. {pr} a pair. [[Between sizes? Go down.|Between sizes? Go up.]]"


@NP("size_chart")
def nl_size4(c):
    pr = c.product("trousers")
    c.s(l=str(c.ri(76, 86)), n=pr[0].split()[0], k=str(c.ri(4, 6)))
    return ("Inside leg: short {l} cm, regular +{k} cm, long +10 cm. {n} comes in [[regular and long only|all three lengths|"
            "regular only this season]].")


@NP("promo_calendar")
def nl_promo1(c):
    c.s(d=c.date(c.ri(5, 40), "long"), code="TRAIL" + str(c.ri(10, 30)))
    return "Spring sale starts {d}: 20 % off packs with code {code}. [[Ends on May Day.|Will run for ten days.]]"


@NP("promo_calendar")
def nl_promo2(c):
    lines = ["Campaign plan:"]
    for _ in range(c.ri(2, 4)):
        lines.append("- " + c.date(c.ri(1, 90), "dm") + ": " + c.ch(["newsletter", "window change", "sale", "event"]) +
                     " – " + c.pname())
    return c.rows(lines)


@NP("promo_calendar")
def nl_promo3(c):
    pr = c.product()
    c.s(n=pr[0], p=gb_price(c, pr))
    return "[[Black Friday|Winter sale|Spring clear-out]]: {n} at {p}. Grace period for returns extended to [[31 January|28 February|six weeks]]."


@NP("promo_calendar")
def nl_promo4(c):
    c.s(p=c.money(5, 25, cents=False), n=str(c.ri(15, 60)), d=c.date(c.ri(5, 60), "long"))
    return "Hunter's Moon night hike on {d} – tickets {p}, {n} places. [[Young Rangers go free.|Under-12s free.]] Bring a head torch."
