calc-again = 🔁 Hitung lagi
calc-ask-kind = Hitung iuran untuk siapa?
calc-kind-bpu = Pekerja informal / mandiri (BPU)
calc-kind-wage = Karyawan (penerima upah)
calc-kind-village = Anggaran dana desa (APBDes)
calc-ask-income = Berapa penghasilan Anda sebulan? (contoh: <i>2,5 jt</i>, <i>Rp 2.500.000</i>)
calc-ask-wage = Berapa gaji (upah pokok + tunjangan tetap) sebulan? (contoh: <i>5 jt</i>)
calc-ask-risk = Tingkat risiko tempat kerja (menentukan iuran JKK)? Kalau ragu pilih "Tidak tahu" — saya pakai yang terendah.
risk-very_low = Sangat rendah
risk-low = Rendah
risk-medium = Sedang
risk-high = Tinggi
risk-very_high = Sangat tinggi
risk-unknown = Tidak tahu
amount-empty = Tulis angkanya, misalnya <b>2,5 jt</b> atau <b>2500000</b>.
amount-not_a_number = Saya belum menangkap angkanya. Tulis misalnya <b>2,5 jt</b>, <b>2500000</b> atau <b>Rp 2.500.000</b>.
amount-zero = Angkanya tidak boleh nol. Tulis penghasilan sebulan, misalnya <b>2 jt</b>.
amount-negative = Angkanya tidak boleh minus. Tulis misalnya <b>2 jt</b>.
amount-too_large = Angka itu terlalu besar untuk penghasilan sebulan. Periksa lagi, misalnya <b>8 jt</b>.
count-hint = Tulis jumlahnya dengan angka, dari { $min } sampai { $max }.
calc-per-month = Total / bulan
calc-months = { $n } bulan
calc-per-person = Per orang / bulan
calc-people = { $n } orang / bulan
calc-total = Total
calc-total-employer = Pemberi kerja
calc-total-worker = Dipotong dari gaji
calc-payer-employer = (PK)
calc-payer-worker = (pkj)
calc-payer-government = (pem)
calc-wage = upah
calc-jkp-wage = Upah
calc-jkp-monthly = { $percent }% per bulan
calc-daily-note = ℹ️ Penghasilan per hari { $daily } × { $days } hari = { $monthly } sebulan, cara hitung pekerja harian ({ $regulation }). Bila penghasilan bulanan Anda lain, ketik jumlah sebulannya.
calc-base = Upah dihitung
calc-funeral = Biaya pemakaman
calc-periodic = Santunan berkala
calc-bpu-title = <b>🧮 Iuran pekerja informal (BPU)</b>
calc-declared-income = Penghasilan dilaporkan: { $amount }
calc-bpu-with-jht = Jika ikut JHT juga (pilihan): <b>{ $amount }</b> per bulan.
calc-clamped-min = Penghasilan di bawah tabel dihitung sebagai { $amount } (tingkat terendah).
calc-clamped-max = Penghasilan di atas tabel dihitung sebagai { $amount } (tingkat tertinggi).
calc-bpu-brackets = ⚠️ Hanya tingkat terendah dan tertinggi tabel penghasilan BPU yang terkonfirmasi; angka di antaranya perkiraan (1% untuk JKK). Pastikan ke call center 175 atau aplikasi JMO.
calc-wage-title = <b>🧮 Iuran karyawan per bulan</b>
calc-wage-line = Upah { $amount }, risiko { $risk }. (PK) = pemberi kerja, (pkj) = pekerja.
calc-wage-employer-pays = 🏢 Perusahaan membayar baris <b>Pemberi kerja</b>: <b>{ $employer }</b> per karyawan per bulan; <b>{ $worker }</b> dipotong dari gaji.
calc-wage-scaled = <b>{ $people ->
    [1] Satu karyawan
   *[other] { $people } karyawan
}, { $months ->
    [1] sebulan
   *[other] { $months } bulan
}</b> (tabel di atas untuk satu karyawan, sebulan):
calc-jp-cap = JP dihitung dari upah karena di bawah batas upah JP { $year } ({ $cap }).
calc-jp-cap-applied = JP dihitung dari batas upah JP { $year }: { $cap }, bukan dari seluruh upah.
calc-jp-cap-unconfirmed = ⚠️ Batas upah JP { $year } belum terkonfirmasi dari pengumuman resmi, jadi JP di atas perkiraan; cek ke call center 175.
calc-jp-cap-confirmed = ℹ️ Dengan batas upah JP yang sudah terkonfirmasi ({ $year }: { $cap }), JP sebulan { $employer } (PK) + { $worker } (pkj) = { $total }.
calc-village-jp-cap-applied = JP dihitung dari batas upah JP { $year }: { $cap }, bukan dari seluruh siltap.
calc-jkp-info = JKP tidak menambah iuran: dibiayai pemerintah dan sebagian iuran JKK.
calc-jkp-info-before = JKP tidak menambah iuran. Pembagian dananya sebelum { $date } mengikuti aturan lama yang tidak ada di data kami, jadi tidak saya rinci.
calc-assumed-risk = Asumsi: risiko kerja terendah. Risiko lain: pilih di bawah.
calc-village-title = <b>🏡 Anggaran iuran BPJS Ketenagakerjaan desa</b>
calc-village-officials = Aparat desa: { $n } org ({ $programs })
calc-village-vulnerable = Pekerja rentan: { $n } org (BPU { $programs })
calc-village-apbdes = Masukkan total ini sebagai belanja iuran jaminan sosial di APBDes (kode rekening sesuai juknis Kemendagri).
calc-group-title = <b>🧮 Iuran paket termurah (JKK + JKM) untuk kelompok</b>
calc-one-package-title = <b>🧮 Iuran BPU paket termurah (JKK + JKM)</b>
calc-one-package-title-jht = <b>🧮 Iuran BPU paket termurah dengan JHT (JKK + JKM + JHT)</b>
calc-one-package-month = Per bulan
calc-one-package-assumption = Asumsi: paket termurah. Bila penghasilan yang Anda laporkan lebih tinggi, iurannya lebih besar; tulis misalnya <i>penghasilan 3 jt sebulan iuran bpu brp</i>.
calc-group-assumption = Asumsi: setiap orang ikut paket BPU termurah. Untuk upah/penghasilan lebih tinggi, iurannya lebih besar.
calc-jkp-title = <b>🧮 Perkiraan manfaat tunai JKP</b>
calc-jkp-cap = Upah di atas batas, jadi dihitung dari { $cap }.
calc-jkp-conditions-unconfirmed = ⚠️ Syarat iuran { $min } bulan dalam { $window } bulan dikutip dari PP 37/2021; apakah syarat itu berubah setelah PP 6/2025 belum terkonfirmasi. Pastikan ke call center 175.
calc-jkp-conditions = Hanya bila syaratnya terpenuhi: kena PHK (bukan resign), iuran JKP minimal { $min } bulan dalam { $window } bulan terakhir{ $consecutive ->
    [0] {""}
   *[other] , termasuk { $consecutive } bulan berturut-turut sebelum PHK
}, dan klaim paling lambat { $claim } bulan setelah PHK.
calc-jkk-death-title = <b>🧮 Santunan meninggal karena kecelakaan kerja</b>
calc-jkk-death-note = Ditambah beasiswa untuk maksimal 2 anak. Angka ini untuk kematian akibat kecelakaan kerja; kematian biasa dibayar lewat JKM.
calc-jkk-death-floor-row = Min. santunan JKM
calc-jkk-death-floor = ⚖️ { $multiple } × upah ({ $computed }) lebih kecil dari santunan kematian JKM ({ $floor }). Santunan kematian akibat kecelakaan kerja tidak pernah lebih kecil dari santunan JKM, jadi yang dibayar { $floor } ({ $regulation }).
calc-stmb-title = <b>🧮 Perkiraan STMB (upah selama tidak mampu bekerja karena kecelakaan kerja)</b>
calc-stmb-first-monthly = { $percent }% bln 1-{ $n }
calc-stmb-after-monthly = { $percent }% sesudahnya
calc-stmb-part = { $n } bln × { $percent }%
calc-stmb-total = Total { $n } bln
calc-stmb-note = STMB dibayar { $first }% upah yang dilaporkan selama { $n } bulan pertama, lalu { $after }% sampai sembuh. Biaya perawatan ditanggung terpisah.
calc-jp-lump-sum =
    <b>Dengan masa iuran { $years } tahun belum ada pensiun bulanan JP.</b> Pensiun bulanan butuh masa iuran minimal { $min } tahun. Bila usia pensiun tiba sebelum itu, yang dibayar adalah akumulasi iuran JP ditambah hasil pengembangannya, sekaligus.
    Besarnya bergantung pada iuran yang benar-benar tercatat dan hasil pengembangannya, jadi tidak saya hitung. Cek saldo JP di aplikasi JMO atau kantor cabang BPJS Ketenagakerjaan.
