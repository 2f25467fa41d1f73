# Acara: pembuatan oleh petugas, pengumuman, kehadiran. Variabel ditulis { $nama }.

## Acara
ev-message =
    📣 <b>{ $title }</b>

    🗓 { $when }
    📍 { $place }
    🗺 { $area }
ev-attend-button = ✋ Saya hadir
ev-attend-added = Tercatat. Kami ingatkan sehari sebelumnya. Sampai jumpa!
ev-attend-added_soon = Tercatat. Acaranya sudah dekat, jadi tidak ada pengingat lagi. Sampai jumpa!
ev-attend-already = Anda sudah tercatat hadir.
ev-attend-gone = Acara ini sudah lewat atau dibatalkan.
ev-attendee-count = 👥 { $n } orang akan hadir
ev-none = Belum ada acara mendatang di { $province }.
ev-none-officer = Belum ada acara mendatang di wilayah Anda. Buat dengan /acara_baru.
ev-reminder-title = ⏰ <b>Pengingat: { $day ->
    [today] hari ini
   *[tomorrow] besok
}</b>
ev-ask-title = <b>Acara baru</b> (1/7). Apa judul acaranya? (contoh: <i>Sosialisasi BPU untuk nelayan</i>)
ev-ask-provinces = Untuk provinsi mana? Ketik satu atau lebih, pisahkan dengan koma (contoh: <i>Sulsel, Sulbar</i>), atau <i>semua</i>.
ev-province-unknown = Provinsi "{ $text }" tidak saya kenal. Coba ejaan lain atau singkatannya.
ev-province-ambiguous = "{ $text }" bisa berarti: { $options }. Tulis lebih lengkap.
ev-n-provinces = { $n } provinsi
ev-n-areas = { $regencies } kabupaten/kota di { $provinces } provinsi
ev-photo-too-long = ⚠️ Poster tidak bisa dipakai: di bawah foto, Telegram hanya memuat { $max } karakter, sedangkan pengumuman ini { $length }. Pengumuman disiapkan tanpa poster. Untuk memakai poster, batalkan lalu buat lagi dengan deskripsi yang lebih pendek.
ev-ask-regencies = Khusus kabupaten/kota tertentu di { $provinces }? Ketik namanya, pisahkan dengan koma, atau pilih <b>Semua kabupaten/kota</b>.
ev-regencies-all = Semua kabupaten/kota
ev-regency-unknown = Kabupaten/kota "{ $text }" tidak ditemukan di provinsi sasaran.
ev-regency-which = "{ $text }" bisa berarti beberapa kabupaten/kota. Yang mana? Pilih tombolnya, atau ketik lengkap (contoh: <i>kota { $text }</i>, <i>kab { $text }</i>).
ev-regency-which-several = "{ $typed }" masih cocok dengan beberapa: { $options }. Pilih tombol yang Anda maksud untuk "{ $text }".
ev-regency-which-other = { $found } bukan salah satu yang dimaksud "{ $text }". Pilih tombol yang Anda maksud; untuk kabupaten/kota lain, batalkan lalu mulai /acara_baru lagi.
ev-regency-which-not-region = "{ $typed }" bukan kabupaten/kota di provinsi tujuan (tanggal dan tempat ditanyakan nanti). Pilih dulu yang Anda maksud dengan "{ $text }": tekan tombolnya.
ev-ask-date =
    Kapan acaranya? Tulis tanggal dan jam, dibaca dalam <b>{ $zone }</b>. Contoh:
    • <i>besok jam 9</i>
    • <i>Selasa 14:00</i>
    • <i>3 hari lagi jam 10</i>
    • <i>{ $example }</i>
