"""English prose templates (19 genres with personal data) and English texts without personal data
(10 genres) of the dev half of the thirty-second PII bank (dev32).

Slots: a, b, c, d, k are customers and other people; s and s2 are staff (they keep the text's
country).  Meta: nocue (no invented names), pin (a person's country), rel (a relative who shares a
surname), country (the text's country, fixed or drawn from a list).
"""

from pii32_dev_core import Tpl as T

PROSE = {}

PROSE["support_email"] = [
    T("Hi,\n\nI ordered the {product} ({order}) on {date} and it's [[not quite right for me|too small|not what I "
      "expected from the photos]]. Could I swap it for [[another size|a different colour|the {prod2}]]? [[I'd rather "
      "not pay for the return postage again.|Happy to drop it at the {storetown} store if that's easier.]]\n\n[[Thanks|Many thanks|Cheers]],"
      "\n{a.full}[?\n{a.phone}?]"),
    T("{a.dear},\n\nThank you for sending the {prod} back. [[It arrived at our warehouse on {date}|Our returns team "
      "checked it on {date}]] and we have refunded {price} to the account you gave us, {a.iban}. [[Depending on your "
      "bank, it|It]] should show within three to five working days.\n\n[[Kind regards|Best wishes]],\n{s.full}\n"
      "Customer Service, Talgrat Outdoor"),
    T("Hi {a.first},\n\n[[No problem at all|Thanks for letting us know]] – I've changed the delivery address on "
      "{order} to {a.addr1}. [[The parcel hasn't left the warehouse yet, so it will go straight there.|If it has "
      "already been handed to {carrier}, I'll ask them to redirect it.]]\n\n{s.first}\n\nOn {date}, {a.full} "
      "<{a.email}> wrote:\n> [[Hello|Hi there]], I've just moved and realised my order still has the old address. "
      "Could you change it?"),
    T("Dear team,\n\nMy payment for {order} failed twice [[at checkout|on your website]]. My card is {a.card}, "
      "expiry {exp} – could you [[charge it manually|take the payment by hand]] so the {prod} ships before "
      "{weekday}?\n\n{a.sig}[?\nMobile {a.mobile}?]"),
    T("Case {ticket}: {a.full} says the {prod} from {order} never arrived. Tracking shows it was delivered on "
      "{date} to {a.street}, [[signed for by a neighbour|left in the porch|handed to someone at the door]]. "
      "[[Customer can be reached on {a.phone}.|Customer's e-mail: {a.email}.]] [[Offered a replacement.|Waiting "
      "for the carrier's photo before we refund.]]"),
]

PROSE["crm_note"] = [
    T("{date}: [[Called|Rang]] {a.full} back about {order}, [[all sorted|refund confirmed|{a?he|she} will send "
      "photos of the seam|{a?he|she} keeps the jacket after all]]."),
    T("{a.LF} – customer since {year}\n{date}: new address {a.addr1} (was {a.oldstreet}).\n{date2}: new mobile "
      "{a.mobile}.[?\n{date3}: prefers e-mail only, {a.email}.?][?\n{date4}: refund of {amount} to {a.iban}.?]"),
    T("Merged duplicate profiles for {a.il}: kept {a.email}, retired {a.email2}. [[Both had|Same billing address "
      "on]] {a.addr1}. [[Loyalty points added together.|No open orders on the old profile.]]"),
    T("{a.first} [[usually buys|always asks for]] the {prod} in {colour}[[, size {size}|]]. {a?His|Her} partner "
      "{b.first} [[picks orders up at {store}|sometimes calls on {b.phone}]]. [[Likes a phone call rather than "
      "e-mails.|Please no catalogues.]]"),
    T("Met {a.mrfull} of {company} at [[the OutDoor fair|the trade day in {storetown}]] – {a?he|she} wants "
      "[[a staff discount scheme|rain jackets for about forty people]]. Follow up via {a.email} [[or "
      "{a.phone}|before {date}]]."),
]

