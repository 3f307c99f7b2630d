"""English templates of the heldout half of the twenty-first PII bank (pii21_held*).

Templates of one genre are separated by a line `~~~`. Slots and alternatives: see pii21_held_core.
A template may start with `§GB§` (or another country code) to fix the country of its addresses and
phone numbers.
"""


def split(block):
    return [t.strip("\n") for t in block.strip("\n").split("\n~~~\n")]


PII = {}
CLEAN = {}

# ================================================================ prose genres with personal data

PII["crm_note"] = split("""
CRM note ⟨date⟩ — ⟨p1.full⟩ rang back about ⟨order⟩. ⟦Prefers e-mail¦Wants a call, not e-mail¦Happy with either⟧. Best number: ⟨ph1⟩. ⟦Flagged as repeat buyer.¦Bought the ⟨pshort⟩ twice.¦No open issues.⟧
~~~
Account owner: ⟨p1.init⟩
Contact: ⟨p2.hon⟩ (⟨p2.email⟩)
Notes: ⟦asked for trade pricing on the ⟨product⟩¦interested in a team order for a running club¦complained about late delivery, refund done⟧. Follow up ⟨date⟩.
~~~
spoke w/ ⟨p1.full⟩ today. ⟨p1.g:she:he⟩'d moved house — new address is ⟨a1.line⟩. updated in Shopify, ⟦old one archived¦old one still on the last invoice⟧. ⟦-⟨p2.first⟩¦— ⟨p2.init⟩⟧
~~~
⟨date⟩ ⟨time⟩ | ⟨p1.lf⟩ | VIP tier ⟦Gold¦Summit¦Silver⟧
Lifetime spend ⟨amount⟩. Mobile ⟨ph1⟩. Asked us to stop the paper catalogue but keep e-mails.
Logged by ⟨p2.short⟩
~~~
Lead from the ⟨town⟩ demo day: ⟨p1.honfull⟩, buyer at ⟨company⟩. ⟦Wants samples of the ⟨pshort⟩ in ⟨colour⟩.¦Asked about wholesale terms.⟧ ⟦Direct line¦Phone⟧ ⟨ph1⟩, e-mail ⟨p1.wemail⟩. ⟦Owner: ⟨p2.first⟩.¦Passed to ⟨p2.full⟩.⟧
""")

PII["support_email"] = split("""
⟨p1.dear⟩,

thank you for getting in touch about order ⟨order⟩. ⟦We're sorry the ⟨product⟩ arrived damaged.¦The ⟨product⟩ you returned reached our warehouse on ⟨date⟩.⟧ A refund of ⟨amount⟩ is on its way ⟦to the card ending in ⟨lastfour⟩¦and should show within 5 working days⟧.

Kind regards,
⟨p2.first⟩ | Talgrat Customer Care
~~~
Hi ⟨p1.first⟩,

⟦Quick update¦Good news⟧ on ticket ⟨ticket⟩: the replacement ⟨pshort⟩ ⟦went out today¦is packed⟧ to ⟨a1.two⟩

If anything looks wrong, ⟦just reply here¦ring us and quote the ticket⟧.

Cheers,
⟨p2.full⟩
~~~
Hello,

My name is ⟨p1.full⟩ and I ordered a ⟨product⟩ (size ⟨size⟩) on ⟨date⟩. It still hasn't arrived. Tracking ⟨track⟩ says delivered, but nobody was home. Could you check with the courier? You can reach me on ⟨ph1⟩.

Thanks,
⟨p1.first⟩
~~~
§US§Dear ⟨p1.full⟩,

We received your request to change the delivery address for ⟨order⟩. ⟦It will now ship to¦The new address on file is⟧:
⟨a1.two⟩
⟦If this is not right, call us before ⟨time⟩.¦Nothing else is needed from your side.⟧

Best,
⟨p2.init⟩, Customer Care
~~~
Re: missing strap on my ⟨pshort⟩

Hiya, ⟦it's ⟨p1.first⟩ again¦⟨p1.first⟩ here⟧ — ⟦the replacement strap never came¦the strap snapped after two hikes⟧. Order ⟨order⟩. I'm at ⟨a1.line⟩ ⟦during the week¦until Friday⟧.
⟨p1.full⟩
""")

PII["reply_chain"] = split("""
Thanks ⟨p1.first⟩, that works for us.

On ⟨date⟩, ⟨p1.full⟩ <⟨p1.email⟩> wrote:
> Hi there, can you send the invoice to my work address instead?
> ⟨a1.line⟩
> Cheers, ⟨p1.first⟩
~~~
Looping in ⟨p2.first⟩ who handles wholesale.

-----Original Message-----
From: ⟨p1.full⟩ <⟨p1.wemail⟩>
Sent: ⟨date⟩ ⟨time⟩
Subject: Stockist enquiry

Hello, we run a small outdoor shop and would love to carry the ⟨pshort⟩ range. Call me on ⟨ph1⟩ when you have a minute.
~~~
> ⟦Could you confirm the refund?¦Any news on my return?⟧
> ⟨p1.short⟩

Hi ⟨p1.first⟩, confirmed — ⟨amount⟩ went back to ⟦your IBAN ⟨iban1⟩¦the account you gave us (⟨iban1⟩)⟧ today.
⟨p2.first⟩
~~~
⟦Forwarding¦FYI, see below⟧ — ⟨p2.hon⟩ needs the ⟨product⟩ by ⟨date⟩ ⟦for a trip¦as a gift⟧.

>> From: ⟨p2.email⟩
>> Please deliver to my neighbour, ⟨p3.full⟩, at ⟨a1.line⟩ if I'm not in.
>> Thank you! ⟨p2.full⟩
~~~
⟨p1.first⟩ — replied, closing this.

On ⟨date⟩ at ⟨time⟩ ⟨p1.email⟩ wrote:
> hi, I moved. the parcel for ⟨order⟩ should go to
> ⟨a1.two⟩
> phone ⟨ph1⟩ in case the driver needs it
""")

