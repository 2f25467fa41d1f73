# Bot texts in English. Variables are written { $name }.
start-greeting =
    Hello{ $name ->
        [none] {""}
       *[other] , { $name }
    }! 👋 I am <b>TanyaJamsos</b>, a question-and-answer assistant for Indonesia's worker social security (BPJS Ketenagakerjaan / BPJamsostek): JKK, JKM, JHT, JP and JKP.

    Just type your question, for example <i>how much is the informal worker contribution</i>, or pick from the menu below.

    <i>TanyaJamsos is not an official BPJS Ketenagakerjaan channel. For official matters call the contact centre 175.</i>
menu-title = Choose:
menu-ask = ❓ Ask about programs
menu-calc = 🧮 Contribution calculator
menu-join = 📝 I want to join
menu-village = 🏡 Village funds
menu-events = 📣 Events & announcements
menu-help = ℹ️ Help
menu-officer = 🙋 Ask an officer
menu-ask-prompt = Type your question on JKK, JKM, JHT, JP, JKP, informal worker (BPU) contributions or village funds. Example: <i>how to claim jht after resigning</i>
coming-soon = <b>{ $feature }</b> is coming soon. Meanwhile, type your question or call the contact centre 175.
help =
    <b>What I can do</b>
    • Answer questions on BPJS Ketenagakerjaan programs (JKK, JKM, JHT, JP, JKP), citing the regulation.
    • Calculate contributions for wage earners and informal workers (BPU), and village budgets.
    • Record that you want to join, so an officer can follow up.
    • Events and announcements in your region.

    <b>Example questions</b>
    • how much is the bpu contribution per month
    • how to claim jht after resigning
    • what do heirs get when a member dies
    • can village funds pay bpjs contributions?

    <b>Commands</b>
    { $commands }

    My answers are not official decisions. For certainty call the contact centre <b>175</b> or a BPJS Ketenagakerjaan branch office.
language-choose = Pilih bahasa / Choose language:
language-set = Language changed to English.
answer-source = 📚 Source: { $sources }
answer-uncertain = ⚠️ Part of this answer (a figure or its legal basis) is not officially confirmed yet. Please check with the contact centre 175.
answer-article-note = Figures and positions are as of the date of the report.
answer-related = Related questions:
clarify-title = Did you mean…?
clarify-none = None of these
two-questions-other =
    ❓ Your { $position ->
        [0] first
        [1] second
       *[other] third
    } question: “{ $clause }”
    Perhaps you mean:
decline =
    Sorry, I cannot answer that with confidence. 🙏
    I can help with BPJS Ketenagakerjaan programs (JKK, JKM, JHT, JP, JKP), contributions, registration and village funds.
    For anything else please call the contact centre <b>175</b>.
decline-health = Health-care questions (BPJS Kesehatan/JKN/KIS) are handled by BPJS Kesehatan itself: please use BPJS Kesehatan's official channels or the Mobile JKN app.
decline-recorded = ℹ️ This question is kept, linked to you (see /dataku in a private chat with the bot), so that officers can improve the bot's answers; for at most { $months } months, then deleted. Delete it any time with /hapusdata.
error-apology = Sorry, something went wrong while handling your message. Please try again shortly, or call the contact centre 175.
unknown-command = I don't know that command. Type /help to see what I can do.
unsupported-message = I can only read text messages. Please type your question.
caption-only = I cannot read pictures or files yet; I am answering the text you wrote with it.
village-intro-reply = { $greeting ->
        [salam] Wa alaikum salam. 🙏
        [pagi] Good morning! 🙏
        [siang] Good afternoon! 🙏
        [sore] Good afternoon! 🙏
        [malam] Good evening! 🙏
       *[other] Hello, welcome! 🙏
    } Glad to help your village. For village heads, officials and BPD members, I can explain the rules for paying BPJS Ketenagakerjaan contributions from village funds (Dana Desa/APBDes), who can be covered, and compute the budget:
employer-duty-note = ℹ️ Registering workers with BPJS Ketenagakerjaan and paying their contributions is <b>the employer's duty</b> from the day they start work, not the worker's. If your employer has not registered you, this is what you can do (press 📝 I want to join under it if you still want an officer to contact you):
thanks-reply = You're welcome! 🙏 Anything else? Just type your question.
never-mind-reply = All right. If you have another question, just type it.
statement-noted =
    { $death ->
        [yes] My condolences. 🙏{" "}
       *[no] {""}
    }Noted{ $about ->
        [none] {""}
       *[other] : { $about }
    }. Please ask what you would like to know{ $options ->
        [0] , for example about contributions, claims or their requirements.
       *[other] , or choose one below:
    }
