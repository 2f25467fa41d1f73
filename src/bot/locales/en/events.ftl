# Events: officers create them, subscribers get them, attendance. Variables are written { $name }.

## Events
ev-message =
    📣 <b>{ $title }</b>

    🗓 { $when }
    📍 { $place }
    🗺 { $area }
ev-attend-button = ✋ I'll attend
ev-attend-added = Noted. We'll remind you the day before. See you!
ev-attend-added_soon = Noted. The event is close, so no reminder will follow. See you!
ev-attend-already = You are already on the list.
ev-attend-gone = This event is over or was cancelled.
ev-attendee-count = 👥 { $n ->
    [one] { $n } person
   *[other] { $n } people
} attending
ev-none = No upcoming events in { $province } yet.
ev-none-officer = No upcoming events in your area. Create one with /acara_baru.
ev-reminder-title = ⏰ <b>Reminder: { $day ->
    [today] today
   *[tomorrow] tomorrow
}</b>
ev-ask-title = <b>New event</b> (1/7). What is the event's title?
ev-ask-provinces = For which provinces? Type one or more, separated by commas (e.g. <i>Sulsel, Sulbar</i>), or <i>all</i>.
ev-province-unknown = I don't know the province "{ $text }". Try another spelling or its short name.
ev-province-ambiguous = "{ $text }" could be: { $options }. Please be more specific.
ev-n-provinces = { $n } provinces
ev-n-areas = { $regencies ->
    [one] { $regencies } regency/city
   *[other] { $regencies } regencies/cities
} in { $provinces } provinces
ev-photo-too-long = ⚠️ The poster cannot be used: under a photo Telegram fits { $max } characters, and this announcement has { $length }. It is prepared without the poster. To use the poster, discard it and create it again with a shorter description.
ev-ask-regencies = Only certain regencies/cities in { $provinces }? Type their names separated by commas, or choose <b>All regencies/cities</b>.
ev-regencies-all = All regencies/cities
ev-regency-unknown = No regency/city "{ $text }" in the target provinces.
ev-regency-which = "{ $text }" could be several regencies/cities. Which one? Press its button, or type it in full (e.g. <i>kota { $text }</i>, <i>kab { $text }</i>).
ev-regency-which-several = "{ $typed }" still fits several of them: { $options }. Press the button of the one you mean for "{ $text }".
ev-regency-which-other = { $found } is not one of the places "{ $text }" can mean. Press the button of the one you mean; to target other regencies/cities, cancel and start /acara_baru again.
ev-regency-which-not-region = "{ $typed }" is not a regency/city in the target provinces (the date and place are asked later). First choose which one you mean by "{ $text }": press its button.
ev-ask-date =
    When is it? Type the date and time, read in <b>{ $zone }</b>. Examples:
    • <i>tomorrow 09:00</i> or <i>besok jam 9</i>
    • <i>next Tuesday 14:00</i> or <i>Selasa 14:00</i>
    • <i>3 hari lagi jam 10</i> (in 3 days)
    • <i>{ $example }</i>