ev-zone-mixed = 🕘 Provinsi sasaran berbeda zona waktu ({ $zones }). Aturannya: jam dibaca dalam zona paling barat, <b>{ $zone }</b>, kecuali Anda menulis WIB/WITA/WIT di belakang jamnya. Pratinjau nanti menunjukkan jamnya di tiap zona.
ev-date-empty = Tulis tanggal dan jamnya, misalnya <i>besok jam 9</i>.
ev-date-unrecognized = Tanggalnya belum saya pahami. Contoh: <i>besok jam 9</i>, <i>Selasa 14:00</i>, <i>lusa 09.00</i>, <i>{ $example }</i> ({ $zone }).
ev-date-no_time = Jamnya belum ada. Tambahkan jam, misalnya <i>{ $day } { $clock }</i> atau <i>{ $day } { $hour }</i>.
ev-date-invalid_date = Tanggal itu tidak ada di kalender. Periksa lagi hari dan bulannya.
ev-date-invalid_time = Jamnya tidak valid. Tulis 00.00 sampai 23.59, misalnya <i>14.30</i>.
ev-date-past = Waktu itu sudah lewat. Tulis waktu yang akan datang.
ev-date-too_far = Itu terbaca <b>{ $when }</b>, lebih dari setahun lagi. Periksa tahunnya; acara hanya bisa diumumkan paling lama setahun sebelumnya.
ev-date-no_day = "Minggu depan" berarti pekan depan; harinya belum ada. Tulis harinya, misalnya <i>Senin depan 09.00</i> atau <i>hari Minggu depan 09.00</i>, atau tanggalnya, misalnya <i>1/12 09.00</i>.
ev-date-midnight = "Jam 12 malam" bisa berarti <b>{ $before }</b> atau <b>{ $after }</b>. Supaya tidak keliru, tulis jam <b>{ $clock }</b> dengan tanggal hari yang dimulai tengah malam itu, misalnya <i>{ $example }</i> untuk tengah malam sesudah hari { $day }.
ev-date-weekday_mismatch = Tanggal itu jatuh pada hari <b>{ $actual }</b>, bukan { $typed }. Periksa lagi hari dan tanggalnya.
ev-date-end-ignored = ℹ️ Yang disimpan hanya jam mulai; jam selesai ({ $end }) tidak ditampilkan. Bila perlu, tulis jam selesai di keterangan.
ev-zone-differs = { $provinces } memakai <b>{ $zone }</b>. { $typed } sama dengan <b>{ $local }</b>, dan pelanggan akan melihat <b>{ $local }</b>. Benar?
ev-zone-differs-yes = ✅ Ya, { $local }
ev-zone-differs-retype = ✏️ Tulis ulang
ev-zone-differs-hint = Pilih <b>Ya</b> bila waktunya benar, atau <b>Tulis ulang</b>; boleh juga langsung ketik tanggal dan jam yang benar.
ev-send-after-start = Waktu kirim harus sebelum acara dimulai.
ev-ask-place = Di mana tempatnya? (contoh: <i>Aula Kantor Desa Maritengngae</i>)
ev-text-short = Terlalu pendek, minimal { $min } huruf.
ev-text-letters = Tulis dengan huruf: minimal { $min } huruf atau angka. Emoji atau tanda baca saja belum cukup untuk pengumuman.
ev-text-long = Terlalu panjang ({ $length } huruf). Maksimal { $max } huruf.
ev-ask-description = Tulis keterangan singkat (maksimal { $max } huruf): apa yang dibahas, apa yang perlu dibawa. Ketik <i>-</i> bila tidak ada.
ev-ask-photo = Kirim foto/poster acara, atau pilih <b>Tanpa foto</b>.
ev-photo-skip = Tanpa foto
ev-photo-hint = Kirim sebuah foto, atau pilih <b>Tanpa foto</b>.
ev-photo-later = { $what ->
    [place] Tulis tempatnya dengan teks; foto/poster diminta di langkah berikutnya.
    [description] Tulis keterangannya dengan teks (atau <i>-</i> bila tidak ada); foto/poster diminta di langkah berikutnya.
   *[other] Tulis judulnya dengan teks; foto/poster diminta nanti.
}
ev-preview-note = { $n ->
    [0] ☝️ Pratinjau. <b>Belum ada pelanggan</b> di wilayah ini, jadi pesan ini belum sampai ke siapa pun; acaranya tetap tampil di /acara. Kirim, jadwalkan, atau batalkan?
   *[other] ☝️ Pratinjau: begitulah pesan yang diterima <b>{ $n }</b> pelanggan. Kirim sekarang, jadwalkan, atau batalkan?
}
ev-preview-languages = 🌐 { $split ->
    [same] Semuanya menerimanya dalam Bahasa Indonesia, seperti di atas.
    [other] Di atas dalam bahasa Anda, Bahasa Indonesia; mereka semua menerimanya dalam bahasa Inggris, dengan tanggal, wilayah, dan tombol berbahasa Inggris. Judul, tempat, dan keterangan terkirim seperti yang Anda tulis.
   *[mixed] Di atas dalam bahasa Anda, Bahasa Indonesia. { $other } di antaranya menerimanya dalam bahasa Inggris, dengan tanggal, wilayah, dan tombol berbahasa Inggris. Judul, tempat, dan keterangan terkirim seperti yang Anda tulis.
}
ev-preview-attend = Ini pratinjau; tombol ini berfungsi setelah acara dikirim.
ev-preview-stale = Pratinjau ini sudah tidak berlaku (ada isian acara yang lebih baru, atau isiannya sudah selesai). Tidak ada yang dikirim.
# /acara_baru typed while a finished preview waits: asked first
ev-restart-confirm = Pratinjau «{ $title }» belum dikirim. Buang dan mulai yang baru?
ev-restart-yes = 🗑 Buang, mulai baru
ev-restart-no = ↩️ Kembali ke pratinjau
ev-restart-kept = Pratinjau «{ $title }» masih menunggu: kirim sekarang, jadwalkan, atau batalkan?
ev-restart-discarded = Pratinjau «{ $title }» dibuang; tidak ada yang dikirim.
ev-restart-stale = Pertanyaan ini sudah tidak berlaku (isian acaranya sudah selesai atau diganti). Tidak ada yang dibuang. Ketik /acara_baru untuk acara baru.
ev-send = 📤 Kirim
ev-schedule = 🕒 Jadwalkan
ev-discard = ❌ Batal
ev-discarded = Acara dibatalkan dan tidak disimpan.
ev-scope-changed = Provinsi tugas Anda berubah selama isian ini terbuka, sehingga acara untuk { $provinces } tidak dikirim dan tidak disimpan. Buat lagi dengan /acara_baru untuk provinsi tugas Anda sekarang.
ev-sending = ⏳ Menyiapkan pengiriman…
ev-sent = { $n ->
    [0] ✅ Acara tersimpan dan tampil di /acara. Belum ada pelanggan di wilayahnya, jadi tidak ada pesan yang dikirim.
   *[other] ✅ Acara masuk antrean siaran #{ $id } untuk <b>{ $n }</b> pelanggan. Lihat kemajuannya di /siaran.
}
    { ev-fix-hint }
