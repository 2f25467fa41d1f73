# Petugas, langganan dan acara. Variabel ditulis { $nama }.

## Hak petugas
off-only-officers = Perintah ini khusus petugas.
off-only-owners = Perintah ini khusus pemilik bot.
off-private-only = Perintah petugas hanya bisa dipakai di chat pribadi dengan bot.
off-petugas-usage =
    <b>Cara pakai /petugas</b>
    • <code>/petugas tambah &lt;user_id&gt; &lt;provinsi&gt;</code>: jadikan petugas untuk satu provinsi; provinsi ditulis nama, singkatan, atau kabupaten/kotanya. Untuk semua provinsi, tulis <code>semua</code>: <code>/petugas tambah &lt;user_id&gt; semua</code>
    • <code>/petugas hapus &lt;user_id&gt;</code>: cabut hak petugas
    • <code>/petugas</code>: daftar petugas
    Contoh: <code>/petugas tambah 123456789 Sulsel</code>
    Calon petugas melihat ID Telegram-nya dengan /idsaya.
off-my-id = ID Telegram Anda: <code>{ $id }</code>
    Untuk menjadi petugas TanyaJamsos, berikan angka ini kepada admin bot; admin menambahkan Anda dengan <code>/petugas tambah { $id } &lt;provinsi&gt;</code>.
off-my-id-private = Kirim /idsaya di chat pribadi dengan saya, agar ID Anda tidak terlihat anggota grup.
off-scope-all = semua provinsi
off-granted = ✅ Pengguna <code>{ $id }</code> sekarang petugas untuk <b>{ $scope }</b>.
off-granted-via = ({ $area } ada di { $scope }.)
off-granted-replaced = Tugas sebelumnya (<b>{ $previous }</b>) diganti: satu petugas bertugas untuk satu provinsi atau semua provinsi.
off-revoked = ✅ Hak petugas pengguna <code>{ $id }</code> sudah dicabut.
off-not-officer = Pengguna <code>{ $id }</code> bukan petugas; tidak ada yang diubah.
off-granted-unknown-id = ⚠️ ID <code>{ $id }</code> belum pernah memakai bot ini (atau sudah menghapus datanya). Pastikan ID-nya benar: minta ia mengirim /idsaya ke bot. Hak petugas tetap diberikan; cabut dengan <code>/petugas hapus { $id }</code> jika salah.
off-granted-told = Ia sudah diberi tahu di chat-nya dengan bot.
off-granted-not-told = Pemberitahuan tidak terkirim ke chat-nya (ia belum pernah membuka chat dengan bot, atau memblokirnya); perubahan tetap berlaku.
off-revoked-told = Ia sudah diberi tahu di chat-nya dengan bot.
off-you-granted = 👮 Anda sekarang petugas TanyaJamsos untuk <b>{ $scope }</b>. Anda akan menerima prospek (berisi data pribadi) dan pertanyaan warga dari wilayah ini. Lihat perintah petugas dengan /bantuan.
off-you-revoked = Hak petugas TanyaJamsos Anda sudah dicabut. Anda tidak lagi menerima prospek dan pertanyaan warga, dan perintah petugas tidak berlaku lagi untuk Anda.
off-you-granted-replaced = Tugas Anda sebelumnya (<b>{ $previous }</b>) diganti: satu petugas bertugas untuk satu provinsi atau semua provinsi.
off-your-events-withheld = 🕒 { $n ->
    [1] Pengumuman acara yang Anda jadwalkan tidak akan dikirim, karena acaranya di luar tugas Anda sekarang: { $titles }.
   *[other] { $n } pengumuman acara yang Anda jadwalkan tidak akan dikirim, karena acaranya di luar tugas Anda sekarang: { $titles }.
} Bila masih perlu, minta petugas provinsi itu membuatnya lagi dengan /acara_baru.
off-province-unknown = Provinsi "{ $text }" tidak saya kenal. Tulis nama atau singkatannya, misalnya <i>Sulawesi Selatan</i> atau <i>Sulsel</i>.
off-province-ambiguous = Provinsinya belum jelas. Maksud Anda salah satu dari: { $options }?
off-list-title = <b>Petugas</b>
off-list-line = • <code>{ $id }</code>: { $scope }
off-list-empty = Belum ada petugas yang ditambahkan. Tambahkan dengan <code>/petugas tambah &lt;user_id&gt; &lt;provinsi&gt;</code> (atau <code>semua</code>).
off-list-owner-line = • <code>{ $id }</code>: semua provinsi (pemilik bot, dari OWNER_IDS)
off-owner-no-scope = Pengguna <code>{ $id }</code> adalah pemilik bot (OWNER_IDS) dan sudah bertugas untuk semua provinsi; hak pemilik tidak bisa dibatasi ke satu provinsi. Tidak ada yang diubah.
off-owner-not-revocable = Hak pengguna <code>{ $id }</code> berasal dari OWNER_IDS (pemilik bot) dan tidak bisa dicabut di sini. Untuk mencabutnya, hapus ID itu dari OWNER_IDS lalu mulai ulang bot. Tidak ada yang diubah.
off-events-withheld = 🕒 { $n } pengumuman acara terjadwal dari petugas ini tidak akan dikirim, karena acaranya di luar tugasnya sekarang: { $titles }. Acaranya tidak tampil lagi di /acara; buat lagi dengan /acara_baru bila masih perlu.

