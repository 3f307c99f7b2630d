"""English templates of the nineteenth PII bank, held-out half.

`PERSONAL` maps each genre with personal data to (kind, templates), `CLEAN` each genre without.
kind is "prose" or "layout". A template takes a `Ctx` and returns pieces.
"""

from pii19_held_core import WORK_DOMAINS, json_obj, lab, md_table, row, sql_val
import pii19_held_values as val

# ---------------------------------------------------------------- shared phrases


def hon(c, p):
    h = c.pick(["Ms", "Ms", "Mrs", "Dr", "Miss"] if p.gender == "f" else ["Mr", "Mr", "Mr", "Dr"])
    return h + "." if c.region == "US" and h != "Miss" else h


def dear(c, p, formal=None):
    formal = c.chance(0.45) if formal is None else formal
    if formal:
        return c.pick([["Dear ", hon(c, p), " ", p.s()], ["Dear ", hon(c, p), " ", p.s()], ["Dear ", p.full()], ["Good morning ", hon(c, p), " ", p.s()]])
    return c.pick([["Hi ", p.g()], ["Hello ", p.g()], ["Hey ", p.g()], ["Hi ", p.g()], ["Morning ", p.g()]] + ([["Hiya ", p.g()]] if c.region != "US" else []))


def bye(c):
    if c.region == "US":
        return c.pick(["Best,", "Thanks!", "Thank you,", "Sincerely,", "All the best,", "Thanks so much,"])
    if c.region == "IE":
        return c.pick(["Thanks a million,", "Kind regards,", "Best,", "Many thanks,", "Regards,", "Cheers,"])
    return c.pick(["Kind regards,", "Best wishes,", "Many thanks,", "Cheers,", "Best,", "Thanks,", "All the best,", "Warm regards,"])


def weekday(c):
    return c.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])


def month(c):
    return c.pick(["January", "February", "March", "April", "June", "July", "August", "September", "October", "November"])


def prod(c):
    name = c.product()
    return name, val.PRODUCT_KIND["en"][name]


def town(c):
    return val.town_alone(c.rng, c.region)[1]


def pron(p):
    return ("she", "her", "her") if p.gender == "f" else ("he", "him", "his")


def mask(c):
    return c.pick(["card ending ", "Visa ending in ", "Mastercard ending ", "card ending in "]) + c.digits(4)


# ---------------------------------------------------------------- crm_note


def crm_1(c):
    p = c.person()
    n, k = prod(c)
    s1, s2 = c.some(val.SIZES[1:5], 2)
    return c.fill(
        "{d} – {ini}: Spoke to {name} ({cust}) re. {n} {k}, size {s1}. [[Wants an exchange to|Asked to swap for|Would like]] {s2}; "
        "[[sent return label to|emailed the label to|label goes to]] {mail}.[[ Prefers calls after 5pm.| Best reached on mobile.|]] {ph}. Follow up {wd}.",
        d=c.date(), ini=c.pick(["JK", "MR", "AT", "SB", "LW", "ckr"]), name=p.full(), cust=c.custno(), n=n, k=k, s1=s1, s2=s2,
        mail=c.email(p), ph=c.phone(), wd=weekday(c))


def crm_2(c):
    p, o = c.person(), c.person()
    lines = [
        c.fill("Contact: {n}", n=c.pick([p.full(), p.lf()])),
        c.fill("Account: {a} · customer since {y}", a=c.custno(), y=str(c.n(2016, 2024))),
        "Notes:",
        c.fill("- {d}: complained about a late parcel ({t}); goodwill code issued", d=c.date(), t=c.tracking()),
        c.fill("- {d}: [[moved to|new delivery address]] {a}", d=c.date(), a=c.addr(style=c.pick(["one", "street"]))),
        c.fill("- prefers e-mail ({m}), [[no calls|calls only in emergencies|text is fine]]", m=c.email(p)),
        c.fill("Owner: {o}", o=c.pick([o.full(), o.init_sur()])),
    ]
    if c.chance(0.4):
        lines.insert(5, c.fill("- mobile {ph}", ph=c.phone(mobile=True)))
    notes = c.shuffle(lines[3:-1])
    return c.lines(*(lines[:3] + notes + lines[-1:]))


def crm_3(c):
    p, q = c.person(), c.person()
    sh, her, _ = pron(p)
    n, k = prod(c)
    return c.fill(
        "Met {p} ([[buyer|head of purchasing|category manager]] at {co}) at [[ISPO|OutDoor by ISPO|the Kendal trade day|the Harrogate show]]. "
        "{Sh} looks after {num} stores and wants samples of the {n} {k} before {m}. Direct line {ph}, e-mail {mail}. "
        "{Her} colleague {q} handles invoices[[ – copy her in| and wants PDF only|]].\n"
        "Next step: ship samples to {addr}.",
        p=p.full(), co=c.company(), Sh=sh.capitalize(), num=str(c.n(3, 40)), n=n, k=k, m=month(c), ph=c.phone(mobile=False),
        mail=c.email(p, work=True), Her=her.capitalize(), q=q.full(), addr=c.addr(style="one"))


def crm_4(c):
    p, a = c.person(), c.person()
    h = hon(c, p)
    o = c.order()
    l1 = c.fill("[{d}] Called {h} {s} back about refund {o}. [[Left a voicemail on|No answer on|Voicemail full on]] {ph}. – {ag}",
                d=c.date(), h=h, s=p.s(), o=o, ph=c.phone(), ag=a.g())
    l2 = c.fill("[{d}] {h} {s} rang [[again|back]]: refund [[arrived, case closed|still missing, escalated to finance|shows as pending]].",
                d=c.date(), h=h, s=p.s())
    return c.lines(l1, l2) if c.chance(0.7) else c.lines(l1)


def crm_5(c):
    p = c.person()
    return c.fill(
        "Duplicate accounts for {n}: {m1} and {m2}. Merged into {cust} on {d}.[[ Old shipping address {a} kept as secondary.| Kept billing address {a}.]]"
        "[[ Marketing opt-in only on the first one.| Loyalty points added up.|]]",
        n=p.full(), m1=c.email(p), m2=c.email(p), cust=c.custno(), d=c.date(), a=c.addr(style="one"))


# ---------------------------------------------------------------- support_email


def sup_1(c):
    p = c.person()
    n, k = prod(c)
    body = c.fill(
        "[[Hi there|Hello|Hi Talgrat team|Good afternoon]],\n\n"
        "I ordered the {n} {k} ({o}) on {d} and [[it still hasn't arrived|the tracking hasn't moved since {wd}|the courier says it was delivered, but it wasn't]]. "
        "Could you [[check|have a look]]? [[My address is|It should have gone to|The address on the order is]] {a}.\n\n{bye}\n{name}",
        n=n, k=k, o=c.order(), d=c.date(), wd=weekday(c), a=c.addr(), bye=bye(c), name=c.pick([p.full(), p.g(), p.full()]))
    if c.chance(0.4):
        body += ["\n", c.phone()]
    return body


def sup_2(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{dear},\n\nthank you for your message about order {o}. [[We're sorry the|Apologies that the|I'm sorry to hear the]] {n} arrived in the wrong size. "
        "We've [[booked a collection|arranged a pickup]] for {wd} from {addr}; the courier may ring you on {ph} beforehand.\n\n"
        "{bye}\n{ag}\nTalgrat Customer Care",
        dear=dear(c, p, formal=True), o=c.order(), n=n, wd=weekday(c), addr=c.addr(style="one"), ph=c.phone(), bye=bye(c),
        ag=c.pick([a.full(), a.g()]))


def sup_3(c):
    p = c.person()
    return c.fill(
        "Hello,\n\nI was charged twice for order {o} ({m}). Could you refund one of the payments?"
        "[[ I've attached the bank statement.| Screenshot attached.|]]\n\n{bye}\n{sig}",
        o=c.order(), m=mask(c), bye=bye(c), sig=c.pick([[p.full()], [p.g_init()], [p.full(), "\n", c.email(p)]]))


def sup_4(c):
    p = c.person()
    n, k = prod(c)
    return c.fill(
        "Hello,\nmy name is {name} and I bought the {n} {k} [[last month|in {m}|a few weeks ago]]. The [[zip|hip belt buckle|seam on the hood]] failed on the second trip. "
        "Could you send the replacement to my work address instead: {addr}? You can reach me at {ph} or {mail}.\n{bye}\n{g}",
        name=p.full(), n=n, k=k, m=month(c), addr=c.addr(style="two"), ph=c.phone(), mail=c.email(p), bye=bye(c), g=p.g())


def sup_5(c):
    c.set_region("IE")
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hiya,\n\n[[Quick one|Just a quick question]] – can I change the delivery address on {o}? I'm staying with my sister for the week. "
        "New address: {addr}\n[[The Eircode is right, I double-checked.\n|Her mobile is {ph2} if the driver can't find it.\n|]]\n"
        "Thanks a million,\n{name}",
        o=c.order(), addr=c.addr("IE", style=c.pick(["one", "two"])), ph2=c.phone("IE", mobile=True), name=c.pick([p.full(), p.g()]))


# ---------------------------------------------------------------- reply_chain


