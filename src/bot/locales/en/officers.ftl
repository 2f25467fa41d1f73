# Officers, subscriptions and events. Variables are written { $name }.

## Officer rights
off-only-officers = This command is for officers only.
off-only-owners = This command is for the bot's owners only.
off-private-only = Officer commands work only in a private chat with the bot.
off-petugas-usage =
    <b>How to use /petugas</b>
    • <code>/petugas tambah &lt;user_id&gt; &lt;province&gt;</code>: make an officer for one province; type its name, short name or one of its cities/regencies. For all provinces, type <code>semua</code>: <code>/petugas tambah &lt;user_id&gt; semua</code>
    • <code>/petugas hapus &lt;user_id&gt;</code>: revoke officer rights
    • <code>/petugas</code>: list officers
    Example: <code>/petugas tambah 123456789 Sulsel</code>
    A future officer sees their Telegram id with /idsaya.
off-my-id = Your Telegram id: <code>{ $id }</code>
    To become a TanyaJamsos officer, give this number to the bot's admin, who adds you with <code>/petugas tambah { $id } &lt;province&gt;</code>.
off-my-id-private = Send /idsaya in a private chat with me, so the group does not see your id.
off-scope-all = all provinces
off-granted = ✅ User <code>{ $id }</code> is now an officer for <b>{ $scope }</b>.
off-granted-via = ({ $area } is in { $scope }.)
off-granted-replaced = The previous scope (<b>{ $previous }</b>) was replaced: an officer covers one province or all provinces.
off-revoked = ✅ Officer rights of user <code>{ $id }</code> were revoked.
off-not-officer = User <code>{ $id }</code> is not an officer; nothing changed.
off-granted-unknown-id = ⚠️ ID <code>{ $id }</code> has never used this bot (or has deleted their data). Make sure the ID is right: ask them to send /idsaya to the bot. The officer rights stand; revoke them with <code>/petugas hapus { $id }</code> if the ID is wrong.
off-granted-told = They were told in their chat with the bot.
off-granted-not-told = The notice could not be sent to their chat (they never opened a chat with the bot, or blocked it); the change stands.
off-revoked-told = They were told in their chat with the bot.
off-you-granted = 👮 You are now a TanyaJamsos officer for <b>{ $scope }</b>. You will receive leads (with personal data) and citizens' questions from this area. See the officer commands with /help.
off-you-revoked = Your TanyaJamsos officer rights were revoked. You no longer receive leads or citizens' questions, and officer commands no longer work for you.
off-you-granted-replaced = Your previous scope (<b>{ $previous }</b>) was replaced: an officer covers one province or all provinces.
off-your-events-withheld = 🕒 { $n ->
    [one] The event announcement you scheduled will not be sent, because the event is outside your area now: { $titles }.
   *[other] The { $n } event announcements you scheduled will not be sent, because the events are outside your area now: { $titles }.
} If it is still needed, ask an officer of that province to create it again with /acara_baru.
off-province-unknown = I don't know the province "{ $text }". Type its name or short name, e.g. <i>Sulawesi Selatan</i> or <i>Sulsel</i>.
off-province-ambiguous = Which province? One of: { $options }?
off-list-title = <b>Officers</b>
off-list-line = • <code>{ $id }</code>: { $scope }
off-list-empty = No officers have been added yet. Add one with <code>/petugas tambah &lt;user_id&gt; &lt;province&gt;</code> (or <code>semua</code>).
off-list-owner-line = • <code>{ $id }</code>: all provinces (bot owner, from OWNER_IDS)
off-owner-no-scope = User <code>{ $id }</code> is an owner of the bot (OWNER_IDS) and already covers all provinces; an owner's rights cannot be narrowed to one province. Nothing changed.
off-owner-not-revocable = The rights of user <code>{ $id }</code> come from OWNER_IDS (bot owner) and cannot be revoked here. To revoke them, remove the id from OWNER_IDS and restart the bot. Nothing changed.
off-events-withheld = 🕒 { $n ->
    [one] { $n } scheduled event announcement
   *[other] { $n } scheduled event announcements
} of this officer will not be sent, because the events are outside their scope now: { $titles }. They no longer show in /acara; create them again with /acara_baru if still needed.

## Officer help and command menu (command names: cmd-<command>)
cmd-acara_baru = Create and announce an event
cmd-siaran = Recent broadcasts, stop a broadcast
cmd-prospek = Leads in your region
cmd-prospek_csv = Download leads as CSV
cmd-statistik = Figures for your region
cmd-pertanyaan = Unanswered questions
cmd-petugas = Add or remove officers (bot owner)
off-help =
    <b>Officer commands</b> ({ $scope })
    { $commands }
    Wrong event time, place or title? Change it in /acara (✏️ Change); whoever received the announcement is told what changed. The area cannot be changed: cancel it (🗑 Cancel event) and create it again with /acara_baru.
    These commands are for officers only and hidden from other users.

