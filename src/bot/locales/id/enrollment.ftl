## Daftar minat
consent-text =
    <b>Daftar minat kepesertaan BPJS Ketenagakerjaan</b>

    Agar petugas bisa menghubungi Anda, saya akan menanyakan: jenis pekerjaan, pekerjaan, wilayah (provinsi, kabupaten/kota, kecamatan), program yang diminati, dan nomor HP. Nomor HP boleh tidak diberikan: petugas lalu menghubungi Anda lewat chat Telegram, sehingga mereka melihat nama dan akun Telegram Anda.

    • Tujuan: hanya untuk tindak lanjut pendaftaran Anda.
    • Yang membaca: petugas yang terdaftar di bot ini untuk provinsi Anda dan petugas yang terdaftar untuk semua provinsi (staf BPJS Ketenagakerjaan atau pemerintah daerah). Selama belum ada petugas yang terdaftar untuk provinsi Anda, data ini diterima oleh pengelola bot ini. Tidak diberikan ke pihak lain.
    • Disimpan paling lama { $months } bulan, lalu dihapus.
    • Lihat data Anda dengan /dataku, tarik persetujuan dengan /tarikpersetujuan, hapus kapan saja dengan /hapusdata.
    • Dasar: UU 27/2022 tentang Pelindungan Data Pribadi.

    Apakah Anda setuju?