def chain_1(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{dear},\n\n[[great news|good news|thanks for your patience]] – the replacement {n} left our warehouse today ({t}).\n\n{bye}\n{ag}\n\n"
        "On {d}, {pf} <{pm}> wrote:\n> Hi,\n> the {n} I got has a [[stain on the sleeve|broken zip puller|loose thread at the cuff]].\n"
        "> Can you send a new one to {addr}?\n> {pg}",
        dear=dear(c, p), n=n, t=c.tracking(), bye=bye(c), ag=a.g(), d=c.date(), pf=p.full(), pm=c.email(p),
        addr=c.addr(style="one"), pg=p.g())


def chain_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Thanks, that's sorted now.\n{pg}\n\n"
        "From: {af} <{am}>\nSent: {d}\nTo: {pf} <{pm}>\nSubject: RE: Order {o}\n\n"
        "{dear},\nthe refund for {o} was issued today and should show within 3–5 working days.\n{bye}\n{ag}",
        pg=p.g(), af=a.full(), am=c.staff_email(a), d=c.date(), pf=p.full(), pm=c.email(p), o=c.order(), dear=dear(c, p, formal=True),
        bye=bye(c), ag=a.g())


def chain_3(c):
    p, a, b = c.person(), c.person(), c.person()
    return c.fill(
        "{bg} – can you take this one? Customer wants a call back.\n\n"
        "> On {d}, {af} wrote:\n> Hi {pg}, which number is best for you?\n>\n"
        ">> On {d2}, {pf} <{pm}> wrote:\n>> Still waiting on my refund. Please call me, {ph}.\n>> {pf2}",
        bg=b.g(), d=c.date(), af=a.full(), pg=p.g(), d2=c.date(), pf=p.full(), pm=c.email(p), ph=c.phone(), pf2=p.full())


def chain_4(c):
    p, a, b = c.person(), c.person(), c.person()
    return c.fill(
        "FYI, see below – {pg} is one of our wholesale contacts, please add {h} to the autumn mailing.\n{ag}\n\n"
        "---------- Forwarded message ---------\nFrom: {pf} <{pm}>\nDate: {d}\nSubject: New stockist?\nTo: {bf} <{bm}>\n\n"
        "Hi {bg}, we run a small outdoor shop at {addr} and would love to stock your {n}. Call me on {ph}.",
        pg=p.g(), h=pron(p)[1], ag=a.g(), pf=p.full(), pm=c.email(p, work=True), d=c.date(), bf=b.full(), bm=c.staff_email(b), bg=b.g(),
        addr=c.addr(style="one"), n=c.product(), ph=c.phone(mobile=False))


# ---------------------------------------------------------------- signed_review


def rev_1(c):
    p = c.person()
    n, k = prod(c)
    stars = c.pick(["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4 out of 5"])
    body = c.pick([
        f"Wore the {n} on a [[wet|windy|long]] weekend in the hills and stayed dry. Fit is true to size.",
        f"Bought the {n} for my partner, [[runs a bit small|fits perfectly|sleeves a touch long]]. Great colour.",
        f"Third season with my {n} {k} – still going strong after [[countless|a dozen|many]] washes.",
        f"Not cheap, but the {n} is worth it. The pockets are where you want them with a hip belt on.",
    ])
    return c.fill("{st} [[Great kit|Does the job|Worth it|Solid]]\n" + body + "\n– {sig}, {t}", st=stars, sig=c.pick([p.g_init(), p.full(), p.init_sur()]), t=town(c))


def rev_2(c):
    p = c.person()
    n, k = prod(c)
    return c.fill(
        "Reviewed by {name} on {d}\nVerified purchase · {n} {k} · size {s}\n"
        "[[Comfortable from day one.|Took two walks to break in.|Lighter than I expected.]] [[The hood works with a helmet.|No blisters on a 20 km day.|Packs down small.]]\n"
        "[[Helpful? 12|Helpful? 3|14 people found this helpful]]",
        name=c.pick([p.full(), p.g_init()]), d=c.date(), n=n, k=k, s=c.size())


def rev_3(c):
    p = c.person()
    n, _ = prod(c)
    role = c.pick(["mountain leader", "hut warden", "trail runner", "Duke of Edinburgh assessor", "ski instructor", "hiking guide"])
    return c.fill(
        "“[[I've guided in the|I spend most weekends in the|I've tested a lot of gear in the]] [[Cairngorms|Lake District|Wicklow Mountains|Rockies|Dolomites]], and the {n} is the first [[thing|piece of kit]] I pack.”\n"
        "— {name}, {role}[[, {t}|]]",
        n=n, name=p.full(), role=role, t=town(c))


def rev_4(c):
    p = c.person()
    n, _ = prod(c)
    h = c.pick(["165", "172", "178", "183", "190"])
    return c.fill(
        "Review by {name} | Size bought: {s} | Height: {h} cm\n[[Pros|Good]]: [[warm|light|roomy]], [[good pockets|quiet fabric|dries fast]]\n"
        "[[Cons|Less good]]: [[price|colour a bit darker than on screen|none so far]]\n[[Would buy again.|Recommended.|Happy overall.]]",
        name=c.pick([p.init_sur(), p.g_init(), p.full()]), s=c.size(), h=h)


def rev_5(c):
    p = c.person()
    n, k = prod(c)
    age = str(c.n(24, 71))
    return c.fill(
        "[[Had this for|Used it on|Took it on]] [[two hikes|a week in Skye|the Camino|the Kerry Way]] and [[it held up|no complaints|loved it]].{extra}\n"
        "{name} ({age}), {t}",
        extra=c.pick([f" The {k} is exactly as described.", " Delivery was quick too.", " Would size up if you layer a lot.", ""]),
        name=c.pick([p.g(), p.full()]), age=age, t=town(c))


# ---------------------------------------------------------------- email_signature


def sig_1(c):
    p = c.person()
    role = c.pick(["E-commerce Manager", "Customer Care Lead", "Content Editor", "Wholesale Account Manager", "Performance Marketing", "Brand Manager UK & IE"])
    msg = c.pick(["Thanks, I'll get back to you tomorrow.", "Please find the updated price list attached.", "See you on Thursday!", "Sounds good – go ahead."])
    parts = [msg, "\n\n--\n", c.pick([p.full(), p.CAPS()]), "\n", role, " | Talgrat Outdoor", "\n"]
    parts += c.fill("[[M|Mobile|m.]] {ph}\n{m}", ph=c.phone(mobile=True), m=c.staff_email(p))
    if c.chance(0.3):
        parts += ["\n", c.pick(["(she/her)" if p.gender == "f" else "(he/him)", "Working days Mon–Thu", "Please consider the environment before printing."])]
    return parts


def sig_2(c):
    p = c.person()
    co = c.company()
    return c.fill(
        "{bye}\n{g}\n\n{caps}\n[[Senior Account Manager|Creative Director|Head of Partnerships|Producer]]\n{co}\n{addr}\nT: {t} | M: {m}",
        bye=bye(c), g=p.g(), caps=c.pick([p.CAPS(), p.full()]), co=co, addr=c.addr(style="two"), t=c.phone(mobile=False), m=c.phone(mobile=True))


def sig_3(c):
    p = c.person()
    return c.fill(
        "[[Yes, please go ahead with the exchange.|Thanks, received!|Can you confirm the new delivery date?|That works for me.]]\n\n{name}\n{ph}\n\n"
        "[[Sent from my iPhone|Sent from Outlook for Android|Get Outlook for iOS|Sent from my Galaxy]]",
        name=c.pick([p.full(), p.g()]), ph=c.phone(mobile=True))


def sig_4(c):
    p = c.person()
    title = c.pick([", PhD", " MBA", ", FCA", ""])
    web = c.pick(WORK_DOMAINS["en"])
    return c.fill(
        "Regards,\n\n{name}{title}\n[[Procurement|Purchasing Manager|Operations]] · {co}\n{m}\n[[Direct|Office]]: {ph}\n[[www.|]]{web}",
        name=p.full(), title=title, co=c.company(), m=c.email(p, domain=web), ph=c.phone(mobile=False), web=web)


def sig_5(c):
    p = c.person()
    return c.fill(
        "{g}  |  [[Freelance copywriter|Photographer|Translator DE>EN|Illustrator]]\n{ph}  ·  {m}\n{addr}\n"
        "[[I work Tuesday to Friday.|Out of office 24 Dec – 2 Jan.|]]",
        g=p.full(), ph=c.phone(), m=c.email(p), addr=c.addr(style="one"))


# ---------------------------------------------------------------- copy_brief


def brief_1(c):
    o, w, a, r = c.person(), c.person(), c.person(), c.person()
    n, k = prod(c)
    return c.fill(
        "Brief: [[Autumn email|Feed titles Q3|Product page refresh|Social carousel]] – {n} {k}\nOwner: {o}\nCopy: {w} (freelance, {wm})\n"
        "Approval: {a} by {d}\nNotes: use the testimonial from {r} ({t}); [[quote approved on {d2}|consent on file]]. "
        "No prices in the headline, no \"waterproof forever\".",
        n=n, k=k, o=o.full(), w=w.full(), wm=c.email(w), a=a.full(), d=c.date(), r=r.g_init(), t=town(c), d2=c.date())


