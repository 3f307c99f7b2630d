"""English templates of the fourteenth PII bank (dev14 / heldout14).

Each genre's list is split by position (even: dev14, odd: heldout14); so is every phrase list.
Slots are resolved by `pii14_core.Ctx`.
"""

PHRASES = {
    "sal": ["Dear Ms #|Dear Mr #", "Hello Mrs #|Hello Mr #", "Dear Mrs. #|Dear Mr. #", "Good morning Ms #|Good morning Mr #", "Hi Ms #|Hi Mr #", "Dear Miss #|Dear Mr. #"],
    "sal_title": ["Dear Dr #", "Dear Professor #", "Hello Dr. #", "Dear Dr. #"],
    "hi": ["Hi #,", "Hello #,", "Hey #!", "Hi there #,", "Morning #,", "Dear #,", "Hiya #,", "Good afternoon #,"],
    "signoff": ["Kind regards,", "Best wishes,", "Many thanks,", "Cheers,", "All the best,", "Thanks again,", "Warm regards,", "Regards,"],
    "agent_intro": ["Internal note:", "Agent note (not visible to customer):", "[internal]", "Note for 2nd line:", "Private note —", "Handover:"],
    "closing_line": ["Let me know if you need anything else.", "Hope that helps!", "Sorry again for the hassle.", "Thanks for your patience.", "Have a lovely weekend.", "Any questions, just reply to this email."],
    "sent_from": ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy"],
}