situation-worker-pu = wage earner (employee)
situation-worker-bpu = self-employed worker (BPU)
situation-worker-pmi = migrant worker (PMI)
situation-event-accident = a work accident
situation-event-death = the participant has died
situation-event-layoff = laid off
situation-event-resign = no longer working
situation-event-working = still working
wants-to-ask-reply = Go ahead, just type your question. 🙂
agree-reply = All right. 🙂 If you have a question, just type it, or type /start to see the menu.
contact-me-reply = I am a bot, so I cannot call or message you first. To have an <b>officer</b> contact you:
    • <b>📝 I want to join</b> — if you want to join BPJS Ketenagakerjaan; your phone number is asked there, only with your consent;
    • <b>🙋 Ask an officer</b> — if you have a question for an officer.
    Or call the call center <b>175</b> directly.
number-only-reply = I cannot tell what a number alone asks. Please write the question, e.g. <i>bpu contribution for 2 million a month</i>, or type /hitung to calculate a contribution.
symbols-only-reply = Please type your question in words, e.g. <i>how to claim jht</i> or <i>bpu contribution per month</i>.
identity-number-note = ℹ️ There is no need to send identity numbers (NIK, KPJ, phone or account numbers) here: I cannot look up personal records and I do not keep such numbers. I will answer your question without them.
private-only = This concerns your personal data, so I handle it in a private chat. Press the button below.
private-open = 💬 Open private chat
button-expired = This button is no longer valid.
too-long = Your question is too long. Please shorten it (at most { $max } characters).

## Forms (all flows)
flow-cancel-button = ❌ Cancel
flow-cancelled = Cancelled. Nothing from this form was stored. Type /start to return to the menu.
flow-cancelled-event = Cancelled. The event was not announced to anyone. Type /start to return to the menu.
flow-cancel-no-form = There is no open form to cancel: that form was already finished or closed. What it sent is kept as described when you sent it. Type /dataku to see everything stored about you, /hapusdata to delete it, or /tarikpersetujuan to withdraw your consent.
form-left = ℹ️ I stopped the form so your question could be answered; what was not yet sent was not stored. Type { $command } to fill it in again.
form-left-plain = ℹ️ I stopped the form so your question could be answered; what was not yet sent was not stored.
form-paused = ℹ️ I stopped the form for a moment so your question could be answered. What you have filled in is kept for { $hours } hours from the last step; press ▶️ Continue the form to carry on from that step. Type { $command } to fill it in again from the start, or /batal to discard it.
form-resume-button = ▶️ Continue the form
form-still-paused = ℹ️ Your form is still waiting.
form-resume-gone = That form is no longer kept: it was sent, cancelled, replaced by another form, or left too long. Type { $command } to fill it in again.
form-resume-gone-plain = That form is no longer kept: it was sent, cancelled, replaced by another form, or left too long.
form-resumed = Please carry on: answer the form's last question above.
choose-button-hint = Please pick one of the buttons above, or type /batal to stop.
rate-limited = You are sending messages too quickly 🙂 Please wait a moment, then try again.

## Command menu (Telegram's list and /bantuan)
cmd-start = Main menu
cmd-help = What I can do
cmd-hitung = Contribution calculator
cmd-daftar = I want to join
cmd-tanyapetugas = Ask an officer
cmd-acara = Upcoming events
cmd-langganan = Subscribe to announcements
cmd-berhenti = Stop announcements
cmd-bahasa = Change language
cmd-dataku = See my data
cmd-hapusdata = Delete my data
cmd-tarikpersetujuan = Withdraw my consent
cmd-batal = Cancel a form
form-left-other = ℹ️ I stopped the form because that button starts something else; answers not yet sent are not kept. Type { $command } to fill it in again.
form-paused-choice = ℹ️ Your { $command } form is still waiting, with the answers you gave kept. Continue from the last step, or start again?
form-restart-button = 🔁 Start again

# flows (explore14)
sub-current-replaced = 🔔 Your current subscription: <b>{ $region }</b>. The region you choose now will <b>replace it</b> (one region per account). Press Cancel to keep it.
sub-replaced = Your previous subscription (<b>{ $region }</b>) was replaced.
tk-question-numbers = You sent only numbers. Numbers such as an ID (NIK) or phone number are not passed on to officers; please write your question in words (e.g. <i>my JHT balance has not arrived after my claim</i>), or type /batal.
form-expired = ⏱️ Your form has expired (no answer for more than { $hours } hours), so I did not use that answer, and the unsent form was not kept. Type { $command } to start again.
form-left-language = ℹ️ I closed the form you were filling in because the language was changed; unsent answers were not kept. Type { $command } to fill it in again in the chosen language.
