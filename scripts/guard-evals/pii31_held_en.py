"""English prose templates (18 genres with personal data) and English texts without personal data
(10 genres) for the held-out half of the thirty-first PII bank (heldout31)."""

from pii31_held_core import PRODUCTS, Lab, fix


def T(g, n, lo=8, hi=20):
    return {"t%d" % (i + 1): t for i, t in enumerate(g.times(n, lo, hi))}


def D(g, n, style="num"):
    return {"d%d" % (i + 1): d for i, d in enumerate(g.dseq(n, style))}


# ---------------------------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------------------------

def se_customer_size(g):
    p = g.person()
    return g.r("""Subject: [[Wrong size|Exchange please|Question about my order]] {order}

[[Hello|Hi|Dear Talgrat team]],

I ordered the {prod} ({sizel}, {colour}) on {date} and [[it's too small|a seam came open the first time I wore it|the colour isn't what I expected from the photos]]. [[Could you send me|Can I swap it for]] [[the next size up|a replacement|another colour]]?
[?I've moved since I ordered, so please send it to my new address:
{p.addr2}?]
[[You can reach me|If it's easier, call me|My number is below if you need it, or call me]] on {p.tel}.

[[Thanks|Many thanks|Best wishes]],
{p.full}""", p=p)


def se_agent_refund(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""[[Dear|Hello]] {p.mr} {p.last},

thank you for [[sending back|returning]] the {prod}. [[We've checked it in our workshop|Our returns team in {store} has checked it]] and [[will refund|are refunding]] {amt}.
As you paid [[by bank transfer|on account]], the money goes to the account you gave us:
IBAN {p.iban}[?, account holder {p.full}?]
[[It should arrive within three to five working days.|Please allow up to five working days.|You'll see it on your statement within a week.]]

[[Kind regards|Best wishes|All the best]],
{s.full}
Talgrat Customer Care[?
{store_phone}?]""", p=p, s=s)


def se_card_pasted(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hi {p.first},

[[thanks for getting in touch|thanks for your message]]. Please [[don't send|never send]] your full card number by e-mail – we've deleted your message from our system [[and you may want to ask your bank for a new card|to be safe]]. [[You can retry the payment here|The order is still open]]: {order}.

[[Best|Cheers|Kind regards]],
{s.first}
Talgrat Customer Care

> From: {p.email}
> my card was declined [[twice|three times]] at checkout [[this morning|last night]]. The number is {p.card}, expiry [[08/28|11/27|03/29|06/30]]. Can you [[put the order through manually|check what's wrong]]?
> {p.first}""", p=p, s=s)


def se_quoted_reply(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hi {p.first},

[[good news|thanks for your patience]] – the replacement {prod} left our warehouse today with parcel number {parcel}.[? It should be with you by {weekday}.?]

[[Best|Cheers|Speak soon]],
{s.full}
{s.email}

On {date}, {p.full} <{p.email}> wrote:
> Hello, I'm still waiting for the exchange I sent back [[two weeks ago|on {date2}]].
> [[My phone number is {p.mobile} if you need it.|I'm away from the {weekday}, so please hurry.|Is there anything missing from my side?]]
> {p.first}""", p=p, s=s)


def se_case_summary(g):
    p = g.person()
    s = g.staff()
    return g.r("""[[Forwarding|Passing on]] case {ticket} to [[the returns team|{s.first}]].
[[Customer|Caller]]: {p.full} ({p.email}), [[phone|mobile]] {p.tel}.
[[Delivery address|Address on the order]]: {p.addr1}
Issue: [[parcel marked as delivered but not received|wrong item in the parcel|hood seam leaking after two walks|hip belt buckle snapped on day one]].
[?The order was placed from {p.ip}, which matches earlier orders.?]
[?Please refund {amt} to {p.iban} once the [[carrier|courier]] claim is closed.?]""", p=p, s=s)


# ---------------------------------------------------------------------------------------------
# crm_note
# ---------------------------------------------------------------------------------------------

def crm_call(g):
    p = g.person()
    return g.r("""[[Called|Spoke to|Rang back]] {p.mr} {p.last} ({p.tel}) re {order} – [[wants a refund rather than an exchange|will collect in {store} on {weekday}|happy with the replacement|still waiting for the courier]].[? Noted new e-mail {p.email}.?]""", p=p)


def crm_history(g):
    p = g.person(need_iban=True)
    s = g.staff()
    old = g.address(p.country).street
    return g.r("""{p.LF} – contact history
{d1}: [[phoned|e-mailed]] about a [[leaking seam|broken zip|loose sole]] ({rshort}); returns label sent to {p.email}.
{d2}: parcel received at the workshop; repair not possible.
{d3}: [[{p?he|she} has moved|new address given]] – {old} replaced by {p.addr1}.
{d4}: refund of {amt} to {p.iban} [[approved by|signed off by]] {s.first}.""", p=p, s=s, old=old, **D(g, 4))


def crm_merge(g):
    p = g.person()
    return g.r("""Merged duplicate profiles "{p.full}" ({p.email}) and "{p.il}" ({p.email2}). Kept the older account[[; loyalty points moved across|, order history combined]].[? Phone on file: {p.mobile}.?][? Both profiles last signed in from {p.ip}.?]""", p=p)


def crm_preference(g):
    p = g.person()
    return g.r("""{p.first} [[prefers|asked for]] [[calls after five|e-mail only, no calls|texts rather than e-mails]]; mobile {p.mobile}. [[Buys for the whole family|Usually waits for the sale|Walks the Camino every spring]] – [[kids' sizes are in the notes|likes the merino range|ask about the {short} next time]].[? Last visit: {store}, {date}.?]""", p=p)


def crm_lead(g):
    p = g.person()
    return g.r("""Lead from the [[Kendal Mountain Festival|outdoor show|trail-running expo]] stand: {p.full} [[runs a walking group|leads a scout troop|organises a hiking club]] with [[about 30|a dozen|20-odd]] members and wants a group discount. [[Call|Ring]] {p?him|her} on {p.tel} or write to {p.email}.[? Met by {s.first}.?]""", p=p, s=g.staff())


# ---------------------------------------------------------------------------------------------
# team_chat
# ---------------------------------------------------------------------------------------------

def tc_backroom(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{t1} {a.lowfirst}: anyone seen the {short} return from this morning? customer is {c.full}, says {c?he|she} dropped it off at 10
{t2} {b.lowfirst}: back room, bag has {c.first}'s receipt stapled on
{t3} {a.lowfirst}: ta. [[{c?he|she} wants a call|can you ring {c?him|her}]] on {c.mobile} when it's checked
{t4} {b.lowfirst}: [[will do|on it|👍]]""", a=a, b=b, c=c, **T(g, 4))


def tc_webchat(g):
    s = g.staff()
    c = g.person()
    return g.r("""[{t1}] Visitor: hi, I'm trying to change the delivery address on {order}
[{t2}] {s.first} (Talgrat): Hi! [[Sure|No problem]] – can I have your name and the new address?
[{t3}] Visitor: {c.full}, {c.addr1}
[{t4}] {s.first} (Talgrat): Thanks {c.first}, [[done|that's updated]]. Anything else?
[{t5}] Visitor: [[no that's all, thanks|can you text me when it ships? {c.mobile}|could you send the confirmation to {c.email} as well]]""", s=s, c=c, **T(g, 5))


def tc_shift(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.r("""{t1} {a.lowfirst}: can someone cover saturday 9–5? [[dentist|my sister's wedding|course in Kendal]]
{t2} {b.lowfirst}: i can do the morning
{t3} {c.lowfirst}: i'll take the afternoon then[? – {a.first} owes us both a coffee?]
{t4} {a.lowfirst}: legends. [[i'll tell|messaging]] {store_mgr} now[? – if anything changes my number is {a.mobile}?]""",
               a=a, b=b, c=c, store_mgr=g.staff().first, **T(g, 4))


def tc_morning(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""#{store_lc}-floor
{t1} {a.lowfirst}: morning all. {c.full} is coming in at {time} for [[the boot fitting|the backpack fitting|a jacket repair pick-up]][? – {c?he|she}'s bringing the old pair back?]
{t2} {b.lowfirst}: [[is that the one who rang yesterday?|the one with the wide feet?|ok, I'll set up the bench]]
{t3} {a.lowfirst}: yep. [[if {c?he|she}'s late, {c?his|her} number is|notes say call]] {c.tel}""",
               a=a, b=b, c=c, store_lc=g.store.lower().replace(" ", "-"), **T(g, 3))


def tc_complaint(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{a.first}: heads-up – {c.mr} {c.last} [[is not happy|rang twice]] about the refund on {order}
{b.first}: which one?
{a.first}: {c.email}, paid by card, [[refund shows pending|bank says nothing arrived]]
{b.first}: [[ok I'll check the payment log|I'll look after lunch]][? and call {c?him|her} back on {c.tel}?]""", a=a, b=b, c=c)


# ---------------------------------------------------------------------------------------------
# call_note
# ---------------------------------------------------------------------------------------------

def cn_inbound(g):
    p = g.person()
    return g.r("""{time} – inbound call from {p.mr} {p.last}, {p.tel}. [[Asked whether the {prod} comes in {colour}|Wants to know when {order} will arrive|Complained that the {rshort} is already fraying]]. [[Promised a call-back tomorrow|Sent the link by e-mail to {p.email}|Passed to the workshop]].""", p=p)


def cn_voicemail(g):
    p = g.person()
    return g.r("""Voicemail, {weekday} {time}:
"Hi, this is {p.full}, [[calling about|ringing about]] [[my order|the repair|the {short}]] {order}. [[Could you call me back|Please ring me]] on {p.mobile} – that's {p.mobile2}. [[Thanks, bye.|Cheers.|I'm free after four.]]\"""", p=p)


def cn_phone_order(g):
    p = g.person()
    s = g.staff()
    return g.r("""Phone order taken by {s.first}, {date}
{p.full} – {prod}, {colour}, {sizel}, {price}
Card read out over the phone: {p.card}[? (expiry [[09/28|12/27|04/29]])?]
Deliver to {p.addr}
[?Call back on {p.tel} if anything is out of stock.?]""", p=p, s=s)


def cn_callback_list(g):
    ps = g.people_n(g.randint(2, 4))
    rows = []
    for i, p in enumerate(ps):
        rows.append(g.r("""{i}. {p.name} – {p.tel} – [[refund query|repair status|size exchange|wants a fitting]]""", p=p, i=str(i + 1)))
    head = g.r("""[[Call-backs for|To ring back on]] {weekday}:
""")
    out = head
    for i, row in enumerate(rows):
        out = out + row + ("\n" if i < len(rows) - 1 else "")
    return out


def cn_missed(g):
    p = g.person()
    return g.r("""Missed call from {p.tel} at {time}, no message. [[Number matches|Looked it up – it's]] {p.full} ({order}). [[Tried to call back, no answer.|Sent a text instead.|Will try again after lunch.]]""", p=p)


# ---------------------------------------------------------------------------------------------
# postal_letter
# ---------------------------------------------------------------------------------------------

def pl_withdrawal(g):
    p = g.person(need_iban=True)
    return g.r("""{p.full}
{p.addr2}

Talgrat Outdoor – Returns, {date}

[[Withdrawal from contract|Cancellation of order]] {order}

[[Dear Sir or Madam|To whom it may concern]],

I hereby withdraw from my contract for the {prod} [[ordered on|received on]] {date2}. Please refund the purchase price of {price} to my account:
IBAN {p.iban}

[[Yours faithfully|Kind regards]],
{p.full}""", p=p)


def pl_recipient(g):
    p = g.person()
    co = g.person()
    return g.r("""[[{p?Mr|Ms} |]]{p.full}
[?c/o {co.full}
?]{p.addr2}

{date}

Dear {p.first},

[[thank you for your letter|many thanks for your note]] about the {prod}. [[We have repaired the zip free of charge|We are sending you a replacement]][? and enclosed a voucher for your next visit to {store}?].

Yours sincerely,
Talgrat Outdoor""", p=p, co=co)


def pl_complaint(g):
    p = g.person()
    return g.r("""From: {p.full}, {p.addr1}
To: Talgrat Outdoor, Customer Care

[[Dear Sir or Madam|Dear Customer Care team]],

I am writing to complain about the {rprod} I bought in your {store} shop on {date}. After [[three|two|four]] walks [[the seams on the shoulders have come apart|the sole has come loose|the zip has failed]]. I would like [[a full refund|a replacement]]. You can reach me on {p.tel}.

Yours faithfully,
{p.full}""", p=p)


@fix("US")
def pl_us_letter(g):
    p = g.person()
    return g.r("""{p.full}
{p.addr2}

{date}

Talgrat Outdoor, Returns Department

Dear Sir or Madam:

[[Enclosed please find|I am returning]] the {prod} (order {order}). It [[arrived with a torn lining|was the wrong size]]. Please [[credit the amount to my card|send a replacement]] and confirm by email to {p.email}.

Sincerely,
{p.full}""", p=p)


@fix("IE")
def pl_irish(g):
    p = g.person()
    return g.r("""{p.addr2}
{date}

A chara,

I [[bought|ordered]] the {rprod} [[in your Galway shop|online]] in {month} and [[a seam|the left pocket]] [[leaks|has torn]] already. [[I'd appreciate a replacement.|Could you let me know what you can do?]] My number is {p.tel}.

Is mise le meas,
{p.full}""", p=p, month=g.pick(["March", "April", "October", "November"]))


# ---------------------------------------------------------------------------------------------
# tour_report (names in running prose, no cue word; names from the lists only)
# ---------------------------------------------------------------------------------------------

def tr_fell_walk(g):
    a, b, c, d = g.people_n(4, cue=False)
    return g.r("""Eleven of us set off from the car park at [[Seathwaite|Glenridding|Rosthwaite]] just after eight. {a.full} led the way up the valley while {b.full} kept the back of the group together. By the tarn the cloud had lifted, and {c.first} shared flapjacks with everyone. On the way down {d.full} spotted a pair of ravens[? and {a.first} finally admitted the shortcut was longer?]. [[We were back at the cars by four.|Tea and cake at the café closed the day.]]""", a=a, b=b, c=c, d=d)


def tr_night_nav(g):
    a, b, c = g.people_n(3, cue=False)
    return g.r("""The night navigation evening started in the {store} shop with a short talk on pacing and timing. Out on the moor, {a.full} and {b.full} found every checkpoint first[[, although|; only]] {c.full} [[managed to walk straight past the trig point twice|left a glove at checkpoint four]]. [?Thanks to {a.first} for bringing spare head-torch batteries.?]""", a=a, b=b, c=c)


def tr_congrats(g):
    a, b = g.people_n(2, cue=False)
    return g.r("""Congratulations to {a.full} and {b.full}, who [[finished the 100-mile ultra in under 30 hours|completed all 214 Wainwrights this summer|walked the coast-to-coast in twelve days]] – wearing [[our {short} the whole way|the same pair of {short} socks, we're told]].""", a=a, b=b)


def tr_hut_trek(g):
    a, b, c = g.people_n(3, cue=False)
    return g.r("""Day three of the hut-to-hut trek was the longest. {a.first} set a steady pace over the pass, and {b.full} kept everyone laughing through the drizzle. At the hut, {c.full} [[taught the group a card game|dried out everyone's boots by the stove|cooked for the whole table]]. [[Tomorrow we descend to the valley.|Only one more pass to go.]]""", a=a, b=b, c=c)


def tr_staff_picks(g):
    a, b = g.people_n(2, cue=False)
    return g.r("""This month's staff picks come from the {store} team: {a.full} swears by the {prod} for winter dog walks, and {b.full} took the {prod2} [[up Snowdon|on the West Highland Way|across the Brecon Beacons]] [[in sideways rain|in a heatwave]]. [?Ask either of them in store for a demo.?]""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# cashback_claim
# ---------------------------------------------------------------------------------------------

def cb_claim(g):
    p = g.person(need_iban=True)
    return g.r("""Subject: Cashback claim – {short}

[[Hello|Hi|Dear Talgrat team]],

I bought the {prod} on {date} [[in your {store} shop|online, order {order}]] and would like to claim the {cb} cashback from the [[spring|autumn|winter]] promotion.[? My receipt number is {receipt}.?]
Please pay it to:
IBAN {p.iban}
Account holder: {p.full}

[[Thanks|Many thanks]],
{p.first}[?
{p.mobile}?]""", p=p, cb=g.money(g.pick([20, 25, 30, 40])))


def cb_approved(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""Hi {p.first},

your cashback claim {case} for the {prod} has been approved. We'll transfer {cb} to the account ending {tail} [[within ten working days|by the end of the month]].[? The confirmation also went to {p.email}.?]

[[Enjoy your|Happy trails with the]] {short}!
{s.first}, Talgrat Cashback Team""", p=p, s=s, cb=g.money(g.pick([20, 25, 30, 40])), tail=p.iban_raw[-4:])


def cb_rejected(g):
    p = g.person()
    return g.r("""Dear {p.mr} {p.last},

thank you for your cashback claim. Unfortunately we received it on {date}, after the closing date of the promotion, so we [[can't pay it out|are unable to accept it]]. [[If you think this is wrong|If you posted it earlier]], please reply to this e-mail or call us on {store_phone}.

Kind regards,
Talgrat Cashback Team
[?Sent to {p.email}?]""", p=p)


def cb_duplicate(g):
    a = g.person(need_iban=True)
    b = g.person()
    return g.r("""Cashback check: claims from {a.full} ({a.email}) and {b.full} ({b.email}) both give IBAN {a.iban}[? and came from the same IP address, {ip}?]. [[Different surnames, same account|Both claims for the same receipt {receipt}]] – [[held until we've spoken to both|paid the first, second on hold]].[? {b.first} says it's a shared account.?]""", a=a, b=b, ip=g.ip())


@fix("US")
def cb_us_card(g):
    p = g.person()
    return g.r("""Hi {p.first},

thanks for submitting your rebate for the {prod}. Your {cb} prepaid reward card will be mailed to:
{p.addr2}
[[Allow six to eight weeks for delivery.|It usually arrives within a month.]] Questions? Call us at {store_phone} or reply to this email.

Talgrat Rebates""", p=p, cb=g.money(g.pick([20, 25, 30, 40])))


# ---------------------------------------------------------------------------------------------
# consignment_intake (Talgrat Second Ascent, preloved gear sold on commission)
# ---------------------------------------------------------------------------------------------

def ci_intake(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""Second Ascent intake, {store}, {date}
Seller: {p.full}, {p.tel}
Items: {prod} ({colour}, {sizel}) [[– good condition|– small mark on the sleeve|– as new]][?; {prod2}?]
Asking price {amt}, our share 30 %.
Payout to {p.iban}
Checked in by {s.first}""", p=p, s=s)


def ci_sold(g):
    p = g.person(need_iban=True)
    x = g.randint(40, 260)
    return g.r("""Hi {p.first},

good news – your {prod} sold [[this morning|yesterday|at the weekend]] for {sold}. After our 30 % commission we'll pay {pay} to {p.iban} within [[five|seven]] working days.

[[Thanks for giving your gear a second life|Thanks for choosing Second Ascent]]!
The {store} team""", p=p, sold=g.money(x), pay=g.money(round(x * 0.7, 2)))


def ci_unsold(g):
    p = g.person()
    return g.r("""Dear {p.first},

your {prod} has been on the Second Ascent rail for 60 days without selling. You can [[collect it from the {store} shop|pick it up at the till]] until {date}, or we can donate it to [[a local scout group|the mountain rescue team's kit store]]. Just [[reply|let us know]] or call {store_phone}.

Best wishes,
Talgrat {store}
[?(sent to {p.email})?]""", p=p)


def ci_status(g):
    p = g.person()
    s = g.staff()
    return g.r("""> [[Any news on my jacket?|Has my backpack sold yet?]] I dropped it off on {date} – {p.full}, {p.mobile}

Hi {p.first}, not yet, but [[two people tried it on this week|it's in the window now]]. I'll [[text you|drop you a line at {p.email}]] as soon as it goes.
{s.first}""", p=p, s=s)


def ci_payout_list(g):
    ps = g.people_n(g.randint(2, 4), need_iban=True)
    out = g.r("""Second Ascent payouts, week {wk}:
""", wk=str(g.randint(2, 50)))
    for i, p in enumerate(ps):
        out = out + g.r("""{i}. [[{p.lf}|{p.LF}]] – {a} – {p.iban}""", p=p, i=str(i + 1), a=g.amount(15, 180))
        if i < len(ps) - 1:
            out = out + "\n"
    return out


# ---------------------------------------------------------------------------------------------
# no_receipt_refund
# ---------------------------------------------------------------------------------------------

def nr_till_log(g):
    p = g.person()
    m = g.staff()
    return g.r("""No-receipt refund, till {till}, {date} {time}: {prod}, {amt} [[as store credit|to card ending {tail}]]. Customer {p.full}, {p.addr1}. ID checked ([[driving licence|passport]], number not recorded). Approved by {m.first}.""",
               p=p, m=m, till=str(g.randint(1, 6)), tail=str(g.randint(1000, 9999)))


def nr_repeat(g):
    p = g.person()
    m = g.staff()
    return g.r("""[[Team|All]], please note: {p.full} ({p.street}) has had [[four|five|six]] no-receipt refunds since {date}, all on the {short}. [[Next time, ask for a manager before refunding.|Store credit only from now on.]][? – {m.first}?]""", p=p, m=m)


def nr_complaint(g):
    p = g.person()
    return g.r("""Hello,

I tried to return a [[gift|jacket my aunt gave me]] at your {store} shop today and was asked for my name, address and ID [[before anyone would even look at it|in front of a queue]]. I [[find that excessive|don't think that's right]]. What happens to this data?

{p.full}
{p.email}""", p=p)


def nr_weekly(g):
    ps = g.people_n(3)
    out = g.r("""No-receipt refunds {store}, week {wk}
""", wk=str(g.randint(2, 50)))
    for i, p in enumerate(ps):
        out = out + g.r("""- [[{p.lf}|{p.LF}]], {p.tel}, {a} [[credit|card]]""", p=p, a=g.amount(20, 250))
        if i < 2:
            out = out + "\n"
    return out


def nr_credit(g):
    p = g.person()
    return g.r("""Store credit of {amt} issued to {p.full} for a [[returned|gifted]] {short} without receipt; e-gift card sent to {p.email}.[? Customer asked us to [[call|text]] {p.mobile} if there's a problem.?]""", p=p)


# ---------------------------------------------------------------------------------------------
# gear_swap_listing
# ---------------------------------------------------------------------------------------------

def gs_for_sale(g):
    p = g.person()
    return g.r("""FOR SALE: {prod}, {colour}, {sizel}, [[worn twice|used one season|never worn, wrong size]]. {usedprice} [[ono|or swap for a smaller one]]. [[Text|Call or text]] {p.first} on {p.mobile}.""", p=p)


def gs_wanted(g):
    p = g.person()
    return g.r("""WANTED: [[kids' walking boots, size 33–35|a 30-litre daypack|waterproof trousers for a teenager]] for [[a Duke of Edinburgh expedition|our first family camping trip]] in {month}. [[Happy to pay cash|Can swap for adult gear]]. Please e-mail {p.email}[? – {p.first}?].""", p=p, month=g.pick(["May", "June", "July", "August"]))


def gs_moderator(g):
    p = g.person()
    s = g.staff()
    return g.r("""Note from the board: listing #{n} ({short}) removed at the seller's request – {p.full} [[says it's sold|has moved away]].[? If you still wanted it, ask {s.first} at the till.?]""", p=p, s=s, n=str(g.randint(10, 240)))


def gs_collect(g):
    p = g.person()
    return g.r("""[[Free to a good home|Swap only]]: [[two-person tent, one pole repaired|stove and pans|old climbing rope for crafts]]. Collection from {p.street} [[any evening|at weekends]] – ring {p.tel} first. {p.first}""", p=p)


def gs_board(g):
    a, b = g.person(), g.person()
    return g.r("""Swap board – [[this week|new this week]]

• {prod}, {sizel}, {usedprice}. Contact [[{a.fi}|{a.il}]], {a.mobile}
• [[Crampons, C2, fit size 40–45|Trekking poles, pair|Gaiters, size L]], {amt2}. Contact {b.full}, {b.email}""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# rescue_discount
# ---------------------------------------------------------------------------------------------

def rd_application(g):
    p = g.person()
    team = g.cc(GB=g.pick(["Keswick Mountain Rescue Team", "Edale Mountain Rescue", "Ogwen Valley MRO", "Lochaber MRT"]),
                IE=g.pick(["Kerry Mountain Rescue", "Dublin Wicklow Mountain Rescue", "Mayo Mountain Rescue"]),
                US=g.pick(["Rocky Mountain Rescue Group", "Portland Mountain Rescue", "Stowe Mountain Rescue"]),
                other=g.pick(["Bergwacht Allgäu", "Bergrettung Tirol"]))
    return g.r("""[[Hello|Hi]],

I'm a [[volunteer|team member]] with {team} (member no. {member}) and would like to apply for your rescue-team discount.[? A photo of my team ID is attached.?] [[My account is under|Please add it to]] {p.email}.

[[Thanks for supporting us|Many thanks]],
{p.full}[?
{p.mobile}?]""", p=p, team=team)


def rd_leader(g):
    lead = g.person()
    ms = g.people_n(g.randint(2, 3))
    out = g.r("""To the {store} store,

I confirm that the following are active members of our team and eligible for your discount:
""")
    for p in ms:
        out = out + g.r("""- {p.full} ({p.email})
""", p=p)
    out = out + g.r("""
[[Regards|Best regards]],
{lead.full}, Team Leader[?
{lead.tel}?]""", lead=lead)
    return out


def rd_approved(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hi {p.first},

[[thanks for your application|thanks for all you do on the hill]] – your [[20 %|15 %]] rescue-team discount is now active on the account {p.email}. [[It applies online and in store.|Just give your e-mail at the till.]]

[[Stay safe|Best wishes]],
{s.first}""", p=p, s=s)


def rd_expired(g):
    p = g.person()
    return g.r("""Dear {p.mr} {p.last},

[[the team ID you sent|your rescue-team card]] expired on {date}, so we can't [[renew|extend]] the discount yet. Please send us the new card when you have it, or ask your team leader to e-mail us. You can also call {store_phone}.

Kind regards,
Talgrat {store}""", p=p)


# ---------------------------------------------------------------------------------------------
# appointment_no_show
# ---------------------------------------------------------------------------------------------

def ns_note(g):
    p = g.person()
    return g.r("""{time} [[boot fitting|backpack fitting|personal shopping]] – {p.full} ({p.tel}) [[didn't turn up|no show]]; [[left a voicemail|sent a text]].[? Second no-show this month.?]""", p=p)


def ns_followup(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hi {p.first},

we missed you at your [[boot fitting|backpack fitting]] in {store} on {date}. [[No problem|These things happen]] – [[would {weekday} at {time2} suit you instead|shall we book you in again]]? Just reply or call {s.first} on {store_phone}.

Best,
{s.full}""", p=p, s=s)


def ns_apology(g):
    p = g.person()
    return g.r("""[[So sorry|Apologies]] I missed my appointment yesterday – [[my train was cancelled|the kids were ill|I got the day wrong]]. Could I rebook for [[next week|a Saturday morning]]? [[Best number is|Call me on]] {p.tel}.

{p.full}""", p=p)


def ns_list(g):
    ps = g.people_n(g.randint(2, 4))
    out = g.r("""No-shows {store}, {date}:
""")
    for i, p in enumerate(ps):
        out = out + g.r("""{i}) {t} {p.name}, {p.tel}""", p=p, i=str(i + 1), t=g.tm(9, 18))
        if i < len(ps) - 1:
            out = out + "\n"
    return out


def ns_deposit(g):
    p = g.person()
    return g.r("""[[Deposit|Booking fee]] of {amt2} kept for the missed [[guided fitting|tour briefing]] – {p.mr} {p.last} (card ending {tail}) was told on booking. [[Receipt|Explanation]] sent to {p.email}.""", p=p, tail=str(g.randint(1000, 9999)))


# ---------------------------------------------------------------------------------------------
# bank_change_request
# ---------------------------------------------------------------------------------------------

def bc_supplier_mail(g):
    p = g.person(need_iban=True)
    return g.r("""Dear Accounts Payable team,

please note that {company} has changed banks. From [[today|the next invoice]] please pay to:
IBAN {p.iban}
[?Account name: {company}?]
[[Our old account will be closed on|The old account closes on]] {date}.

Kind regards,
{p.full}
[[Finance|Accounts]], {company}
{p.phone}""", p=p)


def bc_callback(g):
    p = g.person()
    s = g.staff()
    return g.r("""Bank change check ({company}): [[called|rang]] {p.full} on the number in our supplier records, {p.phone}. {p?He|She} [[confirmed|did NOT confirm]] the change. [[Old|Current]] IBAN {iban1}, requested IBAN {iban2}. [[Payment run held.|Updated in the system.]] – {s.first}""",
               p=p, s=s, iban1=g.iban(p.country), iban2=g.iban(p.country))


def bc_spoof(g):
    p = g.person()
    return g.r("""Warning to finance: the "new bank details" mail from {company} came from {spoof}, not from {p.email}. {p.first} at {company} knows nothing about it.[? The mail was sent from {ip}.?] Do not change anything; [[IT has blocked the sender|forwarded to IT]].""",
               p=p, ip=g.ipv4("public", g.pick(["US", "NL", "FR"])), spoof=Lab("EMAIL", g.pick(["accounts", "finance", "billing"]) + "@" + g.pick(["secure-payments-mail.com", "invoice-update.net", "fin-notice.co"])))


def bc_freelancer(g):
    p = g.person(need_iban=True)
    return g.r("""Hi [[accounts team|accounts|there]],

[[quick one|just a note]] – I've moved my business account, so please pay my next invoice ([[the {store} shoot|the catalogue pictures]]) to {p.iban}. [[Same name on the account.|Account holder {p.full}.]]

Thanks!
{p.first}
{p.mobile}""", p=p)


def bc_confirm(g):
    p = g.person(need_iban=True)
    return g.r("""{p.full}
{company}

{date}

Confirmation of changed bank details

Dear {p.mr} {p.last},

we have updated your bank details as requested. Future payments will go to {p.iban}. If you did not ask for this change, please call us at once on {store_phone}.

Yours sincerely,
Talgrat Outdoor, Accounts Payable""", p=p)


# ---------------------------------------------------------------------------------------------
# works_council_election (staff forum elections)
# ---------------------------------------------------------------------------------------------

def wc_notice(g):
    ps = g.people_n(g.randint(3, 4), staff=True)
    out = g.r("""[[Staff forum election|Employee forum election]] {year} – candidates

""", year=str(g.pick([2025, 2026])))
    for p in ps:
        out = out + g.r("""• {p.full}, {store}
""", p=p, store=g.pick(["Manchester", "Keswick", "Edinburgh", "London", "warehouse", "head office"]))
    out = out + g.r("""
Voting closes on {date}. [[Ballot papers are in the staff room.|Vote online with your staff login.]]""")
    return out


def wc_statement(g):
    p = g.staff()
    return g.r("""Hi everyone, I'm {p.full} and I've worked in the {store} shop for [[six|three|eleven]] years. If you elect me, I'll [[push for fairer weekend rotas|make sure the warehouse team is heard|ask for proper breaks during the sale]]. [[Questions?|Want to chat?]] Message me on {p.mobile} or stop me on the shop floor.""", p=p)


def wc_postal(g):
    p = g.staff()
    c = g.staff()
    return g.r("""Hi {p.first},

as you're on [[parental leave|long-term sick leave|a secondment]], we'll post your ballot paper for the forum election to your home address:
{p.addr2}
[[Please let us know if that's wrong.|If you've moved, reply before {date}.]]

{c.full}, election committee""", p=p, c=c)


def wc_result(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.r("""Result of the staff forum election: {a.full} ({va} votes), {b.full} ({vb} votes) and {c.full} ({vc} votes) are elected. [[Turnout was|Participation reached]] {pct} %. Thanks to everyone who voted!""",
               a=a, b=b, c=c, va=str(g.randint(60, 90)), vb=str(g.randint(40, 59)), vc=str(g.randint(20, 39)), pct=str(g.randint(41, 78)))


def wc_nomination(g):
    a, b = g.staff(), g.staff()
    return g.r("""Nomination: I nominate {a.full} ({store}) for the staff forum. [[Seconded|Supported]] by {b.full}. Contact for questions: {a.email}.""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# whistleblower_report
# ---------------------------------------------------------------------------------------------

def wb_report(g):
    a = g.staff()
    b = g.staff()
    return g.r("""Report via the confidential channel, {date}:
Over the last [[two months|few weeks]] {a.full}, [[assistant manager|team leader]] in {store}, has [[voided sales after customers left|taken cash from the till float|sold demo stock to friends]]. {b.first} [[saw it too|has noticed the till differences]] but is afraid to say anything. I'd like to stay anonymous.""", a=a, b=b)


def wb_ack(g):
    s = g.person(staff=True)
    return g.r("""Dear reporter,

thank you for your report {case}, which we received on {date}. I am {s.full} [[from the compliance team|and I will handle your case]]. We will let you know within three months what we have done. You can [[reach me confidentially|also call me]] on {s.mobile}.

[[Kind regards|Best regards]],
{s.full}""", s=s)


def wb_followup(g):
    a = g.staff()
    return g.r("""Question to the reporter on case {case}: you mention that {a.first} [[changed the rota to be alone at closing|took the float home]]. Do you remember roughly which dates? [[Any detail helps.|You can answer anonymously through the portal.]]""", a=a)


def wb_close(g):
    a = g.staff()
    return g.r("""Case {case} closed on {date}. The allegations against {a.full} [[were confirmed; HR has taken action|could not be confirmed]]. The reporter was informed through the portal.""", a=a)


def wb_data(g):
    a = g.staff()
    c = g.person()
    return g.r("""Report: a colleague ({a.full}) [[posted a screenshot of|shared]] a customer's order in a private group chat – with the name {c.full}, the e-mail {c.email} and [[the home address|the phone number {c.tel}]][[.|, to make fun of the return reason.]] I think that's a data breach.""", a=a, c=c)


# ---------------------------------------------------------------------------------------------
# parcel_locker
# ---------------------------------------------------------------------------------------------

def lk_no_code(g):
    p = g.person()
    return g.r("""Hi, my order {order} was [[sent to|delivered to]] a parcel locker but I never got the pick-up code. The text should go to {p.mobile}[[ – could you resend it?|. Can you check?]]
[[Thanks|Cheers]], {p.full}""", p=p)


def lk_redirect(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hi {p.first},

[[the locker you chose was full|the locker was out of order]], so the carrier will bring the parcel to your home address instead:
{p.addr2}
[[If nobody's in, they'll leave a card.|You'll get a delivery window by text.]]

Best,
{s.first}, Talgrat Customer Care""", p=p, s=s)


def lk_wrong(g):
    p = g.person()
    q = g.person()
    return g.r("""[[Strange one|Odd one]]: I opened my locker and found a parcel addressed to {q.full}, not my order. [[Mine should be|I was expecting]] the {prod}. I'm {p.full}, {p.email}. What should I do with the other parcel?""", p=p, q=q)


def lk_expired(g):
    p = g.person()
    return g.r("""Dear {p.mr} {p.last},

your parcel [[stayed in the locker for seven days|was not collected in time]] and has come back to us. [[We've refunded|We will refund]] {amt} to your card ending {tail}. If you'd still like the {short}, please order again or call {store_phone}.

Talgrat Customer Care""", p=p, tail=str(g.randint(1000, 9999)))


def lk_customer_no(g):
    p = g.person()
    return g.r("""[[Delivery note|Note for the carrier]]: parcel locker {n}, customer number {cn}. Recipient {p.full}, mobile {p.mobile}.[? Fallback address {p.addr1}.?]""", p=p, n=str(g.randint(100, 399)), cn=g.safe(lambda: str(g.randint(10000000, 99999999))))


# ---------------------------------------------------------------------------------------------
# charity_auction
# ---------------------------------------------------------------------------------------------

def ca_winner(g):
    p = g.person()
    return g.r("""Congratulations {p.first}!

You won lot {lot} in our [[mountain rescue|air ambulance]] charity auction: a signed {prod}. Please pay your bid of {bid} by bank transfer to {shop_iban} (reference {ref}) or by card in the {store} shop.[? We'll post it to {p.addr1} once paid.?]

Thank you for supporting the team!""", p=p, bid=g.amount(80, 650), lot=str(g.randint(1, 40)), ref=g.safe(lambda: "AUC-%d" % g.randint(100, 999)))


def ca_bids(g):
    ps = g.people_n(3)
    out = g.r("""Lot {lot} – [[signed|team-worn]] {short}, final bids:
""", lot=str(g.randint(1, 40)))
    amounts = sorted([g.randint(60, 400) for _ in range(3)], reverse=True)
    for i, p in enumerate(ps):
        out = out + g.r("""{i}. [[{p.fi}|{p.il}]] – {a}""", p=p, i=str(i + 1), a=g.money(amounts[i]))
        if i < 2:
            out = out + "\n"
    return out


def ca_donor(g):
    p = g.person()
    return g.r("""Dear auction team,

[[I'd like to donate|Please accept]] [[a week in our holiday cottage|a guided day on the fells|a framed print of the summit]] for the auction. [[The winner can contact me directly|Happy to arrange dates with the winner]] on {p.tel}.

[[All the best|Good luck with it]],
{p.full}""", p=p)


def ca_delivery(g):
    p = g.person()
    s = g.staff()
    return g.r("""{s.first}, can you post lot {lot} to the winner? {p.full}, {p.addr1}. [[Paid in full|Payment received]] on {date}.[? {p?He|She} asked for a text on {p.mobile} when it's sent.?]""", p=p, s=s, lot=str(g.randint(1, 40)))


def ca_card(g):
    p = g.person()
    return g.r("""Auction payment, lot {lot}: {p.full} paid {amt} [[at the till|over the phone]] with card {p.card}. Receipt e-mailed to {p.email}.""", p=p, lot=str(g.randint(1, 40)))


# ---------------------------------------------------------------------------------------------
# comment_card (cards from the feedback box, typed up)
# ---------------------------------------------------------------------------------------------

def cc_praise(g):
    s = g.staff()
    p = g.person()
    return g.r("""Card {n}: "[[Great service from|Huge thanks to|Brilliant help from]] {s.first} [[in footwear – spent 40 minutes finding me the right boots|in the rucksack corner – adjusted my pack until it fitted perfectly|in outerwear – knew exactly what I needed for the Highlands]]." – [[{p.full}|{p.il}|{p.fi}]][[, {p.tel}|]]""", s=s, p=p, n=str(g.randint(1, 60)))


def cc_reply(g):
    p = g.person()
    m = g.staff()
    return g.r("""{p.full}
{p.addr2}

Dear {p.mr} {p.last},

thank you for the comment card you left in our {store} shop. [[You're right that the queue on Saturday was too long|We're sorry the fitting room was closed]]; we have [[added a second till at weekends|changed the rota]].

Best wishes,
{m.full}, Store Manager""", p=p, m=m)


def cc_batch(g):
    a, b = g.person(), g.person()
    return g.r("""Comment cards, {store}, {date}:
1) "[[Music too loud.|Please stock more kids' sizes.]]" – no name
2) "[[Loved the repair corner!|The new layout is confusing.]]" – [[{a.fi}|{a.il}]]
3) "[[Please call me about a fitting|Could someone ring me about the group discount]]: {b.tel}" – {b.full}""", a=a, b=b)


def cc_complaint(g):
    p = g.person()
    return g.r("""Card (typed up): "[[Waited 20 minutes and nobody came to help.|Jacket I bought last week already torn.|Staff member was rude about my return.]] [[Please e-mail me|I want an answer]] at {p.email}." Signed {p.full}.""", p=p)


def cc_lowercase(g):
    p = g.person()
    return g.r("""card {n}, handwritten: "[[thank you for fixing my tent pole for free!!|best shop in town]] – {p.low}\"""", p=p, n=str(g.randint(1, 60)))


PROSE = {
    "support_email": [se_customer_size, se_agent_refund, se_card_pasted, se_quoted_reply, se_case_summary],
    "crm_note": [crm_call, crm_history, crm_merge, crm_preference, crm_lead],
    "team_chat": [tc_backroom, tc_webchat, tc_shift, tc_morning, tc_complaint],
    "call_note": [cn_inbound, cn_voicemail, cn_phone_order, cn_callback_list, cn_missed],
    "postal_letter": [pl_withdrawal, pl_recipient, pl_complaint, pl_us_letter, pl_irish],
    "tour_report": [tr_fell_walk, tr_night_nav, tr_congrats, tr_hut_trek, tr_staff_picks],
    "cashback_claim": [cb_claim, cb_approved, cb_rejected, cb_duplicate, cb_us_card],
    "consignment_intake": [ci_intake, ci_sold, ci_unsold, ci_status, ci_payout_list],
    "no_receipt_refund": [nr_till_log, nr_repeat, nr_complaint, nr_weekly, nr_credit],
    "gear_swap_listing": [gs_for_sale, gs_wanted, gs_moderator, gs_collect, gs_board],
    "rescue_discount": [rd_application, rd_leader, rd_approved, rd_expired],
    "appointment_no_show": [ns_note, ns_followup, ns_apology, ns_list, ns_deposit],
    "bank_change_request": [bc_supplier_mail, bc_callback, bc_spoof, bc_freelancer, bc_confirm],
    "works_council_election": [wc_notice, wc_statement, wc_postal, wc_result, wc_nomination],
    "whistleblower_report": [wb_report, wb_ack, wb_followup, wb_close, wb_data],
    "parcel_locker": [lk_no_code, lk_redirect, lk_wrong, lk_expired, lk_customer_no],
    "charity_auction": [ca_winner, ca_bids, ca_donor, ca_delivery, ca_card],
    "comment_card": [cc_praise, cc_reply, cc_batch, cc_complaint, cc_lowercase],
}


# ---------------------------------------------------------------------------------------------
# Texts without personal data (10 genres, 4 templates each)
# ---------------------------------------------------------------------------------------------

def sz_table(g):
    return g.r("""Size guide – {prod} ({sku})
| Size | Chest (cm) | Back length (cm) |
| S | 88–94 | 72 |
| M | 95–101 | 74 |
| L | 102–108 | 76 |
[[Between sizes? Will you layer underneath? Then go up one.|Grace tip: if you wear a thick fleece below, choose the next size.]]""")


def sz_shoe(g):
    return g.r("""Steinlauf sizing: EU 38–47 in half sizes. [[Foot length 26.5 cm = EU 42.|Measure in the evening, when feet are longest.]] [[Hunter|Baker]] insoles add about 3 mm, so allow a thumb's width at the toe.[? Will it stretch? Only a little, so don't buy tight.?]""")


def sz_socks(g):
    return g.r("""Trittweg Merino socks come in 35–38, 39–42, 43–46 and 47–49[[ (€24.95 a pair)|]]. [[Winter walkers|Long-distance walkers|Runners]] who wear liners should go up one size. [[May to September|In summer|On short walks]] the lighter cushioning is enough.[? Colours: Rock Grey, Fir Shade, Hut Orange.?]""")


def sz_trousers(g):
    g._c["product"] = g.pick([x for x in PRODUCTS if x[0] in ("TG-HT-100", "TG-WT-100")])
    return g.r("""{prod}: waist 76–81 cm = M, 82–87 cm = L. Regular leg 81 cm, short leg 76 cm. [[Colours: {colour} and Slate.|Price {price}.]][? GTIN {gtin} (M, Regular).?]""")


def st_jacket(g):
    return g.r("""[[NEW IN|JUST ARRIVED]]: {prod} in {colour} – {price}. [[Ask about the Rose & Crown hut weekend offer.|Young hikers go free on the {weekday} taster walk.]] Article {sku}.""")


def st_sale(g):
    return g.r("""[[May|Spring]] sale on the {short}: was {price}, now [[20|25|30]] % off. [[Hunter green has sold out|Last few in Fir Shade]], more arriving {date}.""")


def st_repair(g):
    return g.r("""Repair before you replace – our workshop [[in the Allgäu|behind the till]] fixes zips, seams and buckles. [[Wolf-grey|Fox-brown]] patches are free this month.[? Ticket numbers start at {ticket}.?]""")


def st_socks(g):
    return g.r("""3 pairs of Trittweg socks for the price of 2. [[Baker's dozen jokes aside, that's a real deal.|Will they last? We think so.]] GTIN {gtin}.""")


def ds_inbound(g):
    return g.r("""Inbound deliveries {date}
07:30 PO 4500{po} – {company} – 6 pallets, trailer ref {refph}
10:15 PO 4500{po2} – Summitline Fabrics Ltd – 2 pallets
[[Gate 3 is closed for resurfacing.|Use the rear ramp.]]""", po=str(g.randint(100000, 999999)), po2=str(g.randint(100000, 999999)))


def ds_parcel(g):
    return g.r("""Outbound collection at {time}: [[42|57|63]] parcels, first tracking number {parcel}. [[Courier depot|Hub]] ref {refph}. [[Late parcels go on the Winter route.|No Saturday collection in May.]]""")


def ds_returns(g):
    return g.r("""Returns pallet {refph} left {store} on {date} ({n} cartons, {sku} and {sku2}).[? Seal {seal}.?]""",
               n=str(g.randint(3, 40)), sku2=g.product2[0], seal=g.safe(lambda: "%07d" % g.randint(1000000, 9999999)))


def ds_week(g):
    return g.r("""Week {wk} schedule: Mon {company}, Wed Ridgeway Packaging Ltd, Fri Hochland Spedition GmbH. [[Bank holiday Monday: no deliveries.|Slots from 07:00 to 11:00 only.]]""", wk=str(g.randint(2, 51)))


def sw_race(g):
    return g.r("""Thanks to the sponsors of the [[Borrowdale|Pennine|Glen Nevis]] trail race: Baker & Hunter Outdoor, Young & Rose Mountain Sports, Fox & Miller Outfitters and Talgrat {store}. Prize-giving at {time} in the village hall.""")


def sw_wall(g):
    return g.r("""[[Our partners|Proud to work with|Local partners of the {store} shop]]: [[King & Bell Ropes (Sheffield)|Frost Brothers Ltd (Kendal)]], [[Wood & Marsh Camping (Bath)|Cook & Price Coffee (York)]] and [[Stone Cross Climbing Wall (Leeds)|Little Wood Campsite (Keswick)|Hunter & Baker Guiding (Fort William)]].[? Partner codes are printed on the back of your receipt.?]""")


def sw_club(g):
    return g.r("""The [[Grace Hill Harriers|Rose Valley Ramblers|Hunter's Moor Running Club]] are supported by Talgrat {store} and Cook & Price Coffee. [[Club night is every {weekday}.|New members welcome from May.]]""")


def sw_festival(g):
    return g.r("""{store} Mountain Festival {year} – with thanks to Baker Street Bakery, The Fox & Hounds, Bishop & Knight Printers and Little Wood Campsite. Tickets {amt2}.""", year=str(g.pick([2025, 2026])))


def fw_beacon(g):
    return g.r("""Avalanche transceiver firmware {version} is out. [[Fixes the battery warning at low temperatures.|Improves multiple-burial marking.]] Bring your device to the {store} shop for a free check[[ in May|]].""")


def fw_watch(g):
    return g.r("""Till software {version} → {v2}: [[receipt printer timeout fixed|gift card balance shown on screen]]. Scanner app {v3}. [[Will it run on the old handhelds? Yes.|Rollout starts {date}.]]""",
               v2="%d.%d.%d" % (g.randint(1, 9), g.randint(0, 30), g.randint(0, 20)), v3="%d.%d.%d" % (g.randint(1, 9), g.randint(0, 30), g.randint(0, 20)))


def fw_label(g):
    return g.r("""Label printer driver {version} (build {b}) – GTIN barcodes now print at 300 dpi. [[Restart the printer after the update.|Port 9100 unchanged.]]""", b=str(g.randint(1000, 9999)))


def fw_app(g):
    return g.r("""Talgrat app {version}: [[new Winter packing list|wish list sync|size advisor for the {short}]], [[faster checkout|bug fixes]]. Requires iOS 16 or Android 11.""")


def pk_hut(g):
    return g.r("""Hut-to-hut packing list ({n} days):
- {prod} ({colour})
- 2 pairs Trittweg socks
- sheet sleeping bag, earplugs, cash for the hut
[[May and June: bring microspikes.|Will you need a helmet? On the via ferrata, yes.]]""", n=str(g.randint(3, 8)))


def pk_winter(g):
    return g.r("""Winter day walk: {prod}, {prod2}, flask, head torch, map and compass. [[Hunter's rule: one layer more than you think.|The baker's rule: start cold, warm up on the climb.]]""")


def pk_kids(g):
    return g.r("""Family camping checklist: tent, mats, stove, [[Young explorers' activity book|spare socks for everyone|a torch per child]], rain jackets[[, {prod}|]]. [[Rose Hill campsite opens in May.|Will it rain? Pack as if it will.|Baker's Field campsite has hot showers.]]""")


def pk_trail(g):
    return g.r("""Trail race kit check: {prod}, waterproof with taped seams, whistle, foil blanket, 500 ml water. [[Kit check from {time} at the Fox & Hounds car park.|No kit, no start.]]""")


def rm_shipped(g):
    return g.r("""[[Hi|Hello|Good news,]] {{ customer.first_name }}[[,|!]]
[[your order|order]] {{ order.number }} [[is on its way|has shipped|left our warehouse today]] – tracking: {{ shipment.tracking_url }}.
[[Questions? Just reply to this e-mail.|Your Talgrat team|Happy trails!]]""")


def rm_delay(g):
    return g.r("""Macro "delay-supplier": Hi {{ first_name }}, the {prod} is delayed at our supplier until {date}. We'll ship the rest of order {{ order_id }} now.""")


def rm_refund(g):
    return g.r("""Macro "refund-[[done|issued|sent]]": Your refund of {{ refund.amount }} for {{ order.number }} has been issued[[ to {{ payment.method }}|]]. [[Card refunds take 3–5 working days.|Thanks for shopping with us.|PayPal refunds show within a day.]]""")


def rm_repair(g):
    return g.r("""Macro "repair-[[received|in]]": We've received your {{ product.title }} at the [[workshop|Allgäu workshop]] (ticket {{ ticket.id }}). [[Most repairs take ten working days.|We'll be in touch if we need a decision from you.|Repairs under {amt2} are free this season.]]""")


def kp_week(g):
    return g.r("""Weekly KPIs, week {wk}: revenue {amt}k (+[[4|7|12]] %), conversion 2.[[1|4|8]] %, [[1,482|2,017|936]] orders, return rate [[11|14|9]] %. Best seller: {prod}.""", wk=str(g.randint(2, 51)))


def kp_store(g):
    return g.r("""{store}: footfall [[3,210|4,875|2,140]], basket {amt2}, NPS [[54|61|47]]. [[Will the May dip repeat?|Winter range up 18 %.]]""")


def kp_returns(g):
    return g.r("""Returns dashboard {version}: top reason "too small" ({short}), [[312|287|155]] tickets from {ticket} onward. Parcel ref range {parcel}–….""")


def kp_web(g):
    return g.r("""Web shop, {date}: [[48,210|61,003|39,877]] sessions, checkout errors 0.[[3|5|2]] %, page speed [[1.8|2.1|1.6]] s. Release {version} went live at {time}.""")


def wl_birds(g):
    return g.r("""On the [[Whinlatter|Borrowdale|Ennerdale]] walk we saw a red kite, two wrens and a [[swift|finch]]. [[A fox crossed the path near the hunter's hut.|No sign of the pine martens this May.]]""")


def wl_wolf(g):
    return g.r("""Wolves in the Alps: a talk in the {store} shop on {date} at {time}. [[Free entry|Tickets {amt2}]]. [[Bring your questions about wolf and fox tracks.|Young wildlife fans welcome.]]""")


def wl_tracks(g):
    return g.r("""Tracking tip[[ from the {store} shop|]]: a fox walks in a straight line, a dog wanders. [[Hunter's moon|Harvest moon|Frosty]] nights are best for owl calls. [[Will you spot a badger? Maybe in May.|Winter snow makes tracks easiest to read.|Look for wolf-sized prints only in the zoo.]]""")


def wl_swans(g):
    return g.r("""Lake loop, {n} km: swans at the boathouse, herons by the reeds, [[a kingfisher if you're lucky|crows on every fence post]]. [[Rose Cottage tea room|The Baker's Arms]] is open until {time}.""", n=str(g.randint(4, 14)))


def sh_rates(g):
    return g.r("""Shipping rates: UK standard £[[4.95|3.95]] (free over £[[80|60]]), Ireland €7.95, Germany and Austria €9.95, Switzerland CHF 14.90. [[Will it arrive by Christmas? Order by 18 December.|Express: next working day.|Orders placed after {time} ship the next day.]]""")


def sh_zones(g):
    return g.r("""Zone 2 postcodes: {pc1}, {pc2} and {pc3}. [[Highlands and islands add two days.|Saturday delivery not available in May.]]""",
               pc1=g.pick(["IV2", "PH33", "KW15", "HS1"]), pc2=g.pick(["BT9", "TR21", "PA20"]), pc3=g.pick(["ZE1", "IM1", "JE2"]))


def sh_us(g):
    return g.r("""US shipping: flat $9.95, free over $150. [[Denver, CO 80203 and Portland, OR 97205 ship same day.|Alaska and Hawaii: 5–8 days.]] Parcel IDs look like {parcel}.""")


def sh_returns(g):
    return g.r("""Returns are free within 30 days. [[Print the label from your account.|Drop the parcel at any post office.]] Return ID format RT-2026-{n}.""", n=str(g.randint(10000, 99999)))


NOPII = {
    "size_chart": [sz_table, sz_shoe, sz_socks, sz_trousers],
    "shelf_talker": [st_jacket, st_sale, st_repair, st_socks],
    "delivery_schedule": [ds_inbound, ds_parcel, ds_returns, ds_week],
    "sponsor_wall": [sw_race, sw_wall, sw_club, sw_festival],
    "device_firmware_notes": [fw_beacon, fw_watch, fw_label, fw_app],
    "packing_list": [pk_hut, pk_winter, pk_kids, pk_trail],
    "reply_macro": [rm_shipped, rm_delay, rm_refund, rm_repair],
    "kpi_digest": [kp_week, kp_store, kp_returns, kp_web],
    "wildlife_notes": [wl_birds, wl_wolf, wl_tracks, wl_swans],
    "shipping_rates": [sh_rates, sh_zones, sh_us, sh_returns],
}
