# Feedback, unanswered questions and "Ask an officer".

## 👍/👎 votes
fb-thanks = Thank you!
fb-already = You already rated this answer. Thank you!
fb-ask-missing = Thanks for telling me. What was missing from that answer? Write it briefly, or press <b>Skip</b>.
fb-skip-button = Skip
fb-comment-thanks = Thank you, your note helps us improve the answer.
fb-comment-skipped = All right, thank you.
fb-comment-cut = (Only the first { $max } characters of a long comment are kept.)

## Unanswered questions
fb-notify-offer = Your question is kept, linked to you on this bot (see /dataku), and read by officers to improve the bot's answers; it is kept at most { $months } months, then deleted. Shall I tell you once there is an answer? If so, your chat id is kept too, only to send you that answer. Delete all of it any time with /hapusdata.
fb-notify-offer-again = This question is kept too, like the one before, so officers can improve the bot's answers (see /dataku). Shall I tell you once there is an answer? If so, your chat id is kept only for that.
fb-notify-button = 🔔 Yes, tell me
fb-notify-ok = All right, I will let you know as soon as the answer is available.
fb-notify-gone = This question can no longer be followed.
fb-notify-ask-province =
    Which province are you in? If you say, your question also goes to that province's officers. Type the province, or your regency or city, for example <i>sulsel</i> or <i>Makassar</i>.
    🔒 The province is kept with your question <b>only to pass it on to that province's officers</b>, at most { $months } months (see /dataku, delete with /hapusdata). Rather not? Press <b>Skip</b>: all-province officers still read your question.
fb-notify-province-skip = Skip
fb-notify-province-noted = { $readers ->
       *[province] All right, your question also goes to the officers of <b>{ $province }</b>. I will send the answer in this chat.
        [all] All right, province <b>{ $province }</b> noted. No officer for { $province } is registered on TanyaJamsos yet, so all-province officers and the administrators of this bot read your question. I will send the answer in this chat.
        [owners] All right, province <b>{ $province }</b> noted. No officer for { $province } is registered on TanyaJamsos yet, so the administrators of this bot read your question. I will send the answer in this chat.
    }
fb-notify-kept-without-province = ℹ️ Your request stands: I will tell you once your earlier question is answered. No province was noted, so all-province officers read it.
fb-notify-province-skipped = All right, no province: all-province officers read your question.
fb-notify-province-thanks = You're welcome! If you want your province's officers to read your question too, type your province; if not, press Skip.
fb-notice-generic = 🔔 News about your question.
fb-notified =
    🔔 Your question now has an answer:
    <i>{ $question }</i>

    { $answer }

    📚 Source: { $sources }

fb-closed-unanswered =
    News about your question:
    <i>{ $question }</i>

    Sorry, the officers closed this question without adding an answer, so I cannot answer it yet. Please call the BPJS Ketenagakerjaan call center <b>175</b>, or ask an officer directly with /askofficer.
    This is the last message about that question; your chat id kept for it has been deleted.

## Officers: /pertanyaan
fb-only-officers = This command is for officers only.
fb-private-only = Officer commands work only in a private chat with the bot.
fb-groups-title = <b>Unanswered questions (last 7 days, all provinces)</b>
fb-groups-empty = No unanswered questions in the last 7 days. 🎉
fb-groups-count = { $groups ->
    [one] { $groups } open group
   *[other] { $groups } open groups
} ({ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}), most asked first; showing { $from }–{ $to }.
fb-group-waiting = · 🔔 { $waiting ->
    [one] { $waiting } person waiting to be told
   *[other] { $waiting } people waiting to be told
}
fb-page-next = Next ▶
fb-page-previous = ◀ Previous
fb-group-line = { $n }. <b>{ $people ->
    [one] { $people } person
   *[other] { $people } people
}</b> asked something like: <i>{ $sample }</i>
fb-link-button = 🔗 Link { $n }
fb-resolve-button = ✅ Done { $n }
fb-suggestions-title = <b>Questions already linked to an answer</b> (noted for the team that maintains the answers, so that similar questions are answered next time):
fb-suggestion-line = • { $entry }: { $wordings }
fb-link-ask =
    Pick the answer that fits the question: <i>{ $sample }</i>
    None fits? Type a few keywords to search for another answer, or /batal.
