# Umpan balik, pertanyaan yang belum terjawab, dan "Tanya petugas".

## Suara 👍/👎
fb-thanks = Terima kasih!
fb-already = Jawaban ini sudah Anda nilai. Terima kasih!
fb-ask-missing = Terima kasih atas masukannya. Apa yang kurang dari jawaban tadi? Tulis singkat, atau tekan <b>Lewati</b>.
fb-skip-button = Lewati
fb-comment-thanks = Terima kasih, masukan Anda kami catat untuk memperbaiki jawaban.
fb-comment-skipped = Baik, terima kasih.
fb-comment-cut = (Masukan yang panjang disimpan { $max } karakter pertamanya saja.)

## Pertanyaan yang belum terjawab
fb-notify-offer = Pertanyaan Anda tadi tetap disimpan, terhubung ke Anda di bot ini (lihat /dataku), dan dibaca petugas untuk memperbaiki jawaban bot; disimpan paling lama { $months } bulan, lalu dihapus. Beri tahu saya kalau sudah ada jawabannya? Bila ya, nomor chat Anda juga disimpan, hanya untuk mengirim jawaban itu. Hapus semuanya kapan saja dengan /hapusdata.
fb-notify-offer-again = Pertanyaan ini juga disimpan agar petugas bisa memperbaiki jawaban bot, seperti yang tadi (lihat /dataku). Beri tahu saya kalau sudah ada jawabannya? Bila ya, nomor chat Anda disimpan hanya untuk itu.
fb-notify-button = 🔔 Ya, beri tahu saya
fb-notify-ok = Baik, saya akan mengabari Anda begitu jawabannya tersedia.
fb-notify-gone = Pertanyaan ini sudah tidak bisa dipantau lagi.
fb-notify-ask-province =
    Dari provinsi mana Anda? Bila Anda menyebutkannya, pertanyaan tadi juga diteruskan ke petugas provinsi itu. Ketik nama provinsi atau kabupaten/kota Anda, misalnya <i>sulsel</i> atau <i>Makassar</i>.
    🔒 Provinsi ini disimpan bersama pertanyaan tadi <b>hanya untuk meneruskannya ke petugas provinsi itu</b>, paling lama { $months } bulan (lihat /dataku, hapus dengan /hapusdata). Tidak mau? Tekan <b>Lewati</b>: pertanyaan tetap dibaca petugas semua provinsi.
fb-notify-province-skip = Lewati
fb-notify-province-noted = { $readers ->
       *[province] Baik, pertanyaan Anda juga diteruskan ke petugas provinsi <b>{ $province }</b>. Jawabannya saya kirim di chat ini.
        [all] Baik, provinsi <b>{ $province }</b> dicatat. Belum ada petugas untuk { $province } yang terdaftar di TanyaJamsos, jadi pertanyaan Anda dibaca petugas semua provinsi dan pengelola bot ini. Jawabannya saya kirim di chat ini.
        [owners] Baik, provinsi <b>{ $province }</b> dicatat. Belum ada petugas untuk { $province } yang terdaftar di TanyaJamsos, jadi pertanyaan Anda dibaca pengelola bot ini. Jawabannya saya kirim di chat ini.
    }
fb-notify-kept-without-province = ℹ️ Permintaan Anda tetap berlaku: saya kabari begitu pertanyaan sebelumnya terjawab. Provinsinya tidak dicatat, jadi pertanyaan itu dibaca petugas semua provinsi.
fb-notify-province-skipped = Baik, tanpa provinsi: pertanyaan Anda dibaca petugas semua provinsi.
fb-notify-province-thanks = Sama-sama! Bila ingin pertanyaan Anda juga dibaca petugas provinsi Anda, ketik nama provinsinya; bila tidak, tekan Lewati.
fb-notice-generic = 🔔 Kabar tentang pertanyaan Anda.
fb-notified =
    🔔 Pertanyaan Anda sudah ada jawabannya:
    <i>{ $question }</i>

    { $answer }

    📚 Sumber: { $sources }

