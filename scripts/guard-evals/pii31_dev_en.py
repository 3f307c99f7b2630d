"""English templates of the dev half of the thirty-first PII bank: 18 prose genres with personal
data and 10 genres without."""

from pii31_dev_core import Lab


def bye(c):
    return c.pick(["Best wishes", "Kind regards", "Thanks", "Cheers", "All the best", "Best", "Many thanks",
                   "Warm regards"])


def item(c):
    return c.pick(["rain jacket", "down jacket", "tent", "backpack", "sleeping bag", "pair of boots", "fleece",
                   "trekking poles", "bivvy bag"])


def last4(c):
    return c.digits(4, False)


def expiry(c):
    return "%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(25, 30))


def size(c):
    return c.pick(["S", "M", "L", "XL", "M short", "L regular", "EU 42", "EU 44.5", "UK 8"])


def size_for(c, p):
    """A size that fits the product."""
    if p[1] == "TG-TS-100":
        return "EU " + c.pick(["39", "40.5", "42", "43", "44.5", "46"])
    if p[1] == "TG-SO-100":
        return c.pick(["39–42", "43–46", "35–38"])
    if p[1].startswith("TG-BP"):
        return "one size"
    if p[1] in ("TG-HT-100", "TG-WT-100"):
        return c.pick(["M regular", "L short", "S regular", "XL regular"])
    return c.pick(["S", "M", "L", "XL"])


def shop_iban(c):
    cc = {"GB": "GB", "IE": "IE", "CH": "CH", "AT": "AT"}.get(c.country, "DE")
    return Lab("I", c.iban(cc))


def pname(c):
    return c.product()[0]


# =============================================================================================
# crm_note


def crm_1(c):
    a = c.person()
    return c.R("[[Call|Phone call|Spoke]] with {a.hs} [[re|about]] order {o}: [[wants a refund to the card|asked to "
               "exchange for size {sz}|parcel not arrived, checked with the courier|zip broken after two weeks]]."
               "[? Call back on {a.phone}.?][? – {s}?]",
               a=a, o=c.order_no(), sz=size(c), s=c.pick(["JM", "done", "open", "escalated"]))


def crm_2(c):
    a = c.person()
    new = c.address(a.country)
    return c.R("{d1} – {a.full} moved from {old} to {new}.\n"
               "{d2} – new mobile {a.mobile}[[; e-mail unchanged ({a.email})|]].\n"
               "[?{d3} – [[refund|goodwill credit]] of {m} sent to {a.iban}.\n?]"
               "[?{d4} – asked not to be called before noon.?]",
               a=a, old=a.street, new=new.one, d1=c.date(style="num"), d2=c.date(style="num"), d3=c.date(style="num"),
               d4=c.date(style="num"), m=c.money(15, 180))


def crm_3(c):
    a = c.person()
    s = c.staff()
    return c.R("Merged duplicate profiles for {a.LF}: kept {a.email}, removed {a.email2}."
               "[? Same phone {a.phone} on both.?] [?Loyalty points added up ({n}).?]"
               "[[ Agent: {s.given}.|]]",
               a=a, s=s, n=c.rng.randint(120, 4800))


def crm_4(c):
    a = c.person()
    k = c.relative(a, cue=False)
    return c.R("{a.full} prefers [[calls after 5pm|e-mail only|texts to {a.mobile}]]; {k:son/daughter} {k.given} "
               "[[is in size 140|needs junior boots next season|is joining the climbing course]]. "
               "[[Lives near the {st} store|Usually shops at {st}]].",
               a=a, k=k, st=c.store())


def crm_5(c):
    a = c.person()
    return c.R("Lead from the {ev}: {a.full}, [[chair|treasurer|youth leader|kit officer]] of {club}, wants a quote for "
               "[[20 fleece jackets|12 rain jackets with club logo|30 pairs of socks]].\n{a.email} / {a.phone}"
               "[[\nFollow up by {d}.|]]",
               a=a, ev=c.company("events"), club=c.pick(["Leeds Hillwalkers", "Dublin Mountaineering Club",
                                                         "Front Range Hikers", "Cairngorm Club", "Peak Ramblers"]),
               d=c.date(style="short"))


# =============================================================================================
# support_email


def support_1(c):
    a = c.person()
    s = c.staff()
    return c.R("{a.dear},\n\nthanks for your message about order {o}. "
               "[[We have refunded {m} to your card ending {l4}; it can take five working days.|"
               "The replacement goes out tomorrow to:\n{a.addr2}|"
               "The courier has confirmed the parcel was lost, so we are sending a new one to {a.addr1}.]]\n\n"
               "{bye},\n[[{s.given}|{s.given}|{s.ini}]]\nTalgrat [[Customer Care|Service|Online Shop]]",
               a=a, s=s, o=c.order_no(), m=c.money(20, 350), l4=last4(c), bye=bye(c))


def support_2(c):
    a = c.person()
    new = c.address(a.country)
    return c.R("Hi,\n\n[[I've moved|We moved last week]] and forgot to change my address before ordering ({o}). "
               "Could you send it to {new} instead of {old}?\n\n{bye},\n{a.full}[[\n{a.phone}|]]",
               a=a, new=new.one, old=a.street, o=c.order_no(), bye=bye(c))


def support_3(c):
    a = c.person()
    s = c.staff()
    return c.R("Hi {a.given},\n\n[[that's sorted now|I've passed this on to the workshop|the new zip is on its way]].\n\n"
               "{s.given}\n\nOn {d}, {a.full} <{a.email}> wrote:\n> [[Where is my parcel? It's been ten days.|"
               "The zip on my jacket broke after two weeks.|Can I still return the boots?]]",
               a=a, s=s, d=c.date())


def support_4(c):
    a = c.person()
    return c.R("[[Hello|Hi there|Dear Talgrat team]],\n\n[[the payment keeps failing on your site|your checkout rejects my card "
               "again|I tried three times to pay for order {o}]]. My card is {a.card}, [[expiry|exp.|valid until]] {e}"
               "[[, security code on request|]]. [[Please just charge it manually.|Can you put the order through by phone?|"
               "Could you take the payment for me?]]\n\n[[{a.full}|{a.given}|Thanks, {a.full}]]",
               a=a, e=expiry(c), o=c.order_no())


def support_5(c):
    a = c.person()
    s = c.staff()
    return c.R("Case {t}\nCustomer: {a.full} ({a.email})\nSign-in IP: {a.ip}\nRefund IBAN: {a.iban}\n"
               "Notes: [[duplicate charge|parcel lost|goodwill after a late delivery]], [[approved by|checked by]] {s.full}.",
               a=a, s=s, t=c.ticket())


# =============================================================================================
# team_chat


def chat_1(c):
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    h = c.rng.randint(7, 9)
    return c.R("[{t1}] {s1.lowg}: morning! who's on till 2 today?\n"
               "[{t2}] {s2.lowg}: me, but i [[need to leave at 3|have the dentist at 4]]\n"
               "[{t3}] {s1.lowg}: ok, {s3.given} can take over\n"
               "[{t4}] {s3.lowg}: [[sure|fine by me|👍]][[, see you later|]]",
               s1=s1, s2=s2, s3=s3, t1="%02d:%02d" % (h, 41), t2="%02d:%02d" % (h, 44), t3="%02d:%02d" % (h, 47),
               t4="%02d:%02d" % (h, 58))