fb-link-ask-search =
    Which answer fits the question: <i>{ $sample }</i>
    Type a few keywords to search for it, or /batal.
fb-link-results = Search results for «{ $query }». Pick the answer that fits, or type other keywords:
fb-link-none = No answer matches «{ $query }». Try other keywords, or /batal.
fb-link-confirm = Link the question to the answer <b>{ $entry }</b>? { $notify ->
    [0] Nobody asked to be told, so no message is sent.
    [one] <b>{ $notify } person</b> who asked will get this answer at once.
   *[other] <b>{ $notify } people</b> who asked will get this answer at once.
}
fb-link-confirm-yes = ✅ Yes, link it
fb-link-confirm-other = ↩️ Choose another answer
fb-link-confirm-hint = Choose <b>Yes, link it</b> or <b>Choose another answer</b>, or /batal.
fb-link-stale = Those buttons are out of date. Pick from the latest list, or type keywords to search.
fb-link-hint = Pick one of the answers on the buttons, or type keywords to search. Type /batal to stop.
fb-linked = Linked to the answer <b>{ $entry }</b>: { $count ->
    [one] { $count } question
   *[other] { $count } questions
}. { $scheduled ->
    [0] Nobody is waiting to be told.
    [one] The answer is scheduled to be sent to the { $scheduled } person waiting; the next message shows the sending.
   *[other] The answer is scheduled to be sent to the { $scheduled } people waiting; the next message shows the sending.
}
fb-resolved = Marked done: { $count ->
    [one] { $count } question
   *[other] { $count } questions
}.
fb-resolve-confirm = 🔔 <b>{ $waiting ->
    [one] { $waiting } person is
   *[other] { $waiting } people are
} waiting to be told</b> about this question (they pressed "Yes, tell me"). If it is marked done without an answer, they are told that no answer was added and pointed to call center 175. If an answer fits, choose <b>Link to an answer</b> so they get it.
fb-resolve-confirm-yes = ✅ Yes, mark done
fb-resolve-confirm-link = 🔗 Link to an answer
fb-resolved-scheduled = The news that there is no answer is scheduled to be sent to { $scheduled ->
    [one] the { $scheduled } person
   *[other] the { $scheduled } people
} waiting; the next message shows the sending.
fb-group-gone = This group was already handled.

## Ask an officer
tk-ask-button = 🙋 Ask an officer
tk-offer = Would you like to ask a BPJS Ketenagakerjaan officer directly?
tk-ask-question = Write your question for the BPJS Ketenagakerjaan officers (one message). Do not write your NIK, KPJ or bank account number: I hide such numbers, and an officer will ask for what they need through official channels.
tk-use-last = Send this question to an officer?
    <i>{ $question }</i>
tk-use-last-yes = ✅ Yes, send it
tk-use-last-no = ✏️ Write another question
tk-question-hint = Please write your question as a text message (at most { $max } characters), or type /batal.
tk-question-too-long = That question is { $length } characters, too long to forward whole (at most { $max }). Please shorten it and send it again with /tanyapetugas.
tk-ask-province = Which province are you in? Type its name, or your regency or city, e.g. <i>sulsel</i> or <i>Makassar</i>.
tk-province-choose = Choose your province:
tk-province-unknown = I could not find that province or regency/city. Type just its name, e.g. <i>Jawa Barat</i> or <i>Makassar</i>.
tk-created =
    ✅ Your question was passed to the BPJS Ketenagakerjaan officers of { $province }.
    Ticket number: <b>{ $reference }</b>

    Officer hours: Monday–Friday 08:00–17:00 local time. The answer will arrive in this chat.
    <i>TanyaJamsos is not an official BPJS Ketenagakerjaan channel. For urgent matters call 175.</i>
tk-created-all =
    ✅ Your question was passed to the BPJS Ketenagakerjaan officers who cover all provinces: no officer for { $province } is registered on TanyaJamsos yet.
    Ticket number: <b>{ $reference }</b>

    Officer hours: Monday–Friday 08:00–17:00. The answer will arrive in this chat.
    <i>TanyaJamsos is not an official BPJS Ketenagakerjaan channel. For urgent matters call 175.</i>