def brief_2(c):
    w, ph_, b = c.person(), c.person(), c.person()
    n, _ = prod(c)
    sh = pron(ph_)
    return c.fill(
        "{dear},\n\nhere's the brief for the [[spring|winter|back-to-school]] email. Hero product is the {n}; "
        "[[tone as in the voice guide, friendly, no hype|keep it short, three blocks max]]. Photos are by {pf}, please credit {him} as \"{pf2}\". "
        "Deadline {d}. Questions to me or {bg} on {ph}.\n\n{bye}\n{me}",
        dear=dear(c, w, formal=False), n=n, pf=ph_.full(), him=sh[1], pf2=ph_.full(), d=c.date(), bg=b.g(), ph=c.phone(), bye=bye(c), me=c.person().g())


def brief_3(c):
    r, s1, s2 = c.person(), c.person(), c.person()
    return c.fill(
        "## Brief – [[feed titles|category texts|ad copy]] {q}\n- Requester: {r}\n- Deadline: {d}\n- Stakeholders: {s1}, {s2}\n"
        "- Products: {p12}\n- [[Check claims against claims.md before sending.|Max 150 characters per title.|Use British spelling.]]",
        q=c.pick(["Q1", "Q2", "Q3", "Q4"]), r=r.full(), d=c.date(), s1=s1.full(), s2=c.pick([s2.full(), s2.init_sur()]), p12=", ".join(c.some([n for _, n in val.SKUS], c.n(1, 3))))


def brief_4(c):
    p, a = c.person(), c.person()
    n, k = prod(c)
    return c.fill(
        "Creator brief for {p} ({h})\nProduct: {n} {k}, size {s}, colour {col}\nShip sample to: {addr}\nPhone for courier: {ph}\n"
        "Deliverables: 1 reel, 3 stories, [[usage 6 months|usage 12 months, paid social]]\nContact at Talgrat: {a}, {am}",
        p=p.full(), h=p.handle(c.rng), n=n, k=k, s=c.size(), col=c.colour(), addr=c.addr(style=c.pick(["one", "two"])), ph=c.phone(mobile=True),
        a=a.full(), am=c.staff_email(a))


# ---------------------------------------------------------------- team_chat


def chat_1(c):
    a, b, p, d = c.person(), c.person(), c.person(), c.person()
    h, m = c.n(7, 18), c.n(0, 50)
    return c.fill(
        "[{t1}] {a}: anyone picked up the ticket from {pl}? {sh}'s emailed three times\n"
        "[{t2}] {b}: on it. number's {ph} right?\n[{t3}] {a}: yep. and check with {dl} before offering the voucher",
        t1=f"{h:02d}:{m:02d}", t2=f"{h:02d}:{m + 1:02d}", t3=f"{h:02d}:{m + 3:02d}", a=a.lg(), b=b.lg(), pl=p.lower(), sh=pron(p)[0], ph=c.phone(), dl=d.lg())


def chat_2(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "{af}  10:02\n{bh} can you resend the return label to {pf}? new address is {addr}\n"
        "{bf}  10:05\ndone 👍 [[also added a note to the order|sent to {pm} as well]]",
        af=a.full(), bh=b.handle(c.rng), pf=p.full(), addr=c.addr(style="one"), bf=b.full(), pm=c.email(p))


def chat_3(c):
    a, b, p = c.person(), c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{a}: [[quick q|random question]] – who was the customer with the {n} that [[leaked|lost its toggle|ripped on day one]]?\n"
        "{b}: {pg} {ps}, [[ticket|case]] {tk}\n{a}: thx, [[i'll ring her|gonna call]] at {ph}\n{b}: 👍",
        a=a.lg(), n=n, b=b.lg(), pg=p.lg(), ps=p.ls(), tk=c.ticket(), ph=c.phone())


def chat_4(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "[{d}, 08:55] {a}: morning! parcel for {pf} came back \"address unknown\"\n[{d}, 08:57] {b}: weird, we have {addr}\n"
        "[{d}, 08:58] {a}: flat number missing I think. [[I'll text {him}|I'll call]] on {ph}",
        d=c.pick(["12/03", "3/4", "17/09", "2/11"]), a=a.g(), pf=p.full(), b=b.g(), addr=c.addr(style="one"), ph=c.phone(mobile=True), him=pron(p)[1])


def chat_5(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "{ah} the influencer [[from yesterday|we talked about]] is {pl} – sending you {his} details in DM\n"
        "{b}: [[cool|great]], is {pgl} ok with the [[fee|usage rights]]?\n{a}: yes, wants the contract to {pm}",
        ah=a.handle(c.rng), pl=p.lower(), his=pron(p)[2], b=b.lg(), pgl=p.lg(), a=a.lg(), pm=c.email(p))


# ---------------------------------------------------------------- customer_chat


def cchat_1(c):
    p, a = c.person(), c.person()
    o = c.order()
    t = val.town_alone(c.rng, c.region)
    return c.fill(
        "Chat started {d} {tm}\nVisitor: hi, my order {o} hasn't arrived\n{ag}: Hi! Happy to help. Could I take your full name and postcode?\n"
        "Visitor: {pf}, {pc}\n{ag}: Thanks {pg}. It's with the courier, delivery expected {wd}.\nVisitor: ok thanks",
        d=c.date(), tm=c.clock(), o=o, ag=c.fill("Agent ({a})", a=a.g()), pf=c.pick([p.full(), p.lower()]), pc=t[0], pg=p.g(), wd=weekday(c))


def cchat_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Customer: can I pay over the phone instead? card is {cc} exp {exp}\n"
        "Agent {ag}: Please don't post card details in chat – I've [[hidden|masked]] that message. I'll send a payment link to your e-mail instead.\n"
        "Customer: ok it's {pm}\nCustomer: {pf}",
        cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ag=a.g(), pm=c.email(p), pf=p.full())


def cchat_3(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Bot: Hi! What can I help you with?\nYou: returns\nBot: Sure. What's the e-mail address on your order?\nYou: {pm}\n"
        "Bot: Thanks! I've found order {o} for {pf} ({n}). Would you like a return label?\nYou: [[yes please|yes|yes, to {addr}]]",
        pm=c.email(p), o=c.order(), pf=p.full(), n=n, addr=c.addr(style="one"))


def cchat_4(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "[DM] {h}: hey! does the {n} come in [[petite|tall|long]] sizes?\n[DM] talgrat: Hi! Not at the moment, sorry. Want us to let you know when it does?\n"
        "[DM] {h}: yes please, {pf}, {pm} 🙏",
        h=p.handle(c.rng), n=n, pf=c.pick([p.full(), p.g()]), pm=c.email(p))


def cchat_5(c):
    p, a = c.person(), c.person()
    return c.fill(
        "{tm} {pg}: Hi, I need to change my delivery address\n{tm2} {ag} (Talgrat): Of course! What's the new one?\n"
        "{tm2} {pg}: {addr}\n{tm3} {ag} (Talgrat): Done. We'll text {ph} when it's out for delivery.",
        tm="14:02", tm2="14:03", tm3="14:05", pg=p.g(), ag=a.g(), addr=c.addr(style="one"), ph=c.phone(mobile=True))


# ---------------------------------------------------------------- call_note


def call_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Call {tm}, inbound, {m} min. Caller: {pf} ({ph}).\nIssue: [[zip on {n} stuck|wants to know if {n} fits over a fleece|asked about repair of the {n}]].\n"
        "Outcome: [[sent care guide|booked repair|offered exchange]]; confirmation to {pm}.",
        tm=c.clock(), m=str(c.n(3, 25)), pf=p.full(), ph=c.phone(), n=n, pm=c.email(p))


def call_2(c):
    p = c.person()
    return c.fill(
        "VM from {h} {ps} at {tm}: [[parcel left outside in the rain|missing item in order {o}|wants to cancel {o}]]. "
        "[[Please call back on|Asked for a call on|Number:]] {ph}[[ before 6pm| after work|]].",
        h=hon(c, p), ps=p.s(), tm=c.clock(), o=c.order(), ph=c.phone())


def call_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Outbound call – {co}\nSpoke with {pf} ([[owner|store manager|buyer]]). Interested in [[the autumn range|Kaltkar and Rinnental|a pop-up corner]].\n"
        "{sh} [[will send|promised]] last season's sell-through figures. Decision with {qf} ({qm}) by {d}.\nCall again {wd}, {ph}.",
        co=c.company(), pf=p.full(), sh=pron(p)[0].capitalize(), qf=q.full(), qm=c.email(q, work=True), d=c.date(), wd=weekday(c), ph=c.phone(mobile=False))


def call_4(c):
    p = c.person()
    return c.fill(
        "Rang {pg} back re: the torn hip belt. [[She|They]] [[sent photos|has the receipt|bought it at a stockist]]; we'll repair under guarantee. "
        "Courier pickup from {addr} on {wd}. Mobile {ph}.",
        pg=c.pick([p.g(), p.full()]), addr=c.addr(style="one"), wd=weekday(c), ph=c.phone(mobile=True))


# ---------------------------------------------------------------- order_return_note


def ret_1(c):
    p = c.person()
    n, k = prod(c)
    refund = c.pick([mask(c), None])
    parts = c.fill("Return {r} – {pf}\nItems: 1× {n} {k}, size {s}\nReason: [[too small|too big|changed my mind|faulty zip]]\n",
                   r=f"RMA-{c.digits(6)}", pf=p.full(), n=n, k=k, s=c.size())
    if refund:
        parts += ["Refund to: ", refund, " (original payment)"]
    else:
        parts += c.fill("Refund by bank transfer to {ib} ([[account holder|holder]] {pf})", ib=c.iban(), pf=p.full())
    return parts


