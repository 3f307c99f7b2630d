"""English templates of the twelfth PII bank. Every list is split in halves: the first half
feeds dev12, the second heldout12 (see pii12_core.half)."""

PHRASES = {
    "greet": [
        "Hi {p1.first},", "{p1.sal},", "Hello {p1.full},", "Morning {p1.first},",
        "Dear {p1.full},", "Hey {p1.first},", "Good afternoon {p1.hl},", "Hiya {p1.first},",
    ],
    "signoff": ["Best,", "Kind regards,", "Thanks again,", "Cheers,", "Many thanks,", "Best wishes,", "Regards,", "All the best,"],
}

GENRES = {
    "crm_note": [
        "Called back {p1.full} re order {d.order}: the {d.product} {d.kind} in {lk.colour} arrived a size too small. Offered exchange, {p1.first} prefers e-mail ({p1.email}). Follow-up {d.date}.",
        "{d.date} {d.time} | {p2.first} (CS): {p1.hl} rang about the refund for {d.invoice}, {d.price}. Says card {card} was charged twice. Asked accounts to check. Mobile {p1.phone}.",
        "Account note – {p1.full}, member since {d.date}. Ships to {a1.line}. Loves anything in {lk.compound}. Don't call before 10, prefers a text to {p1.phone}.",
        "Note for {p2.first}: {p1.fi} wants the {d.product} repaired, not replaced. Will drop it at our {lk.town} store on {d.weekday}. Ticket {d.ticket}.",
    ],
    "call_log": [
        "CALL LOG {d.date}\n{d.time} in  {p1.phone} – {p1.full} – order {d.order} – where is my parcel – resolved\n{d.time} out {p2.phone} – {p2.hl} – callback re {d.ticket} – no answer, VM left\n{d.time} in  withheld – hung up",
        "{d.date} | agent: {p3.first} | caller: {p1.full} ({p1.phone}) | topic: warranty {d.ticket}, {d.product} zip broken | outcome: label sent to {p1.email}",
        "Missed calls today:\n- {p1.phone} ({p1.first}?) 3x\n- {tel}\n- {p2.hf}, {p2.phone}, re invoice {d.invoice}",
        "Phone log – taken by {p3.il}\n{d.time}: {p1.last} (spelt it out twice) from {d.company}, wants {d.qty} units of {d.product}, call back on {p1.phone}",
    ],
    "support_email": [
        "{ph.greet}\n\nthanks for getting back to us about order {d.order}. We've booked a collection for {d.date} from {a1.line}. Please pack the {d.product} in its original bag.\n\n{ph.signoff}\n{p2.first}\nTalgrat Outdoor Customer Care\n\n> On {d.date}, {p1.full} <{p1.email}> wrote:\n> The jacket is too small, can I swap it for a size up?\n> Thanks, {p1.first}",
        "{ph.greet}\n\nsorry to hear the {d.product} {d.kind} leaked after two walks. I've opened repair ticket {d.ticket}; a prepaid label will reach {p1.email} within a day.\n\n{ph.signoff}\n{p2.full}\nSenior Advisor, Customer Service\nT {tel}\nTalgrat Outdoor UK, {agb.line}",
        "Subject: Re: Missing parcel {d.tracking}\n\n{ph.greet}\n\nthe courier says it was left with a neighbour at {a1.street}. Could you check with them? If nothing turns up by {d.weekday} we'll send a replacement.\n\n{ph.signoff}\n{p2.first} | Talgrat Outdoor\n\n-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {d.date} {d.time}\nMy parcel never arrived. I'm at home all day.\n{p1.first}",
        "{ph.greet}\n\nquick update on {d.ticket}: the replacement {d.product} in {lk.colour} ships today, tracking {d.tracking}.\n\n{ph.signoff}\n\n{p2.full}\nTeam Lead Customer Experience\nTalgrat Outdoor\nPhone: {tel} · Mobile: {p2.phone}\n{a2.block}",
    ],
    "lead_list_csv": [
        "first_name,last_name,email,phone,company,source\n{p1.first},{p1.last},{p1.email},{p1.phone},{d.company},webinar\n{p2.first},{p2.last},{p2.email},,{d.company},newsletter\n{p3.first},{p3.last},{p3.email},{p3.phone},,trade fair",
        "Name\tEmail\tCompany\tNotes\n{p1.full}\t{p1.email}\t{d.company}\tasked for wholesale price list\n{p2.full}\t{p2.email}\t{d.company}\twants samples of {d.product}\n{p3.fi}\t\t{d.company}\tmet at booth, no card",
        "\"Last, First\";\"E-mail\";\"Mobile\";\"Town\"\n\"{p1.lf}\";\"{p1.email}\";\"{p1.phone}\";\"{lk.town}\"\n\"{p2.lf}\";\"{p2.email}\";\"\";\"{a2.town}\"",
        "lead_id|contact|email|score\n{d.qty}|{p1.full}|{p1.email}|{d.pct}\n{d.qty}|{p2.full}|{p2.email}|{d.pct}\n{d.qty}|{p3.full}|{p3.email}|{d.pct}",
    ],
    "trade_fair_export": [
        "Badge scanner export – OutDoor fair, hall A4\nScan time;Name;Title;Company;E-mail;Phone\n{d.time};{p1.lf};Buyer;{d.company};{p1.email};{p1.phone}\n{d.time};{p2.lf};Head of Purchasing;{d.company};{p2.email};{p2.phone}",
        "Contacts booth {d.qty} (day 2)\n1. {p1.full} – {d.company} – {p1.email} – interested in {d.product}\n2. {p2.hl} – {d.company} – {p2.phone} – send catalogue to {a2.line}\n3. {p3.first} from {d.company} – no details, follow up online",
        "Surname\tFirst name\tCountry\tEmail\n{p1.last}\t{p1.first}\t{a1.country}\t{p1.email}\n{p2.last}\t{p2.first}\t{a2.country}\t{p2.email}",
        "Card scans – {d.date}\n{p1.up}\n{d.company}\n{p1.email} · {p1.phone}\n---\n{p2.up}\nSales Manager UK & Ireland\n{p2.email}",
    ],
    "testimonial": [
        "\"The {d.product} kept me dry through three days of rain in the Lakes. Worth every penny.\" — {p1.full}, {a1.town}",
        "\"Fit is spot on and the {lk.colour} looks even better in person.\" – {p1.fi}, {lk.town}",
        "★★★★★ Great service – I swapped sizes twice without any hassle.\n– {p1.first} from {a1.town}",
        "\"Wore the {d.product} on a hut trip and {lk.word} asked where it was from.\" – {p1.hf}, {lk.town}",
    ],
    "review": [
        "{p1.fi} · Verified buyer · {d.date}\nRating: 4/5\nRuns a bit small, I'm normally a {d.size} and needed one up. The {lk.compound} colour is lovely.",
        "Posted by {p1.first} ({a1.town})\nThree stars. Warm, but the cuffs pill after a month. Weighs {d.weight}, which is fine.",
        "Honest review after 200 km: the sole of the {d.product} is still fine, laces frayed. Customer service ({p2.first}) replaced them for free. – {p1.full}",
        "Title: Not waterproof?\n{p1.full} wrote on {d.date}: after an hour of {lk.month} drizzle the shoulders were damp. The seller replied within a day.",
    ],
    "email_signature": [
        "--\n{p1.full}\nRegional Sales Manager, North\nTalgrat Outdoor GmbH\n{ade.block}\nT: {tel.de} | M: {p1.phone}\n{p1.email}",
        "Best regards\n\n{p1.hf}\nHead of E-Commerce\n{d.company}\n{a1.line}\nDirect: {p1.phone}\nThis e-mail may contain confidential information.",
        "{p1.full} | Buyer, Footwear\n{d.company} | {a1.line}\nmob {p1.phone} | {p1.email}\nPlease consider the environment before printing.",
        "Thanks,\n{p1.il}\nAccounts Payable\n{d.company}\n{p1.email}\nOffice hours Mon–Thu {d.time}–{d.time}",
    ],
    "delivery_note": [
        "DRIVER NOTE: leave with neighbour at no. {d.qty} if {p1.first} isn't in. Gate code is on the bell. Call {p1.phone} on arrival.",
        "Delivery instructions for parcel {d.tracking}:\nRecipient: {p1.full}\n{a1.block}\nSafe place: behind the green bin. Please don't ring, baby sleeping.",
        "Courier note: {p1.hl} at {a1.line} refused the parcel (box damaged). Returned to depot {d.date}. Contact: {p1.email}",
        "ring {p1.lc} on {p1.phone} – flat buzzer broken. parcel {d.tracking}, 2 boxes, {d.weight}",
    ],
    "hr_shift_note": [
        "Shift swap {d.date}: {p1.first} covers {p2.first}'s late shift (till {d.time}). {p3.full} off sick, doctor's note to follow. Till float counted by {p1.il}.",
        "Rota week {d.qty}\nMon–Wed: {p1.full}, {p2.full}\nThu–Sat: {p3.full}\nEmergency contact for {p3.first}: {p3.phone}",
        "HR note: new starter {p1.full} begins {d.date} at the {lk.town} store. Payroll needs bank details, IBAN {iban} received by e-mail ({p1.email}).",
        "handover: {p1.lc} did the stock count, {p2.lc} closes tonight. {lk.word}. keys with {p3.il}.",
    ],
    "event_registration": [
        "You're registered, {p1.first}!\n\nTalgrat Trail Day, {d.date}, start {d.time} at the car park by the {lk.compound} trailhead. Your start number goes to {p1.email}. Your teammate {p2.full} has already signed up.",
        "Participants (group B, {d.date})\n{p1.full} – 2 adults\n{p2.full} – 1 adult, 1 child\n{p3.il} – 1 adult (pays on site)\nGuide: {p4.first}, mobile {p4.phone}",
        "Registration for the repair café on {d.date} from {p1.full} ({p1.email}): bringing a {d.product} with a broken zip, asks whether kids can come along. (form sent from {ip4})",
        "Waitlist: {p1.first} {p1.last} and {p2.first} {p2.last}. Both asked to be called on {p1.phone} if places free up.",
    ],
    "invoice": [
        "INVOICE {d.invoice}\nDate: {d.date}\n\nBill to:\n{p1.full}\n{a1.block}\n\n1 x {d.product} {d.kind}, {lk.colour}, {d.size}   {d.price}\nShipping   {d.price}\n\nPlease transfer to IBAN {iban} quoting {d.invoice}.",
        "Talgrat Outdoor · {agb.line}\n\n{p1.anrede} {p1.full}\n{a1.block}\n\nInvoice no. {d.invoice}, order {d.order}\nItem: {d.product}, GTIN {d.gtin}, {d.price}\nPaid by {lk.masked}.",
        "Pro-forma invoice, wholesale\nAttn: {p1.full}, Purchasing\n{d.company}\n{a1.line}\n\n{d.qty} x {d.product} at {d.price}\nPayment terms: 30 days net to IBAN {iban}.",
        "Invoice {d.invoice} | customer {p1.il} | {a1.line} | total {d.price} | due {d.date} | paid by card {card}",
    ],
    "dunning_letter": [
        "{p1.anrede} {p1.full}\n{a1.block}\n\n{d.date}\n\nReminder: invoice {d.invoice}\n\n{p1.sal},\n\nour records show that invoice {d.invoice} of {d.price} is still open. Please pay within 7 days to IBAN {iban}. If you have already paid, please ignore this letter.\n\nYours sincerely\n{p2.full}\nAccounts",
        "FINAL NOTICE\n\n{p1.sal},\n\ndespite two reminders we have not received payment for order {d.order}. Unless {d.price} reaches our account ({iban}) by {d.date}, we will pass the matter to a collection agency.\n\nAccounts Receivable, Talgrat Outdoor, {agb.line}",
        "Hi {p1.first}, just a friendly nudge: invoice {d.invoice} ({d.price}) is a couple of weeks overdue. You can pay by transfer to {iban} or reply to {p2.email} if something's wrong. Thanks! {p2.first}",
        "Second reminder\nCustomer: {p1.lf}\nAddress: {a1.line}\nOutstanding: {d.price} plus {d.price} fee\nThe direct debit from {iban2} was returned on {d.date}.",
    ],
    "warranty_ticket": [
        "Ticket {d.ticket} – warranty\nCustomer: {p1.full} <{p1.email}>\nProduct: {d.product}, serial {d.sku}, bought {d.date}\nIssue: seam tape peeling on the hood, photos attached.\nInternal: approved by {p2.il}, send prepaid label.",
        "Repair job {d.ticket}\nWorkshop note ({p2.first}): replaced slider on the main zip, tested ok. Return to {p1.hl}, {a1.line}. Customer wants a call on {p1.phone} before dispatch.",
        "{d.date}: {p1.first} {p1.last} dropped off a {d.product} at the {lk.town} store. Sole delaminating, {d.weight}. Wants repair, not refund. Ref {d.ticket}.",
        "Warranty rejected: {d.ticket}. Burn holes from a campfire. Informed {p1.hf} at {p1.email} on {d.date}, offered repair at cost ({d.price}).",
    ],
    "chat_transcript": [
        "[{d.time}] Customer: hi, it's {p1.lc}, order {d.order} still says processing\n[{d.time}] {p2.first} (Talgrat): Hi {p1.first}! Let me check… it left the warehouse this morning, tracking {d.tracking}\n[{d.time}] Customer: great ty. can you send it to my work instead? {a1.line}\n[{d.time}] {p2.first} (Talgrat): Done!",
        "Visitor: hello is the {d.product} in {lk.compound} coming back?\nAgent {p2.first}: Hi! Expected {d.date}. Shall I let you know?\nVisitor: yes pls, {p1.email}\nAgent {p2.first}: Noted. Anything else?\nVisitor: no thanks. {p1.lc}",
        "live chat export {d.date}\n{p1.full}: my card {card} was charged but I got no confirmation\nBot: I can't see card details, please don't share them here.\n{p1.full}: oh sorry",
        "{p1.lc}: hey, {p2.lc} said you do repairs?\nTalgrat: We do! Which product?\n{p1.lc}: {d.product}, zip. I'm at {a1.street}, can someone pick it up\nTalgrat: We can send a label. What's your e-mail?\n{p1.lc}: {p1.email}",
    ],
    "voicemail_transcript": [
        "Voicemail ({d.time}, 0:42): \"Hi, this is {p1.full}, I ordered the {d.product} last week, order {d.order}, and I still haven't had a shipping e-mail. Could you call me back on {p1.phone}? Thanks, bye.\"",
        "Transcribed voicemail from {tel}: \"Yeah hi, it's {p1.first} from {d.company}, about invoice {d.invoice}, we need it addressed to {p2.hf}, not me. Cheers.\"",
        "VM {d.date} {d.time}: {p1.hl} (number {p1.phone}) says the parcel went to {a2.line} instead of their address. Sounded annoyed. Wants a call today.",
        "Auto-transcript: \"…ah, good afternoon, {p1.last} here, {p1.first} {p1.last}, I'm calling about my repair… ticket {d.ticket}… please ring me on {p1.phone} after {d.time}.\"",
    ],
    "meeting_minutes": [
        "Minutes – marketing sync {d.date}\nPresent: {p1.full}, {p2.full}, {p3.full}\n1. Autumn campaign for {d.product}: budget {d.price}. Owner: {p1.first}\n2. Influencer shortlist: {p2.il} to send by {d.weekday}\n3. AOB: new photo studio in {lk.town}\nActions: {p3.first} to brief agency; {p1.first} to book the {lk.compound} location",
        "Store managers call {d.date}\nAttendees: {p1.fi}, {p2.fi}, {p3.fi} (notes)\n- Footfall down {d.pct} in {lk.month}\n- {p2.first}: short-staffed on Saturdays, needs 2 temps\n- ACTION {p1.first}: check stock of {d.kind} in {lk.colour}\n- Next call {d.date}, {d.time}",
        "AP: {p1.last} to send the revised price list to {p2.hf} ({p2.email}) by {d.date}.\nAP: {p3.first} to chase {d.company} re GTIN {d.gtin}.\nDecision: no more {lk.compound} in the summer range.",
        "Action items from Tuesday:\n[ ] {p1.first} + {p2.first}: photoshoot at the hut ({lk.word} is fine with it)\n[ ] {p3.il}: order {d.qty} x {d.product}\n[x] {p2.first}: call {p4.hl} back on {p4.phone}",
    ],
    "handwritten_note": [
        "ring {p1.first} back re: invoice {d.invoice} – {p1.phone}",
        "Note for {p2.first}: {p1.hl} popped in, wants the {d.product} put aside till {d.weekday}. Tel {p1.phone}. – {p3.il}",
        "!! {p1.lc} (tall guy w/ the dog) – size {d.size}, {lk.compound}, call when in. {p1.phone}",
        "post-it: parcel for {p1.full} is under the counter, pick-up code {d.qty}. don't give it to anyone else!",
    ],
    "complaint_letter": [
        "{p1.full}\n{a1.block}\n\nTalgrat Outdoor Customer Service\n\n{d.date}\n\nComplaint about order {d.order}\n\nDear Sir or Madam,\n\nI am writing to complain about the {d.product} {d.kind}, which started leaking after a single weekend. I expect a full refund of {d.price}.\n\nYours faithfully,\n{p1.full}",
        "To whom it may concern,\n\nI have been a loyal customer for years, but the way my return was handled is unacceptable. I sent the parcel back on {d.date} (tracking {d.tracking}) and still have no refund of {d.price}. Your colleague {p2.first} promised to call me twice.\n\nPlease contact me at {p1.email} or {p1.phone}.\n\n{p1.full}",
        "Dear Talgrat team,\n\nmy {lk.month} order was delivered to the wrong house ({a2.street}) and the neighbour opened it. I live at {a1.line}. I expect an apology and a replacement.\n\nRegards,\n{p1.hf}",
        "Complaint re: store visit {lk.town}, {d.date}\nThe assistant ({p2.fi}) was rude when I asked about the warranty. I'd like a manager to contact me: {p1.full}, {p1.phone}.",
    ],
    "social_dm": [
        "hey!! loved the {d.product} post 😍 is the {lk.compound} back in stock? it's {p1.lc} btw, we met at the trail run",
        "DM from {p1.handle}: hi, I'm {p1.first}, my order {d.order} never came, can you check? email is {p1.email}",
        "Instagram DM\n{p1.handle}: Hi, can I return a gift? It was bought by {p2.first}, a family friend\nTalgrat: Sure! Send us the order number and your address\n{p1.handle}: {a1.line}, order {d.order}",
        "facebook message from {p1.full}: your courier threw my parcel over the fence at {a1.street} 😡 pls call {p1.phone}",
    ],
    "loyalty_signup": [
        "Welcome to the Talgrat Summit Club, {p1.first}! Your member number is {d.order}. We've saved {a1.line} as your delivery address and will send birthday vouchers to {p1.email}.",
        "New member via till: {p1.lf} · {p1.email} · SMS opt-in {p1.phone} · store {lk.town} · {d.date}",
        "Hi {p1.first}, thanks for joining! You now have {d.qty} points. Tip: the {d.product} counts double in {lk.month}.",
        "Loyalty card request, paper form typed up by {p2.first}:\n{p1.hf}, born {d.date}\n{a1.block}\nmarketing consent: yes",
    ],
    "marketplace_message": [
        "Message from buyer {p1.full} (order {d.order}): Hi, can you ship to my office instead? The address is {a1.line}. Thanks!",
        "Seller reply: Hi {p1.first}, thanks for your order of the {d.product}. It ships {d.weekday} from our warehouse. For anything urgent call {tel}. – {p2.first}, Talgrat shop team",
        "Marketplace case {d.ticket}: buyer {p1.il} says the item is not as described. Buyer wrote: \"I'm {p1.first}, you can reach me on {p1.phone}.\"",
        "Hi, I'm {p1.full}, bought 2 x {d.product} from you on the marketplace. One came in {lk.compound} but I ordered {lk.colour}. Please send the right one to\n{a1.block}",
    ],
    "forwarded_chain": [
        "---------- Forwarded message ---------\nFrom: {p1.full} <{p1.email}>\nDate: {d.date} {d.time}\nSubject: Wholesale enquiry\nTo: {p2.email}\nCc: {p3.full} <{p3.email}>\nX-Originating-IP: [{ip4}]\n\nHello, we run a small outdoor shop in {lk.town} and would like to stock the {d.product}.\n{p1.first}",
        "FYI, see below.\n{p4.first}\n\nFrom: {p2.full}\nSent: {d.date}\nTo: {p1.full}\nCc: {p3.email}\nSubject: RE: samples\n\nHi {p1.first},\nthe samples went out today to {a1.line}.\n{p2.first}",
        "Begin forwarded message:\n\n> From: \"{p1.lf}\" <{p1.email}>\n> To: Talgrat Press Office\n> Subject: press enquiry\n>\n> Could someone call me back on {p1.phone}?",
        "Fwd: Fwd: invoice question\n\nFrom: {p2.email}\nTo: {p3.email}\n\n{p3.first}, can you look at this? The customer ({p1.hl}) was charged twice.\n\n---\nFrom: {p1.email}\nHi, I've been charged twice for {d.invoice}. {lk.masked}.\n{p1.full}",
    ],
    "referral_message": [
        "Your friend {p1.first} recommended Talgrat Outdoor! Use code {d.sku} for 10% off your first order.",
        "Hi {p2.first}, {p1.full} thinks you'd love our {d.product}. Here's {d.pct} off, just sign up with {p2.email} before {d.date}.",
        "Referral reward: you invited {p2.fi} and they placed an order, so {d.price} credit has been added to your account, {p1.first}!",
        "{p1.full} ({p1.email}) referred: {p2.email}, {p3.email}. Reward pending until {d.date}.",
    ],
    "store_visit_report": [
        "Store visit {lk.town}, {d.date}\nVisited by: {p1.full} (area manager)\nStore manager: {p2.full}\n- Window shows {d.product} in {lk.colour}\n- Conversion {d.pct}\n- {p3.first} (apprentice) great at fitting advice\nFollow-up: {p2.first} to re-order {d.kind}, {d.qty} units",
        "Visit report – partner shop {d.company}, {a1.line}\nContact on site: {p1.hl}, mobile {p1.phone}\nDisplay ok, missing {d.product} GTIN {d.gtin}. Next visit in {lk.month}.",
        "quick visit at {a1.street} today. {p1.lc} was on the till, {p2.lc} in the back. hunter green fleeces sold out. {p3.il} wants a call.",
        "Mystery shop {d.date}: the assistant introduced herself as {p1.first} and answered every question on the {d.product}. Score {d.pct}. Shopper: {p2.il}.",
    ],
    "influencer_brief": [
        "Brief: {d.product} launch\nCreator: {p1.full} ({p1.handle}, {d.qty}k followers)\nShip sample to:\n{a1.block}\nContact: {p1.email} / management {p2.full}, {p2.phone}\nDeliverables: 1 reel, 3 stories by {d.date}\nGerman tax ID for the self-billing invoice: {taxid}",
        "Hi {p1.first}, excited to work with you on the {lk.month} drop! Your fee of {d.price} will be paid to IBAN {iban} once the post is live. We're shipping the {d.product} in {lk.colour} to {a1.line}.",
        "Creator shortlist\n- {p1.full}: trail running, {p1.handle}\n- {p2.full}: family hiking, agent {p3.email}\n- {p4.fi}: bikepacking",
        "Contract note: {p1.full} is tax-resident in Germany and gave us their tax ID {taxid} for the invoice. Fee {d.price}, paid to {iban}.",
    ],
    "survey_answer": [
        "Q: Anything else you'd like to tell us?\nA: The {d.product} is great but delivery took ages. You can call me ({p1.first}) on {p1.phone}.",
        "Free text: {p2.first} and I both bought the {d.kind}. One zip broke. Please contact {p1.email}.",
        "Comment: {p2.first} at the {lk.town} shop was super helpful!! – {p1.fi}",
        "What could we improve? \"more colours like {lk.compound}. also I'm {p1.lcfull} and I never got my voucher\"",
    ],
    "address_block": [
        "Ship to:\n{p1.anrede} {p1.full}\n{agb.block}\nUnited Kingdom",
        "{p1.up}\n{aus.block}\nUSA",
        "Deliver to: {p1.full}, {aie.line}, Ireland. Tel {p1.phone}.",
        "Return address:\n{p1.il}\n{agb.block}",
    ],
    "co_line": [
        "{p1.full}\nc/o {p2.full}\n{a1.block}",
        "Attn: {p1.full}, Buying Department\n{d.company}\n{a1.block}",
        "Please send the replacement c/o {p2.hf}, {a1.line}. I'm staying there until {d.date}. {p1.first}",
        "FAO {p1.hl}\n{d.company}\n{agb.block}",
    ],
    "bank_details": [
        "Hi {p2.first}, here are my bank details for the refund: {p1.full}, IBAN {iban}. Thanks, {p1.first}",
        "Freelancer onboarding: {p1.full}\n{a1.line}\nIBAN {iban}\nGerman tax ID {taxid}\nInvoices to accounts, ref {d.invoice}",
        "Please update my direct debit: old IBAN {iban2}, new IBAN {iban}. Account holder {p1.full}.",
        "Payroll change {d.date}: {p1.lf} moved to the {lk.town} store; salary account {iban}; tax ID {taxid} unchanged.",
    ],
    "fraud_review": [
        "Fraud check order {d.order}: billing name {p1.full}, card {card}, IP {ip} (geo: {lk.town}), shipping to {a2.line}. Mismatch, on hold.",
        "Chargeback {d.ticket}: cardholder {p1.hl} disputes {d.price} on card {card}. Order placed from {ip} at {d.time}. Customer e-mail {p1.email}.",
        "Login alert: account {p1.email} signed in from {ip} and {ip} within a minute. Reset link sent.",
        "risk log\n{d.date} {d.time} {ip4} order {d.order} card {card} name on card {p1.up} 3DS failed",
    ],
}