## Leads
off-status-new = New
off-status-contacted = Contacted
off-status-registered = Registered
off-status-not_interested = Not interested
off-status-all = all statuses
off-lead-btn-contacted = 📞 Contacted
off-lead-btn-registered = ✅ Registered
off-lead-btn-not_interested = ✖️ Not interested
off-lead-new = 🆕 <b>New lead</b> in your area. Please get in touch within 2 working days.
off-lead-new-no-officer = 🆕 <b>New lead from { $province }</b>. There is no officer for { $province } on this bot yet, so this lead was sent to you as the bot's owner. Please contact them within 2 working days, or add an officer for that province with /petugas.
off-lead-overdue = ⏰ <b>Nobody has contacted this lead</b> since { $since }. Please call, then press its status below.
off-lead-overdue-summary = ⏰ <b>{ $n ->
    [one] { $n } lead
   *[other] { $n } leads
}</b> in your region have waited more than 2 working days for a call. Type /prospek baru to see them and set their status.
off-lead-telegram = Telegram chat
off-lead-card =
    <b>{ $reference }</b> · { $status }
    • Kind: { $kind }
    • Occupation: { $occupation }
    • Area: { $region }
    • Programs: { $programs }
    • Contact: { $contact }
    • Received: { $created }
off-lead-status-set = Status set: { $status }
off-lead-status-already = This lead's status is already { $status }.
off-csv-zone-each = each lead's own province's time zone
off-lead-gone = This lead no longer exists (its owner may have deleted it).
off-lead-out-of-scope = This lead is outside your province.
off-prospek-usage =
    <b>How to use /prospek</b>
    <code>/prospek [status]</code>, status: <code>baru</code>, <code>dihubungi</code>, <code>terdaftar</code>, <code>tidak_berminat</code> (empty = all).
    Example: <code>/prospek baru</code>
off-prospek-csv-usage =
    <b>How to use /prospek_csv</b>
    <code>/prospek_csv [status]</code>, status: <code>baru</code>, <code>dihubungi</code>, <code>terdaftar</code>, <code>tidak_berminat</code> (empty = all).
    Example: <code>/prospek_csv dihubungi</code>
off-prospek-empty = No leads ({ $status }).
off-prospek-title = <b>Leads ({ $status })</b>: showing { $shown } of { $total }, newest first. All of them are in /prospek_csv.
off-csv-caption = Leads: { $count ->
    [one] { $count } row
   *[other] { $count } rows
}, times in { $zone }. Contains personal data: keep it safe and do not forward it.

## Broadcasts
off-siaran-title = <b>Recent broadcasts for { $scope }</b> ({ $zone } time)
off-siaran-title-all = <b>Recent broadcasts, all provinces</b> ({ $zone } time)
off-siaran-empty = No broadcasts yet.
off-siaran-what-event = event «{ $title }»
off-siaran-what-reminder = reminder for event «{ $title }»
off-siaran-what-reminder-untitled = event reminder
off-siaran-what-other = broadcast
off-siaran-what-cancelled = cancellation of event «{ $title }»
off-siaran-shared = ↳ Shared broadcast for { $provinces }: the figures cover all of them. Only an all-province officer can stop it.
off-siaran-shared-own = ↳ Shared broadcast for { $provinces }: the figures cover all of them.
off-siaran-all-provinces = all provinces
off-siaran-n-provinces = { $n } provinces
off-siaran-usage = /siaran lists the recent broadcasts; stop one with the ⏹ button under the list.
off-siaran-shared-denied = This broadcast also goes to provinces outside your area. Only an all-province officer can stop it.
off-siaran-line =
    #{ $id } · { $what } · { $status } · { $created }
    Sent { $sent }/{ $total } · failed { $failed } · blocked { $blocked } · queued { $pending }
off-siaran-line-stopped =
    #{ $id } · { $what } · { $status } · { $created }
    Sent { $sent }/{ $total } · failed { $failed } · blocked { $blocked } · not sent { $pending }
off-siaran-out-of-scope = This broadcast is outside your province.
off-siaran-cancel = ⏹ Stop broadcast #{ $id }
off-siaran-cancelled = Broadcast #{ $id } stopped.
off-siaran-not-running = Broadcast #{ $id } had already finished or was stopped.

## Statistics
off-stats-asked = { $total } (answered { $answered }, asked back { $clarified }, not answered { $declined }; all provinces)
off-stats =
    <b>Statistics</b> ({ $scope })
    Bot users (all of Indonesia): { $users }

    <b>Subscribers by province</b> (who receive event announcements)
    { $subscribers }

    <b>Leads by status</b>
    { $leads }

    <b>Questions, last 7 days</b>
    • Asked: { $asked }
    • Unanswered: { $unanswered } (not handled yet: { $unhandled }){ $scoped ->
        [yes] ; askers from this province
       *[no] {""}
    }

