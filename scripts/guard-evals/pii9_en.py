import sys; sys.dont_write_bytecode = True  # noqa: E702

"""Ninth PII bank, English texts: phrase lists, templates and layouts per genre.

Every list (phrases, templates, layouts) is cut by position in pii9_core.cut: even positions
build dev9, odd positions heldout9.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from pii9_core import Fixed, Rows  # noqa: E402

COUNTRIES = [("GB", 38), ("US", 36), ("IE", 10), ("DE", 6), ("NL", 3), ("FR", 3), ("AT", 2), ("CH", 2)]
ROLE_MAILBOXES = ["info", "hello", "support", "sales", "accounts", "orders", "customercare", "returns", "help", "press", "privacy", "team"]

PHRASES = {
    "close": ["Kind regards,", "Best,", "Thanks,", "Cheers,", "Many thanks,", "Best regards,", "Regards,", "Thanks so much,", "All the best,",
              "Warm regards,", "Thank you,", "Sincerely,", "Speak soon,", "Ta,"],
    "greet": ["Hi there,", "Hello,", "Dear Sir or Madam,", "Hi team,", "Good morning,", "To whom it may concern,", "Hi {shop} team,", "Hey,",
              "Hello support,", "Dear customer service,", "Hiya,", "Good afternoon,"],
    "thanks": ["Thanks in advance!", "Appreciate your help.", "Looking forward to hearing from you.", "Thanks for sorting this.", "Cheers for your help.",
               "Any update would be great.", "Please let me know asap.", "Thank you for your time."],
    "position": ["Head of Purchasing", "Procurement Manager", "Office Manager", "Customer Service Lead", "Operations Director", "Buyer",
                 "Executive Assistant", "Accounts Payable", "Marketing Coordinator", "Store Manager", "Warehouse Supervisor", "Founder & CEO"],
    "source": ["trade show", "website form", "referral", "LinkedIn", "cold call", "newsletter", "Google Ads", "existing customer", "webinar", "Instagram"],
    "rsvp": ["confirmed", "+1", "vegetarian", "arriving late", "declined", "TBC", "bringing kids", "gluten-free"],
    "task": ["Get packaging quotes", "Analyse return reasons", "Review framework contract", "Prep stocktake", "Sign off newsletter copy",
             "December rota", "Schedule supplier audit", "Swap shelf labels"],
    "agentsig": ["The Customer Care Team", "Customer Service, {shop}", "Support Team", "The {shop} team", "Customer Experience", "{shop} Help Desk"],
    "chatstart": ["Chat started", "Conversation started", "New chat via website", "Live chat"],
}

CRM_NOTE = [
    "Note {date} – {p2.init}:\n{p1.h} ({co}) rang re quote {ref}. Wants a call back ⟦tomorrow am|next week|after {date2}⟧ on {t1}. Now the main contact for purchasing, "
    "{p3.full} has left. New price list sent to {p1.wmail} ⟦yes|not yet⟧.",
    "Acct {custno} | {p1.comma}\nCustomer says delivery address has changed: now {a1.line}. Do NOT use the old one!! Mobile {m1}. – {p2.first}",
    "{date}: on-site meeting with {p1.hf} at {co}. {p3.first} from IT joined. Interested in a framework deal for {qty} units of {kind}. "
    "Next step: quote by {wd} to {p1.wmail}, cc {p3.wmail}. PA: {p4.full}, tel {o1}.",
    "IMPORTANT: {p1.full} does not want any more sales calls – {t1} added to the do-not-call list. Post to {a1.line} still fine. (logged by {p2.init}, {date})",
    "Complaint history {p1.last}, {p1.first}: 3rd complaint in {num} months. Goodwill credit approved by {p2.h} (team lead), refunded to {iban}. Tread carefully next time, very upset.",
    "Lead from the {town} trade show: {p1.full}, {co}, business card scanned – direct line {o1}, mobile {m1}, email {p1.wmail}. Asked about samples of our {kind}. "
    "{p2.mention} can you pick this up?",
    "Activity: ⟦Call|Visit|Email⟧ · {date} · Owner: {p2.full}\nContact: {p1.full} (owner, {co})\nBudget for {year} not confirmed, decision sits with {p3.hf}. Follow up {date2}.\nSource: web form (IP {ip})",
    "quick one: {p1.lfirst} at {co} will call back when the boss is in. cell {m1}. {p2.first}",
]

SUPPORT_EMAIL = [
    "Subject: Order {order} still hasn't arrived\n\n{@greet}\n\nI ordered on {date} and still haven't received anything. Tracking ({track}) has said \"out for delivery\" for days. "
    "My address is {a1.line} – could something be wrong there?\n\nPlease call me on {t1} or reply by email.\n\n{@close}\n{p1.full}",
    "hiya, quick q – can I still change the delivery address on order {order}? I'm staying with my sister from {date} so please send it to:\n\n{p2.full}\n{a1.block}\n\nthanks!! {emoji}\n{p1.first}",
    "Dear Sir or Madam,\n\nI am writing to cancel my order for the following item: {kind} ({sku}), ordered on {date}, received on {date2}.\n\nName: {p1.full}\nAddress: {a1.line}\nEmail: {p1.email}\n\n"
    "Please refund the amount to my account {iban}.\n\n{@close}\n{p1.full}",
    "hi, i cant log into my account, the password reset goes to my old email {p1.email}. my new one is {p1.email2}. can you switch it over? dob to check {bday}\nthx {p1.lfirst}",
    "Hello,\n\nThe invoice {inv} still shows our old company address. Please amend to:\n\n{co}\nFAO {p1.hf}\n{a1.block}\n\nVAT no. stays {vat}.\n\nThanks,\n{p1.init}",
    Fixed("Hi,\n\nParcel arrived today but the {kind} in {colour} is missing. Could you send it on? Same address as before: {a1.line}.\n\nCheers,\n{p1.full}\n{t1}", "GB"),
    "Hello,\nI accidentally have two accounts, one under {p1.email} and one under {p1.email2}. Could you merge them? All orders are in the name of {p1.full}, {a1.line}. Please remove the card {cc} from both.\n{@thanks}",
    Fixed("Hey there,\n\nThe jacket doesn't fit, I'd like to swap it for a {size}. Order number {order}. Please ship to {a1.line} again. You can reach me at {m1}.\n\nThanks!\n{p1.full}", "US"),
]

SUPPORT_REPLY = [
    "{p1.sal},\n\nThank you for your message. We have updated the delivery address for order {order} to {a1.line} as requested.\n\nIf you have any questions, call us on {hot} (Mon–Fri {time}–{time2}).\n\n"
    "{@close}\n{p2.full}\n{@agentsig}\n\n-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {wd}, {date} {time3}\nTo: {smail}\nSubject: Change of address\n\n"
    "Hi, please deliver to {a1.streetonly} instead of the old address. Thanks, {p1.first}",
    "Hi {p1.first},\n\nThanks so much for the feedback! Sorry the {kind} came up small – we've emailed a voucher for {price} to {p1.email}.\n\nBest wishes from {town}\n{p2.first} at {shop}\n\n"
    "> On {date} at {time}, {p1.full} <{p1.email}> wrote:\n> Hi, love the {kind} but it really runs small.\n> {p1.first}",
    "Dear {p1.hf},\n\nWe're sorry your item arrived damaged. A prepaid returns label has been sent to {p1.email}. Please send the item to:\n\n{shop}\nReturns Department\n{a2.block:GB}\n\n"
    "Kind regards,\n{p2.full}\n{@agentsig}",
    "{p1.sal},\n\nWe have received your complaint {ref}. Our engineer {p3.full} will contact you on {t1} over the next few days to book a visit.\n\nYours sincerely,\n{p2.full}\nService Team Lead\nHelpline {hot}",
    "Hi {p1.hf},\n\nYour refund of {price} went out today to the account ending in the IBAN {iban}. Depending on your bank it can take 2–3 working days.\n\n{@close}\n{p2.first}\n\n"
    "On {date}, {p1.comma} wrote:\n>> when do I get my money back??? order {order}",
    "Dear {p1.h},\n\nWe were unable to reach you by phone. Collection is now booked for {wd}, {date} between {time} and {time2} at your address ({a1.line}). "
    "Please let us know if that doesn't suit.\n\nBest regards,\n{p2.full}\nDispatch | {o2}",
]

LEAD_LIST = [
    Rows("First Name,Last Name,Company,Email,Phone,City,Postcode\n", "{r.first},{r.last},{co},{r.wmail},{rt},{ra.town},{ra.zip}"),
    Rows("Leads from the {town} expo – please call by {kw}:\n\n| Name | Company | Title | Phone |\n|---|---|---|---|\n", "| {r.full} | {co} | {@position} | {rt} |", "\n\nThanks! {p1.first}"),
    Rows("Title\tName\tAddress 1\tTown\tPostcode\tPhone\n", "{r.g:Ms/Mr}\t{r.comma}\t{ra.streetonly}\t{ra.town}\t{ra.zip}\t{rt}"),
    Rows("name,email,address,source\n", "\"{r.full}\",{r.email},\"{ra.line}\",{@source}"),
    Rows("Contacts from the {date} webinar:\n", "{r.full} – {co} – {rt} – {r.wmail} – {rip}", "\n\n(raw export from the webinar tool, not cleaned up)", numbered="{i}) "),
    Rows("\"Name\",\"Mailing address\",\"Phone\",\"Notes\"\n", "\"{r.full}\",\"{ra.block}\",\"{rt}\",\"⟦call back wk 12|hot|cold|samples sent|meeting booked⟧\"", n=(2, 4)),
    Rows("Here's the list as discussed (copied from Excel):\n\nSurname\tFirst name\tEmail\tMobile\tStatus\n", "{r.last}\t{r.first}\t{r.email}\t{rm}\t⟦new|contacted|proposal|lost⟧", "\n\nCheers, {p1.first}"),
    Rows("Key accounts – North West\n", "• {co}: {r.hf}, {ra.line}, {rt}", "\nLast updated {date}"),
]

TESTIMONIAL = [
    "\"Super fast delivery and the {kind} fits perfectly. Will order again!\"\n– {p1.firstinit}, {town}",
    "★★★★★ {date}\nI hesitated for ages because of the price ({price}) but the quality is spot on. Customer service (thanks {p2.first}!) helped me pick the right size.\n{p1.full}, {a1.town}",
    "Customer story\n\"Since we switched our team uniforms to {shop}, everything just runs smoothly. We especially value the personal support from {p2.hf}.\"\n{p1.sig}, {@position}, {co}",
    "★★☆☆☆ Disappointed\nThe seam came apart after {num} weeks. The complaint dragged on, only got a reply after three emails to {smail}.\n– {p1.full}",
    "What our customers say:\n\n\"The {pstreet} bedding is a dream.\" – {p1.firstinit}\n\"Fast, friendly, fair.\" – {p2.full}, {town}\n\"Finally a shop that ships abroad!\" – {p3.first} from {town2}",
    Fixed("Brilliant service! My bike was fixed within two days and {p2.first} in the workshop explained everything. Cheers!\n{p1.firstinit}, {a1.town}", "GB"),
    "Review by {p1.full} (verified purchase) on {date}:\nFits perfectly 😄 delivery to the parcel locker worked without a hitch. 4/5\n[Moderation: approved · IP {ip}]",
    "Thank you to the whole team and especially {p2.full}, who got my order here before Christmas! You're the best.\nWarmly, {p1.full} & family",
]

EMAIL_SIGNATURE = [
    Fixed("Hi {p2.first},\n\nPlease find attached the quote {ref} as discussed. Lead time approx. {dur}.\n\nKind regards,\n\n{p1.sig}\n{@position}\n{co}\n{a1.block}\n"
          "T: {o1} | M: {m1}\nE: {p1.wmail}\n\n{co} is registered in England and Wales, {hrb}. Registered office: {a2.line}.", "GB"),
    Fixed("Hello,\n\nCould you confirm the delivery date for PO {order}?\n\nBest,\n{p1.full}\n{@position} | {co}\n{a1.line}\nOffice: {o1}\nCell: {m1}\n{p1.wmail}", "US"),
    Fixed("Hi all,\n\nApproved – go ahead with the order.\n\nMany thanks,\n\n{p1.full}\n{@position}\n\n{co}\n{a1.block}\nDDI {o1}\nSwitchboard {hot}\n{p1.wmail}", "IE"),
    "Thanks!\n\nBest\n{p1.first}\n\n--\n{p1.full} | {@position} | {co}\n{o1} | {p1.wmail}\nwww.{codom}",
    "Sounds good, {date} works. Please deliver to {a1.line}.\n\n{p1.first}\n\nSent from my iPhone\n{m1}",
    Fixed("Signed confirmation attached.\n\nRegards\n{p1.full}\nOrder Processing\n{co} | {a1.line}\nTel {o1} | Fax {fax}\n{p1.wmail} | www.{codom}\n"
          "{co} is a company registered in England. {hrb}. Directors: {p2.full}, {p3.full}\n\nThis email and any attachments are confidential. If you have received it in error please notify the sender immediately.", "GB"),
    Fixed("Have a great weekend!\n{p1.full}\n\n___________________________\n{co}\n{a1.block}\np: {o1}\ne: {p1.wmail}", "US"),
    Fixed("Best regards,\n\n{p1.sig}\nPartner\n\n{co}\n{a1.line}\nT {o1}\nwww.{codom}", "IE"),
]

CHAT_LOG = [
    "[{tick}] Customer: hi, i have a question about my order\n[{tick}] {p2.first} ({shop}): Hi there! Sure – what's the order number?\n[{tick}] Customer: {order}\n"
    "[{tick}] {p2.first} ({shop}): Thanks. And the name on the order?\n[{tick}] Customer: {p1.low}\n[{tick}] Customer: delivery address is {a1.line}\n"
    "[{tick}] {p2.first} ({shop}): Thanks, found it. It's on its way 👍",
    "{date}, {tick} - {p1.first}: Hi, is the table still available?\n{date}, {tick} - {shop}: Yes! Collection or delivery?\n{date}, {tick} - {p1.first}: collection would be great, I'm in {town}\n"
    "{date}, {tick} - {shop}: Sure, collect from {a2.line}, Sat {time}–{time2}\n{date}, {tick} - {p1.first}: ok. my number in case {m1}",
    "{@chatstart} {date} {tick}\nAgent {p2.full} joined the chat\n{p2.first}: Hello, how can I help?\nYou: hallo, ich spreche nicht so gut Englisch, geht auch Deutsch?\n"
    "{p2.first}: Of course – ja, gerne! Wie ist Ihre Bestellnummer?\nYou: {order}, Name ist {p1.full}\n{p2.first}: Danke. Das Paket kam zurück, die Adresse war unvollständig. Can you send the full address?\n"
    "You: {a1.line}\n{p2.first}: Perfect, I'll resend it today.",
    "{p1.lfirst}: hey {p2.lfirst} have you got the number for that guy at {co}?\n{p2.lfirst}: yeah hang on\n{p2.lfirst}: {p3.full} {t1}\n{p1.lfirst}: legend 🙏\n{p2.lfirst}: email's {p3.wmail} i think",
    "{@chatstart} · {date}\nVisitor IP: {ip} · Browser: Safari\n[{tick}] Visitor: Hello, I want to change my address\n[{tick}] Bot: Please enter your email address.\n[{tick}] Visitor: {p1.email}\n"
    "[{tick}] Bot: Thanks! An agent will be with you shortly.\n[{tick}] {p2.first}: Hi {p1.hf}, what's the new address?\n[{tick}] Visitor: {a1.line}\n[{tick}] {p2.first}: Done ✔",
    "WhatsApp Business – {shop}\n{p1.full}: Hi, my parcel went to the neighbour, {p3.h}, across the road. But they're never in 😩\n{shop}: Oh no! We'll sort it with the courier. What's the neighbour's house number?\n"
    "{p1.full}: {a2.streetonly}\n{shop}: Thanks, we'll get back to you on this number.",
]

CALL_NOTE = [
    "Call {date} {time}, {num} min\nCaller: {p1.hf}, callback {t1}\nIssue: parcel arrived damaged ({order}). Photos to follow by email from {p1.email}.\nOutcome: replacement sent to {a1.line}.\nHandled by: {p2.init}",
    "Called {p1.h} back on {t1} – no answer, left voicemail. Try again {wd} after {time}. If still nothing, email {p1.email}. /{p2.first}",
    "Phone call with {p1.full} ({co}): wants a consolidated invoice, billing address {a1.line}, FAO accounts ({p3.full}, direct line {o1}). 30-day terms OK per {p2.hf}.",
    "Customer wanted to pay by phone: card {cc}, exp {exp} – DO NOT store, only use for the payment link. {p1.full}, {t1}",
    "Customer very upset on the phone, name {p1.comma}, DOB {bday}. Says {p1.g:she/he} was charged twice, card ending {cardend}. Please check with accounts and call back: {m1}.",
    "Inbound call #{ticket}\nContact: {p1.full} | {t1}\nTopic: delayed delivery\nNote: waiting since {date} for {kind}. Offered {pct} off or cancel. Will decide by {wd}.\nAgent: {p2.full}",
    "Call notes\nWho: {p1.hf} (building manager, {co})\nWhat: furniture deliveries only by appointment, lift closed after {time}. Access via the rear courtyard, {a1.line}.\nCall back: {o1}\nTaken by: {p2.first}, {date}",
]

RETURNS_FORM = [
    "RETURNS FORM\n\nOrder number: {order}\nName: {p1.full}\nAddress line 1: {a1.streetonly}\nTown / Postcode: {a1.ztown}\nEmail: {p1.email}\nPhone: {t1}\n\nItem | Qty | Reason\n"
    "{sku} | 1 | ⟦too big|too small|changed my mind|faulty|wrong colour⟧\n\nRefund to: ⟦original payment method|IBAN {iban}|card {cc}⟧",
    "Return {ref}\nCustomer no.: {custno}\nFrom: {p1.full}, {a1.line}\nReason: colour not as pictured ({colour} ordered).\nRequested: exchange for {size}.\nSignature: {p1.last}",
    Fixed("Return request\nFull name: {p1.full}\nAddress: {a1.line}\nIBAN for refund: {iban}\nAccount holder: {p1.full}\nDate: {date}", "IE"),
    "Exchange slip\n☐ Refund ☒ Exchange\nCustomer: {p1.capscomma}\nTel: {t1}\nNew size: {size}\nShip to: ☒ billing address ☐ other: ________",
    "Returns portal – submitted {date}\nOrder: {order}\nItem: {kind} ({gtin})\nCondition: ⟦unworn, tags on|worn|packaging damaged⟧\nCollection requested: yes\nCollection address: {a1.block}\nContact on site: {p1.full}, {m1}",
    "Hi, please find my return enclosed. I lost the returns slip so here are my details: {p1.full}, {a1.line}, ordered on {date}. Please refund to my card. Thanks! {p1.first}",
]

COURIER_NOTE = [
    "Delivery instructions: if {p1.full} is out please leave with {p2.h} (ground floor flat). {a1.line}. Doorbell broken – call {m1}.",
    "Safe place authorised: parcel may be left ⟦in the garage|on the back porch|behind the side gate|in the recycling bin shed⟧. Recipient: {p1.full}, {a1.streetonly}. Signed: {p1.init}, {date}",
    "Driver note route {num}: {a1.line} – rear entrance, third door on the right. Customer {p1.capslast} in from {time}. Tel {t1}. DO NOT leave with neighbour {p3.last}!",
    "Delivery note {order}\nDeliver to: {p1.full}\nc/o {p2.full}\n{a1.block}\nNote: bitte vorher anrufen / please call first, {t1}",
    "COD ❌ | Oversize ✅\nCollect from {co}, dock 2, {a2.line}\nDeliver to {p1.hf}, {a1.line}\nPhone ahead {t1} at least 1 day before",
    "Shipment {track}: delivery attempted {date} {time} – no one home. Card left. Recipient {p1.full} asked by text for delivery to {a2.line} (workplace).",
]

B2B_ENQUIRY = [
    "Subject: Quote for {qty} {kind} – staff gifts\n\n{@greet}\n\nWe're a business based in {town} looking for {qty} ⟦printed|embroidered⟧ items for our summer party. "
    "Could you send a quote including logo printing?\n\nDelivery address:\n{co}\nFAO {p1.hf}\n{a1.block}\n\nAny questions: {o1}\n\n{@close}\n{p1.full}\n{@position}",
    "Hello,\nWe ({co}) would love to stock your products in our shop in {town}. Please send wholesale terms to {cmail} or directly to me ({p1.wmail}).\nPurchasing contact: {p1.full}, tel {o1}\nBest, {p1.first}",
    "Order on account\nCompany: {co}\nBilling address: {a1.line}\nMailing address: {pobox}, {town}\nShip-to address: {a2.line}\nOrdered by: {p1.full}\nCost centre {num}\nVAT no.: {vat}\nLine 1: {sku} × {qty}\nLine 2: {sku2} × {qty2}",
    Fixed("Hi there,\n\nWe're after {qty} wool throws in {colour} for our guest rooms. Please send pricing to {p1.wmail}.\n\nMany thanks,\n{p1.full}\nPurchasing\n{co}\n{a1.line}\n{o1}", "IE"),
    "Dear Sir or Madam,\n\nOn behalf of {p2.hf} I'd like to request a quote for {qty} units of {sku}. We need the goods by {date}. Deliver to our warehouse: {a1.line}.\n\n"
    "{@close}\n{p1.full}\nExecutive Assistant\n{co} | {o1}",
    "Hi,\nquick pricing question: {qty}× {kind} in {colour}, one-colour logo. Invoice to {cmail}, I'm the contact, {p1.full} ({m1}). Happy to chat on WhatsApp too.\nThanks",
]

GUEST_LIST = [
    Rows("Guest list – summer party {date} (as of {date2})\n\n", "{r.full} ({@rsvp})", "\n\nQuestions to {p1.full}, {o1}", numbered="{i}. "),
    Rows("Name,Plus one,Dietary,Mobile\n", "\"{r.comma}\",⟦yes|no⟧,⟦none|nut allergy|vegetarian|dairy-free|vegan⟧,{rm}"),
    Rows("Invite list – client evening ({town}):\n", "- {r.hf}, {co} – {r.wmail}", "\nRSVPs by {date} please. Thanks, {p1.first}"),
    Rows("Table plan – table {num}:\n", "• {r.full}⟦| (guest)| + 1| – speech!⟧"),
    Rows("Attendee list – Sustainable Packaging workshop ({date})\nNo | Name | Company | Email\n", "{r.full} | {co} | {r.wmail}", numbered="{i} | "),
    Rows("Wedding guest list {p1.first} & {p2.first} – addresses for invitations\n\n", "{r.full}, {ra.line}"),
    Rows("RSVPs – {shop} 10th anniversary:\n", "✔ {r.full} ({co})", "\n\nApologies: {p1.full}, {p2.init}"),
    Rows("VIP list – store opening\n", "{r.caps} | {@rsvp} | {rm}", "\nDoors {time}, list at the door with {p1.first}"),
]

RECRUITING_NOTE = [
    "Application {p1.full} – {@position}\nReceived: {date}, via {@source}\nContact: {p1.email}, {m1}\nLocation: {a1.town} (open to relocating)\nFirst impression: ⟦very good|solid|probably not a fit⟧. "
    "Phone screen with {p2.h} on {date2} at {time}.",
    "Hi {p2.first}, could you have a look at {p1.hf}'s CV? {num} years in fulfilment, currently at {co}. I liked them. Address on the CV: {a1.line}. Thanks, {p3.first}",
    "Rejections sent to: {p1.full} ({p1.email}), {p3.full} ({p3.email}) – the {@position} role has been filled by {p4.full}, starting {date}.",
    "Interview feedback ({date})\nCandidate: {p1.full}\nPanel: {p2.full}, {p3.init}\n+ great communicator, knows Shopify\n- 3 months' notice\nRecommendation: 2nd round. Reference: {p4.hf}, formerly {co}, {t1}",
    "Offer accepted by {p1.full} for the Berlin office. Payroll needs their Steuer-ID ({tax}) and IBAN ({iban}) in the HR system before {date}. – {p2.first}",
    "Speculative application by email from {p1.email}:\n\"Hello, I'm {p1.full}, {num} years old, and I'm looking for a sales assistant role in {town}. You can reach me on {m1}.\"\n→ forwarded to store manager ({p2.full})",
    "Talent pool entry\nName: {p1.comma}\nProfile: warehouse, forklift licence\nAvailable from: {date}\nAddress: {a1.block}\nNote {p2.init}: call when next role opens in {town} ({t1})",
]

WARRANTY_CLAIM = [
    "Warranty claim\nProduct: {pname} {kind}, serial no. {sku}\nPurchase date: {date}, receipt {inv}\nFault: zip broke after {num} weeks.\nCustomer: {p1.full}, {a1.line}\nDaytime phone: {t1}\nEmail: {p1.email}",
    "Dear Sir or Madam,\n\nThe {kind} (EAN {gtin}) I bought from you on {date} has stopped working. Please repair or replace it under warranty. Collection from:\n\n{p1.full}\n{a1.block}\n\n{@close}\n{p1.full}",
    "Warranty {ref} – internal note: item received {date}, inspected by {p2.full}: manufacturing fault confirmed. Send replacement to {p1.hf}, address from order: {a1.line}. Customer wants an update on {m1}.",
    "Garantiefall / warranty claim\nName: {p1.full}\nEmail: {p1.email}\nReceipt: {inv}\nIBAN for postage refund ({price}): {iban}",
    "Hi all, the battery on my {kind} ({brand}) only lasts 10 minutes now. Bought {num} months ago from you, receipt attached. Please email a collection label to {p1.email}, address: {a1.line}. Thanks, {p1.full}",
    Fixed("Warranty claim\nCustomer: {p1.hf}\nAddress: {a1.line}\nPhone: {t1}\nProduct: {kind}, colour {colour}\nDefect: colour flaking\nHandled by: {p2.first} (Portland store)", "US"),
]

OUTREACH_LIST = [
    Rows("Influencer list Q{num} ({pplace} campaign)\nName | Channel | Followers | Contact | Status\n",
         "{r.full} | ⟦Instagram|TikTok|YouTube|Blog|Pinterest⟧ | {qty}k | {r.email} | ⟦reached out|agreed|not interested|contract sent⟧"),
    Rows("Partners – sample mailing list:\n", "- {r.full}, {ra.line}, size {size}"),
    Rows("name,handle,email,phone,note\n", "{r.full},{r.handle},{r.email},{rm},⟦code created|brief sent|waiting on content|invoice open⟧"),
    Rows("Blogger outreach (hiking/outdoors) – please email by {date}:\n", "{r.full} ({r.email}) – last contact {date2}", numbered="{i}) "),
    Rows("Affiliate payouts {month} (Germany-based creators)\nName,IBAN,DE tax ID,Amount\n", "{r.full},{riban},{rtax},{price}", "\nApproved: {p1.full}"),
    Rows("Partner shops for the \"{pname}\" promo:\n", "{co} – owner {r.full}, {rt}, commission account {riban}", "\n\nSame terms as {year}. {p1.first}"),
    Rows("Press list – new season {year}\nOutlet,Contact,Email,Phone\n", "{co},{r.full},{r.wmail},{ro}"),
]

SHIFT_HANDOVER = [
    "Handover early → late shift {date}\n- Till 2 playing up, engineer booked for {wd}\n- Click & collect for {p1.h} under the counter (order {order}), will ring first: {t1}\n"
    "- our colleague {p2.h} started the stock count in warehouse B\n- Delivery from {co} short, {p3.first} chasing\nCheers, {p4.first}",
    "Warehouse log {date}\nOn shift: {p1.init}, {p2.init}, {p3.init}\nConveyor down {time}–{time2}, reported to facilities ({t1}).\nCustomer {p4.full} came in re a complaint, promised a call back.",
    Fixed("Hi all!\nMad day. {p1.hf} from the café opposite ordered again – delivery tomorrow {time} to {a1.line}. Don't forget!! Her mobile: {m1}.\nx {p2.first}", "GB"),
    "Night handover:\n* {p1.full} (temp) off sick until {date}\n* {p2.first} has the key for gate 3\n* Parcel for {p3.hf} returned to sender, incomplete address ({a1.sname}, no house number)",
    "Saturday info: {p1.first} and {p2.first} are swapping. Key handover at {p3.hf}'s place, {a1.line}, from {time}. Any issues {m1}.",
    Fixed("Store handover\n– Cash-up OK, variance {price}\n– Hold for {p1.h} ({kind}, {size}) until {wd}\n– {p2.first} has training on {date}\n– Contractor ({co}) in at {time}, contact {p3.full}, {t1}", "US"),
]

FORWARDED_HEADER = [
    "---------- Forwarded message ---------\nFrom: {p1.full} <{p1.email}>\nDate: {wd}, {date} at {time}\nSubject: Re: Quote {ref}\nTo: {p2.full} <{p2.smail}>\nCc: {p3.comma} <{p3.smail}>\n\n"
    "Hi {p2.first},\nplease pass this on to accounts. My billing address is {a1.line}.\nThanks, {p1.first}",
    "From: {p1.comma} <{p1.wmail}>\nSent: {wd}, {date} {time}\nTo: {smail}\nCc: {p2.full}\nSubject: FW: Complaint {ref}\n\nFYI – see below.\n\nFrom: {p3.full} [mailto:{p3.email}]\n"
    "Sent: {date2}\nTo: {p1.comma}\nSubject: Complaint\n\nThe delivery was incomplete again. Please call me back: {t1}",
    "Hi {p2.first}, can you deal with this one?\n\nVon: {p1.fold} <{p1.email}>\nGesendet: {wd}, {date} {time}\nAn: {smail}\nBetreff: Rechnung {inv}\n\nHallo, ich habe die Rechnung doppelt bekommen. Bitte eine stornieren.\n{p1.first}",
    "Begin forwarded message:\n\nFrom: {p1.full} <{p1.email}>\nSubject: New address\nDate: {date} at {time} BST\nTo: {p2.full} <{p2.email}>\n\nNew address from the 1st:\n{a1.block}\nPhone stays {t1}.",
    "FW: RE: RE: Delivery date\n\nFrom: {p1.full}\nSent: {date} {time}\nTo: {p2.comma}; {p3.comma}\nSubject: RE: RE: Delivery date\n\nFine, {wd} works. Deliver to {a1.line}, gate 2.\n\n"
    "From: {p2.comma}\nSent: {date}\nTo: {p1.full}\n\nHi {p1.hf}, would {wd} be OK?",
    "-------- Original Message --------\nSubject: Close my account\nDate: {date} {time}\nFrom: {p1.email}\nTo: {smail}\nX-Originating-IP: [{ip}]\n\nPlease close my account. {p1.full}, customer no. {custno}",
]

MEETING_MINUTES = [
    Rows("Team meeting minutes {date}\nLocation: {room}\nAttendees:\n", "- {r.full}",
         "\nApologies: {p1.full}\n\n1. Returns rate: currently {pct}. {r_1.first} to dig into top reasons.\n2. New carrier: quote from {co} received.\n\n"
         "Actions:\n- {r_2.init}: review quote by {date2}\n- {r_1.init}: returns analysis\nMinutes: {r_3.first}", n=(3, 6)),
    "Client meeting notes – {co}, {date}\nPresent: {p1.full}, {p2.full} ({co}); {p3.full}, {p4.full} ({shop})\n1. Q{num} delivery dates: unchanged.\n"
    "2. Logistics contact going forward: {p2.h}, tel {o1}\nNext meeting: {date2}, {time}, at {co} ({a1.line})",
    "Weekly sync {kw}\nAttendees: {p1.init}, {p2.init}, {p3.init}, {p4.first}\n• {town} trade fair: stand cover {p1.first}/{p4.first}\n• Social budget approved ({price})\n• Next sync {wd} {time}",
    Rows("Open actions from the {date} meeting\n\n| Action | Owner | Due |\n|---|---|---|\n", "| {@task} | {r.full} | {date} |", "\n\nMinutes taken by {p1.full}", n=(3, 5)),
    "Conference call summary {date}\nOn the call: {p1.full} (purchasing), {p2.full} ({co}), {p3.first} (warehouse)\nOutcome: samples to go to {p2.hf}, {a1.line}. Feedback by {date2}.\n"
    "Action: {p1.first} to send summary to {p2.wmail}.",
    Rows("AGM minutes {date}\nChair: {p1.full}\nBoard members present:\n", "{r.comma} ({@position})", "\n\nResolutions: summer party on {date2}. Tellers: {r_1.full}, {r_2.full}.", n=(2, 5)),
]

TEAM_CHAT = [
    "{p1.full}  {tick}\n{p2.mention} could you check the address for Ms {p3.last}? Parcel came back.\n{p2.full}  {tick}\non it 👍 system says: {a1.line}\n{p2.full}  {tick}\nah, house number was missing on the label. Re-sent.",
    "#dispatch\n{p1.handle}: who's doing the collection at {co} today?\n{p2.handle}: me, {p3.first} is off sick\n{p1.handle}: ok, contact there is {p4.full}, mobile {m1}",
    "{p1.comma} mentioned you in a message:\n\"{p2.mention} please call {p3.hf} back on {t1} about invoice {inv}\"",
    "{p1.lfirst} [{tick}]\nanyone got the new iban for {co}? the old one bounced\n{p2.lfirst} [{tick}]\n{iban}\n{p2.lfirst} [{tick}]\nthat's what's on last week's invoice",
    "Channel: #customer-service\n{p1.full}: Heads up, {p3.full} has called 4x about {order}. Who's taking it?\n{p2.full}: me 🙋 number?\n{p1.full}: {t1}\n{p2.full}: ta, calling now",
    "{p1.full}: customer just pasted their full card number in the chat 🙈 {cc} – can someone scrub it from the transcript?\n{p2.full}: done. {p3.mention} can you remind everyone: no card details in tickets.",
    "[{tick}] {p1.first}: {p2.mention} {p3.mention} meeting with {co} moved to {wd} {time}\n[{tick}] {p2.first}: works\n[{tick}] {p3.first}: I'm WFH then, dial in on {o1}?",
]

VOICEMAIL = [
    "Voicemail from {t1}, {date} {time}, length 0:{num}\nTranscript: \"Yeah hi, it's {p1.full}, erm, I ordered the {kind} last week and just wondered when it's coming. "
    "I haven't got the order number to hand but the address is {a1.line}, so ... Could you call me back on {m1}? Thanks, bye.\"",
    "New voicemail ({dur}) – auto-transcribed:\n\"hi this is {p1.low} from {co} it's about invoice {inv} please call me back on {t1} thanks\"",
    "Voicemail {time} – {p1.first} ({m1}): can't take the delivery tomorrow, please leave it with {p2.full} across the road. No need to call back.",
    "Store answerphone, message {num}:\nCaller says they're {p1.hf}, talks very fast. Number as heard: {t1} (might have digits swapped). Wants to reserve a {kind} in {size} until Saturday.",
    "Voicemail-to-text ({date} {time}):\n\"Hi {p2.first}, it's {p1.first} from {co}. The pallet's ready, driver should ask for {p3.h} at the gate. My direct line is {o1}. Cheers.\"",
    "Field sales voice memo {date}: visit to {p1.hf}, {a1.line}, went well. Order for {qty} units coming by email from {p1.wmail}. Next visit {kw}.",
]

UNSUBSCRIBE = [
    "Subject: UNSUBSCRIBE!!!\n\nThis is the THIRD time I've unsubscribed from your newsletter and I still get emails every day at {p1.email}. Delete my data now or I'm reporting you to the ICO.\n\n{p1.full}",
    "Hello,\nplease remove me from your mailing list. According to your confirmation email I signed up on {date} at {time} from IP address {ip} – that wasn't me!\nMy email: {p1.email}\nRegards {p1.init}",
    "Hi, why am I getting junk mail at {a1.line}? I've never ordered from you. Where did you get my address? I'm making a subject access request under UK GDPR.\n{p1.full}",
    "to: {smail}\nsubject: newsletter\n\nplease unsubscribe {p1.email} and also {p2.email} (my wife). thanks. {p1.lfirst}",
    "To whom it may concern,\n\nI object to the use of my personal data for marketing purposes. This covers {p1.full}, {a1.line}, {p1.email}, tel. {t1}.\n\n{@close}\n{p1.full}",
    "Yet another text from you on {m1} even though I replied STOP. Really annoying. Remove me for good. {p1.full}",
]

MARKETPLACE = [
    "Message from buyer {p1.user} (order {order}):\n\"Hi, I accidentally used my old address. Please send it to {a1.line}, attn {p1.full}. Thanks!\"",
    "eBay message: question about item {sku}\nFrom: {p1.user}\nHi, is collection from {town} possible? I could come by {wd}. Tel {m1}. Thanks {p1.first}",
    "Etsy order {order} – personalisation: engraving \"{p2.first} & {p3.first} {date}\"\nShip to: {p1.full}\n{a1.blockc}\nNote to seller: It's a gift, please don't include the invoice :)",
    "Marketplace – buyer message\nSubject: Item not received\nBuyer: {p1.full}\nOrder no.: {order}\n\"Tracking ({track}) says delivered but nothing here. Neighbour {p2.last} hasn't got it either. Please refund.\"",
    "Facebook Marketplace chat\n{p1.first}: Hi, is the bike still available? I'd offer {price}.\nSeller: Yes, still here. Pickup at {a2.line}.\n{p1.first}: Perfect, I'll come tomorrow {time}. My number: {m1}",
    "Order summary {order}\nBuyer: {p1.user} ({p1.full}), account created {date} from IP {ip}\nShipping address: {a1.line}\nBuyer note: \"Please use Royal Mail, not Evri. Thanks!\"",
]

OCR_FORM = [
    "LOYALTY CARD – APPLICATION\nSurname, First name: {p1.capscomma}\nAddress: {a1.ocrline}\nTel: {t1}\nEmail: {p1.capsmail}\nDate of birth: {bday}\n☒ Send me offers by post",
    "[Scan page 1/1]\nCANCELLATI0N FORM\nTo: {shop}, {a2.line:GB}\nI hereby give notice that I cancel my contract of sale of the following goods: {kind}\nOrdered on/received on: {date}\n"
    "Name of consumer: {p1.ocr}\nAddress of consumer: {a1.ocrline}\nDate: {date2}\nSignature: {p1.ocr}",
    "Returns slip (handwritten)\nNAME {p1.caps}\nADDR {a1.ocr}\nTOWN/POSTCODE {a1.ztown}\nTEL {t1}\nREASON: doesnt fit",
    "Prize draw entry card\nfirst name: {p1.lfirst}  surname: {p1.capslast}\naddress: {a1.ocrline}\nemail: {p1.email}\n☑ Sign me up for the newsletter",
    "OCR result delivery note (confidence 0.{num}):\nRecipient: {p1.ocr}\n{a1.ocrline}\nSigned for by: {p1.ocr}\nDate: {date}",
    "Direct Debit instruction (scan)\nAccount holder: {p1.caps}\nAddress: {a1.ocr}\nIBAN: {iban}\nPlace, date: {town}, {date}\nSignature: {p1.ocr}",
]

CRM_EXPORT = [
    Rows("[\n", "  {\n    \"customer_id\": \"{custno}\",\n    \"first_name\": \"{r.first}\",\n    \"last_name\": \"{r.last}\",\n    \"email\": \"{r.email}\",\n    \"phone\": \"{rt}\",\n"
         "    \"address\": {\n      \"line1\": \"{ra.streetonly}\",\n      \"city\": \"{ra.town}\",\n      \"postcode\": \"{ra.zip}\"\n    },\n    \"opt_in\": ⟦true|false⟧\n  }", "\n]", n=(1, 3), joiner=",\n"),
    Rows("# CRM export {date}\ncontacts:\n", "  - name: {r.full}\n    company: {co}\n    email: {r.wmail}\n    phone: \"{rt}\"\n    address: \"{ra.line}\"\n    source: {@source}", n=(1, 3)),
    Rows("", "{\"employee_id\":\"{custno}\",\"name\":\"{r.full}\",\"de_tax_id\":\"{rtax}\",\"iban\":\"{riban}\",\"start\":\"{date}\"}", n=(2, 4)),
    Rows("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<customers>\n", "  <customer id=\"{custno}\">\n    <name>{r.comma}</name>\n    <email>{r.email}</email>\n    <iban>{riban}</iban>\n    <last_ip>{rip}</last_ip>\n  </customer>",
         "\n</customers>", n=(1, 3)),
    "{\n  \"ticket\": \"{ticket}\",\n  \"requester\": {\n    \"name\": \"{p1.full}\",\n    \"email\": \"{p1.email}\",\n    \"phone\": \"{t1}\",\n    \"shipping_address\": \"{a1.line}\"\n  },\n"
    "  \"assignee\": \"{p2.full}\",\n  \"status\": \"⟦open|solved|pending⟧\",\n  \"ip\": \"{ip}\"\n}",
    Rows("id,title,first_name,last_name,street,city,postcode,country,vat_no\n", "{custno},{r.g:Ms/Mr},{r.first},{r.last},{ra.streetonly},{ra.town},{ra.zip},{ra.country},{vat}"),
    "contact:\n  id: {custno}\n  display_name: \"{p1.comma}\"\n  mobile: \"{m1}\"\n  work_phone: \"{o1}\"\n  email: {p1.wmail}\n  company: {co}\n  notes: |\n    Called back by {p2.full} on {date}.\n    Alt. delivery address: {a1.line}",
    "<contact>\n  <givenName>{p1.first}</givenName>\n  <familyName>{p1.last}</familyName>\n  <street>{a1.streetonly}</street>\n  <postalCode>{a1.zip}</postalCode>\n  <locality>{a1.town}</locality>\n  <tel>{t1}</tel>\n  <ip>{ip}</ip>\n</contact>",
]

GDPR_REQUEST = [
    "Subject: Subject Access Request\n\n{@greet}\n\nUnder Article 15 of the UK GDPR I request a copy of all personal data you hold about me.\n\nName: {p1.full}\nAddress: {a1.line}\n"
    "Email on my account: {p1.email}\nDate of birth: {bday}\n\nPlease respond within one month.\n\n{@close}\n{p1.full}",
    "DSAR {ref} – data found:\n• Customer account: {p1.comma}, {p1.email}\n• Orders: {num} (latest {order})\n• Newsletter opt-in: {date}, IP {ip}\n• Payment data: card {masked} (tokenised)\n"
    "• Call notes: 2 (callback no. {t1})\nHandled by: {p2.full}",
    "Request for erasure\nI, {p1.full}, born {bday}, of {a1.line}, request the deletion of my personal data including my phone number {t1}.\n{town}, {date}\n{p1.full}",
    "Hello privacy team,\nplease delete the data of my late father {p2.full} (customer no. {custno}). I'm {p1.full}, reachable at {p1.email}. Death certificate attached.\nThanks",
    "Former employee request – {p1.full} (Munich office): we hold the personnel file, German tax ID {tax}, bank details {iban}, address {a1.line}. Payroll records retained 10 years. Handled: {p2.init}",
    "Response sent {date} to {p1.hf} by post to {a1.line}. Data included: profile, {num} orders, login IPs ({ip}, {ip2}). Prepared: {p2.init}, checked: {p3.init}",
    Fixed("Hi,\nunder the CCPA I'd like to know what personal information you've collected about me and opt out of any sale of it. Name: {p1.full}. Address: {a1.line}. Phone: {t1}.\n{@close}\n{p1.full}", "US"),
]

PAYROLL = [
    Fixed("New starter form – Berlin office\nSurname, first name: {p1.comma}\nDate of birth: {bday}\nAddress: {a1.line}\nMobile: {m1}\nGerman tax ID (Steuer-ID): {tax}\nTax class: ⟦1|3|4⟧\n"
          "Social insurance no.: {svnr}\nSalary account (IBAN): {iban}\nHealth insurer: ⟦TK|AOK|Barmer⟧", "DE"),
    "Hi {p2.first},\npayroll still needs {p1.full}'s German tax ID for the Munich contract. They just sent it over: {tax}. Can you add it in the system? Their IBAN has changed too, new one: {iban}.\nThanks, {p3.first}",
    Fixed("New starter checklist\nEmployee: {p1.full}\nAddress line 1: {a1.streetonly}\nTown/postcode: {a1.ztown}\nNI number: {svnr}\nStart date: {date}\nSort code/account: see IBAN {iban}\nEmergency contact: {p2.full}, {m1}", "GB"),
    "Forwarded from the German tax office: please confirm the tax ID for {p1.hf}. HR file says {tax}, the ELStAM lookup says {tax2}. Please check with the employee ({p1.email}).",
    "Relocation – Hamburg\nEmployee: {p1.full}\nNew address: {a1.block:DE}\nSteuer-ID received: {tax}\nPrepared by {p2.full}, People team",
    Fixed("Hire confirmed {date}\n{p1.full}, {@position}\nDE tax ID {tax} · employer tax no. {stnr}\nSalary account: {iban}\nEmergency contact: {p2.full}, {m1}", "DE"),
    "Hi payroll,\nfrom {month} please pay {p1.full}'s salary into the new account {iban}. Bank confirmation is on file.\n{@close}\n{p2.full}, People Ops",
    Rows("German payroll – tax ID reconciliation {month}\nEmployee no.,Name,Steuer-ID,IBAN,Status\n", "{custno},\"{r.comma}\",{rtax},{riban},⟦ok|mismatch|missing from lookup⟧", "\nQuestions: {p1.full}, {o1}", n=(3, 5)),
]

FRAUD_REVIEW = [
    "Fraud check order {order} – score {num}/100\nCustomer: {p1.full}, {p1.email}\nBilling: {a1.line}\nShipping: {a2.line}\nIP: {ip} (geo: ⟦NL|RU|US|GB⟧)\n"
    "Payment: card {cc}, 3DS ⟦failed|passed⟧\nDecision: ⟦cancelled|manually released|call customer⟧",
    "Flag: 4 orders in 10 min from IP {ip} under different names ({p1.full}, {p2.full}, {p3.full}), all to the same parcel locker in {town}. Card each time {masked}. Please block. – {p4.init}",
    "Chargeback case {ref}\nCardholder: {p1.caps}\nCard: {cc}\nOrdered from IP {ip}, device {mac}\nDelivered to {a1.line}, signed for as \"{p1.last}\"",
    "Security alert: new sign-in to your account\n\nHi {p1.first},\nwe noticed a sign-in from a new device on {date} at {time}:\nIP address: {ip}\nBrowser: Chrome {ver}\n"
    "If this wasn't you, please change your password straight away.\n\n{@agentsig}",
    "Risk review (manual)\nAccount: {p1.email}\nRecent logins: {ip} ({date}), {ip2} ({date2})\nAddress changed to {a1.line} just before ordering → suspicious\nPhone verification on {t1}: ⟦confirmed|no answer⟧\nReviewer: {p2.full}",
    "Blocklist entry\nName: {p1.full}\nAlias: {p2.full}\nAddress: {a1.line}\nCards: {cc}, {cc2}\nReason: repeated chargebacks",
]

PHONE_ORDER = [
    "Phone order {date}, taken by {p2.first}\nCustomer: {p1.hf}\nDeliver to: {a1.line}\nItem: {sku} {kind} {colour}, {size}\nPayment: card {cc}, exp {exp}\nCall back: {t1}",
    "Note: customer read out the card number – DELETE after entering!! {cc} – {p1.full}, tel {m1}",
    "Phone order for {co}, ordered by {p1.full}, invoice to {cmail}, deliver to:\n{a1.block}\nLines: {qty}× {sku}, {qty2}× {sku2}\nPayment by direct debit, IBAN: {iban}",
    "Customer rang, wants a {price} gift card sent to {p2.full} at {a2.line}. Paying by card {cc}. Purchaser: {p1.full}, {t1}.",
    "Phone order #{ticket}\nName: {p1.comma}\nAddress: {a1.line}\nEmail for confirmation: {p1.email}\nCard: {cc} / {exp}\nNote: not before {date}",
    Fixed("Regular order for {p1.h} (by phone): the usual {qty} bags of coffee, deliver to {a1.line}. On account. Tel {t1}", "IE"),
]

SMS_REMINDER = [
    "Hi {p1.first}, your click & collect order is ready ✅ Order {order}. Questions? {hot}",
    "Reminder: your delivery is booked for {date} between {time} and {time2}. Your driver {p2.first} will text 30 min before from {m2}. To change, reply 1.",
    "{shop}: Hi {p1.first}, your styling appointment is on {date} at {time} at our store, {a1.line}. To cancel call {hot}.",
    "Appointment confirmed for {p1.hf}: {wd}, {date}, {time}. Address: {a1.line}. Running late? Call {t1}.",
    "Your {shop} parcel is arriving today. Driver: {p2.first}. Live tracking: {track}. Questions: {m2}",
    "Hi {p1.hf}, your repair ({ref}) is ready to collect: {a1.line}, Mon–Sat. Tel {hot}",
]

INVOICE_CORRECTION = [
    "Subject: Please correct invoice address – {inv}\n\nHello,\nplease reissue the invoice to:\n\n{co}\nAccounts Payable\nFAO {p1.hf}\n{a1.block}\n\nVAT no.: {vat}\nThanks! {p1.first}",
    "Invoice correction {inv}: name misspelt. It should be {p1.full} (not {p1.typo}). Please reissue and send to {p1.email}.",
    "Hi, please send the invoice to my home address {a1.line}, not the company. I'll pay by bank transfer from {iban}.\n{@close}\n{p1.full}",
    "Billing/shipping address correction\nold: {a1.line}\nnew: {a2.line}\nCustomer: {p1.full} ({custno})\ndone: {p2.init}, {date}",
    "Hi,\nthe self-billing invoice {inv} for my collab is missing my German tax ID ({tax}) and the IBAN is wrong. Correct one: {iban}.\nThanks, {p1.full}",
    "Hi {p2.first}, invoice {inv} went to {p3.full} instead of {p1.full}. Please void it and resend to {p1.wmail}. Thanks, {p4.first}",
    Fixed("Dear Sir/Madam\nPlease update the billing address for all future orders to:\n{co}\n{p1.full}\n{a1.block}\nRegards\n{p1.full}", "US"),
]


MARKETING = [
    "Summer sale at {shop}! Up to {pct} off jackets from {brand} and {brand2}. Ends {date}. Use code SUMMER{year} at checkout – while stocks last.",
    "Just landed: the \"{pstreet}\" collection – inspired by grand boulevards and back alleys. The {pname} armchair from {price}, the {pname2} floor lamp from {price2}. Free delivery over {price3}.",
    "We've moved! From {date} you'll find us on {sname}, right next to the pharmacy. To celebrate: {pct} off everything from {brand}.",
    "Black Friday: {pct} off all {brand}! Valid on orders until {date}, {time}. Excludes gift cards and {brand2}.",
    "From the Highlands to the Hamptons: our \"{pplace}\" hiking jacket goes wherever you go. Now in {colour} and {colour2}, sizes XS–XXL. Only {price}.",
    "Mother's Day is {date}! Send flowers from the \"{pname}\" range or a gift card from {price}. Order by {wd}, {time} for guaranteed delivery.",
    "The classic is back: \"{pstreet}\" trainers, limited to {qty} pairs. Drops {date} at {time} – online and in all stores.",
    "Giveaway! Every order before {date} enters the draw for {num} \"{pplace}\" backpacks worth {price} each. 18+, T&Cs apply.",
]
PRODUCT_DESC = [
    "{kind} \"{pname}\"\nSKU {sku} | EAN {gtin}\nDimensions: {size}\nWeight: {weight}\nMaterial: 100% organic cotton\nCare: 30 °C delicate wash\nDesigned by Studio {pplace}",
    "The {brand} classic: the \"{pname}\" {kind} combines tough materials with a timeless cut. Model year {year}, fit version {ver}. Available in {colour}.",
    "Product data sheet\nName: \"{pstreet}\" duvet set\nGTIN: {gtin}\nIncludes: 1 cover {size}, 1 pillowcase 50 x 75 cm\nBrand: {brand}\nMade in Portugal",
    "\"Via Veneto\" moka pot for 6 cups, aluminium with a bakelite handle. Induction-ready with adapter plate. EAN {gtin}. RRP {price}.",
    "\"{pplace}\" leather bag – hand-stitched, vegetable tanned. Zipped inner pocket, laptop sleeve up to 14\". {size}, {weight}. SKU {sku}.",
    "\"{pname}\" scented candle with notes of fig and cedarwood. Burn time approx. 45 hours. Rapeseed wax, vegan. Batch {build}. EAN {gtin}.",
    "Kids' backpack {pname} (ages 3–6), {size}, with chest strap and reflectors. By {brand}. Colour {colour}. Ships from our {town} warehouse.",
    "Spare part: seal for model {sku}, fits series from {year}. Pack of {qty}. Manufacturer part no. {sku2}.",
]
SHIPPING_FAQ = [
    "How long does delivery take?\nUK mainland orders arrive in {dur}. Ireland and the Channel Islands take a little longer. Orders placed before {time} on weekdays leave our warehouse the same day.\n\n"
    "Do you deliver to parcel lockers?\nYes – choose \"InPost locker\" at checkout. We can't deliver to PO boxes or BFPO addresses.",
    "Shipping costs\nUK: {price}\nEU: {price2}\nFree over {price3}. Highlands & Islands postcodes (e.g. HS, IV, KW, ZE) may carry a surcharge.",
    "Where's my parcel?\nOnce your parcel is on its way we'll email you a tracking number (e.g. {track}). Deliveries usually arrive between {time} and {time2}.",
    "Returns from the EU\nPlease don't send returns to our warehouse directly – use our returns partner ({pobox}, {town}). Refunds are processed within {dur}.",
    "Can I change my delivery address after ordering?\nAs long as the order hasn't shipped, yes – under \"Orders\" in your account. After that only via the courier's tracking page. (Updated {date})",
    "Express delivery\nOrder Mon–Thu before {time} for next working day delivery. Extra {price}. Not available for oversize items over {weight} or to ZIP codes in Alaska and Hawaii.",
    "Do you ship internationally?\nYes, to all EU countries, Norway, Switzerland and the US. US orders over {price} may be subject to import duties.",
    "Bulky items\nFurniture is delivered by a two-person crew to the room of your choice. The carrier will call ahead to agree a slot. Lead time {dur}.",
]
ORDER_CONFIRMATION = [
    "Thanks for your order!\nOrder number: {order}\nOrder date: {date}\n\n1 × {kind} \"{pname}\", {colour}, {size} – {price}\n1 × {kind2} – {price2}\nSubtotal: {price3}\nShipping: free\n\n"
    "We'll deliver to the address you gave at checkout. Estimated delivery: {wd}, {date2}.",
    "Order confirmation {order}\nLine | Item | Qty | Price\n1 | {sku} | {qty} | {price}\n2 | {sku2} | {qty2} | {price2}\nPayment: invoice (14 days)\nYour invoice number will follow in a separate email.",
    "Your order {order} has shipped 📦 Tracking: {track}. It'll be delivered to your chosen parcel locker.",
    "Click & collect confirmation\nCollection code: {ref}\nPlease bring photo ID and this email. Ready from {date}, {time}.",
    "Your order {order} from {date}\nItem: {qty} × {kind} (SKU {sku}) at {price}\nDiscount {pct} applied\nTotal: {price2} incl. VAT\nPayment: PayPal – paid",
    "Part shipment for order {order}: {num} items shipped today. The rest ({kind}) should follow in {kw}. Tracking {track}.",
]
STORE_HOURS = [
    "Opening hours – {town} store\nMon–Fri {time}–{time2}\nSat {time3}–{time4}\nSun & bank holidays closed\nClosed on {date} for stocktaking.",
    "Dear customers, our store on {sname} is closed for refurbishment from {date} to {date2}. Online orders continue as normal.",
    "Holiday opening hours:\nChristmas Eve {time}–{time2}\nNew Year's Eve {time3}–{time4}\nChristmas Day, Boxing Day and New Year's Day closed\nThe team at our Covent Garden store",
    "New opening hours from {date}: closed Mondays, Tue–Fri {time}–{time2}, Sat {time3}–{time4}. Parking in the station car park (first hour free).",
    "Our pop-up on the high street is open until {date} – daily from {time}. After that you'll find us back in the shopping centre, level 2.",
    "Workshop hours: drop-off Mon–Thu {time}–{time2}, collection until {time3}. Fridays express service only. Closed {date} to {date2} for the summer break.",
    "Late-night shopping! On {date} all our {town} stores are open from {time} until {time2}.",
    "Please note: the entrance on {sname} is closed due to roadworks. Please use the rear entrance via the car park.",
]
SIZE_CHART = [
    "Women's size guide – {brand}\nUK size | Bust | Waist | Hip\n6 | 31\" | 24\" | 34\"\n8 | 32\" | 25\" | 35\"\n10 | 34\" | 27\" | 37\"\n12 | 36\" | 29\" | 39\"\nMeasurements in inches.",
    "Shoe size conversion\nUK 5 = EU 38 = US 7.5\nUK 6 = EU 39 = US 8\nUK 6.5 = EU 40 = US 8.5\nUK 7.5 = EU 41 = US 9.5\nDoes the \"{pname}\" come up small? Go one size up.",
    "Kids' sizes by age\n12–18 months: 86 cm\n2–3 years: 98 cm\n4–5 years: 110 cm\n6–7 years: 122 cm\nFor style {sku} we recommend sizing up.",
    "How to measure your glove size: measure around your hand (excluding thumb) in inches.\n7–7.5\" = S\n7.5–8\" = M\n8.5–9\" = L\n9–9.5\" = XL\nStyle {pname}, SKU {sku}",
    "Men's shirts \"{pname}\" (collar)\n14.5\" = S\n15–15.5\" = M\n16–16.5\" = L\n17–17.5\" = XL\nStandard sleeve 33\", long 35\".",
    "Ring sizes\nInner circumference 50 mm = UK J½ / US 5\n52 mm = UK L / US 6\n54 mm = UK M½ / US 7\n56 mm = UK O / US 7.5\nTip: measure in the evening. Free ring sizer with every order over {price}.",
    "Bike frame size by height (model {sku})\n5'1\"–5'5\": 47–50 cm (S)\n5'5\"–5'9\": 51–54 cm (M)\n5'9\"–6'1\": 55–58 cm (L)\n6'1\"–6'5\": 59–62 cm (XL)",
    "Bra sizes ({brand})\nUnderband 26–27\" = 30\n28–29\" = 32\n30–31\" = 34\nCup difference 1\" = A, 2\" = B, 3\" = C",
]
RELEASE_NOTES = [
    "Version {ver} ({date})\n- New: export order overview as CSV\n- Fixed: crash opening returns with more than 99 lines\n- Fixed: ZIP field rejected leading zeros (e.g. 02139)\n- Internal: library bumped to {ver2}",
    "App changelog\n{ver}: dark mode, faster search\n{ver2}: fixed prices showing in the wrong currency\nBuild {build}",
    "Maintenance window on {date} from {time} to {time2}: POS software update to {ver}. All stores affected. Windows clients need at least {ver2}.",
    "Firmware {ver} for scale WX-{num}: fixed tare function, new languages (Polish, Turkish). Install via USB stick, takes approx. {dur}.",
    "Release {ver}\n• Address validation: house numbers with suffixes (e.g. \"12a\") are now recognised\n• Phone numbers are stored in E.164 format\n• IP addresses in logs are anonymised after 7 days",
    "Warehouse app {ver}: scanner now reads GTIN-8 and Code 128. Known issue: label printing on Zebra printers with firmware {ver2} is slow.",
    "API version {ver} notice: from {date} the /orders endpoint only returns \"shipping_address\" with the customer:read scope. Please update clients older than {ver2}.",
    "POS {ver} – new: receipts via QR code, contactless up to {price} without PIN. Fixed: rounding error on discounts over {pct}.",
]
STOCK_REPORT = [
    Rows("Stock on hand {date}\nItem,EAN,Qty,Location\n", "{kind},{gtin},{qty},Bay {num}-{qty}", n=(3, 6)),
    "Reorder from {brand}: {qty} × {sku} ({colour}), {qty2} × {sku2} ({colour2}). Due {kw}. Store manager sign-off done.",
    "Stocktake variances – {town} store:\n- {sku}: expected {qty}, counted {qty2}\n- {sku2}: expected {qty3}, counted {qty4}\n- {sku3}: expected {qty5}, counted {qty5}",
    "Top sellers {kw}: 1. {kind} \"{pname}\" ({qty} units), 2. {kind2} \"{pplace}\" ({qty2} units), 3. \"{pstreet}\" bedding ({qty3} units)",
    Rows("Goods in {date} – delivery note {order}\n", "{sku} | {kind} | {qty} units | ⟦ok|damaged|missing⟧", n=(2, 5)),
    "Below minimum stock: {kind} \"{pname}\" ({sku}) – {num} left. Suggest reordering {qty}, lead time {dur}.",
    "Pallet list dispatch {date}\nPallet 1: {qty} cartons {sku}, {weight}\nPallet 2: {qty2} cartons {sku2}\nDestination: {town} DC, dock 4",
    "Best-before check {kw}: batch {build} ({kind}) expires {date} – {qty} units to clearance at {pct} off.",
]