fb-closed-unanswered =
    Kabar tentang pertanyaan Anda:
    <i>{ $question }</i>

    Maaf, petugas menutup pertanyaan ini tanpa menambahkan jawabannya, jadi saya belum bisa menjawabnya. Silakan hubungi call center BPJS Ketenagakerjaan <b>175</b>, atau tanyakan langsung ke petugas dengan /tanyapetugas.
    Ini kabar terakhir tentang pertanyaan tersebut; nomor chat Anda untuk kabar ini sudah dihapus.

## Petugas: /pertanyaan
fb-only-officers = Perintah ini khusus petugas.
fb-private-only = Perintah petugas hanya bisa dipakai di chat pribadi dengan bot.
fb-groups-title = <b>Pertanyaan yang belum terjawab (7 hari terakhir, semua provinsi)</b>
fb-groups-empty = Tidak ada pertanyaan yang belum terjawab dalam 7 hari terakhir. 🎉
fb-groups-count = { $groups } kelompok belum ditangani ({ $questions } pertanyaan), yang paling banyak ditanyakan dulu; ditampilkan { $from }–{ $to }.
fb-group-waiting = · 🔔 { $waiting } orang menunggu kabar
fb-page-next = Berikutnya ▶
fb-page-previous = ◀ Sebelumnya
fb-group-line = { $n }. <b>{ $people } orang</b> bertanya mirip: <i>{ $sample }</i>
fb-link-button = 🔗 Tautkan { $n }
fb-resolve-button = ✅ Selesai { $n }
fb-suggestions-title = <b>Pertanyaan yang sudah ditautkan ke jawaban</b> (dicatat untuk tim pengelola jawaban, agar pertanyaan serupa berikutnya langsung terjawab):
fb-suggestion-line = • { $entry }: { $wordings }
fb-link-ask =
    Pilih jawaban yang cocok untuk pertanyaan: <i>{ $sample }</i>
    Tidak ada yang cocok? Ketik beberapa kata kunci untuk mencari jawaban lain, atau /batal.
fb-link-ask-search =
    Jawaban apa yang cocok untuk pertanyaan: <i>{ $sample }</i>
    Ketik beberapa kata kunci untuk mencari jawabannya, atau /batal.
fb-link-results = Hasil pencarian untuk «{ $query }». Pilih jawaban yang cocok, atau ketik kata kunci lain:
fb-link-none = Tidak ada jawaban yang cocok dengan «{ $query }». Coba kata kunci lain, atau /batal.
fb-link-confirm = Tautkan pertanyaan ini ke jawaban <b>{ $entry }</b>? { $notify ->
    [0] Tidak ada penanya yang minta dikabari, jadi tidak ada pesan yang dikirim.
   *[other] <b>{ $notify } orang</b> yang bertanya akan langsung menerima jawaban ini.
}
fb-link-confirm-yes = ✅ Ya, tautkan
fb-link-confirm-other = ↩️ Pilih jawaban lain
fb-link-confirm-hint = Pilih <b>Ya, tautkan</b> atau <b>Pilih jawaban lain</b>, atau /batal.
fb-link-stale = Tombol itu sudah tidak berlaku. Pilih dari daftar terakhir, atau ketik kata kunci untuk mencari.
fb-link-hint = Pilih salah satu jawaban pada tombol, atau ketik kata kunci untuk mencari. Ketik /batal untuk berhenti.
fb-linked = Ditautkan ke jawaban <b>{ $entry }</b>: { $count } pertanyaan. { $scheduled ->
    [0] Tidak ada penanya yang menunggu kabar.
   *[other] Jawaban dijadwalkan untuk dikirim ke { $scheduled } orang yang menunggu kabar; kemajuan pengirimannya ada di pesan berikut.
}
fb-resolved = Ditandai selesai: { $count } pertanyaan.
fb-resolve-confirm = 🔔 <b>{ $waiting } orang menunggu kabar</b> untuk pertanyaan ini (mereka menekan "Beri tahu saya"). Jika ditandai selesai tanpa jawaban, mereka diberi tahu bahwa belum ada jawaban dan diarahkan ke call center 175. Jika ada jawaban yang cocok, pilih <b>Tautkan ke jawaban</b> agar mereka menerimanya.
fb-resolve-confirm-yes = ✅ Ya, tandai selesai
fb-resolve-confirm-link = 🔗 Tautkan ke jawaban
fb-resolved-scheduled = Kabar bahwa belum ada jawaban dijadwalkan untuk dikirim ke { $scheduled } orang yang menunggu; kemajuan pengirimannya ada di pesan berikut.
fb-group-gone = Kelompok ini sudah ditangani.

