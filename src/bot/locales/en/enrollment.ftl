## I want to join
consent-text =
    <b>Register your interest in BPJS Ketenagakerjaan</b>

    So that an officer can contact you, I will ask: kind of worker, occupation, region (province, regency/city, district), programs of interest, and a phone number. The phone number is optional: officers then contact you through this Telegram chat, so they see your name and Telegram account.

    • Purpose: only the follow-up of your registration.
    • Who reads it: the officers registered in this bot for your province and the officers registered for all provinces (BPJS Ketenagakerjaan or local government staff). While no officer is registered for your province, the administrators of this bot receive it instead. It is not given to anyone else.
    • Kept for at most { $months } months, then deleted.
    • See your data with /dataku, withdraw consent with /tarikpersetujuan, delete it any time with /hapusdata.
    • Basis: Law 27/2022 on Personal Data Protection.

    Do you agree?
consent-agree = ✅ I agree
consent-decline = No
consent-hint = Choose <b>I agree</b> or <b>No</b> on the buttons above.
consent-declined = All right, nothing from this form was stored. You can still ask me anything. 🙏
ask-kind = What kind of worker are you?
kind-wage = Employee (wage earner)
kind-bpu_ojol = Ojol / motorbike taxi
kind-bpu_trader = Trader
kind-bpu_farmer = Farmer
kind-bpu_fisher = Fisher
kind-bpu_other = Other self-employed
kind-construction = Construction worker
kind-migrant = Migrant worker (PMI)
kind-village_apparatus = Village official
ask-occupation = What is your occupation? (e.g. <i>tailor</i>, <i>factory worker</i>)
occupation-hint = Write your occupation in 2–60 letters, without links.
occupation-too_short = Too short. Write your occupation, at least 2 letters.
occupation-too_long = Too long. 60 letters are enough, e.g. <i>construction labourer</i>.
occupation-link = Please write the occupation only, without links.
occupation-no_letters = Please write the occupation in letters, e.g. <i>vegetable trader</i>.
occupation-identity_number = Please write the occupation only, without numbers. An ID, KPJ or phone number is not needed here and I do not keep it.
occupation-abroad = "{ $text }" looks like the place where you work. Here I need your job, e.g. <i>domestic worker</i>, <i>caregiver</i> or <i>factory worker</i>.
occupation-of-bpu_ojol = Online motorbike-taxi driver
occupation-of-bpu_trader = Trader
occupation-of-bpu_farmer = Farmer
occupation-of-bpu_fisher = Fisher
occupation-of-village_apparatus = Village official
kind-from-occupation = All right, I have noted you as <b>{ $kind }</b>, occupation <i>{ $occupation }</i>. You can change it before sending.
ask-village-details = For the officers: the village's name, your title, and how many officials you want to register (e.g. <i>Sukamaju village, village head, 12 people</i>). You may skip this.
village-details-hint = Write the village's name, your title and the number of officials in 2–80 letters, or choose Skip.
village-details-too_short = Too short. Write the village's name and your title, or choose Skip.
village-details-too_long = Too long. 80 letters are enough, e.g. <i>Sukamaju village, village head, 12 people</i>.
village-details-link = Please write it without links.
village-details-no_letters = Please write the village's name in letters, e.g. <i>Sukamaju village, 12 people</i>.
village-details-identity_number = Please write only the village, title and number of officials, without an ID or phone number. Those are not needed here and I do not keep them.
ask-province = Which province do you live or work in? Type its name, or your regency or city (e.g. <i>South Sulawesi</i>, <i>Sulsel</i> or <i>Makassar</i>).
ask-regency = Which regency/city? Pick a button or type its name (e.g. <i>Sidrap</i>, <i>Kota Makassar</i>).
ask-district = Which district (kecamatan)? Pick a button, type its name, or skip.
ask-regency-typed = Which regency/city? Type its name (e.g. <i>Sidrap</i>, <i>Kota Makassar</i>), or choose Skip.
ask-district-typed = Which district (kecamatan)? Type its name, or choose Skip.
area-other = Other (type it)
area-skip = Skip
area-choose = Which one do you mean?
area-type-name = Type the name of the area and I will look it up.
area-not-found = I could not find "{ $text }". Try another spelling.
area-not-found-skip = I could not find "{ $text }". Try another spelling, or choose Skip.
area-abroad = "{ $text }" looks like a place abroad. I need your home area in Indonesia (the province or regency/city on your ID card, e.g. <i>Jawa Timur</i> or <i>Kab. Malang</i>), so that officers there can follow up.
ask-programs = Which programs interest you? Employers register their employees in at least JKK, JKM and JHT (medium and large firms in JP too); JKP comes with those programs. JP and JKP cannot be taken alone. Choose one or more, then press <b>Done</b>.
ask-programs-bpu = Which programs interest you? Self-employed workers (BPU) can join JKK and JKM, and JHT if they wish; JP and JKP are for wage earners only. JKK and JKM come together as the base package. Choose, then press <b>Done</b>.
ask-programs-migrant = Which programs interest you? Migrant workers join JKK and JKM, and JHT if they wish. JKK and JKM come together as the base package. Choose, then press <b>Done</b>.
ask-programs-construction = Which programs interest you? Construction project workers are enrolled in JKK and JKM by the contractor. JKK and JKM come together as the base package. Choose, then press <b>Done</b>.
ask-programs-village = Which programs interest you? Village officials join JKK and JKM, and JHT and JP where the regency adds them. JKK and JKM come together as the base package. Choose, then press <b>Done</b>.
program-jkk = JKK (work accident)
program-jkm = JKM (death)
program-jht = JHT (old-age savings)
program-jp = JP (pension)
program-jkp = JKP (job loss)
program-unsure = Not sure yet
programs-done = Done ➡️
programs-empty = Choose at least one program, or "Not sure yet".
programs-hint = Press the program buttons to choose, then Done.
# a phone number typed before the contact step: it is asked later, the step stays open (nothing stored)
phone-asked-later = 📞 { $step ->
    [programs] The programs come first; your phone number is asked after that.
    [next] Your phone number is asked after this step; please answer the question above first.
   *[later] Your phone number is asked later, after the programs; please answer the question above first.
}
ask-contact = How can an officer reach you? Press <b>Share my number</b>, type a mobile number (e.g. 0812 3456 7890), or choose Telegram only.
contact-share = 📱 Share my number
contact-telegram-only = Contact me on Telegram only
contact-not-yours = That is someone else's number. Please share your own, or type your number.
phone-invalid = That mobile number is not valid. Write an Indonesian number starting with 08 or +62, e.g. <b>0812 3456 7890</b>.
phone-foreign = That is a foreign number. I can only record Indonesian mobile numbers (starting with 08 or +62). If you use a foreign number, choose <b>{ contact-telegram-only }</b>: an officer will contact you by Telegram chat.
summary-title = <b>Please check your details:</b>
summary-stale = This summary is out of date. Use the buttons of the latest summary below.
field-kind = Kind of worker
field-occupation = Occupation
field-region = Region
field-programs = Programs
field-contact = Contact
edit-kind = ✏️ Kind
edit-occupation = ✏️ Occupation
edit-region = ✏️ Region
edit-programs = ✏️ Programs
edit-contact = ✏️ Contact
submit = ✅ Submit
lead-submitted =
    ✅ Thank you! Your interest is recorded as <b>{ $reference }</b>.
    An officer will contact you within <b>3 working days</b>.

    { lead-scam-warning }