calc-jp-benefit-title = <b>🧮 Perkiraan pensiun bulanan JP</b>
calc-jp-average-wage = Rata-rata upah
calc-jp-factor = { $percent }% × { $years } thn
calc-jp-monthly = Pensiun / bulan
calc-jp-formula = Rumus: { $percent }% × masa iuran (tahun) × rata-rata upah setahun (disesuaikan inflasi) ÷ 12.
calc-jp-benefit-cap = Upah di atas batas upah JP { $year } ({ $cap }): iuran dan rumus JP memakai batas itu.
calc-jp-benefit-below-min = Hasil rumus di bawah manfaat pensiun minimal, jadi yang dibayar paling sedikit { $min } sebulan (angka { $year }).
calc-jp-benefit-caveat = ⚠️ Ini perkiraan kasar sebelum indeksasi: rumus memakai rata-rata upah seluruh masa iuran yang disesuaikan inflasi, bukan upah terakhir, dan mulai tahun kedua pensiun dinaikkan (indeksasi). Manfaat punya batas minimal dan maksimal yang juga diindeksasi tiap tahun (minimal { $min } sebulan pada { $year }; batas maksimal terbaru tidak ada di data kami). Dibayar mulai usia pensiun ({ $age } tahun sejak { $ageYear }).
calc-jht-tax-title = <b>🧮 Pajak JHT yang dicairkan sekaligus</b>
calc-jht-tax-balance = Saldo JHT
calc-jht-tax-low = { $percent }% × { $threshold }
calc-jht-tax-high = { $percent }% × { $amount }
calc-jht-tax-total = Pajak PPh 21
calc-jht-tax-net = Diterima bersih
calc-jht-tax-how = Hanya bagian di atas { $threshold } yang kena { $high }%; sampai { $threshold } tarifnya { $low }%. Pajak { $tax } dipotong langsung oleh BPJS Ketenagakerjaan saat pencairan.
calc-jht-tax-none = Saldo sampai { $threshold } tidak kena pajak (tarif { $low }%) bila dicairkan sekaligus.
calc-jht-tax-partial = Tarif ini untuk pencairan sekaligus. Pencairan sebagian ({ $percents }) dan pembayaran pada tahun kalender ketiga atau sesudahnya kena tarif progresif umum yang lain, jadi tidak saya hitung di sini.
calc-jht-tax-npwp = Untuk saldo di atas { $npwp } biasanya diminta NPWP saat klaim.
calc-jht-partial-title = <b>🧮 Klaim sebagian JHT (masih bekerja)</b>
calc-jht-partial-retirement = { $percent }% (pensiun)
calc-jht-partial-housing = { $percent }% (perumahan)
calc-jht-partial-conditions = Boleh bila sudah menjadi peserta minimal { $years } tahun dan masih bekerja; klaim sebagian hanya bisa sekali. Angka ini batas paling banyak.
calc-jht-partial-other-housing = Pilihan lain: { $percent }% untuk perumahan, yaitu { $amount }.
calc-jht-partial-other-retirement = Pilihan lain: { $percent }% untuk persiapan pensiun, yaitu { $amount }.
calc-jht-partial-tax = Pencairan sebagian dikenai PPh 21 tarif progresif (bukan tarif final pencairan sekaligus), jadi yang diterima bersih lebih kecil.
calc-jht-partial-tax-estimate = ⚠️ Perkiraan saja: bila tarif progresif dikenakan pada jumlah pencairan ini saja, pajaknya { $layers } = <b>{ $tax }</b> (diterima sekitar { $net }); tanpa NPWP tarifnya { $surcharge }% lebih tinggi, yaitu { $withoutNpwp }. Potongan yang sebenarnya dihitung BPJS Ketenagakerjaan saat pencairan dan bisa berbeda (misalnya bila ada pencairan lain); pastikan ke call center 175.
village-corner =
    <b>🏡 Pojok kepala desa</b>
    Iuran aparat desa dibayar dari APBDes (ADD/siltap); boleh tidaknya Dana Desa dipakai, misalnya untuk pekerja rentan, bergantung pada aturan prioritas tiap tahun. Pilih yang ingin Anda ketahui:
village-btn-rules = Bolehkah dana desa bayar iuran?
village-btn-who = Siapa saja yang bisa dilindungi?
village-btn-budget = 🧮 Hitung anggaran desa
village-btn-apbdes = Cara memasukkan ke APBDes
village-btn-example = Contoh desa yang sudah membayar
village-ask-officials = Berapa aparat desa yang akan didaftarkan (kepala desa, perangkat, BPD…)? Tulis 0 jika tidak ada.
village-ask-siltap = Berapa rata-rata penghasilan tetap (siltap) mereka sebulan? (contoh: <i>2 jt</i>)
village-ask-vulnerable = Berapa pekerja rentan (petani, nelayan, buruh harian…) yang akan dibayarkan iurannya? Tulis 0 jika tidak ada.
village-ask-months = Untuk berapa bulan? Tulis angkanya atau misalnya <b>setahun</b>, <b>6 bulan</b>.
village-nobody = Tidak ada yang dihitung. Ketik /hitung untuk mulai lagi.
calc-kind-jht = Perkiraan saldo JHT
calc-ask-years = Berapa tahun lagi Anda akan menabung di JHT? (contoh: <b>10</b>)
calc-ask-return = Asumsi hasil pengembangan per tahun? Pilih atau ketik angka persen (0–15). Hasil sebenarnya berubah tiap tahun.
calc-return-hint = Tulis persen hasil pengembangan per tahun antara 0 dan 15, misalnya <b>5</b>.
calc-jht-title = <b>🧮 Ilustrasi saldo JHT</b>
calc-jht-monthly = Iuran JHT / bulan
calc-jht-contributions = Iuran { $years } tahun
calc-jht-returns = Pengembangan { $rate }%/thn
calc-jht-balance = Perkiraan saldo
calc-jht-illustration = ⚠️ Ini <b>ilustrasi</b>, bukan janji: iuran 5,7% upah (3,7% pemberi kerja + 2% pekerja) dengan asumsi upah tetap dan hasil pengembangan yang Anda pilih. Saldo sebenarnya cek di aplikasi JMO.
calc-village-vulnerable-note = Penerima dari pekerja rentan ditetapkan lewat musyawarah desa.
calc-village-extra-note = { $programs } dihitung dengan tarif penuh (bagian pemberi kerja + bagian pekerja) dari siltap. Pembagian antara desa dan aparat (potong siltap) mengikuti aturan kabupaten setempat.
calc-village-extra-note-bpd = { $programs } dihitung dengan tarif penuh (bagian pemberi kerja + bagian pekerja) dari tunjangan anggota BPD. Pembagian antara desa dan anggota BPD (potong tunjangan) mengikuti aturan kabupaten setempat.
village-months-hint = Tulis jumlah bulannya, misalnya <b>12</b>, <b>6 bulan</b> atau <b>setahun</b> (1 sampai 120 bulan).
calc-coverage-title = <b>🧮 Anggaran untuk berapa pekerja rentan?</b>
calc-coverage-budget = Anggaran
calc-coverage-per-person = Per orang { $n } bulan
calc-coverage-people = Jumlah orang
calc-coverage-leftover = Sisa anggaran
calc-coverage-verdict = Anggaran ini cukup untuk <b>{ $people } pekerja rentan</b> selama { $months } bulan (dibulatkan ke bawah).
calc-coverage-none = Anggaran ini belum cukup untuk 1 orang selama { $months } bulan: perlu { $needed } per orang.
calc-jkp-resigned =
    <b>JKP tidak berlaku bila Anda resign (mengundurkan diri).</b> Uang tunai JKP hanya untuk pekerja yang kena PHK dan sudah membayar iuran JKP minimal { $min } bulan dalam { $window } bulan terakhir.
    Setelah resign, saldo JHT tetap bisa dicairkan setelah masa tunggu { $wait } bulan.