ev-ask-send-at = Kapan pengumuman dikirim? Tulis tanggal dan jam ({ $zone }), sebelum acara dimulai. Contoh: <i>besok jam 8</i>.
ev-scheduled =
    🕒 Dijadwalkan: pengumuman dikirim <b>{ $when }</b>.{ $typed }
    { ev-fix-hint }

## Membatalkan acara (petugas, di /acara)
ev-scheduled-badge = 🕒 <b>Dijadwalkan</b>: pengumuman dikirim { $when }. Belum dikirim ke siapa pun.
ev-cancel-button = 🗑 Batalkan acara
ev-cancel-confirm-scheduled = Batalkan acara <b>{ $title }</b> ({ $when })? Pengumuman yang dijadwalkan tidak akan dikirim.
ev-cancel-confirm-sent = Batalkan acara <b>{ $title }</b> ({ $when })? Acara hilang dari /acara; pengiriman yang belum selesai dihentikan, dan yang sudah menerima pengumumannya atau menekan "Saya hadir" diberi tahu bahwa acara dibatalkan.
ev-cancel-yes = Ya, batalkan acara
ev-cancel-no = Tidak
ev-cancel-kept = Acara tidak dibatalkan.
ev-cancel-gone = Acara ini sudah lewat, sudah dibatalkan, atau tidak ada lagi.
ev-cancel-not-yours = Acara ini (juga) untuk provinsi di luar wilayah Anda. Hanya petugas semua provinsi yang dapat membatalkannya.
ev-cancel-out-of-scope = Acara ini di luar wilayah Anda, jadi tidak dapat Anda batalkan. Yang dapat membatalkannya: petugas provinsi acara itu atau petugas semua provinsi.
ev-cancelled-scheduled = ✅ Acara <b>{ $title }</b> dibatalkan. Pengumumannya tidak akan dikirim.
ev-cancelled-sent = { $n ->
    [0] ✅ Acara <b>{ $title }</b> dibatalkan. Belum ada yang menerima pengumumannya, jadi tidak ada pemberitahuan yang dikirim.
   *[other] ✅ Acara <b>{ $title }</b> dibatalkan. Pemberitahuan pembatalan masuk antrean siaran #{ $id } untuk <b>{ $n }</b> orang.
}
ev-cancel-stopped = Pengiriman pengumuman yang belum selesai dihentikan.
ev-cancelled-notice =
    ❌ <b>Acara dibatalkan</b>

    <b>{ $title }</b>
    🗓 { $when }
    📍 { $place }

    Mohon maaf atas perubahan ini. Acara lainnya ada di /acara.