consent-agree = ✅ Setuju
consent-decline = Tidak
consent-hint = Pilih <b>Setuju</b> atau <b>Tidak</b> pada tombol di atas.
consent-declined = Baik, tidak ada data dari isian ini yang disimpan. Anda tetap bisa bertanya apa saja. 🙏
ask-kind = Anda termasuk pekerja yang mana?
kind-wage = Karyawan (penerima upah)
kind-bpu_ojol = Ojol / ojek
kind-bpu_trader = Pedagang
kind-bpu_farmer = Petani
kind-bpu_fisher = Nelayan
kind-bpu_other = Pekerja mandiri lain
kind-construction = Pekerja konstruksi
kind-migrant = Pekerja migran (PMI)
kind-village_apparatus = Aparat desa
ask-occupation = Apa pekerjaan Anda? (contoh: <i>penjahit</i>, <i>buruh pabrik</i>, <i>guru honorer</i>)
occupation-hint = Tulis pekerjaan Anda dalam 2–60 huruf, tanpa tautan.
occupation-too_short = Terlalu pendek. Tulis pekerjaan Anda, minimal 2 huruf.
occupation-too_long = Terlalu panjang. Cukup 60 huruf, misalnya <i>buruh bangunan</i>.
occupation-link = Mohon tulis pekerjaan saja, tanpa tautan.
occupation-no_letters = Tulis pekerjaan dengan huruf, misalnya <i>pedagang sayur</i>.
occupation-identity_number = Tulis pekerjaan saja, tanpa nomor. NIK, KPJ atau nomor HP tidak diperlukan di sini dan tidak saya simpan.
occupation-abroad = "{ $text }" sepertinya nama tempat Anda bekerja. Yang saya tanyakan di sini pekerjaan Anda, misalnya <i>pekerja rumah tangga</i>, <i>perawat lansia</i> atau <i>buruh pabrik</i>.
occupation-of-bpu_ojol = Pengemudi ojek online
occupation-of-bpu_trader = Pedagang
occupation-of-bpu_farmer = Petani
occupation-of-bpu_fisher = Nelayan
occupation-of-village_apparatus = Aparat desa
kind-from-occupation = Baik, saya catat sebagai <b>{ $kind }</b>, pekerjaan <i>{ $occupation }</i>. Bisa diubah sebelum dikirim.
ask-village-details = Untuk petugas: sebutkan nama desa, jabatan Anda, dan berapa aparat yang ingin didaftarkan (contoh: <i>Desa Sukamaju, kepala desa, 12 orang</i>). Boleh dilewati.
village-details-hint = Tulis nama desa, jabatan dan jumlah aparat dalam 2–80 huruf, atau pilih Lewati.
village-details-too_short = Terlalu pendek. Tulis nama desa dan jabatan Anda, atau pilih Lewati.
village-details-too_long = Terlalu panjang. Cukup 80 huruf, misalnya <i>Desa Sukamaju, kepala desa, 12 orang</i>.
village-details-link = Mohon tulis tanpa tautan.
village-details-no_letters = Tulis nama desa dengan huruf, misalnya <i>Desa Sukamaju, 12 orang</i>.
village-details-identity_number = Tulis nama desa, jabatan dan jumlah aparat saja, tanpa NIK atau nomor HP. Nomor itu tidak diperlukan di sini dan tidak saya simpan.
ask-province = Di provinsi mana Anda tinggal atau bekerja? Ketik namanya, atau nama kabupaten/kota Anda (contoh: <i>Sulsel</i> atau <i>Makassar</i>).
ask-regency = Kabupaten/kota apa? Pilih tombol atau ketik namanya (contoh: <i>Sidrap</i>, <i>Kota Makassar</i>).
ask-district = Kecamatan apa? Pilih tombol, ketik namanya, atau lewati.
ask-regency-typed = Kabupaten/kota apa? Ketik namanya (contoh: <i>Sidrap</i>, <i>Kota Makassar</i>), atau pilih Lewati.
ask-district-typed = Kecamatan apa? Ketik namanya, atau pilih Lewati.
area-other = Lainnya (ketik)
area-skip = Lewati
area-choose = Maksud Anda yang mana?
area-type-name = Ketik nama wilayahnya, saya bantu carikan.
area-not-found = Saya tidak menemukan "{ $text }". Coba ketik lagi dengan ejaan lain.
area-not-found-skip = Saya tidak menemukan "{ $text }". Coba ketik lagi dengan ejaan lain, atau pilih Lewati.
area-abroad = "{ $text }" sepertinya tempat di luar negeri. Yang saya perlukan wilayah asal Anda di Indonesia (provinsi atau kabupaten/kota sesuai KTP, contoh: <i>Jawa Timur</i> atau <i>Kab. Malang</i>), agar petugas di sana yang menindaklanjuti.
ask-programs = Program apa yang Anda minati? Perusahaan mendaftarkan karyawan minimal ke JKK, JKM dan JHT (perusahaan menengah dan besar juga JP); JKP menyertai program itu. JP dan JKP tidak bisa diambil sendiri. Pilih satu atau lebih, lalu tekan <b>Selesai</b>.
ask-programs-bpu = Program apa yang Anda minati? Pekerja mandiri (BPU) bisa ikut JKK dan JKM, dan JHT bila mau; JP dan JKP hanya untuk pekerja penerima upah. JKK dan JKM dipilih bersama sebagai paket dasar. Pilih, lalu tekan <b>Selesai</b>.
ask-programs-migrant = Program apa yang Anda minati? Pekerja migran ikut JKK dan JKM, dan JHT bila mau. JKK dan JKM dipilih bersama sebagai paket dasar. Pilih, lalu tekan <b>Selesai</b>.
ask-programs-construction = Program apa yang Anda minati? Pekerja proyek konstruksi didaftarkan kontraktor ke JKK dan JKM. JKK dan JKM dipilih bersama sebagai paket dasar. Pilih, lalu tekan <b>Selesai</b>.
ask-programs-village = Program apa yang Anda minati? Aparat desa ikut JKK dan JKM, dan JHT serta JP bila kabupaten menambahkannya. JKK dan JKM dipilih bersama sebagai paket dasar. Pilih, lalu tekan <b>Selesai</b>.
program-jkk = JKK (kecelakaan kerja)
program-jkm = JKM (kematian)
program-jht = JHT (hari tua)
program-jp = JP (pensiun)
program-jkp = JKP (kehilangan pekerjaan)
program-unsure = Belum tahu
programs-done = Selesai ➡️
programs-empty = Pilih minimal satu program, atau "Belum tahu".
programs-hint = Tekan tombol program untuk memilih, lalu Selesai.
# a phone number typed before the contact step: it is asked later, the step stays open (nothing stored)
phone-asked-later = 📞 { $step ->
    [programs] Programnya dipilih dulu; nomor HP ditanyakan sesudahnya.
    [next] Nomor HP ditanyakan sesudah langkah ini; jawab dulu pertanyaan di atas.
   *[later] Nomor HP ditanyakan nanti, sesudah program dipilih; jawab dulu pertanyaan di atas.
}
ask-contact = Bagaimana petugas bisa menghubungi Anda? Tekan <b>Bagikan nomor saya</b>, ketik nomor HP (contoh: 0812 3456 7890), atau pilih lewat Telegram saja.
contact-share = 📱 Bagikan nomor saya
contact-telegram-only = Hubungi lewat Telegram saja
contact-not-yours = Itu nomor orang lain. Mohon bagikan nomor Anda sendiri, atau ketik nomor Anda.
phone-invalid = Nomor HP belum benar. Tulis nomor Indonesia yang diawali 08 atau +62, contoh: <b>0812 3456 7890</b>.
phone-foreign = Itu nomor luar negeri. Saya hanya bisa mencatat nomor HP Indonesia (diawali 08 atau +62). Bila Anda memakai nomor luar negeri, pilih <b>{ contact-telegram-only }</b>: petugas akan menghubungi Anda lewat chat Telegram.
summary-title = <b>Periksa lagi data Anda:</b>
summary-stale = Ringkasan ini sudah tidak berlaku. Pakai tombol di ringkasan terbaru di bawah.
field-kind = Jenis pekerja
field-occupation = Pekerjaan
field-region = Wilayah
field-programs = Program
field-contact = Kontak
edit-kind = ✏️ Jenis
edit-occupation = ✏️ Pekerjaan
edit-region = ✏️ Wilayah
edit-programs = ✏️ Program
edit-contact = ✏️ Kontak
submit = ✅ Kirim
lead-submitted =
    ✅ Terima kasih! Minat Anda tercatat dengan nomor <b>{ $reference }</b>.
    Petugas akan menghubungi Anda dalam <b>3 hari kerja</b>.

    { lead-scam-warning }