TEMPLATES = {
    "support_ticket": [
        "Ticket {ticket} · Status: open · Channel: email\nFrom: {p1.full} <{p1.email}>\nSubject: Order {order} not arrived\n\nHi, {p1.first} here — my order was due on {date} and the tracking ({tracking}) hasn't moved in a week. Can someone look into it?\n\n---\n{ph_agent_intro} spoke to the depot, parcel is stuck in the hub. Re-sent to {p1.addrline}. — {p2.first} (Tier 1)",
        "{ticket} | priority: high | assignee: {p2.lf}\nCustomer: {p1.hfull}, phone {p1.phone}\nIssue: zip on the {prodname} {kind} broke after two wears. Wants replacement in {colour}, size M.\n{ph_agent_intro} replacement approved by {p3.first}, ship to {p1.street} — customer says the postcode on file is right.",
        "Conversation with {p1.full} ({p1.email})\n\n> customer: hi, i ordered the {product} twice by mistake, order {order} and {order2}. can you cancel one?\n> agent {p2.first}: Of course — I've cancelled {order2}, the refund of {price} goes back to your card {card_masked} within 5 working days.\n> customer: thanks {p2.lowfirst}!\n\n{ph_agent_intro} checked for a duplicate account, none. Closed by {p2.initlast}.",
        "Ticket {ticket}\nRequester: {p1.caps}\nEmail: {p1.email}\nTel: {p1.phone}\nDescription: The courier left my parcel with a neighbour I don't know. Please note for future orders: only deliver to {p1.addr}\n\nInternal: added delivery instruction on customer record {custno}. {p2.short}",
        "Re: [Support {ticket}] wrong size\n\n{p2.hi}\n\nsorry, I should have said: the boots are a 42 not a 43, it's on the box too. My number is {p1.mobile} if easier.\n\n{p1.first}\n\n{ph_sent_from}\n\n---- note ({p2.full}, {date}): customer {p1.full} called twice, exchange label sent.",
        "Zendesk export — ticket {ticket}\nname: {p1.full}\nemail: {p1.email}\norganisation: —\ntags: damaged_item, {product}\nfirst message: \"Box arrived crushed, the {kind} has a tear on the left sleeve. Photos attached.\"\nlast agent reply ({p2.first} {p2.last}): Refund issued for {price}. ((We'll pick up the item from {p1.addrline} on {weekday}.|No need to return it.))",
    ],
    "review": [
        "★★★★★ Finally a {kind} that fits!\nI've tried three brands and the {product} is the only one that doesn't ride up. Ordered size M in {colour}, true to size.\n— {p1.short}, {town}",
        "\"Great for the Lakes, a bit warm for summer.\" {stars}/5\nReviewed by {p1.full} on {date} · Verified purchase\nHelpful? 14 people found this useful.",
        "Bought the {prodname} for my partner and he loves it. Only minus: the sleeves are long. Would buy again.\n\n{p1.first} {p1.last}, verified buyer",
        "Rating: {stars} stars\nTitle: returned it\nThe colour ({colour}) looks nothing like the photos. Customer service ({p2.first}) was lovely though and sorted the refund in a day.\n— {p1.lower}",
        "Review by {p1.initlast} ({town}): used the {product} on a week of hut-to-hut hiking, no blisters, dries overnight. Article {artno}. Five stars from me and from my brother {p2m.first} who borrowed it.",
        "Top review from the United Kingdom\n{p1.caps}\n{stars}.0 out of 5 stars  Solid jacket, weird zip\nReviewed in the United Kingdom on {date}\nSize: L | Colour: {colour} | Verified Purchase",
    ],
    "product_qa": [
        "Question from {p1.short}: Does the {prodname} {kind} run small? I'm usually a 10.\nAnswer from {brand} ({p2.first}, customer care): It's true to size; if you're between sizes, go up.",
        "Q: Can I wash this at 40 degrees?  — asked by {p1.full}, {date}\nA: Yes, but without fabric softener. — {p2.full}, Talgrat team",
        "Customer question ({p1.lower}): will the {product} fit a 15\" laptop?\n3 answers\n· {p2.first} {p2.last}: yes, mine fits with the sleeve.\n· Talgrat: The laptop sleeve takes up to 40 x 28 cm.\n· {p3.short}: just about.",
        "Asked by {p1.hlast} on {date}: is this available in {colour} again before Christmas? Please email me at {p1.email}.\nAnswered by our team: expected back in stock in week {kw}.",
    ],
    "return_claim": [
        "RETURN FORM\nOrder no.: {order}\nName: {p1.full}\nAddress: {p1.addrline}\nPhone: {p1.phone}\nItem: {product} {kind}, size {size}\nReason: ((too big|faulty zip|changed my mind|arrived late))\nRefund to: original payment method\nReturn label no.: {tracking}",
        "Warranty claim {rma}\nCustomer: {p1.lf}\nPurchased: {date} in our {town} store\nProduct: {product}, serial {serial}\nFault: delamination of the sole after 8 months.\nReturn address for repaired item:\n{p1.addr}\nAssessed by: {p2.initlast}",
        "Hi, I want to return the {kind} from order {order}, it's two sizes too small. Can you send a label to {p1.addrline}? Thanks, {p1.full} ({p1.email})",
        "{p1.sal},\n\nthank you for returning the {product} (RMA {rma}). We have received the item and will refund {price} to the IBAN you gave us, {iban}, within 10 days.\n\n{ph_signoff}\n{p2.full}\nReturns team",
        "Return reason (free text, order {order}): ordered for my dad {p2m.full} but he already has one lol. unworn, tags on. — {p1.lower}\nRefund account holder: {p1.full}, {iban}",
    ],
    "marketplace_msg": [
        "Message from buyer {p1.handle} about item {asin}\n\nHi, can you ship to my work address instead? {p1.full}, c/o {firm}, {a2.line}. Order {order}. Thanks!",
        "eBay message — order {order}\nFrom: {p1.lower}\nhello, payment sent via paypal, please post to {p1.addr}\nand can you write my name as {p1.caps} on the parcel, the postman is new. cheers",
        "Etsy conversation with {p1.full}\n{p1.first}: Hi! Is the {prodname} tote available with a custom monogram? Initials would be for my sister {p2f.full}.\nShop: Yes, up to 3 letters, adds 2 working days.\n{p1.first}: perfect, ordering now. My phone for the courier: {p1.mobile}",
        "Buyer message (Amazon Marketplace)\nOrder ID: {order}\nBuyer: {p1.full}\nSubject: Delivery instructions\nPlease leave with {p2.first} at number {qty} if I'm out. Contact {p1.phone}.",
        "New message from {p1.first} ({p1.handle}) via marketplace:\n\"Received the wrong colour ({colour} instead of black). I can send it back from {p1.town}, but I'd rather keep it for a discount. My PayPal is {p1.email}.\"",
    ],
    "order_chat": [
        "[{time}] {p1.lowfirst}: hi is my order {order} shipped yet\n[{time2}] Talgrat: Hi {p1.first}! Yes, it left our warehouse today, tracking {tracking}.\n[{time3}] {p1.lowfirst}: amazing thanks x",
        "WhatsApp · Talgrat Support\n{p1.first} {p1.last}: Hello, can I change the delivery address? New one is {a2.line}\nSupport ({p2.first}): Done ✅ Your order {order} now goes to the new address.\n{p1.first} {p1.last}: 🙏",
        "SMS from {p1.mobile}: Hi its {p1.lower}, driver can leave the parcel in the shed round the back. Order {order}.",
        "Chat transcript {date}\nVisitor (IP {ip}): hey do you price match?\nAgent {p2.first}: Hi! We do for identical items from UK retailers. What's the link?\nVisitor: nvm. actually can you call me, {p1.phone}, name's {p1.first}\nAgent {p2.first}: Sure, calling you in 5 minutes.",
        "Telegram — {p1.full}\n> my parcel says delivered but nothing here 😕 {p1.street}\n> Talgrat: Sorry to hear that, {p1.first}! Could you check with your neighbours first? If it's not there by tomorrow we'll resend.",
    ],
    "newsletter_log": [
        "{date} {time} subscribe email={p1.email} source=footer ip={ip} consent=double-opt-in confirmed={date2}",
        "newsletter_signups.csv\nemail,first_name,signup_ip,list,created\n{p1.email},{p1.first},{ip},outdoor-weekly,{date}\n{p2.email},{p2.first},{ip2},outdoor-weekly,{date2}",
        "Double opt-in confirmed\nSubscriber: {p1.full}\nEmail: {p1.email}\nConfirmed from IP {ip} at {time}, {date}\nList: Trail News (weekly)\nPreferences: women's, hiking, sale alerts",
        "[mailer] unsubscribe request from {p1.email} (ip {ip}), reason: \"too many emails\". Suppressed on {date}. Customer {p1.full} also asked us to delete their survey answers.",
    ],
    "affiliate_onboarding": [
        "Partner application — affiliate programme\nName: {p1.full}\nWebsite: trail-notes-{qty}.blog\nEmail: {p1.email}\nPayout account holder: {p1.full}\nIBAN: {iban}\nCountry of tax residence: {p1.country}\nCommission tier: 8 %",
        "Welcome to the Talgrat partner programme, {p1.first}!\nYour partner ID: {custno}\nWe will pay your commission monthly to {iban} (account holder: {p1.full}). If anything changes, email {shopmail_partners} or call your manager {p2.full} on {tel_gb}.",
        "Affiliate onboarding checklist — {p1.lf}\n[x] contract signed {date}\n[x] bank details: {iban}\n[x] Steuer-ID (German partner): {taxid}\n[ ] first content piece\nAccount manager: {p2.first}",
        "Hi {p1.first}, thanks for applying as a creator partner. Before we can pay out, please confirm: (1) your legal name as shown on your bank account — you wrote {p1.full}; (2) your IBAN {iban}; (3) your postal address {p1.addrline}. Best, {p2.first}, Partnerships",
    ],
    "b2b_order": [
        "WHOLESALE ORDER {order}\nCustomer: {firm}\nContact: {p1.hfull}, Head of Buying\nPhone: {p1.phone} ext. {ext}\nEmail: {p1.workmail}\nDelivery address:\n{a1.block}\n\n{qty} x {product} {kind} ({artno}) @ {price}\nPayment terms: 30 days net",
        "From: {p1.workmail}\nTo: {shopmail_wholesale}\nSubject: Re-order spring\n\nHi {p2.first},\n\nplease book the same quantities as last spring plus {qty} more {product}. Invoice to our accounts team ({rolemail}), goods to the warehouse at {a1.line}.\n\n{ph_signoff}\n{p1.sig}\nBuyer, {firm}\nDirect: {p1.phone}",
        "B2B account set-up\nCompany: {firm}\nVAT no.: GB{zip}{qty}\nPrimary contact: {p1.full} ({p1.workmail}, {p1.phone})\nAccounts payable: {p2.full}\nBank: {iban}\nShip-to: {a1.block}",
        "Call with {p1.full} ({firm}) re: order {order}: they want split delivery — half to the shop in {town}, half to the store at {a2.line}. {p1.first} will confirm by email. Their logistics person is {p2.last}, mobile {p2.mobile}.",
    ],
    "lead_scan": [
        "OutdoorTrade lead export — {room}\nScanned: {date} {time}\nName: {p1.full}\nCompany: {firm}\nRole: Store manager\nEmail: {p1.workmail}\nMobile: {p1.mobile}\nInterest: consignment stock, 80 sqm shop\nNotes: met by {p2.first}, wants samples of {product}",
        "lead_id;scanned_at;last_name;first_name;company;email;phone\n{custno};{date};{p1.last};{p1.first};{firm};{p1.workmail};{p1.phone}\n{custno2};{date};{p2.last};{p2.first};{firm2};{p2.email};{p2.phone}",
        "Trade show notes, day 2\n- {p1.full} ({firm}): keen on the {prodname} line, call back after {date}. {p1.phone}\n- {p2.caps}: just browsing\n- booth visitor from {town}, didn't leave details",
        "Badge scan #{qty}: {p1.hfull} · {firm} · {p1.workmail}\nQualified by {p2.initlast}: A-lead, budget confirmed. Follow up with catalogue and price list.",
    ],
    "appointment": [
        "Booking confirmation — boot fitting\n{weekday}, {date} at {time}\nStore: Talgrat {town}\nName: {p1.full}\nPhone: {p1.phone}\nNotes: wide feet, bring own insoles. Fitter: {p2.first}",
        "Repair appointment {ticket}\nCustomer: {p1.lf}\nItem: {product} tent, broken pole section\nDrop-off: {date}, {time}\nCall when ready: {p1.mobile}\nTechnician: {p2.short}",
        "{p1.hi} thanks for booking a bike service with us. See you on {date} at {time}. If you need to rebook, reply here or call the workshop. — {p2.first}\n\n(booked via website, IP {ip}, email {p1.email})",
        "Calendar: 10:30 ski fitting — {p1.full} + daughter {p2f.first} ({p1.phone}); 11:30 blocked; 14:00 return of rental skis — {p3.full}",
    ],
    "driver_note": [
        "Driver note: ring bell for {p1.last}, 2nd floor. If no answer leave with neighbour {p2.hlast} (ground floor). Address: {p1.addrline}",
        "DELIVERY EXCEPTION {tracking}\nConsignee: {p1.caps}\n{p1.addr}\nReason: access code needed. Customer phone {p1.phone} — no answer at {time}.\nDriver ID {custno}",
        "Safe place: behind the blue bin. Do NOT leave at {a1.street} (old address). Contact {p1.first} {p1.mobile}",
        "Proof of delivery — parcel {tracking}\nDelivered to: neighbour\nSigned by: {p2.lower}\nRecipient: {p1.full}, {p1.street}\nTime: {time}",
    ],
    "pickup_auth": [
        "Collection authorisation\nI, {p1.full}, authorise {p2.full} to collect my order {order} from the {town} store on my behalf. ID will be shown.\nSigned: {p1.initlast}, {date}",
        "Click & collect {order}: can be picked up by the customer or by {p2.first} {p2.last} (authorised). Customer contact: {p1.phone}. Held until {date}.",
        "hi, my husband {p2m.lower} will pick up the parcel for order {order} on saturday, he has the confirmation email. thanks {p1.lower}",
        "PICK-UP NOTE\nOrder: {order}\nCustomer: {p1.caps}\nAuthorised collector: {p2.caps}\nTel: {p1.mobile}\nStorage shelf: {sku}",
    ],
    "gift_message": [
        "Gift message (printed on card): Happy birthday {p2.first}! See you on the trail. Love, {p1.first}\nShip to: {p2.full}, {p2.addrline}\nBuyer: {p1.full} ({p1.email})",
        "GIFT ORDER {order}\nFrom: {p1.full}\nTo: {p2.full}\n{p2.addr}\nMessage: \"For all your muddy walks — Merry Christmas!\"\nHide prices: yes",
        "Please write on the card: To {p2.lower}, congrats on the new job x {p1.lowfirst}. Deliver to {p2.street} on {date} please.",
        "Voucher dedication: This voucher for {price} is for {p2.hfull}, with thanks for 25 years — from {p1.full} and the team at {firm}.",
    ],
    "loyalty_application": [
        "TRAIL CLUB — membership application\nTitle: ((Mr|Ms|Mx|Dr))\nFirst name: {p1.first}\nSurname: {p1.last}\nAddress: {p1.addrline}\nDate of birth: {date}\nEmail: {p1.email}\nMobile: {p1.mobile}\nCard no.: {custno}",
        "New loyalty member {custno}: {p1.full}, joined in store ({town}) on {date}, marketing consent yes, email {p1.email}, preferred store {town}.",
        "Hi {p1.first}, welcome to Trail Club! Your digital card is in the app. We'll send your physical card to {p1.addr}\nwithin a week.",
        "Loyalty card replacement request\nMember: {p1.lf} ({custno})\nReason: lost card\nSend new card to:\n{p1.addr}\nVerified by phone ({p1.phone}) — {p2.first}",
    ],
    "payment_dispute": [
        "Dispute case {ticket}\nCardholder: {p1.full}\nCard: {card}\nAmount: {price}, transaction {date}\nReason code: 13.1 merchandise not received\nOur evidence: POD for {tracking}, delivered to {p1.addrline}\nHandled by {p2.initlast}",
        "Payment issue — customer {p1.hfull} says they were charged twice for order {order}. Card ends {card_masked}. Refund the duplicate ({price}). Callback number: {p1.phone}.",
        "Notes from call with {p1.first} {p1.last}: disputes the {price} charge on card {card}; says the order was placed by a family member, {p2.first}. Advised to contact the bank. Customer IP at checkout: {ip}.",
        "PayPal case opened by {p1.email}: item not as described ({product}). Buyer {p1.full}. Shipping address on the transaction: {p1.addrline}. Response due {date}.",
    ],
    "bank_transfer": [
        "Incoming transfer {date}\nFrom: {p1.caps}\nIBAN: {iban}\nReference: {order} {p1.last}\nAmount: {price}\nMatched to invoice {invoice}",
        "Hi, I've paid invoice {invoice} by bank transfer today from my account {iban} (account name {p1.full}). Reference was my surname because the form was too short. — {p1.first}",
        "Refund instruction\nPay to: {p1.full}\nIBAN: {iban}\nBIC: {zip}XXX\nAmount: {price}\nReason: return {rma}\nApproved: {p2.short}",
        "Unmatched payment — {price} received with reference \"{p1.lower} order\", sender IBAN {iban}. Probably {p1.full}, customer {custno}; emailed {p1.email} to check.",
    ],
    "chargeback_email": [
        "From: {extmail_disputes}\nSubject: Chargeback notification {ticket}\n\nDear merchant,\n\nthe cardholder {p1.caps} has disputed a transaction of {price} made with card {card} on {date}. Please provide evidence within 10 days.\n\nMerchant ID {custno}",
        "{p2.hi}\n\ncan you pull the evidence for the chargeback on order {order}? Customer {p1.full}, delivered to {p1.addrline}, signed for by {p3.lower}. Card: {card}. Thanks!\n\n{p1.first}",
        "Chargeback response draft\nCustomer: {p1.hfull}\nEmail used: {p1.email}\nOrder IP: {ip}\nBilling: {p1.addrline}\nShipping: same\nThe customer logged in from the same device before. We consider the chargeback unjustified.",
        "Re: chargeback {ticket}\n\nHi team — the customer ({p1.full}, {p1.phone}) called us and will withdraw the dispute. Card number on the claim: {card}. Please don't refund twice.\n\n{p2.sig}\nPayments",
    ],
    "shift_plan": [
        "ROTA week {kw} — Talgrat {town}\nMon: {p1.first} {p1.last} (open), {p2.first} {p2.last}\nTue: {p3.full} (open), {p1.first}\nWed: {p2.full} (close)\nSwap requests to {p4.full}, store manager ({p4.mobile})",
        "Shift swap request: {p1.full} swaps Saturday close with {p2.full}'s Sunday open. Approved by {p3.initlast}.",
        "Staff list\t\t\nlast name\tfirst name\trole\tphone\n{p1.last}\t{p1.first}\tSales\t{p1.mobile}\n{p2.last}\t{p2.first}\tWorkshop\t{p2.mobile}\n{p3.last}\t{p3.first}\tKey holder\t{p3.mobile}",
        "hey all, {p1.lowfirst} is off sick today so {p2.lowfirst} covers the till. {p3.first}, can you do the delivery at {time}? thx — {p4.first}",
    ],
    "guest_list": [
        "Guest list — store opening {town}, {date}\n1. {p1.full} (+1)\n2. {p2.hfull}, {firm}\n3. {p3.full} — press\n4. {p4.caps}\nRSVPs to {shopmail_events}",
        "Attendees: trail-running clinic\n{p1.lf} — {p1.email}\n{p2.lf} — {p2.email}\n{p3.lf} — waitlist",
        "VIP evening RSVP: {p1.hfull} confirmed, bringing {p2.full}. Dietary: vegan. Contact {p1.phone}.",
        "Name badge print list: {p1.caps} / {p2.caps} / {p3.caps}",
    ],
    "influencer_brief": [
        "Creator brief — spring campaign\nCreator: {p1.handle} (real name {p1.full})\nDeliverables: 1 reel, 3 stories featuring the {product} {kind}\nShipping: {p1.addr}\nFee: {price}, paid to {iban}\nAgency contact: {p2.full}, {p2.phone}",
        "Seeding list\n- {p1.handle} — {p1.full}, {p1.addrline}, size M\n- {p2.handle} — {p2.full}, {p2.addrline}, size L",
        "Hi {p1.first}! Loved your Dolomites post. We'd like to send you our new {prodname} jacket — no obligation to post. What's the best address and size? — {p2.first} @ Talgrat",
        "Influencer contract summary\nTalent: {p1.lf} (@-handle {p1.handle})\nManagement: {p2.full}, {p2.workmail}\nUsage rights: 6 months\nPayment: 50 % on signing to {iban}",
    ],
    "survey_freetext": [
        "Q7: Anything else you'd like to tell us?\nA: The staff member in {town} ({p2.first}, I think) was so helpful with my boots. Please pass on my thanks! — {p1.full}",
        "Survey response {custno}\nNPS: 9\nComment: great service, but the courier left the box outside in the rain. I'm {p1.full} if you want to follow up: {p1.email}",
        "Free text: please call me, {p1.mobile}, about the warranty on my {product}. {p1.lower}",
        "\"Delivery to {p1.street} took ages. Otherwise fine.\" (respondent: {p1.initlast})",
    ],
    "crm_csv": [
        "customer_id,first_name,last_name,email,phone,street,postcode,city\n{custno},{p1.first},{p1.last},{p1.email},{p1.phone},\"{p1.street}\",{p1.zip},{p1.town}\n{custno2},{p2.first},{p2.last},{p2.email},{p2.phone},\"{p2.street}\",{p2.zip},{p2.town}",
        "name\temail\tlast_order\tlifetime_value\n{p1.full}\t{p1.email}\t{date}\t{price}\n{p2.full}\t{p2.email}\t{date2}\t{price2}\n{p3.full}\t{p3.email}\t{date3}\t{price3}",
        "\"Surname\";\"Given name\";\"Mobile\";\"Segment\"\n\"{p1.last}\";\"{p1.first}\";\"{p1.mobile}\";\"VIP\"\n\"{p2.last}\";\"{p2.first}\";\"{p2.mobile}\";\"lapsed\"",
        "id|full_name|email|ip_last_login|card_on_file\n{custno}|{p1.full}|{p1.email}|{ip}|{card_masked}\n{custno2}|{p2.full}|{p2.email}|{ip2}|none",
    ],
    "crm_json": [
        "{\"customer\": {\"id\": \"{custno}\", \"name\": \"{p1.full}\", \"email\": \"{p1.email}\", \"phone\": \"{p1.phone}\", \"shipping\": {\"line1\": \"{p1.street}\", \"postcode\": \"{p1.zip}\", \"city\": \"{p1.town}\"}, \"orders\": [\"{order}\"]}}",
        "{\n  \"contact\": \"{p1.lf}\",\n  \"company\": \"{firm}\",\n  \"email\": \"{p1.workmail}\",\n  \"iban\": \"{iban}\",\n  \"last_seen_ip\": \"{ip}\"\n}",
        "[{\"first\": \"{p1.first}\", \"last\": \"{p1.last}\", \"tier\": \"gold\"}, {\"first\": \"{p2.first}\", \"last\": \"{p2.last}\", \"tier\": \"silver\"}]",
        "{\"event\": \"checkout\", \"order\": \"{order}\", \"billing_name\": \"{p1.caps}\", \"card\": \"{card}\", \"client_ip\": \"{ip}\", \"sku\": \"{sku}\"}",
    ],
    "email_signature": [
        "Thanks again for the quick turnaround.\n\n{ph_signoff}\n{p1.sig}\nHead of E-Commerce | {firm}\nT {p1.phone} | M {p1.mobile}\n{p1.workmail}\n{a1.line}",
        "Speak soon,\n\n{p1.caps}\nBuyer — Footwear\n{firm}\n{a1.block}\nDirect line {p1.phone}",
        "-- \n{p1.sig}\nSenior Product Manager\nMobile: {p1.mobile}\nPlease note my new email address: {p1.workmail}",
        "{ph_signoff}\n{p1.first}\n\n{p1.full} | Talgrat UK Ltd | {a1.line}\nThis email and any attachments are confidential.",
    ],
    "address_change": [
        "Hi, I've moved! Please update my address for order {order} and my account:\nold: {a1.line}\nnew: {a2.line}\nThanks, {p1.full}",
        "Address change request (account {custno})\nName: {p1.full}\nNew address:\n{a2.block}\nEffective: {date}\nVerified via email {p1.email}",
        "Customer {p1.hlast} called — moving to {a2.line} next month, keep sending catalogues to {a1.street} until {date}.",
        "Update to delivery address for {order}: please send to my office instead — {firm}, attn. {p1.full}, {a2.line}. Phone for reception: {tel_gb}.",
    ],
    "payout_form": [
        "Freelance photographer invoice {invoice}\n{p1.full}\n{p1.addr}\nSteuer-ID: {taxid}\n\nProduct shoot spring collection, 2 days: {price}\nPlease pay to {iban} within 14 days.",
        "Supplier master data — freelancer\nName: {p1.lf}\nTax ID (DE): {taxid}\nIBAN: {iban_de}\nEmail: {p1.email}\nPhone: {p1.phone}",
        "Hi {p2.first}, attached my invoice for the copywriting. Bank: {iban}, account holder {p1.full}. My German tax ID is {taxid} in case accounts need it. Thanks! {p1.first}",
        "Payee change request — old account ending {iban_masked}, new account {iban} in the name of {p1.full}. Requested by {p1.email} on {date}; German tax ID on file: {taxid}; approved by {p2.initlast}.",
    ],
    "fraud_review": [
        "FRAUD CHECK — order {order}\nBilling: {p1.full}, {p1.addrline}\nShipping: {p2.full}, {a2.line}\nIP: {ip} (geo: different country)\nCard: {card}\nEmail: {p1.email}\nDecision: hold, call customer on {p1.phone}",
        "Risk note: 4 orders from IP {ip} in 20 minutes, different cards ({card}, {card2}), all shipping to {a1.street}. Names used: {p1.full}, {p2.full}. Blocked.",
        "manual review ok — customer {p1.full} confirmed by phone ({p1.phone}) that they ordered from a hotel (IP {ip}). released by {p2.lowfirst}",
        "Velocity alert: email {p1.email} used with 3 addresses this week ({a1.line}; {a2.line}; {a3.street}). Account {custno}. Please investigate.",
    ],
    "call_note": [
        "Call {date} {time} — inbound from {p1.phone}\nCaller: {p1.full}\nTopic: size exchange, order {order}\nOutcome: exchange label sent to {p1.email}\nAgent: {p2.first}",
        "Voicemail ({time}): \"Hi, this is {p1.full}, calling about the {product} I sent back two weeks ago, still no refund. Please call me back on {p1.mobile}. Thanks.\"",
        "Callback list\n- {p1.hlast}, {p1.phone}, re: tent repair\n- {p2.full}, {p2.phone}, re: invoice copy\n- unknown caller, withheld number",
        "Spoke with {p1.first} at {firm} ({p1.phone}): they'll take the {qty} units of {prodname} at the old price. {p2.first} to send the pro forma.",
    ],
    "account_deletion": [
        "Data deletion request\nI would like you to delete all data you hold about me.\nName: {p1.full}\nEmail on account: {p1.email}\nAddress: {p1.addrline}\nDate: {date}",
        "GDPR request {ticket} — subject: {p1.lf}, identity checked via {p1.email}. Delete customer {custno}, keep invoices (legal retention). Done by {p2.initlast}.",
        "please remove my account and stop sending me catalogues to {p1.street}. {p1.lower}",
        "{p2.sal},\n\nas requested we have deleted your customer account and the newsletter subscription for {p2.email}. Invoices will be kept for the legally required period.\n\n{ph_signoff}\n{p1.full}\nData Protection, Talgrat",
    ],
}

