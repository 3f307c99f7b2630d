"""English prose templates (18 genres with personal data) and English texts without personal data
(10 genres) for the dev half of the thirtieth PII bank. A template is a string or a pair
(country, string) when it is fixed to one country. People p, q, r, u, v appear with a cue; n, m, w
without one (only in `name_prose`)."""

REV = ("[[Fits true to size|Warm without being bulky|Kept me dry on a very wet day on Helvellyn|"
       "The hood works with a helmet|Comfy straight out of the box|Packs down small|Hip belt is "
       "brilliant|Zips feel solid|Sleeves a bit long for me|Lovely colour, exactly as on the photo]]")

PROSE = {
    "crm_note": [
        "{d}: [[called|rang|spoke to]] {p.full} re {o}[[ – wants the {g.short_product} in {g.size}| – return label resent to {p.email}| – asked us to use {p.mobile} from now on| – parcel left with neighbour, all fine]]. [[Follow-up by {q.first}.|No action needed.|Note for {q.first}: call back on {g.weekday}.]]",
        "Customer: {p.lf}\nAccount opened {g.date}\n[?Preferred contact: [[e-mail|phone]]?]\n- {g.date}: moved from {g.street_any} to {p.addr}\n- {g.date}: refund {g.amount} to {p.iban}\n- {g.date}: new mobile {p.mobile}\n[?- {g.date}: [[asked about the loyalty points|complained about late delivery]] ({q.first})?]",
        "Merged duplicate profiles for {p.full}: kept {p.email}, removed {p.email2}. [[Old entry was under {p.LF}.|The older profile listed the name as {p.LF}.]][? Points carried over.?]",
        "{p.hon} {p.last} prefers [[e-mail ({p.email})|a call on {p.phone}]], not [[texts|letters]]. [[Partner {q.first} usually collects orders at {s}.|Size {g.size} in tops, UK 8 in shoes.]]",
        "Lead from the {s} climbing festival: {p.full}, [[runs a walking club|organises a school trip|buys for a scout group]], [[mobile {p.mobile}|{p.email}]]. [[{q.first} to send the group discount sheet.|Owner: {q.full}.]]",
        "{d} – {p.full} came into {s} with the receipt for {o} and asked us to send the refund to {p.iban} instead of the card. {q.first} agreed; {p.first} will confirm by e-mail from {p.email}.",
    ],
    "support_email": [
        "Hi {p.first},\n\nthanks for getting in touch about order {o}. [[We've refunded {g.amount} to the card ending {p.last4}.|The replacement {g.short_product} left our warehouse today.|We've changed the delivery address to:\n{p.addr2}]]\n\n[[Best wishes|Kind regards|Cheers]],\n{q.first}\nTalgrat Customer Service",
        "Hello,\n\nI have moved, so please send the exchange for {o} to my new address:\n{p.addr2}\n[?My mobile is {p.mobile} if the courier needs it.?]\n\nThanks,\n{p.full}",
        "Dear {p.hon} {p.last},\n\nwe've booked the collection for {d}. The courier will bring a bag, so no need to repack the {g.short_product}.\n\n{q.first} | Talgrat Service\n\nOn {g.date}, {p.full} <{p.email}> wrote:\n> The zip on my {g.short_product} broke after two weeks.\n> Can you collect it from {p.addr}?",
        "Hi, I tried to pay for {o} three times and it keeps failing. Card is {p.card}, [[exp|expiry]] {g.exp}, name on the card {p.up}. Can you take the payment manually? {p.first}",
        "Case summary {t}\nCustomer: {p.full} ({p.email})\nIssue: [[account locked after password reset|two orders charged twice]]\nLast sign-in: {g.date} from {g.anyip}\nRefund: {g.amount} to {p.iban}\nHandled by: {q.full}\n[?Next step: [[confirm refund by e-mail|close on {g.date}]]?]",
        "Hello {p.hon} {p.last},\n\nsorry for the wait. The courier says the parcel was left at {g.street_any}, which is not your address. We've sent a new one to {p.addr} today, and the tracking link will go to {p.email}.\n\nAll the best,\n{q.full}",
    ],
    "signed_review": [
        "★★★★☆ " + REV + ". [[Would buy again.|Recommended.|Happy overall.]] — {p.fi}",
        "[[5/5|4/5|3/5]] " + REV + ". [[Bought it for the Cairngorms.|Used it all summer.|Took it to Iceland.]]\n[[{p.il}|{p.fi}]], {p.town}",
        REV + "!\n– {p.full}\n\nReply from Talgrat: Thanks, {p.first}! [[Glad the {g.short_product} worked out.|We've passed your note on to the product team.|Enjoy the hills!]] – {q.first}",
        REV + " [[tbh|honestly]] [[love it|decent]] {p.low}",
        "\"" + REV + ".\" – {p.up}[?, {p.town}?]",
    ],
    "team_chat": [
        "[{g.tick}] {p.lowfirst}: can someone cover till 2 at [[3|half 3]]?\n[{g.tick}] {q.lowfirst}: i can if {r.first} takes the stockroom\n[{g.tick}] {r.lowfirst}: fine by me\n[?[{g.tick}] {p.lowfirst}: legend, thanks?]",
        "Visitor ({p.full}): hi, my parcel hasn't arrived, {o}\nAgent ({q.first}): Sorry about that! Can you confirm the postcode?\nVisitor: {p.postcode}\nAgent: Thanks. And the street?\nVisitor: {p.street}\nAgent: The courier has it as delivered to a safe place. [[I'll open a claim.|I'll send a new one today.]]\n[?Visitor: ok, my number is {p.mobile} if they need it?]",
        "{p.handle} can you swap [[Sat|Sunday|the late]] with me? [[dentist|my sister's wedding|exam]] – {q.first}",
        "#store-{s}\n{p.first}: morning all, delivery is in, [[6|9|11]] cages\n{q.first}: I'll start on footwear\n{r.first}: {p.first} the customer who called yesterday ({u.full}) is coming in at [[11|2]] for the {g.short_product}\n{p.first}: 👍",
        "{p.lowfirst}: has anyone seen the keys for the cage\n{q.lowfirst}: {r.first} had them last",
    ],
    "call_note": [
        "Inbound call {g.time}: {p.hon} {p.last} ({p.phone}) about {o}. [[Wants a call back.|Resolved.|Sent returns label to {p.email}.]]",
        "Voicemail {d}, {g.time}:\n\"Hi, this is {p.full}, calling about my order {o}. [[The jacket is too small.|Nothing has arrived yet.|I was charged twice.]] My number is {p.mobile}, that's {p.mobile}. Thanks, bye.\"",
        "Phone order taken by {q.first}: {g.product}, {g.size}, for {p.full}. Deliver to {p.addr}. Paid by card {p.card}[[, exp {g.exp}|]]. [[Customer asked for gift wrap.|No receipt in the parcel please.]]",
        "Call-backs {d}:\n1. {p.full} – {p.phone} – [[refund status|size exchange|missing item]]\n2. {q.lf} – {q.phone} – [[boot fitting appointment|warranty claim]]\n3. {r.hon} {r.last} – {r.phone} – [[delivery date|invoice copy]]",
        "Call from {p.full}, {g.time}. Says the courier left the parcel at {g.street_any}, which is not {p:his/her} address. Current address: {p.addr}. [[Claim opened ({t}).|Passed to {q.first}.]]",
        "{g.time} – {p.full} rang because the courier keeps leaving [[her|the]] parcels with a neighbour. [[Asked|Wants]] us to add \"leave in the porch\" and a mobile, {p.mobile}. Done by {q.first}.",
    ],
    "name_prose": [
        "Congratulations to {n.full} and {m.full}, who walked the whole [[West Highland Way|Coast to Coast|Kerry Way]] in our {g.short_product} test samples and sent back pages of notes.",
        "{n.full} joined the {s} team this week. {m.full} will show {n:him/her} round the stockroom and the repair corner.",
        "The photos in the autumn catalogue were taken by {n.full} on the ridge above [[Keswick|Glencoe|Ambleside]]; {m.full} carried the tripod and the flask.",
        "The charity walk raised {g.amount} for mountain rescue. {n.full} finished first, {m.full} and {w.full} came in just before the rain.",
        "After [[23|17|30]] years at the shop, {n.full} retires on Friday. Everyone who ever got a boot fitted by {n:him/her} knows what we are losing. {m.full} takes over the fitting bench.",
    ],
    "postal_letter": [
        "{p.full}\n{p.addr2}\n\nTo: Talgrat Outdoor, Customer Service – {d}\n\nWithdrawal from contract – order {o}\n\nDear Sir or Madam,\nI hereby withdraw from my contract for the {g.product}. Please refund {g.amount} to {p.iban}.\n\nYours faithfully,\n{p.full}",
        "{p.hon} {p.full}\nc/o {q.full}\n{p.addr2}\n\n{d}\n\nDear {p.hon} {p.last},\n\nthank you for your letter. [[Your repair is finished and will be posted this week.|We have enclosed a voucher for {g.small_amount}.]]\n\nYours sincerely,\n{r.full}\nCustomer Care",
        "From: {p.full}, {p.addr}\nTo: Talgrat Outdoor, Customer Relations\n\nI am writing to complain about [[the delay with order {o}|the way I was treated in your {s} store on {d}]]. [[I expect a full refund.|I would like an apology.]]\n\n{p.full}",
        ("IE", "{p.full}\n{p.addr2}\n\n{d}\n\nTo whom it may concern,\n\nI bought a {g.product} in your Galway shop and the seam has come open. I enclose the receipt. Please call me on {p.phone}.\n\nIs mise le meas,\n{p.full}"),
    ],
    "email_signature": [
        "[[Thanks|Best|Cheers]],\n{q.full}\n[[Store Manager|Assistant Manager|Visual Merchandiser|Footwear Lead]] – Talgrat {s}\nM: {q.mobile}\nE: {q.staffmail}",
        "Best regards\n\n{p.full}\n[[Account Manager|Head of Operations|Transport Planner]]\n{p.co}\nT: {p.landline} | M: {p.mobile}\n{p.workmail}",
        "{p.up}\n[[HEAD OF LOGISTICS|SENIOR BUYER|OPERATIONS]]\n{p.co}\n{p.mobile}\n{p.workmail}",
        "Ok, thanks – [[I'll pick it up on Saturday|see you Thursday|that works]].\n\n{p.first}\n\nSent from my iPhone",
        "{p.full} ({p:he/she}/{p:him/her})\n[[Visual Merchandising|Customer Experience|E-commerce]], Talgrat Outdoor\n{p.staffmail} · {p.mobile}",
    ],
    "civil_recovery": [
        ("GB", "{p.full}\n{p.addr2}\n\nOur ref: {t}\n\nDear {p.hon} {p.last},\n\nOn {d} you were stopped at our {s} store in connection with goods worth {g.amount}. We are claiming the costs this caused us ({g.small_amount}) under civil law.\n\nPlease pay within {g.days} days to {g.shop_iban}, quoting {t}.\n\n{q.full}\nfor {q.co_recovery}"),
        "Hi {q.first},\n\nplease open a civil recovery case for the incident at our {s} store on {d}.\nName: {p.full}\nDOB: {p.dob}\nAddress: {p.addr}\nItems: {g.short_product} ({g.price})\nCCTV retained. Security officer on duty: {r.full}.\n\nThanks,\n{u.first}",
        "To {g.co_recovery},\n\nI received your letter ({t}) today. I was not in [[your|the]] {s} store on {d} and I will not pay. Please send all further letters to {p.email}.\n\n{p.full}",
        "Payment received from {p.lf} for case {t}: {g.small_amount} [[by card ending {p.last4}|by bank transfer]]. Case closed by {q.first} on {d}.",
        "Dear {q.first},\n\nthe teenager stopped at our {s} store on {d} has now paid the {g.small_amount}. His {p:father/mother}, {p.hon} {p.last}, rang from {p.phone} and asked us to close the file. Could you confirm to {p.email}?\n\nThanks,\n{r.full}",
    ],
    "witness_statement": [
        "Witness statement\nName: {p.full}\nAddress: {p.addr}\nPhone: {p.mobile}\n\nOn {d} at about {g.time} I was in the {s} store near the [[boot wall|tills|entrance]]. I saw a man put a [[jacket|pair of socks|fleece|beanie]] into his bag and walk out. The sales assistant, {q.first}, followed him to the door.\n\nSigned: {p.full}",
        "Statement by {q.full} (sales assistant), {d}:\nAt {g.time} {p.hon} {p.last} slipped on the wet floor by the entrance. I helped {p:him/her} to a chair and called my manager, {r.full}. {p.hon} {p.last} gave {p:his/her} number as {p.phone}.",
        "Witness for the {d} incident: {p.full}, {p.mobile}, happy to give a statement. [[Best reached by e-mail, {p.email}.|Prefers a call after 5pm.]]",
        "I, {p.full}, of {p.addr}, confirm that on {d} I saw the [[display stand|ladder]] fall in the {s} shop. Nobody was hurt. I am willing to speak to the insurer ({g.co_insurer}) if needed.\n{p.full}",
        "{p.full} was in the queue and saw everything. {p:He/She} left {p:his/her} number, {p.mobile}, with {q.first} and thinks the man ran towards the [[car park|bus station|river]].",
    ],
    "jury_service": [
        "Hi {q.first},\n\nI've been summoned for jury service at [[Leeds Crown Court|Manchester Crown Court|Bristol Crown Court]] from {d}, probably for two weeks. The summons is attached.\n\nThanks,\n{p.full}\n{p.mobile}",
        "Dear {p.first},\n\nthanks for letting us know about your jury service. Your shifts are covered. Please fill in the employer's loss of earnings form and send it to {g.hr_mail}; we'll sign it straight away.\n\n{q.full}\nPeople Team",
        ("US", "Jury duty – {p.full}, employee #{g.staffno}\nReporting date: {d}\nCourt: [[Boulder County Justice Center|Multnomah County Courthouse|King County Courthouse]]\nManager informed: {q.full}\nPay continues per policy. Contact while away: {p.mobile}"),
        "Rota note: {p.first} off from {d} (jury service). {q.first} covers the early shifts, {r.first} the Saturday.",
        ("IE", "Hi {q.first}, I got a jury summons for the Circuit Court in [[Dublin|Galway|Cork]] for {d}. Can we talk about the rota? My number is {p.mobile}. Thanks, {p.full}"),
        "Heads-up for the {s} rota: {p.full} starts jury service on {d} and may be needed for up to a month. {q.first} has offered to swap shifts. {r.first}, could you cover the Saturdays?",
    ],
    "misdelivery_report": [
        "Parcel for {p.full} ({o}) was delivered to {q.full} at {q.addr}. {q.first} called us on {q.phone}; the courier will collect it on {g.weekday}.",
        "Hi,\n\nI got a parcel today that isn't mine. The label says {p.full}, {p.addr}. [[It was left on my doorstep.|My neighbour took it in.]] How do I send it on?\n\n{q.full}\n[?{q.mobile}?]",
        "Incident {t}: the packing slip for {p.lf} (with {p.email} and {p.phone}) was put in the parcel sent to {q.lf}. Both customers informed on {d}. DPO: {r.full}.",
        "Dear {p.hon} {p.last},\n\nwe are sorry: your order {o} went to the wrong address. We've sent a new {g.short_product} to\n{p.addr2}\nand you'll have it by {g.weekday}.\n\nKind regards,\n{q.first}, Talgrat Service",
    ],
    "serial_returner": [
        "Account review {d}: {p.full} ({p.email}) – [[14|19|22]] orders, [[12|17|20]] returned, mostly footwear. Decision: [[warning letter|free returns paused|no action]]. Reviewed by {q.first}.",
        "Dear {p.hon} {p.last},\n\nwe've noticed that most of your recent orders have come back to us. From {d} returns on your account will cost {g.small_amount} each. If you think we've got this wrong, reply to {g.support_mail}.\n\nTalgrat Customer Service",
        "This is ridiculous. I return things because your sizes are all over the place. Close my account, delete my details and stop e-mailing {p.email}.\n{p.full}",
        "Flagged accounts ({d}):\n1. {p.lf} – [[9 of 11|12 of 13]] returned – {p.email}\n2. {q.lf} – [[7 of 8|15 of 19]] returned – {q.email}\n[?3. {r.lf} – 6 of 6 returned – {r.email}?]\nOwner: {u.first}",
        "Hi {q.first}, before we pause free returns for {p.full}: {p:he/she} rang today and said most of the returns were gifts for {p:his/her} running club. I'd give {p:him/her} another chance. – {r.first}",
    ],
    "police_info_request": [
        "Dear Sir or Madam,\n\nwe are investigating a fraud (our ref. {t}). Please provide all details held for order {o}, placed in the name of {p.full} with the e-mail address {p.email} from IP {g.ip}.\n\n[[DC|PC]] {j.full}\n[[Economic Crime Unit|CID]]\n{j.landline}",
        "Reply to police request {t}: order {o} was placed on {d} from {g.anyip}. Delivery address: {p.addr}. Phone: {p.phone}. Paid by [[card ending {p.last4}|card {p.card}]]. Released with the approval of {r.full}.",
        "Police request {t} from [[DC|PC]] {j.last} received {d}. Legal ({r.first}) approved releasing data for {p.full} only; nothing for the second name.",
        ("IE", "A chara,\n\nGarda {j.full} of [[Store Street|Mill Street|Henry Street]] Garda Station requests the CCTV and the card details used in your shop on {d} by a customer giving the name {p.full} ({p.mobile}).\n\nGarda {j.full}"),
        "{r.first}, the officer who came in today ({j.hon} {j.last}) wants the CCTV from {d} and the name on the card used at till 3. I said we need a written request first. {j:He/She} left a number: {j.landline}.",
    ],
    "insolvency_notice": [
        "Bankruptcy of {p.full}, {p.addr}\n\nDear Sirs,\n\nI was appointed trustee for the above on {d}. Please send any claim to me by {g.later}.\n\n{q.full}\nTrustee\n{q.co_insolv}\n{q.workmail}",
        "Customer {p.lf} is bankrupt (letter from {q.full}, {q.co_insolv}). Stop the direct debit on {p.iban}. Open balance: {g.amount}. Done by {r.first}.",
        "Our supplier {p.full} (trading as [[Fellcraft Leather|Tarn Toggles|Wildline Cord]]) has entered administration. Contact for the administrator: {q.full}, {q.landline}. Last invoice {g.amount} is unpaid.",
        "Dear {q.hon} {q.last},\n\nplease find our claim of {g.amount} against {p.full} enclosed. Payments can be made to {g.shop_iban}.\n\nKind regards,\n{r.full}\nCredit Control, Talgrat Outdoor",
        "Heads-up: {p.full}, who still owes us {g.amount} on the trade account, has been declared bankrupt. Letters now go to the trustee, {q.full} at {q.co_insolv}. – {r.first}",
    ],
    "internship_placement": [
        "Dear Talgrat {s} team,\n\nour pupil {p.full} ({p.age}) would like a work experience placement in the week of {d}. [[She|He|The pupil]] is keen on hillwalking and retail.\n\nContact teacher: {q.full} ({q.co_school}), {q.workmail}, {q.landline}\n\nKind regards,\n{q.full}",
        "I, {q.full}, agree that my {p:son/daughter} {p.first} may do work experience at Talgrat {s} from {d}. Emergency contact: {q.mobile}. [[No allergies.|Allergy: nuts.]]",
        "Hi {q.first},\n\nyes, we can take {p.first} for the week of {d}. [[Start is 9am at the staff door.|Please ask {p:him/her} to bring sturdy shoes.]] {r.first} will look after {p:him/her}.\n\n{r.full}\nStore Manager",
        ("DE", "Paid internship, Munich store – starter form\nName: {k.full}\nAddress: {k.addr}\nGerman tax ID (Steuer-ID): {k.taxid}\nIBAN for pay: {k.iban}\nStart: {d}\nSupervisor: {q.full}"),
        "Work experience week – {p.full}\nMon: stockroom with {q.first}\nTue: till training with {r.first}\nWed: [[boot fitting|repair corner]]\nThu: visual merchandising\nFri: feedback with {u.full}",
        "Thanks again for having {p.first} last week! {p:He/She} came home every day talking about boot fitting and {r.first}'s stories from the Alps. – {q.full} ({q.email})",
    ],
    "avalanche_course": [
        "Booking confirmation\nCourse: Avalanche awareness, {d}\nParticipant: {p.full}\nEmergency contact: {q.full}, {q.mobile}\n[?Beacon hire: yes?]\nPaid: {g.amount} (card ending {p.last4})",
        "Hi all,\n\nwe meet at 7:30 by the Talgrat store in [[Innsbruck|Chamonix|Aviemore]]. Bring a shovel, probe and beacon; hire ones are ready. If you are running late, ring me on {q.mobile}.\n\n{q.full}\n[[IFMGA guide|Mountain leader]]",
        "Participants {d}:\n1. {p.full}, {p.mobile}, beacon: [[own|hire]]\n2. {q.lf}, {q.mobile}, beacon: [[own|hire]]\n3. {r.full}, {r.phone}, beacon: [[own|hire]]\nGuide: {u.full}",
        "Hi, I need to cancel my place on the avalanche course on {d} (knee injury). Can you refund to the card I paid with? {p.full}, {p.email}",
        "Quick note from the course on {d}: {p.full} twisted {p:his/her} knee on the way down, and {q.first} drove {p:him/her} to the clinic in [[Landeck|Imst|Chamonix]]. {p.first} will send the insurance details from {p.email}. – {u.full}",
    ],
    "cash_collection": [
        "Cash collection {d}: bag seal {g.seal} handed to {q.full} ({q.co_cash}) at {g.time}. Keyholder on duty: {p.full}.",
        "Hi {r.first},\n\nthe bag collected on {d} (seal {g.seal}) hasn't been credited yet. The courier was {q.full}. [[CCTV shows the hand-over at {g.time}.|The receipt is in the safe.]] Call me on {p.mobile}.\n\n{p.first}",
        "From next week cash at {s} will be collected on Tuesdays and Fridays. Driver contact: {q.full}, {q.mobile}. Please have the bags sealed by [[10|11]]am. – {p.first}",
        "Collection receipt\nStore: {s}\nCourier: {q.full}\nCourier ID: {g.staffno}\nSigned for the store: {p.il}\nBags: 2 (seals {g.seal}, {g.seal})",
        "The cash van was [[40 minutes late|early]] again today. The driver, {q.full}, said the depot changed the route; I asked {q:him/her} to ring the store before arriving. {p.first} signed the receipt. – {r.first}",
    ],
}