## Bantuan dan menu perintah petugas (nama perintah: cmd-<perintah>)
cmd-acara_baru = Buat acara dan umumkan
cmd-siaran = Siaran terakhir dan hentikan siaran
cmd-prospek = Daftar prospek di wilayah Anda
cmd-prospek_csv = Unduh prospek sebagai CSV
cmd-statistik = Statistik wilayah Anda
cmd-pertanyaan = Pertanyaan yang belum terjawab
cmd-petugas = Tambah atau cabut petugas (pemilik bot)
off-help =
    <b>Perintah petugas</b> ({ $scope })
    { $commands }
    Salah jam, tempat atau judul acara? Ubah di /acara (✏️ Ubah); yang sudah menerima pengumuman diberi tahu perubahannya. Wilayah tidak bisa diubah: batalkan (🗑 Batalkan acara) lalu buat ulang dengan /acara_baru.
    Perintah ini hanya untuk petugas dan tidak terlihat pengguna lain.

## Prospek (daftar minat)
off-status-new = Baru
off-status-contacted = Dihubungi
off-status-registered = Terdaftar
off-status-not_interested = Tidak berminat
off-status-all = semua status
off-lead-btn-contacted = 📞 Dihubungi
off-lead-btn-registered = ✅ Terdaftar
off-lead-btn-not_interested = ✖️ Tidak berminat
off-lead-new = 🆕 <b>Prospek baru</b> di wilayah Anda. Mohon hubungi dalam 2 hari kerja.
off-lead-new-no-officer = 🆕 <b>Prospek baru dari { $province }</b>. Belum ada petugas untuk { $province } di bot ini, jadi prospek ini dikirim ke Anda sebagai pemilik bot. Mohon hubungi dalam 2 hari kerja, atau tambahkan petugas provinsi itu dengan /petugas.
off-lead-overdue = ⏰ <b>Prospek ini belum dihubungi</b> sejak { $since }. Mohon hubungi, lalu tekan statusnya di bawah.
off-lead-overdue-summary = ⏰ <b>{ $n } prospek</b> di wilayah Anda belum dihubungi lebih dari 2 hari kerja. Ketik /prospek baru untuk melihatnya dan menandai statusnya.
off-lead-telegram = chat Telegram
off-lead-card =
    <b>{ $reference }</b> · { $status }
    • Jenis: { $kind }
    • Pekerjaan: { $occupation }
    • Wilayah: { $region }
    • Program: { $programs }
    • Kontak: { $contact }
    • Masuk: { $created }
off-lead-status-set = Status diubah: { $status }
off-lead-status-already = Prospek ini sudah berstatus { $status }.
off-csv-zone-each = zona waktu provinsi masing-masing prospek
off-lead-gone = Prospek ini tidak ditemukan (mungkin sudah dihapus pemiliknya).
off-lead-out-of-scope = Prospek ini di luar provinsi tugas Anda.
off-prospek-usage =
    <b>Cara pakai /prospek</b>
    <code>/prospek [status]</code>, status: <code>baru</code>, <code>dihubungi</code>, <code>terdaftar</code>, <code>tidak_berminat</code> (kosong = semua).
    Contoh: <code>/prospek baru</code>