PROSE["identity_misuse_report"] = [
    T("Hello,\n\nI've just received a confirmation for {order}, but I never placed this order. Someone used my "
      "name and my e-mail address ({a.email}) and had it sent to {b.addr1}, [[an address I don't know at all|which "
      "is nowhere near where I live]]. [[Please cancel it and check my account.|I have changed my password – please "
      "block any further orders.]]\n\n{a.sig}"),
    T("Fraud check {case}: account of {a.full} ({a.email}) signed in from {ip} at {time}, the delivery address was "
      "changed to {b.addr1} and a gift card was bought with the saved card. {a.mr} [[confirmed by phone|told us on "
      "the phone]] ({a.phone}) that {a?he|she} did not make the change. Order stopped, password reset sent."),
    T("Dear Sir or Madam,\n\nMy identity was misused for several online orders in {month}. [[The police are "
      "investigating (reference {case}).|I have reported this to the police, reference {case}.]] Please tell me "
      "which orders were placed in my name at Talgrat and which delivery addresses were used. My details:\n\n"
      "{a.full}\n{a.addr2}\nDate of birth: {a.dob}\n\nYours faithfully,\n{a.full}"),
    T("{s.first} – the order placed as {a.full} ships to the same place as last week's one in {b.gen} name: "
      "{c.addr1}. Same IP as well, {ip}. [[Can you hold both?|I've put both on hold.]]"),
    T("{a.mr} rang, very upset: {a?he|she} got a letter from a debt collector about an unpaid Talgrat invoice for "
      "{price}, but {a?he|she} has never ordered from us. The invoice address is {a.street}, which is right, but "
      "the e-mail on the order is {b.email}, not {a?his|hers}. Asked {a?him|her} to send a copy of the letter."),
]

PROSE["employment_verification"] = [
    T("Dear Sir or Madam,\n\n{a.full} has applied [[for a mortgage|for a personal loan|for a car loan]] with {lender} "
      "and has named Talgrat Outdoor as {a?his|her} employer. Could you confirm that {a?he|she} has worked at your "
      "{storetown} store since {year} and is on a permanent contract? [[A signed consent form is attached.|The "
      "applicant's consent is attached.]]\n\nKind regards,\n{b.full}\nUnderwriting, {lender}\n{b.phone}"),
    T("{b.dear},\n\nWe confirm that {a.full}, {a.addr1}, has been employed by Talgrat Outdoor as [[a sales "
      "adviser|an assistant store manager|a warehouse operative]] since {dlong}. The contract is permanent[[ and not "
      "under notice|]]. We do not give salary details without separate consent.\n\nYours sincerely,\n{s.full}\n"
      "People Team"),
    T("Hi {s.first}, the letting agent for the flat on {a.street} needs a letter from you saying that I work here. "
      "Can you send it to {b.email}? [[Their contact is {b.full}.|The agent handling it is {b.full}.]] Thanks, "
      "{a.first}"),
    T("Verification request for {a.full} (staff no. {staffno}) from {lender}, answered by phone to {b.mrfull} on "
      "{b.phone}: employed since {year}, full time. Consent on file."),
    T("Hi {s.first},\n\nI start as a temp at the Munich store on {weekday}. For payroll: my German tax ID is "
      "{a.taxid}, my address is {a.addr1} and my bank account is {a.iban}.[? My mobile is {a.mobile}.?]\n\n"
      "Thanks,\n{a.full}", country="DE", pin={"a": "DE"}),
]

PROSE["ad_objection_letter"] = [
    T("{a.full}\n{a.addr2}\n\n{date}\n\nDear Sir or Madam,\n\nPlease stop sending me your printed catalogue and any "
      "other advertising. I object to the use of my data for marketing[[ under Article 21 GDPR|]]. [[Please confirm "
      "this in writing.|Please also remove my e-mail address {a.email} from your newsletter.]]\n\nYours "
      "faithfully,\n{a.full}"),
    T("{a.dear},\n\nWe have received your objection of {date} and added {a.addr1} to our [[suppression|do-not-mail]] "
      "list. [[The catalogue for the next season may already be printed, so one more copy could still reach "
      "you.|You will not receive any more catalogues.]] Your customer account stays open.\n\nKind regards,\n{s.full}"
      "\nData Protection Team"),
    T("Unsubscribe me from everything please. Name {a.full}, postcode {a.zip}. You also keep sending catalogues "
      "addressed to my [[late mother|ex-partner|former lodger]] {b.full} to my address."),
    T("Mailing Preference check: {a.FULL} at {a.addr1} opted out by post on {date}, but the catalogue file "
      "{case} still had {a?him|her}. Removed and told the print shop."),
]