ev-zone-mixed = 🕘 The target provinces are in different time zones ({ $zones }). The rule: times are read in the westernmost zone, <b>{ $zone }</b>, unless you write WIB/WITA/WIT after the time. The preview then shows the time in each zone.
ev-date-empty = Type the date and time, e.g. <i>tomorrow 09:00</i>.
ev-date-unrecognized = I did not understand that date. Examples: <i>tomorrow 09:00</i>, <i>besok jam 9</i>, <i>Selasa 14:00</i>, <i>{ $example }</i> ({ $zone }).
ev-date-no_time = The time is missing. Add it, e.g. <i>{ $day } { $clock }</i>.
ev-date-invalid_date = That date does not exist. Check the day and month.
ev-date-invalid_time = That time is not valid. Use 00.00 to 23.59, e.g. <i>14.30</i>.
ev-date-past = That time has passed. Type a time in the future.
ev-date-too_far = That reads as <b>{ $when }</b>, more than a year ahead. Check the year; events can be announced at most a year in advance.
ev-date-no_day = "Minggu depan" means next week; the day is missing. Type the day, e.g. <i>Senin depan 09.00</i> or <i>hari Minggu depan 09.00</i>, or the date, e.g. <i>1/12 09.00</i>.
ev-date-midnight = "Jam 12 malam" could be <b>{ $before }</b> or <b>{ $after }</b>. To be sure, type <b>{ $clock }</b> with the date of the day that starts at that midnight, e.g. <i>{ $example }</i> for the midnight after { $day }.
ev-date-weekday_mismatch = That date is a <b>{ $actual }</b>, not a { $typed }. Check the day and the date.
ev-date-end-ignored = ℹ️ Only the start time is stored; the end time ({ $end }) is not shown. Add it to the description if needed.
ev-zone-differs = { $provinces } uses <b>{ $zone }</b>. { $typed } is <b>{ $local }</b>, and subscribers will see <b>{ $local }</b>. Is that right?
ev-zone-differs-yes = ✅ Yes, { $local }
ev-zone-differs-retype = ✏️ Retype
ev-zone-differs-hint = Choose <b>Yes</b> if the time is right, or <b>Retype</b>; you may also type the right date and time straight away.
ev-send-after-start = The send time must be before the event starts.
ev-ask-place = Where is it? (e.g. <i>Village hall, Maritengngae</i>)
ev-text-short = Too short, at least { $min } characters.
ev-text-letters = Please write it in letters: at least { $min } letters or digits. Emoji or punctuation alone are not enough for an announcement.
ev-text-long = Too long ({ $length } characters). At most { $max }.
ev-ask-description = Type a short description (at most { $max } characters): what it is about, what to bring. Type <i>-</i> for none.
ev-ask-photo = Send a photo/poster of the event, or choose <b>No photo</b>.
ev-photo-skip = No photo
ev-photo-hint = Send a photo, or choose <b>No photo</b>.
ev-photo-later = { $what ->
    [place] Type the place as text; the photo/poster is asked for at a later step.
    [description] Type the description as text (or <i>-</i> for none); the photo/poster is asked for at the next step.
   *[other] Type the title as text; the photo/poster is asked for later.
}
ev-preview-note = { $n ->
    [0] ☝️ Preview. <b>Nobody subscribes</b> in this region yet, so this message reaches no one for now; the event still shows in /acara. Send, schedule, or discard?
   [one] ☝️ Preview: this is the message <b>{ $n }</b> subscriber will receive. Send now, schedule, or discard?
   *[other] ☝️ Preview: this is the message <b>{ $n }</b> subscribers will receive. Send now, schedule, or discard?
}
ev-preview-languages = 🌐 { $split ->
    [same] All of them get it in English, as shown above.
    [other] Shown above in your language, English; they all get it in Indonesian, with the date, area and button in Indonesian. Your title, place and description go as you wrote them.
   *[mixed] Shown above in your language, English. { $other ->
        [one] { $other } of them gets
       *[other] { $other } of them get
    } it in Indonesian, with the date, area and button in Indonesian. Your title, place and description go as you wrote them.
}
ev-preview-attend = This is a preview; the button works once the event is sent.
ev-preview-stale = This preview is no longer current (a newer event form replaced it, or its form has ended). Nothing was sent.
# /new_event typed while a finished preview waits: asked first
ev-restart-confirm = The preview «{ $title }» has not been sent. Discard it and start a new one?
ev-restart-yes = 🗑 Discard, start new
ev-restart-no = ↩️ Back to the preview
ev-restart-kept = The preview «{ $title }» is still waiting: send it now, schedule it, or discard it?
ev-restart-discarded = The preview «{ $title }» was discarded; nothing was sent.
ev-restart-stale = This question is no longer current (its event form has ended or was replaced). Nothing was discarded. Type /acara_baru for a new event.
ev-send = 📤 Send
ev-schedule = 🕒 Schedule
ev-discard = ❌ Discard
ev-discarded = The event was discarded and not stored.
ev-scope-changed = Your province changed while this form was open, so the event for { $provinces } was neither sent nor stored. Create it again with /acara_baru for your current province.
ev-sending = ⏳ Preparing to send…
ev-sent = { $n ->
    [0] ✅ The event is saved and shows in /acara. Nobody subscribes in its region yet, so no message was sent.
   [one] ✅ The event is queued as broadcast #{ $id } for <b>{ $n }</b> subscriber. Follow it in /siaran.
   *[other] ✅ The event is queued as broadcast #{ $id } for <b>{ $n }</b> subscribers. Follow it in /siaran.
}
    { ev-fix-hint }
