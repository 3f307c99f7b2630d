"""English prose templates of dev28 (18 genres with personal data) and the English texts
without personal data (10 genres)."""

import pii28_dev_core as K
from pii28_dev_core import render as R, join as J

REG = {}
NOPII = {}


def T(genre, reg=REG):
    def deco(fn):
        reg.setdefault(genre, []).append(fn)
        return fn
    return deco


def N_(genre):
    return T(genre, NOPII)


# ================================================================ crm_note
@T("crm_note")
def crm_1(c):
    p = c.person(cue=False)
    return R(c, "[[Called|Spoke to|Rang|Call from]] {p.full} re {o}: [[wants to swap to size {size}|asked when the Kaltkar in {colour} is back|will collect on Saturday instead|parcel marked delivered but not received]].[[ Call back on {p.phone}.| Prefers e-mail ({p.email}).| Happy with a voucher.|]]",
             p=p, o=c.order_no())


@T("crm_note")
def crm_2(c):
    p = c.person()
    s = c.staff()
    entries = []
    ys = sorted(c.ymd() for _ in range(c.n(3, 5)))
    texts = ["first order online, {prod}", "e-mail to {p.email} bounced, asked in store for new address",
             "complaint about the zip on the Firstwand – repaired free", "{s.first} noted {p.mr} prefers calls after 5 pm ({p.mobile})",
             "newsletter opt-out", "refund of {pr} paid to {p.iban}", "moved – new address {p.addr}", "returned {prod}, store credit issued", "asked about club discount for a hiking group"]
    c.rng.shuffle(texts)
    for ymd, t in zip(ys, texts):
        entries.append(R(c, "{d}: " + t, d=c.date_str(fmt="num", ymd=ymd), p=p, s=s, prod=c.product(), pr=c.price()))
    return J("\n", [R(c, "{p.LF} – customer {cid}", p=p, cid=str(c.n(100000, 999999)))] + entries)


@T("crm_note")
def crm_3(c):
    p = c.person()
    new = c.addr(p.cc)
    return R(c, """Address change for {p.mrfull} (customer since {y}).
Old: {p.addr}
New: {new}[[
Phone also changed to {p.mobile}.|
Kept the old landline {p.land} as second number.|]]
[[Checked against the last order {o}.|Confirmed by the customer on the phone.|Customer asked us to keep the old address for the open return.]]""",
             p=p, y=str(c.n(2012, 2023)), new=new.get("one", None, c), o=c.order_no())


@T("crm_note")
def crm_4(c):
    p = c.person()
    return R(c, """Merged duplicate profiles: {dup} ({p.email2}) into {p.full} ({p.email}).
[[Kept mobile {p.mobile}; removed the old landline.|Loyalty points added up ({n} in total).|Two cards on file – kept the newer one.]]
{s.init}, {d}""", dup=p.get(c.pick("LF", "lf", "caps", "short"), None, c), p=p, n=str(c.n(120, 4800)), s=c.staff(), d=c.date_str(fmt="num"))


@T("crm_note")
def crm_5(c):
    p = c.person(cue=False)
    co = c.company()
    return R(c, """Lead: {p.full}, [[club secretary|purchasing|team leader]] at {co}.
Wants [[20 fleeces with embroidery|12 rain jackets for the mountain rescue team|socks for a charity walk]] before {d}.
[[Work e-mail {p.email}, mobile {p.mobile}.|Reach {p.g:him/her} on {p.phone}.|Contact via {p.email} only.]]
Next step: [[quote by Friday|send the trade price list|sample sizes to the office]].""", p=p, co=co, d=c.date_str(fmt="long"))


# ================================================================ support_email
@T("support_email")
def support_1(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.dear},

thank you for your message about order {o}. [[I'm sorry the parcel arrived damaged.|I'm sorry the Kaltkar did not fit.|The courier confirms the delay.]] [[We have refunded {pr} to your card ending {l4}.|We have refunded {pr} to your account {p.iban}.|A replacement in size {size} left our warehouse today.|Your store credit is now on your account.]]

[[If anything else comes up, just reply to this e-mail.|You can reach me directly on this address.|]]

{bye:f}
{s.first}
Talgrat Customer Service""", p=p, s=s, o=c.order_no(), pr=c.price(), l4="%04d" % c.n(0, 9999))


@T("support_email")
def support_2(c):
    p = c.person()
    return R(c, """Hi,

I ordered the {prod} [[last week|on {d}]] (order {o}) but I have moved since. Could you please send it to my new address:

{p.addr2}

[[My number is {p.phone} if the driver needs it.|]]
{bye:i},
{p.full}""", p=p, prod=c.product(), d=c.date_str(fmt="long"), o=c.order_no())


@T("support_email")
def support_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.hi},

[[good news – |]]the repair on your {prod} is done and it is ready to collect in {st}.

{s.first}

On {d}, {p.full} <{p.email}> wrote:
> Any news on my jacket? I dropped it off [[three weeks ago|before Easter]].
> {p.first}""", p=p, s=s, prod=c.product(short=True), st=c.store(), d=c.date_str(fmt="long"))


@T("support_email")
def support_4(c):
    p = c.person()
    return R(c, """Hello,
your payment page keeps timing out. [[Can you just|Please]] charge my card: {p.card}, exp {m}/{y}, name on card {p.caps}.
The order is {o}, [[delivery to {p.addr}|to collect in {st}]].
{p.first}""", p=p, m="%02d" % c.n(1, 12), y=str(c.n(26, 30)), o=c.order_no(), st=c.store())


@T("support_email")
def support_5(c):
    p = c.person()
    s = c.staff()
    s2 = c.staff()
    return R(c, """Case summary {t}
Customer: {p.full} ({p.email})
Phone: {p.phone}
Issue: [[seam leak on the Firstwand after two months|sole separating on the Steinlauf|buckle broke on the Fernkamm]]
Handled by: {s.full}, escalated to {s2.first} in quality
Outcome: [[replacement sent|full refund to original payment|repair approved]]
Open: [[none|customer wants a goodwill voucher|waiting for photos]]
Closed {d}""", t=c.ticket_no(), p=p, s=s, s2=s2, d=c.date_str(fmt="num"))


# ================================================================ signed_review
@T("signed_review")
def review_1(c):
    p = c.person()
    return R(c, "[[★★★★★|★★★★☆|★★★☆☆]] [[Great jacket, kept me dry on a wet week in the hills.|Socks are comfy but run small.|Pack sits really well, even with 14 kg.|Warm, light, packs down small.]] – {nm}[[, {t}|]]",
             p=p, nm=p.get(c.pick("short", "short", "init", "full"), None, c), t=p.get("town", None, c))