## Tanya petugas
tk-ask-button = 🙋 Tanya petugas
tk-offer = Ingin bertanya langsung ke petugas BPJS Ketenagakerjaan?
tk-ask-question = Tulis pertanyaan Anda untuk petugas BPJS Ketenagakerjaan (satu pesan). Jangan tulis NIK, nomor KPJ atau nomor rekening: nomor seperti itu saya sembunyikan, dan petugas akan menanyakan yang perlu lewat kanal resmi.
tk-use-last = Kirim pertanyaan ini ke petugas?
    <i>{ $question }</i>
tk-use-last-yes = ✅ Ya, kirim ini
tk-use-last-no = ✏️ Tulis pertanyaan lain
tk-question-hint = Mohon tulis pertanyaan Anda sebagai pesan teks (maksimal { $max } karakter), atau ketik /batal.
tk-question-too-long = Pertanyaan itu { $length } karakter, terlalu panjang untuk diteruskan utuh (paling banyak { $max }). Persingkat, lalu kirim lagi dengan /tanyapetugas.
tk-ask-province = Di provinsi mana Anda? Ketik nama provinsinya, atau kabupaten/kota Anda, misalnya <i>sulsel</i> atau <i>Makassar</i>.
tk-province-choose = Pilih provinsi Anda:
tk-province-unknown = Provinsi atau kabupaten/kota itu tidak saya temukan. Ketik namanya saja, misalnya <i>Jawa Barat</i> atau <i>Makassar</i>.
tk-created =
    ✅ Pertanyaan Anda sudah diteruskan ke petugas BPJS Ketenagakerjaan { $province }.
    Nomor tiket: <b>{ $reference }</b>

    Jam layanan petugas: Senin–Jumat 08.00–17.00 waktu setempat. Jawaban akan dikirim di chat ini.
    <i>TanyaJamsos bukan kanal resmi BPJS Ketenagakerjaan. Untuk urusan mendesak hubungi call center 175.</i>
tk-created-all =
    ✅ Pertanyaan Anda sudah diteruskan ke petugas BPJS Ketenagakerjaan yang bertugas untuk semua provinsi: belum ada petugas untuk { $province } yang terdaftar di TanyaJamsos.
    Nomor tiket: <b>{ $reference }</b>

    Jam layanan petugas: Senin–Jumat 08.00–17.00. Jawaban akan dikirim di chat ini.
    <i>TanyaJamsos bukan kanal resmi BPJS Ketenagakerjaan. Untuk urusan mendesak hubungi call center 175.</i>
tk-created-owners =
    ✅ Pertanyaan Anda tercatat dengan nomor tiket <b>{ $reference }</b>.
    Belum ada petugas BPJS Ketenagakerjaan untuk { $province } yang terdaftar di TanyaJamsos, jadi pertanyaan Anda diteruskan ke pengelola bot ini. Bila mereka menjawab, jawabannya dikirim di chat ini.

    Untuk jawaban yang pasti, hubungi call center BPJS Ketenagakerjaan <b>175</b>.
    <i>TanyaJamsos bukan kanal resmi BPJS Ketenagakerjaan.</i>
tk-no-officer =
    Nomor tiket: <b>{ $reference }</b>. Saat ini belum ada petugas untuk provinsi Anda di TanyaJamsos; pertanyaan Anda tetap tercatat.
    Untuk jawaban cepat hubungi call center <b>175</b>.
tk-forward =
    📨 <b>Tiket { $reference }</b> · { $province }
    { $question }

    <i>Balas (reply) pesan ini untuk menjawab; jawaban diteruskan atas nama { $toOwners ->
        [yes] pengelola TanyaJamsos
       *[no] kantor
    }, bukan akun Anda. Catatan: TanyaJamsos bukan kanal resmi BPJS Ketenagakerjaan.</i>