PII["signed_review"] = split("""
★★★★★ ⟦Best rain jacket I've owned¦Worth every penny¦Finally, socks that last⟧
Wore the ⟨product⟩ ⟦up Snowdon in sideways rain¦for a week in the Cairngorms¦on a wet commute every day⟧ and stayed dry. ⟦Sizing is true.¦I'd size up if you layer.⟧
— ⟨p1.short⟩, ⟨town⟩
~~~
"⟦Light, warm and packs small.¦Comfy from the first mile.¦Great pockets, great fit.⟧" ⟨p1.full⟩ on the ⟨product⟩
~~~
Review by ⟨p1.init⟩ (verified buyer) · ⟨date⟩
⟦Three stars.¦Four stars.⟧ The ⟨pshort⟩ ⟦runs small¦is warm but the zip sticks¦is fine but the colour ⟨colour⟩ is darker than in the photos⟧. ⟦Customer service sorted an exchange fast.¦Would buy again in another size.⟧
~~~
Testimonial for the autumn lookbook (approved by customer on ⟨date⟩):
"I've guided groups in the Alps for twenty years and the ⟨product⟩ is the first piece of kit I don't fight with."
⟨p1.full⟩, mountain guide, ⟨town⟩
~~~
⟨p1.caps⟩ ⟦wrote¦says⟧: ⟦'brilliant kit, quick delivery to ⟨town⟩'¦'the ⟨product⟩ survived my kids'⟧ ★★★★☆
""")

PII["email_signature"] = split("""
Best wishes,

⟨p1.full⟩
⟦Head of Buying¦Store Manager¦Partnerships⟧ | ⟨company⟩
⟨a1.line⟩
T ⟨ph1⟩ · M ⟨ph2⟩
⟨p1.wemail⟩
~~~
--
⟨p1.caps⟩
⟦Freelance photographer¦Copywriter & content strategist¦Outdoor instructor⟧
⟨ph1⟩
⟨p1.email⟩
~~~
Thanks,
⟨p1.first⟩

⟨p1.full⟩ (⟨p1.g:she/her:he/him⟩)
⟦Community Lead¦Brand Ambassador⟧, ⟨town⟩
Mobile: ⟨ph1.intl⟩
Sent from my iPhone
~~~
Regards
⟨p1.init⟩
⟨company⟩ — ⟨a1.two⟩
Tel. ⟨ph1⟩ | Email ⟨p1.wemail⟩
This e-mail and any attachments are confidential.
~~~
Cheers, ⟨p1.first⟩
________________
⟨p1.full⟩ · ⟨ph1⟩ · ⟨p1.wemail⟩
""")

PII["copy_brief"] = split("""
Brief: ⟨product⟩ — customer story
Feature ⟨p1.full⟩, who ⟦walked the West Highland Way¦ran a first ultra¦crossed Iceland on foot⟧ in the ⟨pshort⟩. Quote ⟨p1.g:her:him⟩ by first name only in the headline ("⟨p1.first⟩'s ⟦200 miles¦big day⟧"). Tone: warm, no superlatives. Deadline ⟨date⟩. Owner: ⟨p2.init⟩.
~~~
Copy request from ⟨p1.first⟩ (brand team): 3 product-page bullets for the ⟨product⟩, max 90 characters each, British spelling. Photos by ⟨p2.full⟩ — credit them in the caption. Questions to ⟨p1.email⟩.
~~~
Newsletter brief, week of ⟨date⟩
- Hero: ⟨product⟩ in ⟨colour⟩
- Ambassador spotlight: ⟨p1.full⟩ ⟦(Lake District)¦(Wicklow)¦(Colorado)⟧
- Sign-off from ⟨p2.full⟩, our founder
Draft to ⟨p3.first⟩ by ⟨time⟩.
~~~
Please write a short thank-you post for ⟨p1.hon⟩'s ⟦school hiking club¦scout troop¦charity walk⟧ — they bought 24 pairs of Trittweg socks. ⟨p1.g:She:He⟩'s fine with the name being used but not the town. Keep it under 80 words.
""")

PII["team_chat"] = split("""
[⟨time⟩] ⟨p1.lowfirst⟩: anyone seen the return from ⟨p2.lower⟩? order ⟨order⟩
[⟨time2⟩] ⟨p3.lowfirst⟩: yeah it's on the shelf by packing, ⟦notes say wrong size¦strap missing⟧
[⟨time3⟩] ⟨p1.lowfirst⟩: ta
~~~
⟨p1.handle⟩ can you call ⟨p2.full⟩ back? ⟨ph1⟩ — ⟨p2.g:she:he⟩'s been waiting since ⟦Monday¦yesterday¦this morning⟧
~~~
⟨p1.first⟩: ⟦who's covering the inbox tomorrow?¦rota for Saturday?⟧
⟨p2.first⟩: me till 1, then ⟨p3.first⟩
⟨p1.first⟩: 👍 also the ⟨pshort⟩ photoshoot moved to ⟨date⟩
~~~
heads up: ⟨p1.lower⟩ from ⟦the agency¦⟨company⟩⟧ is in the office thursday, ⟦badge is at reception¦bring ⟨p1.g:her:him⟩ up to the 3rd floor⟧. mobile is ⟨ph1⟩ if ⟨p1.g:she:he⟩ gets lost
~~~
> ⟨p1.handle⟩: did the refund for ⟨p2.full⟩ go out?
yep, ⟨amount⟩ to ⟨iban1⟩, ⟦done at ⟨time⟩¦this morning⟧
""")