calc-allowance-note = ℹ️ Upah dihitung { $total } = gaji { $wage } + tunjangan { $allowance }: dasar iuran adalah upah pokok + tunjangan <b>tetap</b> ({ $regulation }). Bila tunjangan itu tidak tetap, ketik gaji pokoknya saja.
calc-ask-months =
    Untuk berapa bulan iurannya? Saya belum bisa membaca lamanya dari pertanyaan itu, jadi tidak saya tebak.
    Tulis ulang dengan jumlah bulan, misalnya <i>50 pekerja rentan 6 bulan</i>, atau tekan tombol di bawah.
calc-ask-monthly-income =
    Iuran dihitung dari penghasilan <b>sebulan</b>. Untuk penghasilan per minggu, per tahun atau per panen tidak ada aturan pengubahnya, jadi tidak saya tebak.
    Berapa rata-rata penghasilan Anda sebulan? Tulis misalnya <i>penghasilan 3 jt sebulan iuran bpu brp</i>, atau tekan tombol di bawah.
calc-ask-monthly-wage =
    Iuran dihitung dari upah <b>sebulan</b>. Upah per minggu atau per tahun tidak saya ubah sendiri ke sebulan, jadi tidak saya tebak.
    Berapa upah sebulannya? Tulis misalnya <i>gaji 5 jt sebulan iuran brp</i>, atau tekan tombol di bawah.
calc-ask-income-range =
    Anda menulis kisaran { $low } sampai { $high }. Iuran dihitung dari <b>satu</b> angka penghasilan sebulan, jadi tidak saya pilihkan salah satu ujungnya.
    Pilih angkanya di bawah, atau balas dengan angka sebulan yang tepat.
calc-ask-officials-count =
    Berapa orang aparat desa yang didaftarkan? Saya belum bisa membaca jumlahnya dari pertanyaan itu, jadi tidak saya hitung untuk 1 orang.
    Tulis ulang dengan jumlah dan jabatannya, misalnya <i>7 kadus siltap 1,5 jt setahun</i>, atau tekan tombol di bawah.
calc-ask-button = 🧮 Hitung langkah demi langkah
calc-ask-people-count =
    Berapa orang yang akan didaftarkan? Saya belum bisa membaca jumlahnya dari pertanyaan itu, jadi tidak saya hitung.
    Tulis ulang dengan jumlah orangnya, misalnya <i>50 petani 6 bulan</i>, atau tekan tombol di bawah.
calc-amount-too-small = { $typed } terlalu kecil untuk penghasilan sebulan, jadi tidak saya hitung. Tulis lengkap, misalnya <b>1,5 jt</b> atau <b>1.500.000</b>.
amount-too_small = Angka itu terlalu kecil untuk penghasilan sebulan. Tulis lengkap, misalnya <b>1,5 jt</b> atau <b>1.500.000</b>.
amount-not_monthly = Tulis penghasilan <b>sebulan</b>: untuk penghasilan per minggu, per tahun, per panen atau per melaut tidak ada aturan pengubahnya. Misalnya <b>3 jt</b>.
calc-siltap-plain = Tulis siltap sebulan per orang saja, misalnya <b>2 jt</b>.
calc-ask-official-income =
    Berapa siltap (penghasilan tetap) aparat itu sebulan per orang? Iurannya dihitung dari siltap, jadi tanpa angka itu tidak saya hitung.
    Tulis ulang dengan siltapnya, misalnya <i>7 kadus siltap 1,5 jt setahun</i>, atau tekan tombol di bawah.
calc-ask-income-per-title =
    Siltap tiap jabatan tampaknya berbeda, dan saya belum bisa memasangkan setiap jabatan dengan siltapnya. Saya tidak menghitung satu siltap untuk semua.
    Tulis setiap jabatan dengan jumlah dan siltapnya, misalnya <i>kades siltap 4 jt, sekdes 3 jt, 5 kaur 2,5 jt setahun</i>, atau tekan tombol di bawah.
calc-ask-reply-months = Atau balas dengan jumlah bulannya saja, misalnya <b>6</b> atau <b>setahun</b>.
calc-ask-reply-count = Atau balas dengan jumlah orangnya saja, misalnya <b>11</b>.
calc-ask-reply-amount = Atau balas dengan angkanya saja, misalnya <b>1,5 jt</b>.
calc-vulnerable-jht-note = ℹ️ JHT BPU (pilihan) dihitung pada tingkat penghasilan terendah: { $jht } per orang per bulan, jadi paketnya { $package } ({ $regulation }). Angka JHT BPU baru dari satu sumber; pastikan ke call center 175.
calc-village-among = ℹ️ Siltap { $title } { $siltap } dihitung untuk salah satu dari { $of } orang itu; yang lain tetap { $others }. Bila { $title } di luar { $of } orang itu, tulis mis. <b>1 { $title } siltap { $siltap } dan { $of } perangkat siltap { $others }</b>.
calc-village-not-siltap = ⚠️ Kader, Linmas atau penerima honor: dasar 0,54% dari siltap yang kami punya hanya untuk aparat desa yang menerima siltap, bukan untuk honor. Pastikan dasar iurannya ke kantor cabang BPJS Ketenagakerjaan atau call center 175. Bila mereka didaftarkan sebagai pekerja rentan, iurannya paket BPU { $package } per orang per bulan.
calc-group-title-jht = <b>🧮 Iuran paket termurah dengan JHT (JKK + JKM + JHT) untuk kelompok</b>
calc-coverage-title-officials = <b>🧮 Anggaran untuk berapa aparat desa?</b>
calc-coverage-paid-first = Aparat desa { $n } org
calc-coverage-available = Sisa untuk dibagi
calc-coverage-verdict-officials = Anggaran ini cukup untuk <b>{ $people } aparat desa</b> dengan siltap { $siltap } selama { $months } bulan (JKK + JKM 0,54% dari siltap, dibulatkan ke bawah).
calc-coverage-verdict-officials-extra = Anggaran ini cukup untuk <b>{ $people } aparat desa</b> dengan siltap { $siltap } selama { $months } bulan (JKK + JKM 0,54% + { $extras } dari siltap, dibulatkan ke bawah).
calc-jkp-too-short = <b>Syarat uang tunai JKP belum terpenuhi.</b> Anda menyebut baru { $paid } bulan, sedangkan JKP mensyaratkan iuran minimal { $min } bulan dalam { $window } bulan terakhir (dan kena PHK, bukan resign). Karena itu tidak saya hitung angkanya. Bila masa iuran Anda sebenarnya lebih lama, tanyakan lagi dengan gaji Anda atau hubungi call center 175.
calc-village-siltap = Siltap / orang
calc-wage-plain = Tulis upah sebulan dalam satu angka, misalnya <b>5 jt</b>.
calc-ask-risk-class =
    Iuran JKK mengikuti tingkat risiko tempat kerja, dan tingkat itu tidak bisa saya tebak dari nama tempat kerjanya. Tanyakan ke HRD atau kantor cabang tingkat risiko perusahaan Anda, lalu pilih di bawah (atau ketik misalnya <i>risiko tinggi</i>).
calc-risk-expired = Hitungan sebelumnya sudah tidak tersimpan. Ketik /hitung untuk menghitung lagi.
calc-jkp-informal =
    <b>JKP tidak berlaku untuk pekerja informal (BPU)</b>, termasuk ojol dan mitra aplikator: peserta JKP hanya pekerja penerima upah (WNI dengan hubungan kerja). Karena itu tidak saya hitung uang tunai JKP.
    Sebagai BPU Anda tetap bisa dilindungi JKK dan JKM (JHT bisa ditambah). Untuk iurannya, tulis misalnya <i>penghasilan 3 jt iuran bpu brp</i>.
calc-jkp-contract-ended =
    <b>Kontrak (PKWT) yang habis sesuai jadwal tidak termasuk PHK yang dijamin JKP</b>, jadi uang tunai JKP tidak saya hitung. Bila Anda diberhentikan <b>sebelum</b> kontrak berakhir dan sudah membayar iuran JKP minimal { $min } bulan dalam { $window } bulan terakhir, JKP bisa diajukan; pastikan ke call center 175.
    Saldo JHT tetap bisa dicairkan karena kontrak berakhir, cukup dengan kartu peserta dan KTP tanpa masa tunggu (lihat <i>Klaim JHT saat kontrak PKWT habis</i>).
calc-jkp-too-late =
    <b>Batas klaim JKP tampaknya sudah lewat.</b> Anda menyebut PHK { $since } bulan lalu, sedangkan klaim JKP harus diajukan paling lambat { $claim } bulan setelah PHK. Karena itu tidak saya hitung angkanya. Bila tanggal PHK Anda berbeda, hubungi call center 175.
    Saldo JHT tetap bisa dicairkan setelah masa tunggu { $wait } bulan.