def ret_2(c):
    p, w = c.person(), c.person()
    return c.fill(
        "Warehouse note {d}: parcel from {addr} arrived [[opened|wet|without return slip]]. Sender {pf}. "
        "Contents: [[1 jacket, tags on|2 pairs of socks, one worn|backpack with rain cover missing]]. Checked by {wg}",
        d=c.date(), addr=c.addr(style="one"), pf=p.full(), wg=c.pick([[w.init_sur(), "."], [w.full(), "."], [w.g_init()]]))


def ret_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Order {o}\nCustomer note: \"If I'm out please leave it with my neighbour {qf} at [[no.|number]] {no} or in the [[shed|porch]].\"\n"
        "Ship to: {pf}, {addr}\nPhone: {ph}",
        o=c.order(), qf=c.pick([q.full(), q.g()]), no=str(c.n(2, 40)), pf=p.full(), addr=c.addr(style="one"), ph=c.phone())


def ret_4(c):
    p, q = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "Gift order {o}\nDeliver to: {qf}\n{addr}\nGift message: \"Happy [[birthday|retirement|anniversary]], {qg}! [[See you on the hill.|For the next adventure.|Stay dry!]] Love, {pg}\"\n"
        "Billing: {pf}, {pm}",
        o=c.order(), qf=q.full(), addr=c.addr(style="two"), qg=q.g(), pg=p.g(), pf=p.full(), pm=c.email(p))


def ret_5(c):
    p = c.person()
    return c.fill(
        "Exchange {o}: {pf} sent back {n} in {s1}, wants {s2}. [[Stock ok, shipped|Out of stock – offered refund|Waiting for restock]]. "
        "[[Texted|Emailed]] [[{ph}|{pm}]] on {d}.",
        o=c.order(), pf=p.full(), n=c.product(), s1=c.size(), s2=c.size(), ph=c.phone(mobile=True), pm=c.email(p), d=c.date())


# ---------------------------------------------------------------- prose_mention (names from the lists only, no cue word)


def mention_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.fill(
        "{af} and {bf} ran the pop-up in {t} last weekend; between them they sold {n} {p} jackets[[ and most of the socks|, a record]]. "
        "[[Next stop is|In {m} they move on to]] {t2}.",
        af=a.full(), bf=b.full(), t=town(c), n=str(c.n(12, 80)), p=c.pick(["Firstwand", "Schauerpass", "Kaltkar"]), m=month(c), t2=town(c))


def mention_2(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.fill(
        "After {af} flagged the sizing issue on the {p}, {bf} rewrote the size chart and [[the returns dropped by a third|exchanges went down noticeably]]. "
        "[[It took|That was]] two weeks of work.",
        af=a.full(), p=c.product(), bf=b.full())


def mention_3(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return c.fill(
        "The photos came out [[great|better than planned]] – {af} spent two days on the [[Nebelhorn|Hochgrat|Grünten]] with {bf} and {df}, "
        "and {bg} [[carried the reflector|did the drone shots]] [[in sleet|at sunrise]].",
        af=a.full(), bf=b.full(), df=d.full(), bg=b.g())


def mention_4(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return c.fill(
        "Recap from Tuesday: {ag} updates the feed titles, {bg} checks the GTINs against the new labels, and {df} [[takes the retailer calls|owns the stockist list]] "
        "until {ag} is back from leave.",
        ag=a.g(), bg=b.g(), df=d.full())


def mention_5(c):
    a = c.person(cue=False)
    return c.fill(
        "When {af} walked the [[West Highland Way|Cotswold Way|Wicklow Way|Pennine Way]] in {m}, {ag} [[wore the same Morgengrat shirt for six days|tested our first Steinlauf prototype]]. "
        "[[The notes went straight to product development.|Half of the changes came from those notes.]]",
        af=a.full(), m=month(c), ag=a.g())


# ---------------------------------------------------------------- out_of_office


def ooo_1(c):
    me, p = c.person(), c.person()
    return c.fill(
        "Thank you for your email. I'm out of the office until {d} with [[limited|no]] access to email. "
        "For urgent matters please contact {pf} ({pm}[[, {ph}|]]).\n\n{bye}\n{mg}",
        d=c.date(), pf=p.full(), pm=c.staff_email(p), ph=c.phone(), bye=bye(c), mg=me.g())


def ooo_2(c):
    me, p, q = c.person(), c.person(), c.person()
    return c.fill(
        "Automatic reply: [[RE: stock update|Invoice 4471|Sample request]]\n\nHi, I'm on [[parental leave|sabbatical|annual leave]] until {m}. "
        "Orders and stock: {pf} at {pm}. Press and partnerships: {qf}, {qm}.\n{mf}",
        m=month(c), pf=p.full(), pm=c.staff_email(p), qf=q.full(), qm=c.staff_email(q), mf=me.full())


def ooo_3(c):
    me, p = c.person(), c.person()
    return c.fill("OOO until [[Monday|the 14th|next week]]. Urgent? Call {pg} on {ph}. – {mf}", pg=p.g(), ph=c.phone(mobile=True), mf=c.pick([me.full(), me.g()]))


def ooo_4(c):
    me, p = c.person(), c.person()
    return c.fill(
        "Hi, [[thanks for your message|thanks for getting in touch]]. This week I'm working from our [[warehouse|workshop]] ({addr}) and check mail only in the evening. "
        "For returns, {pf} [[can help|is covering]]: {ph}.\n{mf}\n{role}",
        addr=c.addr(style="one"), pf=p.full(), ph=c.phone(mobile=False), mf=me.full(), role=c.pick(["Returns & Repairs", "Wholesale UK", "Customer Care"]))


# ---------------------------------------------------------------- ugc_permission


def ugc_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hi {h}! We love your photo of the {n} on [[Helvellyn|Ben Nevis|Croagh Patrick|the summit]]. Could we share it on our channels and the product page? "
        "We'd credit you as {h}.\n\nReply: [[sure, go ahead!|yes of course]] it's {pf}, {pm}",
        h=p.handle(c.rng), n=n, pf=p.full(), pm=c.email(p))


def ugc_2(c):
    p = c.person()
    return c.fill(
        "Image rights confirmation\nPhotographer: {pf}\nInstagram: {h}\nE-mail: {pm}\nImage: IMG_{img}.jpg\nCredit line: \"Photo: {pf2}\"\n"
        "Usage: [[organic social, 12 months|website and newsletter|all channels, no paid ads]]\nSigned: {d}",
        pf=p.full(), h=p.handle(c.rng), pm=c.email(p), img=c.digits(4), pf2=c.pick([p.full(), p.g_init()]), d=c.date())


def ugc_3(c):
    p = c.person()
    sh, her, _ = pron(p)
    return c.fill(
        "UGC from {pf} cleared for the [[autumn|winter|spring]] campaign; {sh} asked us not to tag the location. Voucher code sent to {pm}. "
        "[[Print copy to {addr}.|No print use.]]",
        pf=p.full(), sh=sh, pm=c.email(p), addr=c.addr(style="one"))


def ugc_4(c):
    p = c.person()
    return c.fill(
        "Hi, [[you can use my photo|happy for you to use the picture]] from the [[Mourne Mountains|Peak District|Glencoe]] post. "
        "Please credit me as {cr} – thanks! My address for the voucher is {addr}.\n{bye}\n{pf}",
        cr=c.pick([p.g_init(), p.init_sur()]), addr=c.addr(style=c.pick(["one", "two"])), bye=bye(c), pf=p.full())


# ---------------------------------------------------------------- price_match


def pm_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hi, I saw the {n} for {pr} at another shop. Do you price match? My order is {o}.\n{bye}\n{pf}\n{ph}",
        n=n, pr=c.price(), o=c.order(), bye=bye(c), pf=p.full(), ph=c.phone())


def pm_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "{dear},\n\nwe don't offer a price match, but as a [[one-off|goodwill]] gesture we've refunded the difference of {pr} to your {m}. "
        "[[It should show within a few days.|You'll see it on your next statement.]]\n\n{bye}\n{ag}",
        dear=dear(c, p, formal=True), pr=c.price(), m=c.pick(["card ending ", "card ending in "]) + c.digits(4), bye=bye(c), ag=a.full())


def pm_3(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Price match approved for {pf} ({pm}), difference {pr}. Refund [[by bank transfer|via BACS|as transfer]] to {ib}. Approved by {ai}.",
        pf=p.full(), pm=c.email(p), pr=c.price(), ib=c.iban(), ai=a.init_sur())


def pm_4(c):
    p = c.person()
    return c.fill(
        "Price match request #{n} from {pf}: competitor listing for {p} at {pr}, submitted {d} {tm} from {ip}. "
        "[[Listing is a grey import – declined.|Same SKU, approved.|Link dead, asked for screenshot.]]",
        n=c.digits(4), pf=p.full(), p=c.product(), pr=c.price(), d=c.date(), tm=c.clock(), ip=c.ip())


# ---------------------------------------------------------------- ambassador_application