PII["customer_chat"] = split("""
Visitor: hi, my ⟨pshort⟩ zip broke
Agent (⟨p1.first⟩): Sorry to hear that! Can I have your name and order number?
Visitor: ⟨p2.full⟩, ⟨order⟩
Agent (⟨p1.first⟩): Thanks ⟨p2.first⟩, a returns label is on its way to ⟨p2.email⟩.
~~~
[Chat started ⟨date⟩ ⟨time⟩]
Customer: I need to change my delivery address
Bot: Sure — what's the new address?
Customer: ⟨a1.line⟩
Bot: And a phone number for the driver?
Customer: ⟨ph1⟩
~~~
⟨p1.first⟩: is the ⟨product⟩ back in ⟨size⟩ yet?
Talgrat: Hi ⟨p1.first⟩! ⟦Not yet, expected ⟨date⟩.¦Yes, since this morning.⟧ Want a restock alert?
⟨p1.first⟩: yes pls, ⟨p1.email⟩
~~~
WhatsApp · ⟨ph1.intl⟩
> Hello, this is ⟨p1.full⟩, my parcel went to the wrong flat
> it's ⟨a1.street⟩ not ⟨int⟩
Talgrat Support: Thanks ⟨p1.first⟩, we've told the courier.
""")

PII["call_note"] = split("""
Call ⟨date⟩, ⟨time⟩, inbound, ⟨n2⟩ min
Caller: ⟨p1.hon⟩ — order ⟨order⟩
Issue: ⟦charged twice¦wrong colour sent¦parcel stuck in customs⟧
Callback on ⟨ph1⟩ ⟦after 5pm¦tomorrow morning⟧.
~~~
Spoke to ⟨p1.full⟩ (⟨ph1⟩). ⟨p1.g:She:He⟩ wants the ⟨pshort⟩ exchanged for ⟨size⟩ and will drop it at ⟦the ⟨town⟩ store¦a post office⟧. Told ⟨p1.g:her:him⟩ 5–7 days. — ⟨p2.init⟩
~~~
Voicemail transcript: "Hi, it's ⟨p1.full⟩ calling about ⟦my return¦the jacket I ordered⟧, could someone ring me back on ⟨ph1⟩? Thanks, bye."
~~~
Outbound call to ⟨p1.honfull⟩ re: payment failed. Card on file ⟨card1⟩ declined. ⟦Will retry Friday.¦Customer will update in account.⟧ No answer on ⟨ph1⟩ first time; reached ⟦her¦him⟧ at ⟨ph2⟩.
""")

PII["order_note"] = split("""
Order ⟨order⟩ — gift note: "Happy birthday ⟨p1.first⟩! Love, ⟨p2.first⟩ x"
Ship to: ⟨p1.full⟩, ⟨a1.line⟩
~~~
RETURN ⟨order⟩
Customer: ⟨p1.lf⟩
Reason: ⟦too small¦colour not as shown¦changed mind¦faulty zip⟧
Refund to: ⟨iban1⟩
Checked by ⟨p2.short⟩ on ⟨date⟩
~~~
Leave with neighbour at ⟨a1.street⟩ (⟨p1.hon⟩) if no answer. ⟦Don't ring the bell after 8pm.¦Dog in garden!⟧
~~~
Delivery instructions from ⟨p1.full⟩: ⟦use the side gate¦parcel box by the garage¦call on arrival: ⟨ph1⟩⟧. Address ⟨a1.two⟩
~~~
Packing slip note (internal): ⟨qty⟩ × ⟨sku⟩, ⟨colour⟩. Customer ⟨p1.init⟩ asked for no invoice in the box — it's a present for ⟨p2.full⟩.
""")

PII["prose_mention"] = split("""
The ⟨pshort⟩ pictures from ⟨p1.full⟩ came out really well, and ⟨p2.first⟩ thinks we should use two of them on the landing page.
~~~
When ⟨p1.full⟩ and ⟨p2.full⟩ met at the trailhead, ⟨p1.first⟩ was still carrying the prototype pack.
~~~
Last winter ⟨p1.full⟩ tested the ⟨product⟩ on three Munros; the notes are in the shared folder, and ⟨p2.last⟩ has already read them.
~~~
⟨p1.full⟩ will present the autumn range, followed by ⟨p2.full⟩ with the numbers.
~~~
It was ⟨p1.first⟩ who spotted the typo in the catalogue, not ⟨p2.first⟩.
""")

# ---- new genres

PII["subscription_pause"] = split("""
Hi team,

please pause my sock subscription (Trittweg, every ⟦3¦6⟧ months) until ⟨date⟩ — ⟦I'm travelling¦we're moving house¦I have plenty for now⟧. Account: ⟨p1.email⟩.

Thanks, ⟨p1.full⟩
~~~
Subscription change ⟨date⟩: ⟨p1.lf⟩ paused plan ⟨cust⟩ for ⟨n2⟩ weeks. Next box on hold. Card ⟨card1⟩ not charged until resume.
~~~
Hello ⟨p1.first⟩,

your Trittweg subscription is paused. We'll send your next pair to ⟨a1.line⟩ on ⟨date⟩ unless you change it.

— Talgrat
~~~
⟨p1.full⟩ called to cancel the quarterly box — ⟦too many socks, honestly¦cost¦moving abroad⟧. Offered a pause instead, ⟨p1.g:she:he⟩ took it. New billing address ⟨a1.line⟩. ⟨p2.init⟩
""")

PII["stockist_application"] = split("""
Stockist application
Shop: ⟨company⟩
Contact: ⟨p1.full⟩ (owner)
Address: ⟨a1.line⟩
Phone: ⟨ph1⟩
Email: ⟨p1.wemail⟩
Why Talgrat? ⟦Our customers keep asking for merino.¦We're opening a second store in ⟨town⟩.⟧
~~~
Dear Talgrat wholesale team,

I'm ⟨p1.full⟩, ⟦buyer¦co-owner⟧ at ⟨company⟩. We'd like to stock the ⟨pshort⟩ and ⟨pshort2⟩ ranges ⟦from spring¦this autumn⟧. Our shop is at ⟨a1.two⟩

Payment by transfer from ⟨iban1⟩. You can reach me on ⟨ph1⟩.

Kind regards, ⟨p1.first⟩
~~~
New stockist lead via trade show: ⟨p1.honfull⟩, ⟨company⟩, ⟨town⟩. Sent price list to ⟨p1.wemail⟩ on ⟨date⟩. ⟦Wants 30 days terms.¦Minimum order discussed: ⟨amount⟩.⟧
~~~
Re: your application

⟨p1.dear⟩, thanks for applying to stock Talgrat. ⟨p2.full⟩ from our wholesale team will call you on ⟨ph1⟩ ⟦this week¦on ⟨date⟩⟧ to talk terms.
""")