off-prospek-csv-usage =
    <b>Cara pakai /prospek_csv</b>
    <code>/prospek_csv [status]</code>, status: <code>baru</code>, <code>dihubungi</code>, <code>terdaftar</code>, <code>tidak_berminat</code> (kosong = semua).
    Contoh: <code>/prospek_csv dihubungi</code>
off-prospek-empty = Tidak ada prospek ({ $status }).
off-prospek-title = <b>Prospek ({ $status })</b>: { $shown } dari { $total } ditampilkan, terbaru dulu. Semua ada di /prospek_csv.
off-csv-caption = Prospek: { $count } baris, waktu dalam { $zone }. Berisi data pribadi: simpan dengan aman dan jangan diteruskan.

## Siaran
off-siaran-title = <b>Siaran terakhir untuk { $scope }</b> (waktu { $zone })
off-siaran-title-all = <b>Siaran terakhir, semua provinsi</b> (waktu { $zone })
off-siaran-empty = Belum ada siaran.
off-siaran-what-event = acara «{ $title }»
off-siaran-what-reminder = pengingat acara «{ $title }»
off-siaran-what-reminder-untitled = pengingat acara
off-siaran-what-other = siaran
off-siaran-what-cancelled = pembatalan acara «{ $title }»
off-siaran-shared = ↳ Siaran bersama untuk { $provinces }: angkanya untuk semua provinsi itu. Hanya petugas semua provinsi yang dapat menghentikannya.
off-siaran-shared-own = ↳ Siaran bersama untuk { $provinces }: angkanya untuk semua provinsi itu.
off-siaran-all-provinces = semua provinsi
off-siaran-n-provinces = { $n } provinsi
off-siaran-usage = /siaran menampilkan siaran terakhir; hentikan siaran dengan tombol ⏹ di bawah daftarnya.
off-siaran-shared-denied = Siaran ini juga untuk provinsi di luar wilayah Anda. Hanya petugas semua provinsi yang dapat menghentikannya.
off-siaran-line =
    #{ $id } · { $what } · { $status } · { $created }
    Terkirim { $sent }/{ $total } · gagal { $failed } · memblokir { $blocked } · antre { $pending }
off-siaran-line-stopped =
    #{ $id } · { $what } · { $status } · { $created }
    Terkirim { $sent }/{ $total } · gagal { $failed } · memblokir { $blocked } · tidak dikirim { $pending }
off-siaran-out-of-scope = Siaran ini di luar provinsi tugas Anda.
off-siaran-cancel = ⏹ Hentikan siaran #{ $id }
off-siaran-cancelled = Siaran #{ $id } dihentikan.
off-siaran-not-running = Siaran #{ $id } sudah selesai atau sudah dihentikan.

## Statistik
off-stats-asked = { $total } (terjawab { $answered }, ditanya balik { $clarified }, tak terjawab { $declined }; semua provinsi)
off-stats =
    <b>Statistik</b> ({ $scope })
    Pengguna bot (seluruh Indonesia): { $users }

    <b>Pelanggan per provinsi</b> (yang menerima pengumuman acara)
    { $subscribers }

    <b>Prospek per status</b>
    { $leads }

    <b>Pertanyaan 7 hari terakhir</b>
    • Ditanyakan: { $asked }
    • Tak terjawab: { $unanswered } (belum ditangani: { $unhandled }){ $scoped ->
        [yes] ; penanya dari provinsi ini
       *[no] {""}
    }

## Langganan
sub-consent-text =
    <b>Langganan info acara &amp; pengumuman</b>

    Saya akan mengirimi Anda info acara BPJS Ketenagakerjaan (sosialisasi, pendaftaran keliling) di daerah Anda.

    • Yang disimpan: ID chat Telegram Anda, provinsi, kabupaten/kota (boleh tidak), dan waktu persetujuan.
    • Tujuan: hanya untuk mengirim info tersebut.
    • Berhenti kapan saja dengan /berhenti (data langganan dihapus). Lihat data dengan /dataku, hapus semua dengan /hapusdata.
    • Dasar: UU 27/2022 tentang Pelindungan Data Pribadi.

    Apakah Anda setuju?