CLEAN = {
    "product_page": [
        "The {prodname} {kind} — built for long days above the treeline. Weight: {weight}. Colours: {colour}, black. Article no. {artno}, GTIN {gtin}. Now {price} (was {price2}).",
        "Meet {prodname}: our lightest {kind} yet. Named after the founder's dog, tested in {town}. Sizes XS–XXL, {weight}. Ships in 1–2 working days.",
        "{brand} {product} {kind}\nSKU {sku} · EAN {gtin}\nMaterial: 100 % recycled polyester\nFits: true to size\nPrice: {price}",
        "Customers also bought: {prodname} {kind} ({price}), {product} beanie ({price2}), {prodname2} socks 3-pack.",
    ],
    "size_chart": [
        "SIZE GUIDE — women's jackets\nXS: chest 80–84 cm\nS: 85–89 cm\nM: 90–94 cm\nL: 95–100 cm\nModel wears size S and is 172 cm tall.",
        "Shoe size conversion: EU 42 = UK 8 = US 9. Our {prodname} last is narrow; if in doubt, go half a size up. Insole length for size 42: 27.1 cm.",
        "Backpack sizing: back length 45–52 cm (size M/L). Torso length is measured from C7 to the top of the hip bones. Volume {size}.",
        "Kids' sizes: 116 (5–6 yrs), 128 (7–8 yrs), 140 (9–10 yrs), 152 (11–12 yrs). The {prodname} comes with roll-up sleeves.",
    ],
    "changelog": [
        "Release notes {version}\n- Checkout: fixed rounding of prices in CHF\n- Search: 'Harper' and 'Miles' collections now appear under 'New in'\n- Build {gtin}",
        "App {version} (build {serial})\n• New: order tracking for parcels from {town}\n• Fixed: crash when opening the size guide\n• Performance improvements",
        "CHANGELOG\n{version} — {date}: new filter for colour '{colour}'\n{version2} — {date2}: removed legacy wishlist",
        "Storefront update {date}: product feed now includes GTINs (e.g. {gtin}) and article numbers ({artno}); version {version}.",
    ],
    "shipping_policy": [
        "Shipping: orders placed before 2 pm ship the same working day. UK standard delivery 2–3 days ({price}), free over £75. Tracking numbers look like {tracking}.",
        "Returns: you have 30 days. Print the label from your account, drop the parcel at any post office. Refunds take up to 10 days after the parcel reaches our warehouse in {town}.",
        "International shipping: EU 4–6 days, US 5–8 days. Duties are included for orders to Switzerland up to {price}. Order numbers start with TG-.",
        "Click & collect is available in {town} and {town2}. We hold your order for 7 days; bring the order number ({order}) and the collection email.",
    ],
    "press_release": [
        "PRESS RELEASE — {date}\nTalgrat names new trail shoe after the {town} ridge\nThe '{prodname}' goes on sale in spring at {price}. The shoe weighs {weight} and is made in Portugal.",
        "{brand} opens flagship store in {town}\nThe 400 sqm store features a repair bar and a boot-fitting studio. Opening hours {hours}.",
        "New collection 'Harper & Miles' combines recycled fabrics with classic cuts. Available from week {kw} online and in 14 stores.",
        "Talgrat reports 12 % growth in {year}; the {prodname} jacket was the best-selling product with {qty} thousand units.",
    ],
    "care_instructions": [
        "Care: wash at 30 °C on a gentle cycle, close all zips, no fabric softener. Tumble dry low for 20 minutes to reactivate the DWR. Batch {batch}.",
        "How to re-wax your {prodname} jacket: warm the wax, apply in thin layers, let it rest overnight at room temperature. Repeat every season.",
        "Leather boots: brush off dirt, let dry away from heaters, treat with wax every {qty} walks. Do not use on suede ({artno}).",
        "Down care: wash alone with down wash, rinse twice, dry with three tennis balls on low heat for 3 hours. Weight after drying: {weight}.",
    ],
    "opening_hours": [
        "Talgrat {town}\nMon–Fri {hours}\nSat 9am–6pm\nSun closed\nBank holiday Monday: 10am–4pm",
        "Christmas opening hours: 24 Dec 9am–1pm, 25–26 Dec closed, 27–30 Dec {hours}, 31 Dec 9am–2pm.",
        "Our workshop in {town} is open {weekday} to Saturday. Ski servicing takes 2–3 days; bike repairs from {price}.",
        "Store finder: {town} (High Street), {town2} (Market Square), outlet at Junction 36. All stores open {hours}.",
    ],
    "job_ad": [
        "We're hiring: Sales Assistant (part-time, 20 h) in {town}. You love the outdoors and people. Apply online with CV — no agencies please.",
        "Warehouse Operative, {town} — shifts 6am–2pm/2pm–10pm, {price} per hour, forklift licence a plus. Reference {custno}.",
        "Join our team as Junior Product Manager (footwear). Hybrid, 2 days in the office. Salary depending on experience. Apply via our careers page.",
        "Seasonal staff wanted for our rental shop in {town} (December–March). Ski technicians and sales, accommodation available.",
    ],
    "tracking_update": [
        "Your order {order} is on its way! Tracking number: {tracking}. Estimated delivery: {weekday}, {date}.",
        "Parcel update: {tracking} — out for delivery today between {time} and {time2}.",
        "Order {order} status: partially shipped ({qty} of 3 items). Second parcel {tracking} follows from our {town} warehouse.",
        "Delivery attempt failed for parcel {tracking}. We'll try again tomorrow; you can also pick it up at the depot in {town} from {date}.",
    ],
    "promo_newsletter": [
        "This week only: 20 % off all {kind}s with code {voucher}. Plus free shipping over £50. Ends {date}.",
        "New in: the {prodname} collection in {colour}. Named after our favourite hut in {town}. From {price}.",
        "Members' weekend! Double points on everything, {date} to {date2}. Not a member yet? Join in store or online.",
        "Last chance: winter sale ends Sunday. {prodname}, {prodname2} and {product} up to {pct} off.",
    ],
}