PII["sponsorship_request"] = split("""
Hi Talgrat!

I'm ⟨p1.full⟩, ⟦chair¦treasurer¦coach⟧ of the ⟨town⟩ ⟦Fell Runners¦Hillwalking Club¦Orienteering Club⟧. We're looking for a sponsor for our ⟦autumn race¦junior team kit⟧ — ⟦15 jackets¦prizes for the podium⟧ would make a huge difference. Call me on ⟨ph1⟩ any evening.

⟨p1.first⟩
~~~
Sponsorship request #⟨int⟩
From: ⟨p1.lf⟩, ⟨p1.email⟩
Event: ⟦charity trek¦mountain marathon¦school expedition⟧, ⟨date⟩
Ask: ⟨qty⟩ × ⟨product⟩
Decision: ⟦declined, budget used¦approved by ⟨p2.first⟩¦on hold⟧
~~~
Dear Sir or Madam,
our ⟨p1.g:daughter:son⟩ ⟨p1.first⟩ is raising money for ⟨p1.g:her:his⟩ ⟦Duke of Edinburgh expedition¦Kilimanjaro climb⟧. Would Talgrat donate a raffle prize? Please reply to ⟨p2.email⟩ or post to ⟨a1.line⟩.
Many thanks, ⟨p2.full⟩
~~~
Note: ⟨p1.full⟩ (expedition leader) asked for kit support again. Last year we gave ⟨qty⟩ × ⟨product⟩. ⟨p2.first⟩ says yes if they tag us. Bank for the cash part: ⟨iban1⟩.
""")

PII["newsletter_reply"] = split("""
Re: ⟦Autumn is here 🍂¦New: the ⟨pshort⟩¦Your weekend trail tips⟧

Please take me off this list, I've asked twice. ⟨p1.email⟩

⟨p1.full⟩
~~~
Loved the piece on ⟦layering¦merino care⟧! Quick question — do you ship to ⟨town⟩? Thanks, ⟨p1.first⟩ (⟨p1.email⟩)
~~~
⟦Hi¦Hello⟧, replying to your newsletter. The ⟨product⟩ I bought in ⟨date⟩ ⟦lost a button¦leaks at the seams⟧. I live at ⟨a1.line⟩ if you want to send someone 😉
⟨p1.short⟩
~~~
Auto-forwarded reply from ⟨p1.email⟩:
"This is ⟨p1.full⟩'s ⟨p1.g:husband:wife⟩, ⟨p1.g:she:he⟩ passed away last year. Please stop sending mail to ⟨p1.g:her:him⟩."
→ ⟨p2.first⟩: unsubscribed, removed from CRM.
""")

PII["preorder_request"] = split("""
Hi, can I pre-order the ⟨product⟩ in ⟨colour⟩, size ⟨size⟩? Happy to pay now with ⟨card1⟩. Name ⟨p1.full⟩, ship to ⟨a1.line⟩.
~~~
Pre-order list (⟨pshort⟩ restock, ETA ⟨date⟩):
1. ⟨p1.full⟩ — ⟨size⟩ — ⟨ph1⟩
2. ⟨p2.full⟩ — ⟨size2⟩ — ⟨p2.email⟩
3. ⟨p3.init⟩ — ⟨size3⟩ — ⟨ph3⟩
~~~
⟨p1.dear⟩, your pre-order ⟨order⟩ for the ⟨product⟩ is confirmed. We'll charge your card when it ships (expected ⟨date⟩) and send it to ⟨a1.two⟩
~~~
Customer ⟨p1.full⟩ wants to reserve ⟨qty⟩ of the new ⟨pshort⟩ for ⟨p1.g:her:his⟩ ⟦walking group¦team⟧. ⟦Paying by transfer, IBAN ⟨iban1⟩.¦Call back on ⟨ph1⟩.⟧
""")

PII["gift_card_enquiry"] = split("""
Hi, I got a gift card (⟨voucher⟩) from ⟨p1.full⟩ for my birthday but the balance shows €0. Can you check? ⟨p2.full⟩, ⟨p2.email⟩
~~~
Gift card ⟨voucher⟩
To: ⟨p1.first⟩
From: ⟨p2.first⟩ & ⟨p3.first⟩
Message: "For your next adventure!"
Send to: ⟨p1.email⟩ on ⟨date⟩
~~~
⟨p1.dear⟩, the gift card you bought for ⟨p2.full⟩ was sent ⟦as a printed card to ⟨a1.line⟩¦by e-mail to ⟨p2.email⟩⟧. The balance is ⟨amount⟩.
~~~
Balance query by phone (⟨ph1⟩): ⟨p1.hon⟩ lost the paper card, has the receipt. Re-issued ⟨voucher⟩ to ⟨p1.email⟩. — ⟨p2.short⟩
""")

# ================================================================ layouts with personal data

