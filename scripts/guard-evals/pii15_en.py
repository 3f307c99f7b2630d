"""English templates of the fifteenth PII bank. Every list is split by position: even = dev15,
odd = heldout15 (pii15_core.half)."""


def _t(items):
    return [s.strip("\n") for s in items]


PHRASES = {
    "greet": ["Hi all,", "Morning team,", "Hello,", "Hey folks,", "Hi there,", "Good afternoon,", "Hiya,", "Dear colleagues,"],
    "bye": ["Cheers", "Thanks", "Best", "Many thanks", "Kind regards", "Ta", "Regards", "Speak soon"],
    "fyi": ["FYI", "Heads-up", "Note", "PSA", "For the record", "Quick one"],
}

GENRES = {
    "sql_dump": _t([
        """
-- customers export for the {d.kind} recall, {d.date}
INSERT INTO customers (id, first_name, last_name, email, phone, street, city, zip) VALUES
({d.qty}0{d.n}, '{p1.first}', '{p1.last}', '{p1.email}', '{p1.phone}', '{a1.street}', '{a1.town}', '{a1.zip}');
""",
        """
mysql> SELECT id, name, email, last_login_ip FROM accounts WHERE id IN ({d.cust}, {d2.cust});
+------+----------------------+------------------------------+-----------------+
| id   | name                 | email                        | last_login_ip   |
+------+----------------------+------------------------------+-----------------+
| 2291 | {p1.full} | {p1.email} | {ip} |
| 3310 | {p2.full} | {p2.email} | {ip2} |
+------+----------------------+------------------------------+-----------------+
2 rows in set (0.01 sec)
""",
        """
UPDATE orders SET ship_to_name = '{p1.full}', ship_to_line1 = '{a1.street}', ship_to_phone = '{p1.phone}'
 WHERE order_no = '{d.order}';  -- per ticket {d.ticket}, customer moved ((last week|on {d.date}))
""",
        """
psql> \\x on
-[ RECORD 1 ]---+------------------------------
customer_id     | {d.cust}
given_name      | {p1.first}
family_name     | {p1.last}
billing_iban    | {iban}
signup_ip       | {ipx}
created_at      | {d.iso}
""",
        """
-- fixture for staging, DO NOT copy to prod (real data pasted by mistake, see {d.ticket})
INSERT INTO newsletter_optins VALUES ('{p1.email}', '{ip}', '{d.iso}', 'double_opt_in');
INSERT INTO newsletter_optins VALUES ('{p2.email}', '{ip2}', '{d2.iso}', 'single');
""",
        """
SELECT * FROM payouts WHERE creator = '{p1.full}';
 id  | creator         | iban                          | de_tax_id   | amount
-----+-----------------+-------------------------------+-------------+--------
 {d.qty} | {p1.full} | {iban} | {tax} | {d.amount}
""",
    ]),
    "bug_report": _t([
        """
BUG-{d.qty}: checkout throws 500 when the billing street has a slash
Steps: log in as test user, add {d.product} {d.kind} ({d.sku}), pay by card.
Actual payload from prod (customer {p1.full} gave consent to use it for debugging):
  "billing": {"line1": "{a1.street}", "phone": "{p1.phone}"}
Stack trace attached. Assignee: {p2.first}
""",
        """
**Describe the bug**
Address autocomplete drops the flat number. Reported by {p1.full} via chat, she typed
{a1.one} and we stored it without the flat.
**Environment** web {d.version}, Safari, client IP {ip}
**Owner** @{p2.lower}
""",
        """
[QA] Payment widget logs the full PAN in debug mode!!
Found in the {d.version} logs: pan={card} holder="{p1.caps}" exp={d.expiry}
Please purge those lines. Spotted by {p2.full}, {bye}
""",
        """
Issue #{d.qty}{d.n}: duplicate accounts after SSO merge
Two accounts for {p1.lf}: one with {p1.email}, one with {p1.workmail}. Merge kept the wrong phone ({p1.phone}).
Repro on build {d.version}. cc {p2.full}
""",
        """
Title: courier API rejects Irish addresses without county
Failing request for order {d.order}:
  recipient: {p1.full}
  address: {a1.one}
Response 422 "invalid_postcode". Ping {p2.first} when fixed.
""",
        """
Sentry alert {d.hash}: ValueError in refund_service
  user.email = {p1.email}
  user.ip_address = {ipx}
  extra.iban = {iban}
Triage: {p2.full} (on call)
""",
    ]),
    "admin_audit": _t([
        """
{d.dt}  admin={p2.lower}  action=customer.update  customer={d.cust}  field=phone  old="{p1.phone}"  new="{ph}"  src_ip={ip}
{d2.dt}  admin={p2.lower}  action=customer.view  customer={d.cust}  src_ip={ip}
""",
        """
Audit trail — customer {d.cust}
• {d.date} {d.time}: address changed to "{a1.one}" by {p2.full} (back office)
• {d2.date}: e-mail changed to {p1.email} by customer from {ipx}
• {d3.date}: note added: "asked for invoice copy"
""",
        """
[audit] {d.iso} user="{p2.first} {p2.last}" role=support event=export_pii target="{p1.full}" rows=1 ip={ip} reason="SAR request {d.ticket}"
""",
        """
Shopify-style staff log
{d.time} {p2.full} refunded {d.price} on order {d.order}
{d2.time} {p2.full} edited shipping address: {a1.one}
{d3.time} {p3.full} added tag "VIP"
""",
        """
event: gdpr.erasure.completed
requested_by: {p1.email}
requester_ip: {ipsix}
approved_by: {p2.full}
records_removed: {d.qty}
""",
        """
2FA reset log
{d.dt} reset requested for {p1.email} from {ip}
{d2.dt} identity checked by {p2.first} (phone call to {p1.phone})
{d3.dt} reset completed
""",
    ]),
    "raw_mail_header": _t([
        """
Return-Path: <{p1.email}>
Received: from [{ip}] (helo=laptop) by mx2.talgrat.co.uk with esmtpsa; {d.weekday}, {d.date}
From: "{p1.full}" <{p1.email}>
To: {shop.role}
Subject: Re: your order {d.order}
""",
        """
X-Originating-IP: [{ip}]
From: {p1.full} <{p1.email}>
Reply-To: {p2.email}
Date: {d.weekday}, {d.date} {d.time}
Subject: Fwd: warranty {d.rma}
""",
        """
Delivered-To: {shop.role}
Received: from mail-sor-f41.google.com ([{ip}])
Sender: {p1.email}
From: {p1.caps} <{p1.email}>
Message-ID: <{d.hash}@mail.gmail.com>
""",
        """
Headers of the suspicious message ({fyi} to security):
From: "Talgrat Support" <{p1.email}>
Received: from unknown (HELO vps) ([{ip}])
X-Mailer: PHPMailer {d.version}
The sender is not ours, the name used in the body was {p2.full}.
""",
        """
Authentication-Results: spf=pass smtp.mailfrom={p1.email}
Received: from [{ipsix}] by smtp.office365.com
From: {p1.lf} <{p1.email}>
Cc: {p2.full} <{p2.email}>
""",
        """
Original headers (as requested by {p2.first} in IT):
From: {p1.first} <{p1.email}>
X-Sender-IP: {ip}
X-Forwarded-For: {ip2}
Subject: bulk order quote
""",
    ]),
    "customs_form": _t([
        """
CN23 CUSTOMS DECLARATION
Sender: Talgrat Outdoor, Warehouse North
Addressee: {p1.caps}
{a1.blockc}
Tel: {p1.phone}
Contents: 1 x {d.kind}, HS {d.hs}, value {d.price}, weight {d.weight}
""",
        """
Commercial invoice {d.invoice} (gift, no commercial value)
Consignee: {p1.full}, {a1.onec}
Consignee phone / e-mail: {p1.phone} / {p1.email}
Reason for export: replacement under warranty {d.rma}
""",
        """
Customs hold notice: parcel {d.tracking} for {p1.honfull} needs an importer EORI or private-person declaration.
Please reply to {shop.role}; we will call {p1.phone} if we do not hear back by {d.weekday}.
""",
        """
CN22 — Gift / Commercial sample
Recipient name: {p1.lastcaps}
Street: {a1.street}
Postcode/Town: {a1.townline}
Description: {d.kind} {d.product}, {d.qty} pcs, {d.price}
""",
        """
{force.ch}DDP shipment to Switzerland — importer of record: {p1.full}
Delivery address: {a1.one}
Contact on arrival: {p1.mobile}
Invoice value {d.price}, tariff {d.hs}
""",
        """
Returned by customs ({d.date}): declaration for {p1.full} listed the wrong value.
Correct declaration sent to the sender contact {p2.full} ({p2.email}).
""",
    ]),
    "carrier_claim": _t([
        """
Damage claim {d.awb} — parcel arrived crushed
Consignee: {p1.full}, {a1.one}
Witness at delivery: neighbour {p2.full}
Refund to the consignee's account: {iban}
Claim handled by {p3.full}, claims desk
""",
        """
Hi {p1.first},
thanks for the photos. I've opened a claim with the carrier (ref {d.awb}). They may ring you on {p1.phone} to ask about the packaging.
{bye},
{p2.first}
""",
        """
Lost parcel claim form
Sender: Talgrat Outdoor
Recipient: {p1.lf}
Delivery address: {a1.block}
Declared value: {d.price}
Last scan: {d.date} {d.time}, depot
""",
        """
Carrier reply: we paid {d.price} compensation on the claim for {p1.honfull}. Driver {p2.first} states the parcel was left at {a1.line} (safe place).
""",
        """
Claims spreadsheet (Q{d.n})
ref;consignee;street;damage
{d.awb};{p1.full};{a1.street};wet box
{d2.awb};{p2.full};{a2.street};torn
""",
        """
Insurance claim for pallet {d.sku}: receiving clerk {p1.full} (mobile {p1.mobile}) signed the POD with a note "2 cartons damp".
""",
    ]),
    "neighbour_delivery": _t([
        """
Sorry we missed you! Your parcel {d.tracking} was left with your neighbour {p1.full} at {a1.line}.
Questions? Call the driver on {ph}.
""",
        """
Safe place agreement
Customer: {p1.full}
Address: {a1.one}
If I'm out, leave it with {p2.first} at no. {d.n} or in the shed behind the gate.
Signed {d.date}
""",
        """
delivery note from driver: nobody home, gave it to the lady next door ({p1.lower} {p1.last}), she said she'll text {p2.first} on {p2.mobile}
""",
        """
Your order {d.order} was delivered to {p2.full} (neighbour), {a2.one}. Please collect it from there.
""",
        """
Hi, it's {p1.first} from number {d.n}. I've got a Talgrat box here for {p2.full}, if they don't pick it up by {d.weekday} I'll drop it at the post office. {p1.phone}
""",
        """
Delivery preferences saved for {p1.email}:
- neighbour allowed: yes ({p2.full}, flat {d.n})
- leave at door: no
- notes: ring twice
""",
    ]),
    "address_validation": _t([
        """
Address correction by carrier ({d.date}):
before: {p1.full}, {a1.street}
after: {p1.full}, {a2.one}
Please confirm the change with the customer at {p1.email}.
""",
        """
AVS check failed for order {d.order}
Name on card: {p1.caps}
Billing street entered: {a1.street}
Postcode entered: {d.zip} (no match)
Action: hold and call {p1.phone}
""",
        """
USPS/Loqate suggestion for {p1.full}:
  entered   {a1.one}
  suggested {a2.one}
Customer picked the suggestion on {d.date}.
""",
        """
Hi {p1.first}, our courier couldn't find {a1.line}. Could you reply with the full address incl. postcode, or ring {ph} — thanks! Talgrat Logistics
""",
        """
Bad address queue
#1 {p1.full} — "{a1.street}" missing town
#2 {p2.full} — {a2.one} (OK after fix)
""",
        """
Returned to sender: {d.tracking}, addressee {p1.honfull} unknown at {a1.one}. Sales ({p2.first}) will e-mail {p1.email}.
""",
    ]),
    "pos_receipt": _t([
        """
TALGRAT OUTDOOR · STORE {d.qty}
{d.date} {d.time}  Till 2
{d.kind} {d.product}   {d.price}
Card: {d.masked}
You were served by: {p1.first}
Loyalty member: {p1.caps}
Thank you!
""",
        """
Receipt copy (requested by e-mail to {p1.email})
Member: {p1.full}, member no. {d.cust}
Items: {d.qty} x {d.kind}
Total {d.price} — paid contactless {d.masked}
Cashier {p2.full}
""",
        """
VOID on till 3 at {d.time}: cashier {p1.full}, supervisor {p2.full}. Card keyed manually: {card}. Customer left phone number for the refund: {ph}.
""",
        """
*** GIFT RECEIPT ***
{d.product} {d.kind} size {d.n}
For: {p1.first}  From: {p2.first}
Exchange within 60 days. Served by {p3.first}
""",
        """
{force.us}Reprint receipt #{d.order}
Tax-free form for {p1.lastcaps}, passport country {a1.country}
Address abroad: {a1.one}
Cashier: {p2.init}
""",
        """
Z report note: {p1.full} (shift lead) counted the float, {d.price} short; {p2.full} witnessed. Terminal was down at {d.time}, manual imprint of card {card} in the safe.
""",
    ]),
    "product_registration": _t([
        """
Product registration confirmed
Product: {d.product} {d.kind}, serial {d.serial}
Registered to: {p1.full}
E-mail: {p1.email}
Address: {a1.one}
Extended warranty valid until {d.date}
""",
        """
registration_id={d.uuid} serial={d.serial} owner="{p1.full}" email={p1.email} ip={ip} ts={d.iso}
""",
        """
Transfer of ownership: {d.product} ({d.serial}) sold second-hand by {p1.full} to {p2.full} on {d.date}. New owner's phone: {p2.phone}.
""",
        """
Warranty card (typed up from paper)
NAME: {p1.capslf}
STREET: {a1.street}
TOWN/POSTCODE: {a1.townline}
PHONE: {p1.phone}
Bought at: {d.company}, {d.date}
""",
        """
Hi {p1.first}, thanks for registering your {d.kind}! Serial {d.serial} is now linked to {p1.email}. Keep this mail as proof of purchase.
""",
        """
Registrations with missing consent (IT export)
{p1.email},{d.serial},{ip}
{p2.email},{d2.serial},{ip2}
""",
    ]),
    "recall_contact": _t([
        """
Recall {d.product} buckle — call list (batch {d.sku})
1. {p1.full} — {p1.phone} — reached, return label sent
2. {p2.full} — {p2.phone} — voicemail
3. {p3.full} — {p3.email} — e-mail only
""",
        """
Dear {p1.dear},
our records show you bought a {d.product} {d.kind} on {d.date}. The chest-strap buckle may crack below -10 °C. Please stop using it; we will send a free replacement to {a1.one}.
""",
        """
Recall status {d.date}: {p1.full} already swapped the buckle in store; {p2.full} wants a refund to {iban}.
""",
        """
recall hotline notes — {p1.lower} rang from {p1.phone}, has two units (serials {d.serial}, {d2.serial}), prefers collection from {a1.line}
""",
        """
Dear {p1.first},
Important safety notice about your {d.kind}. Reply to this e-mail or call our recall line and quote {d.ticket}.
Talgrat Customer Care
""",
        """
Recall unreachable list
{p1.lf}; {a1.street}; letter sent {d.date}
{p2.lf}; {a2.street}; letter returned
""",
    ]),
    "club_discount": _t([
        """
Club discount request — Fellwalkers of {a1.town}
Club secretary: {p1.full}, {p1.email}
Members to add (15 % code):
- {p2.full}
- {p3.full}
- {p4.full}
""",
        """
Hi Talgrat team, I'm the treasurer of our climbing club. Could the discount invoice go to me: {p1.full}, {a1.one}? Phone {p1.phone}. {bye}, {p1.first}
""",
        """
member_no,name,email
{d.cust},"{p1.lf}",{p1.email}
{d2.cust},"{p2.lf}",{p2.email}
""",
        """
Club card check at till: {p1.caps} showed card {d.cust}, expired {d.expiry}. Discount granted by {p2.first}.
""",
        """
Mountain rescue team discount — contact person {p1.honfull}, team base phone {co.phone}. Please add {p2.full} and {p3.full} to the list.
""",
        """
Renewal letter to club chair {p1.full}
{a1.block}
Dear {p1.first}, your club agreement runs out on {d.date}.
""",
    ]),
    "school_order": _t([
        """
Order for class 9B field trip — teacher in charge: {p1.honfull}
Delivery to school office, attn. {p1.last}
{a1.block}
{d.qty} x {d.kind} {d.product}, sizes per list attached
""",
        """
Parents' size list (Duke of Edinburgh group)
{p1.first} {p1.last} — M — paid
{p2.first} {p2.last} — L — parent {p3.full} will pay by transfer
""",
        """
Hello, I run the outdoor club at our school. Please invoice the PTA, FAO {p1.full}, and ship to {a1.one}. Mobile {p1.mobile}.
""",
        """
Quote {d.invoice}: {d.qty} rain jackets for a school expedition. Contact: {p1.full} ({p1.email}). Second contact on the trip: {p2.full}, {p2.mobile}.
""",
        """
School account note: head of PE {p1.full} changed; new contact {p2.full}, {p2.email}. Same delivery address.
""",
        """
Packing list per pupil — {p1.full}: boots size {d.n}; {p2.full}: jacket S. Parent contact for {p2.first}: {p3.phone}
""",
    ]),
    "sponsorship_application": _t([
        """
Athlete sponsorship application
Name: {p1.full}
Discipline: trail running
Instagram: {p1.handle}
Address: {a1.one}
Phone: {p1.phone}
Results {d.year}: 2nd, {d.product} Ultra
""",
        """
Hi Talgrat, I'm {p1.full}, a climber based in {a1.town}. I'd love to join your ambassador programme. You can reach me at {p1.email}. My coach {p2.full} can give a reference.
""",
        """
Ambassador contract — payment details
Athlete: {p1.full}
Bank: {iban}
German tax ID (for German payments): {tax}
Fee: {d.price} per quarter
""",
        """
Shortlist ambassadors {d.year}: {p1.full} (ski touring), {p2.full} (bouldering), {p3.first} (packrafting, surname tbc)
""",
        """
Decline letter: Dear {p1.first}, thank you for applying. We can't take on new athletes this season. Kind regards, {p2.full}, Brand Team
""",
        """
Sponsored team travel sheet
{p1.caps} — {p1.mobile}
{p2.caps} — {p2.mobile}
Team manager: {p3.full}
""",
    ]),
    "tester_panel": _t([
        """
Product test panel — {d.product} {d.kind}
Selected testers:
{p1.full}, {a1.one}
{p2.full}, {a2.one}
Sample dispatch: {d.date}
""",
        """
Congrats {p1.first}! You've been picked to test the {d.product}. Please confirm your shipping address ({a1.one}) by replying to {shop.role}.
""",
        """
tester feedback #{d.qty}: {p1.lower} says the hood is too small, wants a call back on {p1.phone}
""",
        """
Tester agreement signed by {p1.full} on {d.date}. Value of goods {d.price}; tax ID for the report: {tax}. Coordinator: {p2.full}
""",
        """
Tester pool (opt-in list)
{p1.email} | trail | {d.size}
{p2.email} | alpine | {d2.size}
""",
        """
Reminder sent to testers who haven't reviewed yet: {p1.full}, {p2.full}. {p3.first} returned the sample to {a1.line}.
""",
    ]),
    "crowdfunding_backers": _t([
        """
Backer report — {d.product} Kickstarter
backer_id,name,email,reward,country
{d.cust},{p1.full},{p1.email},Early Bird,{a1.cc}
{d2.cust},{p2.full},{p2.email},Pledge {d.price},{a2.cc}
""",
        """
Backer survey answer: ship to {p1.full}
{a1.blockc}
Phone for courier: {p1.phone}
""",
        """
Pledge failed: card {card} declined for {p1.full}, retry scheduled {d.date}.
""",
        """
Update to backers: {greet} a huge thank-you to our top backer {p1.full} and to {p2.full}, who spotted the zip issue in the prototype!
""",
        """
Duplicate pledge: {p1.email} and {p2.email} both belong to {p1.full}? Same IP {ip}. Merge before fulfilment.
""",
        """
Fulfilment exceptions:
- {p1.full}: address incomplete ("{a1.street}")
- {p2.full}: moved to {a2.one}
- {p3.full}: card {card} charged twice, refund pending
""",
    ]),
    "gift_registry": _t([
        """
Wedding gift list: {p1.full} & {p2.full}
Delivery after the wedding to {a1.one}
Items left: {d.kind} {d.product}, {d.kind} x2
""",
        """
Someone bought the tent from your registry! Message from {p3.first}: "Happy trails, love {p3.full}". Shipping to {a1.line}.
""",
        """
Baby gift registry owner: {p1.full} ({p1.email}), due {d.date}. Co-owner {p2.full}.
""",
        """
Registry search log: guest searched "{p1.lowerfull}" from {ip}, 1 result.
""",
        """
Hi {p1.first}, your registry closes on {d.date}. Remaining vouchers will be sent to {p1.email}. Questions: {shop.role}
""",
        """
Registry contributors
{p1.init} — {d.price}
{p2.init} — {d2.price}
Thank-you cards to be addressed to {p3.full}, {a1.one}
""",
    ]),
    "sample_loan": _t([
        """
Press sample loan
Borrower: {p1.full}, stylist
Publication: {d.company}
Items: {d.kind} {d.product} ({d.sku}), {d.kind}
Return by {d.date} to the showroom. Deposit card: {card}
""",
        """
Samples out — week {d.n}
{p1.full} ({p1.mobile}) — 3 pcs — shoot in {a1.town}
{p2.full} ({p2.mobile}) — 1 pc — overdue
""",
        """
Hi {p1.first}, the courier will pick up the samples at {a1.one} on {d.weekday}. Please have them bagged. {bye}, {p2.first} (PR)
""",
        """
Loan form signed: {p1.lf}, address {a1.one}, contact {p1.email}. Deposit card {card}, exp {d.expiry}.
""",
        """
Sample missing after shoot: photographer {p1.full} says assistant {p2.full} returned it; courier receipt shows {a1.line}.
""",
        """
PR shipping slip
TO: {p1.caps}
{a1.block}
Contents: {d.qty} samples, not for resale
""",
    ]),
    "course_certificate": _t([
        """
CERTIFICATE OF ATTENDANCE
This is to certify that {p1.caps}
attended the avalanche awareness course (Level 1) on {d.date}.
Instructor: {p2.full}
""",
        """
Course register — navigation day
{p1.full}   present
{p2.full}   present
{p3.full}   absent (refund to {iban})
""",
        """
Hi {p1.first}, your certificate from the {d.weekday} course is attached. {p2.first} (your guide) asked me to pass on the photos too.
""",
        """
Certificate reissue: name misspelt as "{p1.last}" — correct is {p1.full}. Send to {p1.email}.
""",
        """
First-aid refresher — emergency contacts
{p1.full}: {p2.full} ({p2.phone})
{p3.full}: {p4.full} ({p4.phone})
""",
        """
Instructor invoice attached; course participants {d.qty}. Lead instructor {p1.full}, assistant {p2.full}.
""",
    ]),
    "carpool_list": _t([
        """
Staff summit day — car sharing
Driver {p1.first} (leaves from {a1.line}, 7:00) — seats: {p2.first}, {p3.first}
Driver {p4.full} — mobile {p4.mobile}
""",
        """
{greet} who needs a lift to the warehouse party? I can take 3 from {a1.one}. Text me on {p1.mobile} — {p1.first}
""",
        """
carpool sheet (retail team)
name | pickup | phone
{p1.full} | {a1.street} | {p1.phone}
{p2.full} | {a2.street} | {p2.phone}
""",
        """
Change of plan: {p1.full} is driving the van, {p2.full} takes the train. Meeting point is {p1.first}'s place.
""",
        """
Minibus booking for the team day: driver licence check done for {p1.full} and {p2.full}.
""",
        """
lift home after stocktake? {p1.lower} → {p2.lower}, {p3.lower} (drop-off near {a1.town})
""",
    ]),
    "donation_receipt": _t([
        """
Donation acknowledgement
Received with thanks from {p1.full}, {a1.one}
Amount: {d.price} for the trail-repair fund, {d.date}
Receipt no. {d.invoice}
""",
        """
Round-up donations — top donors this month: {p1.init}, {p2.init}, {p3.full} (asked to be named).
""",
        """
Hi {p1.first}, thank you for donating your old jacket to the refugee clothing drive. Our partner {p2.full} will collect further donations from {a1.one} if you have more.
""",
        """
Direct-debit donation mandate
Donor: {p1.full}
IBAN: {iban}
Mandate ref {d.mandate}, creditor id {d.creditor}
""",
        """
Gift Aid declaration (UK)
Full name: {p1.full}
Home address: {a1.block}
I am a UK taxpayer. Date: {d.date}
""",
        """
Donor list for the charity ride
{p1.lf} — {d.price}
{p2.lf} — {d2.price}
""",
    ]),
    "direct_debit_return": _t([
        """
Returned direct debit (reason MD06) for order {d.order}
Debtor: {p1.full}
IBAN: {iban}
Amount {d.price} + bank fee
Next step: reminder to {p1.email}
""",
        """
Hello {p1.first},
your bank returned our direct debit of {d.price} (account {iban}). Please transfer the amount or call us on {co.phone}.
Talgrat Accounts
""",
        """
R-transactions {d.date}
{p1.capslf} | {iban} | AC04 closed account
{p2.capslf} | {iban2} | MS02 refused
""",
        """
Chargeback of SEPA debit: customer {p1.full} claims unauthorised. Mandate {d.mandate} signed online from {ip}.
""",
        """
Returned debit: {p1.full} has a new account now — {iban}. Re-debit on {d.date}. Noted by {p2.first}.
""",
        """
Dunning stop: {p1.full} ({p1.phone}) paid by card after the debit return.
""",
    ]),
    "vendor_master": _t([
        """
New supplier set-up
Company: {d.company}
Contact: {p1.full}, sales
Phone: {p1.phone}
E-mail: {p1.workmail}
Bank: {iban}
VAT: {d.vat}
""",
        """
Vendor master change request — sole trader {p1.full} (photographer)
New IBAN: {iban}
Tax ID (Steuer-ID): {tax}
Business address: {a1.one}
Approved by {p2.full}
""",
        """
vendor_id;name;type;iban;de_tax_id
V{d.qty};{p1.lf};sole trader;{iban};{tax}
V{d.n}{d.qty};{d2.company};company;{iban2};
""",
        """
Please update the accounts contact for {d.company}: {p2.full} replaces {p1.full}. Remittance advice to {co.role}.
""",
        """
Freelance copywriter onboarding: {p1.full}, {a1.one}. Payments to {iban}. German tax ID {tax}. Tax number {d.steuernr} (not the ID).
""",
        """
Supplier visit report: met {p1.full} and {p2.full} at the factory; production manager's mobile {p2.mobile}.
""",
    ]),
    "ugc_rights": _t([
        """
Hi {p1.handle}! We love your photo in the {d.product}. Could we use it on our shop page? If yes, please reply "#yesTalgrat" and tell us the name to credit.
→ reply: sure! credit {p1.full}
""",
        """
Image licence agreement
Photographer: {p1.full}
Address: {a1.one}
Fee: {d.price}; paid to {iban}
Tax ID: {tax}
""",
        """
UGC rights log
{d.date} {p1.handle} ({p1.full}) — approved, e-mail {p1.email}
{d2.date} {p2.handle} — declined
""",
        """
Model in the reposted photo identified as {p2.full}; the photographer {p1.full} confirmed she consented. Keep consent form with {p2.email}.
""",
        """
Credit line for the lookbook: "Photo: {p1.full} / Location: {a1.town}"
""",
        """
Takedown request from {p1.full} ({p1.email}): please remove the photo from your Instagram, I never agreed.
""",
    ]),
    "dock_booking": _t([
        """
Delivery slot booked
Date: {d.date} {d.time}
Carrier: {d.company}
Driver: {p1.full}, mobile {p1.mobile}
Plate: {d.plate}
Pallets: {d.qty}
""",
        """
Gate log: {d.time} truck {d.plate} arrived, driver {p1.caps} (ID checked), unloaded by {p2.first}.
""",
        """
Hi {p1.first}, your slot for tomorrow is moved to {d.time}. Please call the dock on {co.phone} if you're late. {bye}, {p2.first}
""",
        """
Slot requests
{d.date} | {p1.full} | {p1.phone} | 6 pallets
{d2.date} | {p2.full} | {p2.phone} | 2 pallets
""",
        """
Driver no-show: {p1.full} didn't arrive; dispatcher {p2.full} ({p2.email}) rebooked for {d.weekday}.
""",
        """
Avis from supplier: ASN {d.order}, driver {p1.full} ({p1.mobile}), ETA {d.time}
""",
    ]),
    "account_recovery": _t([
        """
Account recovery request
Claimed owner: {p1.full}
Old e-mail (no access): {p1.email}
New e-mail: {p2.email}
Last order: {d.order}
Request from IP {ipx}
""",
        """
hi, I can't log in anymore, my account is under {p1.email}, I moved to {a1.one} so the old phone {p1.phone} doesn't work either. {p1.first}
""",
        """
Recovery verification — agent {p2.first}
Q: last 4 of card → {d.masked} ✔
Q: delivery postcode → {a1.zip} ✔
Identity confirmed for {p1.full}.
""",
        """
Suspicious recovery attempts for {p1.email}: {ip}, {ip2}, {ipsix}. Card added during the attempt: {card} (blocked). Account locked, owner notified by SMS to {p1.mobile}.
""",
        """
Login help: Dear {p1.first}, we've reset your password. If you didn't ask for this, call us on {co.phone}. The request came from {ip}.
""",
        """
Account takeover case {d.ticket}: attacker changed the address to {a1.one}; real owner {p1.full} restored.
""",
    ]),
    "access_list": _t([
        """
Warehouse access — weekend stocktake
Badge | Name | Company
{d.badge} | {p1.full} | Talgrat
{d2.badge} | {p2.full} | temp agency
{d3.badge} | {p3.full} | auditor
""",
        """
Visitor book
{d.date} {d.time} {p1.full} visiting {p2.first} (IT) — car {d.plate}
""",
        """
Pop-up store keys: {p1.full} holds set 1, {p2.full} set 2. Alarm company calls {p1.phone} first.
""",
        """
Access revoked: {p1.full} (left on {d.date}). Badge {d.badge} disabled by {p2.full}.
""",
        """
Contractor pass request — name {p1.full}, firm {d.company}, phone {p1.mobile}, dates {d.date}–{d2.date}
""",
        """
alarm call-out log: {d.time} sensor 4, keyholder {p1.lower} attended, police ref {d.ticket}
""",
    ]),
    "zpl_label": _t([
        """
^XA
^FO40,40^A0N,36^FD{p1.caps}^FS
^FO40,90^A0N,30^FD{a1.street}^FS
^FO40,130^A0N,30^FD{a1.townline}^FS
^FO40,180^BCN,80^FD{d.tracking}^FS
^XZ
""",
        """
label_job {d.qty}: to="{p1.full}" phone="{p1.phone}" street="{a1.street}" ref={d.order} printer=zebra-02
""",
        """
^XA^CF0,28
^FO30,30^FDDeliver to: {p1.full}^FS
^FO30,70^FDTel {p1.phone}^FS
^FO30,110^FDOrder {d.order}^FS^XZ
""",
        """
Return label (PDF text layer):
FROM: {p1.full}
{a1.block}
TO: Talgrat Returns Centre, Hall 3
RMA {d.rma}
""",
        """
print queue error: label for {p1.full} truncated after "{a1.street}" — reprint by {p2.first}
""",
        """
Packing slip
Ship to: {p1.full}
{a1.blockc}
Picker: {p2.init}  Packer: {p3.init}
""",
    ]),
    "press_accreditation": _t([
        """
Press accreditation — store opening {d.date}
{p1.full}, {d.company}, {p1.email}
{p2.full}, freelance, {p2.mobile}
Photographer +1: {p3.full}
""",
        """
Dear {p1.first}, your accreditation for the launch is confirmed. Please bring ID; your photographer {p2.full} is on the list too. Press office: {shop.role}
""",
        """
Accreditation request: I'm {p1.full}, outdoor editor, would like to cover the event. Mobile {p1.mobile}.
""",
        """
Declined accreditations: {p1.full} (no outlet), {p2.full} (duplicate).
""",
        """
Press list — interview slots
{d.time} {p1.full} with our founder
{d2.time} {p2.full} (podcast)
""",
        """
Name badge print: {p1.caps} · PRESS / {p2.caps} · PRESS
""",
    ]),
    "mt940_statement": _t([
        """
:61:{d.n}0{d.n}1{d.n}C{d.amount}NTRFNONREF
:86:166?00SEPA CREDIT?20EREF+{d.order}?21SVWZ+Refund?30{d.bic}?31{iban}?32{p1.capslf}
""",
        """
Bank statement {d.date}
Credit {d.price} — from {p1.full} — {iban} — ref "{d.order}"
Credit {d2.price} — from {p2.full} — {iban2} — ref "{d.invoice}"
""",
        """
Unmatched payment: {d.price} from {p1.caps}, IBAN {iban}, reference text "order {d.order} {p1.last}". Please match manually.
""",
        """
CAMT.054 excerpt
<Dbtr><Nm>{p1.full}</Nm></Dbtr>
<DbtrAcct><Id><IBAN>{iban}</IBAN></Id></DbtrAcct>
<RmtInf><Ustrd>INV {d.invoice}</Ustrd></RmtInf>
""",
        """
Overpayment: {p1.full} paid twice ({d.price}). Refund to {iban} approved by {p2.full}.
""",
        """
:86:177?00SEPA DEBIT?20MREF+{d.mandate}?31{iban}?32{p1.caps}
""",
    ]),
}

