calc-again = 🔁 Calculate again
calc-ask-kind = Whose contribution do you want to calculate?
calc-kind-bpu = Informal / self-employed worker (BPU)
calc-kind-wage = Employee (wage earner)
calc-kind-village = Village budget (APBDes)
calc-ask-income = What is your monthly income? (e.g. <i>2.5 jt</i>, <i>Rp 2,500,000</i>)
calc-ask-wage = What is the monthly wage (base pay + fixed allowances)? (e.g. <i>5 jt</i>)
calc-ask-risk = Workplace risk level (sets the JKK rate)? If unsure choose "Don't know" — I use the lowest.
risk-very_low = Very low
risk-low = Low
risk-medium = Medium
risk-high = High
risk-very_high = Very high
risk-unknown = Don't know
amount-empty = Type the amount, e.g. <b>2.5 jt</b> or <b>2500000</b>.
amount-not_a_number = I could not read the amount. Type e.g. <b>2.5 jt</b>, <b>2500000</b> or <b>Rp 2,500,000</b>.
amount-zero = The amount cannot be zero. Type the monthly income, e.g. <b>2 jt</b>.
amount-negative = The amount cannot be negative. Type e.g. <b>2 jt</b>.
amount-too_large = That is too large for a monthly income. Please check, e.g. <b>8 jt</b>.
count-hint = Type the number in digits, from { $min } to { $max }.
calc-per-month = Total / month
calc-months = { $n ->
    [1] 1 month
   *[other] { $n } months
}
calc-per-person = Per person / month
calc-people = { $n ->
    [1] 1 person
   *[other] { $n } people
} / month
calc-total = Total
calc-total-employer = Employer
calc-total-worker = Deducted from wage
calc-payer-employer = (E)
calc-payer-worker = (W)
calc-payer-government = (G)
calc-wage = wage
calc-jkp-wage = Wage
calc-jkp-monthly = { $percent }% per month
calc-daily-note = ℹ️ { $daily } a day × { $days } days = { $monthly } a month, as daily workers' wages are counted ({ $regulation }). If your monthly income differs, type the monthly amount.
calc-base = Wage counted
calc-funeral = Funeral costs
calc-periodic = Periodic allowance
calc-bpu-title = <b>🧮 Informal worker (BPU) contributions</b>
calc-declared-income = Declared income: { $amount }
calc-bpu-with-jht = With the optional JHT too: <b>{ $amount }</b> a month.
calc-clamped-min = Income below the table counts as { $amount } (lowest tier).
calc-clamped-max = Income above the table counts as { $amount } (highest tier).
calc-bpu-brackets = ⚠️ Only the lowest and highest BPU income tiers are confirmed; amounts in between are estimates (1% for JKK). Check with the contact centre 175 or the JMO app.
calc-wage-title = <b>🧮 Monthly contributions for an employee</b>
calc-wage-line = Wage { $amount }, risk { $risk }. (E) = employer, (W) = worker.
calc-wage-employer-pays = 🏢 The company pays the <b>Employer</b> line: <b>{ $employer }</b> per employee a month; <b>{ $worker }</b> is deducted from the wage.
calc-wage-scaled = <b>{ $people ->
    [1] One employee
   *[other] { $people } employees
}, { $months ->
    [1] one month
   *[other] { $months } months
}</b> (the table above is for one employee, one month):
calc-jp-cap = JP is on the full wage, which is below the { $year } JP wage cap ({ $cap }).
calc-jp-cap-applied = JP is on the { $year } JP wage cap of { $cap }, not on the whole wage.
calc-jp-cap-unconfirmed = ⚠️ The { $year } JP wage cap is not confirmed by an official announcement, so JP above is an estimate; check with the contact centre 175.
calc-jp-cap-confirmed = ℹ️ On the confirmed JP wage cap ({ $year }: { $cap }), JP is { $employer } (E) + { $worker } (W) = { $total } a month.
calc-village-jp-cap-applied = JP is on the { $year } JP wage cap of { $cap }, not on the whole siltap.
calc-jkp-info = JKP adds no cost: it is funded by the government and part of the JKK contribution.
calc-jkp-info-before = JKP adds no cost. How it was funded before { $date } follows an earlier rule that is not in our data, so it is not broken down here.
calc-assumed-risk = Assumed: lowest work risk. Other risk levels: choose below.
calc-village-title = <b>🏡 Village budget for BPJS Ketenagakerjaan contributions</b>
calc-village-officials = Village officials: { $n } ({ $programs })
calc-village-vulnerable = Vulnerable workers: { $n } (BPU { $programs })
calc-village-apbdes = Put this total in the APBDes as social-security contribution spending (budget codes per the Home Ministry's technical guide).
calc-group-title = <b>🧮 Cheapest package (JKK + JKM) for a group</b>
calc-one-package-title = <b>🧮 BPU cheapest package (JKK + JKM)</b>
calc-one-package-title-jht = <b>🧮 BPU cheapest package with JHT (JKK + JKM + JHT)</b>
calc-one-package-month = Per month
calc-one-package-assumption = Assumed: the cheapest package. If the income you report is higher, the contribution is higher; type e.g. <i>income 3 million a month bpu contribution</i>.
calc-group-assumption = Assumed: everyone on the cheapest BPU package. Higher incomes pay more.
calc-jkp-title = <b>🧮 Estimated JKP cash benefit</b>
calc-jkp-cap = The wage is above the cap, so it is counted as { $cap }.
calc-jkp-conditions-unconfirmed = ⚠️ The test of { $min } months of contributions in { $window } months is quoted from PP 37/2021; whether PP 6/2025 changed it is not confirmed. Please check with call center 175.
calc-jkp-conditions = Only if the conditions are met: laid off (not resigned), at least { $min ->
    [1] 1 month
   *[other] { $min } months
} of JKP contributions in the last { $window }{ $consecutive ->
    [0] {""}
   *[other] , including { $consecutive } months in a row before the layoff
}, and a claim within { $claim ->
    [1] 1 month
   *[other] { $claim } months
} of the layoff.
calc-jkk-death-title = <b>🧮 Benefit for death from a work accident</b>
calc-jkk-death-note = Plus scholarships for at most 2 children. This is for death from a work accident; other deaths are paid by JKM.
calc-jkk-death-floor-row = Min. JKM payment
calc-jkk-death-floor = ⚖️ { $multiple } × wage ({ $computed }) is less than the JKM death payment ({ $floor }). The work-accident death payment is never less than the JKM payment, so { $floor } is paid ({ $regulation }).
calc-stmb-title = <b>🧮 Estimated STMB (pay while unable to work after a work accident)</b>
calc-stmb-first-monthly = { $percent }% mo 1-{ $n }
calc-stmb-after-monthly = { $percent }% after
calc-stmb-part = { $n } mo × { $percent }%
calc-stmb-total = Total { $n } mo
calc-stmb-note = STMB pays { $first }% of the reported wage for the first { $n ->
    [1] 1 month
   *[other] { $n } months
}, then { $after }% until recovery. Medical care is covered separately.
calc-jp-lump-sum =
    <b>With { $years ->
    [1] 1 year
   *[other] { $years } years
} of contributions there is no monthly JP pension yet.</b> A monthly pension needs at least { $min ->
    [1] 1 year
   *[other] { $min } years
} of contributions. If pension age comes first, the accumulated JP contributions plus their returns are paid as a lump sum.
    The amount depends on the contributions actually recorded and their returns, so I do not compute it. Check your JP balance in the JMO app or at a BPJS Ketenagakerjaan branch.
calc-jp-benefit-title = <b>🧮 Estimated monthly JP pension</b>
calc-jp-average-wage = Average wage
calc-jp-factor = { $percent }% × { $years ->
    [1] 1 yr
   *[other] { $years } yrs
}
calc-jp-monthly = Pension / month
calc-jp-formula = Formula: { $percent }% × years of contributions × average yearly wage (inflation-adjusted) ÷ 12.
calc-jp-benefit-cap = Wage above the { $year } JP wage cap ({ $cap }): JP contributions and the formula use the cap.
calc-jp-benefit-below-min = The formula gives less than the minimum pension, so at least { $min } a month is paid ({ $year } figure).
calc-jp-benefit-caveat = ⚠️ A rough estimate before indexation: the formula uses the inflation-adjusted average wage over all contribution years, not the last wage, and from the second year the pension is raised (indexed). Benefits have a minimum and a maximum, also indexed yearly (minimum { $min } a month in { $year }; the latest maximum is not in our data). Paid from pension age ({ $age } from { $ageYear }).
calc-jht-tax-title = <b>🧮 Tax on a JHT balance paid at once</b>
calc-jht-tax-balance = JHT balance
calc-jht-tax-low = { $percent }% × { $threshold }
calc-jht-tax-high = { $percent }% × { $amount }
calc-jht-tax-total = Tax PPh 21
calc-jht-tax-net = Net received
calc-jht-tax-how = Only the part above { $threshold } is taxed at { $high }%; up to { $threshold } the rate is { $low }%. BPJS Ketenagakerjaan deducts the { $tax } tax when paying.
calc-jht-tax-none = A balance up to { $threshold } is not taxed ({ $low }% rate) when paid at once.
calc-jht-tax-partial = This rate is for a lump-sum payout. Partial payouts ({ $percents }) and amounts paid in the third calendar year or later are taxed at the general progressive rates instead, so I do not compute them here.
calc-jht-tax-npwp = For a balance above { $npwp } an NPWP is usually asked for when claiming.
calc-jht-partial-title = <b>🧮 Partial JHT withdrawal (still employed)</b>
calc-jht-partial-retirement = { $percent }% (retirement)
calc-jht-partial-housing = { $percent }% (housing)
calc-jht-partial-conditions = Allowed after at least { $years ->
    [1] 1 year
   *[other] { $years } years
} of membership while still employed; a partial withdrawal can be made only once. This is the maximum.
calc-jht-partial-other-housing = The other option: { $percent }% for housing, which is { $amount }.
calc-jht-partial-other-retirement = The other option: { $percent }% for retirement preparation, which is { $amount }.
calc-jht-partial-tax = A partial payout is taxed at progressive PPh 21 rates (not the final lump-sum rate), so the net amount is lower.
calc-jht-partial-tax-estimate = ⚠️ An estimate only: if the progressive rates are applied to this payout alone, the tax is { $layers } = <b>{ $tax }</b> (about { $net } received); without an NPWP the rate is { $surcharge }% higher, i.e. { $withoutNpwp }. The actual deduction is computed by BPJS Ketenagakerjaan at payout and may differ (for example with other payouts); please check with call center 175.
village-corner =
    <b>🏡 Village heads' corner</b>
    Village officials' contributions are paid from the APBDes (ADD/siltap); whether Dana Desa may be used, for example for vulnerable workers, depends on each year's priority rules. What would you like to know?
village-btn-rules = May village funds pay contributions?
village-btn-who = Who can be covered?
village-btn-budget = 🧮 Calculate a village budget
village-btn-apbdes = How to put it in the APBDes
village-btn-example = Villages already paying
village-ask-officials = How many village officials will be registered (head, staff, BPD…)? Type 0 for none.
village-ask-siltap = What is their average fixed monthly income (siltap)? (e.g. <i>2 jt</i>)
village-ask-vulnerable = How many vulnerable workers (farmers, fishers, day labourers…) will the village pay for? Type 0 for none.
village-ask-months = For how many months? Type a number or e.g. <b>a year</b>, <b>6 months</b>.
village-nobody = Nothing to calculate. Type /hitung to start again.
calc-kind-jht = JHT balance estimate
calc-ask-years = For how many more years will you save in JHT? (e.g. <b>10</b>)
calc-ask-return = Assumed yearly return? Pick one or type a percentage (0–15). Real returns change every year.
calc-return-hint = Type a yearly return between 0 and 15 percent, e.g. <b>5</b>.
calc-jht-title = <b>🧮 JHT balance illustration</b>
calc-jht-monthly = JHT contribution / month
calc-jht-contributions = { $years ->
    [1] 1 year
   *[other] { $years } years
} of contributions
calc-jht-returns = Returns { $rate }%/yr
calc-jht-balance = Estimated balance
calc-jht-illustration = ⚠️ This is an <b>illustration</b>, not a promise: 5.7% of wage (3.7% employer + 2% worker), assuming a constant wage and the return you chose. Check your real balance in the JMO app.
calc-village-vulnerable-note = The vulnerable workers are chosen in the village meeting.
calc-village-extra-note = { $programs } at the full rate (employer + worker share) of the siltap. How the village and the officials split it (deducted from the siltap) follows the regency's rules.
calc-village-extra-note-bpd = { $programs } at the full rate (employer + worker share) of the BPD members' allowance (tunjangan). How the village and the members split it (deducted from the allowance) follows the regency's rules.
village-months-hint = Type the number of months, e.g. <b>12</b>, <b>6 months</b> or <b>a year</b> (1 to 120 months).
calc-coverage-title = <b>🧮 How many vulnerable workers does the budget cover?</b>
calc-coverage-budget = Budget
calc-coverage-per-person = Per person { $n ->
    [1] 1 month
   *[other] { $n } months
}
calc-coverage-people = People
calc-coverage-leftover = Left over
calc-coverage-verdict = This budget covers <b>{ $people ->
    [1] 1 vulnerable worker
   *[other] { $people } vulnerable workers
}</b> for { $months ->
    [1] 1 month
   *[other] { $months } months
} (rounded down).
calc-coverage-none = This budget does not cover 1 person for { $months ->
    [1] 1 month
   *[other] { $months } months
}: it takes { $needed } per person.
calc-jkp-resigned =
    <b>JKP does not apply if you resign.</b> The JKP cash benefit is only for workers who are laid off and have paid JKP contributions for at least { $min ->
    [1] 1 month
   *[other] { $min } months
} in the last { $window }.
    After resigning you can still claim your JHT balance after a waiting period of { $wait ->
    [1] 1 month
   *[other] { $wait } months
}.
calc-allowance-note = ℹ️ Wage counted { $total } = pay { $wage } + allowance { $allowance }: the base is basic pay + <b>fixed</b> allowances ({ $regulation }). If that allowance is not fixed, type the basic pay only.
calc-ask-months =
    For how many months? I could not read the period from your question, so I will not guess it.
    Ask again with the number of months, e.g. <i>50 vulnerable workers 6 months</i>, or press the button below.
calc-ask-monthly-income =
    Contributions are based on <b>monthly</b> income. There is no rule to turn a weekly, yearly or per-harvest income into a monthly one, so I will not guess it.
    What is your average monthly income? Type e.g. <i>my income is 3 million a month, how much is bpu</i>, or press the button below.
calc-ask-monthly-wage =
    Contributions are based on the <b>monthly</b> wage. I do not turn a weekly or yearly wage into a monthly one myself, so I will not guess it.
    What is the monthly wage? Type e.g. <i>salary 5 million a month contribution</i>, or press the button below.
calc-ask-income-range =
    You wrote a range, { $low } to { $high }. Contributions are computed on <b>one</b> monthly figure, so I will not pick either end for you.
    Choose the figure below, or reply with the exact monthly amount.
calc-ask-officials-count =
    How many village officials will be registered? I could not read the number from your question, so I will not compute it for 1 person.
    Ask again with the number and the office, e.g. <i>7 kadus siltap 1.5 jt a year</i>, or press the button below.
calc-ask-button = 🧮 Calculate step by step
calc-ask-people-count =
    How many people will be registered? I could not read the number from your question, so I will not compute it.
    Ask again with the number of people, e.g. <i>50 farmers 6 months</i>, or press the button below.
calc-amount-too-small = { $typed } is too small for a monthly income, so I did not compute it. Type the full amount, e.g. <b>1.5 jt</b> or <b>1,500,000</b>.
amount-too_small = That is too small for a monthly income. Type the full amount, e.g. <b>1.5 jt</b> or <b>1,500,000</b>.
amount-not_monthly = Type the <b>monthly</b> income: there is no rule to convert income per week, per year, per harvest or per fishing trip. E.g. <b>3 jt</b>.
calc-siltap-plain = Type only the monthly fixed income (siltap) per person, e.g. <b>2 jt</b>.
calc-ask-official-income =
    What is the officials' fixed monthly income (siltap) per person? Their contribution is computed from it, so I will not compute without it.
    Ask again with the siltap, e.g. <i>7 kadus siltap 1.5 jt a year</i>, or press the button below.
calc-ask-income-per-title =
    The siltap seems to differ per office, and I could not pair each office with its siltap. I will not charge one siltap for everyone.
    Write each office with its count and siltap, e.g. <i>kades siltap 4 jt, sekdes 3 jt, 5 kaur 2.5 jt a year</i>, or press the button below.
calc-ask-reply-months = Or reply with just the number of months, e.g. <b>6</b> or <b>a year</b>.
calc-ask-reply-count = Or reply with just the number of people, e.g. <b>11</b>.
calc-ask-reply-amount = Or reply with just the amount, e.g. <b>1.5 jt</b>.
calc-vulnerable-jht-note = ℹ️ The optional BPU JHT is taken at the lowest income tier: { $jht } per person a month, so the package is { $package } ({ $regulation }). The BPU JHT figure rests on a single source; please confirm with call centre 175.
calc-village-among = ℹ️ The { $title } is counted as one of the { $of } officials, at a siltap of { $siltap }; the others stay at { $others }. If the { $title } is in addition to the { $of }, write e.g. <b>1 { $title } siltap { $siltap } and { $of } perangkat siltap { $others }</b>.
calc-village-not-siltap = ⚠️ Kader, Linmas or people paid an honorarium: the 0.54% basis we have applies to village officials on a fixed income (siltap), not to an honorarium. Please confirm the contribution basis with a BPJS Ketenagakerjaan branch or call centre 175. If they are enrolled as vulnerable workers, the BPU package is { $package } per person a month.
calc-group-title-jht = <b>🧮 Cheapest package with JHT (JKK + JKM + JHT) for a group</b>
calc-coverage-title-officials = <b>🧮 How many village officials does the budget cover?</b>
calc-coverage-paid-first = Officials ({ $n })
calc-coverage-available = Left to share
calc-coverage-verdict-officials = This budget covers <b>{ $people ->
    [1] 1 village official
   *[other] { $people } village officials
}</b> on a siltap of { $siltap } for { $months ->
    [1] 1 month
   *[other] { $months } months
} (JKK + JKM 0.54% of the siltap, rounded down).
calc-coverage-verdict-officials-extra = This budget covers <b>{ $people ->
    [1] 1 village official
   *[other] { $people } village officials
}</b> on a siltap of { $siltap } for { $months ->
    [1] 1 month
   *[other] { $months } months
} (JKK + JKM 0.54% + { $extras } of the siltap, rounded down).
calc-jkp-too-short = <b>The JKP cash benefit condition is not met yet.</b> You mention only { $paid ->
    [1] 1 month
   *[other] { $paid } months
}, and JKP requires at least { $min ->
    [1] 1 month
   *[other] { $min } months
} of contributions in the last { $window } months (and being laid off, not resigning). So I did not compute a figure. If you have in fact paid longer, ask again with your wage or call 175.
calc-village-siltap = Siltap / person
calc-wage-plain = Type the monthly wage as one amount, e.g. <b>5 jt</b>.
calc-ask-risk-class =
    The JKK contribution follows the workplace's risk level, and I cannot tell that level from the name of a workplace. Ask HR or the branch office which risk level your company has, then choose it below (or type, for example, <i>high risk</i>).
calc-risk-expired = The previous calculation is no longer kept. Type /hitung to calculate again.
calc-jkp-informal =
    <b>JKP does not apply to informal workers (BPU)</b>, ride-hailing drivers and app partners included: JKP participants are wage earners only (Indonesians with an employment relationship). So I did not compute a JKP cash figure.
    As a BPU worker you can still be covered by JKK and JKM (JHT can be added). For the contribution, type for example <i>income 3 million bpu contribution how much</i>.
calc-jkp-contract-ended =
    <b>A fixed-term contract (PKWT) ending on schedule is not a layoff covered by JKP</b>, so I did not compute a JKP cash figure. If you were dismissed <b>before</b> the contract ended and have paid JKP contributions for at least { $min ->
    [1] 1 month
   *[other] { $min } months
} in the last { $window }, you can apply for JKP; confirm with call center 175.
    Your JHT balance can still be claimed because the contract ended, with just your membership card and KTP and no waiting period (see <i>JHT claim when a PKWT contract ends</i>).
calc-jkp-too-late =
    <b>The JKP claim deadline seems to have passed.</b> You mention a layoff { $since ->
    [1] 1 month
   *[other] { $since } months
} ago, and JKP must be claimed within { $claim ->
    [1] 1 month
   *[other] { $claim } months
} of the layoff. So I did not compute a figure. If your layoff date is different, call 175.
    Your JHT balance can still be claimed after a waiting period of { $wait ->
    [1] 1 month
   *[other] { $wait } months
}.
calc-jkp-too-late-dated =
    <b>The JKP claim deadline seems to have passed.</b> You mention a layoff (<i>{ $written }</i>), more than { $claim ->
    [1] 1 month
   *[other] { $claim } months
} ago, and JKP must be claimed within { $claim ->
    [1] 1 month
   *[other] { $claim } months
} of the layoff. So I did not compute a figure. If your layoff date is different, call 175.
    Your JHT balance can still be claimed after a waiting period of { $wait ->
    [1] 1 month
   *[other] { $wait } months
}.
calc-limit-months = 💰 A budget of { $budget } covers <b>{ $months ->
    [1] 1 month
   *[other] { $months } months
}</b> of contributions ({ $monthly } a month), with { $left } left over.
calc-limit-not-one-month = 💰 A budget of { $budget } <b>does not cover one month</b> of contributions ({ $monthly } a month); { $short } short.
calc-limit-enough = 💰 A budget of { $budget } <b>is enough</b> for { $months ->
    [1] 1 month
   *[other] { $months } months
} of contributions ({ $needed }), with { $left } left over.
calc-limit-short = 💰 A budget of { $budget } <b>is not enough</b> for { $months ->
    [1] 1 month
   *[other] { $months } months
} of contributions ({ $needed }); { $short } short.
calc-jkp-read-rule = 📖 Read the JKP rule
calc-bpu-jht-single-source = ℹ️ The BPU JHT figure (optional) comes from a single source so far; confirm with call center 175 or the JMO app.
calc-ask-return-rate = The JHT balance depends on the yearly return, which changes every year and I do not guess it. Pick an assumption for the illustration (or type for example <i>5%</i>).
calc-village-honor-read = ℹ️ Honorarium of { $honor } noted: the contribution stays the BPU package above; the honorarium's amount does not change it.
calc-village-honor-as-bpu = ⚠️ { $who ->
        [none] Kader, Linmas or RT/RW heads paid an honorarium, incentive or allowance (village staff on an honorarium too)
       *[other] { $who } paid an honorarium, incentive or allowance
    }: the 0.54% basis we have applies to village officials on a fixed income (siltap) only, so I counted them on the cheapest BPU package, { $package } per person a month, like vulnerable workers (not 0.54% of the honorarium). Please confirm the contribution basis with a BPJS Ketenagakerjaan branch or call centre 175.
calc-ask-several-wages = The wages differ, so one wage times the number of employees would be wrong. I calculate one wage per question: write for example <i>salary 4 million contribution</i>, then <i>what if 6 million?</i> for the next one, and add up the totals. Or press the button below.
calc-bpu-no-jp = ℹ️ JP (pension) is not open to BPU participants (informal and vulnerable workers): JP is for wage earners only (PP 45/2015). JHT is optional for them.
calc-village-split = Per person a month, { $base ->
        [bpd] allowance
       *[other] siltap
    } { $siltap }: <b>the village pays { $village }</b> (JKK + JKM{ $employer }), <b>deducted from the { $base ->
        [bpd] allowance
       *[other] siltap
    }: { $official }</b> ({ $worker }).
calc-village-split-caveat = ℹ️ This split is as for wage earners ({ $regulations }). A regency may set it otherwise (e.g. in a regent's regulation); check your regency's rules.
calc-village-split-village-only = Per person a month, { $base ->
        [bpd] allowance
       *[other] siltap
    } { $siltap }: <b>the village pays it all, { $village }</b> (JKK + JKM); without JHT and JP nothing is deducted from the { $base ->
        [bpd] allowance
       *[other] siltap
    }.
calc-bpu-people = For { $n ->
    [1] 1 person
   *[other] { $n } people
} on the same income (the table above is for one person): <b>{ $monthly }</b> a month, { $year } a year.
calc-jp-cap-changes-below = ℹ️ The JP wage cap is raised every March, but this wage is below it: JP stays on the wage, so the figures do not change because of it.
calc-pmi-title = <b>🧳 Migrant worker (PMI) JKK + JKM contributions</b>
calc-pmi-pre = Before departure
calc-pmi-contract = { $n }-month contract
calc-pmi-unpriced = The rule prices 6-, 12- and 24-month contracts only, not { $n ->
    [1] 1 month
   *[other] { $n } months
}; each month of extension is { $extra }. Please check with call centre 175.
calc-pmi-extension-row = { $n }-month extension
calc-pmi-extension = Extension of { $n ->
    [1] 1 month
   *[other] { $n } months
} × { $per } = <b>{ $total }</b>.
calc-pmi-jht = Optional JHT is paid separately, an amount you choose between { $min } and { $max } (from one source only).
calc-village-named = <b>Village { $name }</b>
calc-villages-total = <b>All { $n } villages, { $months ->
    [1] 1 month
   *[other] { $months } months
}: { $total }</b> (each village budgets its own share in its APBDes).
calc-village-bpd = BPD members: { $n } ({ $programs })
calc-village-bpd-income = Allowance / person
calc-village-bpd-note = ℹ️ BPD members are in the village-government scheme ({ $regulation }), not vulnerable workers: JKK + JKM 0.54%{ $extras } of their fixed allowance, as officials. Our sources do not state the 0.54% basis for a BPD allowance separately; confirm with a branch office or call centre 175.{ $jp ->
        [both] {" "}<b>I did not add JHT or JP for BPD members</b>: { calc-village-bpd-extras-why }
        [jht] {" "}<b>I did not add JHT for BPD members</b>: { calc-village-bpd-extras-why }
        [jp] {" "}<b>I did not add JP for BPD members</b>: { calc-village-bpd-extras-why }
       *[other] {""}
    }
village-ask-extra = Add JHT and/or JP for the village officials? JKK + JKM ({ $base } of the siltap) is always counted; JHT{ $jht } and JP{ $jp } are also of the siltap (village's share + official's share).
village-extra-none = No, JKK + JKM only
village-extra-jht = + JHT
village-extra-jp = + JP
village-extra-both = + JHT and JP
village-extra-hint = Pick one of the buttons, or type <b>jht</b>, <b>jp</b>, <b>jht jp</b> or <b>no</b>.
calc-same-count = ↩️ Same as before: { $n ->
    [1] 1 person
   *[other] { $n } people
}
calc-same-amount = ↩️ Same as before: { $amount }
calc-same-months = ↩️ Same as before: { $n ->
    [1] 1 month
   *[other] { $n } months
}
calc-same-choice = ↩️ Same as before: { $label }
calc-same-other = 🧮 Calculate something else
calc-again-village-intro = 🔁 Village budget again. The figures from before can be kept with the ↩️ buttons, so change only what you need.
calc-again-village-groups = Before, the siltap differed by office; here one siltap is used for everyone. To change just one figure, type e.g. <i>kalau siltap kades 3 jt?</i> (what if the head's siltap is 3 million?)
calc-wage-floor = ℹ️ The contribution base is basic pay + fixed allowances, and may not be below your area's minimum wage (UMK/UMP) except where the law allows ({ $regulation }). We hold no UMK/UMP figures, so I did not check it.
calc-wage-floor-only = ℹ️ The base also may not be below your area's minimum wage (UMK/UMP) except where the law allows ({ $regulation }). We hold no UMK/UMP figures, so I did not check it.
calc-ask-siltap-range =
    You wrote a siltap range, { $low } to { $high }. Officials' contributions are computed on <b>one</b> monthly siltap per person, so I will not pick either end for you.
    Choose the figure below, or reply with the exact monthly siltap.
calc-siltap-range = { $typed } is a range. Contributions are computed on one figure: type only the monthly siltap per person, e.g. <b>2 jt</b>.
calc-amount-range = { $typed } is a range. Contributions are computed on one figure: type only one monthly amount, e.g. <b>2 jt</b>.
calc-jkp-village-official =
    <b>Whether village officials can be JKP participants is not known to us</b>: our sources do not say. JKP requires an employment relationship and enrolment in the required programs (at least JKK, JKM and JHT; large and medium employers also JP), while village officials are usually enrolled in JKK + JKM. So I did not compute a JKP cash figure. Please ask call centre 175.
    JKP itself adds no contribution: { $government } is paid by the central government (APBN) and { $jkk } is taken from the JKK contribution already paid.
calc-village-jkp-funding = ℹ️ JKP adds nothing to what the village or the officials pay: the JKP contribution of { $total } of wages is { $government } from the central government (APBN) and { $jkk } taken from the JKK contribution already paid ({ $regulation }), so the table above does not change. Whether village officials can be JKP participants is not known to us; please ask call centre 175.
calc-village-risk-named = ℹ️ I priced the officials' JKK at { $rate } ({ $risk } risk), as you wrote. Our sources use JKK { $usual } (very low risk) for village officials; ask a BPJS Ketenagakerjaan branch or call centre 175 which class applies to your village.
calc-village-assumed-months = ℹ️ No period was given, so I computed <b>12 months</b> ({ $span }). For another period type, for example, <i>what about 6 months?</i>
calc-village-honor = Paid an honorarium/allowance: { $n } (BPU { $programs })
calc-village-as-bpu = ℹ️ As you asked, everyone is counted on the cheapest BPU package, { $package } per person a month, not on their siltap or allowance.
calc-village-titled = { $officials } – { $title }
calc-village-split-period = For { $months ->
    [1] 1 month
   *[other] { $months } months
}{ $status ->
        [floor] {" "}(at least)
        [partial] {" "}(without some JP)
       *[exact] {""}
    }: <b>the village's share { $village }</b>, deducted from the siltap { $official }.
calc-village-apbdes-split = The total above is the whole contribution, including what is deducted from the siltap; the village budgets its share, given below (budget codes as in the Kemendagri technical guide).
calc-villages-same = <b>Each village ({ $n } villages, the same figures)</b>
village-count-not-months = That is a number of months. Here type the number of <b>people</b>, from { $min } to { $max } (0 if none); the months are asked next.
village-title-kades = Village head
village-title-sekdes = Village secretary
village-title-bendahara-desa = Village treasurer
village-title-kadus = Hamlet head
village-title-kaur = Kaur
village-title-kasi = Kasi
village-title-rt = RT head
village-title-rw = RW head
village-title-bpd = BPD member
village-title-linmas = Linmas
village-title-kader = Kader
calc-jkp-retired =
    <b>JKP does not apply to retirement</b> (early retirement included): the JKP cash benefit is only for workers who are laid off. So I did not compute a figure.
    On retirement you are paid your JHT balance (in full at age { $jhtAge } or at the retirement age in your contract or company rules) and JP: a monthly pension from age { $jpAge } if you paid JP for at least { $jpYears ->
    [1] 1 year
   *[other] { $jpYears } years
}, otherwise a lump sum. For the figure, write e.g. <i>how much JP per month after 20 years on a 5 million salary</i>.
calc-jkp-jht-too = ℹ️ Besides JKP, your JHT balance can be claimed in full after a waiting period of { $wait ->
    [1] 1 month
   *[other] { $wait } months
} from the layoff ({ $regulation }).
calc-jkp-employer-closed = ℹ️ A closed or bankrupt employer does not end your right to JKP: BPJS Ketenagakerjaan still pays it, also when the employer owes up to { $months ->
    [1] 1 month
   *[other] { $months } months
} of contributions; the arrears and fines remain the employer's debt ({ $regulation }).
calc-wage-below-minimum = ⚠️ The wage { $wage } is below the UMK/UMP { $minimum } you gave. The contribution base may not be below the UMK/UMP except where a law allows ({ $regulation }), so the table above is computed on <b>{ $minimum }</b>.
calc-wage-above-minimum = ℹ️ The wage { $wage } is not below the UMK/UMP { $minimum } you gave, so it is the contribution base ({ $regulation }).
calc-wage-household = ⚠️ For a domestic worker (ART/PRT): JP is mandatory only for large and medium businesses ({ $regulation }). A household employing an ART is not such a business, so the JP lines above apply only if the employer does register JP; without JP the deduction and the employer's share are smaller. Confirm with call center 175.
calc-wage-foreign = 🌐 For a foreign worker (TKA): JKK, JKM and JHT above are mandatory once they have worked in Indonesia at least { $months } months, at the same rates as for Indonesians ({ $regulation }).
calc-wage-foreign-jp = ⚠️ <b>JP for foreign workers is not settled</b>: the JP rules we read do not mention foreigners ({ $regulation }), so JP is <b>not</b> in the table or the totals above. If it does apply, it adds JP { $employerRate } (E) { $employer } and JP { $workerRate } (W) { $worker } a month, on { $capped ->
    [yes] the { $year } JP wage cap of { $base }
   *[other] the wage of { $base }
}. Whether it is mandatory is a question for call center 175 or a branch.
calc-wage-foreign-jkp = JKP is for Indonesian citizens only ({ $regulation }): a foreign worker has no JKP.
calc-jp-cap-period = ℹ️ For { $asked } the { $year } JP wage cap is used, in force from 1 March { $year } to the end of February { $next }.
calc-jp-cap-span = March { $year }–February { $next }
calc-jp-cap-unknown = ⚠️ The JP wage cap for { $asked } is not in our data, and caps were lower then than the earliest we have ({ $year }: { $cap }). So JP is not computed and not in the totals above; ask call center 175 for JP in that period.
calc-jp-cap-missing-later = ℹ️ The JP wage cap for { $asked } (from March { $wanted }) is not in our data yet, but this wage is below the latest cap we have ({ $year }: { $cap }). The cap rises every March, so JP stays on the whole wage.
calc-jp-cap-jan-feb = ℹ️ January–February { $asked } are still under the { $previous } JP wage cap ({ $cap }), so JP for those two months is { $employer } (E) + { $worker } (W){ $weak ->
        [yes] , an estimate as the { $previous } cap is not confirmed.
       *[no] .
    }
calc-jp-cap-jan-feb-unknown = ⚠️ January–February { $asked } are still under the { $previous } JP wage cap, which is not in our data: ask call center 175 for JP in those two months.
calc-village-jp-cap-period = ℹ️ The { $year } JP wage cap is in force { $asked }.
calc-bpu-household = For { $n } people (each on their own income): { $parts } = <b>{ $monthly }</b> a month, { $year } a year.
calc-bpu-household-jht = ℹ️ JHT (optional) is counted for this person too, as you chose before; without JHT their fee is { $without } a month. Type "without jht" to count everyone without JHT.
calc-jht-compounding = The { $rate }% a year is applied monthly ({ $rate }% divided by 12 each month, compounded), so a year comes to slightly more than { $rate }%.
calc-jkk-disability-title = <b>🧮 Permanent total disability from a work accident</b>
calc-jkk-disability-note = A lump sum of { $multiple } × the monthly wage, for permanent total disability from a work accident or an occupational disease (JKK); medical care and the children's scholarship are paid separately. Disability not caused by work is not paid by JKK.
calc-jkk-disability-single = ⚠️ This multiple comes from a single source so far; confirm with call center 175.
calc-jkk-disability-partial = ℹ️ This is for <b>total</b> permanent disability. A permanent <b>partial</b> disability (losing a limb, a finger, part of a function) is paid as the percent the disability table sets for that injury × { $base } × the monthly wage ({ $regulation }): it depends on the injury, so it is not computed here; for a given injury ask call center 175 or a branch.
calc-jkm-death-title = <b>🧮 Death benefit for a death not caused by work (JKM)</b>
calc-jkm-lump-sum = Lump sum
calc-jkm-death-note = The JKM payment is the same for every wage, so the wage { $wage } does not change it: the heirs receive { $total }. The JKM scholarship for children needs at least { $years ->
    [1] 1 year
   *[other] { $years } years
} of contributions. A death from a work accident is paid by JKK instead, with a larger benefit.
calc-wage-jp-first = 🏦 JP a month: { $employer } from the employer ({ $employerRate }) + { $worker } deducted from the wage ({ $workerRate }) = <b>{ $total }</b>, on { $base }.
calc-risk-wage-again = The wage { $wage } is noted. Now pick the workplace risk level above, or type e.g. <i>high</i> or <i>don't know</i>.
calc-ask-worker-kind =
    Income of { $amount } noted. The contribution depends on whether you work for someone else or for yourself, and I cannot tell that from the question:
    • <b>Employee</b> (you have an employer or foreman, day labourers included): the contribution is on the wage, most of it paid by the employer.
    • <b>Self-employed (BPU)</b> (your own business or work): you pay the JKK + JKM package yourself, from your income.
    Choose below, or reply <i>employee</i> or <i>self-employed</i>.
calc-worker-kind-wage = 👷 Employee (I have an employer)
calc-worker-kind-bpu = 🧑‍🔧 Self-employed (BPU)
calc-amount-per-day = { $amount } a day
calc-amount-per-month = { $amount } a month
calc-late-fee-title = <b>🧮 Fine for paying contributions late (employer)</b>
calc-late-fee-contribution = Contribution paid late
calc-late-fee-per-month = Fine { $rate }% / month
calc-late-fee-months = { $n ->
    [1] Late 1 month
   *[other] Late { $n } months
}
calc-late-fee-note = The fine is { $rate }% a month of the contribution paid late, borne entirely by the employer and paid with the next month's contribution. This is for that one month's contribution; other months paid late carry their own fine. BPU (self-employed) participants pay no fine.
calc-late-fee-no-months = How many months late was not said: the fine is { $perMonth } for each month late. For the total write e.g. <i>what if 2 months late?</i>
calc-late-fee-from-wage = A month's contribution on a wage of { $wage }, risk { $risk }, { $employees ->
    [1] 1 employee
   *[other] { $employees } employees
} (employer's share + wage deduction, as in the employee contribution table): { $total }.
calc-ask-household-income = A wife, husband or other family member who works joins BPU as a participant of their own, with the contribution from their own income (BPU has no JP). What is their monthly income? Reply with just the amount, e.g. <b>1 jt</b>: I will compute their contribution and add it to yours.
calc-ask-several-wages-period = The wages differ (your question before), so I cannot compute { $months ->
    [1] one month
   *[other] { $months } months
} for all of them at once. Compute each wage with the period, e.g. <i>3 employees salary 4 million { $months } months contribution</i>, then <i>2 employees salary 6 million { $months } months contribution</i>, and add up the totals. Or press the button below.
calc-village-honor-titled = { $title }: { $n } (BPU package { $programs })
village-title-perangkat = Village officials
calc-ask-amount-period = Is <b>{ $amount }</b> earned <b>per day</b> or <b>per month</b>? It is a lot for one day, and a day's pay is multiplied by the working days of a month, so I will not guess. Reply <i>per month</i> or <i>per day</i>, or type the monthly income, e.g. <b>3 million</b>.
calc-ask-wage-period = Is the wage <b>{ $amount }</b> <b>per month</b> or <b>per year</b>? Contributions are on the monthly wage, and for a yearly wage I need the monthly one, so I will not guess. Reply <i>per month</i> (I compute 12 months) or <i>per year</i>, or type the monthly wage, e.g. <b>5 million</b>.
calc-ask-official-income-honor = That siltap is for the village officials only; the { $n } { $titles } I price on the BPU package (not on a siltap).
calc-ask-official-income-bpd-honor = That siltap is for the village officials, and I take it as the BPD members' allowance too; the { $n } { $titles } I price on the BPU package (not on a siltap).
calc-village-bpd-shared = ℹ️ I used { $amount } as the officials' siltap and also as the BPD members' fixed allowance. If the BPD allowance differs, type e.g. <i>what if the bpd allowance is 1 million?</i>
village-title-short-rt = RT
village-title-short-rw = RW
village-title-short-linmas = Linmas
village-title-short-kader = kader
village-title-short-honor = honor-paid people
village-title-short-bpd = BPD members
village-title-short-operator-desa = village operators
village-title-short-modin = modin
village-title-short-kaling = kaling
village-title-short-guru-ngaji = Quran teachers
calc-coverage-title-honor = <b>🧮 How many { $who } does the budget cover?</b>
calc-coverage-verdict-honor = This budget covers <b>{ $people } { $who }</b> for { $months ->
    [1] 1 month
   *[other] { $months } months
} (BPU package { $package } per person a month, rounded down).
calc-jakon-title = <b>🏗️ JKK + JKM of a construction project (Jakon) from the contract value</b>
calc-jakon-value = Contract value
calc-jakon-total = JKK + JKM
calc-jakon-known-total = Up to { $upTo }
calc-jakon-how = The rates are tiered: each rate applies only to the part of the contract value inside its tier. This is for projects whose workers' wages are not known; when they are, the contribution is { $wageRate } of the wages. (* = figure from one source only.)
calc-jakon-single = ⚠️ The { $rate } rate for the part from { $from } to { $to } comes from one source only; please check with call center 175.
calc-jakon-unknown = ⚠️ For the part above { $upTo } ({ $part }) we have no rate, so I cannot give the total: { $known } above covers only the first { $upTo }. Please ask call center 175 or a BPJS Ketenagakerjaan branch.
calc-jakon-register = The project must be registered within { $days } working days after the work order (SPK) ({ $regulation }).
calc-village-year-read = ℹ️ I counted { $year } as January–December { $year } (12 months).
calc-ask-budget-noted = I have noted the budget of { $budget }: once I have the figure above, I will work out how many months it covers.
calc-ask-budget-needs-groups = I can set the budget of { $budget } against the contributions once I know each group and its siltap. Write it all at once, e.g. <i>budget 20 million, 12 perangkat siltap 2.3 million, 8 bpd tunjangan 900 thousand, enough for how many months?</i>
calc-printable-intro = 📄 The last calculation as plain text to copy or print (e.g. for the village meeting). For official APBDes documents, follow the guidance of the DPMD or a BPJS Ketenagakerjaan branch.
calc-printable-intro-plain = 📄 Summary of the last calculation, as plain text to copy or print.

calc-total-floor = Total (at least)
calc-total-partial = Total (some JP left out)
calc-months-floor = { $n } months (at least)
calc-months-partial = { $n } months (some JP left out)
calc-village-apbdes-floor = ⚠️ { $total } is the <b>least</b> it can be, not the exact figure: JP for some months may be higher (see the JP wage cap note). When you put it in the APBDes, add a margin (budget codes per the Home Ministry's technical guide).
calc-village-apbdes-partial = ⚠️ This total leaves out JP for some months (see the JP wage cap note): ask call center 175 for it and add it before the total goes into the APBDes.
calc-jp-cap-floor = ⚠️ { calc-jp-cap-floor-said }
calc-jp-cap-floor-said = The JP wage cap is raised every March; the cap from March { $wanted }{ $later ->
        [none] {""}
       *[other] {" "}and March { $later }
    } is not in our data yet, so JP for { $span } is counted on the { $year } cap ({ $cap }) — the real figure may be higher{ $weak ->
        [yes] , and the { $year } cap itself is not yet confirmed
       *[no] {""}
    }; confirm with call center 175.
calc-jp-cap-left-out = ⚠️ JP wage caps before March { $year } are not in our data, and caps were lower then, so JP for { $span } is not computed and not in the total; ask call center 175.
calc-jp-cap-parts = ℹ️ The total adds up each JP wage cap's months:
calc-jp-cap-part = • { $span }: { $months } × { $monthly } = { $total } ({ $status ->
        [floor] { $year } cap, at least
        [unknown] JP not included
        [weak] { $year } cap, estimate
       *[solid] { $year } cap
    })
calc-village-apbdes-month = This is one month's contribution. For the APBDes, give the period (e.g. <i>what about 12 months?</i>) and I will total it.
calc-villages-total-floor = ⚠️ This is the least it can be: JP for some months may be higher.
calc-villages-total-partial = ⚠️ This leaves out JP for some months.
calc-floor-mark = (at least)
calc-partial-mark = (some JP left out)
calc-coverage-floor = ⚠️ As JP for some months may be higher, { $people } people is the <b>most</b> this budget covers: keep a margin in the budget.
calc-village-split-head = Per person a month, <b>the village pays</b> JKK + JKM{ $employer }, <b>deducted</b>: { $worker }:
calc-village-split-row = • { $base ->
        [bpd] allowance
       *[other] siltap
    } { $siltap }: village { $village }, deducted { $official }
calc-village-apbdes-floor-split = ⚠️ { $total } is the whole contribution (siltap deductions included) and the <b>least</b> it can be. The village budgets its share, given below, with a margin.
calc-village-share-whole = The whole contribution is { $total }.
calc-village-apbdes-floor-share = ⚠️ These figures are the <b>least</b> they can be: budget the village's share with a margin.
calc-village-apbdes-share = The village budgets its share; the rest is deducted from the siltap (budget codes as in the Kemendagri technical guide).
calc-village-jp-cap-floor-applied = ⚠️ JP is on the { $year } JP wage cap, not on the whole siltap. { calc-jp-cap-floor-said }
calc-village-assumed-length = ℹ️ No length was given, so I computed <b>12 months</b> from the month you wrote ({ $span }). For another period type, for example, <i>what about 6 months?</i>
calc-village-months-from-next = ℹ️ I counted those { $months } months from next month: { $span }.

# village (explore13)
calc-village-siltap-read = ℹ️ I read { $written } as the amount for a { $yearly ->
        [yes] <b>year</b>
       *[no] <b>month</b>
    }{ $people ->
        [0] {""}
       *[other] {" "}for <b>{ $people } people together</b>
    }, so each person's monthly amount is { $each }{ $people ->
        [0] {""}
       *[other] {" "}(split evenly)
    }. If that is not so, write each person's monthly siltap, e.g. <i>8 perangkat siltap 2.25 jt</i>.
calc-siltap-too-large = { $typed } a month for <b>each person</b> is too large for a siltap, so I did not compute it. If it is everyone's total or a year's siltap, say so (e.g. <i>total siltap 18 jt a month</i> or <i>siltap 36 jt a year</i>).

# workers (explore13)
calc-daily-own-days-note = ℹ️ Daily income { $daily } × the { $days } working days a month you gave = { $monthly } a month.
calc-wage-risky-work = ⚠️ You mentioned <b>{ $work }</b>: the lowest risk class (JKK { $low }) rarely applies to such work; JKK goes up to { $high } ({ $regulation }). The risk class follows the employer's line of business, so <b>choose the risk class below</b>. This table still uses the lowest class.
calc-wage-small-firm = ⚠️ Micro and small businesses are not required to register their workers for JP; JP is mandatory for large and medium businesses ({ $regulation }). So the JP lines above apply only if the employer does register JP; without JP, the wage deduction and the employer's share are smaller. JKK, JKM and JHT still apply to employees. Please confirm with call center 175.
calc-member-years = { $n } years
calc-jht-partial-not-yet = <b>Not yet.</b> A partial JHT withdrawal ({ $retirement }% for retirement or { $housing }% for housing) is allowed only after at least { $years } years of membership ({ $regulation }); you mentioned { $member }, so I have not computed an amount.
    The full JHT balance can be paid out when you resign or are laid off, after a { $wait }-month wait ({ $waitRegulation }), or at age { $age } ({ $ageRegulation }).
calc-jp-formula-result = Formula result
calc-jp-paid-min = Paid (minimum)
calc-stmb-cause-not-said = ⚠️ STMB is paid only when you cannot work because of a work accident or an occupational disease; it does not apply to an ordinary illness. If unsure, ask call center 175.
calc-village-vulnerable-income-row = Income / person
calc-village-vulnerable-income = ℹ️ The vulnerable workers are priced on the income you wrote, { $income }, as BPU contributions are: { $parts } = { $monthly } per person a month{ $clamped ->
        [min] {" "}(below the lowest tier of the BPU table, so priced at { $declared })
        [max] {" "}(above the highest tier of the BPU table, so priced at { $declared })
       *[none] {""}
    }.{ $clamped ->
        [none] {" "}Only the lowest and highest tiers of the BPU income table are confirmed; figures between them are estimates, so check with call center 175. The cheapest package (the lowest income tier) costs less if the village registers them at that tier.
       *[other] {""}
    }
calc-group-title-income = <b>🧮 BPU contributions on the income written, for a group</b>
village-title-operator-desa = Village operator
village-title-modin = Modin
village-title-kaling = Neighbourhood head (kaling)
village-title-guru-ngaji = Quran teacher (guru ngaji)
calc-village-bpd-extras-why = the BPD scheme in our data is JKK + JKM only; JHT/JP for BPD members is a regional rule (e.g. Perbup Kendal 45/2025, Pangkep 2025).
calc-ask-which-group = The budget has several groups: which one are those { $n } people? Say it with the name, e.g. <i>{ $first } jadi { $n }</i> or <i>{ $second } jadi { $n }</i>, or <i>tambah { $n } { $second }</i> to add people.
calc-which-group-vulnerable = pekerja rentan
calc-printable-none = There is no calculation yet for me to summarise. Ask for one first, e.g. <i>iuran 10 perangkat siltap 2 jt setahun</i>, then type <b>summary</b> for text to copy or print.
calc-village-fund-share = ℹ️ The { $months }-month contribution of { $total } is <b>{ $percent }</b> of the fund of { $fund }.
calc-village-regional-rate = ℹ️ I did not use a "Pangkep rate": Pangkep's 2025 figures are that regency's village budgets (JP included), not a rate. The figures above use the officials' rate of { $rate } ({ $regulation }); for the Pangkep example, type <i>contoh iuran desa pangkep</i>.
calc-village-allowance-left-out = ℹ️ I did not count the allowance of { $allowance }: in our data the officials' contribution base is the siltap (fixed income). If your regency includes allowances, ask a branch office or call centre 175.
calc-ask-again-whole = I cannot fit a figure alone into the question before. Please write the whole question again in one message.

# follow-ups (explore13)
calc-wage-jht-first = 📈 Your JHT grows by <b>{ $total }</b> a month ({ $rate } of the { $wage } wage): { $employer } from the employer ({ $employerRate }) + { $worker } deducted from the wage ({ $workerRate }). Investment returns on the balance are not included.
calc-jht-jmo-within = ✅ Yes, through JMO: the balance of { $balance } is within the limit for a JHT claim in the JMO app ({ $limit }; { $regulation }). The tax:
calc-jht-jmo-over = ❌ Not through JMO: the balance of { $balance } is above the limit for a JHT claim in the JMO app ({ $limit }; { $regulation }). Claim it through Lapak Asik (online) or a BPJS Ketenagakerjaan branch office. The tax:
calc-scholarship-not-met = 🎓 The scholarship's condition is not met: the JKM scholarship for children needs at least { $min } years of contributions ({ $regulation }), and you mentioned { $years } years. The other JKM benefits are still paid. If the membership was longer (check in JMO or at a branch office), confirm with call centre 175.
calc-scholarship-met = 🎓 The scholarship's membership condition is met: { $years } years of contributions, at least { $min } needed ({ $regulation }). It is given to at most { $children } children, at most { $perChild } per child, paid yearly by school level. Confirm with a branch office or call centre 175 when claiming.
calc-bpu-beside-wage = 👪 For the family: your wage deduction of { $deduction } (on the { $wage } wage) + your spouse's BPU contribution of { $bpu } = <b>{ $monthly }</b> a month, { $year } a year. The employer's part is paid by the company and not included.

# audit18 calculators
calc-jkk-death-package = ℹ️ { $paid } is the BPU package contribution (JKK + JKM), not an income. That package is for the lowest income in the BPU table, { $income } ({ $regulation }), so the benefit is computed on { $income }.
calc-jkk-death-contribution-unknown = ℹ️ { $paid } looks like the contribution paid, not an income. The work-accident death benefit is { $multiple } × the reported income (or wage), so please write the income, e.g. <i>ojol income 3 million died in a work accident how much</i>. To be sure, call 175.
calc-jp-min-single = ℹ️ The minimum pension of { $min } ({ $year }) comes from a single source so far; please confirm with call center 175.
calc-daily-single = ℹ️ This { $days }-day multiplier comes from a single source so far; please confirm with call center 175.
calc-daily-days-written = ℹ️ You mentioned { $written } working days a month, but a daily worker's monthly wage is counted as { $days } days ({ $regulation }), so { $monthly } a month. If your monthly wage differs, type the monthly amount.
calc-single-source-mark = (this figure comes from a single source so far; please confirm with call center 175)
calc-wage-salary-tax = ℹ️ Income tax on salary (PPh 21) is not in our data, so it is not computed; the figures above are only the BPJS Ketenagakerjaan deductions. Ask your HR or tax office about PPh 21, or call center 175.
calc-group-income-note = ℹ️ Each person is priced on the income you wrote, { $income }, as BPU contributions are: { $parts } = { $monthly } per person a month{ $clamped ->
        [min] {" "}(below the lowest tier of the BPU table, so priced at { $declared })
        [max] {" "}(above the highest tier of the BPU table, so priced at { $declared })
       *[none] {""}
    }.{ $clamped ->
        [none] {" "}Only the lowest and highest tiers of the BPU income table are confirmed; figures between them are estimates, so check with call center 175.
       *[other] {""}
    }
calc-jakon-wage = <b>🧮 Jakon contribution on the worker's wage</b>
    Wage { $wage } × { $rate } (JKK + JKM) = <b>{ $amount }</b> a month, paid by the employer/contractor ({ $regulation }).{ $single ->
        [yes] {" "}⚠️ This { $rate } rate comes from a single source so far; please confirm with call center 175.
       *[no] {""}
    }
    When the workers' wages are not known, the contribution is computed on the project's contract value; write e.g. <i>jakon contribution contract 300 million</i>.
calc-jp-cap-weak-mark = (The cap itself still awaits an official announcement, but it does not change your JP.)
calc-total-siltap-contribution = ℹ️ JKK + JKM on a total siltap of { $total } a month: { $rate } = <b>{ $monthly }</b> a month{ $months ->
        [1] {""}
       *[other] , { $months } months { $period }
    } ({ $regulation }). The head count is only needed for the per-person breakdown.