PII["lead_list"] = split("""
first_name,last_name,email,phone,town
⟨p1.first⟩,⟨p1.last⟩,⟨p1.email⟩,⟨ph1⟩,⟨town⟩
⟨p2.first⟩,⟨p2.last⟩,⟨p2.email⟩,⟨ph2⟩,⟨town2⟩
~~~
"Name","Company","Email","Source"
"⟨p1.lf⟩","⟨company⟩","⟨p1.wemail⟩","trade show ⟨date⟩"
"⟨p2.lf⟩","⟨company2⟩","⟨p2.wemail⟩","website"
"⟨p3.capslast⟩","","⟨p3.email⟩","newsletter"
~~~
LEADS – ⟦OUTDOOR TRADE FAIR¦WEBINAR⟧ ⟨date⟩
⟨p1.capslast⟩; ⟨ph1⟩; hot
⟨p2.capslast⟩; ⟨ph2⟩; warm
⟨p3.capslast⟩; ⟨p3.email⟩; cold
~~~
id;name;mobile;street;score
⟨int⟩;⟨p1.full⟩;⟨ph1⟩;⟨a1.street⟩;⟨n2⟩
⟨int2⟩;⟨p2.full⟩;⟨ph2⟩;⟨a2.street⟩;⟨n3⟩
""")

PII["feed_row"] = split("""
id	title	price	gtin	contact_name	contact_email
⟨sku⟩	⟨product⟩	⟨price⟩	⟨gtin⟩	⟨p1.full⟩	⟨p1.wemail⟩
~~~
<item>
  <g:id>⟨sku⟩</g:id>
  <g:title>⟨product⟩</g:title>
  <g:gtin>⟨gtin⟩</g:gtin>
  <g:price>⟨price⟩</g:price>
  <g:custom_label_0>feed owner: ⟨p1.full⟩, ⟨ph1⟩</g:custom_label_0>
</item>
~~~
sku,title,colour,price,supplier_contact,supplier_phone
⟨sku⟩,"⟨product⟩",⟨colour⟩,⟨price⟩,"⟨p1.lf⟩",⟨ph1⟩
~~~
{"offerId": "⟨sku⟩", "title": "⟨product⟩", "gtin": "⟨gtin⟩", "availability": "in stock", "merchantContact": {"name": "⟨p1.full⟩", "email": "⟨p1.wemail⟩"}}
""")

PII["cart_recovery_json"] = split("""
{
  "event": "checkout.abandoned",
  "cart_id": "⟨uuid⟩",
  "created_at": "⟨ts⟩",
  "customer": {
    "first_name": "⟨p1.first⟩",
    "last_name": "⟨p1.last⟩",
    "email": "⟨p1.email⟩",
    "phone": "⟨ph1.intl⟩"
  },
  "line_items": [{"sku": "⟨sku⟩", "title": "⟨product⟩", "qty": ⟨qty⟩}],
  "client_ip": "⟨ip1⟩"
}
~~~
{"type":"cart_recovery","sent":"⟨ts⟩","to":"⟨p1.email⟩","name":"⟨p1.full⟩","items":["⟨sku⟩","⟨sku2⟩"],"discount":"⟨pct⟩%","ip":"⟨ip1⟩"}
~~~
[
  {"cart": "⟨hash⟩", "email": "⟨p1.email⟩", "name": "⟨p1.full⟩", "value": "⟨amount⟩"},
  {"cart": "⟨hash2⟩", "email": "⟨p2.email⟩", "name": "⟨p2.full⟩", "value": "⟨amount2⟩"}
]
~~~
{
  "abandoned_checkout": {
    "id": ⟨int⟩,
    "shipping_address": {"name": "⟨p1.full⟩", "address1": "⟨a1.street⟩", "phone": "⟨ph1⟩"},
    "browser_ip": "⟨ip1⟩",
    "total": "⟨amount⟩"
  }
}
""")

PII["yaml_record"] = split("""
customer:
  name: ⟨p1.full⟩
  email: ⟨p1.email⟩
  phone: "⟨ph1⟩"
  address: "⟨a1.line⟩"
  tier: ⟦gold¦silver¦basic⟧
  since: ⟨isodate⟩
~~~
- id: ⟨int⟩
  contact: ⟨p1.lf⟩
  mobile: "⟨ph1⟩"
- id: ⟨int2⟩
  contact: ⟨p2.lf⟩
  mobile: "⟨ph2⟩"
~~~
webhook:
  topic: refunds/create
  received: ⟨ts⟩
  payload:
    order: "⟨order⟩"
    refund_to: ⟨iban1⟩
    account_holder: ⟨p1.full⟩
    source_ip: ⟨ip1⟩
~~~
ambassador:
  display_name: ⟨p1.full⟩
  handle: "⟨p1.handle⟩"
  ship_to: "⟨a1.line⟩"
  payout_iban: ⟨iban1⟩
  tax_id_de: "⟨tax1⟩"
""")

PII["audience_upload"] = split("""
email	phone	fn	ln	country
⟨p1.email⟩	⟨ph1.intl⟩	⟨p1.first⟩	⟨p1.last⟩	⟦GB¦IE¦US⟧
⟨p2.email⟩	⟨ph2.intl⟩	⟨p2.first⟩	⟨p2.last⟩	⟦GB¦IE¦US⟧
⟨p3.email⟩	⟨ph3.intl⟩	⟨p3.first⟩	⟨p3.last⟩	⟦GB¦IE¦US⟧
~~~
# custom audience: lapsed buyers ⟨date⟩
Email	First Name	Last Name
⟨p1.email⟩	⟨p1.first⟩	⟨p1.last⟩
⟨p2.email⟩	⟨p2.first⟩	⟨p2.last⟩
~~~
phone	full_name	zip
⟨ph1⟩	⟨p1.full⟩	⟨plz⟩
⟨ph2⟩	⟨p2.full⟩	⟨plz2⟩
~~~
Lookalike seed list — upload to Meta before ⟨date⟩
⟨p1.email⟩	⟨p1.full⟩
⟨p2.email⟩	⟨p2.full⟩
⟨p3.email⟩	⟨p3.full⟩
""")