## Sasaran acara: singkatan, pengecualian, provinsi di langkah kabupaten
ev-fix-hint = Salah judul, jam, tempat, atau keterangan? Ubah di /acara (✏️ Ubah). Salah wilayah? Batalkan di /acara (🗑 Batalkan acara), lalu buat ulang dengan /acara_baru.
ev-province-except-unknown = Provinsi "{ $text }" (yang dikecualikan) tidak saya kenal. Tulis nama provinsinya atau singkatannya, misalnya <i>semua kecuali Papua</i>.
ev-except-nothing-left = Setelah pengecualian itu tidak ada wilayah yang tersisa. Ketik wilayah yang dituju, atau pilih semua.
ev-except-unclear = Pengecualian hanya bisa ditulis begini: <i>semua kecuali Makassar, Gowa</i>. Atau ketik langsung wilayah yang dituju, pisahkan dengan koma.
ev-province-all-and-more = "Semua" berarti seluruh { $n } provinsi, jadi { $others } tidak bisa ditambahkan. Ketik <i>semua</i> saja untuk seluruh Indonesia, atau ketik wilayahnya saja (misalnya <i>Makassar</i>, atau <i>Sulsel, Jabar</i>). Untuk seluruh provinsi kecuali beberapa: <i>semua kecuali Papua</i>.
ev-province-and-city = Anda menulis <b>{ $province }</b> dan juga kabupaten/kota di dalamnya. Maksudnya seluruh provinsi, atau hanya kabupaten/kota itu? Ketik salah satu saja.
ev-regency-is-target-province = "{ $text }" adalah provinsi { $province }, bukan kabupaten/kota. Untuk seluruh { $province }, pilih <b>Semua kabupaten/kota</b>; atau ketik nama kabupaten/kotanya.
ev-regency-is-other-province = "{ $text }" adalah provinsi { $province }, di luar sasaran acara ini ({ $targets }). Ketik kabupaten/kota di { $targets }, atau pilih <b>Semua kabupaten/kota</b>. Acara untuk { $province } dibuat terpisah (oleh petugas provinsi itu atau petugas semua provinsi).
ev-except-guess = "{ $text }" tidak persis cocok dengan kabupaten/kota mana pun (mirip: { $options }). Tulis namanya lengkap, misalnya <i>semua kecuali Kota Makassar</i>.
ev-regency-all-and-more = "Semua" berarti seluruh kabupaten/kota, jadi { $others } tidak bisa ditambahkan. Pilih <b>Semua kabupaten/kota</b>, ketik kabupaten/kotanya saja, atau tulis <i>semua kecuali …</i>.
ev-regency-all-of = Semua yang cocok ({ $n })
ev-regency-guess = "{ $text }" tidak persis cocok dengan nama kabupaten/kota di { $provinces }. Yang mirip ada di tombol: pilih bila itu yang dimaksud, atau ketik namanya dengan benar.
ev-n-regencies = { $n } kabupaten/kota
ev-scope-which = Pengumuman untuk <b>{ $chosen }</b> saja, atau juga untuk seluruh { $n } provinsi lain{ $rest }?
ev-scope-only = Hanya { $chosen }
ev-scope-plus = { $chosen } + { $n } provinsi lain
ev-regency-read-as = ℹ️ "{ $typed }" saya baca <b>{ $name }</b>.
ev-except-said = 🗺 Sasaran: { $provinces } kecuali <b>{ $excluded }</b> ({ $n } kabupaten/kota). Pelanggan yang hanya memilih provinsinya (tanpa kabupaten/kota) tetap menerima.
ev-target-said = 🗺 Sasaran: { $area }
ev-preview-zones = 🕘 Pelanggan membaca jamnya di zona masing-masing:
    { $list }
ev-scheduled-typed = (Anda menulis { $typed }.)