def amb_1(c):
    p = c.person()
    return c.fill(
        "Hi Talgrat team,\n\nI'm {pf}, a [[mountain leader|climbing instructor|trail runner]] based in {t}. I've worn your kit for two seasons "
        "and would love to join the ambassador programme. My Instagram is {h} ({k}k followers).\n\nPhone: {ph}\n{bye}\n{pg}",
        pf=p.full(), t=town(c), h=p.handle(c.rng), k=str(c.n(2, 60)), ph=c.phone(), bye=bye(c), pg=p.g())


def amb_2(c):
    p = c.person()
    contact = c.shuffle([c.fill("Address: {addr}", addr=c.addr(style="one")), c.fill("E-mail: {pm}", pm=c.email(p)), c.fill("Phone: {ph}", ph=c.phone())])
    return c.lines(
        c.fill("[[Ambassador application|Application – ambassador programme|New ambassador application]]"),
        c.fill("Name: {pf}", pf=p.full()), f"Date of birth: {c.n(1, 28):02d}/{c.n(1, 12):02d}/{c.n(1970, 2003)}", *contact,
        c.fill("Socials: {h}", h=p.handle(c.rng)),
        c.fill("Why Talgrat: [[I guide in all weathers and need kit that lasts.|Repairs over replacement matters to me.|I've worn the Firstwand for three years.]]"))


def amb_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Shortlist: {pf} ([[Lake District guide|Snowdonia instructor|fell runner]]), {qf} ([[ultra runner|ski tourer|bikepacker]]). "
        "{pg} has {k}k followers, {qg} a smaller but [[very engaged|local]] audience. Call both next week ({ph1} / {ph2}).",
        pf=p.full(), qf=q.full(), pg=p.g(), k=str(c.n(3, 40)), qg=q.g(), ph1=c.phone(), ph2=c.phone())


def amb_4(c):
    p = c.person()
    parts = c.fill(
        "Welcome aboard, {pg}! To set up your commission payouts please confirm:\nAccount holder: {pf}\nIBAN: {ib}\n",
        pg=p.g(), pf=p.full(), ib=c.iban(c.pick(["DE", "GB", "IE", "NL", "AT"])))
    if c.chance(0.75):
        parts += c.fill("[[German tax ID (only if you're registered in Germany)|Steuer-ID (Germany only)|Tax ID for German payouts]]: {tx}\n", tx=c.taxid())
    parts += ["Thanks – Partnerships team"]
    return parts


# ---------------------------------------------------------------- quote_approval


def quote_1(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{dear},\n\nthanks again for your lovely review of the {n}. We'd like to use this line in our [[autumn catalogue|next newsletter|shop window]]: "
        "\"[[Still dry after nine hours on the ridge.|The only jacket I pack now.|Warm without the bulk.]]\" – credited as \"{cr}, {t}\". Is that ok?\n\n{bye}\n{af}",
        dear=dear(c, p, formal=False), n=n, cr=p.g_init(), t=town(c), bye=bye(c), af=a.full())


def quote_2(c):
    p = c.person()
    return c.fill(
        "Yes that's fine, but please use {alt} instead of my first name[[ – work reasons| if possible|]]. Thanks!\n{pf}\n{pm}",
        alt=p.init_sur(), pf=p.full(), pm=c.email(p))


def quote_3(c):
    a, b, d = c.person(), c.person(), c.person()
    items = c.shuffle([c.fill("- {af} ✔ ({d1})", af=a.full(), d1=c.date()), c.fill("- {bf} pending (chased {d2})", bf=b.full(), d2=c.date()),
                       c.fill("- {df} declined", df=d.full())])
    return c.lines(c.fill("Quote approvals [[for the catalogue|for the landing page]]:"), *items,
                   c.fill("[[Swap in the review from Leeds if {bg} doesn't reply.|Deadline Friday.]]", bg=b.g()))


def quote_4(c):
    p = c.person()
    return c.fill(
        "Approved quote: \"[[Best socks I've owned.|Fits like it was made for me.|Survived a week of Scottish rain.]]\"\nSource: review by {pf} ({pm}) on {d}\n"
        "Consent recorded {d2} {tm} from IP {ip}[[, form v3|]].",
        pf=p.full(), pm=c.email(p), d=c.date(), d2=c.date(), tm=c.clock(), ip=c.ip())


# ---------------------------------------------------------------- restock_request


def rest_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hi, any idea when the {n} in {col}, size {s}, will be back? Please let me know at {pm}.\n[[Thanks|Cheers|Thank you]], {pg}",
        n=n, col=c.colour(), s=c.size(), pm=c.email(p), pg=p.g())


def rest_2(c):
    p = c.person()
    return c.fill(
        "Back-in-stock note: {pf} wants {n} {s} ([[any colour|{col} only]]). Call {ph} when it's in, {sh} [[happy to pay by phone|coming to the showroom]].",
        pf=p.full(), n=c.product(), s=c.size(), col=c.colour(), ph=c.phone(), sh=c.pick([pron(p)[0] + "'s", "they're"]))


def rest_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Dear Talgrat,\nmy {rel} {qg} has worn out {his} {n} after many years. Could you reserve a new one in {s} for us when it's back?\n"
        "{bye}\n{pf}\n{addr}",
        rel=c.pick(["husband", "partner", "son", "dad"] if q.gender == "m" else ["wife", "partner", "daughter", "mum"]), his=pron(q)[2],
        qg=q.g(), n=c.product(), s=c.size(), bye=bye(c), pf=p.full(), addr=c.addr(style="two"))


def rest_4(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "{dear}, good news – the {n} in {s} is back in stock. We've held one for you until {d}. [[Reply to this e-mail|Call us]] to confirm, "
        "or we'll send it to {addr} as discussed.",
        dear=dear(c, p, formal=c.chance(0.5)), n=n, s=c.size(), d=c.date(), addr=c.addr(style="one"))


# ---------------------------------------------------------------- layouts: lead_list


def lead_1(c):
    rows = [row(["name", "email", "phone", "company", "town"])]
    for _ in range(c.n(3, 6)):
        p = c.person(cue=False)
        rows.append(row([c.pick([p.lf(), p.lf(), p.LF()]), c.email(p, work=True), c.phone(mobile=False), c.company(), town(c)]))
    return c.lines(*rows)


def lead_2(c):
    rows = [row(["Name", "Title", "Company", "Email", "Mobile"], sep=";")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([p.LF(), c.pick(["Buyer", "Owner", "Store Manager", "Category Lead"]), c.company(), c.email(p, work=True), c.phone(mobile=True)], sep=";"))
    return c.lines(*rows)


def lead_3(c):
    rows = [row(["first_name", "last_name", "email", "country", "source"], sep="\t", quote=False)]
    for _ in range(c.n(3, 6)):
        p = c.person(cue=False)
        rows.append(row([p.g(), p.s(), c.email(p), c.pick(["GB", "IE", "US", "DE"]), c.pick(["newsletter", "trade fair", "webshop", "referral"])], sep="\t", quote=False))
    return c.lines(*rows)


def lead_4(c):
    out = [c.fill("Lead scans – [[OutDoor by ISPO|Kendal trade day|Harrogate show]], {d}", d=c.date())]
    for i in range(c.n(2, 4)):
        p = c.person(cue=False)
        out.append(c.fill("{i}. {n} – [[Buyer|Owner|Manager]] – {co} – {m} – {ph}", i=str(i + 1), n=p.LF(), co=c.company(), m=c.email(p, work=True), ph=c.phone()))
    return c.lines(*out)


# ---------------------------------------------------------------- layouts: feed_row


def feed_1(c):
    p = c.person()
    sku, name = c.pick(val.SKUS)
    head = "id\ttitle\tgtin\tprice\tbrand\tavailability\tcustom_label_0"
    return c.lines(head, c.fill("{sku}-{s}\t{t}\t{g}\t{pr} EUR\tTalgrat\tin stock\tcontact: {pf}", sku=sku, s=c.size(), t=f"Talgrat {name} {val.PRODUCT_KIND['en'][name]}",
                                   g=c.gtin(), pr=val.PRICES[sku].replace(",", "."), pf=p.full()))


def feed_2(c):
    p = c.person()
    pm, ph = c.email(p, work=True), c.phone(mobile=False)
    rows = [row(["sku", "title", "gtin", "supplier_contact", "supplier_email", "supplier_phone"])]
    for _ in range(c.n(1, 3)):
        sku, name = c.pick(val.SKUS)
        rows.append(row([f"{sku}-{c.size()}", f"{name} {val.PRODUCT_KIND['en'][name]}", c.gtin(), p.full(), pm, ph]))
    return c.lines(*rows)


def feed_3(c):
    p = c.person()
    sku, name = c.pick(val.SKUS)
    return c.fill(
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{t}</g:title>\n  <g:gtin>{g}</g:gtin>\n  <g:price>{pr} EUR</g:price>\n"
        "  <contact_name>{pf}</contact_name>\n  <contact_email>{pm}</contact_email>\n</item>",
        sku=f"{sku}-{c.size()}", t=f"{name} {val.PRODUCT_KIND['en'][name]}", g=c.gtin(), pr=val.PRICES[sku].replace(",", "."), pf=p.full(), pm=c.staff_email(p))


def feed_4(c):
    p, q = c.person(), c.person()
    lines = [c.fill("Feed diagnostics {d} – [[Merchant Center|Shopping feed|Marketplace feed]]", d=c.date())]
    for _ in range(c.n(2, 3)):
        sku = c.sku()
        who = c.pick([p, q])
        lines.append(c.fill("{sku}: [[disapproved (missing GTIN)|price mismatch|image too small|title too long]] — assigned to {w} <{m}>", sku=sku, w=who.full(), m=c.staff_email(who)))
    return c.lines(*lines)