calc-jkp-too-late-dated =
    <b>Batas klaim JKP tampaknya sudah lewat.</b> Anda menyebut PHK <i>{ $written }</i>, yaitu sudah lebih dari { $claim } bulan lalu, sedangkan klaim JKP harus diajukan paling lambat { $claim } bulan setelah PHK. Karena itu tidak saya hitung angkanya. Bila tanggal PHK Anda berbeda, hubungi call center 175.
    Saldo JHT tetap bisa dicairkan setelah masa tunggu { $wait } bulan.
calc-limit-months = 💰 Dana { $budget } cukup untuk <b>{ $months } bulan</b> iuran ({ $monthly } per bulan), sisa { $left }.
calc-limit-not-one-month = 💰 Dana { $budget } <b>belum cukup untuk satu bulan</b> iuran ({ $monthly } per bulan); kurang { $short }.
calc-limit-enough = 💰 Anggaran { $budget } <b>cukup</b> untuk { $months } bulan iuran ({ $needed }), sisa { $left }.
calc-limit-short = 💰 Anggaran { $budget } <b>belum cukup</b> untuk { $months } bulan iuran ({ $needed }); kurang { $short }.
calc-jkp-read-rule = 📖 Baca aturan JKP-nya
calc-bpu-jht-single-source = ℹ️ Angka JHT BPU (pilihan) baru dari satu sumber; pastikan ke call center 175 atau aplikasi JMO.
calc-ask-return-rate = Saldo JHT bergantung pada hasil pengembangan per tahun, yang berubah tiap tahun dan tidak saya tebak. Pilih asumsinya untuk ilustrasi (atau ketik misalnya <i>5%</i>).
calc-village-honor-read = ℹ️ Honor { $honor } sudah saya baca: iurannya tetap paket BPU di atas, tidak berubah karena besar honornya.
calc-village-honor-as-bpu = ⚠️ { $who ->
        [none] Kader, Linmas atau RT/RW yang menerima honor, insentif atau tunjangan (juga staf desa berhonor)
       *[other] { $who } yang menerima honor, insentif atau tunjangan
    }: dasar 0,54% yang kami punya hanya untuk aparat desa yang menerima siltap, jadi mereka saya hitung dengan paket BPU termurah { $package } per orang per bulan, seperti pekerja rentan (bukan 0,54% dari honornya). Pastikan dasar iurannya ke kantor cabang BPJS Ketenagakerjaan atau call center 175.
calc-ask-several-wages = Upahnya berbeda-beda, jadi satu upah dikali jumlah karyawan tidak akan benar. Saya menghitung satu upah per pertanyaan: tulis misalnya <i>gaji 4 jt iuran brp</i>, lalu <i>kl 6jt?</i> untuk upah berikutnya, dan jumlahkan totalnya. Atau tekan tombol di bawah.
calc-bpu-no-jp = ℹ️ JP (Jaminan Pensiun) tidak bisa diikuti peserta BPU (pekerja informal dan pekerja rentan): JP hanya untuk pekerja penerima upah (PP 45/2015). Bagi mereka JHT boleh diikuti sebagai pilihan.
calc-village-split = Per orang sebulan, { $base ->
        [bpd] tunjangan
       *[other] siltap
    } { $siltap }: <b>desa membayar { $village }</b> (JKK + JKM{ $employer }), <b>dipotong dari { $base ->
        [bpd] tunjangan
       *[other] siltap
    } { $official }</b> ({ $worker }).
calc-village-split-caveat = ℹ️ Pembagian ini seperti penerima upah ({ $regulations }). Kabupaten bisa mengaturnya lain (misalnya lewat Perbup); pastikan aturan kabupaten Anda.
calc-village-split-village-only = Per orang sebulan, { $base ->
        [bpd] tunjangan
       *[other] siltap
    } { $siltap }: <b>desa membayar semuanya, { $village }</b> (JKK + JKM); tanpa JHT dan JP tidak ada yang dipotong dari { $base ->
        [bpd] tunjangan
       *[other] siltap
    }.
calc-bpu-people = Untuk { $n } orang dengan penghasilan yang sama (tabel di atas untuk satu orang): <b>{ $monthly }</b> per bulan, { $year } setahun.
calc-jp-cap-changes-below = ℹ️ Batas upah JP naik setiap bulan Maret, tetapi upah ini di bawah batasnya: JP tetap dihitung dari upah, jadi angkanya tidak berubah karena itu.
calc-pmi-title = <b>🧳 Iuran JKK + JKM pekerja migran (PMI)</b>
calc-pmi-pre = Sebelum bekerja
calc-pmi-contract = Kontrak { $n } bulan
calc-pmi-unpriced = Aturannya memberi tarif untuk kontrak 6, 12 dan 24 bulan saja, bukan { $n } bulan; tiap bulan perpanjangan { $extra }. Pastikan ke call center 175.
calc-pmi-extension-row = Perpanjangan { $n } bulan
calc-pmi-extension = Perpanjangan { $n } bulan × { $per } = <b>{ $total }</b>.
calc-pmi-jht = JHT (pilihan) dibayar terpisah, besarnya dipilih sendiri antara { $min } dan { $max } (angka ini baru dari satu sumber).
calc-village-named = <b>Desa { $name }</b>
calc-villages-total = <b>Semua { $n } desa, { $months } bulan: { $total }</b> (setiap desa menganggarkan bagiannya sendiri di APBDes-nya).
calc-village-bpd = Anggota BPD: { $n } org ({ $programs })
calc-village-bpd-income = Tunjangan / orang
calc-village-bpd-note = ℹ️ Anggota BPD ikut skema pemerintah desa ({ $regulation }), bukan pekerja rentan: JKK + JKM 0,54%{ $extras } dari tunjangan tetapnya, seperti aparat desa. Dasar 0,54% untuk tunjangan BPD tidak disebut tersendiri di sumber kami; pastikan ke kantor cabang atau call center 175.{ $jp ->
        [both] {" "}<b>JHT dan JP tidak saya tambahkan untuk anggota BPD</b>: { calc-village-bpd-extras-why }
        [jht] {" "}<b>JHT tidak saya tambahkan untuk anggota BPD</b>: { calc-village-bpd-extras-why }
        [jp] {" "}<b>JP tidak saya tambahkan untuk anggota BPD</b>: { calc-village-bpd-extras-why }
       *[other] {""}
    }
village-ask-extra = Tambahkan JHT dan/atau JP untuk aparat desa? JKK + JKM ({ $base } dari siltap) selalu dihitung; JHT{ $jht } dan JP{ $jp } juga dari siltap (bagian desa + bagian aparat).
village-extra-none = Tidak, JKK + JKM saja
village-extra-jht = + JHT
village-extra-jp = + JP
village-extra-both = + JHT dan JP
village-extra-hint = Pilih salah satu tombol, atau ketik <b>jht</b>, <b>jp</b>, <b>jht jp</b> atau <b>tidak</b>.
calc-same-count = ↩️ Sama seperti tadi: { $n } orang
calc-same-amount = ↩️ Sama seperti tadi: { $amount }
calc-same-months = ↩️ Sama seperti tadi: { $n } bulan
calc-same-choice = ↩️ Sama seperti tadi: { $label }
calc-same-other = 🧮 Hitung yang lain
calc-again-village-intro = 🔁 Hitung ulang anggaran desa. Angka tadi bisa dipakai lagi dengan tombol ↩️, jadi ubah yang perlu saja.
calc-again-village-groups = Tadi siltapnya berbeda per jabatan, sedangkan di sini satu siltap untuk semua. Untuk mengubah satu angka saja, ketik misalnya <i>kalau siltap kades 3 jt?</i>
calc-wage-floor = ℹ️ Dasar iuran adalah upah pokok + tunjangan tetap, dan tidak boleh di bawah UMK/UMP daerah Anda kecuali yang dibolehkan undang-undang ({ $regulation }). Angka UMK/UMP tidak ada di data kami, jadi tidak saya periksa.
calc-wage-floor-only = ℹ️ Dasar iuran juga tidak boleh di bawah UMK/UMP daerah Anda kecuali yang dibolehkan undang-undang ({ $regulation }). Angka UMK/UMP tidak ada di data kami, jadi tidak saya periksa.
calc-ask-siltap-range =
    Anda menulis kisaran siltap { $low } sampai { $high }. Iuran aparat desa dihitung dari <b>satu</b> angka siltap sebulan per orang, jadi tidak saya pilihkan salah satu ujungnya.
    Pilih angkanya di bawah, atau balas dengan siltap sebulan yang tepat.