## Mengubah acara (petugas, di /acara)
ev-edit-button = ✏️ Ubah
ev-edit-gone = Tombol ini sudah tidak berlaku: acaranya sudah lewat, dibatalkan, atau tidak ada lagi.
ev-edit-not-yours = Acara ini (juga) untuk provinsi di luar wilayah Anda. Hanya petugas semua provinsi yang dapat mengubahnya.
ev-edit-out-of-scope = Acara ini di luar wilayah Anda, jadi tidak dapat Anda ubah. Yang dapat mengubahnya: petugas provinsi acara itu atau petugas semua provinsi.
ev-edit-which = ✏️ <b>Ubah acara</b> «{ $title }». Bagian mana yang diubah? Satu bagian setiap kali.
ev-edit-field-title = Judul
ev-edit-field-when = 🗓 Tanggal & jam
ev-edit-field-place = 📍 Tempat
ev-edit-field-description = 📝 Keterangan
ev-edit-field-area = 🗺 Wilayah
ev-edit-area-refused = { $status ->
    [sent] Wilayah tidak bisa diubah: pengumumannya sudah terkirim ke pelanggan wilayah ini. Untuk wilayah lain, batalkan acara ini di /acara (🗑 Batalkan acara), lalu buat yang baru dengan /acara_baru.
   *[other] Wilayah tidak bisa diubah, karena penerima pengumuman dipilih menurut wilayah. Batalkan acara ini di /acara (🗑 Batalkan acara), lalu buat yang baru dengan /acara_baru.
}
ev-edit-ask-title = Judul sekarang: <b>{ $current }</b>. Tulis judul baru.
ev-edit-ask-place = Tempat sekarang: <b>{ $current }</b>. Tulis tempat baru.
ev-edit-ask-description = Tulis keterangan baru (maksimal { $max } huruf), atau <i>-</i> untuk menghapusnya.
ev-edit-ask-when = Waktu sekarang: <b>{ $current }</b>.
ev-edit-same = Itu sama dengan yang sekarang. Tulis yang baru, atau tekan Batal.
ev-edit-before-send = Pengumumannya dijadwalkan dikirim <b>{ $send }</b>; acara harus sesudah itu. Tulis waktu yang lebih lambat, atau batalkan acaranya lalu buat ulang.
ev-edit-caption-long = Terlalu panjang untuk keterangan di bawah poster: pengumuman menjadi { $length } karakter, Telegram hanya memuat { $max }. Tulis lebih pendek.
ev-edit-confirm = ☝️ Begini acaranya setelah diubah.
    { $change }

    { $effect }