def chat_2(c):
    a = c.person()
    s = c.staff()
    new = c.address(a.country)
    return c.R("Visitor: hi, my parcel never arrived\n"
               "Agent ({s.given}): Hi! Can I have your name and postcode?\n"
               "Visitor: {a.full}, {a.plz}\n"
               "Agent ({s.given}): Thanks {a.given}. I see it went to {a.street}, is that right?\n"
               "Visitor: no, [[I moved|we moved]] – it's {ns} now. mobile {a.mobile}",
               a=a, s=s, ns=new.street_lab)


def chat_3(c):
    s1, s2 = c.staff(), c.staff()
    return c.R("{s1.given}: can anyone swap Saturday with me? {h} maybe?\n"
               "{s2.given}: [[yes, if you take my Tuesday|only the morning, sorry|ok, I'll put it on the rota]]\n"
               "{s1.given}: [[deal|thanks!|perfect]]",
               s1=s1, s2=s2, h=s2.handle)


def chat_4(c):
    s1, s2 = c.staff(), c.staff()
    a = c.person()
    return c.R("#store-{town}\n{s1.given}: Reminder: {a.full} collects the [[repaired tent|reserved boots|special order]] today, "
               "[[already paid|pays on collection]].\n{s2.given}: ok. [[Number|Mobile]] in case {a:he/she}'s late: {a.phone}",
               s1=s1, s2=s2, a=a, town=c.store_town().lower().replace(" ", "-"))


def chat_5(c):
    s1, s2 = c.staff(), c.staff()
    a = c.person()
    return c.R("[{t1}] {s1.lowg}: the [[man|woman|customer]] who bought the [[down jacket|tent|boots]] [[yesterday|on saturday]] "
               "is back, says [[it's too small|it leaks|the zip is stuck]]\n"
               "[{t2}] {s2.lowg}: [[receipt?|has {a:he/she} got the receipt?]]\n"
               "[{t3}] {s1.lowg}: no, but card payment. name on the card {nm}\n"
               "[{t4}] {s2.lowg}: [[ok, look it up and exchange it|fine, find the sale in the till journal|"
               "ok, refund to the same card then]]",
               s1=s1, s2=s2, a=a, nm=c.pick([a.caps, a.full, a.low]), t1="14:02", t2="14:03", t3="14:05", t4="14:06")


# =============================================================================================
# call_note


def call_1(c):
    a = c.person()
    return c.R("{t} inbound: {a.hs} – [[tent pole snapped on day one|wants to cancel order {o}|asks if the Kaltkar comes "
               "in XXL|wrong colour delivered]]. [[Call back on {a.phone}.|Callback requested: {a.phone}.|Sorted on the call.]]",
               a=a, t=c.time(), o=c.order_no())


def call_2(c):
    a = c.person()
    m = a.mobile
    return c.R("Voicemail {d}, {t}: \"Hi, this is {a.full}, calling about [[my repair|order {o}|the boots I ordered]]. "
               "Could you call me back on {m}? That's {m}. Thanks[[, bye|]].\"",
               a=a, m=m, d=c.date(style="short"), t=c.time(), o=c.order_no())


def call_3(c):
    a = c.person()
    s = c.staff()
    p = c.product()
    return c.R("Phone order for {a.full}: {p} in {col}, size {sz}, delivery to {a.addr1}. "
               "Paid by card {a.card}, exp {e}. Taken by {s.given}.",
               a=a, s=s, p=p[0], col=c.pick(p[3]), sz=size_for(c, p), e=expiry(c))


def call_4(c):
    n = c.rng.randint(2, 4)
    lines = ["Call-backs %s:" % c.weekday()]
    for i in range(n):
        a = c.person()
        lines.append(c.R("{i}. {who} – {a.phone} – [[refund query|size exchange|repair status|missing parcel]]",
                         i=i + 1, a=a, who=c.pick([a.hs, str(a.full), str(a.full)])))
    return "\n".join(lines)


# =============================================================================================
# car_park_collision


