# Ask an officer (/tanyapetugas): what is checked in the question step
tk-question-words = Please write your question in words (emoji alone cannot be passed on to an officer), or type /batal.
tk-question-too-short = Please write the question a little more fully (one sentence), so the officer can answer it straight away. For example: <i>my JHT balance has not arrived after my claim</i>.
tk-province-noted = Province noted: <b>{ $province }</b>. Now write your question for the officers.
tk-offer-stale = That button belongs to an earlier offer and is no longer current. Please use the buttons of the latest message above.
tk-province-from-question = Your question names <b>{ $province }</b>. Send it to that province's officers?
tk-province-from-question-yes = ✅ Yes, send
tk-province-from-question-other = Another province
tk-province-known = Send this question to the officers of <b>{ $province }</b>? (You gave this province for the event news or your enrollment; it is not used for questions unless you agree.)
tk-province-thanks = You're welcome! Your question is not sent yet: type your province or regency/city to send it, or press ❌ Cancel.