ev-ask-send-at = When should the announcement go out? Type date and time ({ $zone }), before the event starts. E.g. <i>tomorrow 08:00</i>.
ev-scheduled =
    🕒 Scheduled: the announcement goes out <b>{ $when }</b>.{ $typed }
    { ev-fix-hint }

## Cancelling events (officers, in /acara)
ev-scheduled-badge = 🕒 <b>Scheduled</b>: the announcement goes out { $when }. Nobody has received it yet.
ev-cancel-button = 🗑 Cancel event
ev-cancel-confirm-scheduled = Cancel the event <b>{ $title }</b> ({ $when })? The scheduled announcement will not be sent.
ev-cancel-confirm-sent = Cancel the event <b>{ $title }</b> ({ $when })? It leaves /acara; copies not yet delivered are stopped, and everyone who received the announcement or pressed "I'll attend" is told it is cancelled.
ev-cancel-yes = Yes, cancel the event
ev-cancel-no = No
ev-cancel-kept = The event was not cancelled.
ev-cancel-gone = This event is over, already cancelled, or no longer exists.
ev-cancel-not-yours = This event is (also) for a province outside your area. Only an all-province officer can cancel it.
ev-cancel-out-of-scope = This event is outside your area, so you cannot cancel it. Officers of the event's province or all-province officers can.
ev-cancelled-scheduled = ✅ The event <b>{ $title }</b> is cancelled. Its announcement will not be sent.
ev-cancelled-sent = { $n ->
    [0] ✅ The event <b>{ $title }</b> is cancelled. Nobody had received the announcement, so no notice was sent.
   [one] ✅ The event <b>{ $title }</b> is cancelled. A cancellation notice is queued as broadcast #{ $id } for <b>{ $n }</b> person.
   *[other] ✅ The event <b>{ $title }</b> is cancelled. A cancellation notice is queued as broadcast #{ $id } for <b>{ $n }</b> people.
}
ev-cancel-stopped = Copies of the announcement not yet delivered were stopped.
ev-cancelled-notice =
    ❌ <b>Event cancelled</b>

    <b>{ $title }</b>
    🗓 { $when }
    📍 { $place }

    We apologise for the change. Other events are in /acara.

## Event targets: short names, exclusions, a province at the regency step
ev-fix-hint = Wrong title, time, place or description? Change it in /acara (✏️ Change). Wrong area? Cancel it in /acara (🗑 Cancel event), then create it again with /acara_baru.
ev-province-except-unknown = I don't know the province "{ $text }" (to leave out). Write its name or short name, e.g. <i>all except Papua</i>.
ev-except-nothing-left = Nothing is left after that exclusion. Type the areas you mean, or choose all.
ev-except-unclear = An exclusion can only be written like this: <i>all except Makassar, Gowa</i>. Or type the areas you mean, separated by commas.
ev-province-all-and-more = "All" means all { $n } provinces, so { $others } cannot be added. Type <i>all</i> alone for the whole country, or only the areas (e.g. <i>Makassar</i>, or <i>Sulsel, Jabar</i>). For all provinces but a few: <i>all except Papua</i>.
ev-province-and-city = You wrote <b>{ $province }</b> and also a regency/city in it. Do you mean the whole province, or only that regency/city? Type just one of them.
ev-regency-is-target-province = "{ $text }" is the province { $province }, not a regency/city. For all of { $province }, choose <b>All regencies/cities</b>; or type the regency/city names.
ev-regency-is-other-province = "{ $text }" is the province { $province }, outside this event's target ({ $targets }). Type a regency/city in { $targets }, or choose <b>All regencies/cities</b>. An event for { $province } is created separately (by that province's officers or an all-province officer).
ev-except-guess = "{ $text }" does not exactly match any regency/city (similar: { $options }). Write its full name, e.g. <i>all except Kota Makassar</i>.
ev-regency-all-and-more = "All" means every regency/city, so { $others } cannot be added. Choose <b>All regencies/cities</b>, type only the regencies/cities, or write <i>all except …</i>.
ev-regency-all-of = All that match ({ $n })
ev-regency-guess = "{ $text }" does not exactly match a regency/city name in { $provinces }. Similar ones are on the buttons: press one if that is what you mean, or type the name correctly.
ev-n-regencies = { $n ->
    [one] { $n } regency/city
   *[other] { $n } regencies/cities
}
ev-scope-which = Is the announcement for <b>{ $chosen }</b> only, or also for all { $n } other provinces{ $rest }?
ev-scope-only = Only { $chosen }
ev-scope-plus = { $chosen } + { $n } other provinces
ev-regency-read-as = ℹ️ I read "{ $typed }" as <b>{ $name }</b>.
ev-except-said = 🗺 Target: { $provinces } except <b>{ $excluded }</b> ({ $n } regencies/cities). Subscribers who chose only the province (no regency/city) still receive it.
ev-target-said = 🗺 Target: { $area }
ev-preview-zones = 🕘 Subscribers read the time in their own zone:
    { $list }