PROSE["unidentified_return"] = [
    T("A return came in today without a returns form. [[On the label|The sender on the label]]: {a.full}, "
      "{a.addr1}. Inside: {prod} in {colour}, {size}, tags still on. I can't find an order under that name – can "
      "someone call {a?him|her}?[? The number on the parcel is {a.phone}.?]"),
    T("{a.dear},\n\nWe have received a parcel from you containing the {prod} but without a returns form, so we could not "
      "match it to an order. Could you tell us the order number, or the e-mail address you ordered with? [[We will "
      "keep the item for {days} days.|As soon as we know, we will refund you.]]\n\nThanks,\n{s.first}"),
    T("Sorry, that was me! The order was placed by my [[{b?husband|wife}|{b?son|daughter}]] {b.full} with {b.email}. Please "
      "refund it to {b?his|her} card as usual. {a.first}"),
    T("{t1} {s.lowfirst}: anyone know a {a.low}? parcel from {a.street}, no paperwork\n{t2} {s2.lowfirst}: try "
      "the order search with the postcode {a.zip}\n{t3} {s.lowfirst}: found it, {order}. thx"),
]

PROSE["photo_takedown_request"] = [
    T("Hi,\n\nI was at your [[trail running|bouldering|avalanche awareness]] evening in {storetown} on {date} and I'm "
      "in [[the third|the second]] photo of your Instagram post, [[the one with the group at the start|standing next "
      "to the banner]]. I never agreed to be photographed. Please take it down [[by the end of the week|as soon as "
      "possible]].\n\n{a.sig}[?\n{a.phone}?]"),
    T("{a.dear},\n\nThank you for telling us. We have removed the photo from Instagram and Facebook and deleted it "
      "from our shared drive. [[The photographer, {b.full}, has deleted {b?his|her} copies too.|We have also asked "
      "our photographer to delete all copies.]] I'm sorry this happened.\n\nBest wishes,\n{s.full}\nEvents, "
      "Talgrat {storetown}"),
    T("My {k?son|daughter} {k.first} was at your kids' climbing session on {date}. You posted a photo where {k?his|"
      "her} face is clearly visible and you tagged [[the school|our street]]. Please remove it today.\n{a.full}\n"
      "{a.email}", rel={"k": "a"}),
    T("{s.first}, please pull the photo of {a.full} from the newsletter draft – {a?he|she} asked by phone "
      "({a.phone}) not to be shown. [[The one of {b.full} can stay.|]]"),
]

PROSE["solicitor_letter"] = [
    T("Our client: {a.full}, {a.addr1}\nYour reference: {order}\n\nDear Sirs,\n\nWe act for the above-named. Our "
      "client bought the {product} at your {storetown} store on {date} for {price}. [[The seams failed after two "
      "uses.|The main zip failed within three weeks.]] Your staff refused a refund. We ask you to refund the price "
      "within 14 days to our client account at {firm}, IBAN {firmiban}.\n\nYours faithfully,\n{b.full}\nSolicitor"),
    T("{b.dear},\n\nThank you for your letter of {date} on behalf of {a.full}. We have looked at the case again and "
      "[[will refund|are prepared to refund]] {price} as a goodwill gesture, without accepting liability. [[Please "
      "confirm the account details.|Payment will go to the account given in your letter.]]\n\nYours sincerely,\n"
      "{s.full}\nLegal, Talgrat Outdoor"),
    T("Solicitor's letter received for {a.full} ({order}) from {b.full} at {firm}, {b.email}. Deadline {date}. "
      "Forwarded to {s.full}."),
    T("RE: {a.full} v. Talgrat Outdoor\n\nDear {s.mr},\n\nFurther to our call, our client will accept a full "
      "refund of {price} plus postage. Please pay it to {a?his|her} own account, {a.iban}, and confirm to me at "
      "{b.email}.\n\nRegards,\n{b.full}\n{firm}\n{b.landline}"),
]

PROSE["mail_order_letter"] = [
    T("Dear Talgrat,\n\nI saw the {product} in your [[autumn|spring]] catalogue and would like to order one in "
      "{colour}, size {size}. I don't use the internet, so please send it with an invoice to:\n\n{a.full}\n{a.addr2}"
      "\n\nMy telephone number is {a.landline} if anything is unclear.\n\nYours sincerely,\n{a.full}"),
    T("Dear Sir or Madam,\n\nPlease send me the {product} in {colour}, [[size {size}|the middle "
      "size]]. You may charge my card {a.card}, expiry {exp}. [[My address is|Please post them to]] {a.addr1}.\n\n"
      "Thank you,\n{a.mrfull}"),
    T("To the order department,\n\nI would like the {product} ({sku}) in {colour}. You may take the amount from my "
      "account {a.iban}[? at {bank}?]. [[It is a present for my grandson, so please do not put a price in the "
      "parcel.|Please ring before you send it, as I am sometimes away.]]\n\n{a.full}\n{a.addr2}\n{a.phone}"),
    T("Postal order from {a.mrfull}, {a.addr1}: {prod}, {colour}, {size}. The handwriting is hard to read, so "
      "I rang {a.phone} to check – all correct. Invoice goes out with the parcel."),
]

