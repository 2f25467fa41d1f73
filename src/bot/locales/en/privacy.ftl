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
data-table-questions = Questions the bot could not answer
data-table-feedback = Answer ratings
data-table-other = Other
data-table-audit = Audit records of your actions
data-table-audit-released = Audit records (your name taken off them)
delete-confirm-officer = You are an officer: <b>your officer rights end too</b>, and the bot's owners are told. The record of citizens' data you viewed or downloaded is kept without your name.
delete-confirm-officer-scheduled = ⏸ { $n ->
    [1] Your scheduled announcement
   *[other] Your { $n } scheduled announcements
} (<i>{ $titles }</i>) <b>will be held, not sent</b>, and the bot's owners told; another officer can create it again.
privacy-officer-left = ℹ️ Officer <code>{ $id }</code> deleted their data in this bot, so their officer rights ended. Add them again with /petugas tambah if they still serve.
delete-confirm = Delete <b>all</b> your data in TanyaJamsos (your profile, registrations of interest, announcement subscriptions, event attendance, consents, questions you asked, questions to officers and their answers, answer ratings, requests to be told of an answer, and conversation state)? This cannot be undone.
delete-yes = 🗑 Yes, delete
delete-no = Cancel
delete-kept = All right, your data was not deleted.
delete-done = ✅ Your data has been deleted:
withdraw-none = You have no active consent. Nothing to stop.
withdraw-confirm = Withdraw your consent? This will stop:
withdraw-confirm-consents = • Consent for: { $purposes }.
withdraw-confirm-leads = • { $n ->
    [one] Your registration of interest ({ $references }) is deleted, and the officers who received it are told not to contact you again.
   *[other] Your { $n } registrations of interest ({ $references }) are deleted, and the officers who received them are told not to contact you again.
}
withdraw-confirm-subscription = • Your event announcement subscription ({ $region }) stops.
withdraw-confirm-notify = • You will no longer be told when your question is answered.
withdraw-confirm-rest = Your other data stays stored; to delete all of it, use /hapusdata. Go ahead?
withdraw-yes = ✅ Yes, withdraw
withdraw-no = Cancel
withdraw-kept = All right, your consent stays in force. Nothing was changed.
withdraw-done = ✅ Your consent has been withdrawn.
withdraw-done-leads = { $n ->
    [one] Your registration of interest was deleted.
   *[other] Your { $n } registrations of interest were deleted.
}
withdraw-done-subscriptions = Your announcement subscription was stopped.
withdraw-done-rest = To delete all your data, type /hapusdata.
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
    [notified_at] officers notified
    [answering_at] officer began answering
    [created_at] created
    [updated_at] updated
    [reminded_at] officers reminded
    [question] question
    [answer] answer
    [answered_at] answered at
    [text] text
    [reason] reason
    [handled] handled
    [entry_id] answer rated
    [linked_entry_id] answer an officer linked it to
    [group_key] code of the group of similar questions
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
    [pausedForm] form paused for a question
    [fbVoted] answers you rated
    [fbKeptToldOn] notice that questions are kept was shown
    [formAnswers] what the form holds so far (identity numbers masked)
    [province] province
    [regency] regency/city
    [district] district
    [provinces] target provinces
    [regencies] target regencies/cities
    [event] event
    [announcement] announcement
    [kind] kind
    [title] title
    [starts_at] starts
    [place] place
    [description] description
    [send_at] scheduled to send
    [finished_at] finished
    [granted_by] granted by (Telegram id)
    [reminded] reminded
    [recipients] recipients
    [officer] officer you appointed (Telegram id)
    [appointed_at] granted at
   *[other] { $field }
}
privacy-copies-with-officers = ℹ️ Copies already sent to officers (lead cards in their chats, CSV files already downloaded) cannot be pulled back. { $told ->
    [0] If needed, ask your local BPJS Ketenagakerjaan office to delete them.
   *[other] Those who received them (the officers, or the bot's administrators where no officer covered your province) have been told that your registration was withdrawn and asked to delete their copies.
}
privacy-ticket-copies = ℹ️ Questions already forwarded to officers with /tanyapetugas stay in their chats and cannot be pulled back. If needed, ask your local BPJS Ketenagakerjaan office to delete them.
data-table-events-created = Events you created
data-table-broadcasts = Broadcasts you started
data-table-other-named = Other ({ $table })
data-scope-all = all provinces
data-all-provinces = all provinces ({ $n })
data-event-status-draft = draft (not sent)
data-event-status-scheduled = scheduled
data-event-status-sent = announced
data-broadcast-status-queued = waiting to be sent
data-broadcast-status-running = being sent
data-broadcast-status-done = finished
data-broadcast-status-cancelled = stopped
data-broadcast-kind-event = event announcement
data-broadcast-kind-event_reminder = event reminder
data-broadcast-kind-event_cancelled = event cancellation
data-delivery-status-pending = waiting to be sent
data-delivery-status-sending = being sent
data-delivery-status-sent = delivered
data-delivery-status-failed = not delivered (failed)
data-delivery-status-blocked = not delivered (bot blocked)
data-times-in = Times in { $zone }. Technical details (the sending queue, broadcast contents, audit record details) are in the attached JSON file.
data-action = { $action ->
    [broadcast_cancelled] stopped a broadcast
    [broadcast_enqueued] broadcast queued
    [broadcasts_listed] viewed /siaran
    [event_cancelled] cancelled an event
    [event_discarded] discarded an event draft
    [event_drafted] drafted an event
    [event_form_opened] opened /acara_baru
    [event_scheduled] scheduled an event
    [event_sent] sent an event announcement
    [event_withheld] scheduled announcement withheld
    [events_viewed] viewed /acara
    [lead_reminded] lead raised again to officers
    [lead_sent] lead sent to officers
    [lead_status_set] changed a lead's status
    [leads_exported] downloaded /prospek_csv
    [leads_listed] viewed /prospek
    [officer_denied] officer command refused
    [officer_granted] granted officer rights
    [officer_revoked] revoked officer rights
    [officers_listed] viewed the officer list
    [stats_viewed] viewed /statistik
    [ticket_answer_blocked] ticket answer not delivered (blocked)
    [ticket_answered] answered a citizen's question
    [ticket_reply_gone] replied to a deleted ticket
    [ticket_reraised] ticket raised again
    [unanswered_linked] linked a question to an answer
    [unanswered_list] viewed /pertanyaan
    [unanswered_resolved] marked questions handled
   *[other] { $action }
}
data-form-enrollment = enrollment interest (/daftar)
data-form-calculator = contribution calculator (/hitung)
data-form-village-budget = village budget calculation (/hitung)
data-form-subscribe = announcement subscription (/langganan)
data-form-ticket = question to officers (/tanyapetugas)
data-form-new-event = new event (/acara_baru)
data-form-fb-comment = note on an answer
data-form-fb-link = linking questions to an answer
data-form-fb-notify-province = province for the answer notice (Notify me)
data-form-edit-event = editing an event (/acara)

# flows (explore14)
withdraw-confirm-open-form = • The form you are filling in (/daftar or /langganan) is closed and its answers dropped, your phone number included; nothing is sent to officers.
withdraw-done-open-form = ✅ Your consent is withdrawn. The form in progress is closed and its answers dropped; nothing was sent to officers. Its Submit button no longer works.
withdraw-done-form-closed = The form in progress is closed; nothing was sent.