## Subscriptions
sub-consent-text =
    <b>Subscribe to events &amp; announcements</b>

    I will send you news of BPJS Ketenagakerjaan events (information sessions, mobile registration) in your area.

    • Stored: your Telegram chat id, province, regency/city (optional), and when you agreed.
    • Purpose: only to send you that news.
    • Stop any time with /berhenti (the subscription is deleted). See your data with /dataku, delete it all with /hapusdata.
    • Basis: Law 27/2022 on Personal Data Protection.

    Do you agree?
sub-consent-agree = ✅ I agree
sub-consent-decline = No
sub-consent-hint = Choose <b>I agree</b> or <b>No</b> on the buttons above.
sub-consent-declined = All right, no subscription was made and nothing was stored.
sub-ask-province = Which province? Type its name, or your regency or city (e.g. <i>Sulsel</i> or <i>Makassar</i>).
sub-ask-regency = Which regency/city in { $province }? Choose a button or type its name, or choose <b>Whole province</b>.
sub-regency-skip = Whole province
sub-area-choose = Which one do you mean?
sub-area-hint = Type the area's name and I will look it up.
sub-area-not-found = I could not find "{ $text }". Try another spelling.
# stored topics, read in /dataku ("rules" is no longer offered: nothing ever sent it)
sub-topic-events = Events
sub-topic-rules = Rule changes (no longer available)
sub-saved = ✅ Subscription saved: <b>{ $region }</b>. You will receive news of BPJS Ketenagakerjaan events in this area. Stop any time with /berhenti.
sub-stopped = Your subscription was stopped and its consent withdrawn. You will not receive event news any more.
sub-none = You are not subscribed. Type /langganan to start.
sub-overview-none = You are not subscribed to events &amp; announcements. Subscribe to hear about BPJS Ketenagakerjaan events in your area.
sub-overview = 🔔 Your subscription: events in <b>{ $region }</b>. Upcoming events: { $events }.
sub-overview-no-events = 🔔 Your subscription in <b>{ $region }</b> is only for the topic "Rule changes", which is no longer available, so you do not receive event news. Press <b>Change subscription</b> to receive event news, or <b>Stop</b>. Upcoming events: { $events }.
sub-button-subscribe = 🔔 Subscribe
sub-button-change = ✏️ Change subscription
sub-button-stop = 🛑 Stop


## Broadcast status
bc-status-title = 📣 <b>Broadcast #{ $id }</b> — { $status }
bc-status-figures = Sent { $sent } · failed { $failed } · blocked { $blocked } · remaining { $pending }
bc-status-figures-stopped = Sent { $sent } · failed { $failed } · blocked { $blocked } · not sent { $pending }
bc-status-queued = queued
bc-status-running = running
bc-status-done = done
bc-status-cancelled = cancelled
off-lead-withdrawn = 🗑 <b>{ $n ->
    [one] Lead withdrawn
   *[other] Leads withdrawn
} by their owner</b>: { $refs }. The data has been deleted from the bot. Please delete your copies too (lead cards in this chat, CSV files already downloaded) and do not contact them again.

# a ticket whose answer another officer is sending at this moment
tk-answer-in-progress = The answer to ticket { $reference } is being sent by another officer right now. If the ticket comes back as unanswered in a few minutes, please answer it again.
# a lead marked registered is final: its status does not go back
off-lead-status-final = This lead is already Registered; that status is final and is not changed to { $status }.

# officers (explore13)
off-csv-part = Part { $part } of { $parts } ({ $total } leads in all).
off-siaran-what-withheld = notice to the owners: announcement «{ $title }» withheld
off-siaran-line-superseded =
    #{ $id } · { $what } · replaced by a new version (#{ $by }) · { $created }
    Sent { $sent }/{ $total } · failed { $failed } · blocked { $blocked } · the rest ({ $pending }) go out in #{ $by }
off-prospek-page-title = <b>Leads ({ $status })</b>: { $from }–{ $to } of { $total }, newest first. All of them are in /prospek_csv.
off-prospek-page = 📋 Leads { $from }–{ $to } of { $total }.{ $after ->
    [0] {""}
    [one] { " " }1 older lead: press <b>Next ▶</b>.
   *[other] { " " }{ $after } older leads: press <b>Next ▶</b>.
}
off-prospek-next = Next ▶
off-prospek-previous = ◀ Previous

# officers (audit18)
off-siaran-what-withheld-many = notice to the owners: several scheduled announcements withheld