PROSE["corporate_gift_order"] = [
    T("Hi,\n\nWe'd like to order {num} of the {product} as thank-you gifts for our [[project team|volunteers]]. Could "
      "you ship them to our office, {company}, {a.addr1}, for the attention of {a.full}? Invoice to {a.email}, "
      "please.\n\nBest,\n{a.first}"),
    T("{a.dear},\n\nThank you for your order of {num} {prod} gifts. Two of the parcels go to your colleagues at home "
      "as you asked: one to {b.full}, {b.addr1}, and one to {c.full}, {c.addr1}. [[The rest will reach your office "
      "on {weekday}.|The rest follow next week.]]\n\nKind regards,\n{s.full}\nBusiness Orders"),
    T("Please add a card to each parcel. For {b.first}: \"Thank you for a brilliant year – {a.first}\". For "
      "{c.first}: \"Enjoy the hills! – the whole team\". [[Both|All of them]] go to the addresses in my last e-mail. "
      "{a.full}, {company}"),
    T("The parcel for {b.full} at {b.addr1} came back to us as undeliverable. Could you check the address with "
      "{b?him|her}?[? The mobile number on the order is {b.mobile}.?] [[We'll send it again at no cost.|]]"),
]

PROSE["youth_grant_application"] = [
    T("Dear Talgrat team,\n\nMy name is {a.full}, I'm {age} and I climb with [[the youth squad|a club]] in {a.town}. "
      "I'd like to apply for your youth grant, because [[I've qualified for the national bouldering "
      "final|I want to do my first alpine course this summer]] and the kit is expensive. [[My coach, {b.full}, has "
      "written a reference.|My coach will send a reference.]]\n\nYou can reach me at {a.email}.\n\n{a.first}"),
    T("I, {k.full}, agree that my {a?son|daughter} {a.full} takes part in the Talgrat youth grant programme and that "
      "photos of {a?him|her} may be used for it. Address: {k.addr1}. Phone: {k.phone}.", rel={"a": "k"}),
    T("To the grant panel,\n\nI have coached {a.full} at our club for three years. {a.first} trains four times a "
      "week, helps with the younger children and [[won the regional youth cup in {month}|never misses a "
      "session]]. I support this application without reservation.\n\n{b.full}\nHead coach\n{b.phone}"),
    T("Grant decision: {a.full} ({a.town}) approved; {amount} paid to the account of {a?his|her} parent {k.full}, "
      "{k.iban}.", rel={"a": "k"}),
]

PROSE["customs_charge_query"] = [
    T("Hi, I ordered the {product} ({order}) and {carrier} has just asked me for {fee} in import VAT and a handling "
      "fee before they'll deliver. Your website said duties were included. Can you refund this? I've paid it to get "
      "the parcel.\n\n{a.full}\n{a.addr2}", country=["GB", "CH", "US"]),
    T("{a.dear},\n\nThank you for sending the receipt. We will refund the {fee} you paid to {carrier}. [[It goes back "
      "to the card you ordered with, ending {a.cardend}.|Please send us your IBAN and the name of the account "
      "holder, and we will transfer it.]]\n\nBest regards,\n{s.full}", country=["GB", "CH", "US"]),
    T("Here is the receipt for the customs charge on {order}. Please transfer the {fee} to my account {a.iban}, "
      "account holder {a.full}. [[Thanks for sorting this so quickly.|]]", country=["GB", "CH"]),
    T("Hello, I live in Switzerland ({a.addr1}) and had to pay {fee} at the door for your parcel. [[Nobody told me "
      "this when I ordered.|The checkout said no extra costs.]] Please call me on {a.phone}. {a.full}",
      country="CH", pin={"a": "CH"}),
]