@T("signed_review")
def review_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """[[4|5|3]]/5 – {title}
{body}
{sig}

Reply from Talgrat: Thanks {p.first}! [[Glad it held up.|We've passed this on to the product team.|Sorry about the sizing – our store team can help with an exchange.]] – {s.first}, {st}""",
             title=c.pick("Does what it says", "Worth the money", "Good, not perfect"),
             body=c.pick("Used it on the West Highland Way, no complaints.", "The hood is great, the cuffs a bit tight.", "Bought it for my daughter, she loves the colour."),
             sig=["– ", p.get(c.pick("full", "short", "init"), None, c)], p=p, s=s, st=c.store())


@T("signed_review")
def review_3(c):
    p = c.person()
    return R(c, "[[love|loved]] these socks, [[bought a second pair|no blisters after 20 miles|still fine after a year]]. {p.lowfull}", p=p)


@T("signed_review")
def review_4(c):
    p = c.person()
    return R(c, """Reviewer: {p.full}
Verified purchase: [[yes|no]]
Rating: [[4|5|2]]/5
Title: [[Warm but bulky|Perfect for the Lakes|Zip broke]]
[[Sizing is true.|I'd size up.|Customer service sorted it quickly.]][[ Happy to be contacted: {p.email}|]]""", p=p)


@T("signed_review")
def review_5(c):
    p = c.person()
    return R(c, """"[[The staff in {st} took ages to find the right boot with me.|Best rain jacket I've owned.|Slightly pricey but it lasts.]]"
{nm}, {t}""", p=p, nm=p.get(c.pick("caps", "short", "full"), None, c), st=c.store(), t=p.get("town", None, c))


# ================================================================ team_chat
@T("team_chat")
def chat_1(c):
    a, b = c.staff(), c.staff()
    lines = [R(c, "[{t}] {a.low}: anyone seen the Kaltkar in L? customer waiting", t=c.ts("hm", 20, 120), a=a),
             R(c, "[{t}] {b.low}: back room, top shelf[[, next to the socks|]]", t=c.ts("hm", 20, 120), b=b)]
    if c.chance(0.6):
        lines.append(R(c, "[{t}] {a.low}: found it, ta", t=c.ts("hm", 20, 120), a=a))
    return J("\n", lines)


@T("team_chat")
def chat_2(c):
    a = c.staff()
    return R(c, "{h} can you take my Saturday shift? [[I'll do your Tuesday.|Family thing.|Dentist.]] – {a.first}", h=c.staff().get("handle", None, c), a=a)


@T("team_chat")
def chat_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """[[Visitor|Guest|Customer]]: [[hi my name is {p.full}, order {o} never arrived|hello, {p.full} here – where is order {o}?|hi, it's {p.full}, tracking for {o} hasn't moved in a week]]
{s.first} (Talgrat): [[Sorry to hear that|Thanks for waiting|Let me check]], {p.first}. [[Can you confirm the delivery address?|Which address did you use?]]
Visitor: {p.addr}
{s.first} (Talgrat): Thanks, I've opened a claim with the courier.[[
Visitor: ok, my mobile is {p.mobile}|
Visitor: can you just send a new one? charge my card {p.card}
{s.first} (Talgrat): Please don't post card numbers in the chat – I've masked it on our side.|]]""", p=p, s=s, o=c.order_no())


@T("team_chat")
def chat_4(c):
    people = [c.staff() for _ in range(4)]
    a, b, d, e = people
    lines = [R(c, "{a.low}: [[morning all|hiya|morning team]]", a=a),
             R(c, "{b.low}: [[morning!|hey!]] {d.first} is [[off sick|stuck on the train|at the dentist]], can someone cover [[tills 10-2|boot fitting till 1|the door at 10]]?", b=b, d=d),
             R(c, "{e.low}: i can from 11", e=e),
             R(c, "{a.low}: i'll do 10-11 then", a=a)]
    if c.chance(0.7):
        lines += [R(c, "{b.low}: thanks both. delivery at 12, {e.first} can you check it in?", b=b, e=e),
                  R(c, "{e.low}: yep", e=e)]
    if c.chance(0.6):
        lines += [R(c, "{d.low}: sorry guys, back tomorrow", d=d), R(c, "{a.low}: get well soon", a=a)]
    return J("\n", lines)


@T("team_chat")
def chat_5(c):
    a, b = c.staff(), c.staff()
    return R(c, "{a.first}: {b.first} is covering the boot-fitting bench [[until 2|this afternoon|till close]]", a=a, b=b)


# ================================================================ call_note
@T("call_note")
def call_1(c):
    p = c.person()
    return R(c, """Inbound call {t}, {p.mr} ({p.phone}).
[[Wants to know if the Steinlauf comes in wide fit.|Asked why the refund hasn't arrived.|Wants the refund paid to {p.iban} instead of the card.|Needs a receipt for the insurance.]]
[[Promised a call back tomorrow.|Sent the info by e-mail to {p.email}.|Sorted on the call.]]""", t=c.time_str(), p=p)


@T("call_note")
def call_2(c):
    p = c.person()
    return R(c, """Voicemail from {p.phone} at {t}:
"Hi, this is {p.full}, [[I've got a question about my order|I left my bank card at the till yesterday|I'm calling about the job offer]]. [[Could you call me back on {p.mobile}?|Please ring me after six.|Thanks, bye.]]\"""", p=p, t=c.time_str())


@T("call_note")
def call_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """Phone order taken by {s.first}:
{p.full}, {p.addr}
{prod}, size {size}
Card {p.card}, exp {m}/{y}
[[Gift wrap, message "Happy hiking!"|Standard delivery|Express, customer paid the difference]]""", p=p, s=s, prod=c.product(), m="%02d" % c.n(1, 12), y=str(c.n(26, 30)))


@T("call_note")
def call_4(c):
    lines = [c.pick("Call-backs for today:", "Call-back list", "To ring back before 5:")]
    for i in range(c.n(2, 5)):
        p = c.person()
        lines.append(R(c, "{i}. {nm} – {p.phone} – [[refund query|boot fitting slot|lost receipt|parking charge|store credit]]", i=str(i + 1),
                       nm=p.get(c.pick("full", "mr", "full"), None, c), p=p))
    return J("\n", lines)