NOPII = {
    "order_status": [
        "Order {d.order} update: 1 x {d.product} {d.kind} ({lk.colour}, {d.size}) has been packed and will leave our warehouse on {d.weekday}. Total {d.price}.",
        "Your order {d.order} is confirmed. Items: {d.product}, GTIN {d.gtin}. Estimated delivery {d.date}. Questions? Reply to this e-mail.",
        "Status: partially shipped. {d.qty} of {d.qty} items sent, tracking {d.tracking}. The {lk.compound} version is back-ordered until {d.date}.",
        "Order {d.order} cancelled at your request on {d.date}. The refund of {d.price} goes back to your {lk.masked} within 5 working days.",
    ],
    "shipping_update": [
        "Parcel {d.tracking} is out for delivery today between {d.time} and {d.time}. Weight {d.weight}.",
        "We tried to deliver parcel {d.tracking} on {d.date}. It's waiting at the post office in {lk.town} for 7 days.",
        "Shipment {d.tracking}: customs cleared, arriving {d.weekday}. Postcode on file: {d.zip}.",
        "Delivery delayed because of the {lk.month} bank holiday. New date: {d.date}. Ref {d.order}.",
    ],
    "product_qa": [
        "Q: Is the {d.product} {d.kind} true to size?\nA: It runs slightly small; most customers size up. Weight {d.weight}.",
        "Q: Does the {lk.compound} colour fade in the wash?\nA: No, wash at 30 °C and hang dry. Article {d.sku}.",
        "Q: Can the hood be removed?\nA: Yes, it zips off. Price {d.price}, GTIN {d.gtin}.",
        "Q: Is this the same as the {d.product} {lk.compound} edition?\nA: Same fabric, different colour. {lk.word}.",
    ],
    "stock_report": [
        "sku;gtin;colour;size;qty\n{d.sku};{d.gtin};{lk.colour};{d.size};{d.qty}\n{d.sku};{d.gtin};{lk.colour};{d.size};{d.qty}",
        "Stock {lk.town} store, {d.date}: {d.product} {d.qty} pcs, {d.product} {d.qty} pcs, {lk.compound} fleeces sold out.",
        "Warehouse count {d.date}\nArticle {d.sku}: {d.qty}\nArticle {d.sku}: {d.qty}\nDamaged: {d.qty} ({d.weight})",
        "Reorder list: {d.product} x {d.qty} ({d.price} each), {d.product} x {d.qty}. Supplier ref {d.invoice}.",
    ],
    "campaign_plan": [
        "Campaign plan {lk.month}: hero product {d.product}, budget {d.price}, target CTR {d.pct}. Flight {d.date} to {d.date}.",
        "Autumn range: push {lk.compound} and {lk.colour}. Landing page v{d.qty}. Owner: {lk.role}.",
        "Ad group 'rain jackets': {d.product}, {d.product}. Bid cap {d.price}. Exclude {lk.town} region.",
        "Brief for the agency: focus on the 28,000 mm hydrostatic head of the {d.product}; no superlatives. Deadline {d.date}.",
    ],
    "anonymous_review": [
        "Verified buyer · {d.date} · 5/5\nLove the {lk.compound} colour, fits perfectly in {d.size}.",
        "Anonymous · 2/5\nZip broke after a month. Support sorted it within a week though.",
        "Verified buyer from {lk.town}: warm, light ({d.weight}), pricey at {d.price}.",
        "A customer · 4/5\nBought it for {lk.word}. Good value.",
    ],
    "payment_notice": [
        "Payment received: {d.price} for invoice {d.invoice}, {lk.masked}. Thank you!",
        "Your refund of {d.price} has been issued to {lk.masked}. Reference {d.order}.",
        "Payment failed for order {d.order} ({lk.masked}, expiry {d.expiry}). Please update your payment method.",
        "Instalment {d.qty} of 3 ({d.price}) due on {d.date}. Direct debit from {lk.masked}.",
    ],
    "store_notice": [
        "Our {lk.town} store is closed on {d.date} for stocktaking. Open again {d.weekday} from {d.time}.",
        "New opening hours from {d.date}: Mon–Fri {d.time}–{d.time}, Sat {d.time}–{d.time}.",
        "Repair café at the {lk.town} store every first {d.weekday} of the month. Bring your {d.kind}!",
        "Heads up: {lk.word}. The car park behind the store is closed until {d.date}.",
    ],
    "newsletter_copy": [
        "New in: the {d.product} in {lk.compound}. Light, packable and ready for {lk.month}.",
        "This week only: {d.pct} off selected {d.kind}s. Ends {d.date}.",
        "Meet the {d.product}: {d.weight}, recycled fabric, made for long days on the trail.",
        "From the blog: a weekend in {lk.town} with {lk.word}. Plus: how to wash down properly.",
    ],
    "ops_note": [
        "Reminder for {lk.role}: returns must be scanned before {d.time}. Order {d.order} still open.",
        "Printer in the back office jammed again. Ticket {d.ticket} raised with IT, version {d.version}.",
        "{lk.role} asked for {d.qty} boxes of {d.product} by {d.weekday}. Invoice {d.invoice} attached.",
        "Note: {lk.word}. Please don't park in front of the loading bay on {d.weekday}s.",
    ],
}