ev-scheduled-typed = (You wrote { $typed }.)

## Changing an event (officers, in /acara)
ev-edit-button = ✏️ Change
ev-edit-gone = This button is no longer valid: the event is over, cancelled, or no longer exists.
ev-edit-not-yours = This event is (also) for a province outside your area. Only an all-province officer can change it.
ev-edit-out-of-scope = This event is outside your area, so you cannot change it. Officers of the event's province or all-province officers can.
ev-edit-which = ✏️ <b>Change event</b> «{ $title }». Which part do you want to change? One part at a time.
ev-edit-field-title = Title
ev-edit-field-when = 🗓 Date & time
ev-edit-field-place = 📍 Place
ev-edit-field-description = 📝 Description
ev-edit-field-area = 🗺 Area
ev-edit-area-refused = { $status ->
    [sent] The area cannot be changed: the announcement has gone to this area's subscribers. For another area, cancel this event in /acara (🗑 Cancel event), then create a new one with /acara_baru.
   *[other] The area cannot be changed, as the announcement's recipients are chosen by it. Cancel this event in /acara (🗑 Cancel event), then create a new one with /acara_baru.
}
ev-edit-ask-title = Current title: <b>{ $current }</b>. Write the new title.
ev-edit-ask-place = Current place: <b>{ $current }</b>. Write the new place.
ev-edit-ask-description = Write the new description (at most { $max } characters), or <i>-</i> to remove it.
ev-edit-ask-when = Current time: <b>{ $current }</b>.
ev-edit-same = That is the same as now. Write the new one, or press Cancel.
ev-edit-before-send = The announcement is scheduled for <b>{ $send }</b>; the event must be after that. Write a later time, or cancel the event and create it again.
ev-edit-caption-long = Too long for the caption under the poster: the announcement would be { $length } characters, Telegram holds { $max }. Write it shorter.
ev-edit-confirm = ☝️ This is the event after the change.
    { $change }

    { $effect }