lead-submitted-no-officer =
    ✅ Terima kasih! Minat Anda tercatat dengan nomor <b>{ $reference }</b>.
    Saat ini belum ada petugas untuk provinsi Anda yang terdaftar di TanyaJamsos. Data Anda disimpan untuk pengelola bot ini, jadi belum pasti kapan Anda dihubungi. Cara yang lebih cepat: hubungi call center BPJS Ketenagakerjaan <b>175</b>.

    { lead-scam-warning }
lead-scam-warning = ⚠️ Petugas resmi <b>tidak pernah</b> meminta biaya pendaftaran, transfer uang, atau kode OTP. Jika ada yang meminta, tolak dan laporkan ke call center 175.
lead-existing = Anda sudah punya pendaftaran minat yang masih terbuka: <b>{ $reference }</b>.
lead-update = ✏️ Perbarui data
lead-keep = Biarkan saja
lead-kept = Baik, pendaftaran { $reference } tetap seperti semula.

# the kind of worker (and place) the message that opened the form named, said back after consent
said-before = Dari pesan Anda saya catat: { $said }. Bisa diubah sebelum dikirim.
said-before-kind = <b>{ $kind }</b>
said-before-occupation = <b>{ $kind }</b>, pekerjaan <i>{ $occupation }</i>
said-before-region = wilayah <b>{ $region }</b>
wage-employer-note = ℹ️ Karyawan didaftarkan oleh perusahaan (wajib). Bila perusahaan belum mendaftarkan Anda, lanjutkan isian ini: petugas bisa membantu, atau laporkan ke call center <b>175</b>.
programs-ticked = Sudah saya centang. Tambah yang lain, atau tekan <b>Selesai</b> (boleh juga ketik <i>selesai</i>).
summary-choose-hint = Tekan <b>✅ Kirim</b> bila data sudah benar (boleh juga ketik <i>kirim</i>), atau tombol ✏️ untuk mengubah.

# flows (explore14)
area-within = 📍 <b>{ $area }</b>
area-confirm = Maksud Anda <b>{ $area }</b>?
area-confirm-yes = ✅ Ya, { $area }
area-confirm-no = ✏️ Bukan, ketik lagi
form-going-back = ↩️ Kembali ke langkah sebelumnya.
form-correct-later = ✏️ Jawaban sebelumnya (jenis pekerjaan, pekerjaan) bisa diubah di ringkasan sebelum dikirim: lanjutkan dulu, lalu tekan tombol ✏️ yang sesuai.
consent-details-first = Data Anda belum saya simpan. Pilih <b>✅ Setuju</b> atau <b>Tidak</b> pada tombol di atas dulu; sesudah itu saya tanyakan datanya satu per satu.