def park_1(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("Car park incident, {d}, {t}: a customer, {a.full}, reversed into a parked car belonging to {b.full} "
               "[[in bay {bay}|near the trolley shelter|by the exit barrier]]. Details exchanged: {a.full} ({a.phone}, "
               "insured with {ins}) – {b.full} ({b.phone}). [[Our camera covers the bay; footage kept until {d2}.|"
               "No camera on that side.]] Reported by {s.full}.",
               a=a, b=b, s=s, d=c.date(), t=c.time(), bay=c.rng.randint(3, 60), ins=c.company("insurer"),
               d2=c.date(style="short"))


def park_2(c):
    a, b = c.person(), c.person()
    return c.R("Dear Talgrat team,\n\n[[last Saturday|on {d}]] my car was hit in your car park in {town}. The other driver "
               "left a note with {b:his/her} name, {b.full}, and number {b.phone}, but {b:he/she} doesn't answer. "
               "Can you tell me if your camera caught it?\n\nMy details: {a.full}, {a.addr1}, {a.phone}\n\n{bye},\n{a.given}",
               a=a, b=b, d=c.date(style="long"), town=c.store_town(), bye=bye(c))


def park_3(c):
    a, b = c.person(), c.person()
    h = c.person(country=c.country)
    ins = c.company("insurer")
    dom = ins.split()[0].lower() + "-claims.com"
    return c.R("Our ref: CL-{r}\n\nYour customer {a.hs} reports that on {d} a vehicle driven by {b.full} of {b.addr1} "
               "damaged {a:his/her} car in the car park of your {st} store. Please confirm whether any member of staff "
               "saw the collision and send camera footage for {t}.\n\n[[{h.full}|{h.ini}]]\nClaims handler, {ins}\n{hm}",
               a=a, b=b, h=h, ins=ins, hm=h.mail_at(dom), r=c.digits(7), d=c.date(), st=c.store(), t=c.time())


def park_4(c):
    s, a, b = c.staff(), c.person(), c.person()
    return c.R("{s.given}, the [[{a:man/lady}|customer]] with the blue estate is {a.full} – {a:he/she} scraped {b.hs}'s car at the "
               "exit. Both have each other's numbers. {a:His/Hers} is {a.mobile} in case {b:he/she} calls.",
               s=s, a=a, b=b)


# =============================================================================================
# pricing_error_cancellation


def price_1(c):
    a, s = c.person(), c.staff()
    p = c.product()
    return c.R("{a.dear},\n\nyou ordered the {p} on {d} for {wrong} instead of {right}. This was a pricing error, so we "
               "have cancelled order {o} and refunded the full amount to your [[card|PayPal account]]. "
               "[[As an apology, here is a 15 % code: SORRY15.|We are sorry for the disappointment.]]\n\n"
               "{bye},\n{s.full}\nTalgrat Online Shop",
               a=a, s=s, p=p[0], d=c.date(), wrong=c.money(2, 15), right=c.money(120, 350), o=c.order_no(), bye=bye(c))


def price_2(c):
    a = c.person()
    return c.R("Hi, I don't accept the cancellation of {o}. The price was shown at checkout and you took my money"
               "[[ from my card {a.card}|]]. "
               "I expect delivery to {a.addr1} as agreed[[, otherwise I will contact consumer advice|]].\n{a.full}\n{a.email}",
               a=a, o=c.order_no())


def price_3(c):
    s = c.staff()
    p = c.product()
    lines = ["Pricing error %s: %s shown at %s." % (c.date(style="short"), p[0], c.money(1, 12)),
             "Orders to cancel:"]
    for _ in range(c.rng.randint(2, 4)):
        a = c.person()
        lines.append(c.R("- {o} {a.full} ({a.email})", o=c.order_no(), a=a))
    lines.append(c.R("[[Do not ship|Hold in the warehouse]]. Questions to {s.given}.", s=s))
    return "\n".join(lines)


def price_4(c):
    a = c.person()
    return c.R("To Talgrat Outdoor, customer services\n\nOrder {o} – {p}\n\nYou confirmed my order by e-mail, so a contract "
               "exists. [[I ask you to deliver|Please deliver]] within 14 days to:\n{a.addr2}\n\n{a.full}, {d}",
               a=a, o=c.order_no(), p=pname(c), d=c.date(style="num"))


# =============================================================================================
# salary_overpayment


def sal_1(c):
    a, s = c.staff(), c.staff()
    return c.R("Dear {a.given},\n\nin your {mo} salary you were paid {m} too much because your change to {h} hours was "
               "entered late. [[Please transfer|We ask you to repay]] the amount [[within 30 days|by the end of next month]] "
               "to our account {ib}, reference P{n}. If that is difficult, we can take it back over three payslips.\n\n"
               "Payroll team\n{s.full}",
               a=a, s=s, mo=c.month(), m=c.money(80, 900), h=c.pick([20, 24, 30, 32]), ib=shop_iban(c), n=c.digits(5))


def sal_2(c):
    a, s = c.staff(), c.staff()
    return c.R("[[Hi|Hello|Dear]] {s.given}, [[I didn't notice, sorry|thanks for the letter, I hadn't noticed|"
               "I'm surprised, but fine]]. [[Please take it back in three parts.|Can we do two instalments?|"
               "I'll transfer it this week.]] [[My account is still {a.iban}.|For any refund my account is {a.iban}.|"
               "If you need my bank details again: {a.iban}.]][[ {a.given}|\n{a.full}|\nBest, {a.given}]]",
               a=a, s=s)


def sal_3(c):
    a = c.staff()
    return c.R("Overpayment {mo}: {a.full} (staff no {n}), {m}. Reason: [[leave not recorded|hours change entered late|"
               "bonus paid twice]]. Agreed repayment: three instalments from {mo2}. Bank account on file: {a.iban}.",
               a=a, mo=c.month(), mo2=c.month(), n=c.digits(5), m=c.money(60, 700))


def sal_4(c):
    c.fix("DE")
    a, s = c.staff(country="DE"), c.staff(country="DE")
    return c.R("Correction for {a.full}, tax ID {a.taxid}: the overpayment of {m} in {mo} reduces taxable pay, so payroll "
               "[[will re-file the|has corrected the]] wage tax return for the Munich store. [[Questions|Contact]]: {s.work}",
               a=a, s=s, m=c.money(100, 800), mo=c.month())


# =============================================================================================
# whistleblower_report


def wb_1(c):
    a = c.staff()
    b = c.staff()
    return c.R("Report WB-{r}, received {d}\n\nI want to report that the deputy manager at {st}, {a.full}, "
               "[[takes returned items home|gives staff discounts to friends|changes rota hours after the shifts]]. "
               "I saw it [[three times|twice]] in {mo}. [[I want to stay anonymous.|You can reach me at {b.email}.]]",
               a=a, b=b, r=c.digits(4), d=c.date(), st=c.store(), mo=c.month())


def wb_2(c):
    a, b, x = c.staff(), c.staff(), c.staff()
    return c.R("Case WB-{r}: interviewed {b.full} ({b.phone}) on {d}. {b:He/She} confirmed that {a.hs} "
               "[[voided sales after customers had left|took cash from the returns drawer|sold display items privately]]. "
               "Next: interview {x.full} from the warehouse[[ and check the till journal|]].",
               a=a, b=b, x=x, r=c.digits(4), d=c.date())


def wb_3(c):
    b, s = c.staff(), c.staff()
    return c.R("Dear {b.given},\n\nthank you for your report of {d}. It has been received by the compliance office and will "
               "be handled confidentially. We will contact you within three months. Your case number is WB-{r}.\n\n"
               "{s.full}\nCompliance officer\n{m}",
               b=b, s=s, d=c.date(), r=c.digits(4), m=c.role("compliance"))


def wb_4(c):
    a, x = c.staff(), c.staff()
    return c.R("I don't want to use my name. Please check till 3 on the evenings when {a.given} closes. "
               "{a:He/She} takes a few notes out before counting. [[{x.full} from the stockroom has seen it too.|"
               "Ask {x.full}, {x:he/she} knows.]]",
               a=a, x=x)


# =============================================================================================
# works_council_minutes


def wc_1(c):
    a, b, x, d, e = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    return c.R("Staff forum, {st}, {dt}\nPresent: {a.full} (chair), {b.full}, {x.full}[[, {d.full}|]]\n"
               "[[Apologies: {e.full}\n|]]1. Rota for the Christmas weeks – {b.given} collects wishes by {d1}.\n"
               "2. [[Break room fridge|Heating in the stockroom|Staff discount on sale items]] – {x.given} asks the manager.\n"
               "Next meeting: {d2}.",
               a=a, b=b, x=x, d=d, e=e, st=c.store(), dt=c.date(), d1=c.date(style="short"), d2=c.date(style="short"))


def wc_2(c):
    a, b = c.staff(), c.staff()
    return c.R("Item 3: {a.full} asked for a transfer to {st} [[from {mo}|after the summer]]. The forum supports it. "
               "{b.hs} (HR) will reply by {d}.",
               a=a, b=b, st=c.store(), mo=c.month(), d=c.date(style="short"))


def wc_3(c):
    a, b = c.staff(), c.staff()
    return c.R("Hi all,\n\nthe next works council meeting is on {d} at {t} in the break room. "
               "[[Please send topics to|Topics to]] {b.given} ({b.work}) [[by Friday|beforehand]].\n\n"
               "For the council,\n{a.full}",
               a=a, b=b, d=c.date(), t=c.time())


def wc_4(c):
    a, b, x, d, e = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    return c.R("[[Election of the staff forum {y}|Staff forum election results ({st})|Works council election {y}]]: "
               "elected are {a.full} ({n1} votes), {b.full} ({n2})[[ and {x.full} ({n3})|]]. "
               "[[Substitute: {d.full}.|First substitute: {d.full}.|]] Turnout {p} %.[[ Returning officer: {e.full}.|"
               "\nQuestions to the election committee, {e.full}.|]]",
               a=a, b=b, x=x, d=d, e=e, y=c.pick([2024, 2025]), n1=c.rng.randint(30, 60), n2=c.rng.randint(20, 30),
               n3=c.rng.randint(10, 20), p=c.rng.randint(55, 88), st=c.store())


# =============================================================================================
# uncollected_repair


def rep_1(c):
    a, s = c.person(), c.staff()
    return c.R("Dear {a.hs},\n\nyour {it} (repair {t}) has been ready for collection at our {st} store since {d}. "
               "Please collect it within 30 days. After that we may [[dispose of it|give it to a charity shop]] in line "
               "with our repair terms.\n\nRepair workshop\n{s.full}",
               a=a, s=s, it=item(c), t=c.ticket(), st=c.store(), d=c.date())


def rep_2(c):
    a, s = c.person(), c.staff()
    return c.R("To: {a.mobile}\nTalgrat: Hi {a.given}, your {it} is ready at {st}. Please pick it up by {d}. "
               "[[Questions? Just reply.|]] – {s.given}",
               a=a, s=s, it=item(c), st=c.store(), d=c.date(style="short"))


def rep_3(c):
    lines = ["Uncollected repairs older than 90 days (%s):" % c.store()]
    for _ in range(c.rng.randint(2, 4)):
        a = c.person()
        lines.append(c.R("- {t} {it} – {a.full}, {a.phone}, last reminder {d}", t=c.ticket(), it=item(c), a=a,
                         d=c.date(style="num")))
    lines.append(c.pick(["Please call once more before they go to the repair café.", "Second letter goes out on Monday."]))
    return "\n".join(lines)


def rep_4(c):
    a = c.person()
    return c.R("Hello, I'm so sorry – I've been abroad[[ for work|]]. Could you post the {it} to {a.addr1}? "
               "I'll pay the postage.\n{a.full}, repair {t}",
               a=a, it=item(c), t=c.ticket())


# =============================================================================================
# magazine_letter


def mag_1(c):
    a = c.person()
    return c.R("\"[[Your article about bothy etiquette|The piece on repairing down jackets|Your report from the Cuillin ridge]] "
               "[[made me smile|brought back memories]]. [[We did the same trip in 1987, with far worse gear.|"
               "Please do more of these.]]\"\n[[{a.full}|{a.full}|{a.gi}|{a.ini}]], {a.town}",
               a=a)


def mag_2(c):
    a = c.person()
    k = c.relative(a, cue=False)
    return c.R("Dear editors,\n\nin your last issue you printed a photo from the {r} with my {k:son/daughter} {k.given} in it. "
               "Next time please ask us first. You can reach me at {a.email} or {a.phone}.\n\n{a.full}\n{a.addr2}",
               a=a, k=k, r=c.pick(["Coast to Coast path", "Wicklow Way", "Tour du Mont Blanc", "Appalachian Trail"]))


def mag_3(c):
    a, s = c.person(), c.staff()
    return c.R("Dear {a.given},\n\nthank you for your letter, which we would like to print in the [[spring|autumn|winter]] "
               "issue, shortened, with your name and town. Please tell us by {d} if you'd rather stay anonymous.\n\n"
               "{s.full}\nEditor, Talgrat Journal",
               a=a, s=s, d=c.date(style="short"))


def mag_4(c):
    a, b, x = c.person(), c.person(), c.person()
    return c.R("Letters\n\n\"[[Finally a brand that repairs.|The socks outlasted my boots.]]\" – {a.full}, {a.town}\n\n"
               "\"[[Less plastic in the parcels, please.|Bring back the orange!]]\" – {b.gi}, {b.town}\n\n"
               "\"[[Loved the hut recipes.|More about the Allgäu, please.]]\" – {x.ini}, via e-mail",
               a=a, b=b, x=x)


# =============================================================================================
# points_transfer


def pts_1(c):
    a, b = c.person(), c.person()
    return c.R("Hi, I'd like to transfer my {n} loyalty points to my [[{b:husband's/wife's}|partner's|{b:father's/mother's}]] account. "
               "{b:His/Her} name is {b.full} and the card is linked to {b.email}. My member number is {no}.\n"
               "Thanks, {a.full}",
               a=a, b=b, n=c.rng.randint(300, 6000), no=c.digits(9))


def pts_2(c):
    a, b = c.person(), c.person()
    return c.R("Dear {a.given},\n\nwe have moved {n} points from your account to the account of {b.full}"
               "[[ ({b.email})|]]. Your new balance is {m} points.\n\nTalgrat Rewards\n{r}",
               a=a, b=b, n=c.rng.randint(300, 6000), m=c.rng.randint(0, 900), r=c.role("rewards"))


def pts_3(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("Points transfer request {t}: from {a.full} ({a.email}) to {b.full}. Different address ({b.addr1}) – "
               "[[approved after a call on {a.phone}|waiting for confirmation]]. {s.given}",
               a=a, b=b, s=s, t=c.ticket())


def pts_4(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("Hello {a.given}, points can only be transferred within one household. Our records show {b.hs} at "
               "{b.addr1} and you at {a.addr1}. Please send us proof that you live together.\n{bye}, {s.given}",
               a=a, b=b, s=s, bye=bye(c))


# =============================================================================================
# video_consultation


def vid_1(c):
    a, s = c.person(), c.staff()
    return c.R("Hi {a.given},\n\nyour video fitting for [[hiking boots|a backpack|a rain jacket|trail shoes]] is booked for "
               "{d} at {t}. Your [[advisor|fitter]] is {s.full}. Join from your phone; we will call you on {a.mobile} "
               "if the link does not work.\n\nTalgrat [[Live Advice|Video Advice]]",
               a=a, s=s, d=c.date(), t=c.time())


def vid_2(c):
    a, s = c.person(), c.staff()
    return c.R("Video call {d}, {a.full}: foot length {l1} cm left, {l2} cm right, [[wide forefoot|high instep|narrow heel]]. "
               "Recommended Steinlauf in {sz}. Sends a photo of the old insoles to {s.work}. Follow-up by {s.given}.",
               a=a, s=s, d=c.date(style="short"), l1="%d.%d" % (c.rng.randint(24, 29), c.rng.randint(0, 9)),
               l2="%d.%d" % (c.rng.randint(24, 29), c.rng.randint(0, 9)), sz=c.pick(["41", "42.5", "43", "44", "45.5"]))


def vid_3(c):
    a, b = c.person(), c.person()
    return c.R("[[Hello|Hi]], can I book a video [[consultation|fitting]] for my [[{b:father/mother}|{b:uncle/aunt}|"
               "{b:grandfather/grandmother}]] {b.full}? {b:He/She} [[can't travel to the store|lives too far from any store|"
               "is recovering from an operation]]. Best number to reach {b:him/her}: {b.phone}. "
               "[[I'll join too from {a.email}.|Please send the link to me at {a.email}.]]\n[[Thanks|Many thanks|Best]], {a.given}",
               a=a, b=b)


def vid_4(c):
    a = c.person()
    return c.R("Consent to record\nI, {a.full}, agree that the video consultation on {d} may be recorded for staff training. "
               "I can withdraw this at any time by writing to {r}.\nSigned: {a.full}, {d2}",
               a=a, d=c.date(), d2=c.date(style="num"), r=c.role("privacy"))


# =============================================================================================
# popup_event_staffing


def pop_1(c):
    s1, s2, s3, s4 = c.staff(), c.staff(), c.staff(), c.staff()
    o = c.person()
    return c.R("Pop-up stand at the {ev}, {d}\nSet-up 06:30: {s1.full} and {s2.full} (van)\n"
               "Stand 08:00–16:00: {s3.full}[[, {s4.full}|]]\nContact on site: {s1.given}, {s1.mobile}\n"
               "Organiser: {o.full}, {o.phone}",
               s1=s1, s2=s2, s3=s3, s4=s4, o=o, ev=c.company("events"), d=c.date())


def pop_2(c):
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    o = c.person()
    return c.R("Dear {o.given},\n\nthanks for the stand at the {ev}. Our team: {s1.full} ({s1.mobile}) and {s2.full}. "
               "We'll arrive at 7 with a van. Could you send the parking pass to {s1.work}?\n\n{bye},\n{s3.full}",
               o=o, s1=s1, s2=s2, s3=s3, ev=c.company("events"), bye=bye(c))


def pop_3(c):
    s1, s2 = c.staff(), c.staff()
    o = c.person()
    return c.R("[{t1}] {s1.lowg}: [[van is loaded|everything's in the van|tent and rails packed]]. {s2.lowg}, you have "
               "the [[card reader|cash box|stand banner]]?\n"
               "[{t2}] {s2.lowg}: [[yes|yep|got it]]. organiser is {o.full}, [[mobile|number]] {o.mobile}\n"
               "[{t3}] {s1.lowg}: [[ok, see you at the start arch|cool, leaving now|great, we're 10 min late]]",
               s1=s1, s2=s2, o=o, t1="06:1%d" % c.rng.randint(0, 2), t2="06:1%d" % c.rng.randint(3, 5),
               t3="06:1%d" % c.rng.randint(6, 9))


def pop_5(c):
    c.fix("DE")
    s = c.staff(country="DE")
    t = c.staff(country="DE")
    return c.R("{s.given}, for the [[Munich|Kempten]] pop-up we hired {t.full} as a temp for two days. Payroll needs "
               "{t:his/her} tax ID ({t.taxid}) and bank account ({t.iban}) by Friday[[, mobile {t.mobile}|]]. "
               "[[Can you send it on?|Please forward to payroll.]]",
               s=s, t=t)


def pop_4(c):
    s1, s2 = c.staff(), c.staff()
    p, o = c.person(), c.person()
    return c.R("Debrief {ev}: sales {m}. {s1.given} and {s2.given} did great. Lost property: a jacket with the name "
               "{p.full} written inside – handed to the organiser, {o.hs}.[[ Next year we need a bigger tent.|]]",
               s1=s1, s2=s2, p=p, o=o, ev=c.company("events"), m=c.money(900, 6000))


# =============================================================================================
# delivery_damage_claim


def dmg_1(c):
    a = c.person()
    return c.R("Hello,\n\nyour courier drove into our [[garden gate|fence|parked car]] yesterday when delivering order {o}. "
               "[[It is bent and does not close.|There is a long scratch.]] I have photos. Please tell me how to claim.\n\n"
               "{a.full}\n{a.addr1}\n{a.phone}",
               a=a, o=c.order_no())


def dmg_2(c):
    a, s = c.person(), c.staff()
    return c.R("Claim {cl} – damage at delivery address\n\nOn {d} your driver (route {rt}) damaged a [[fence|gate|flowerbed|"
               "parked car]] at {a.addr1} while delivering our parcel {pc}. The customer, {a.hs}, can be reached on "
               "{a.phone}. Please contact {a:him/her} directly and confirm to us.\n\n{s.full}, Talgrat Customer Care",
               a=a, s=s, cl=c.digits(7), d=c.date(), rt=c.digits(3), pc=c.parcel())


def dmg_3(c):
    a = c.person()
    h = c.person(country=c.country)
    cour = c.company("courier")
    dom = cour.split()[0].lower() + ".com"
    return c.R("Our ref. {cl}. We have spoken to the driver and to {a.full}. Our insurer, {ins}, will contact the customer "
               "directly. Please send the customer's photos to {hm}.\n{h.full}, Claims team, {cour}",
               a=a, h=h, hm=h.mail_at(dom), cl=c.digits(8), ins=c.company("insurer"), cour=cour)


def dmg_4(c):
    s, a, b = c.staff(), c.person(), c.person()
    return c.R("{s.given}, [[can you check|could you look at|please chase]] {a.poss} claim? The courier [[denies it|says "
               "the driver wasn't there|wants photos first]]. [[The neighbour|A neighbour]], {b.full} ({b.street}), saw it "
               "and would confirm[[ – phone {b.phone}| on {b.phone}|, {b.email}]].",
               s=s, a=a, b=b)


# =============================================================================================
# expedition_outfitting


def exp_1(c):
    s = c.staff()
    a, b, x, d = c.person(), c.person(), c.person(), c.person()
    return c.R("Dear {s.given},\n\nwe are four [[students|friends from the climbing club]] going to {pl} in July and would "
               "like a group offer. I'm the contact: {a.full}, {a.mobile}. The others are {b.full}, {x.full} and {d.full}. "
               "Sizes are in the attached list.\n\n{bye},\n{a.given}",
               s=s, a=a, b=b, x=x, d=d, pl=c.pick(["Kyrgyzstan", "Greenland", "the Kungsleden", "Patagonia", "Nepal"]),
               bye=bye(c))


def exp_2(c):
    a, s = c.person(), c.staff()
    return c.R("Outfitting {a.full} ({a.email}), expedition {pl}, {d}:\n- Kaltkar down jacket, L, Alpenglow\n"
               "- Wintersteig trousers, M short\n- boots: refer to {s.given}\nDeposit {m} paid by card [[ending {l4}|ending {l4}|{a.card}]].",
               a=a, s=s, pl=c.pick(["Denali", "Aconcagua", "Island Peak", "Mera Peak"]), d=c.date(style="num"),
               m=c.money(100, 400), l4=last4(c))


def exp_3(c):
    a, s = c.person(), c.staff()
    return c.R("Quote Q-{q} for {club}\nContact: {a.full}, {a.addr1}\nItems: 6 × Firstwand rain jacket, 6 × Trittweg socks "
               "(2 pairs each)\nTotal {m}, valid until {d}.\n{s.full}, {st}",
               a=a, s=s, q=c.digits(5), club=c.pick(["Riverside Academy expedition team", "Cairngorm Club youth section",
                                                     "Front Range Hikers"]),
               m=c.money(900, 3000), d=c.date(), st=c.store())


def exp_4(c):
    a, b = c.person(), c.person()
    return c.R("Hi, I'm {a.full}, leading a charity expedition to [[Denali|Aconcagua|Kilimanjaro]] next spring. Would Talgrat "
               "lend us tents? Our team doctor, {b.full}, [[has asked too|would write a short report for your journal]]. "
               "Reach me at {a.email}[[ or {a.phone}|]].",
               a=a, b=b)


# =============================================================================================
# trail_blog_post (names in prose without a cue; never invented)


def blog_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.R("When {a.full} and {b.full} set off from {pl} in the rain, nobody at the store expected them back before "
               "dark. {a.given} had packed the Hochsattel 30 the night before; {b.given} carried the stove and, "
               "[[as it turned out|luckily]], most of the chocolate.",
               a=a, b=b, pl=c.pick(["Oberstdorf", "Kendal", "Glen Coe", "Keswick", "Boulder", "Westport"]))


def blog_2(c):
    a = c.person(cue=False)
    return c.R("Last month {a.full} finished the {r} in {n} days. {a.given} wore the same pair of Trittweg socks the whole "
               "way[[ and sent us a photo at the finish|, washed twice in a stream]].",
               a=a, r=c.pick(["West Highland Way", "Wicklow Way", "Coast to Coast", "Colorado Trail", "Kungsleden"]),
               n=c.rng.randint(6, 30))


def blog_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.R("Our workshop keeps growing: {a.full} now repairs down jackets in the Allgäu, and {b.full} joined from "
               "{town} to look after zips and seam tape. [[Say hello if you drop off a repair.|Both started in {mo}.]]",
               a=a, b=b, town=c.pick(["Leeds", "Cork", "Boulder", "Bristol", "Galway"]), mo=c.month())


def blog_4(c):
    a = c.person(cue=False)
    b = c.relative(a, cue=False)
    x = c.relative(a, cue=False)
    return c.R("Three generations on one hill: {a.full}, {b.full} and young {x.given} climbed {h} on a [[windy|clear|wet]] "
               "Sunday. {x.given} carried the flask, {b.given} the map.",
               a=a, b=b, x=x, h=c.pick(["Snowdon", "Croagh Patrick", "Helvellyn", "Ben Lomond", "Mount Sanitas"]))


# =============================================================================================
# ski_service_ticket


def ski_1(c):
    a, s = c.person(), c.staff()
    return c.R("Ski service ticket S-{n}\nName: {a.full}\nPhone: {a.phone}\nSkis: [[Atomic|Völkl|Rossignol|Head]] {l} cm\n"
               "Service: [[edges, base repair, hot wax|full tune|wax only]]\nReady: {d}\n[[Deposit card: {a.card}\n||]]"
               "Taken by: {s.given}",
               a=a, s=s, n=c.digits(5), l=c.pick([152, 163, 170, 177, 184]), d=c.date(style="short"))


def ski_2(c):
    a, s = c.person(), c.staff()
    return c.R("Hi {a.given}, your skis (ticket S-{n}) are ready at {st}. [[Edges done, base needed a P-tex repair|"
               "Full tune done]], total {m}. – {s.given}, Talgrat ski service",
               a=a, s=s, n=c.digits(5), st=c.store(), m=c.money(25, 80))


def ski_3(c):
    a, b = c.person(), c.person()
    return c.R("Mix-up {d}: {a.full} got the skis of {b.full} (same model, both {l} cm). {a.given} has already skied on them. "
               "Call {b.hs} on {b.phone} and apologise; {a.poss} skis are still here.",
               a=a, b=b, d=c.date(style="short"), l=c.pick([163, 170, 177]))


def ski_4(c):
    a, s = c.person(), c.staff()
    return c.R("{a.dear},\n\nwe could not adjust the bindings on your skis because the model is no longer on the "
               "manufacturer's list. We will not release them for use. You can collect them at {st} or we post them "
               "to {a.addr1}.\n\nSki workshop, {s.full}",
               a=a, s=s, st=c.store())


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [support_1, support_2, support_3, support_4, support_5],
    "team_chat": [chat_1, chat_2, chat_3, chat_4, chat_5],
    "call_note": [call_1, call_2, call_3, call_4],
    "car_park_collision": [park_1, park_2, park_3, park_4],
    "pricing_error_cancellation": [price_1, price_2, price_3, price_4],
    "salary_overpayment": [sal_1, sal_2, sal_3, sal_4],
    "whistleblower_report": [wb_1, wb_2, wb_3, wb_4],
    "works_council_minutes": [wc_1, wc_2, wc_3, wc_4],
    "uncollected_repair": [rep_1, rep_2, rep_3, rep_4],
    "magazine_letter": [mag_1, mag_2, mag_3, mag_4],
    "points_transfer": [pts_1, pts_2, pts_3, pts_4],
    "video_consultation": [vid_1, vid_2, vid_3, vid_4],
    "popup_event_staffing": [pop_1, pop_2, pop_3, pop_4, pop_5],
    "delivery_damage_claim": [dmg_1, dmg_2, dmg_3, dmg_4],
    "expedition_outfitting": [exp_1, exp_2, exp_3, exp_4],
    "trail_blog_post": [blog_1, blog_2, blog_3, blog_4],
    "ski_service_ticket": [ski_1, ski_2, ski_3, ski_4],
}

# =============================================================================================
# texts without personal data


def _gtin(c):
    return c.gtin()


def size_1(c):
    p = c.product()
    rows = []
    for sz in c.pick([["S", "M", "L", "XL"], ["XS", "S", "M", "L"], ["M", "L", "XL", "XXL"]]):
        rows.append("| %s | %d–%d | %d–%d | %s |" % (sz, c.rng.randint(84, 96), c.rng.randint(97, 104),
                                                    c.rng.randint(70, 84), c.rng.randint(85, 96), c.gtin()))
    return c.R("Size chart – {p} ({sku})\n\n| Size | Chest (cm) | Waist (cm) | GTIN |\n| --- | --- | --- | --- |\n{rows}\n\n"
               "[[Will it fit over a fleece? Choose one size up.|Between sizes? Take the larger one.|"
               "Measured flat, ±1 cm.]]",
               p=p[0], sku=p[1], rows="\n".join(rows))


def size_2(c):
    return c.R("Trail shoe sizes (Steinlauf, TG-TS-100): EU 38–47 in half sizes. EU {e} = UK {u} = US {us} = {cm} cm. "
               "[[Will your toes touch on descents? Leave a thumb's width.|May run small for wide feet.|"
               "Grace period for exchanges: 30 days.]]",
               e=c.pick(["42", "43", "44.5"]), u=c.pick(["8", "9", "10"]), us=c.pick(["9", "10", "11"]),
               cm=c.pick(["27", "27.5", "28.5"]))


def size_3(c):
    lines = ["Sock sizes – Trittweg Merino Hiking Socks (%s per pair)" % c.money(24.95, 24.95, "DE")]
    for rng_, g in (("35–38", c.gtin()), ("39–42", c.gtin()), ("43–46", c.gtin()), ("47–49", c.gtin())):
        lines.append("%s: GTIN %s, colour %s" % (rng_, g, c.pick(["Rock Grey", "Fir Shade", "Hut Orange"])))
    lines.append(c.pick(["Hunter green is not available this season.", "Rose and May colourways come back in spring."]))
    return "\n".join(lines)


def size_4(c):
    return c.R("Backpack back lengths: Hochsattel 30 fits {a}–{b} cm, Fernkamm 45+10 fits {a2}–{b2} cm. "
               "[[Will a short back need the S/M version? Measure from C7 to the hip bones.|"
               "The fitting guide from {mo} replaces the old one.]]",
               a=c.rng.randint(40, 44), b=c.rng.randint(48, 52), a2=c.rng.randint(42, 46), b2=c.rng.randint(50, 56),
               mo=c.month())


def gift_1(c):
    p1, p2, p3 = c.product(), c.product(), c.product()
    return c.R("Gift guide {y}\n\nFor the hunter-gatherer: {p1} in {c1}, {m1}.\nFor the early riser: {p2}, {m2}.\n"
               "For the one who has everything: {p3} in {c3}.\n[[Order by {d} for delivery before Christmas.|"
               "Gift cards from £10.]]",
               y=c.pick([2024, 2025]), p1=p1[0], c1=c.pick(p1[3]), m1=c.money(20, 350), p2=p2[0], m2=c.money(20, 350),
               p3=p3[0], c3=c.pick(p3[3]), d=c.date(style="short"))


def gift_2(c):
    return c.R("Mother's Day picks: the Morgengrat merino shirt in Limestone, Trittweg socks in Hut Orange (rose pink is sold out), "
               "and a repair voucher worth {m}. [[Grace, our workshop dog, approves.|Will it arrive in time? Order by {d}.]]",
               m=c.money(15, 40), d=c.date(style="short"))


def gift_3(c):
    p = c.product()
    return c.R("Under {m}: {p} ({sku}). [[A baker's dozen of ideas for May walks inside.|Perfect for the Winter Solstice "
               "walk on {d}.|Wolf grey wrapping paper included.]]",
               m=c.money(50, 150), p=p[0], sku=p[1], d=c.date(style="short"))


def gift_4(c):
    return c.R("Stocking fillers: Trittweg socks {m1}, seam grip {m2}, the Fox & Hound trail map set {m3}. "
               "[[Will-o'-the-wisp headlamp back in stock.|Koch's hut cookbook in English now.|"
               "Vogel birdwatching pocket guide, {m4}.]]",
               m1=c.money(24, 25), m2=c.money(6, 9), m3=c.money(12, 18), m4=c.money(9, 14))


def track_1(c):
    dep = c.pick([("Kempten", "87435"), ("Leeds", "LS11"), ("Bristol", "BS2"), ("Wakefield", "WF2"), ("Athlone", "N37"),
                  ("Denver", "80216")])
    return c.R("Parcel {pc}\n{d1} 07:12 Received at depot {town} ({plz})\n{d2} 05:40 Out for delivery, route {r}\n"
               "{d2} 13:18 [[Delivered to parcel locker|Delivered|Recipient not at home, card left]]\n"
               "Depot reference {ref}",
               pc=c.parcel(), d1=c.date(style="short"), d2=c.date(style="short"),
               town=dep[0], plz=dep[1], r=c.digits(3), ref=c.phone_like())


def track_2(c):
    return c.R("Your parcel {pc} is on its way. Expected: {d}, between 10:00 and 14:00. Depot: {town}. "
               "[[Will you be out? Choose a safe place in the app.|May be delayed by the bank holiday.]] "
               "Order {o}.",
               pc=c.parcel(), d=c.date(), town=c.pick(["Hinckley", "Kempten", "Swords", "Wakefield"]), o=c.order_no())


def track_3(c):
    lines = ["Parcels collected %s, manifest %s" % (c.date(style="short"), c.phone_like())]
    for _ in range(c.rng.randint(3, 6)):
        lines.append("%s  %s  %s kg  zone %s" % (c.parcel(), c.pick(["LS6", "BS1", "M4", "D08", "EH9", "87435", "80331"]),
                                                  c.pick(["0.8", "1.2", "2.4", "3.1", "0.5"]), c.rng.randint(1, 9)))
    return "\n".join(lines)


def track_4(c):
    return c.R("Return label {pc}. Drop it at any post office before {d}. Reference for queries: {ref}. "
               "[[Grace period for late returns: 7 days.|Will the label work abroad? Only within the UK.]]",
               pc=c.parcel(), d=c.date(), ref=c.phone_like())


EXHIB = ["Baker & Hunter Outdoor", "Fox & Miller Outfitters", "Young & Rose Mountain Sports", "Frost Brothers Ltd",
         "Koch & Bauer Bergsport", "Wolf Alpine Gear", "Vogel & Winter Textiles", "Stone & Wood Tents", "Bell Ropes Ltd",
         "King & Grace Optics", "Mason Packs", "Fischer Skiwerk"]


def exh_1(c):
    comps = list(EXHIB)
    c.rng.shuffle(comps)
    lines = ["Exhibitors, Hall %d (%s)" % (c.rng.randint(1, 8), c.pick(["OutDoor Friedrichshafen", "Outdoor Trade Show Harrogate"]))]
    for comp in comps[:c.rng.randint(4, 7)]:
        lines.append("%s – stand %s%d" % (comp, c.pick("ABCDEFG"), c.rng.randint(100, 520)))
    return "\n".join(lines)


def exh_2(c):
    a, b = c.rng.sample(EXHIB, 2)
    return c.R("New this year: {a} (stand B{n1}) and {b} (stand C{n2}). [[May we remind exhibitors that set-up ends at 18:00.|"
               "Hunter green carpet in halls 3 and 4.]] Badge pick-up from {d}.",
               a=a, b=b, n1=c.rng.randint(100, 400), n2=c.rng.randint(100, 400), d=c.date(style="short"))


def exh_3(c):
    comps = c.rng.sample(EXHIB, 4)
    return "\n".join(["| Exhibitor | Stand | Products |", "| --- | --- | --- |"] +
                     ["| %s | %s%d | %s |" % (x, c.pick("ABCD"), c.rng.randint(10, 99),
                                             c.pick(["ropes", "tents", "socks", "boots", "optics", "packs"])) for x in comps])


def exh_4(c):
    a = c.pick(EXHIB)
    return c.R("Talk at 14:00 on stage 2: \"Will wool beat plastic?\" with the product team of {a}. "
               "[[Free entry with trade badge.|Seats limited to 80.]] Hall {h}, next to the Wolf & Fuchs café.",
               a=a, h=c.rng.randint(1, 8))


def grn_1(c):
    lines = ["Goods receipt GR-%s, %s" % (c.digits(6), c.date(style="num")),
             "Supplier: %s, PO %s" % (c.pick(["Koch & Bauer Bergsport GmbH", "Baker & Hunter Outdoor Ltd", "Vogel Textil AG",
                                                "Frost Brothers Ltd"]), c.digits(7))]
    for _ in range(c.rng.randint(2, 5)):
        p = c.product()
        lines.append("%s %s %s – GTIN %s – qty %d" % (p[1], c.pick(p[3]), size(c), c.gtin(), c.rng.randint(6, 120)))
    lines.append("Pallet %s, received by dock %d" % (c.phone_like(), c.rng.randint(1, 6)))
    return "\n".join(lines)


def grn_2(c):
    return c.R("Short delivery on PO {po}: {n} cartons of {p} missing. Carrier reference {ref}. [[Will be credited by "
               "the supplier.|Reported to Fischer Logistik.]] Trailer {tr}.",
               po=c.digits(7), n=c.rng.randint(1, 8), p=pname(c), ref=c.phone_like(), tr=c.phone_like())


def grn_3(c):
    p = c.product()
    return c.R("Quality check {d}: {sku} {col}, batch {b}. {n} of 50 sampled items with loose seam tape. "
               "[[Batch on hold.|Released with note.]] Supplier: {s}.",
               d=c.date(style="num"), sku=p[1], col=c.pick(p[3]), b=c.digits(6), n=c.rng.randint(0, 6),
               s=c.pick(["Young & Rose Textiles", "Winter Sportswear Ltd", "Wolf Tents Co."]))


def grn_4(c):
    lines = ["Inbound schedule %s" % c.weekday()]
    for _ in range(c.rng.randint(3, 5)):
        lines.append("%s – %s – %d pallets – ref %s" % (c.time(), c.pick(["Baker & Hunter", "Koch & Bauer", "Frost Bros",
                                                                          "Fox & Miller", "Vogel Textil"]),
                                                      c.rng.randint(1, 12), c.phone_like()))
    return "\n".join(lines)


def _ver(c):
    return "%d.%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 20), c.rng.randint(0, 40))


def fw_1(c):
    return c.R("Firmware manifest – handheld scanner TC52\nversion: {v}\nbuild: {b}\nsha256: {h}\nmin_app: {v2}\n"
               "[[notes: fixes battery drain after May update|notes: Will reconnect to the till after sleep]]",
               v=_ver(c), b=c.digits(6), h=c.hexs(64), v2=_ver(c))


def fw_2(c):
    return c.R("Label printer ZD421: firmware {v} → {v2}. Reboot takes 90 s. [[Port 9100 stays open.|Build {b}.]] "
               "[[Hunter mode (auto-calibrate) is on by default.|Grace timeout raised to 30 s.]]",
               v=_ver(c), v2=_ver(c), b=c.digits(5))


def fw_3(c):
    lines = ["component   version"]
    for comp in c.rng.sample(["pos-core", "scale-driver", "receipt-layout", "loyalty-sdk", "payment-bridge", "rfid-gate"], 4):
        lines.append("%-12s%s" % (comp, _ver(c)))
    lines.append("release train %s, commit %s" % (c.pick(["May", "Winter", "Spring"]),
                                                    c.hexs(12)))
    return "\n".join(lines)


def fw_4(c):
    return c.R("Self-checkout kiosks will update to {v} on {d} after closing. Expected downtime 20 minutes. "
               "[[Will the card terminals need a restart? No.|Rollback version {v2} stays on the USB key.]]",
               v=_ver(c), v2=_ver(c), d=c.date(style="short"))


def pack_1(c):
    extra = c.rng.sample(["head torch, map, compass", "hut sleeping bag liner", "cash for the huts", "blister plasters",
                          "sun cream", "spare laces", "Gitterhang fleece", "earplugs for the dorm"], 3)
    return c.R("Packing list – {n}-day hut tour\n- Hochsattel 30 backpack (1.1 kg)\n- [[Schauerpass|Firstwand]] rain jacket\n"
               "- {k} pairs Trittweg socks\n- {e1}\n- {e2}\n[?- {e3}\n?]- [[hunter's stew in a flask|baker's rolls for "
               "day one|Will's famous flapjacks]]\nTotal weight below {w} kg.",
               n=c.rng.randint(3, 7), w=c.rng.randint(6, 9), k=c.rng.randint(2, 3), e1=extra[0], e2=extra[1], e3=extra[2])


def pack_2(c):
    return c.R("[[Winter day walk|Frosty ridge walk|Short winter hike]]: Kaltkar down jacket, Wintersteig trousers, "
               "[[spare gloves|a second hat|hand warmers]], [[thermos|flask of tea]], {x}. "
               "[[Will it snow? Pack the microspikes.|May mornings can still be frosty.|Rose hip tea warms best.|"
               "Hunter's Moon walks start at dusk.]] Start before {t}, back by {t2}.",
               x=c.pick(["map in a case", "head torch", "sit mat", "emergency bag"]),
               t=c.pick(["08:00", "08:30", "09:00", "07:30"]), t2=c.pick(["15:30", "16:00", "16:30"]))


def pack_3(c):
    items = ["tent (2.3 kg)", "sleeping bag, comfort -5 °C", "stove and 2 gas cartridges", "Fernkamm 45+10",
             "first-aid kit", "Gitterhang fleece", "water filter", "spare laces"]
    c.rng.shuffle(items)
    return "Checklist wild camping\n" + "\n".join("[ ] " + i for i in items[:c.rng.randint(4, 7)])


def pack_4(c):
    return c.R("Kids' kit for the [[May half-term|summer camp|autumn break]] ({n} nights): rain trousers, a fleece, "
               "{k} pairs of socks, a [[hat|cap|buff]][[, a small torch|, a water bottle|]]. "
               "[[Will they need boots? Trail shoes are fine below {m} m.|Grace and Will from our kids' team can help with "
               "sizes 128–164.|Bring a labelled bag, max {kg} kg.]]",
               n=c.rng.randint(2, 6), k=c.rng.randint(2, 4), m=c.pick(["1,200", "1,500", "1,800"]), kg=c.rng.randint(6, 10))


def promo_1(c):
    return c.R("Terms: {pct} % off full-price items from {d1} to {d2} with code {code}. Not valid on gift cards. "
               "One use per order (order numbers TG-YYYY-NNNNNN). [[May not be combined with other offers.|"
               "Will not apply to repairs.]]",
               pct=c.pick([10, 15, 20]), d1=c.date(style="short"), d2=c.date(style="short"),
               code=c.pick(["SPRING", "TRAIL", "MAYWALK", "WINTER"]) + str(c.rng.randint(10, 30)))


def promo_2(c):
    return c.R("Trade-in weekend: bring an old rain jacket and get {m} off a new Firstwand ({m2}). "
               "[[Jackets go to the Wolf Valley repair project.|The Baker Street store takes part too.]]",
               m=c.money(20, 50), m2=c.money(349.95, 349.95))


def promo_3(c):
    return c.R("Student discount: 10 % with a valid student ID, in store and online. Offer ends {d}. "
               "[[Will Grace-period returns get the discount back? Yes.|Order limit: 3 items.]]",
               d=c.date())


def promo_4(c):
    return c.R("Free delivery over {m} until {d}. Excludes bulky items (tents over 5 kg). "
               "[[Hunter's Moon night walk tickets not included.|Rose Hill store: collection only.]]",
               m=c.money(50, 100), d=c.date(style="short"))


def hours_1(c):
    return c.R("Opening hours over the holidays\n{s1}: 24 Dec 10:00–14:00, 25–26 Dec closed\n{s2}: 24 Dec closed, "
               "27 Dec 10:00–18:00\n[[Happy Winter holidays!|Online orders ship again from {d}.]]",
               s1=c.pick(["Kendal (LA9)", "Manchester M1", "Bristol BS1"]), s2=c.pick(["Dublin D02", "Galway", "Edinburgh EH1"]),
               d=c.date(style="short"))


def hours_2(c):
    return c.R("[[May Day|Spring|August]] bank holiday: all UK stores open {t1}–{t2}. The [[Boulder store (CO 80302)|"
               "Portland store (OR 97209)|Dublin store (D02)]] keeps normal hours. "
               "[[Will the repair desk be open? No.|Grace Street entrance closed for works.|Ski service closed until {d}.]]",
               t1=c.pick(["10:00", "09:30", "11:00"]), t2=c.pick(["16:00", "17:00", "15:00"]), d=c.date(style="short"))


def hours_3(c):
    return c.R("Stocktake: the {town} store closes at {t} on {d}. [[Click & collect orders can be picked up the next "
               "morning.|Hunter's Lane car park stays open.]]",
               town=c.pick(["Kendal", "Leeds", "Cork", "Portland", "Edinburgh"]), t=c.pick(["14:00", "15:00", "16:00"]),
               d=c.date())


def hours_4(c):
    lines = ["Store | Mon–Fri | Sat | Sun"]
    for st in c.rng.sample(["London Covent Garden", "Manchester", "Kendal", "Dublin", "Boulder", "Portland"], 4):
        lines.append("%s | %s | %s | %s" % (st, c.pick(["09:30–19:00", "10:00–18:00", "10:00–20:00"]),
                                            c.pick(["09:30–18:00", "10:00–17:00"]), c.pick(["closed", "11:00–17:00"])))
    return "\n".join(lines)


def plan_1(c):
    lines = ["Planogram bay %s%d, %s" % (c.pick("ABCDEF"), c.rng.randint(1, 20), c.date(style="short"))]
    for shelf in range(1, c.rng.randint(4, 6)):
        p = c.product()
        lines.append("Shelf %d: %s %s, facings %d, GTIN %s" % (shelf, p[1], c.pick(p[3]), c.rng.randint(2, 6), c.gtin()))
    return "\n".join(lines)


def plan_2(c):
    p = c.product()
    return c.R("Move the {p} ({sku}) from bay {b1} to [[the window|bay {b2}|the front table]]. {c1} at eye level, {c2} below. "
               "[[Fox brown bags go to the till.|Wolf grey beanies stay on the hooks.|The Baker's rack stays by the door.]] "
               "Shelf strips {g}.",
               p=p[0], sku=p[1], b1=c.pick("ABCD") + str(c.rng.randint(1, 9)), b2=c.pick("EFG") + str(c.rng.randint(1, 9)),
               c1=p[3][0], c2=p[3][-1], g=c.gtin())


def plan_3(c):
    return "\n".join(["| Bay | Shelf | SKU | Colour | Facings |", "| --- | --- | --- | --- | --- |"] +
                     ["| %s%d | %d | %s | %s | %d |" % (c.pick("ABC"), c.rng.randint(1, 9), c.rng.randint(1, 5),
                                                       p[1], c.pick(p[3]), c.rng.randint(1, 6))
                      for p in [c.product() for _ in range(c.rng.randint(3, 6))]])


def plan_4(c):
    return c.R("Seasonal reset {d}: socks wall gets 3 more hooks, the Winter range moves to the back. "
               "[[Will the shoe wall stay? Yes, until May.|Baker's rack by the door holds the bargain bin.]]",
               d=c.date(style="short"))


NOPII = {
    "size_chart": [size_1, size_2, size_3, size_4],
    "gift_guide": [gift_1, gift_2, gift_3, gift_4],
    "parcel_tracking_page": [track_1, track_2, track_3, track_4],
    "exhibitor_list": [exh_1, exh_2, exh_3, exh_4],
    "goods_receipt_note": [grn_1, grn_2, grn_3, grn_4],
    "firmware_manifest": [fw_1, fw_2, fw_3, fw_4],
    "packing_checklist": [pack_1, pack_2, pack_3, pack_4],
    "promo_terms": [promo_1, promo_2, promo_3, promo_4],
    "opening_hours_notice": [hours_1, hours_2, hours_3, hours_4],
    "shelf_planogram": [plan_1, plan_2, plan_3, plan_4],
}