# ================================================================ name_prose
@T("name_prose")
def prose_1(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return R(c, "{a.full} and {b.full} [[ran the pop-up stand|looked after the demo day|hosted the repair café]] in {st} [[last weekend|on Saturday|over the bank holiday]][[, and {d.first} joined them on Sunday|; {d.full} brought the demo tents|, with help from {d.full}]].[[ They sold out of Trittweg socks by noon.| Over 200 people came.|]]",
             a=a, b=b, d=d, st=c.store())


@T("name_prose")
def prose_2(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return R(c, """The new Kaltkar photos were shot above Buttermere by {a.full}[[, who also did the Firstwand campaign|]]. {b.full} did the styling[[ and lent {b.g:his/her} own boots|]].
[[We will credit both in the autumn lookbook.|The best shots go into the autumn newsletter.|]]""", a=a, b=b)


@T("name_prose")
def prose_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return R(c, "After nine years in {s1}, {a.full} is moving to our {s2} store in [[March|April|the autumn]]. {b.full} takes over the team[[ from the first of the month|]].",
             a=a, b=b, s1=c.store(), s2=c.store())


@T("name_prose")
def prose_4(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return R(c, """On the charity walk up [[Helvellyn|Snowdon|Ben Nevis|Scafell Pike]], {a.full} lent {b.first} a spare pair of socks after the [[first stream crossing|boggy bit|second hour]].
[[By the summit the whole group had raised over £2,000.|They finished in just under six hours.|]]
[[{b.full} says it was the best day of the year.|]]""", a=a, b=b)


@T("name_prose")
def prose_5(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return R(c, "[[Thanks to|A big thank you to|Shout-out to]] {a.full} for [[fixing the till printer|sorting the rota|the new sock wall]], to {b.full} for [[the window display|covering Sunday|training the new starters]] and to {d.full}, who [[found the lost Fernkamm order in the back room|stayed late for the stocktake|talked a customer through three boot fittings]].", a=a, b=b, d=d)


# ================================================================ postal_letter
@T("postal_letter")
def letter_1(c):
    p = c.person()
    return R(c, """{p.full}
{p.addr2}

Talgrat Outdoor – Customer Service

{d}

Dear Sir or Madam,

[[I am returning the enclosed jacket under the warranty.|I wish to cancel my order {o}.|Please find enclosed the faulty boots.]] [[Please confirm receipt in writing.|I would prefer a refund to a voucher.|]]

Yours faithfully,
{p.full}""", p=p, d=c.date_str(fmt="long"), o=c.order_no())


@T("postal_letter")
def letter_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.mrfull}
{p.addr2}

{d}

Dear {p.mr},

[[Thank you for your letter. We|Following your visit to our {st} store, we|After checking the jacket in our workshop, we]] [[are pleased to confirm the repair is covered.|enclose a voucher for {pr}.|have refunded the full amount to your card.]][[ We apologise for the delay.|]]

Yours sincerely,

{s.full}
{role}""", p=p, s=s, d=c.date_str(fmt="long"), st=c.store(), pr=c.price(10, 50), role=c.pick("Store Manager", "Customer Care Lead", "Head of Service"))


@T("postal_letter")
def letter_3(c):
    p = c.person(bank=True)
    return R(c, """Talgrat Outdoor
Customer Service

Cancellation of membership {m}

I hereby cancel my Summit Club membership with effect from {d}. Please refund the remaining fee to IBAN {p.iban} (account holder {p.full}).

{p.full}
{p.addr}""", p=p, m=str(c.n(100000, 999999)), d=c.date_str(fmt="long"))


@T("postal_letter")
def letter_4(c):
    p = c.person()
    q = c.person()
    return R(c, """{p.full}
c/o {q.full}
{q.addr2}

{d}

To whom it may concern,
I am staying with my [[sister|friend|partner]] while my flat is repaired. Please send the replacement boots here and not to my usual address.
{bye:f},
{p.first}""", p=p, q=q, d=c.date_str(fmt="long"))


@T("postal_letter")
def letter_5(c):
    p = c.person()
    return R(c, """From: {p.full}, {p.addr}
To: Talgrat Outdoor, Customer Service
Re: order {o}

[[The zip on my rain jacket failed after three walks.|The backpack's hip belt tore on the second day.|I was charged twice for one order.]] I have written twice without a reply. If I hear nothing within 14 days I will contact my card issuer.

{p.full}""", p=p, o=c.order_no())


# ================================================================ accident_book
@T("accident_book")
def acc_1(c):
    p = c.person()
    f = c.staff()
    m = c.staff()
    return R(c, """Accident book – {st} store
Date/time: {d}, {t}
Person injured: {p.full} ([[customer|visitor|staff]])
Address: {p.addr}
What happened: [[slipped on the wet floor by the entrance|cut a finger on a display hook|trapped a hand in the fitting-room door]]
First aid given by: {f.full}
Reported to: {m.mr}""", st=c.store(), d=c.date_str(fmt="num"), t=c.time_str(), p=p, f=f, m=m)


@T("accident_book")
def acc_2(c):
    p = c.person(cue=False)
    f = c.staff()
    return R(c, "{f.first} treated a customer, {p.full}, for a [[small cut on the hand|bruised knee|nosebleed]] at the boot-fitting bench at {t}.[[ Contact number {p.phone}.|]] [[No further action needed.|Customer went home fine.|Advised to see a GP if it swells.]]",
             f=f, p=p, t=c.time_str())


@T("accident_book")
def acc_3(c):
    p = c.person()
    m = c.staff()
    hs = c.staff()
    return R(c, """Hi {hs.first},

following the accident book entry of {d}: {p.mrfull} called today. {p.g:He/She} has a sprained wrist and wants to claim. {p.g:His/Her} address for the claim form is {p.addr}, phone {p.phone}.
[[CCTV is saved.|The wet floor sign was out, {m.first} checked.|The insurer asks for {p.g:his/her} bank details: {p.iban}.|]]

{bye:i}
{m.first}""", hs=hs, d=c.date_str(fmt="long"), p=p, m=m)


@T("accident_book")
def acc_4(c):
    w = c.person()
    p = c.person(cue=False, gender="f")
    return R(c, """Witness statement
I, {w.full}, was [[at till 2|in the queue|restocking the sock wall|trying on boots]] at about {t} when the [[lady in front of me|woman next to me|customer ahead of me]], who I now know as {p.full}, [[tripped over the step at the entrance|slipped on the wet mat|caught her foot on a display]]. [[She hit her head.|She hurt her ankle.]] A member of staff helped her straight away.
Signed {w.init}, {d}""", w=w, p=p, t=c.time_str(), d=c.date_str(fmt="num"))


@T("accident_book")
def acc_5(c):
    p = c.person()
    f = c.staff()
    return R(c, "{d} {t} – {p.full} – [[bumped head on the stair sign|pinched finger in the ski vice|fell on the climbing wall mat]] – [[ice pack|plaster|checked, no injury]] – {f.init}",
             d=c.date_str(fmt="num"), t=c.time_str(), p=p, f=f)


# ================================================================ age_check_log
@T("age_check_log")
def age_1(c):
    p = c.person()
    s = c.staff()
    return R(c, "{t} Till {n}: [[folding knife|multi-tool|2x gas canister|axe]] sold to {p.full}, ID checked ([[driving licence|passport|provisional licence]]), DOB {dob} – {s.init}",
             t=c.time_str(), n=str(c.n(1, 5)), p=p, dob=p.get("dob", "num", c), s=s)


@T("age_check_log")
def age_2(c):
    p = c.person(gender="m")
    m = c.staff()
    return R(c, """Refused sale of [[a lock knife|two gas canisters|a hatchet]] at {t}. The customer gave his name as {p.full} but had no ID[[ and said he was 19|]].
Called {m.first} ({m.mobile}), who backed the refusal. [[Entered in the refusals log.|He left without trouble.|]]""", t=c.time_str(), p=p, m=m)


@T("age_check_log")
def age_3(c):
    am = c.staff()
    s = c.staff()
    p = c.person()
    return R(c, """Hi {am.first},
Challenge 25 log for week {w}: {n} checks, {r} refusals ({p.init} and one person who gave no name).
[[The test purchase by trading standards on {d} was passed – {s.first} asked for ID.|No incidents.|]]
{bye:i}, {s.first}""", am=am, w=str(c.n(1, 52)), n=str(c.n(6, 30)), r=str(c.n(2, 4)), p=p, d=c.date_str(fmt="long"), s=s)


@T("age_check_log")
def age_4(c):
    p = c.person()
    return R(c, """Order {o}: age verification failed for {p.full}, {p.addr}.
[[Sent an e-mail to {p.email} asking for a photo ID.|Tried to call on {p.phone}, no answer.|Order on hold until ID is checked in store.]]
Items: [[fixed-blade knife|stove fuel 1 l|camping axe]]""", o=c.order_no(), p=p)


# ================================================================ parking_appeal
@T("parking_appeal")
def park_1(c):
    p = c.person()
    return R(c, """Dear Sir or Madam,

I received a parking charge notice ({pcn}) for your car park in {st} on {d}. I was shopping in your store for [[about two hours|most of the afternoon|longer than planned because of a boot fitting]] – the receipt is attached (order {o}). Please ask the operator to cancel the charge.[[ I paid it with my card {p.card} to avoid the increase, so please have it refunded.|]]

{bye:f},
{p.full}
{p.addr}
{p.phone}""", pcn=c.safe(lambda: "PCN %d" % c.n(10000000, 99999999)), st=c.store(), d=c.date_str(fmt="long"), o=c.order_no(), p=p)


@T("parking_appeal")
def park_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.dear},

thank you for sending the receipt. We have asked {co} to cancel the charge for vehicle {reg}[[; they confirmed it today|]]. [[You do not need to do anything else.|If you get a reminder, just forward it to me.]]

{bye:f}
{s.full}, {st}""", p=p, co=c.pick("Lakeland Parking Control Ltd", "ParkWatch UK Ltd", "Northgate Parking Services", "ClearPark Ltd"), reg=c.pick("LS21 XKP", "WX68 RTY", "YK19 BNM", "DN70 CVB"), s=s, st=c.store())


@T("parking_appeal")
def park_3(c):
    p = c.person()
    return R(c, "Customer {p.mr} says the ANPR camera logged {p.g:his/her} car twice on {d} and {p.g:he/she} got two charges. [[Receipt checked – genuine.|{p.g:He/She} was in the café as well.|]] Call back on {p.mobile} once the operator replies.",
             p=p, d=c.date_str(fmt="short"))


@T("parking_appeal")
def park_4(c):
    m = c.staff()
    p = c.person()
    return R(c, "{m.first}: approve cancellation for {p.full}, receipt {o} [[is fine|checked]], [[send the list to the operator tonight|add to Friday's batch]].",
             m=m, p=p, o=c.order_no())


@T("parking_appeal")
def park_5(c):
    p = c.person()
    return R(c, """[[Appeal via web form|Web form: parking appeal|New appeal (website)]]
Name: {p.full}
E-mail: {p.email}
Charge: {pcn}[[
Date: {d}|]]
Reason: [[I am a blue badge holder and the disabled bays were full.|The machine was broken.|I was loading a tent bought in store.|My car broke down in the car park.]]""", p=p, d=c.date_str(fmt="num"), pcn=c.safe(lambda: "PCN %d" % c.n(10000000, 99999999)))


# ================================================================ account_recovery
@T("account_recovery")
def rec_1(c):
    p = c.person()
    return R(c, """Hi,
I can't log in to my account – my old e-mail {p.email2} doesn't exist any more. Please change it to {p.email}.
Name {p.full}, date of birth {dob}, last order {o}.[[
The card saved on the account is {p.card}.|]]
{bye:i}""", p=p, dob=p.get("dob", None, c), o=c.order_no())


@T("account_recovery")
def rec_2(c):
    p = c.person()
    return R(c, """Verified {p.full} via last order and postcode. [[Failed sign-ins|Sign-in attempts]] came from {ip1} and {ip2}.
Reset link sent to {p.email}.[[ Customer asked us to remove the saved card.|]]""", p=p, ip1=c.ip("pub"), ip2=c.ip6("glob") if c.chance(0.6) else c.ip("pub"))


@T("account_recovery")
def rec_3(c):
    p = c.person()
    return R(c, "Recovery request for {p.email} came from {ip} ([[VPN exit node?|abroad|a new device]]). {p.mr} confirmed by phone ({p.phone}) that it wasn't {p.g:him/her}. Account locked, [[password reset forced|sessions revoked]].",
             p=p, ip=c.ip("pub"))


@T("account_recovery")
def rec_4(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.hi},

we've updated the login e-mail on your account to {p.email}. [[If this wasn't you, please call us right away.|Your loyalty points are unchanged.|]]

{bye:f}
{s.first}, Talgrat Online Service""", p=p, s=s)


@T("account_recovery")
def rec_5(c):
    p = c.person()
    return R(c, "[[2FA reset|Two-step reset|SMS login changed]]: {p.full} [[lost {p.g:his/her} phone|changed provider|has a new SIM]]. Old number {p.mobile2}, new number {p.mobile}. Verified [[with the card on file ending {l4}|via the last order|by a call-back]].",
             p=p, l4="%04d" % c.n(0, 9999))


# ================================================================ job_offer_letter
@T("job_offer_letter")
def offer_1(c):
    p = c.person(bank=True)
    hr = c.staff()
    d, d3, d2 = c.dates(3, 6, 25, "long")
    return R(c, """{p.mrfull}
{p.addr2}

{d}

Dear {p.first},

we are delighted to offer you the position of [[Sales Assistant|Boot Fitter|Assistant Store Manager|Stockroom Colleague]] at our {st} store, starting on {d2}.
[[Your salary will be paid to the account you gave us (IBAN {p.iban}).|Your salary will be paid to {p.iban}.|Please bring your bank details on your first day.]]
Please sign and return one copy by {d3}.

{bye:f}
{hr.full}
People Team""", p=p, d=d, st=c.store(), d2=d2, d3=d3, hr=hr)


@T("job_offer_letter")
def offer_2(c):
    p = c.person(cc="DE")
    hr = c.staff()
    return R(c, """Hi {p.first},

great news – the Munich team would love to have you! As you will work in Germany, payroll needs your tax ID (Steuer-ID). [[The number you sent, {p.taxid}, is on file.|Could you confirm it is {p.taxid}?]]
Your contract goes to {p.email} for e-signature today.

{bye:i}
{hr.first}""", p=p, hr=hr)


@T("job_offer_letter")
def offer_3(c):
    p = c.person(cc=c.pick("DE", "DE", "GB", "IE"))
    q = c.person()
    return R(c, """[[Here are my details for the contract:|Details for payroll, as asked:|Hi, please find my details below.]]
Name: {p.full}
Address: {p.addr}
IBAN: {p.iban}{tx}
[[Emergency contact|Next of kin]]: {q.full}, {q.phone}[[
Start date is fine for me.|
Shirt size M for the uniform.|]]
[[Thanks!|Best, {p.first}|Cheers]]""", p=p, q=q, tx=R(c, "\nTax ID (Steuer-ID): {p.taxid}", p=p) if p.cc == "DE" else "")


@T("job_offer_letter")
def offer_4(c):
    p = c.person()
    hr = c.staff()
    return R(c, """{p.dear},
thank you for letting us know that you have accepted another offer. We have withdrawn ours[[ and deleted your documents|]].
[[Good luck in the new role.|We hope to see you in store as a customer.]]
{hr.full}""", p=p, hr=hr)


@T("job_offer_letter")
def offer_5(c):
    p = c.person(cue=False)
    m = c.staff()
    return R(c, "[[Approved|Signed off|OK from finance]]: offer to {p.full} (ref {r}) at [[£11.80|£12.40|€14.10|$19.50]]/hour, [[start {d}|starting {d}]], reporting to {m.full}.[[ Relocation help agreed.| 30 hours a week.| Probation six months.|]]",
             p=p, r=c.safe(lambda: "REQ-%04d" % c.n(1, 9999)), d=c.date_str(fmt="num"), m=m)


# ================================================================ neighbour_complaint
@T("neighbour_complaint")
def nb_1(c):
    p = c.person(cc=c.home_cc())
    return R(c, """Hello,
I live at {p.addr}, right behind your [[warehouse|store's delivery yard]]. For the [[third|fourth]] time this month the lorries arrived before 5 am with the engines running. [[My children were woken up again.|I work nights and need to sleep.]]
Please make this stop.
{p.full}[[
{p.phone}|]]""", p=p)


@T("neighbour_complaint")
def nb_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.dear},

thank you for your message and I'm sorry for the noise. Our logistics lead, {s.full}, has spoken to the haulier and deliveries will not start before 7 am from next week.
[[If it happens again, please call {s.first} directly on {s.mobile}.|]]

{bye:f}
{m.full}""", p=p, s=s, m=c.staff())


@T("neighbour_complaint")
def nb_3(c):
    lines = [R(c, "Neighbour complaints – {st}", st=c.store())]
    ds = c.dates(c.n(2, 4), 3, 60, "num")
    for i in range(len(ds)):
        p = c.person(cc=c.home_cc())
        lines.append(R(c, "{d} – {p.mr}, {p.street} – [[bins left out|lorry noise|staff smoking by the fence|lights on all night]]", d=ds[i], p=p))
    return J("\n", lines)


@T("neighbour_complaint")
def nb_4(c):
    o = c.person(cc=c.home_cc())
    p = c.person(cue=False, cc=c.home_cc())
    return R(c, "The council's environmental health officer, {o.full}, forwarded a complaint from {p.full} of {p.addr} about the [[new air-conditioning unit|reversing alarms|skip collections|car park lights]].[[ It is the second complaint this year.|]] [[We have 14 days to reply.|Please reply to {o.email}.|{o.first} wants a call on {o.phone}.]]",
             o=o, p=p)


# ================================================================ ownership_transfer
@T("ownership_transfer")
def own_1(c):
    p = c.person()
    q = c.person()
    return R(c, """Hi,
I sold my {prod} (serial {ser}) to {q.full}. Please transfer the warranty to {q.g:him/her}: {q.email}.
[[I bought it in {st} in {y}.|The receipt is attached.]]
{p.full}""", prod=c.product(short=True), ser=c.safe(lambda: "TG%d" % c.n(1000000, 9999999)), q=q, st=c.store(), y=str(c.n(2019, 2024)), p=p)


@T("ownership_transfer")
def own_2(c):
    p = c.person()
    q = c.person()
    return R(c, """{q.dear},

the lifetime repair warranty for the {prod} (serial {ser}) is now registered to you. The previous owner, {p.init}, has been removed from the record.
[[Keep this e-mail as proof of ownership.|]]

Talgrat Repairs""", q=q, p=p, prod=c.product(), ser=c.safe(lambda: "TG%d" % c.n(1000000, 9999999)))


@T("ownership_transfer")
def own_3(c):
    p = c.person()
    q = c.person()
    return R(c, "[[Transfer|Warranty transfer|Owner change]] {p.full} → {q.full}[[, receipt from {d}|, original order from {d}]], new owner's address {q.addr}.[[ Old owner confirmed by e-mail.| Serial checked.| Reproofing voucher sent.|]]",
             p=p, q=q, d=c.date_str(fmt="num"))


@T("ownership_transfer")
def own_4(c):
    p = c.person()
    q = c.person()
    return R(c, """Ownership transfer request
Seller: {p.full}, {p.email}
Buyer: {q.full}, {q.phone}
Item: {prod}, bought {d}
Price paid by buyer: [[£120|€180|$150]]
Note: [[buyer wants the free reproofing|sleeve repair was done in {st}|buyer paid by transfer to {p.iban}|]]""", p=p, q=q, prod=c.product(), d=c.date_str(fmt="num"), st=c.store())


# ================================================================ store_credit_note
@T("store_credit_note")
def credit_1(c):
    p = c.person()
    s = c.staff()
    return R(c, """Store credit note {r}
Issued to: {p.full}
Amount: {pr}
Reason: [[return without receipt|faulty item, no stock for exchange|price adjustment]]
Valid until: {d}
Issued by: {s.init}""", r=c.safe(lambda: "SC-%06d" % c.n(1, 999999)), p=p, pr=c.price(10, 200), d=c.date_str(fmt="num"), s=s)


@T("store_credit_note")
def credit_2(c):
    p = c.person()
    return R(c, "{p.hi}, we have issued a store credit of {pr} for the returned {prod} (order {o}). It is linked to {p.email} and works online and in store.",
             p=p, pr=c.price(20, 300), prod=c.product(short=True), o=c.order_no())


@T("store_credit_note")
def credit_3(c):
    p = c.person(bank=True)
    return R(c, """Hello,
please pay the credit of {pr} to my bank account instead, I don't live near a store any more.
IBAN {p.iban}
Account holder: {p.full}
Thanks, {p.first}""", pr=c.price(20, 200), p=p)


@T("store_credit_note")
def credit_4(c):
    p = c.person()
    return R(c, "Credit {r} for {p.mr} re-issued, original slip lost. Verified by phone on {p.phone}[[ and with the last four digits of the card|]].",
             r=c.safe(lambda: "SC-%06d" % c.n(1, 999999)), p=p)


# ================================================================ press_enquiry
OUTLETS = ["Trail Running Monthly", "The Great Outdoors Weekly", "Lakeland Gazette", "Radio North", "Gear Journal", "Mountain Business Review"]


@T("press_enquiry")
def press_1(c):
    j = c.person()
    return R(c, """Hi,
I'm {j.full}, writing for {out} about [[the rise of repair services|PFC-free jackets|store closures in the outdoor trade]]. Could someone from your team [[call me on {j.mobile}|answer three questions by e-mail]] before {d}?
{j.email}""", j=j, out=c.pick(OUTLETS), d=c.date_str(fmt="wd"))


@T("press_enquiry")
def press_2(c):
    j = c.person()
    s = c.staff(gender="f")
    return R(c, """Dear {j.first},

thanks for your enquiry. Our spokesperson {s.full} is available on {d} between 10 and 12. [[You can reach her on {s.mobile}.|Please send your questions in advance to {pr}.]]

{bye:f}
Talgrat Press Office""", j=j, s=s, d=c.date_str(fmt="wd"), pr=c.role_mail("press"))


@T("press_enquiry")
def press_3(c):
    lines = ["Press log"]
    ds = c.dates(c.n(2, 4), 1, 40, "num")
    for i in range(len(ds)):
        j = c.person()
        s = c.staff()
        lines.append(R(c, "{d} – {j.full} ({out}) – re: [[closures|recall|price rise|repair café]] – answered by {s.first} – {j.email}", d=ds[i], j=j, out=c.pick(OUTLETS), s=s))
    return J("\n", lines)


@T("press_enquiry")
def press_4(c):
    j = c.person()
    p = c.person(cue=False, gender="f")
    return R(c, "{j.first} from {out} would like to [[feature|interview|photograph]] {p.full}, the customer who [[walked the Pennine Way|ran the Bob Graham Round|hiked the West Highland Way]] in our Steinlauf shoes. [[She agreed; her number is {p.phone}.|Please ask her first before we pass on {p.email}.]]",
             j=j, out=c.pick(OUTLETS), p=p)


# ================================================================ birthday_greeting
@T("birthday_greeting")
def bday_1(c):
    p = c.person()
    return R(c, """[[Happy birthday, {p.first}!|{p.first}, it's your day!|Many happy returns, {p.first}!]]
[[Here is [[15|20]] % off your next order with the code {code}, valid for 30 days[[ online and in store|]].|Your birthday gift: a free pair of Trittweg socks with your next order (code {code}).]]
This e-mail was sent to {p.email} because you are a Summit Club member.""", p=p, code=c.pick("BDAY-7Q2K", "HBD-X4PR", "CAKE-92LM"))


@T("birthday_greeting")
def bday_2(c):
    a, b = c.staff(), c.staff()
    return R(c, "[[Card for {a.first} is in the office|{a.first}'s birthday card is by the kettle|Secret card for {a.first} in the stockroom]] – please sign by [[Friday|Thursday|tomorrow]]![[ Collection so far [[£34|£52|€40]].| Cake at 3.|]] – {b.first}", a=a, b=b)


@T("birthday_greeting")
def bday_3(c):
    p = c.person()
    return R(c, """Thanks for the birthday voucher! But my birthday is in {m1}, not in {m2} – can you fix it in my account ({p.email})?
{p.full}""", m1=c.pick(K.MONTHS_EN[:6]), m2=c.pick(K.MONTHS_EN[6:]), p=p)


@T("birthday_greeting")
def bday_4(c):
    p = c.person()
    a, b, d = c.staff(), c.staff(), c.staff()
    return R(c, """Dear {p.first},
happy birthday from all of us in {st}! [[Come in for a free coffee and a sock upgrade.|Enjoy your day out on the hills.]]
{a.first}, {b.first} and {d.first}""", p=p, st=c.store(), a=a, b=b, d=d)


# ================================================================ internship_placement
@T("internship_placement")
def intern_1(c):
    p = c.person(cue=False)
    t = c.person(cc=c.home_cc())
    d1, d2 = c.dates(2, 4, 11, "long")
    return R(c, """Dear Sir or Madam,

our pupil {p.full} (Year 10) would like to do {p.g:his/her} work experience at your {st} store from {d1} to {d2}. {p.g:He/She} is very interested in retail and climbing.
Please contact me, {t.mrfull}, on {t.phone} or at {t.email}.

{bye:f}""", p=p, t=t, st=c.store(), d1=d1, d2=d2)


@T("internship_placement")
def intern_2(c):
    t = c.person()
    p = c.person(cue=False)
    s = c.staff()
    return R(c, """{t.dear},
we are happy to host {p.first} from {d}. {p.g:His/Her} supervisor will be {s.full}, who can be reached on {s.mobile} during the placement.
Hours are 9 to 3, [[no weekend shifts|with one Saturday]].""", t=t, p=p, d=c.date_str(fmt="long"), s=s)


@T("internship_placement")
def intern_3(c):
    p = c.person()
    q = c.person()
    return R(c, "Emergency contact for {p.first}: {q.full} ([[{q.g:father/mother}|{q.g:uncle/aunt}|{q.g:grandfather/grandmother}]]), {q.mobile}. [[Allergies: none.|Allergic to nuts.|Asthma inhaler in bag.]]",
             p=p, q=q)


@T("internship_placement")
def intern_4(c):
    p = c.person()
    s = c.staff()
    a = c.staff()
    return R(c, """Week 1 – {p.full}
Monday: shadowed {s.first} on the tills
Tuesday: stockroom with {a.first}[[, counted socks|]]
Wednesday: [[boot fitting course|window display]]
Thursday: [[customer service desk|delivery check-in]]
Friday: feedback talk with {s.first}[[ – went well|]]""", p=p, s=s, a=a)


# ================================================================ texts without personal data
@N_("shelf_talker")
def shelf_1(c):
    pr = c.prod()
    return R(c, """{name}
{col} · {price}
[[The hunter green of the hills, the grey of the scree.|Made for the long walk in, not the catwalk.|A baker's dozen of pockets? No – just the ones you need.]]""", name=pr[0], col=" / ".join(pr[4][:2]), price=c.price_of(pr))


@N_("shelf_talker")
def shelf_2(c):
    pr = c.prod()
    return R(c, "[[New in:|Back in stock:]] {prod} in {colour} – [[sizes XS to XXL|all sizes]], {price}. [[Ask us about fit, we will happily help.|Grace period for returns: 60 days.]]",
             prod=c.pname(pr), colour=c.pcolour(pr), price=c.price_of(pr))


@N_("shelf_talker")
def shelf_3(c):
    return R(c, """SOCK WALL
Trittweg Merino Hiking Socks – {price} a pair
[[Rock Grey, Fir Shade, Hut Orange|Three colours, one fit]]
[[Will it itch? No – 17.5 µm merino.|Wolf-proof? No. Blister-proof? Nearly.]]""", price=c.price_of(c.prod(10)))


@N_("shelf_talker")
def shelf_4(c):
    pr = c.prod()
    return R(c, "[[Rose, fox and young stags|Wolves, hunters and a little bird|A king, a rose and a fox]] on the label? No – just {c1}, {c2} and the Talgrat ridge. {prod}, {price}.", c1=pr[4][0], c2=pr[4][-1], prod=pr[0], price=c.price_of(pr))


@N_("weather_outlook")
def weather_1(c):
    return R(c, """[[Hill|Mountain|Fell]] forecast for {d}
Lake District: [[showers, clearing later|low cloud, 60 mph gusts on the tops|bright and cold]]
Freezing level around {m} m. [[Hunter's moon on Friday.|Frost in the valleys.]]""", d=c.date_str(fmt="wd"), m=str(c.n(6, 14) * 100))


@N_("weather_outlook")
def weather_2(c):
    return R(c, "May bank holiday outlook: [[warm and dry in Keswick (CA12)|wet in Fort William (PH33)|mixed around Kendal LA9]], [[light winds|fresh breeze]], sunrise 05:{m}.",
             m="%02d" % c.n(10, 50))


@N_("weather_outlook")
def weather_3(c):
    return R(c, """Winter is coming early this year
First snow expected on {d} above {m} m near Chamonix 74400 and Innsbruck 6020.
[[Pack the Kaltkar and keep the Firstwand close.|Time for the Wintersteig trousers.|Grace period on winter returns: 30 days.]]""", d=c.date_str(fmt="long"), m=str(c.n(9, 18) * 100))


@N_("weather_outlook")
def weather_4(c):
    return R(c, "Weekend: {t1}°C in Portland, OR 97205, {t2}°C in Denver, CO 80202. [[Good day for the Trittweg socks.|Rain jackets at the ready.]]",
             t1=str(c.n(8, 24)), t2=str(c.n(-2, 18)))


@N_("carrier_status")
def carrier_1(c):
    return R(c, """Parcel {p1}: out for delivery
Parcel {p2}: at depot {dep}
Parcel {p3}: delivered to Packstation""", p1=c.parcel(), p2=c.parcel(), dep=c.phoneish(), p3=c.parcel())


@N_("carrier_status")
def carrier_2(c):
    return R(c, "Batch {b} collected at {t}: {n} parcels, reference {r}, next scan expected {d}.", b=c.phoneish(), t=c.time_str(), n=str(c.n(20, 300)), r=c.phoneish(), d=c.date_str(fmt="num"))


@N_("carrier_status")
def carrier_3(c):
    return R(c, "Return label generated for order {o}: tracking {p}. Drop-off at any post office or PO box counter[[, c/o the store if preferred|]].", o=c.order_no(), p=c.parcel())


@N_("carrier_status")
def carrier_4(c):
    return R(c, """Delay notice
Hub: Leeds LS1. Queue number {q}. Trailer {t}.
Expected arrival {d}. No action needed.""", q=c.phoneish(), t=c.phoneish(), d=c.date_str(fmt="num"))


@N_("supplier_catalogue")
def supp_1(c):
    return R(c, """{co1} – buckles and webbing, GTIN {g1}
{co2} – merino yarn, GTIN {g2}
[[Minimum order 500 units.|Prices ex works.]]""", co1=c.pick("Baker & Hunter Logistics", "Fox & Miller Outdoor Ltd", "Little & King Printing"), co2=c.pick("Fisher & Cook Textiles", "Stone & Wood Trading", "Young & Rose Knitwear"), g1=c.gtin(), g2=c.gtin())


@N_("supplier_catalogue")
def supp_2(c):
    return R(c, "Supplier list [[updated|reviewed]] {d}: [[Baker Street Trims|Hunter Valley Webbing|Fox Lane Buckles]], [[Hill & Field Packaging|Stone & Bird Cartons]], [[White Peak Labels|Young & Sharp Print]]. New GTIN range starts at {g}.", d=c.date_str(fmt="num"), g=c.gtin())


@N_("supplier_catalogue")
def supp_3(c):
    return R(c, """Item {sku} · GTIN {g}
Supplier: {co}
Pack size: {n} · Lead time: {w} weeks""", sku=c.sku(), g=c.gtin(), co=c.pick("Knight Buckles Ltd", "Swift Zips plc", "Strong & Noble Rope Co."), n=str(c.n(10, 200)), w=str(c.n(2, 14)))


@N_("supplier_catalogue")
def supp_4(c):
    a, b = c.prod(), c.prod()
    return R(c, "Price list {y}: {sku} {price}, {sku2} {price2}. Supplied by [[Carpenter & Mason Timber (pallets)|Archer & Potter Crates (boxes)]] and [[Glover Leather Goods|Weaver & Turner Straps]].", y=str(c.n(2024, 2026)), sku=a[2], price=c.price_of(a), sku2=b[2], price2=c.price_of(b))


@N_("firmware_changelog")
def fw_1(c):
    return R(c, """POS app {v}
- Fixed receipt printer timeout on port {p}
- Build {b}, commit {h}""", v="%d.%d.%d" % (c.n(2, 9), c.n(0, 20), c.n(0, 9)), p=str(c.n(8000, 9999)), b=str(c.n(1000, 9999)), h="".join(c.rng.choice("0123456789abcdef") for _ in range(7)))


@N_("firmware_changelog")
def fw_2(c):
    return R(c, "[[Scanner|Handheld|Till scanner]] firmware {v} will roll out on {d}. [[No restart needed.|Devices restart overnight.|Store {st} goes first.]][[ Known issue: GTIN {g} reads slowly.|]]", st=c.store(), v="%d.%d.%d" % (c.n(1, 5), c.n(0, 30), c.n(0, 9)), d=c.date_str(fmt="num"), g=c.gtin())


@N_("firmware_changelog")
def fw_3(c):
    return R(c, """Release {v} ({d})
* [[Price labels now show the unit price|Stock counts sync every 5 min|Returns screen is faster]]
* [[Removed the May promo banner|Fixed the Winter sale rounding|New Hunter green swatch]][[
* Queue service listens on :{p}|]]""", v="%d.%d.%d" % (c.n(3, 12), c.n(0, 9), c.n(0, 20)), d=c.date_str(fmt="iso"), p=str(c.n(3000, 9000)))


@N_("firmware_changelog")
def fw_4(c):
    return R(c, "[[Label printer|Shelf-edge printer|Receipt printer]] driver {v} → {v2}: [[faster ZPL|new fonts|less paper waste]], fixed [[barcode width for EAN-13|the May price format|Grace-period text on returns labels]].", v="%d.%d.%d" % (c.n(1, 3), c.n(0, 9), c.n(0, 9)), v2="%d.%d.%d" % (c.n(4, 5), c.n(0, 9), c.n(0, 9)))


@N_("stocktake_sheet")
def stock_1(c):
    rows = [R(c, "{sku}  {g}  {n}", sku=c.sku(), g=c.gtin(), n=str(c.n(0, 60))) for _ in range(c.n(2, 5))]
    return J("\n", ["SKU  GTIN  COUNT"] + rows)


@N_("stocktake_sheet")
def stock_2(c):
    return R(c, "Stocktake {st}: {n} lines counted, variance {v} units. Pallet {p} moved to bay {b}.", st=c.store(), n=str(c.n(200, 900)), v=str(c.n(1, 40)), p=c.phoneish(), b=str(c.n(1, 30)))


@N_("stocktake_sheet")
def stock_3(c):
    return R(c, """Low stock
{prod} {size} in {colour}: {n}
{prod2} {size2}: {n2}""", prod=c.product(), size=c.size(), colour=c.colour(), n=str(c.n(0, 3)), prod2=c.product(), size2=c.size(), n2=str(c.n(0, 3)))


@N_("stocktake_sheet")
def stock_4(c):
    return R(c, "Shrinkage report week {w}: {n} items, mostly Trittweg socks. Transfer {t} to {st} pending.", w=str(c.n(1, 52)), n=str(c.n(1, 20)), t=c.phoneish(), st=c.store())


@N_("camp_recipe")
def recipe_1(c):
    return R(c, """Hunter's stew (serves {n})
Brown the onions, add [[the beans|the lentils|smoked sausage]], simmer {m} minutes.
[[A good cook packs the spices in a tiny tin.|Little pots, big flavour.|Serve in the lid of the pan.]]""", n=str(c.n(2, 6)), m=str(c.n(15, 40)))


@N_("camp_recipe")
def recipe_2(c):
    return R(c, "Baker's tip: bannock bread on a stick, {n} minutes over embers. [[Will it burn? Probably the first one.|Grace before eating is optional.]]", n=str(c.n(6, 15)))


@N_("camp_recipe")
def recipe_3(c):
    return R(c, """[[May|Hunter's|Early baker's]] porridge[[ for {k}|]]
Oats, [[dried rose hips|dried apple|a spoon of cocoa]], a handful of [[hazelnuts|walnuts|raisins]].
Cook {n} minutes, stir[[, add hot water if needed|]], eat at the top.""", n=str(c.n(3, 8)), k=str(c.n(2, 4)))


@N_("camp_recipe")
def recipe_4(c):
    return R(c, "[[Fox Tor|Wolf Rock|Camp cook's]] flapjack: {a} g oats, {b} g butter, [[3 tbsp golden syrup|2 tbsp honey|a handful of dates]]. Bake {m} min at [[180|170]] °C. [[Keeps for a week in the lid of a Hochsattel 30.|Cut into 12 bars.|Grace your summit with it.]]",
             a=str(c.n(150, 260)), b=str(c.n(80, 140)), m=str(c.n(18, 30)))


@N_("opening_hours")
def hours_1(c):
    return R(c, """{st} store
Mon–Sat 09:30–18:00, Sun 11:00–16:00
Closed on {d}.""", st=c.store(), d=c.date_str(fmt="long"))


@N_("opening_hours")
def hours_2(c):
    return R(c, "Bank holiday hours ({d}): Keswick CA12 {a}–4, Leeds LS1 {b}–5, Galway H91 closed. [[Normal hours from Tuesday.|Click & collect as usual.|Online orders ship on {d2}.]]",
             d=c.date_str(fmt="long"), a=str(c.n(9, 11)), b=str(c.n(9, 11)), d2=c.date_str(fmt="short"))


@N_("opening_hours")
def hours_3(c):
    return R(c, "Our Portland, OR 97214 and Boulder, CO 80302 stores open late on Thursdays until 8 pm[[ from {d}|]].", d=c.date_str(fmt="long"))


@N_("opening_hours")
def hours_4(c):
    return R(c, """Christmas opening {y}, {st}
24 Dec: 9–{a}
25–26 Dec: closed
27 Dec–{e} Jan: 10–{b}""", y=str(c.n(2024, 2026)), st=c.store(), a=str(c.n(1, 3)), e=str(c.n(2, 6)), b=str(c.n(4, 6)))


@N_("boot_sizing")
def size_1(c):
    k = c.n(3, 8)
    rows = ["%d  %s  %.1f" % (uk, {3: "36", 4: "37", 5: "38", 6: "39.5", 7: "40.5", 8: "42", 9: "43", 10: "44.5", 11: "45.5", 12: "47"}[uk], 19.5 + uk * 0.85) for uk in range(k, k + c.n(3, 5))]
    return J("\n", [c.pick("Steinlauf sizes", "Trail shoe size chart", "Boot sizes"), "UK  EU  cm"] + rows)


@N_("boot_sizing")
def size_2(c):
    return R(c, "[[Steinlauf|Our trail shoe]] [[fits true to size|runs slightly small]]; if you are between sizes, go half a size up. Foot length {n} cm = EU {e}[[ (UK {u})|]].", n=str(c.n(24, 29)), e=str(c.n(38, 46)), u=str(c.n(5, 12)))


@N_("boot_sizing")
def size_3(c):
    sz = c.pick("S", "M", "L", "XL")
    base = {"S": 79, "M": 81, "L": 83, "XL": 84}[sz]
    return R(c, """[[Almweg|Wintersteig]] trousers, inside leg (size {sz})
Regular: {a} cm
Short: {b} cm[[
As shorts: 23 cm|]]""", sz=sz, a=str(base), b=str(base - 5))


@N_("boot_sizing")
def size_4(c):
    return R(c, "[[Trittweg socks|Merino socks|Hiking socks]]: S = UK 3–5, M = UK 6–8, L = UK 9–11, XL = UK 12–13. [[Little feet? Try S.|Between sizes? Go up.|Wash at 30 °C.]] {price} a pair.", price=c.price_of(c.prod(10)))


@N_("warranty_terms")
def war_1(c):
    return R(c, """Warranty[[ – {prod}|]]
[[Two|Three]] years from purchase. Keep the receipt or order number (format TG-{y}-000000).
[[Will we repair instead of replace? Where we can.|Wear and tear is not covered.|May we ask for photos first? Yes.]]""", prod=c.product(), y=str(c.n(2024, 2026)))


@N_("warranty_terms")
def war_2(c):
    return R(c, "Returns within 60 days. A grace period of 14 days applies after {d}. Refunds go back to the original payment method.", d=c.date_str(fmt="long"))


@N_("warranty_terms")
def war_3(c):
    return R(c, "Repairs: send the item to our workshop with the repair form. Queue number format {q}. We reply within {n} working days.", q=c.phoneish(), n=str(c.n(3, 10)))


@N_("warranty_terms")
def war_4(c):
    return R(c, """[[DWR care|Looking after your rain jacket|Reproofing]]
Wash at [[30|40]] °C[[ with a tech wash|]], tumble dry low to refresh the finish.
[[Reproofing in store: {price}.|Will the beading come back? Usually, yes.|Ask us about the {prod}.]]""", price=c.price(10, 20), prod=c.product())