calc-siltap-range = { $typed } adalah kisaran. Iuran dihitung dari satu angka: tulis siltap sebulan per orang saja, misalnya <b>2 jt</b>.
calc-amount-range = { $typed } adalah kisaran. Iuran dihitung dari satu angka: tulis satu angka sebulan saja, misalnya <b>2 jt</b>.
calc-jkp-village-official =
    <b>Apakah aparat desa bisa menjadi peserta JKP tidak kami ketahui</b>: sumber kami tidak menyebutnya. JKP mensyaratkan hubungan kerja dan kepesertaan program yang diwajibkan (sekurangnya JKK, JKM dan JHT; usaha besar dan menengah juga JP), sedangkan aparat desa umumnya didaftarkan JKK + JKM. Karena itu uang tunai JKP tidak saya hitung. Tanyakan ke call center 175.
    JKP sendiri tidak menambah iuran: { $government } dibayar pemerintah pusat (APBN) dan { $jkk } diambil dari iuran JKK yang sudah dibayar.
calc-village-jkp-funding = ℹ️ JKP tidak menambah iuran desa maupun aparat: iuran JKP { $total } dari upah terdiri atas { $government } dari pemerintah pusat (APBN) dan { $jkk } yang diambil dari iuran JKK yang sudah dibayar ({ $regulation }), jadi tabel di atas tidak berubah. Apakah aparat desa bisa menjadi peserta JKP tidak kami ketahui; tanyakan ke call center 175.
calc-village-risk-named = ℹ️ JKK aparat desa saya hitung { $rate } (risiko { $risk }) seperti yang Anda tulis. Sumber kami memakai JKK { $usual } (risiko sangat rendah) untuk aparat desa; kelas risiko yang berlaku untuk desa Anda tanyakan ke kantor cabang BPJS Ketenagakerjaan atau call center 175.
calc-village-assumed-months = ℹ️ Periodenya tidak disebut, jadi saya hitung <b>12 bulan</b> ({ $span }). Untuk periode lain tulis misalnya <i>kalau 6 bulan?</i>
calc-village-honor = Penerima honor/tunjangan: { $n } org (BPU { $programs })
calc-village-as-bpu = ℹ️ Seperti yang Anda minta, semuanya saya hitung dengan paket BPU termurah { $package } per orang per bulan, bukan dari siltap atau tunjangannya.
calc-village-titled = { $officials } – { $title }
calc-village-split-period = Untuk { $months } bulan{ $status ->
        [floor] {" "}(paling sedikit)
        [partial] {" "}(tanpa sebagian JP)
       *[exact] {""}
    }: <b>bagian desa { $village }</b>, dipotong dari siltap { $official }.
calc-village-apbdes-split = Total di atas adalah seluruh iuran, termasuk yang dipotong dari siltap; yang dianggarkan desa adalah bagian desa di bawah (kode rekening sesuai juknis Kemendagri).
calc-villages-same = <b>Setiap desa ({ $n } desa, angkanya sama)</b>
village-count-not-months = Itu jumlah bulan. Di sini tulis jumlah <b>orangnya</b>, dari { $min } sampai { $max } (0 bila tidak ada); jumlah bulan ditanyakan sesudah ini.
village-title-kades = Kepala desa
village-title-sekdes = Sekretaris desa
village-title-bendahara-desa = Bendahara desa
village-title-kadus = Kepala dusun
village-title-kaur = Kaur
village-title-kasi = Kasi
village-title-rt = Ketua RT
village-title-rw = Ketua RW
village-title-bpd = Anggota BPD
village-title-linmas = Linmas
village-title-kader = Kader
calc-jkp-retired =
    <b>JKP tidak berlaku untuk pensiun</b> (termasuk pensiun dini): uang tunai JKP hanya untuk pekerja yang kena PHK. Karena itu tidak saya hitung angkanya.
    Saat pensiun yang dibayarkan adalah saldo JHT (penuh pada usia { $jhtAge } tahun atau usia pensiun di perjanjian kerja/peraturan perusahaan) dan JP: pensiun bulanan mulai usia { $jpAge } tahun bila iuran JP minimal { $jpYears } tahun, kurang dari itu dibayar sekaligus. Untuk angkanya tulis misalnya <i>jp sy brp sebulan kl iuran 20 thn gaji 5jt</i>.
calc-jkp-jht-too = ℹ️ Selain JKP, saldo JHT Anda bisa dicairkan penuh setelah masa tunggu { $wait } bulan sejak PHK ({ $regulation }).
calc-jkp-employer-closed = ℹ️ Perusahaan tutup atau pailit tidak menghapus hak JKP: BPJS Ketenagakerjaan tetap membayar JKP, juga bila perusahaan menunggak iuran paling lama { $months } bulan; tunggakan dan dendanya tetap kewajiban perusahaan ({ $regulation }).
calc-wage-below-minimum = ⚠️ Upah { $wage } di bawah UMK/UMP { $minimum } yang Anda sebut. Dasar iuran tidak boleh di bawah UMK/UMP kecuali yang dibolehkan undang-undang ({ $regulation }), jadi tabel di atas dihitung dari <b>{ $minimum }</b>.
calc-wage-above-minimum = ℹ️ Upah { $wage } tidak di bawah UMK/UMP { $minimum } yang Anda sebut, jadi dasar iurannya upah itu ({ $regulation }).
calc-wage-household = ⚠️ Untuk pekerja rumah tangga (ART/PRT): JP hanya wajib bagi pemberi kerja usaha besar dan menengah ({ $regulation }). Rumah tangga yang mempekerjakan ART tidak termasuk usaha itu, jadi baris JP di atas hanya berlaku bila majikan memang mendaftarkan JP; tanpa JP, potongan gaji dan bagian pemberi kerja lebih kecil. Pastikan ke call center 175.
calc-wage-foreign = 🌐 Untuk tenaga kerja asing (TKA): JKK, JKM dan JHT di atas wajib setelah bekerja di Indonesia paling singkat { $months } bulan, dengan tarif yang sama seperti pekerja Indonesia ({ $regulation }).
calc-wage-foreign-jp = ⚠️ <b>JP untuk tenaga kerja asing belum pasti</b>: aturan JP yang kami baca tidak menyebut orang asing ({ $regulation }), jadi JP <b>tidak</b> dimasukkan ke tabel dan totalnya di atas. Bila ternyata berlaku, tambahannya JP { $employerRate } (PK) { $employer } dan JP { $workerRate } (pkj) { $worker } per bulan, dari { $capped ->
    [yes] batas upah JP { $year } sebesar { $base }
   *[other] upah { $base }
}. Wajib atau tidaknya tanyakan ke call center 175 atau kantor cabang.
calc-wage-foreign-jkp = JKP hanya untuk WNI ({ $regulation }): tenaga kerja asing tidak ikut JKP.
calc-jp-cap-period = ℹ️ Untuk { $asked } dipakai batas upah JP { $year }, yang berlaku 1 Maret { $year } sampai akhir Februari { $next }.
calc-jp-cap-span = Maret { $year }–Februari { $next }
calc-jp-cap-unknown = ⚠️ Batas upah JP untuk { $asked } tidak ada di data kami, dan dulu batasnya lebih rendah dari batas terawal yang kami punya ({ $year }: { $cap }). Jadi JP tidak saya hitung dan tidak masuk total di atas; tanyakan iuran JP masa itu ke call center 175.
calc-jp-cap-missing-later = ℹ️ Batas upah JP untuk { $asked } (berlaku mulai Maret { $wanted }) belum ada di data kami, tetapi upah ini di bawah batas terakhir yang kami punya ({ $year }: { $cap }). Batas naik setiap Maret, jadi JP tetap dihitung dari seluruh upah.
calc-jp-cap-jan-feb = ℹ️ Januari–Februari { $asked } masih memakai batas upah JP { $previous } ({ $cap }), jadi JP kedua bulan itu { $employer } (PK) + { $worker } (pkj){ $weak ->
        [yes] , perkiraan karena batas { $previous } belum terkonfirmasi.
       *[no] .
    }