PROSE["photo_caption"] = [
    T("{a.full}, {b.full} and {c.full} [[at the opening of|outside]] the new {storetown} store on {date}.",
      nocue=True),
    T("From left: {a.full}, {b.full}, {c.full}. The three [[walked|ran]] the {route} for the autumn catalogue "
      "[[in a single day|over two wet days]].", nocue=True),
    T("When {a.full} took over the repair workshop in {storetown} [[in {year}|three years ago]], it fixed about a "
      "hundred jackets a year. Today {a.last} and {b.full} repair more than [[four|six]] hundred, [[from broken "
      "zips to torn shoulders|mostly zips and seams]].", nocue=True),
    T("{a.full} ([[left|right]]) hands the cheque to {b.full} of [[the mountain rescue team|the youth climbing "
      "club]]. [[The money came from the spring sale.|Staff raised it on a sponsored walk.]]", nocue=True),
    T("Long-time customer {a.full} [[tries on|tests]] the {prod} with shop assistant {b.full} [[before the first "
      "snow|on a grey morning in {storetown}]].", nocue=True),
]

PROSE["store_transfer_request"] = [
    T("{t1} [[{s.first}|{s.lowfirst}]]: hi, customer {a.full} wants the {prod} in {size} moved from you to us, can you put it on "
      "the Thursday van?\n{t2} {s2.first}: yes, found it. reserved under {a?his|her} mobile {a.mobile}\n{t3} "
      "{s.first}: great, thanks!"),
    T("Hi {s2.first},\n\nCould you send one {product} in {colour} over to us? It's for {a.mrfull}, who'll collect on "
      "{weekday}. [[{a?His|Her}|The customer's]] number is {a.phone} in case it's not there.\n\nThanks,\n{s.first}"),
    T("Hello, the {prod} I want is only in stock at your {storetown} shop. Could you move it to {storetown2}? I can "
      "collect it on {weekday}. {a.full}, {a.email}"),
    T("Transfer {order}: {storetown} to {storetown2} for {a.LF}, call when it arrives: {a.phone}."),
]

PROSE["porch_theft_claim"] = [
    T("Hi, your tracking says my parcel ({parcel}) was delivered on {date} at {time}, but it isn't here. [[The photo "
      "shows it on a doorstep that isn't mine.|There's no photo and no card.]] I live at {a.addr1}. [[My neighbour "
      "{b.first} didn't take it in either.|]] What happens now?\n{a.full}"),
    T("{a.dear},\n\nI'm sorry your parcel went missing. {carrier} says it was left [[in the porch|by the front "
      "door]] at {a.street}. To open a claim we need a police reference number. Once we have it, we will send a "
      "replacement.\n\nBest regards,\n{s.full}"),
    T("Update on {ticket}: {a.mrfull} called – the parcel turned up at {b.full}'s house, {b.street}, two doors down. "
      "No claim needed."),
    T("Police reference {case}. I reported the theft on {date}. Another parcel was taken from {b.full} across the "
      "road the same day. Please send the replacement to my work address instead: {a.full}, {company}, "
      "{a.addrwork}."),
]

PROSE["instructor_contract"] = [
    T("Dear {a.first},\n\nThank you for agreeing to lead our [[navigation courses|avalanche awareness "
      "evenings|trail running clinics]] in {storetown} this [[winter|spring|summer]]. As agreed, we pay {amount} per "
      "session to your account {a.iban}. [[Please sign and return the contract by {date}.|The contract is attached "
      "for signature.]]\n\nBest wishes,\n{s.full}\nCourses"),
    T("Hi {s.first}, signed contract attached. My details again: {a.full}, {a.addr1}, IBAN {a.iban}.[? Mobile "
      "{a.mobile}.?] See you on {weekday}! {a.first}"),
    T("Freelance instructors for the course programme: {a.full} (navigation) and {b.full} (first aid). Contracts "
      "went out to {a.email} and {b.email} on {date}."),
    T("Dear {a.first},\n\nTo pay you through the German payroll for the Munich courses we need your tax "
      "identification number. Thank you for sending it: we have recorded {a.taxid} and your address {a.addr1}. "
      "Payments go to {a.iban}.\n\nKind regards,\n{s.full}\nPayroll, Talgrat GmbH", country="DE", pin={"a": "DE"}),
]