# ---------------------------------------------------------------- layouts: crm_export


def crmx_1(c):
    p = c.person()
    a = c.addr_obj()
    items = [("id", "#" + c.digits(7)), ("first_name", p.g()), ("last_name", p.s()), ("email", c.email(p)), ("phone", c.phone()),
             ("default_address", [("address1", lab(a.street, "STREET_ADDRESS")), ("city", a.townname), ("zip", a.postcode), ("country_code", a.country)]),
             ("accepts_marketing", c.pick([True, False])), ("orders_count", "#" + str(c.n(1, 14)))]
    return json_obj(items)


def crmx_2(c):
    p = c.person()
    return c.fill(
        "contact:\n  name: {pf}\n  email: {pm}\n  phone: \"{ph}\"\n  address: \"{addr}\"\n  tags: {tags}\n  owner: {of}",
        pf=p.full(), pm=c.email(p), ph=c.phone(), addr=c.addr(style="one"), of=c.person().full(),
        tags=c.pick(["[wholesale, uk]", "[vip]", "[newsletter, returns]", "[]"]))


def crmx_3(c):
    out = ["["]
    ps = [c.person(cue=False) for _ in range(2)]
    for i, p in enumerate(ps):
        out += json_obj([("name", p.full()), ("email", c.email(p)), ("last_order", c.order()), ("ltv", "#" + str(c.n(40, 900)))], compact=True)
        out.append(",\n" if i == 0 else "")
    out.append("]")
    return out


def crmx_4(c):
    p = c.person()
    return c.fill(
        "event: customer.updated\noccurred_at: \"{d}T{h}:{mi}:00Z\"\ndata:\n  customer_id: {cid}\n  changes:\n    email: [\"{old}\", \"{new}\"]\n"
        "    shipping_address: \"{addr}\"\n  actor: {actor}\n  ip: \"{ip}\"",
        d=f"{c.n(2024, 2026)}-{c.n(1, 12):02d}-{c.n(1, 28):02d}", h=f"{c.n(0, 23):02d}", mi=f"{c.n(0, 59):02d}", cid=c.digits(8),
        old=c.email(p), new=c.email(p), addr=c.addr(style="one"), actor=c.pick(["customer", "support"]), ip=c.ip())


# ---------------------------------------------------------------- layouts: webinar_export


def web_1(c):
    rows = ["Attendee Name\tEmail\tJoin Time\tLeave Time\tDuration (min)\tIP Address"]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        h = c.n(17, 18)
        a, b = c.n(0, 9), c.n(0, 9)
        rows.append(c.fill("{n}\t{m}\t{h}:0{a}\t{h}:5{b}\t{d}\t{ip}", n=p.full(), m=c.email(p), h=str(h), a=str(a), b=str(b), d=str(50 + b - a), ip=c.ip()))
    return c.lines(c.fill("Webinar: [[Layering for winter hikes|Caring for your rain jacket|Packing for hut-to-hut trips]] – attendee report", ), *rows)


def web_2(c):
    rows = [row(["First Name", "Last Name", "Email", "Company", "Registration Time", "Source"])]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([p.g(), p.s(), c.email(p), c.pick(["", "", c.company()]), f"{c.date()} {c.clock()}", c.pick(["newsletter", "instagram", "website", "partner"])]))
    return c.lines(*rows)


def web_3(c):
    rows = ["Question\tAsked By\tTime\tAnswered By"]
    staff = c.person()
    for _ in range(c.n(2, 4)):
        p = c.person(cue=False)
        q = c.pick(["Does the Kaltkar fit under a shell?", "Can I wash merino at 40°?", "Is the Fernkamm ok for women?", "How do I reproof my jacket?", "Repair service in the UK?"])
        rows.append(c.fill("{q}\t{n}\t{t}\t{s}", q=q, n=p.full(), t=f"18:{c.n(10, 59)}", s=staff.full()))
    return c.lines(*rows)


def web_4(c):
    rows = [row(["email", "poll_1", "poll_2", "name"], sep=",")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([c.email(p), c.pick(["yes", "no", "maybe"]), c.pick(["A", "B", "C"]), c.pick([p.full(), p.g()])]))
    return c.lines("Poll responses – session 2", *rows)


# ---------------------------------------------------------------- layouts: markdown_table


def md_1(c):
    rows = []
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append([p.full(), c.pick(["Till", "Fitting", "Stock", "Lead"]), c.phone(mobile=True), c.staff_email(p)])
    return [c.fill("### Pop-up {t} – team\n\n", t=town(c))] + md_table(["Name", "Role", "Mobile", "Email"], rows)


def md_2(c):
    rows = []
    for _ in range(c.n(3, 4)):
        p = c.person(cue=False)
        rows.append([p.full(), c.size(), c.addr(style="one"), c.pick(["✅", "❌", "pending"])])
    return ["Tester panel – Steinlauf v2\n\n"] + md_table(["Tester", "Size", "Address", "Returned"], rows)


def md_3(c):
    rows = []
    for _ in range(c.n(2, 4)):
        p = c.person()
        rows.append([p.full(), p.handle(c.rng), c.email(p), f"£{c.n(2, 30) * 50}"])
    return md_table(["Creator", "Handle", "Contact", "Fee"], rows)


def md_4(c):
    rows = []
    for d in c.some(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], c.n(3, 5)):
        p = c.person(cue=False)
        rows.append([d, c.pick([p.g(), p.full()]), c.phone(mobile=True)])
    return ["**Returns desk rota**\n\n"] + md_table(["Day", "Staff", "Phone"], rows)


# ---------------------------------------------------------------- layouts: html_form


def html_1(c):
    p = c.person()
    return c.fill(
        "<form action=\"/contact\" method=\"post\">\n  <input name=\"first_name\" value=\"{g}\">\n  <input name=\"last_name\" value=\"{s}\">\n"
        "  <input type=\"email\" name=\"email\" value=\"{m}\">\n  <input name=\"phone\" value=\"{ph}\">\n"
        "  <textarea name=\"message\">[[Is the Kaltkar available in XXL?|Need a repair quote.|Please call me back.]]</textarea>\n</form>",
        g=p.g(), s=p.s(), m=c.email(p), ph=c.phone())


def html_2(c):
    p = c.person()
    return c.fill(
        "<h2>New contact form submission</h2>\n<p><strong>Name:</strong> {pf}</p>\n<p><strong>Email:</strong> {pm}</p>\n"
        "<p><strong>Order:</strong> {o}</p>\n<p><strong>Message:</strong> [[Wrong colour delivered.|Can I still return this?|The zip is broken.]]</p>\n"
        "<p style=\"color:#888\">Sent from {ip}</p>",
        pf=p.full(), pm=c.email(p), o=c.order(), ip=c.ip())


def html_3(c):
    p = c.person()
    return c.fill(
        "<table class=\"customer\">\n<tr><th>Customer</th><td>{pf}</td></tr>\n<tr><th>Phone</th><td>{ph}</td></tr>\n"
        "<tr><th>Address</th><td>{addr}</td></tr>\n<tr><th>Order</th><td>{o}</td></tr>\n</table>",
        pf=p.full(), ph=c.phone(), addr=c.addr(style="one"), o=c.order())


def html_4(c):
    p = c.person()
    a = c.addr_obj()
    return c.fill(
        "<fieldset id=\"shipping\">\n  <input id=\"name\" value=\"{pf}\">\n  <input id=\"address1\" value=\"{st}\">\n  <input id=\"city\" value=\"{city}\">\n"
        "  <input id=\"postcode\" value=\"{pc}\">\n  <input id=\"tel\" value=\"{ph}\">\n</fieldset>",
        pf=p.full(), st=lab(a.street, "STREET_ADDRESS"), city=a.townname, pc=a.postcode, ph=c.phone())


# ---------------------------------------------------------------- layouts: sql_dump


def sql_1(c):
    out = ["INSERT INTO customers (id, first_name, last_name, email, phone) VALUES\n"]
    n = c.n(2, 4)
    for i in range(n):
        p = c.person(cue=False, noapos=True)
        out += ["(", str(c.n(10000, 99999)), ", ", sql_val(p.g()), ", ", sql_val(p.s()), ", ", sql_val(c.email(p)), ", ", sql_val(c.phone()), ")"]
        out.append(",\n" if i < n - 1 else ";")
    return out


def sql_2(c):
    lines = [" id   | name                 | email                        | city", "------+----------------------+------------------------------+-----------"]
    for _ in range(c.n(2, 4)):
        p = c.person(cue=False)
        lines.append(c.fill(" {i} | {n} | {m} | {t}", i=c.digits(4), n=p.full(), m=c.email(p), t=town(c)))
    lines.append(f"({len(lines) - 2} rows)")
    return c.lines(*lines)


def sql_3(c):
    p = c.person(cue=False, noapos=True)
    return c.fill("UPDATE customers\n   SET shipping_address = {a}, phone = {ph}\n WHERE email = {m};\n-- requested by customer, ticket {tk}",
                  a=sql_val(c.addr(style="one")), ph=sql_val(c.phone()), m=sql_val(c.email(p)), tk=c.ticket())