calc-jp-cap-jan-feb-unknown = ⚠️ Januari–Februari { $asked } masih memakai batas upah JP { $previous }, yang tidak ada di data kami: JP kedua bulan itu tanyakan ke call center 175.
calc-village-jp-cap-period = ℹ️ Batas upah JP { $year } berlaku { $asked }.
calc-bpu-household = Untuk { $n } orang (tiap orang dengan penghasilannya sendiri): { $parts } = <b>{ $monthly }</b> per bulan, { $year } setahun.
calc-bpu-household-jht = ℹ️ JHT (pilihan) ikut saya hitung untuk orang ini juga, mengikuti pilihan Anda tadi; tanpa JHT iurannya { $without } per bulan. Ketik "tanpa jht" untuk menghitung semuanya tanpa JHT.
calc-jht-compounding = Pengembangan { $rate }%/thn dihitung bulanan ({ $rate }% dibagi 12 tiap bulan, dimajemukkan), jadi setahun sedikit di atas { $rate }%.
calc-jkk-disability-title = <b>🧮 Santunan cacat total tetap karena kecelakaan kerja</b>
calc-jkk-disability-note = Santunan sekaligus { $multiple } × upah sebulan, untuk cacat total tetap akibat kecelakaan kerja atau penyakit akibat kerja (JKK); biaya perawatan dan beasiswa anak dibayar terpisah. Cacat yang bukan karena kerja tidak dibayar JKK.
calc-jkk-disability-single = ⚠️ Angka pengali ini baru dari satu sumber; pastikan ke call center 175.
calc-jkk-disability-partial = ℹ️ Ini untuk cacat tetap <b>total</b>. Cacat tetap <b>sebagian</b> (kehilangan anggota badan, jari, atau sebagian fungsi) dibayar sebesar persen pada tabel cacat untuk cedera itu × { $base } × upah sebulan ({ $regulation }): tergantung cederanya, jadi tidak saya hitung di sini; untuk cedera tertentu tanyakan ke call center 175 atau kantor cabang.
calc-jkm-death-title = <b>🧮 Santunan meninggal bukan karena kerja (JKM)</b>
calc-jkm-lump-sum = Santunan sekaligus
calc-jkm-death-note = Santunan JKM sama untuk semua upah, jadi upah { $wage } tidak mengubah angkanya: ahli waris menerima { $total }. Beasiswa anak dari JKM hanya bila iuran sudah minimal { $years } tahun. Bila meninggal karena kecelakaan kerja, yang berlaku JKK dengan santunan yang lebih besar.
calc-wage-jp-first = 🏦 JP sebulan: { $employer } dari pemberi kerja ({ $employerRate }) + { $worker } dipotong dari gaji ({ $workerRate }) = <b>{ $total }</b>, dihitung dari { $base }.
calc-risk-wage-again = Gaji { $wage } sudah saya catat. Sekarang pilih tingkat risiko tempat kerja di atas, atau ketik misalnya <i>tinggi</i> atau <i>tidak tahu</i>.
calc-ask-worker-kind =
    Penghasilan { $amount } sudah saya catat. Iurannya tergantung apakah Anda bekerja untuk orang lain atau untuk diri sendiri, dan itu tidak bisa saya tebak dari pertanyaannya:
    • <b>Karyawan</b> (ada pemberi kerja atau mandor, termasuk pekerja harian lepas): iuran dihitung dari upah, sebagian besar dibayar pemberi kerja.
    • <b>Pekerja mandiri (BPU)</b> (usaha atau kerja sendiri): Anda membayar sendiri paket JKK + JKM dari penghasilan.
    Pilih di bawah, atau balas <i>karyawan</i> atau <i>mandiri</i>.
calc-worker-kind-wage = 👷 Karyawan (ada pemberi kerja)
calc-worker-kind-bpu = 🧑‍🔧 Pekerja mandiri (BPU)
calc-amount-per-day = { $amount } sehari
calc-amount-per-month = { $amount } sebulan
calc-late-fee-title = <b>🧮 Denda telat bayar iuran (pemberi kerja)</b>
calc-late-fee-contribution = Iuran yang telat
calc-late-fee-per-month = Denda { $rate }% / bulan
calc-late-fee-months = Telat { $n } bulan
calc-late-fee-note = Denda { $rate }% per bulan dari iuran yang terlambat, ditanggung seluruhnya oleh pemberi kerja dan dibayar bersama iuran bulan berikutnya. Angka ini untuk iuran satu bulan itu; iuran bulan lain yang juga terlambat kena denda sendiri. Peserta BPU (mandiri) tidak kena denda.
calc-late-fee-no-months = Berapa bulan terlambatnya tidak disebut: dendanya { $perMonth } untuk setiap bulan keterlambatan. Untuk totalnya tulis misalnya <i>kl telat 2 bulan?</i>
calc-late-fee-from-wage = Iuran sebulan untuk upah { $wage }, { $employees } karyawan, risiko { $risk } (bagian pemberi kerja + potongan upah, seperti tabel iuran karyawan): { $total }.
calc-ask-household-income = Istri, suami atau anggota keluarga lain yang bekerja ikut BPU sebagai peserta sendiri, dengan iuran dari penghasilannya sendiri (JP tidak ada untuk BPU). Berapa penghasilannya sebulan? Balas dengan angkanya saja, misalnya <b>1 jt</b>: saya hitung iurannya dan saya jumlahkan dengan iuran Anda tadi.
calc-ask-several-wages-period = Upahnya berbeda-beda (pertanyaan Anda tadi), jadi total { $months } bulan untuk semuanya belum bisa saya hitung sekaligus. Hitung tiap upah dengan periodenya, misalnya <i>3 karyawan gaji 4 jt { $months } bulan brp</i>, lalu <i>2 karyawan gaji 6 jt { $months } bulan brp</i>, dan jumlahkan totalnya. Atau tekan tombol di bawah.
calc-village-honor-titled = { $title }: { $n } org (paket BPU { $programs })
village-title-perangkat = Aparat desa
calc-ask-amount-period = Penghasilan <b>{ $amount }</b> itu <b>sehari</b> atau <b>sebulan</b>? Untuk sehari jumlahnya besar sekali, dan upah sehari dikalikan hari kerja sebulan, jadi tidak saya tebak. Balas <i>sebulan</i> atau <i>sehari</i>, atau ketik penghasilan sebulannya, misalnya <b>3 jt</b>.
calc-ask-wage-period = Gaji <b>{ $amount }</b> itu <b>sebulan</b> atau <b>setahun</b>? Iuran dihitung dari upah sebulan, dan untuk upah setahun saya butuh upah sebulannya, jadi tidak saya tebak. Balas <i>sebulan</i> (saya hitung 12 bulan) atau <i>setahun</i>, atau ketik upah sebulannya, misalnya <b>5 jt</b>.
calc-ask-official-income-honor = Siltap itu hanya untuk aparat desa; { $n } { $titles } saya hitung dengan paket BPU (bukan dari siltap).
calc-ask-official-income-bpd-honor = Siltap itu untuk aparat desa, dan saya pakai juga sebagai tunjangan anggota BPD; { $n } { $titles } saya hitung dengan paket BPU (bukan dari siltap).
calc-village-bpd-shared = ℹ️ Angka { $amount } saya pakai sebagai siltap aparat desa dan juga sebagai tunjangan tetap anggota BPD. Bila tunjangan BPD berbeda, ketik misalnya <i>kalau tunjangan bpd 1 jt?</i>
village-title-short-rt = RT
village-title-short-rw = RW
village-title-short-linmas = Linmas
village-title-short-kader = kader
village-title-short-honor = penerima honor
village-title-short-bpd = anggota BPD
village-title-short-operator-desa = operator desa
village-title-short-modin = modin
village-title-short-kaling = kaling
village-title-short-guru-ngaji = guru ngaji
calc-coverage-title-honor = <b>🧮 Anggaran untuk berapa { $who }?</b>
calc-coverage-verdict-honor = Anggaran ini cukup untuk <b>{ $people } { $who }</b> selama { $months } bulan (paket BPU { $package } per orang per bulan, dibulatkan ke bawah).
calc-jakon-title = <b>🏗️ Iuran JKK + JKM proyek konstruksi (Jakon) dari nilai kontrak</b>
calc-jakon-value = Nilai kontrak
calc-jakon-total = Iuran JKK + JKM
calc-jakon-known-total = s.d. { $upTo }
calc-jakon-how = Tarifnya bertingkat: tiap tarif hanya untuk bagian nilai kontrak di tingkatnya. Cara ini untuk proyek yang upah pekerjanya tidak diketahui; bila upahnya diketahui, iuran { $wageRate } dari upah. (* = angka dari satu sumber saja.)
calc-jakon-single = ⚠️ Tarif { $rate } untuk bagian { $from } sampai { $to } baru dari satu sumber; pastikan ke call center 175.
calc-jakon-unknown = ⚠️ Untuk bagian di atas { $upTo } ({ $part }) tarifnya tidak ada di data kami, jadi totalnya tidak bisa saya hitung: { $known } di atas hanya untuk { $upTo } pertama. Tanyakan ke call center 175 atau kantor cabang BPJS Ketenagakerjaan.
calc-jakon-register = Proyek wajib didaftarkan paling lambat { $days } hari kerja setelah SPK ({ $regulation }).
calc-village-year-read = ℹ️ Tahun { $year } saya hitung Januari–Desember { $year } (12 bulan).
calc-ask-budget-noted = Anggaran { $budget } saya catat: begitu angka di atas ada, saya hitung cukup untuk berapa bulan.
calc-ask-budget-needs-groups = Anggaran { $budget } baru bisa saya bandingkan bila setiap kelompok dan siltapnya saya ketahui. Tulis sekaligus, misalnya <i>anggaran 20 jt, 12 perangkat siltap 2,3 jt, 8 bpd tunjangan 900 rb, cukup utk brp bulan?</i>
calc-printable-intro = 📄 Ringkasan hitungan terakhir, teks biasa untuk disalin atau dicetak (mis. untuk musdes). Untuk dokumen resmi APBDes, ikuti juknis dari DPMD atau kantor cabang BPJS Ketenagakerjaan.
calc-printable-intro-plain = 📄 Ringkasan hitungan terakhir, teks biasa untuk disalin atau dicetak.

