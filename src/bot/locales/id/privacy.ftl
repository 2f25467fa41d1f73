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
data-table-questions = Pertanyaan yang belum terjawab
data-table-feedback = Penilaian jawaban
data-table-other = Lainnya
data-table-audit = Catatan audit tindakan Anda
data-table-audit-released = Catatan audit (nama Anda dilepas dari catatannya)
delete-confirm-officer = Anda petugas: <b>hak petugas Anda ikut dicabut</b>, dan pemilik bot diberi tahu. Catatan tentang data warga yang Anda lihat atau unduh tetap disimpan tanpa nama Anda.
privacy-officer-left = ℹ️ Petugas <code>{ $id }</code> menghapus datanya di bot ini, jadi hak petugasnya dicabut. Tambahkan lagi dengan /petugas tambah bila masih bertugas.
delete-confirm = Hapus <b>semua</b> data Anda di TanyaJamsos (profil, pendaftaran minat, langganan pengumuman, kehadiran acara, persetujuan, pertanyaan yang Anda ajukan, pertanyaan ke petugas beserta jawabannya, penilaian jawaban, permintaan dikabari jawaban, dan riwayat percakapan)? Ini tidak bisa dibatalkan.
delete-yes = 🗑 Ya, hapus
delete-no = Batal
delete-kept = Baik, data Anda tidak dihapus.
delete-done = ✅ Data Anda sudah dihapus:
withdraw-none = Anda tidak punya persetujuan yang aktif. Tidak ada yang perlu dihentikan.
withdraw-done = ✅ Persetujuan Anda ditarik ({ $consents }). Pendaftaran minat Anda dihapus ({ $leads }) dan langganan pengumuman dihentikan ({ $subscriptions }). Untuk menghapus semua data, ketik /hapusdata.
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
    [created_at] dibuat
    [updated_at] diubah
    [reminded_at] diingatkan ke petugas
    [question] pertanyaan
    [answer] jawaban
    [answered_at] dijawab pada
    [text] teks
    [reason] alasan
    [handled] sudah ditangani
    [entry_id] entri jawaban
    [linked_entry_id] ditautkan ke entri
    [group_key] kata kunci (untuk mengelompokkan pertanyaan serupa)
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
    [fbVoted] jawaban yang sudah Anda nilai
   *[other] { $field }
}
privacy-copies-with-officers = ℹ️ Salinan yang sudah terkirim ke petugas (kartu prospek di chat mereka, file CSV yang sudah diunduh) tidak bisa kami tarik kembali. { $told ->
    [0] Bila perlu, minta kantor BPJS Ketenagakerjaan setempat menghapusnya.
   *[other] Yang menerimanya (petugas, atau pengelola bot ini bila belum ada petugas untuk provinsi Anda) sudah kami beri tahu bahwa pendaftaran Anda ditarik dan diminta menghapus salinannya.
}
privacy-ticket-copies = ℹ️ Pertanyaan yang sudah diteruskan ke petugas lewat /tanyapetugas tetap ada di chat mereka dan tidak bisa kami tarik kembali. Bila perlu, minta kantor BPJS Ketenagakerjaan setempat menghapusnya.