PII["review_moderation"] = split("""
| review | author | status | note |
| --- | --- | --- | --- |
| ⟨int⟩ | ⟨p1.short⟩ | approved | – |
| ⟨int2⟩ | ⟨p2.full⟩ | held | posted phone number ⟨ph1⟩ in text |
| ⟨int3⟩ | anonymous | rejected | spam |
~~~
## Moderation queue ⟨date⟩

| ID | Product | Reviewer | Email | Action |
|---|---|---|---|---|
| ⟨int⟩ | ⟨pshort⟩ | ⟨p1.full⟩ | ⟨p1.email⟩ | publish |
| ⟨int2⟩ | ⟨pshort2⟩ | ⟨p2.init⟩ | ⟨p2.email⟩ | ask for photo |
~~~
| Reviewer | Stars | Flag |
|:--|:-:|:--|
| ⟨p1.full⟩ | 5 | mentions address: ⟨a1.line⟩ — redact before publishing |
| ⟨p2.short⟩ | 2 | none |
~~~
Moderator: ⟨p1.first⟩

| # | text (excerpt) | by |
| - | - | - |
| 1 | "the ⟨pshort⟩ is great" | ⟨p2.short⟩ |
| 2 | "ask for ⟨p3.full⟩ in the ⟨town⟩ store" | ⟨p4.short⟩ |
""")

PII["html_form"] = split("""
<form action="/account/address" method="post">
  <label>Full name <input name="name" value="⟨p1.full⟩"></label>
  <label>Street <input name="street" value="⟨a1.street⟩"></label>
  <label>Phone <input name="tel" value="⟨ph1⟩"></label>
  <button>Save</button>
</form>
~~~
<input type="email" name="email" value="⟨p1.email⟩">
<input type="text" name="first" value="⟨p1.first⟩">
<input type="text" name="last" value="⟨p1.last⟩">
<input type="hidden" name="ip" value="⟨ip1⟩">
~~~
<div class="contact-card">
  <p><strong>⟨p1.full⟩</strong></p>
  <p>⟨a1.line⟩</p>
  <p><a href="tel:⟨ph1⟩">⟨ph1⟩</a></p>
</div>
~~~
<form id="payment">
  <input name="cardholder" value="⟨p1.caps⟩">
  <input name="cc" value="⟨card1⟩">
  <select name="country"><option selected>⟨a1.country⟩</option></select>
</form>
""")

PII["sql_dump"] = split("""
INSERT INTO customers (id, first_name, last_name, email, phone) VALUES
(⟨int⟩, '⟨p1.first⟩', '⟨p1.last⟩', '⟨p1.email⟩', '⟨ph1⟩'),
(⟨int2⟩, '⟨p2.first⟩', '⟨p2.last⟩', '⟨p2.email⟩', '⟨ph2⟩');
~~~
mysql> SELECT name, street, last_ip FROM shipping WHERE order_id = ⟨int⟩;
+----------------------+
| ⟨p1.full⟩ | ⟨a1.street⟩ | ⟨ip1⟩ |
+----------------------+
1 row in set (0.01 sec)
~~~
UPDATE customers SET email = '⟨p1.email⟩', iban = '⟨iban1.compact⟩' WHERE id = ⟨int⟩; -- requested by ⟨p2.first⟩ ⟨date⟩
~~~
-- export ⟨date⟩
COPY public.newsletter (email, name, signup_ip) FROM stdin;
⟨p1.email⟩	⟨p1.full⟩	⟨ip1⟩
⟨p2.email⟩	⟨p2.full⟩	⟨ip2⟩
\\.
""")

PII["server_log"] = split("""
⟨ip1⟩ - - [⟨date⟩:⟨time⟩ +0000] "POST ⟨path⟩ HTTP/1.1" 200 512 "-" "⟨ua⟩"
⟨ip2⟩ - - [⟨date⟩:⟨time2⟩ +0000] "GET ⟨path2⟩ HTTP/2" 302 0 "-" "⟨ua2⟩"
~~~
⟨ts⟩ INFO  auth: login ok user=⟨p1.email⟩ ip=⟨ip1⟩
⟨ts2⟩ WARN  auth: 3 failed attempts user=⟨p2.email⟩ ip=⟨ip2⟩
~~~
⟨ts⟩ [checkout] order=⟨order⟩ customer="⟨p1.full⟩" remote=⟨ip1⟩ status=paid
~~~
level=error ts=⟨ts⟩ msg="address validation failed" input="⟨a1.line⟩" client=⟨ip1⟩ svc=⟨ver⟩
""")

PII["mail_header"] = split("""
Return-Path: <⟨p1.email⟩>
Received: from [⟨ip1⟩] by mx.talgrat.com; ⟨date⟩ ⟨time⟩
From: "⟨p1.full⟩" <⟨p1.email⟩>
To: ⟨em1⟩
Subject: ⟦Return ⟨order⟩¦Question about ⟨pshort⟩⟧
~~~
From: ⟨p1.lf⟩ <⟨p1.wemail⟩>
To: ⟨p2.full⟩ <⟨p2.wemail⟩>
Cc: ⟨p3.email⟩
Date: ⟨date⟩
Subject: RE: spring wholesale order
X-Originating-IP: [⟨ip1⟩]
~~~
Delivered-To: ⟨p1.email⟩
Received: from mail.⟨company⟩ (⟨ip1⟩)
Reply-To: ⟨p2.full⟩ <⟨p2.email⟩>
Thread-Index: AQH⟨hash⟩==
~~~
from:    ⟨p1.full⟩ <⟨p1.email⟩>
to:      ⟨em1⟩
date:    ⟨date⟩, ⟨time⟩
subject: parcel for ⟨p2.first⟩
""")