CLEAN = {
    "recall_notice": _t([
        """
Safety notice: {d.product} chest-strap buckle (batch {d.sku}, sold {d.date}–{d2.date}). Stop using the buckle below -10 °C and bring the pack to any store for a free replacement. No receipt needed.
""",
        """
Product recall update: {d.qty} of the affected {d.kind}s have been exchanged. The replacement buckle is marked with a green dot. Reference {d.ticket}.
""",
        """
Voluntary recall — GTIN {d.gtin}. Affected serials start with {d.serial}. Refund {d.price} or replacement; contact form on the website.
""",
        """
The recall of the {d.product} gas adapter is closed as of {d.date}. Thanks to everyone who returned units.
""",
    ]),
    "spec_sheet": _t([
        """
{d.product} {d.kind}
Weight: {d.weight}
Size: {d.size}
Fabric: 3-layer, 20,000 mm
GTIN {d.gtin} · SKU {d.sku}
""",
        """
Tech specs — {d.product}
Volume {d.size}, back length adjustable, weight {d.weight}, colour {d.colour}. Model year {d.year}, firmware of the lamp {d.version}.
""",
        """
Hunter green / Baker's brown / Fuchs orange — colour codes for the {d.product} range: HG-{d.n}, BB-{d.n}, FO-{d.qty}.
""",
        """
Dimensions packed: {d.size}. Max load {d.weight}. Fits frames up to size {d.n}. Article {d.sku}.
""",
    ]),
    "repair_price_list": _t([
        """
Repair prices {d.year}
Zip replacement: {d.price}
Seam taping: {d2.price}
Resoling (Vibram): {d3.price}
Turnaround approx. {d.n} weeks.
""",
        """
Workshop notice: from {d.date} we charge {d.price} for a new slider. Job numbers start with {d.rma}.
""",
        """
Down refill per 10 g: {d.price}. Patch kit {d.sku}. Baker's twine for tent pegs included.
""",
        """
Repair turnaround this month: {d.n} days on average, {d.qty} jobs done, {d.pct} warranty cases.
""",
    ]),
    "customs_info": _t([
        """
Shipping to the UK or Switzerland: orders over {d.price} may be charged import VAT. Tariff code for jackets {d.hs}. Delivery {d.n}–{d.qty} working days.
""",
        """
We ship DDP to Norway and Switzerland. Your parcel number looks like {d.tracking}. Postcode examples: {d.zip}.
""",
        """
Customs FAQ: gifts under {d.price} are duty-free. Keep the invoice number ({d.invoice}) for your records.
""",
        """
Export documents are created automatically (CN23) for parcels over {d.weight}. Version of the customs module: {d.version}.
""",
    ]),
    "api_changelog": _t([
        """
API {d.version}
- /orders now returns tracking_id ({d.tracking} format)
- rate limit 600/min
- deprecated field customer_hash ({d.hash})
""",
        """
Release {d.version} ({d.date}): retry on 429, new webhook order.shipped, request id {d.uuid} in every response.
""",
        """
Build {d.hash} deployed to staging at {d.time}; load balancer pool "blue" drained.
""",
        """
Changelog: version {d.version} fixes the GTIN check ({d.gtin}) and the SKU filter ({d.sku}).
""",
    ]),
    "warehouse_kpi": _t([
        """
Warehouse KPIs week {d.n}: picks {d.qty}00, error rate {d.pct}, avg dock time {d.ms} min, pallets received {d.qty}.
""",
        """
Inbound {d.date}: ASN {d.order}, {d.qty} cartons, GTIN {d.gtin}, bin A{d.n}-{d.qty}.
""",
        """
Stock count variance: {d.sku} -{d.n}, {d2.sku} +{d.qty}. Koch station (cooking gear) recounted.
""",
        """
Returns processed: {d.qty}, restocked {d.pct}, scrapped {d.n}. Oldest open RMA: {d.rma}.
""",
    ]),
    "event_announcement": _t([
        """
Join us for the {d.product} night hike on {d.date} at {d.time}! Meet at the store, headlamps provided. Free, {d.qty} places.
""",
        """
Repair café every {d.weekday}, {d.time}. Bring your {d.kind}. Coffee by the Baker's Corner next door.
""",
        """
Film evening: "Hunter's Moon" screening, tickets {d.price}, doors {d.time}.
""",
        """
Trail-cleaning day {d.date}: bags and gloves provided, meeting point car park, approx. {d.n} hours.
""",
    ]),
    "sustainability_report": _t([
        """
Sustainability {d.year}: {d.pct} recycled polyester, {d.qty} repairs instead of replacements, CO2 per parcel down {d2.pct}.
""",
        """
Our {d.product} line uses bluesign fabric; {d.pct} of down is RDS-certified (certificate {d.sku}).
""",
        """
Take-back scheme: {d.qty} kg of textiles collected in {d.year}. Partner: {d.company}.
""",
        """
Packaging: {d.pct} less plastic since {d.year}; mailer bags made in {d.n} plants.
""",
    ]),
    "return_instructions": _t([
        """
How to return: print the label, pack the {d.kind}, drop it at any parcel shop within 30 days. Refund within {d.n} days after we receive it.
""",
        """
Your return label number will look like {d.tracking}. Keep the receipt {d.invoice}. Exchanges for size {d.n} are free.
""",
        """
Returns over {d.price} are insured. Use RMA format {d.rma} on the box.
""",
        """
Return window extended to {d.date} for Christmas orders ({d.order}-style numbers).
""",
    ]),
    "inventory_csv": _t([
        """
sku,gtin,qty,price
{d.sku},{d.gtin},{d.qty},{d.price}
{d2.sku},{d2.gtin},{d2.qty},{d2.price}
""",
        """
article;colour;size;stock
{d.product};{d.colour};{d.n};{d.qty}
{d2.product};{d2.colour};{d2.n};{d2.qty}
""",
        """
bin|sku|qty|updated
A{d.n}|{d.sku}|{d.qty}|{d.date}
""",
        """
item	status	eta
{d.sku}	backorder	{d.date}
{d2.sku}	in stock	-
""",
    ]),
}