ev-edit-effect-scheduled = The announcement has not been sent; at its scheduled time ({ $send }) this new version goes out.
ev-edit-effect-sent = { $n ->
    [0] The announcement was sent, but nobody has received it yet; copies not yet delivered go out in the new version.
    [one] The announcement was sent: the <b>{ $n }</b> person who received it or will attend gets a short notice of this change.
   *[other] The announcement was sent: the <b>{ $n }</b> people who received it or will attend get a short notice of this change.
}
ev-edit-save = ✅ Save the change
ev-edit-saved-scheduled = ✅ Change saved. The scheduled announcement ({ $send }) uses the new version.
ev-edit-saved-sent = { $n ->
    [0] ✅ Change saved and shown in /acara. Nobody had received the announcement, so no notice is sent.
    [one] ✅ Change saved. A change notice is queued as broadcast #{ $id } for <b>{ $n }</b> person.
   *[other] ✅ Change saved. A change notice is queued as broadcast #{ $id } for <b>{ $n }</b> people.
}
ev-edit-reannounced = The announcement not yet delivered to { $n } subscribers now goes out in the new version (broadcast #{ $id }).
ev-edit-reminder = ⏰ Those attending are reminded again the day before the new time.
ev-edit-reminder-notice = ⏰ The new time is less than a day away: this change notice is also the reminder for those attending, so no other reminder follows.
ev-edit-reminder-already = ⏰ Those attending were already reminded of that day, so they are not reminded again; the change notice tells them the new time.
ev-edit-rereminded = { $n ->
    [one] ⏰ The reminder not yet delivered to { $n } person now goes out in the new version.
   *[other] ⏰ The reminder not yet delivered to { $n } people now goes out in the new version.
}
ev-edit-cancelled = Cancelled: the change was not saved, the event stays as it was.
ev-edit-changed = This event changed while you were filling this in (another officer changed it, or its announcement just went out). Nothing was saved. Open /acara and press ✏️ Change again.
ev-edit-past = That new time has passed, so nothing was saved. Open /acara and press ✏️ Change again.
ev-changed-notice =
    ✏️ <b>Event changed</b>: <b>{ $title }</b>

    { $change }

    Other events are in /acara.
ev-changed-title = Title: { $old } → <b>{ $new }</b>
ev-changed-when = 🗓 Time: { $old } → <b>{ $new }</b>
ev-changed-place = 📍 Place: { $old } → <b>{ $new }</b>
ev-changed-description = 📝 New description: { $new }
ev-changed-description-removed = 📝 The event's description was removed.

## officers (explore13): areas with exclusions, attending from outside the area, /acara pages
ev-area-except = { $province } except { $excluded }
ev-attend-not_here = This event is not for your subscription's area ({ $place }), so you were not added. Events for your area are in /acara.
ev-page-note = 📋 Events { $from }–{ $to } of { $total }.{ $after ->
    [0] {""}
    [one] { " " }1 more event: press <b>Next ▶</b>.
   *[other] { " " }{ $after } more events: press <b>Next ▶</b>.
}
ev-page-next = Next ▶
ev-page-previous = ◀ Previous
ev-withheld-owner-notice =
    ⏸ <b>Scheduled announcement withheld</b>: «{ $title }» ({ $when }, { $area }) was not sent at { $send }, because { $reason ->
        [creator_deleted] the officer who created it deleted their data in this bot, which also ended their officer rights
        [creator_moved] its creator's area no longer covers this event
       *[other] its creator's officer rights were revoked
    }. No subscriber has received it. If the event still takes place, announce it again with /acara_baru.
ev-withheld-badge = ⏸ <b>Withheld</b>: the creator of this announcement deleted their data in the bot, so it will not be sent. The bot owner is told; announce it again with /acara_baru if the event still takes place.
ev-edit-effect-sent-stopped = Nobody has received the announcement and nothing is waiting to be sent (its broadcast was stopped), so this change only shows in /acara. To announce it again, cancel this event and create a new one with /acara_baru.
ev-send-at-now = To send it now, press <b>📤 Send</b> below. To schedule it, type the date and time to send it (e.g. <i>tomorrow 08:00</i>).

# officers (audit18)
ev-attend-not_reached = Attendance is only recorded for those the announcement was meant for (subscribers in its area). You are not subscribed in this event's area. Type /langganan to choose your area.
ev-withheld-owner-many = ⏸ <b>{ $n } scheduled announcements withheld</b>{ $parts ->
    [1] {""}
   *[other] { " " }(part { $part }/{ $parts })
}: they will not be sent, and no subscriber has received them.
ev-withheld-owner-reason = { $reason ->
    [creator_deleted] The officer who created them deleted their data in this bot, which also ended their officer rights:
    [creator_moved] Their creator's area no longer covers these events:
   *[other] Their creator's officer rights were revoked:
}
ev-withheld-owner-item = • «{ $title }» ({ $when }, { $area }), to be sent { $send }
ev-withheld-owner-many-end = If the events still take place, announce them again with /acara_baru.
ev-text-long-units = Too long to send through Telegram: combined emoji or marks above/below letters take a lot of room. Write it shorter or with fewer emoji.