PII["vcard"] = split("""
BEGIN:VCARD
VERSION:3.0
N:⟨p1.last⟩;⟨p1.first⟩;;;
FN:⟨p1.full⟩
TEL;TYPE=CELL:⟨ph1⟩
EMAIL:⟨p1.email⟩
ADR;TYPE=WORK:;;⟨a1.street⟩;⟨a1.town⟩;;⟨a1.pc⟩;⟨a1.country⟩
END:VCARD
~~~
BEGIN:VCARD
VERSION:4.0
FN:⟨p1.full⟩
ORG:⟨company⟩
TEL;VALUE=uri;TYPE=work:tel:⟨ph1.intl⟩
END:VCARD
~~~
BEGIN:VCARD
VERSION:2.1
N:⟨p1.last⟩;⟨p1.first⟩
EMAIL;INTERNET:⟨p1.wemail⟩
NOTE:Met at ⟨town⟩ trade fair
END:VCARD
~~~
BEGIN:VCARD
VERSION:3.0
FN:⟨p1.full⟩
TEL;TYPE=HOME:⟨ph1⟩
TEL;TYPE=CELL:⟨ph2⟩
END:VCARD
""")

PII["ical"] = split("""
BEGIN:VEVENT
DTSTART:20261014T090000Z
SUMMARY:Fitting with ⟨p1.full⟩ — ⟨pshort⟩
LOCATION:⟨a1.line⟩
ORGANIZER;CN=⟨p2.full⟩:mailto:⟨p2.wemail⟩
END:VEVENT
~~~
BEGIN:VEVENT
SUMMARY:Call ⟨p1.hon⟩ (⟨ph1⟩)
DESCRIPTION:re ⟨order⟩
DTSTART:20270203T140000
END:VEVENT
~~~
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Photo shoot ⟨pshort⟩
ATTENDEE;CN=⟨p1.full⟩:mailto:⟨p1.email⟩
ATTENDEE;CN=⟨p2.full⟩:mailto:⟨p2.email⟩
END:VEVENT
END:VCALENDAR
~~~
BEGIN:VEVENT
UID:⟨uuid⟩
SUMMARY:Store pickup ⟨order⟩
DESCRIPTION:Customer ⟨p1.full⟩\\, mobile ⟨ph1⟩
DTSTART:20261120T160000
END:VEVENT
""")

PII["ocr_scan"] = split("""
RETURNS F0RM
Name: ⟨p1.full⟩
Addr.ess: ⟨a1.line⟩
0rder No: ⟨order⟩
Reason: t00 sma1l
~~~
[scan p.1] Ship to / Lieferung an
⟨p1.caps⟩
⟨a1.two⟩
Te1: ⟨ph1⟩
~~~
W A R R A N T Y   C L A I M
Cust0mer ⟨p1.lf⟩  ...  Date ⟨date⟩
Refund acc0unt ⟨iban1⟩
Signed: ⟨p1.init⟩
~~~
~~ fax ~~ from ⟨company⟩ ~~ pg 1/1
Attn: ⟨p1.hon⟩
Please ca1l back on ⟨ph1⟩ re inv0ice ⟨order⟩
""")

# ================================================================ clean texts (no personal data)

CLEAN["product_copy"] = split("""
The ⟨product⟩ is built for ⟦long wet days¦cold ridges¦fast hikes⟧. ⟦Hunter green is gone this season; the new colour is ⟨colour⟩.¦Available from ⟨date⟩ in ⟨colour⟩.⟧ ⟨price⟩, SKU ⟨sku⟩, GTIN ⟨gtin⟩.
~~~
Meet the ⟨product⟩: ⟦light enough for a lone wolf on a fastpack, tough enough for a hut weekend¦kit for everyone from scout leader to summit hunter⟧. Sizes ⟨size⟩–⟨size2⟩. ⟨price⟩.
~~~
Care: wash the ⟨pshort⟩ at 30 °C, no softener. ⟦Bake-free drying — don't put it on a baker's rack over the stove.¦Give the fabric some grace: air-dry, out of direct sun.⟧ Reproof after ⟨n2⟩ washes.
~~~
New in May: ⟨product⟩ in ⟨colour⟩ (⟨sku⟩). Article no. ⟨gtin⟩. Ships from our warehouse in ⟨town⟩.
""")

CLEAN["campaign_copy"] = split("""
⟦Spring sale¦Weekend deal¦Members' week⟧: ⟨pct⟩% off the ⟨pshort⟩ range for ⟨days⟩ days from ⟨date⟩. ⟦No code needed.¦Use code ⟨voucher⟩ at checkout.⟧
~~~
⟦Grace period¦Good news⟧: returns are free until ⟨date⟩ for everything bought in the May sale.
~~~
Subject line options for the ⟨pshort⟩ launch:
1. Rain? Bring it.
2. Your new favourite ⟦jacket¦pack⟧ is here
3. ⟨price⟩ — built to last ⟦a decade¦ten seasons⟧
~~~
Instagram caption: Howling wind, wolf tracks in the snow, and the ⟨pshort⟩ keeping us warm at ⟨time⟩ on the ridge. 🏔️ #talgrat
""")

CLEAN["help_article"] = split("""
How do I return an item?
Log in, open the order and choose "Return". Print the label and drop the parcel at any post office. Refunds take 5–10 days. Keep the tracking number (for example ⟨track⟩) until the refund arrives.
~~~
⟦Can I add a c/o to my address?¦Where do I put "c/o"?¦My parcel goes to someone else's house — what do I write?⟧
⟦Yes — put¦Just add⟧ the c/o name in the second address line. ⟦Flats and building names go there too.¦Flat numbers belong in line 2 as well.¦Don't put it in the name field, or the label gets cut off.⟧ ⟦Changes are possible until the order is packed, usually within ⟨n⟩ hours.¦Questions? Use the contact form and quote ⟨order⟩.⟧
~~~
Where is my order?
Your confirmation e-mail has a tracking link. Order numbers look like ⟨order⟩; customer numbers like ⟨cust⟩. If the status hasn't changed for ⟨n2⟩ days, contact us through the form.
~~~
Which size should I choose?
Our size advisor compares your usual size with the ⟨pshort⟩ fit. Between sizes? Take the bigger one if you layer. Size charts were updated in version ⟨ver⟩ of the app.
""")

