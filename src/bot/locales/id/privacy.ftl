data-title = <b>Data Anda yang tersimpan di TanyaJamsos</b>
data-footer = Hapus semuanya kapan saja dengan /hapusdata.
data-file-caption = Salinan lengkap data Anda, persis seperti tersimpan (JSON).
data-more-in-file = … dan { $n } baris lebih lama, ada di berkas terlampir.
data-none = Tidak ada data pribadi Anda yang tersimpan.
data-table-users = Profil (bahasa, waktu pertama/terakhir)
data-table-consents = Persetujuan
data-table-subscriptions = Langganan pengumuman
data-table-leads = Pendaftaran minat
data-table-events = Kehadiran acara
data-table-tickets = Pertanyaan ke petugas
data-table-deliveries = Pengumuman yang dikirim
data-table-sessions = Status percakapan
data-table-officers = Hak petugas
data-table-questions = Pertanyaan yang tidak bisa dijawab bot
data-table-feedback = Penilaian jawaban
data-table-other = Lainnya
data-table-audit = Catatan audit tindakan Anda
data-table-audit-released = Catatan audit (nama Anda dilepas dari catatannya)
delete-confirm-officer = Anda petugas: <b>hak petugas Anda ikut dicabut</b>, dan pemilik bot diberi tahu. Catatan tentang data warga yang Anda lihat atau unduh tetap disimpan tanpa nama Anda.
delete-confirm-officer-scheduled = ⏸ { $n ->
    [1] Pengumuman terjadwal Anda
   *[other] { $n } pengumuman terjadwal Anda
} (<i>{ $titles }</i>) <b>ditahan, tidak dikirim</b>, dan pemilik bot diberi tahu; petugas lain bisa membuatnya lagi.
privacy-officer-left = ℹ️ Petugas <code>{ $id }</code> menghapus datanya di bot ini, jadi hak petugasnya dicabut. Tambahkan lagi dengan /petugas tambah bila masih bertugas.
delete-confirm = Hapus <b>semua</b> data Anda di TanyaJamsos (profil, pendaftaran minat, langganan pengumuman, kehadiran acara, persetujuan, pertanyaan yang Anda ajukan, pertanyaan ke petugas beserta jawabannya, penilaian jawaban, permintaan dikabari jawaban, dan riwayat percakapan)? Ini tidak bisa dibatalkan.
delete-yes = 🗑 Ya, hapus
delete-no = Batal
delete-kept = Baik, data Anda tidak dihapus.
delete-done = ✅ Data Anda sudah dihapus:
withdraw-none = Anda tidak punya persetujuan yang aktif. Tidak ada yang perlu dihentikan.
withdraw-confirm = Tarik persetujuan Anda? Yang akan berhenti:
withdraw-confirm-consents = • Persetujuan untuk: { $purposes }.
withdraw-confirm-leads = • { $n ->
    [1] Pendaftaran minat Anda ({ $references }) dihapus, dan petugas yang menerimanya diberi tahu agar tidak menghubungi Anda lagi.
   *[other] { $n } pendaftaran minat Anda ({ $references }) dihapus, dan petugas yang menerimanya diberi tahu agar tidak menghubungi Anda lagi.
}
withdraw-confirm-subscription = • Langganan pengumuman acara ({ $region }) dihentikan.
withdraw-confirm-notify = • Anda tidak lagi dikabari saat pertanyaan Anda terjawab.
withdraw-confirm-rest = Data lain tetap tersimpan; untuk menghapus semuanya, pakai /hapusdata. Lanjutkan?
withdraw-yes = ✅ Ya, tarik
withdraw-no = Batal
withdraw-kept = Baik, persetujuan Anda tetap berlaku. Tidak ada yang diubah.
withdraw-done = ✅ Persetujuan Anda sudah ditarik.
withdraw-done-leads = { $n ->
    [1] Pendaftaran minat Anda dihapus.
   *[other] { $n } pendaftaran minat Anda dihapus.
}
withdraw-done-subscriptions = Langganan pengumuman dihentikan.
withdraw-done-rest = Untuk menghapus semua data, ketik /hapusdata.
data-yes = ya
data-no = tidak
data-purpose-enrollment = pendaftaran minat (/daftar)
data-purpose-subscription = pengumuman acara (/langganan)
data-purpose-notify = dikabari saat pertanyaan Anda terjawab
data-consent-version = versi teks { $version }
data-reason-declined = bot belum punya jawabannya
data-reason-downvoted = Anda menilai jawabannya kurang membantu
data-ticket-status-open = menunggu jawaban petugas
data-ticket-status-answered = sudah dijawab
data-ticket-status-closed = ditutup
data-language-id = Bahasa Indonesia
data-language-en = Bahasa Inggris
data-field = { $field ->
    [chat_id] ID chat
    [user_ref] kode pengguna (samaran)
    [language] bahasa
    [first_seen] pertama kali
    [last_seen] terakhir kali
    [blocked] memblokir bot
    [notify_opt_in] mau dikabari jawaban
    [purpose] tujuan
    [text_version] versi teks persetujuan
    [granted_at] disetujui pada
    [withdrawn_at] ditarik pada
    [province_code] kode provinsi
    [regency_code] kode kabupaten/kota
    [district_code] kode kecamatan
    [region_label] wilayah
    [topics] topik
    [reference] nomor
    [status] status
    [worker_kind] jenis pekerja
    [occupation] pekerjaan
    [programs] program
    [phone] nomor HP
    [contact_via_telegram] dihubungi lewat Telegram
    [notified_at] petugas diberi tahu
    [answering_at] mulai dijawab petugas
    [created_at] dibuat
    [updated_at] diubah
    [reminded_at] diingatkan ke petugas
    [question] pertanyaan
    [answer] jawaban
    [answered_at] dijawab pada
    [text] teks
    [reason] alasan
    [handled] sudah ditangani
    [entry_id] jawaban yang dinilai
    [linked_entry_id] jawaban yang ditautkan petugas
    [group_key] kode kelompok pertanyaan serupa
    [notify_chat_id] ID chat untuk kabar
    [helpful] membantu
    [comment] komentar
    [event_id] acara
    [action] tindakan
    [actor] pelaku
    [details] rincian
    [key] kunci
    [conversation] isian yang sedang berjalan
    [clarifiedQuestion] pertanyaan terakhir yang ditanya balik
    [writtenIn] bahasa yang Anda pakai menulis
    [pausedForm] isian yang dijeda karena pertanyaan
    [fbVoted] jawaban yang sudah Anda nilai
    [fbKeptToldOn] pemberitahuan penyimpanan pertanyaan sudah ditampilkan
    [formAnswers] isi isian sejauh ini (nomor identitas disamarkan)
    [province] provinsi
    [regency] kabupaten/kota
    [district] kecamatan
    [provinces] provinsi sasaran
    [regencies] kabupaten/kota sasaran
    [event] acara
    [announcement] pengumuman
    [kind] jenis
    [title] judul
    [starts_at] mulai
    [place] tempat
    [description] keterangan
    [send_at] dijadwalkan kirim
    [finished_at] selesai
    [granted_by] diberikan oleh (ID Telegram)
    [reminded] sudah diingatkan
    [recipients] penerima
    [officer] petugas yang Anda beri hak (ID Telegram)
    [appointed_at] diberikan pada
   *[other] { $field }
}
privacy-copies-with-officers = ℹ️ Salinan yang sudah terkirim ke petugas (kartu prospek di chat mereka, file CSV yang sudah diunduh) tidak bisa kami tarik kembali. { $told ->
    [0] Bila perlu, minta kantor BPJS Ketenagakerjaan setempat menghapusnya.
   *[other] Yang menerimanya (petugas, atau pengelola bot ini bila belum ada petugas untuk provinsi Anda) sudah kami beri tahu bahwa pendaftaran Anda ditarik dan diminta menghapus salinannya.
}
privacy-ticket-copies = ℹ️ Pertanyaan yang sudah diteruskan ke petugas lewat /tanyapetugas tetap ada di chat mereka dan tidak bisa kami tarik kembali. Bila perlu, minta kantor BPJS Ketenagakerjaan setempat menghapusnya.
data-table-events-created = Acara yang Anda buat
data-table-broadcasts = Siaran yang Anda mulai
data-table-other-named = Lainnya ({ $table })
data-scope-all = semua provinsi
data-all-provinces = semua provinsi ({ $n })
data-event-status-draft = draf (belum dikirim)
data-event-status-scheduled = terjadwal
data-event-status-sent = sudah diumumkan
data-broadcast-status-queued = menunggu dikirim
data-broadcast-status-running = sedang dikirim
data-broadcast-status-done = selesai
data-broadcast-status-cancelled = dihentikan
data-broadcast-kind-event = pengumuman acara
data-broadcast-kind-event_reminder = pengingat acara
data-broadcast-kind-event_cancelled = pembatalan acara
data-delivery-status-pending = menunggu dikirim
data-delivery-status-sending = sedang dikirim
data-delivery-status-sent = terkirim
data-delivery-status-failed = gagal terkirim
data-delivery-status-blocked = tidak terkirim (bot diblokir)
data-times-in = Waktu dalam { $zone }. Rincian teknis (antrean pengiriman, isi siaran, rincian catatan audit) ada di berkas JSON terlampir.
data-action = { $action ->
    [broadcast_cancelled] menghentikan siaran
    [broadcast_enqueued] siaran masuk antrean
    [broadcasts_listed] melihat /siaran
    [event_cancelled] membatalkan acara
    [event_discarded] membuang draf acara
    [event_drafted] menyusun draf acara
    [event_form_opened] membuka /acara_baru
    [event_scheduled] menjadwalkan acara
    [event_sent] mengirim pengumuman acara
    [event_withheld] pengumuman terjadwal ditahan
    [events_viewed] melihat /acara
    [lead_reminded] prospek diingatkan ke petugas
    [lead_sent] prospek dikirim ke petugas
    [lead_status_set] mengubah status prospek
    [leads_exported] mengunduh /prospek_csv
    [leads_listed] melihat /prospek
    [officer_denied] perintah petugas ditolak
    [officer_granted] memberi hak petugas
    [officer_revoked] mencabut hak petugas
    [officers_listed] melihat daftar petugas
    [stats_viewed] melihat /statistik
    [ticket_answer_blocked] jawaban tiket tidak terkirim (diblokir)
    [ticket_answered] menjawab pertanyaan warga
    [ticket_reply_gone] membalas tiket yang sudah dihapus
    [ticket_reraised] tiket diingatkan lagi
    [unanswered_linked] menautkan pertanyaan ke jawaban
    [unanswered_list] melihat /pertanyaan
    [unanswered_resolved] menandai pertanyaan selesai
   *[other] { $action }
}
data-form-enrollment = pendaftaran minat (/daftar)
data-form-calculator = kalkulator iuran (/hitung)
data-form-village-budget = hitungan anggaran desa (/hitung)
data-form-subscribe = langganan pengumuman (/langganan)
data-form-ticket = pertanyaan ke petugas (/tanyapetugas)
data-form-new-event = acara baru (/acara_baru)
data-form-fb-comment = masukan untuk jawaban
data-form-fb-link = menautkan pertanyaan ke jawaban
data-form-fb-notify-province = provinsi untuk kabar jawaban (Beri tahu saya)
data-form-edit-event = ubah acara (/acara)

# flows (explore14)
withdraw-confirm-open-form = • Isian yang sedang Anda isi (/daftar atau /langganan) ditutup dan jawabannya dibuang, termasuk nomor HP; tidak ada yang dikirim ke petugas.
withdraw-done-open-form = ✅ Persetujuan Anda sudah ditarik. Isian yang sedang berjalan ditutup dan jawabannya dibuang; tidak ada yang dikirim ke petugas. Tombol Kirim di isian itu tidak berlaku lagi.
withdraw-done-form-closed = Isian yang sedang berjalan ditutup; tidak ada yang dikirim.