tk-forward-no-officer = ⚠️ Belum ada petugas untuk { $province } di bot ini, jadi tiket ini dikirim ke pemilik bot. Penanya sudah diberi tahu bahwa pertanyaannya diterima pengelola bot, bukan petugas provinsinya. Tambahkan petugas dengan /petugas.
tk-reraise = ⏰ <b>Belum dijawab</b> sejak { $since }
tk-answer =
    💬 <b>Jawaban Petugas BPJS Ketenagakerjaan { $province }</b> untuk tiket { $reference }:

    { $answer }
tk-answer-owners =
    💬 <b>Jawaban pengelola TanyaJamsos</b> untuk tiket { $reference }:

    { $answer }

    <i>Belum ada petugas BPJS Ketenagakerjaan untuk { $province } di TanyaJamsos. Untuk kepastian hubungi call center 175.</i>
tk-answer-sent = ✅ Jawaban untuk tiket { $reference } sudah dikirim ke penanya.
tk-already-answered = Tiket { $reference } sudah dijawab.
tk-gone = Tiket { $reference } sudah tidak ada: penanya sudah menghapus datanya (/hapusdata). Jawaban Anda tidak dikirim ke siapa pun.
tk-reply-text-only = Balas dengan pesan teks.
tk-not-officer = Hanya petugas yang bisa menjawab tiket.
tk-out-of-scope = Tiket ini untuk { $province }, di luar provinsi tugas Anda.
tk-region-all = (semua provinsi)
tk-privacy-notice = 🔒 <b>Siapa yang membaca:</b> { $via ->
        [group] petugas di grup petugas TanyaJamsos.
       *[province] petugas yang terdaftar di bot ini untuk provinsi Anda (petugas BPJS Ketenagakerjaan atau staf pemerintah daerah) dan petugas semua provinsi; bila belum ada petugas untuk provinsi Anda, pengelola bot ini.
    } <b>Untuk apa:</b> hanya untuk menjawab Anda. <b>Berapa lama:</b> pertanyaan, provinsi dan jawabannya disimpan paling lama { $months } bulan, lalu dihapus; hapus lebih awal dengan /hapusdata.
tk-answer-blocked = ⚠️ Jawaban untuk tiket { $reference } <b>tidak terkirim</b>: penanya telah memblokir bot ini. Jawaban Anda tidak disimpan dan tiket tetap terbuka. Tiket ini tidak diangkat lagi selama penanya memblokir bot; bila ia menulis lagi ke bot, tiket muncul kembali sebagai belum dijawab dan Anda bisa membalasnya lagi.

## Petugas: /pertanyaan menurut wilayah tugas
fb-groups-title-province =
    <b>Pertanyaan yang belum terjawab (7 hari terakhir, { $province })</b>
    <i>Hanya pertanyaan warga { $province }. Pertanyaan yang provinsinya tidak diketahui, dan kelompok yang juga berisi pertanyaan dari provinsi lain, ditangani petugas semua provinsi.</i>
fb-groups-empty-province = Tidak ada pertanyaan yang belum terjawab dari warga { $province } dalam 7 hari terakhir. 🎉
fb-groups-empty-province-shared = Tidak ada kelompok pertanyaan yang bisa Anda tangani. Namun <b>{ $n } pertanyaan</b> dari warga { $province } dalam 7 hari terakhir belum terjawab: pertanyaan itu ada di kelompok yang juga berisi pertanyaan dari provinsi lain (atau yang provinsinya tidak diketahui), dan kelompok seperti itu ditangani petugas semua provinsi dan pemilik bot.
fb-groups-shared = Selain itu, { $n } pertanyaan dari warga { $province } ada di kelompok bersama provinsi lain; kelompok itu ditangani petugas semua provinsi dan pemilik bot.
fb-group-closed = Kelompok pertanyaan ini sudah ditandai selesai (atau sudah ditautkan ke jawaban), jadi tombolnya tidak berlaku lagi. Lihat daftar terbaru dengan /pertanyaan.
fb-group-out-of-scope = Kelompok pertanyaan ini (juga) berisi pertanyaan dari luar provinsi tugas Anda. Hanya petugas semua provinsi yang dapat menanganinya.
fb-comment-and-question = Terima kasih, masukan Anda kami catat. Pertanyaan Anda saya jawab di bawah ini.