def sql_4(c):
    p = c.person(cue=False, noapos=True)
    return c.fill(
        "mysql> SELECT id, name, iban FROM payouts WHERE status = 'failed';\n+------+------------------+-------------------------------+\n"
        "| {i} | {n} | {ib} |\n+------+------------------+-------------------------------+\n1 row in set (0.01 sec)",
        i=c.digits(4), n=p.full(), ib=c.iban())


# ---------------------------------------------------------------- layouts: server_log


def log_1(c):
    lines = []
    for _ in range(c.n(3, 5)):
        path = c.pick(["/en/products/firstwand", "/cart", "/checkout/shipping", "/account/orders", "/en/search?q=merino"])
        lines.append(c.fill("{ip} - - [{d}:{h}:{m}:{s} +0000] \"GET {p} HTTP/2\" {st} {b}", ip=c.ip(), d=f"{c.n(10, 28)}/Mar/2025", h=f"{c.n(0, 23):02d}",
                            m=f"{c.n(0, 59):02d}", s=f"{c.n(0, 59):02d}", p=path, st=c.pick(["200", "200", "302", "404"]), b=str(c.n(300, 90000))))
    return c.lines(*lines)


def log_2(c):
    p = c.person()
    day, h, mi = f"2025-0{c.n(1, 9)}-{c.n(10, 28)}", c.n(10, 22), c.n(10, 57)
    return c.fill(
        "{ts} INFO  [checkout] order={o} customer=\"{pf}\" email={pm} ip={ip}\n{ts} WARN  [payment] 3DS challenge for order={o}\n{ts2} INFO  [checkout] order={o} status=paid",
        ts=f"{day}T{h}:{mi}:{c.n(10, 29)}Z", ts2=f"{day}T{h}:{mi + 2}:{c.n(10, 59)}Z",
        o=c.order(), pf=p.full(), pm=c.email(p), ip=c.ip())


def log_3(c):
    p = c.person()
    return c.fill(
        "{t} auth: failed login for {pm} from {ip1} (bad password)\n{t} auth: failed login for {pm} from {ip1} (bad password)\n"
        "{t} auth: account locked for {pm}, unlock link sent\n{t} auth: password reset completed for {pm} from {ip2}",
        t=f"Mar {c.n(10, 28)} {c.n(10, 23)}:{c.n(10, 59)}:{c.n(10, 59)}", pm=c.email(p), ip1=c.ip(), ip2=c.ip())


def log_4(c):
    return c.fill(
        "sshd[{pid}]: Accepted publickey for deploy from {ip1} port {port} ssh2\nsshd[{pid}]: Invalid user admin from {ip2} port {port2}\n"
        "nginx: upstream timed out while connecting to {ip3}:8080\nfail2ban: Ban {ip2}",
        pid=str(c.n(1000, 65000)), ip1=c.ip("priv4"), port=str(c.n(30000, 65000)), ip2=c.ip("pub4"), port2=str(c.n(30000, 65000)), ip3=c.ip(c.pick(["priv4", "loop4"])))


# ---------------------------------------------------------------- layouts: mail_header


def hdr_1(c):
    p = c.person()
    return c.fill(
        "Return-Path: <{pm}>\nReceived: from [[mail-ed1-f49.google.com|smtp.outlook.com|mx.btinternet.com]] ([{ip}])\n  by mx.talgrat.com; {d}\n"
        "From: {pf} <{pm}>\nTo: {to}\nSubject: [[Order|Re: order|Return for order]] {o}\nX-Originating-IP: [{ip2}]",
        pm=c.email(p), ip=c.ip("pub4"), d=c.date(), pf=c.pick([p.full(), ["\"", p.lf(), "\""]]), o=c.order(), ip2=c.ip(),
        to=lab("service@talgrat.com", "EMAIL"))


def hdr_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "-------- Original Message --------\nSubject: [[Sample request|Stockist enquiry|Invoice query]]\nDate: {d}\nFrom: {pf} <{pm}>\n"
        "Reply-To: {pm2}\nTo: {af} <{am}>\n\n[[See below.|Please handle.|Can you reply to this one?]]",
        d=c.date(), pf=p.full(), pm=c.email(p, work=True), pm2=c.email(p), af=a.full(), am=c.staff_email(a))


def hdr_3(c):
    p = c.person()
    return c.fill(
        "Delivered-To: {to}\nReceived: from [{ip}] (port={port})\nFrom: \"{pf}\" <{pm}>\nX-Mailer: iPhone Mail ({mid})\n"
        "Date: {d}\nSubject: [[cancel my order please|wrong size|where is my parcel?]]",
        to=lab("orders@talgrat.com", "EMAIL"), ip=c.ip(), port=str(c.n(40000, 60000)), pf=p.full(), pm=c.email(p), mid=c.digits(12), d=c.date())


def hdr_4(c):
    p = c.person()
    return c.fill(
        "From: {pf} via Talgrat Community <{nr}>\nReply-To: {pm}\nList-Unsubscribe: <https://talgrat.com/u/{tok}>\n"
        "X-Sender-IP: {ip}\nSubject: [[Meet-up in|Group hike near]] {t}",
        pf=p.full(), pm=c.email(p), tok=c.digits(10), ip=c.ip(), t=town(c), nr=lab("noreply@talgrat.com", "EMAIL"))


# ---------------------------------------------------------------- layouts: vcard


def vc_1(c):
    p = c.person()
    a = c.addr_obj()
    return c.fill(
        "BEGIN:VCARD\nVERSION:3.0\nN:{s};{g};;;\nFN:{pf}\nORG:{co}\nTEL;TYPE=CELL:{ph}\nEMAIL;TYPE=WORK:{pm}\nADR;TYPE=WORK:;;{st};{city};;{pc};{cn}\nEND:VCARD",
        s=p.s(), g=p.g(), pf=p.full(), co=c.company(), ph=c.phone(mobile=True), pm=c.email(p, work=True), st=lab(a.street, "STREET_ADDRESS"),
        city=a.townname, pc=a.postcode, cn=a.country)


def vc_2(c):
    p = c.person()
    return c.fill(
        "BEGIN:VCARD\nVERSION:4.0\nFN:{pf}\nN:{s};{g};;{h};\nTEL;VALUE=uri;TYPE=voice:tel:{ph}\nEMAIL:{pm}\nNOTE:[[met at the Kendal fair|stockist, Lake District|photographer]]\nEND:VCARD",
        pf=p.full(), s=p.s(), g=p.g(), h=hon(c, p), ph=c.phone(intl=True), pm=c.email(p))


def vc_3(c):
    out = []
    for _ in range(2):
        p = c.person(cue=False)
        out.append(c.fill("BEGIN:VCARD\nVERSION:3.0\nFN:{pf}\nTEL:{ph}\nEMAIL:{pm}\nEND:VCARD", pf=p.full(), ph=c.phone(), pm=c.email(p)))
    return c.lines(*out)


def vc_4(c):
    p = c.person()
    return c.fill("BEGIN:VCARD\nVERSION:3.0\nFN:{pf}\nTEL;TYPE=HOME:{ph}\nADR;TYPE=HOME:;;{st};;;;\nEND:VCARD", pf=p.full(), ph=c.phone(), st=c.addr(style="street"))


# ---------------------------------------------------------------- layouts: ical_invite


def ical_1(c):
    o, a = c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:[[Fitting appointment|Repair drop-off|Showroom visit]]\nDTSTART:{dt}T{h}0000\nORGANIZER;CN={of}:mailto:{om}\n"
        "ATTENDEE;CN={af};RSVP=TRUE:mailto:{am}\nLOCATION:Talgrat Showroom\nDESCRIPTION:Customer mobile {ph}\nEND:VEVENT",
        dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=f"{c.n(9, 17):02d}", of=o.full(), om=c.staff_email(o), af=a.full(), am=c.email(a), ph=c.phone(mobile=True))


def ical_2(c):
    o, a = c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:Collection – {af}\nDTSTART:{dt}T{h}3000\nLOCATION:{st}\nDESCRIPTION:Courier pickup of return {r}. Call {ph} on arrival.\n"
        "ORGANIZER;CN={of}:mailto:{om}\nEND:VEVENT",
        af=a.full(), dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=f"{c.n(9, 16):02d}", st=c.addr(style="street"), r=f"RMA-{c.digits(6)}", ph=c.phone(),
        of=o.full(), om=c.staff_email(o))


def ical_3(c):
    o, a, b = c.person(), c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:Ambassador intro call\nORGANIZER;CN={of}:mailto:{om}\nATTENDEE;CN={af}:mailto:{am}\nATTENDEE;CN={bf}:mailto:{bm}\n"
        "DESCRIPTION:Join by phone: {ph}\nEND:VEVENT",
        of=o.full(), om=c.staff_email(o), af=a.full(), am=c.email(a), bf=b.full(), bm=c.staff_email(b), ph=c.phone(intl=True, mobile=False))