tk-created-owners =
    ✅ Your question is recorded as ticket <b>{ $reference }</b>.
    No BPJS Ketenagakerjaan officer for { $province } is registered on TanyaJamsos yet, so your question was passed to the administrators of this bot. If they answer, the answer arrives in this chat.

    For a definite answer, call the BPJS Ketenagakerjaan call center <b>175</b>.
    <i>TanyaJamsos is not an official BPJS Ketenagakerjaan channel.</i>
tk-no-officer =
    Ticket number: <b>{ $reference }</b>. There is no officer for your province on TanyaJamsos yet; your question is recorded.
    For a quick answer call <b>175</b>.
tk-forward =
    📨 <b>Ticket { $reference }</b> · { $province }
    { $question }

    <i>Reply to this message to answer; the answer is sent in the name of { $toOwners ->
        [yes] the TanyaJamsos administrators
       *[no] the office
    }, not your account's. Note: TanyaJamsos is not an official BPJS Ketenagakerjaan channel.</i>
tk-forward-no-officer = ⚠️ There is no officer for { $province } on this bot yet, so this ticket went to the bot's owners. The asker was told their question reached the bot's administrators, not their province's officers. Add an officer with /petugas.
tk-reraise = ⏰ <b>Still unanswered</b> since { $since }
tk-answer =
    💬 <b>Answer from the BPJS Ketenagakerjaan officers, { $province }</b> for ticket { $reference }:

    { $answer }
tk-answer-owners =
    💬 <b>Answer from the TanyaJamsos administrators</b> for ticket { $reference }:

    { $answer }

    <i>No BPJS Ketenagakerjaan officer for { $province } is on TanyaJamsos yet. For certainty call 175.</i>
tk-answer-sent = ✅ The answer to ticket { $reference } was sent to the asker.
tk-already-answered = Ticket { $reference } was already answered.
tk-gone = Ticket { $reference } no longer exists: the asker deleted their data (/hapusdata). Your answer was not sent to anyone.
tk-reply-text-only = Please reply with a text message.
tk-not-officer = Only officers can answer tickets.
tk-out-of-scope = This ticket is for { $province }, outside your province.
tk-region-all = (all provinces)
tk-privacy-notice = 🔒 <b>Who reads it:</b> { $via ->
        [group] the officers in the TanyaJamsos officers' group.
       *[province] the officers registered on this bot for your province (BPJS Ketenagakerjaan or local government staff) and the all-province officers; when no officer covers your province yet, the administrators of this bot.
    } <b>What for:</b> only to answer you. <b>How long:</b> the question, your province and the answer are kept at most { $months } months, then deleted; delete them sooner with /hapusdata.
tk-answer-blocked = ⚠️ The answer to ticket { $reference } <b>was not delivered</b>: the asker has blocked this bot. Your answer was not kept and the ticket stays open. It is not raised again while the asker blocks the bot; if they write to the bot again, the ticket comes back as unanswered and you can reply to it again.

## Officers: /pertanyaan by the officer's area
fb-groups-title-province =
    <b>Unanswered questions (last 7 days, { $province })</b>
    <i>Only questions from people in { $province }. Questions whose province is not known, and groups that also hold questions from other provinces, are handled by all-province officers.</i>
fb-groups-empty-province = No unanswered questions from people in { $province } in the last 7 days. 🎉
fb-groups-empty-province-shared = There is no group of questions you can handle. Still unanswered from people in { $province } in the last 7 days: <b>{ $n ->
    [one] { $n } question
   *[other] { $n } questions
}</b>, in groups that also hold questions from other provinces (or of no known province); all-province officers and the bot's owners handle such groups.
fb-groups-shared = { $n ->
    [one] Besides these, { $n } question from people in { $province } is in a group shared with other provinces; all-province officers and the bot's owners handle it.
   *[other] Besides these, { $n } questions from people in { $province } are in groups shared with other provinces; all-province officers and the bot's owners handle those.
}
fb-group-closed = This group of questions was already marked done (or linked to an answer), so its buttons no longer work. See the latest list with /pertanyaan.
fb-group-out-of-scope = This group of questions (also) holds questions from outside your province. Only all-province officers can handle it.
fb-comment-and-question = Thank you, your note is recorded. Here is the answer to your question.