sub-consent-agree = ✅ Setuju
sub-consent-decline = Tidak
sub-consent-hint = Pilih <b>Setuju</b> atau <b>Tidak</b> pada tombol di atas.
sub-consent-declined = Baik, tidak ada langganan yang dibuat dan tidak ada data yang disimpan.
sub-ask-province = Provinsi mana? Ketik namanya, atau nama kabupaten/kota Anda (contoh: <i>Sulsel</i> atau <i>Makassar</i>).
sub-ask-regency = Kabupaten/kota mana di { $province }? Pilih tombol atau ketik namanya, atau pilih <b>Seluruh provinsi</b>.
sub-regency-skip = Seluruh provinsi
sub-area-choose = Maksud Anda yang mana?
sub-area-hint = Ketik nama wilayahnya, saya bantu carikan.
sub-area-not-found = Saya tidak menemukan "{ $text }". Coba ejaan lain.
# topik yang tersimpan, dibaca di /dataku ("rules" tidak lagi ditawarkan: tidak pernah ada yang mengirimnya)
sub-topic-events = Acara
sub-topic-rules = Perubahan aturan (tidak tersedia lagi)
sub-saved = ✅ Langganan tersimpan: <b>{ $region }</b>. Anda akan menerima info acara BPJS Ketenagakerjaan di wilayah ini. Berhenti kapan saja dengan /berhenti.
sub-stopped = Langganan Anda dihentikan dan persetujuannya dicabut. Anda tidak akan menerima info acara lagi.
sub-none = Anda belum berlangganan. Ketik /langganan untuk mulai.
sub-overview-none = Anda belum berlangganan info acara &amp; pengumuman. Berlangganan agar tahu acara BPJS Ketenagakerjaan di daerah Anda.
sub-overview = 🔔 Langganan Anda: info acara di <b>{ $region }</b>. Acara mendatang: { $events }.
sub-overview-no-events = 🔔 Langganan Anda di <b>{ $region }</b> hanya untuk topik "Perubahan aturan", yang tidak tersedia lagi, jadi Anda tidak menerima info acara. Tekan <b>Ubah langganan</b> untuk menerima info acara, atau <b>Berhenti</b>. Acara mendatang: { $events }.
sub-button-subscribe = 🔔 Langganan
sub-button-change = ✏️ Ubah langganan
sub-button-stop = 🛑 Berhenti


## Status siaran
bc-status-title = 📣 <b>Siaran #{ $id }</b> — { $status }
bc-status-figures = Terkirim { $sent } · gagal { $failed } · memblokir { $blocked } · sisa { $pending }
bc-status-figures-stopped = Terkirim { $sent } · gagal { $failed } · memblokir { $blocked } · tidak dikirim { $pending }
bc-status-queued = menunggu
bc-status-running = berjalan
bc-status-done = selesai
bc-status-cancelled = dibatalkan
off-lead-withdrawn = 🗑 <b>Prospek ditarik oleh pemiliknya</b>: { $refs }. Datanya sudah dihapus dari bot. Mohon hapus juga salinan Anda (kartu prospek di chat ini, file CSV yang sudah diunduh) dan jangan menghubunginya lagi.

# a ticket whose answer another officer is sending at this moment
tk-answer-in-progress = Jawaban untuk tiket { $reference } sedang dikirim oleh petugas lain. Jika dalam beberapa menit tiket ini muncul lagi sebagai belum dijawab, silakan jawab ulang.
# a lead marked registered is final: its status does not go back
off-lead-status-final = Prospek ini sudah berstatus Terdaftar; status itu final dan tidak diubah menjadi { $status }.

# officers (explore13)
off-csv-part = Bagian { $part } dari { $parts } ({ $total } prospek seluruhnya).
off-siaran-what-withheld = pemberitahuan ke pemilik: pengumuman «{ $title }» ditahan
off-siaran-line-superseded =
    #{ $id } · { $what } · diganti versi baru (#{ $by }) · { $created }
    Terkirim { $sent }/{ $total } · gagal { $failed } · memblokir { $blocked } · sisanya ({ $pending }) dikirim lewat #{ $by }
off-prospek-page-title = <b>Prospek ({ $status })</b>: { $from }–{ $to } dari { $total }, terbaru dulu. Semua ada di /prospek_csv.
off-prospek-page = 📋 Prospek { $from }–{ $to } dari { $total }.{ $after ->
    [0] {""}
   *[other] { " " }{ $after } prospek yang lebih lama: tekan <b>Berikutnya ▶</b>.
}
off-prospek-next = Berikutnya ▶
off-prospek-previous = ◀ Sebelumnya

# officers (audit18)
off-siaran-what-withheld-many = pemberitahuan ke pemilik: beberapa pengumuman terjadwal ditahan