lead-submitted-no-officer =
    ✅ Thank you! Your interest is recorded as <b>{ $reference }</b>.
    No officer for your province is registered on TanyaJamsos yet. Your details are kept for the administrators of this bot, so when you will be contacted is not certain. The faster route: call the BPJS Ketenagakerjaan contact centre <b>175</b>.

    { lead-scam-warning }
lead-scam-warning = ⚠️ Official officers <b>never</b> ask for a registration fee, a money transfer or an OTP code. If someone does, refuse and report it to the contact centre 175.
lead-existing = You already have an open registration of interest: <b>{ $reference }</b>.
lead-update = ✏️ Update my details
lead-keep = Keep it
lead-kept = All right, registration { $reference } stays as it was.

# the kind of worker (and place) the message that opened the form named, said back after consent
said-before = From your message I have noted: { $said }. You can change it before sending.
said-before-kind = <b>{ $kind }</b>
said-before-occupation = <b>{ $kind }</b>, occupation <i>{ $occupation }</i>
said-before-region = area <b>{ $region }</b>
wage-employer-note = ℹ️ Employees are registered by their employer (it is mandatory). If your employer has not registered you, go on with this form: an officer can help, or report it to the call centre <b>175</b>.
programs-ticked = Ticked. Add others, or press <b>Done</b> (or type <i>done</i>).
summary-choose-hint = Press <b>✅ Submit</b> if the details are right (or type <i>submit</i>), or a ✏️ button to change one.

# flows (explore14)
area-within = 📍 <b>{ $area }</b>
area-confirm = Did you mean <b>{ $area }</b>?
area-confirm-yes = ✅ Yes, { $area }
area-confirm-no = ✏️ No, type it again
form-going-back = ↩️ Back to the previous step.
form-correct-later = ✏️ Earlier answers (kind of work, occupation) can be changed in the summary before it is sent: carry on, then press the matching ✏️ button.
consent-details-first = I have not stored your details. Choose <b>I agree</b> or <b>No</b> on the buttons above first; then I will ask for the details one by one.