PROSE["duplicate_charge_complaint"] = [
    T("Hello, I've been charged twice for {order} – {price} went off my card {a.card} on {date} and again on "
      "{date2}. Please refund the second payment.\n{a.full}"),
    T("Hi, there are two payments of {price} on my card ending {a.cardend} for one order. [[I only pressed the "
      "button once!|The first attempt showed an error.]] Please call me on {a.phone} if you need anything. "
      "{a.full}"),
    T("{a.dear},\n\nWe have checked your order {order}. The second amount is only a pre-authorisation from the "
      "failed attempt; your bank will release it within {days} days. [[You don't need to do anything.|If it is still "
      "there after that, please reply to this e-mail.]]\n\nBest regards,\n{s.full}"),
    T("I paid the invoice by bank transfer from {a.iban} and then, by mistake, a second time. Please pay one back "
      "to the same account. {a.full}, {a.phone}"),
    T("Double charge confirmed for {a.full} ({a.email}); refunded {price} through the payment provider on {date}. "
      "[[Customer informed by e-mail.|Told {a?him|her} by phone.]]"),
]

PROSE["course_cancellation_refund"] = [
    T("Hi {a.first},\n\nWe're sorry, but the [[avalanche course|via ferrata day|navigation course]] on {date} has to "
      "be cancelled [[because of the weather forecast|because our guide is ill]]. We will refund {amount} to the "
      "account you paid from ({a.iban})[[, or move you to {date2} if you like|]]. Just reply to this e-mail.\n\n"
      "Best,\n{s.first}"),
    T("Hi, I was booked on the course on {date} that you cancelled. My friend {b.full} and I paid together with my "
      "card, so please refund both places to it[[ (ending {a.cardend})|]]. {a.full}, {a.phone}"),
    T("Refunds for the cancelled [[course|tour]] on {date}: {a.full} and {b.full} were refunded to their cards, "
      "{c.full} asked for a bank transfer to {c.iban}, and {d.full} moved to the next date."),
    T("I called {a.first} on {a.phone} about the cancellation; {a?he|she} would rather have a voucher than the "
      "money back. [[Voucher sent to {a.email}.|I'll send the voucher tomorrow.]]"),
]

PROSE["store_review"] = [
    T("[[★★★★★|5 stars]] – {s.first} in the [[shoe|rain jacket|backpack]] department spent [[almost an hour|forty "
      "minutes]] with me and didn't push the expensive model. [[Came away with the {prod} and happy feet.|I'll be "
      "back.]] – {a.fi}"),
    T("[[★★☆☆☆|2 stars]]. Waited twenty minutes at the till. When I asked, {s.first} said I should have booked a "
      "fitting. [[Not great.|Disappointing for a shop this size.]] {a.first}"),
    T("Thank you, {a.first}! I'll pass this on to {s.first} and the team. – {s2.full}, Store Manager, Talgrat "
      "{storetown}"),
    T("We went in to get boots for our {k?son|daughter} {k.first}, who is [[nine|eleven]] and hates shopping. "
      "{s.first} measured both feet, let {k?him|her} walk up and down the ramp for ages and found a pair on the "
      "second try. [[Really patient.|Brilliant service.]]\n{a.full}", rel={"k": "a"}),
    T("Bought the {prod} last week. {s.first} and {s2.first} were brilliant, shame about the parking. – {a.il}"),
]


# --------------------------------------------------------------------------- texts without personal data

CLEAN = {}

CLEAN["recipe_card"] = [
    T("[[Hut kitchen|From the hut kitchen|Recipe card]]: hunter's stew for [[six|eight|ten]]\nBrown the [[venison|beef|"
      "lentils]] in two batches, add [[juniper|caraway|smoked paprika]], a bay leaf and a splash of [[red wine|dark "
      "ale|stock]]. Simmer for [[two hours|ninety minutes|an hour and a half]] at the back of the stove.[? Will it "
      "keep? [[Two days in a cold pantry.|It tastes better on day two.]]?]"),
    T("A baker's dozen of [[flapjacks|oat bars|energy balls]] for the {route}: [[250|300]] g oats, [[125|150]] g "
      "butter, [[4|5]] tbsp golden syrup, a handful of [[dried cranberries|raisins|chopped dates]]. [[Bake at 180 °C "
      "for 20 minutes.|Bake for 22 minutes at 170 °C fan.|Chill for an hour instead of baking.]] Cut while "
      "[[warm|cold]]."),
    T("Trail mix, the [[shop-floor|staff-room|workshop]] version\n- [[200|250]] g [[almonds|hazelnuts|cashews]]\n- "
      "[[150|100]] g dark chocolate buttons\n- 100 g [[rose-hip|apricot|mango]] pieces\n- a pinch of sea salt\n"
      "[[Packs into the lid pocket of the Hochsattel 30.|Fits a 500 ml tub.|Enough for {num} hikers.]]"),
    T("Cook's tip from the hut: May is the month for [[wild garlic soup|nettle soup|elderflower cordial]]. Pick the "
      "leaves [[before the plant flowers|away from the path|in the morning]], wash twice, and [[add a potato for "
      "body|finish with a spoon of cream|season at the end]]. Serves [[four|six]] for about {price} in ingredients."),
]

