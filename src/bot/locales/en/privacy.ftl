data-title = <b>Your data stored by TanyaJamsos</b>
data-footer = Delete all of it any time with /hapusdata.
data-file-caption = A complete copy of your data, exactly as stored (JSON).
data-more-in-file = … and { $n } older rows, in the attached file.
data-none = No personal data of yours is stored.
data-table-users = Profile (language, first/last seen)
data-table-consents = Consents
data-table-subscriptions = Announcement subscriptions
data-table-leads = Registrations of interest
data-table-events = Event attendance
data-table-tickets = Questions to officers
data-table-deliveries = Announcements sent
data-table-sessions = Conversation state
data-table-officers = Officer rights
data-table-questions = Unanswered questions
data-table-feedback = Answer ratings
data-table-other = Other
data-table-audit = Audit records of your actions
data-table-audit-released = Audit records (your name taken off them)
delete-confirm-officer = You are an officer: <b>your officer rights end too</b>, and the bot's owners are told. The record of citizens' data you viewed or downloaded is kept without your name.
privacy-officer-left = ℹ️ Officer <code>{ $id }</code> deleted their data in this bot, so their officer rights ended. Add them again with /petugas tambah if they still serve.
delete-confirm = Delete <b>all</b> your data in TanyaJamsos (your profile, registrations of interest, announcement subscriptions, event attendance, consents, questions you asked, questions to officers and their answers, answer ratings, requests to be told of an answer, and conversation state)? This cannot be undone.
delete-yes = 🗑 Yes, delete
delete-no = Cancel
delete-kept = All right, your data was not deleted.
delete-done = ✅ Your data has been deleted:
withdraw-none = You have no active consent. Nothing to stop.
withdraw-done = ✅ Your consent is withdrawn ({ $consents }). Your registrations of interest were deleted ({ $leads }) and announcement subscriptions stopped ({ $subscriptions }). To delete all your data, type /hapusdata.
data-yes = yes
data-no = no
data-purpose-enrollment = registration of interest (/daftar)
data-purpose-subscription = event announcements (/langganan)
data-purpose-notify = being told when your question is answered
data-consent-version = text version { $version }
data-reason-declined = the bot had no answer
data-reason-downvoted = you rated the answer as unhelpful
data-ticket-status-open = waiting for an officer's answer
data-ticket-status-answered = answered
data-ticket-status-closed = closed
data-language-id = Indonesian
data-language-en = English
data-field = { $field ->
    [chat_id] chat id
    [user_ref] user reference (pseudonym)
    [language] language
    [first_seen] first seen
    [last_seen] last seen
    [blocked] blocked the bot
    [notify_opt_in] wants to be told of answers
    [purpose] purpose
    [text_version] consent text version
    [granted_at] agreed at
    [withdrawn_at] withdrawn at
    [province_code] province code
    [regency_code] regency/city code
    [district_code] district code
    [region_label] region
    [topics] topics
    [reference] reference
    [status] status
    [worker_kind] kind of worker
    [occupation] occupation
    [programs] programs
    [phone] phone
    [contact_via_telegram] contact via Telegram
    [created_at] created
    [updated_at] updated
    [reminded_at] officers reminded
    [question] question
    [answer] answer
    [answered_at] answered at
    [text] text
    [reason] reason
    [handled] handled
    [entry_id] answer entry
    [linked_entry_id] linked to entry
    [group_key] key words (to group similar questions)
    [notify_chat_id] chat id for the update
    [helpful] helpful
    [comment] comment
    [event_id] event
    [action] action
    [actor] actor
    [details] details
    [key] key
    [conversation] form in progress
    [clarifiedQuestion] last question asked back
    [writtenIn] language you write in
    [fbVoted] answers you rated
   *[other] { $field }
}
privacy-copies-with-officers = ℹ️ Copies already sent to officers (lead cards in their chats, CSV files already downloaded) cannot be pulled back. { $told ->
    [0] If needed, ask your local BPJS Ketenagakerjaan office to delete them.
   *[other] Those who received them (the officers, or the bot's administrators where no officer covered your province) have been told that your registration was withdrawn and asked to delete their copies.
}
privacy-ticket-copies = ℹ️ Questions already forwarded to officers with /tanyapetugas stay in their chats and cannot be pulled back. If needed, ask your local BPJS Ketenagakerjaan office to delete them.