# ------------------------------------------------------------------------------------------
# texts without personal data

NOPII = {
    "care_label": [
        "{g.product}: wash at [[30|40]] °C, [[no fabric softener|no bleach|no dry cleaning]], [[tumble dry low to revive the DWR|dry flat in the shade|hang to dry]]. [[Will it shrink?|Does it pill?|Will the colour run?]] Not if you follow the label. Colour: {g.colour}.",
        "Care card – {g.sku}\nMachine wash [[30|40]] °C\n[[Do not iron the print|Iron on low, inside out|Do not tumble dry]]\n[[Reproof every 10 washes|Close all zips before washing|Use liquid detergent only]]\nGTIN {g.gtin}",
        "Merino tip: [[air it out after a day on the hill|wash it rarely and cold|skip the dryer]]. The Morgengrat in [[Limestone|Slate|Peat Brown]] [[hangs best on a wooden hanger|keeps its shape folded|likes a mesh bag in the machine]] – a baker's dozen of washes and it still looks [[new|great|fresh]]. Size {g.size}, {g.price}.",
        "Down care: wash the Kaltkar at [[30|20]] °C with [[down wash|a mild detergent]], dry with [[three|two]] tennis balls for [[2|3]] hours. [[Hunter green|Fox brown|Wolf grey]] stains from the trail? Dab, don't rub. Questions about the {g.short_product}? Ask in our {g.store} store.",
    ],
    "avalanche_bulletin": [
        "Avalanche bulletin {g.date}: danger level [[2|3]] above [[1,800|2,000|2,200]] m in the [[Stubai|Allgäu|Silvretta|Cairngorms]]. [[Fresh wind slabs on north-facing slopes.|Weak layer near the ground.|Wet snow after noon.]] Next update {g.time}.",
        "Snow report for {g.town_alone}: [[20|35|50]] cm new snow, wind from the [[west|north-west|south]], danger level [[2|3|4]]. [[Fox Gully|Hunter's Couloir|Baker's Bowl]] closed. [[May conditions arrive early: wet slides after noon.|Winter is back for a week.]]",
        "Touring conditions {g.date}\n- Wolf ridge: [[icy, crampons needed|wind-packed|good]]\n- Baker's col: [[good, level 2|tracked out|crusty]]\n- King's gully: [[closed after the slide|open again|loaded, avoid]]\nBulletin valid until {g.time}.",
        "Spring pattern for the [[Stubai|Ötztal|Allgäu]]: low danger in the morning, rising through the day. Will it freeze tonight? Forecast says [[yes|barely|no]]. Start [[early|before 6|by first light]], be back by [[1pm|noon|11]]. Next bulletin {g.date}.",
    ],
    "pick_list": [
        "Pick list {g.order}\nBin A-{g.qty} | {g.sku} | {g.size} | qty {g.qty}\nBin C-{g.qty} | {g.sku} | {g.size} | qty {g.qty}\n[?Bin F-{g.qty} | {g.sku} | {g.size} | qty {g.qty}\n?]Pallet {g.ref}",
        "Wave [[3|7|12|15]] – [[14|22|31|40]] orders\nGTIN {g.gtin} x {g.qty}\nGTIN {g.gtin} x {g.qty}\nTransfer {g.ref} to {g.store}[?\nRe-ship parcel {g.parcel}?]",
        "Short pick: {g.product}, {g.colour}, {g.size}. Bin [[empty|damaged stock only]], system says {g.qty}. Cage {g.ref}.",
        "Replen list {g.date}: {g.sku} ({g.colour}) x {g.qty}; {g.sku} x {g.qty}; socks, [[all sizes|M and L|S only]]. Pallet ref {g.ref}.",
    ],
    "stockist_list": [
        "Where to buy: [[Baker & Hunter Outdoor|Young & Rose Mountain Sports|King's Camping]] ({g.town_alone}), [[Fox & Miller Outfitters|Stone & Bell Trail Co.|Hope Valley Climbing]] ({g.town_alone}), [[Marsh & Moss Outdoor|Frost Brothers Ltd|Little Mountain Co.]] ({g.town_alone}).",
        "New stockists this [[spring|autumn|season]]\n- [[Fox & Miller Outfitters|Price & Page Outdoor]], {g.town_alone}\n- [[Stone & Bell Trail Co.|Cook & Sharp Hiking]], {g.town_alone}\n- [[Hope Valley Climbing|Long Mynd Adventure]], {g.town_alone}",
        "Stockist codes: [[Baker & Hunter Ltd|Fisher & Lamb Sports]] = STK-{g.qty}0, [[Price & Page|Castle & Field]] = STK-{g.qty}1. GTIN prefix {g.gtin}.",
        "Wholesale accounts in the [[North|South West|Midlands]]: [[Marsh & Moss Outdoor|Bishop Sports]], [[Frost Brothers Ltd|Wood & Stone Ltd]], [[Little Mountain Co.|Swift Trail Supplies]]. Orders of {g.qty}+ units via the trade portal only.",
    ],
    "app_update_notes": [
        "Till app {g.version}: [[faster card reader pairing|new gift card screen|offline mode for the pop-up till]], [[fixed the receipt printer timeout|fixed rounding on Swiss prices]], new returns screen. Build [[4471|5120|6093|7310]].",
        "Scanner firmware {g.version}\n- [[reads GTIN-13 with a damaged quiet zone|faster 2D decoding]]\n- [[battery icon fixed|trigger debounce fixed]]\nKnown issue: Wi-Fi reconnect takes [[20|40|60]] s.",
        "Web shop release {g.version} ({g.date}): [[size filter|colour filter|fit finder]] for the {g.short_product}, [[wish list sharing|faster search]], May sale banner. Will roll back if checkout errors exceed [[1|2]] %.",
        "Label printer driver {g.version} replaces {g.version}. Port 9100 unchanged. [[Commit a3f9c2e.|Commit 7be01d4.|Commit 19c8aa0.]]",
    ],
    "returns_policy": [
        "Returns: you have [[30|60|100]] days. [[Unworn items only, tags on.|Items must be clean and unused.]] Refunds go back to the original payment method within {g.days} days. [[Exchanges are free.|Return shipping is on us.|Boots must come in the box.]]",
        "Exchanges in store are free. [[By post, use the label in the parcel.|By post, print a label from your account.]] Order numbers look like TG-2025-000000; keep yours handy. [[Refunds take up to {g.days} days.|Sale items: voucher only.]]",
        "Worn [[boots|trail shoes|packs]]? If the [[sole separates|seam opens|buckle breaks]] within [[two|three]] years, that's a warranty case – bring them to any store. Grace period for late returns: [[7|10|14]] days after Christmas.",
        "Sale items ({g.pct} % off) can be returned for a voucher [[within 14 days|within 30 days]]. [[Gift cards are not refundable.|Personalised items cannot be returned.]] Questions? Ask at the {g.store} till.",
    ],
    "store_event_poster": [
        "Talk: '[[Wolves of the Alps|Hunters of the Arctic|The King of the Cairngorms]]' – {g.weekday}, {g.time}, Talgrat {g.store}. Free entry, [[tea and cake|coffee and flapjacks]].",
        "Repair café every [[first|last]] [[Saturday|Sunday]]: zips, buckles, seams. Bring your {g.short_product}. [[Hunter wellies welcome too!|Any brand welcome.]] Starts {g.time}.",
        "[[May Day walk|Summer solstice walk|Autumn colour walk]] from the {g.store} store at [[9:00|8:30|10:00]], back by [[3|4|2]]. Bring water and a Grace-of-God attitude to the weather.",
        "Film night: '[[King of the Ridge|Fox Country|The Long Winter]]' on {g.date}, doors {g.time}. Tickets {g.tiny_amount} at the till.",
    ],
    "price_change_list": [
        "Price changes from {g.date}\n{g.sku}: {g.price} → {g.price}\n{g.sku}: {g.price} → {g.price}\nReason: [[new season|supplier cost|range review]].",
        "Markdown {g.pct} %: {g.product} ({g.colour}), [[all sizes|S to L|XL only]]. Shelf labels to be swapped by {g.weekday}.",
        "Price check: GTIN {g.gtin} scans at {g.price}, shelf says {g.price}. [[Please correct.|Fixed by the late shift.]]",
        "Bundle: {g.short_product} + Trittweg socks for {g.price}. Valid until {g.date} or while stock lasts.",
    ],
    "hut_menu": [
        "Hut menu [[tonight|this week|on {g.weekday}]]: [[hunter's stew|cook's goulash|king's pie]], [[baker's bread|fresh rolls]], [[cook's choice soup|lentil soup]] and [[apple pie with cream|rose hip jelly]]. Will serve until [[8|9]].",
        "Trail recipe: [[Fox Hill flapjacks|Baker's oat bars|Young hiker's trail mix]] – oats, honey, [[butter|coconut oil]]. Bake at [[170|180]] °C for [[20|25]] minutes. Makes a baker's dozen.",
        "Camp kitchen tip: [[a young cook|even a novice cook|the youngest in the group]] can make a great one-pot meal in [[20|30]] minutes. [[Rose hip tea|Mint tea|Hot squash]] to finish. Stove tip: {g.short_product} fans carry the gas in the lid pocket.",
        "Breakfast at the hut: porridge, eggs, [[King's toast|Hunter's hash|baker's rolls]]. Packed lunch {g.small_amount}. Order by [[9pm|8pm]].",
    ],
    "ticket_queue_summary": [
        "Queue summary {g.date}: [[142|208|96|177]] open tickets, oldest {g.case}. Transfer queue {g.ref}. [[Lost parcel of the week|Oldest open trace]]: {g.parcel}.",
        "Top issues this week\n1. Parcel delays ([[38|41|29]])\n2. Size exchanges ([[27|19|33]])\n3. Voucher codes ([[12|8|15]])\nTicket range {g.case} – {g.case}",
        "Backlog by channel: e-mail [[64|81|57]], chat [[12|20|9]], phone [[8|15|4]]. Average reply time [[4h|6h|3h]]. Depot ref {g.ref}.",
        "Escalations: {g.case}, {g.case}, {g.case}. All about the {g.short_product} zip batch {g.qty}B.[? Test parcel {g.parcel} is back at the depot.?]",
    ],
}