CLEAN["order_status_digest"] = [
    T("Daily order digest – {dnum}\nShipped: [[412|387|455|503]]\nAwaiting stock: [[23|31|17|9]]\nOldest open "
      "order: {order} ({date})\nReturns booked in: [[58|64|71]]"),
    T("Order {order} – status: [[dispatched|in transit|ready for collection|out for delivery]]\nCarrier reference: "
      "{parcel}\nDepot reference: {phoneish}\nEstimated delivery: {date}"),
    T("Orders held for payment check: {order}, {order2}, {order3}. [[Release after 14:00 if the PSP confirms.|Do not "
      "release before the card check is back.|Release in the order shown.]]"),
    T("Click & collect, {storetown}: [[six|nine|eleven|four]] orders ready, two overdue ({order} since {date}, "
      "{order2} since {date2}). Shelf ref {phoneish}."),
]

CLEAN["product_qa_answers"] = [
    T("Q: Will it fit over a [[thick fleece|down jacket|hoody]]?\nA: [[Yes.|Yes, easily.|Mostly.]] The {product} "
      "is cut for layering; [[take your usual size|size up if you are between sizes]]."),
    T("Q: May I [[machine wash|tumble dry|iron]] the {prod}?\nA: [[Yes, at 30 °C on a gentle cycle, then reproof the "
      "DWR.|Yes, gently at 30 °C. Don't use fabric softener.|Only on a low setting; check the care label.]]"),
    T("Q: Is there a grace period for returns after Christmas?\nA: Orders placed from {date} can be returned until "
      "{date2}. The usual {days}-day period starts after that."),
    T("Q: Will {colour} fade in strong sun?\nA: [[Slightly, after a few seasons.|Not noticeably; it passed our "
      "light-fastness test.|A little, like any dyed fabric.]] [[Store it dry and out of direct sunlight.|Wash it "
      "inside out.]] ({product}, {sku})"),
]

CLEAN["store_event_calendar"] = [
    T("Events at Talgrat {storetown}\n{date}, 19:00 – Winter warmer evening: layering for cold days\n{date2}, "
      "10:00 – Wolf tracking walk with the park rangers (meet at the car park, {placezip})\n{date3} – Repair café, "
      "bring your zips"),
    T("Coming up: Dawn chorus walk on the first Sunday of May, [[05:30|06:00]] at the visitor centre in {placezip}. "
      "[[Free, but places are limited.|Bring binoculars and a flask.|Dogs on leads welcome.]]"),
    T("Hunter's Moon night hike – {date}, [[20:00|19:30]]. [[Head torch required.|Head torches can be borrowed at the "
      "till.]] Route: about [[9|11|13]] km, [[350|420]] m of ascent."),
    T("Kids' bouldering mornings every Saturday from {date}, 09:30–11:00. The wall in {storetown} is closed for "
      "new holds on {date2}."),
]

CLEAN["supplier_company_directory"] = [
    T("Approved suppliers – [[trims and zips|buckles and webbing|labels and tags]]\n- Baker & Hunter Outdoor Ltd, "
      "[[Leeds|Bradford]]\n- Fox & Miller Outfitters, [[Portland|Denver]]\n[?- Young & Rose Mountain Sports, "
      "Keswick\n?]- King & Bell Ropes, [[Sheffield|Kendal]]"),
    T("Koch & Bauer Bergsport GmbH ([[Kempten|Sonthofen]]) ships the merino blanks; Vogel & Winter Textil handles "
      "[[dyeing|finishing]]. Lead time is [[six weeks|about 40 days|two months]]. PO {order}."),
    T("Packaging: Frost Brothers Ltd, Unit [[4|7|12]], {placezip}. Labels: Stone & Price Printing. [[Both audited in "
      "{month}.|Next audit due in {month}.]]"),
    T("Contract renewals this quarter: [[Walker & Sons Leather|Archer & Wood Leather]], [[Fisher Buckles|Mason "
      "Buckles]], Green Field Logistics, [[Hunter Valley Wool Co.|Shepherd Wool Co.]] Contact the buying team "
      "before {date}."),
]
CLEAN["gtin_price_list"] = [
    T("{sku} | {product} | {colour} | {size} | GTIN {gtin} | {price}"),
    T("Price list, valid from {date}\n{sku} – {product} – {price}\n{sku2} – {product2} – {price2}\n{sku3} – "
      "{product3} – {price3}"),
    T("GTIN {gtin}: {product}, {colour}\nGTIN {gtin2}: {product2}, {colour2}\n[[Check the barcodes before "
      "the shelf labels go out.|Labels print on {weekday}.]]"),
    T("Markdown: {product} now {saleprice} (was {price}), GTIN {gtin}, until {date}."),
]