calc-total-floor = Total (paling sedikit)
calc-total-partial = Total (tanpa sebagian JP)
calc-months-floor = { $n } bulan (paling sedikit)
calc-months-partial = { $n } bulan (tanpa sebagian JP)
calc-village-apbdes-floor = ⚠️ { $total } adalah angka <b>paling sedikit</b>, bukan angka pasti: JP sebagian bulan bisa lebih tinggi (lihat catatan batas upah JP). Saat memasukkannya ke APBDes, tambahkan cadangan (kode rekening sesuai juknis Kemendagri).
calc-village-apbdes-partial = ⚠️ Total ini belum termasuk JP sebagian bulan (lihat catatan batas upah JP): tanyakan JP itu ke call center 175 dan tambahkan sebelum total dimasukkan ke APBDes.
calc-jp-cap-floor = ⚠️ { calc-jp-cap-floor-said }
calc-jp-cap-floor-said = Batas upah JP naik setiap Maret; batas mulai Maret { $wanted }{ $later ->
        [none] {""}
       *[other] {" "}dan Maret { $later }
    } belum ada di data kami, jadi JP { $span } saya hitung dengan batas { $year } ({ $cap }) — angka sebenarnya bisa lebih tinggi{ $weak ->
        [yes] , dan batas { $year } sendiri belum terkonfirmasi
       *[no] {""}
    }; pastikan ke call center 175.
calc-jp-cap-left-out = ⚠️ Batas upah JP sebelum Maret { $year } tidak ada di data kami, dan dulu batasnya lebih rendah, jadi JP { $span } tidak saya hitung dan tidak masuk total; tanyakan ke call center 175.
calc-jp-cap-parts = ℹ️ Totalnya dijumlah per batas upah JP:
calc-jp-cap-part = • { $span }: { $months } × { $monthly } = { $total } ({ $status ->
        [floor] batas { $year }, paling sedikit
        [unknown] belum termasuk JP
        [weak] batas { $year }, perkiraan
       *[solid] batas { $year }
    })
calc-village-apbdes-month = Ini iuran sebulan. Untuk APBDes, tulis periodenya (misalnya <i>kalau 12 bulan?</i>) supaya totalnya saya hitung.
calc-villages-total-floor = ⚠️ Angka ini paling sedikit: JP sebagian bulan bisa lebih tinggi.
calc-villages-total-partial = ⚠️ Angka ini belum termasuk JP sebagian bulan.
calc-floor-mark = (paling sedikit)
calc-partial-mark = (tanpa sebagian JP)
calc-coverage-floor = ⚠️ Karena JP sebagian bulan bisa lebih tinggi, { $people } orang adalah jumlah <b>paling banyak</b>: sisakan cadangan di anggaran.
calc-village-split-head = Per orang sebulan, <b>desa membayar</b> JKK + JKM{ $employer }, <b>dipotong</b> { $worker }:
calc-village-split-row = • { $base ->
        [bpd] tunjangan
       *[other] siltap
    } { $siltap }: desa { $village }, dipotong { $official }
calc-village-apbdes-floor-split = ⚠️ { $total } adalah seluruh iuran (termasuk potongan siltap) dan angka <b>paling sedikit</b>. Yang dianggarkan desa: bagian desa di bawah, dengan cadangan.
calc-village-share-whole = Seluruh iuran { $total }.
calc-village-apbdes-floor-share = ⚠️ Angka-angka ini <b>paling sedikit</b>: anggarkan bagian desa dengan cadangan.
calc-village-apbdes-share = Yang dianggarkan desa adalah bagian desa; sisanya dipotong dari siltap (kode rekening sesuai juknis Kemendagri).
calc-village-jp-cap-floor-applied = ⚠️ JP dihitung dari batas upah JP { $year }, bukan dari seluruh siltap. { calc-jp-cap-floor-said }
calc-village-assumed-length = ℹ️ Lamanya tidak disebut, jadi saya hitung <b>12 bulan</b> dari bulan yang Anda tulis ({ $span }). Untuk periode lain tulis misalnya <i>kalau 6 bulan?</i>
calc-village-months-from-next = ℹ️ { $months } bulan itu saya hitung mulai bulan depan: { $span }.

# village (explore13)
calc-village-siltap-read = ℹ️ { $written } saya baca sebagai jumlah { $yearly ->
        [yes] <b>setahun</b>
       *[no] <b>sebulan</b>
    }{ $people ->
        [0] {""}
       *[other] {" "}untuk <b>{ $people } orang bersama</b>
    }, jadi per orang sebulan { $each }{ $people ->
        [0] {""}
       *[other] {" "}(dibagi rata)
    }. Bila bukan begitu, tulis siltap per orang sebulan, misalnya <i>8 perangkat siltap 2,25 jt</i>.
calc-siltap-too-large = { $typed } sebulan untuk <b>tiap orang</b> terlalu besar untuk siltap, jadi tidak saya hitung. Kalau itu total semua orang atau siltap setahun, tulis begitu (misalnya <i>total siltap 18 jt sebulan</i> atau <i>siltap setahun 36 jt</i>).

# workers (explore13)
calc-daily-own-days-note = ℹ️ Penghasilan per hari { $daily } × { $days } hari kerja sebulan (yang Anda sebut) = { $monthly } sebulan.
calc-wage-risky-work = ⚠️ Anda menyebut pekerjaan <b>{ $work }</b>: risiko terendah (JKK { $low }) jarang berlaku untuk pekerjaan seperti itu; JKK bisa sampai { $high } ({ $regulation }). Tingkat risiko ditetapkan menurut jenis usaha perusahaan, jadi <b>pilih tingkat risikonya di bawah</b>. Tabel ini masih memakai risiko terendah.
calc-wage-small-firm = ⚠️ Usaha mikro dan kecil tidak wajib mendaftarkan pekerjanya ke JP; JP wajib bagi usaha besar dan menengah ({ $regulation }). Jadi baris JP di atas hanya berlaku bila pemberi kerja memang mendaftarkan JP; tanpa JP, potongan gaji dan bagian pemberi kerja lebih kecil. JKK, JKM dan JHT tetap untuk karyawan. Pastikan ke call center 175.
calc-member-years = { $n } tahun
calc-jht-partial-not-yet = <b>Belum bisa.</b> Klaim sebagian JHT ({ $retirement }% untuk persiapan pensiun atau { $housing }% untuk perumahan) baru boleh setelah menjadi peserta minimal { $years } tahun ({ $regulation }); Anda menyebut { $member }, jadi angkanya tidak saya hitung.
    Saldo JHT bisa dicairkan penuh bila berhenti kerja atau kena PHK, setelah masa tunggu { $wait } bulan ({ $waitRegulation }), atau saat usia { $age } tahun ({ $ageRegulation }).