ev-edit-effect-scheduled = Pengumumannya belum dikirim; saat dijadwalkan ({ $send }) yang dikirim versi baru ini.
ev-edit-effect-sent = { $n ->
    [0] Pengumumannya sudah dikirim, tetapi belum ada yang menerimanya; yang belum terkirim dikirim dengan versi baru.
   *[other] Pengumumannya sudah dikirim: <b>{ $n }</b> orang yang menerimanya atau akan hadir mendapat pemberitahuan singkat perubahan ini.
}
ev-edit-save = ✅ Simpan perubahan
ev-edit-saved-scheduled = ✅ Perubahan disimpan. Pengumuman yang dijadwalkan ({ $send }) memakai versi baru.
ev-edit-saved-sent = { $n ->
    [0] ✅ Perubahan disimpan dan tampil di /acara. Belum ada yang menerima pengumumannya, jadi tidak ada pemberitahuan.
   *[other] ✅ Perubahan disimpan. Pemberitahuan perubahan masuk antrean siaran #{ $id } untuk <b>{ $n }</b> orang.
}
ev-edit-reannounced = Pengumuman yang belum terkirim ke { $n } pelanggan kini dikirim dengan versi baru (siaran #{ $id }).
ev-edit-reminder = ⏰ Yang akan hadir diingatkan lagi sehari sebelum waktu baru.
ev-edit-reminder-notice = ⏰ Waktu baru kurang dari sehari lagi: pemberitahuan perubahan ini sekaligus menjadi pengingat bagi yang akan hadir, jadi tidak ada pengingat lagi.
ev-edit-reminder-already = ⏰ Yang akan hadir sudah diingatkan untuk hari itu, jadi tidak diingatkan lagi; pemberitahuan perubahan memberi tahu jam barunya.
ev-edit-rereminded = ⏰ Pengingat yang belum terkirim ke { $n } orang kini dikirim dengan versi baru.
ev-edit-cancelled = Dibatalkan: perubahan tidak disimpan, acaranya tetap seperti semula.
ev-edit-changed = Acara ini berubah selama Anda mengisi (diubah petugas lain, atau pengumumannya baru saja terkirim). Tidak ada yang disimpan. Buka /acara dan tekan ✏️ Ubah lagi.
ev-edit-past = Waktu baru itu sudah lewat, jadi tidak disimpan. Buka /acara dan tekan ✏️ Ubah lagi.
ev-changed-notice =
    ✏️ <b>Perubahan acara</b>: <b>{ $title }</b>

    { $change }

    Acara lainnya ada di /acara.
ev-changed-title = Judul: { $old } → <b>{ $new }</b>
ev-changed-when = 🗓 Waktu: { $old } → <b>{ $new }</b>
ev-changed-place = 📍 Tempat: { $old } → <b>{ $new }</b>
ev-changed-description = 📝 Keterangan baru: { $new }
ev-changed-description-removed = 📝 Keterangan acara dihapus.

## officers (explore13): wilayah dengan pengecualian, kehadiran di luar wilayah, halaman /acara
ev-area-except = { $province } kecuali { $excluded }
ev-attend-not_here = Acara ini bukan untuk wilayah langganan Anda ({ $place }), jadi kehadiran tidak dicatat. Acara untuk wilayah Anda ada di /acara.
ev-page-note = 📋 Acara { $from }–{ $to } dari { $total }.{ $after ->
    [0] {""}
   *[other] { " " }{ $after } acara berikutnya: tekan <b>Berikutnya ▶</b>.
}
ev-page-next = Berikutnya ▶
ev-page-previous = ◀ Sebelumnya
ev-withheld-owner-notice =
    ⏸ <b>Pengumuman terjadwal ditahan</b>: «{ $title }» ({ $when }, { $area }) tidak dikirim pada { $send }, karena { $reason ->
        [creator_deleted] petugas yang membuatnya menghapus datanya di bot ini, sehingga hak petugasnya ikut berakhir
        [creator_moved] wilayah tugas pembuatnya tidak lagi mencakup acara ini
       *[other] hak petugas pembuatnya sudah dicabut
    }. Belum ada pelanggan yang menerimanya. Bila acaranya tetap berjalan, umumkan lagi dengan /acara_baru.
ev-withheld-badge = ⏸ <b>Ditahan</b>: pembuat pengumuman ini menghapus datanya di bot, jadi pengumuman tidak akan dikirim. Pemilik bot diberi tahu; umumkan lagi dengan /acara_baru bila acaranya tetap berjalan.
ev-edit-effect-sent-stopped = Pengumumannya belum diterima siapa pun dan tidak ada yang menunggu dikirim (siarannya dihentikan), jadi perubahan ini hanya tampil di /acara. Untuk mengumumkannya lagi, batalkan acara ini lalu buat baru dengan /acara_baru.
ev-send-at-now = Untuk mengirim sekarang, tekan <b>📤 Kirim</b> di bawah ini. Untuk menjadwalkan, tulis tanggal dan jam kirimnya (contoh: <i>besok jam 8</i>).

# officers (audit18)
ev-attend-not_reached = Kehadiran hanya dicatat untuk penerima pengumuman acara ini (pelanggan di wilayahnya). Anda belum berlangganan di wilayah acara ini. Ketik /langganan untuk memilih wilayah Anda.
ev-withheld-owner-many = ⏸ <b>{ $n } pengumuman terjadwal ditahan</b>{ $parts ->
    [1] {""}
   *[other] { " " }(bagian { $part }/{ $parts })
}: tidak akan dikirim, dan belum ada pelanggan yang menerimanya.
ev-withheld-owner-reason = { $reason ->
    [creator_deleted] Petugas yang membuatnya menghapus datanya di bot ini, sehingga hak petugasnya ikut berakhir:
    [creator_moved] Wilayah tugas pembuatnya tidak lagi mencakup acara ini:
   *[other] Hak petugas pembuatnya sudah dicabut:
}
ev-withheld-owner-item = • «{ $title }» ({ $when }, { $area }), jadwal kirim { $send }
ev-withheld-owner-many-end = Bila acaranya tetap berjalan, umumkan lagi dengan /acara_baru.
ev-text-long-units = Terlalu panjang untuk dikirim lewat Telegram: emoji gabungan atau tanda di atas/bawah huruf memakan banyak tempat. Tulis lebih pendek atau dengan lebih sedikit emoji.