CLEAN["software_release_notes"] = [
    T("Handheld scanner app {version}\n- Faster stock look-up\n- Fixed: crash when a GTIN has a leading zero\n- "
      "Requires firmware {version2} or later"),
    T("Till software {version} rolls out to all stores on {date}. [[Build 4411.|Build 4519.]] Stores on {version2} "
      "must restart after 22:00."),
    T("Release {version}: the label printer driver now handles 100 × 150 mm labels. Known issue: [[the preview is "
      "blank on the old tablets|reprints lose the logo]]. Will it be fixed? Yes, in {version2}."),
    T("Web shop {version} – changes: size advisor for the {prod}, new returns page, payment provider SDK "
      "{version2}. Rollback tag: release-{version3}."),
]

CLEAN["trail_conditions_report"] = [
    T("Trail report {dnum}: Hunter's Pass is [[clear to the col|snow-free to the col|passable]], icy patches above "
      "[[1,900|2,100]] m. Grace Falls path [[closed after the rockfall|open again after repairs]]. [[Microspikes "
      "recommended.|Start early.|Check the forecast.]]"),
    T("Wolf Crag loop: [[muddy|wet|dry]] in the lower woods, [[fine|windy]] above the tree line. The footbridge at "
      "Miller's Ford [[is open again|is still closed|reopens on {date}]]. Car park fills by [[09:00|08:30]] at "
      "weekends."),
    T("Conditions around {town}: fresh snow on the north faces, avalanche level [[2|3]] above [[2,000|2,200]] m. The "
      "Fox Gully route is not recommended until {date}."),
    T("Baker's Hill path [[resurfaced|partly washed out]], May Beck crossing [[knee-deep|ankle-deep]] after the rain. "
      "[[Allow an extra hour.|Poles help.|The high route avoids it.]] Updated {dnum}."),
]

CLEAN["warehouse_wave_plan"] = [
    T("Wave {num} – start 06:30\nTotes 4401–4460, zone B\nCarrier cut-off 15:00 ({carrier}, trailer {phoneish})\n"
      "Priority: {order}, {order2}"),
    T("Pick wave plan {dnum}: [[three|four]] waves, 1,240 lines. Dock 3 reserved for the {carrier} collection; seal "
      "number {phoneish}."),
    T("Parcels still on the belt: {parcel}, {parcel2}. [[Relabel and send on the evening truck.|Hold for "
      "inspection.]]"),
    T("Replenishment: {sku} to bay 14-C, {sku2} to bay 02-A. Pallet ref {phoneish}. Count ends at 11:00."),
]

CLEAN["colour_naming_guide"] = [
    T("Colour names: write {colour} exactly as in the product data[[ ({sku})|]], never \"[[rose|salmon|pink]]\" "
      "for Alpenglow. [[Hut Orange is one colour, not \"orange\".|Fir Shade is not \"forest green\".]]"),
    T("The {product} comes in {colour}, among others. [[Peat Brown replaces the old \"chestnut\".|Rock Grey is "
      "lighter than Slate.|Lichen is new this season.]]"),
    T("Photo shoot brief: {prod} in [[Fir Shade|Hut Orange]] against snow, [[Ridge Blue|Slate]] on grey rock. Avoid "
      "Gentian next to Lichen – they clash on screen.[? Shoot day: {date}.?]"),
    T("Colour check for the [[catalogue|web shop|window display]]: [[Slate, Limestone, Peat Brown|Rock Grey, Lichen, "
      "Gentian|Alpenglow, Hut Orange, Fir Shade, Ridge Blue]]. [[All approved.|Lichen needs a reprint.|Two swatches "
      "missing.]] Checked {dnum}."),
]