calc-jp-formula-result = Hasil rumus
calc-jp-paid-min = Dibayar (minimal)
calc-stmb-cause-not-said = ⚠️ STMB hanya dibayar bila tidak mampu bekerja karena kecelakaan kerja atau penyakit akibat kerja; untuk sakit biasa STMB tidak berlaku. Bila ragu, tanyakan ke call center 175.
calc-village-vulnerable-income-row = Penghasilan / orang
calc-village-vulnerable-income = ℹ️ Pekerja rentan dihitung dari penghasilan { $income } yang Anda tulis, seperti iuran BPU: { $parts } = { $monthly } per orang per bulan{ $clamped ->
        [min] {" "}(di bawah tingkat terendah tabel BPU, jadi dihitung pada { $declared })
        [max] {" "}(di atas tingkat tertinggi tabel BPU, jadi dihitung pada { $declared })
       *[none] {""}
    }.{ $clamped ->
        [none] {" "}Hanya tingkat terendah dan tertinggi tabel penghasilan BPU yang terkonfirmasi; angka di antaranya perkiraan, pastikan ke call center 175. Paket termurah (penghasilan terendah) lebih murah bila desa mendaftarkan mereka pada tingkat itu.
       *[other] {""}
    }
calc-group-title-income = <b>🧮 Iuran BPU per penghasilan untuk kelompok</b>
village-title-operator-desa = Operator desa
village-title-modin = Modin
village-title-kaling = Kepala lingkungan
village-title-guru-ngaji = Guru ngaji
calc-village-bpd-extras-why = skema BPD di data kami hanya JKK + JKM; JHT/JP BPD itu aturan daerah (mis. Perbup Kendal 45/2025, Pangkep 2025).
calc-ask-which-group = Anggaran tadi punya beberapa kelompok: { $n } orang itu untuk kelompok mana? Tulis dengan namanya, misalnya <i>{ $first } jadi { $n }</i> atau <i>{ $second } jadi { $n }</i>, atau <i>tambah { $n } { $second }</i> bila menambah orang.
calc-which-group-vulnerable = pekerja rentan
calc-printable-none = Belum ada hitungan yang bisa saya ringkas. Hitung dulu, misalnya <i>iuran 10 perangkat siltap 2 jt setahun</i>, lalu ketik <b>ringkasan</b> untuk teks yang bisa disalin atau dicetak.
calc-village-fund-share = ℹ️ Iuran { $months } bulan { $total } adalah <b>{ $percent }</b> dari dana { $fund }.
calc-village-regional-rate = ℹ️ "Tarif Pangkep" tidak saya pakai: angka Pangkep 2025 adalah contoh APBDes daerah itu (termasuk JP), bukan tarif. Hitungan di atas memakai tarif aparat desa { $rate } ({ $regulation }); untuk contoh Pangkep, ketik <i>contoh iuran desa pangkep</i>.
calc-village-allowance-left-out = ℹ️ Tunjangan { $allowance } tidak saya hitung: dasar iuran aparat desa di data kami adalah siltap (penghasilan tetap). Bila daerah Anda memasukkan tunjangan, tanyakan ke kantor cabang atau call center 175.
calc-ask-again-whole = Angka saja belum bisa saya pasangkan ke pertanyaan tadi. Tulis ulang pertanyaannya lengkap dalam satu pesan.

# follow-ups (explore13)
calc-wage-jht-first = 📈 JHT Anda bertambah <b>{ $total }</b> sebulan ({ $rate } dari upah { $wage }): { $employer } dari pemberi kerja ({ $employerRate }) + { $worker } dipotong dari gaji ({ $workerRate }). Hasil pengembangan saldo belum termasuk.
calc-jht-jmo-within = ✅ Bisa lewat JMO: saldo { $balance } tidak lebih dari batas klaim JHT lewat aplikasi JMO ({ $limit }; { $regulation }). Pajaknya:
calc-jht-jmo-over = ❌ Tidak bisa lewat JMO: saldo { $balance } di atas batas klaim JHT lewat aplikasi JMO ({ $limit }; { $regulation }). Ajukan lewat Lapak Asik (daring) atau kantor cabang BPJS Ketenagakerjaan. Pajaknya:
calc-scholarship-not-met = 🎓 Belum memenuhi syarat beasiswa: beasiswa anak dari JKM butuh masa iuran paling sedikit { $min } tahun ({ $regulation }), sedangkan masa iuran yang Anda sebut { $years } tahun. Santunan JKM lainnya tetap dibayar. Bila masa iurannya ternyata lebih lama (cek di JMO atau kantor cabang), pastikan ke call center 175.
calc-scholarship-met = 🎓 Syarat masa iuran beasiswa terpenuhi: masa iuran { $years } tahun, paling sedikit { $min } tahun ({ $regulation }). Beasiswa diberikan untuk paling banyak { $children } anak, paling banyak { $perChild } per anak, dibayar per tahun sesuai jenjang sekolahnya. Pastikan ke kantor cabang atau call center 175 saat klaim.
calc-bpu-beside-wage = 👪 Untuk keluarga: potongan gaji Anda { $deduction } (dari upah { $wage }) + iuran BPU pasangan { $bpu } = <b>{ $monthly }</b> per bulan, { $year } setahun. Bagian pemberi kerja dibayar perusahaan, tidak termasuk.

# audit18 calculators
calc-jkk-death-package = ℹ️ { $paid } adalah iuran paket BPU (JKK + JKM), bukan penghasilan. Paket itu untuk penghasilan terendah tabel BPU, { $income } ({ $regulation }), jadi santunan dihitung dari { $income }.
calc-jkk-death-contribution-unknown = ℹ️ { $paid } tampaknya iuran yang dibayar, bukan penghasilan. Santunan kematian akibat kecelakaan kerja dihitung dari { $multiple } × penghasilan (atau upah) yang dilaporkan, jadi tulis penghasilannya, misalnya <i>ojol penghasilan 3 jt meninggal kecelakaan kerja dapat berapa</i>. Untuk memastikan, hubungi call center 175.
calc-jp-min-single = ℹ️ Manfaat pensiun minimal { $min } ({ $year }) baru dari satu sumber; pastikan ke call center 175.
calc-daily-single = ℹ️ Pengali { $days } hari ini baru dari satu sumber; pastikan ke call center 175.
calc-daily-days-written = ℹ️ Anda menyebut { $written } hari kerja sebulan, tetapi upah bulanan pekerja harian dihitung { $days } hari ({ $regulation }), jadi { $monthly } sebulan. Bila upah bulanan Anda lain, ketik jumlah sebulannya.
calc-single-source-mark = (angka ini baru dari satu sumber; pastikan ke call center 175)
calc-wage-salary-tax = ℹ️ Pajak penghasilan atas gaji (PPh 21) tidak ada di data kami, jadi tidak saya hitung; yang di atas hanya potongan BPJS Ketenagakerjaan. Tanyakan PPh 21 ke bagian personalia/kantor pajak, atau hubungi call center 175.
calc-group-income-note = ℹ️ Setiap orang dihitung dari penghasilan { $income } yang Anda tulis, seperti iuran BPU: { $parts } = { $monthly } per orang per bulan{ $clamped ->
        [min] {" "}(di bawah tingkat terendah tabel BPU, jadi dihitung pada { $declared })
        [max] {" "}(di atas tingkat tertinggi tabel BPU, jadi dihitung pada { $declared })
       *[none] {""}
    }.{ $clamped ->
        [none] {" "}Hanya tingkat terendah dan tertinggi tabel penghasilan BPU yang terkonfirmasi; angka di antaranya perkiraan, pastikan ke call center 175.
       *[other] {""}
    }
calc-jakon-wage = <b>🧮 Iuran Jakon dari upah pekerja</b>
    Upah { $wage } × { $rate } (JKK + JKM) = <b>{ $amount }</b> per bulan, dibayar pemberi kerja/kontraktor ({ $regulation }).{ $single ->
        [yes] {" "}⚠️ Tarif { $rate } ini baru dari satu sumber; pastikan ke call center 175.
       *[no] {""}
    }
    Bila upah pekerjanya tidak diketahui, iuran dihitung dari nilai kontrak proyek; tulis misalnya <i>iuran jakon kontrak 300 juta</i>.
calc-jp-cap-weak-mark = (Angka batas itu sendiri masih menunggu pengumuman resmi, tetapi tidak mengubah JP Anda.)
calc-total-siltap-contribution = ℹ️ Iuran JKK + JKM dari total siltap { $total } sebulan: { $rate } = <b>{ $monthly }</b> sebulan{ $months ->
        [1] {""}
       *[other] , { $months } bulan { $period }
    } ({ $regulation }). Jumlah orangnya hanya untuk rincian per orang.