def ical_4(c):
    o = c.person()
    return c.fill(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:[[Photo shoot|Product training|Stockist visit]] {t}\nDTSTART;VALUE=DATE:{dt}\nORGANIZER;CN=\"{of}\":mailto:{om}\n"
        "END:VEVENT\nEND:VCALENDAR",
        t=town(c), dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", of=o.lf(), om=c.staff_email(o))


# ---------------------------------------------------------------- layouts: ocr_scan


def ocr_1(c):
    p = c.person()
    return c.fill(
        "RETURNS F0RM   [[Talgrat|TALGRAT|Ta1grat]]\nNarne: {pf}\nAddr ess: {addr}\nTe1: {ph}\nOrder n0: {o}\nReason: [[to0 small|wrong co1our|faulty]]  ☐ exchange  ☒ refund",
        pf=p.full(), addr=c.addr(style="one"), ph=c.phone(), o=c.order())


def ocr_2(c):
    p = c.person()
    return c.fill(
        "{caps}\n[[Owner|Store Manager|Buyer]]  |  {co}\n{addr}\nT {ph}   E {pm}\n~ ~ . |",
        caps=p.CAPS(), co=c.company().upper(), addr=c.addr(style="two"), ph=c.phone(mobile=False), pm=c.email(p, work=True))


def ocr_3(c):
    p = c.person()
    return c.fill(
        "DELIVERY NOTE  p. 1/1\nDeliver t0: {pf}\n{addr}\n. , Qty  Item\n1   {n}\n\"Please ring twice\" — signed {sig}",
        pf=p.full(), addr=c.addr(style="two"), n=c.product(), sig=c.pick([p.init_sur(), p.full()]))


def ocr_4(c):
    p = c.person()
    return c.fill(
        "BANK TRANSFER / CREDIT TRANSFER\nBeneficiary: Talgrat Outdoor GmbH\nPayer: {pf}\nPayer IBAN: {ib}\nAmount: {pr}\nRef: {o}  ·  |  '",
        pf=p.CAPS(), ib=c.iban(grouped=True), pr=c.price(), o=c.order())


# ---------------------------------------------------------------- layouts: bounce_report


def bounce_1(c):
    p = c.person()
    return c.fill(
        "Delivery Status Notification (Failure)\n\nYour message to {pm} couldn't be delivered. [[The address couldn't be found.|The recipient's mailbox is full.]]\n\n"
        "Original message:\nTo: {pf} <{pm}>\nSubject: [[Your return label|Your Talgrat order|Thanks for your review]]",
        pm=c.email(p), pf=p.full())


def bounce_2(c):
    rows = [row(["email", "bounce_type", "reason", "first_name", "last_name"])]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([c.email(p), c.pick(["hard", "soft", "hard"]), c.pick(["550 5.1.1 user unknown", "552 mailbox full", "554 rejected", "421 try later"]), p.g(), p.s()]))
    return c.lines(*rows)


def bounce_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.fill(
        "Hard bounces this week: {n}. [[Two|Some]] are regulars – {af} ({am}) and {bf} ({bm}). [[Can someone check the CRM for new addresses?|I've paused both in the newsletter list.]]",
        n=str(c.n(9, 60)), af=a.full(), am=c.email(a), bf=b.full(), bm=c.email(b))


def bounce_4(c):
    p = c.person()
    return c.fill(
        "Reporting-MTA: dns; mx.talgrat.com\nFinal-Recipient: rfc822; {pm}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; [[mx.gmx.net|mx.btinternet.com|eu-smtp-inbound-1.mimecast.com]] [{ip}]\n"
        "Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable\nX-Original-To: {pf} <{pm}>",
        pm=c.email(p), ip=c.ip("pub4"), pf=p.full())


# ---------------------------------------------------------------- further templates (payment and tax values)


def cchat_6(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Customer: hi, I'd like to order the {n} in {s} but the checkout keeps failing\n{ag}: Sorry about that! I can place it for you. Name and delivery address?\n"
        "Customer: {pf}, {addr}\nCustomer: and the card is {cc}, expiry {exp}\n{ag}: Thanks – please don't send card numbers here; I'll call you on {ph} to take payment securely.",
        n=c.product(), s=c.size(), ag=c.fill("Agent ({a})", a=a.g()), pf=p.full(), addr=c.addr(style="one"), cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ph=c.phone())


def call_5(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Phone order {tm}: {pf} ordered {n} ({s}) and read out [[her|their|his]] card number: {cc}, exp {exp}. Entered in terminal – "
        "[[{ag}, please delete this note after the payment clears.|card number to be removed from this note (PCI).]]",
        tm=c.clock(), pf=p.full(), n=c.product(), s=c.size(), cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ag=a.g())


def log_5(c):
    p = c.person()
    return c.fill(
        "{ts} DEBUG [psp-client] request payload: {\"holder\": \"{pf}\", \"pan\": \"{cc}\", \"cvc\": \"***\"}\n{ts} ERROR [psp-client] 402 card declined, order={o}, ip={ip}\n"
        "# TODO: payload logging must be off in production (ticket {tk})",
        ts=f"2025-0{c.n(1, 9)}-{c.n(10, 28)}T{c.n(10, 23)}:{c.n(10, 59)}:{c.n(10, 59)}Z", pf=p.full(), cc=c.card("compact"), o=c.order(), ip=c.ip(), tk=c.ticket())


def html_5(c):
    p = c.person()
    parts = c.fill(
        "<form id=\"payout\" method=\"post\">\n  <input name=\"account_holder\" value=\"{pf}\">\n  <input name=\"iban\" value=\"{ib}\">\n",
        pf=p.full(), ib=c.iban(c.pick(["GB", "IE", "DE", "NL"]), grouped=False))
    if c.chance(0.7):
        parts += c.fill("  <input name=\"de_tax_id\" value=\"{tx}\">\n", tx=c.taxid(grouped=False))
    parts += c.fill("  <input name=\"email\" value=\"{pm}\">\n</form>", pm=c.email(p))
    return parts


def crmx_5(c):
    p = c.person()
    items = [("partner_id", "AMB-" + c.digits(4)), ("name", p.full()), ("email", c.email(p)), ("payout_iban", c.iban(c.pick(["DE", "GB", "IE", "AT"]))),
             ("de_tax_id", c.taxid() if c.chance(0.8) else None), ("commission_rate", "#0." + str(c.n(5, 15))), ("active", True)]
    return json_obj(items)


def ocr_5(c):
    p = c.person()
    return c.fill(
        "MAIL ORDER FORM   pg 1\nName: {pf}\nDe1ivery address: {addr}\nCard n0.: {cc}   Exp: {exp}\nSignature: ~{sig}~   Date: {d}",
        pf=p.full(), addr=c.addr(style="one"), cc=c.card(c.pick(["space", "dash"])), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", sig=p.s(), d=c.date())


PERSONAL = {
    "crm_note": ("prose", [crm_1, crm_2, crm_3, crm_4, crm_5]),
    "support_email": ("prose", [sup_1, sup_2, sup_3, sup_4, sup_5]),
    "reply_chain": ("prose", [chain_1, chain_2, chain_3, chain_4]),
    "signed_review": ("prose", [rev_1, rev_2, rev_3, rev_4, rev_5]),
    "email_signature": ("prose", [sig_1, sig_2, sig_3, sig_4, sig_5]),
    "copy_brief": ("prose", [brief_1, brief_2, brief_3, brief_4]),
    "team_chat": ("prose", [chat_1, chat_2, chat_3, chat_4, chat_5]),
    "customer_chat": ("prose", [cchat_1, cchat_2, cchat_3, cchat_4, cchat_5, cchat_6]),
    "call_note": ("prose", [call_1, call_2, call_3, call_4, call_5]),
    "order_return_note": ("prose", [ret_1, ret_2, ret_3, ret_4, ret_5]),
    "prose_mention": ("prose", [mention_1, mention_2, mention_3, mention_4, mention_5]),
    "out_of_office": ("prose", [ooo_1, ooo_2, ooo_3, ooo_4]),
    "ugc_permission": ("prose", [ugc_1, ugc_2, ugc_3, ugc_4]),
    "price_match": ("prose", [pm_1, pm_2, pm_3, pm_4]),
    "ambassador_application": ("prose", [amb_1, amb_2, amb_3, amb_4]),
    "quote_approval": ("prose", [quote_1, quote_2, quote_3, quote_4]),
    "restock_request": ("prose", [rest_1, rest_2, rest_3, rest_4]),
    "lead_list": ("layout", [lead_1, lead_2, lead_3, lead_4]),
    "feed_row": ("layout", [feed_1, feed_2, feed_3, feed_4]),
    "crm_export": ("layout", [crmx_1, crmx_2, crmx_3, crmx_4, crmx_5]),
    "webinar_export": ("layout", [web_1, web_2, web_3, web_4]),
    "markdown_table": ("layout", [md_1, md_2, md_3, md_4]),
    "html_form": ("layout", [html_1, html_2, html_3, html_4, html_5]),
    "sql_dump": ("layout", [sql_1, sql_2, sql_3, sql_4]),
    "server_log": ("layout", [log_1, log_2, log_3, log_4, log_5]),
    "mail_header": ("layout", [hdr_1, hdr_2, hdr_3, hdr_4]),
    "vcard": ("layout", [vc_1, vc_2, vc_3, vc_4]),
    "ical_invite": ("layout", [ical_1, ical_2, ical_3, ical_4]),
    "ocr_scan": ("layout", [ocr_1, ocr_2, ocr_3, ocr_4, ocr_5]),
    "bounce_report": ("layout", [bounce_1, bounce_2, bounce_3, bounce_4]),
}

from pii19_held_en_clean import CLEAN  # noqa: E402