CLEAN["shipping_status"] = split("""
Your parcel ⟨track⟩ is on its way. Estimated delivery: ⟨date⟩ between ⟨time⟩ and ⟨time2⟩. Order ⟨order⟩, ⟨qty⟩ item(s).
~~~
Delivery attempt failed on ⟨date⟩. Your parcel is waiting at the pick-up point in ⟨town⟩ (postcode ⟨plz⟩) for 7 days. Reference ⟨order_phone⟩.
~~~
Update: order ⟨order⟩ was split into two parcels: ⟨track⟩ and ⟨track2⟩.
~~~
Customs cleared ⟨date⟩ ⟨time⟩. Duties paid: ⟨amount⟩. Customer ref ⟨order_phone⟩.
""")

CLEAN["supplier_note"] = split("""
⟨company⟩ confirmed the carton delivery for ⟨date⟩. ⟦Pallets go to gate 3.¦Invoice by end of month.⟧ Order ⟨order⟩.
~~~
Packaging audit: ⟨company⟩ and ⟨company2⟩ both pass the recycled-content check. Next audit ⟨date⟩.
~~~
Freight quote from ⟨company⟩: ⟨amount⟩ per pallet to ⟨town⟩, transit ⟨n2⟩ days.
~~~
Label printer from ⟨company⟩ updated to firmware ⟨ver⟩; barcode test with GTIN ⟨gtin⟩ passed.
""")

CLEAN["internal_memo"] = split("""
Stock planning: ⟨pshort⟩ in ⟨colour⟩ sells out fastest in ⟨town⟩. Reorder ⟨n2⟩00 units before ⟨date⟩.
~~~
Reminder: the warehouse closes at ⟨time⟩ on ⟨date⟩ for inventory. No dispatch that day.
~~~
The photo shoot for the ⟨pshort⟩ is moved to ⟨date⟩. Location: the hut above the village, meet at ⟨time⟩. Bring the ⟨colour⟩ samples.
~~~
Q3 numbers: returns down to ⟨pct⟩%, average basket ⟨amount⟩. The ⟨product⟩ is still our most-returned item (sizing).
""")

CLEAN["catalogue_rows"] = split("""
sku	title	colour	price	gtin
⟨sku⟩	⟨product⟩	⟨colour⟩	⟨price⟩	⟨gtin⟩
⟨sku2⟩	⟨product2⟩	⟨colour2⟩	⟨price2⟩	⟨gtin2⟩
~~~
id,title,availability,price
⟨sku⟩,"⟨product⟩",in stock,⟨price⟩
⟨sku2⟩,"⟨product2⟩",preorder,⟨price2⟩
~~~
<item><g:id>⟨sku⟩</g:id><g:title>⟨product⟩</g:title><g:gtin>⟨gtin⟩</g:gtin><g:price>⟨price⟩</g:price></item>
~~~
{"offerId": "⟨sku⟩", "title": "⟨product⟩", "gtin": "⟨gtin⟩", "color": "⟨colour⟩", "sizes": ["⟨size⟩", "⟨size2⟩"]}
""")

CLEAN["config_snippet"] = split("""
shop:
  locale: en-GB
  currency: EUR
  free_shipping_over: 50
  version: "⟨ver⟩"
~~~
{"service": "size-advisor", "version": "⟨ver⟩", "timeout_ms": ⟨int⟩, "retries": 3}
~~~
[returns]
window_days = 30
label_provider = "dpd"
build = "⟨ver⟩"
~~~
feature_flags:
  hunter_green_swatch: false
  may_sale_banner: true
  release: ⟨ver⟩
""")

CLEAN["stock_table"] = split("""
| SKU | Product | Leeds | Dublin | Denver |
|---|---|---|---|---|
| ⟨sku⟩ | ⟨pshort⟩ | ⟨n2⟩ | ⟨n3⟩ | ⟨n4⟩ |
| ⟨sku2⟩ | ⟨pshort2⟩ | ⟨n5⟩ | ⟨n6⟩ | ⟨n7⟩ |
~~~
| Postcode | Town | Delivery days |
| --- | --- | --- |
| ⟨plz⟩ | ⟨town⟩ | 2 |
| ⟨plz2⟩ | ⟨town2⟩ | 3 |
~~~
| Week | Orders | Returns |
|---|---|---|
| ⟨date⟩ | ⟨int⟩ | ⟨n2⟩ |
| ⟨date2⟩ | ⟨int2⟩ | ⟨n3⟩ |
~~~
| Colour | Units |
|---|---|
| ⟨colour⟩ | ⟨int⟩ |
| ⟨colour2⟩ | ⟨int2⟩ |
""")

CLEAN["job_log"] = split("""
⟨ts⟩ INFO feed-export: ⟨n2⟩ items written, ⟨n3⟩ skipped (missing gtin)
⟨ts2⟩ INFO feed-export: done in ⟨n4⟩s
~~~
⟨ts⟩ WARN stock-sync: ⟨sku⟩ negative stock corrected to 0
~~~
⟨ts⟩ ERROR label-printer: job ⟨int⟩ failed (paper out), retry at ⟨time⟩
~~~
[⟨ts⟩] deploy ⟨ver⟩ → production ok (build ⟨hash⟩)
""")

PROSE = ["crm_note", "support_email", "reply_chain", "signed_review", "email_signature", "copy_brief",
         "team_chat", "customer_chat", "call_note", "order_note", "prose_mention", "subscription_pause",
         "stockist_application", "sponsorship_request", "newsletter_reply", "preorder_request",
         "gift_card_enquiry"]
LAYOUT = ["lead_list", "feed_row", "cart_recovery_json", "yaml_record", "audience_upload", "review_moderation",
          "html_form", "sql_dump", "server_log", "mail_header", "vcard", "ical", "ocr_scan"]
CLEAN_PROSE = ["product_copy", "campaign_copy", "help_article", "shipping_status", "supplier_note", "internal_memo"]
CLEAN_LAYOUT = ["catalogue_rows", "config_snippet", "stock_table", "job_log"]
