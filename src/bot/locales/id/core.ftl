# Teks bot dalam Bahasa Indonesia. Variabel ditulis { $nama }.
start-greeting =
    Halo{ $name ->
        [none] {""}
       *[other] , { $name }
    }! 👋 Saya <b>TanyaJamsos</b>, asisten tanya-jawab seputar jaminan sosial ketenagakerjaan (BPJS Ketenagakerjaan / BPJamsostek): JKK, JKM, JHT, JP dan JKP.

    Tulis saja pertanyaan Anda, misalnya <i>brp iuran bpu sebulan</i>, atau pilih menu di bawah.

    <i>TanyaJamsos bukan kanal resmi BPJS Ketenagakerjaan. Untuk urusan resmi hubungi call center 175.</i>
menu-title = Pilih menu:
menu-ask = ❓ Tanya program
menu-calc = 🧮 Hitung iuran
menu-join = 📝 Daftar minat
menu-village = 🏡 Dana desa
menu-events = 📣 Acara & pengumuman
menu-help = ℹ️ Bantuan
menu-officer = 🙋 Tanya petugas
menu-ask-prompt = Silakan tulis pertanyaan Anda tentang JKK, JKM, JHT, JP, JKP, iuran pekerja informal (BPU) atau dana desa. Contoh: <i>gmn klaim jht kl resign</i>
coming-soon = Fitur <b>{ $feature }</b> segera hadir. Sementara itu, silakan tulis pertanyaan Anda atau hubungi call center 175.
help =
    <b>Yang bisa saya bantu</b>
    • Menjawab pertanyaan program BPJS Ketenagakerjaan (JKK, JKM, JHT, JP, JKP), lengkap dengan dasar hukumnya.
    • Menghitung iuran pekerja formal dan informal (BPU), serta anggaran dana desa.
    • Mencatat minat Anda untuk mendaftar agar dihubungi petugas.
    • Info acara dan pengumuman di daerah Anda.

    <b>Contoh pertanyaan</b>
    • brp iuran bpu sebulan
    • gmn klaim jht kl resign
    • ahli waris dapat berapa kalau peserta meninggal
    • dana desa boleh bayar iuran bpjs tk?

    <b>Perintah</b>
    { $commands }

    Jawaban saya bukan keputusan resmi. Untuk kepastian hubungi call center <b>175</b> atau kantor cabang BPJS Ketenagakerjaan.
language-choose = Pilih bahasa / Choose language:
language-set = Bahasa diganti ke Bahasa Indonesia.
answer-source = 📚 Sumber: { $sources }
answer-uncertain = ⚠️ Sebagian isi jawaban ini (angka atau dasar aturannya) belum terkonfirmasi resmi. Pastikan ke call center 175.
answer-article-note = Angka dan jabatan sesuai tanggal pemberitaan.
answer-related = Pertanyaan terkait:
clarify-title = Maksud Anda…?
clarify-none = Bukan semuanya
two-questions-other =
    ❓ Pertanyaan { $position ->
        [0] pertama
        [1] kedua
       *[other] ketiga
    } Anda: “{ $clause }”
    Mungkin maksudnya ini:
decline =
    Maaf, saya belum bisa menjawab pertanyaan itu dengan yakin. 🙏
    Saya bisa membantu soal program BPJS Ketenagakerjaan (JKK, JKM, JHT, JP, JKP), iuran, pendaftaran dan dana desa.
    Untuk pertanyaan lain silakan hubungi call center <b>175</b>.
decline-health = Pertanyaan soal layanan kesehatan (BPJS Kesehatan/JKN/KIS) ditangani BPJS Kesehatan sendiri: hubungi kanal resmi BPJS Kesehatan atau aplikasi Mobile JKN.
decline-recorded = ℹ️ Pertanyaan ini disimpan, terhubung ke Anda (lihat /dataku di chat pribadi dengan bot), agar petugas bisa memperbaiki jawaban bot; paling lama { $months } bulan, lalu dihapus. Hapus kapan saja dengan /hapusdata.
error-apology = Maaf, terjadi gangguan saat memproses pesan Anda. Silakan coba lagi sebentar lagi, atau hubungi call center 175.
unknown-command = Perintah itu tidak saya kenal. Ketik /bantuan untuk melihat apa yang bisa saya bantu.
unsupported-message = Saya hanya bisa membaca pesan teks. Silakan tulis pertanyaan Anda.
caption-only = Saya belum bisa membaca gambar atau berkas; saya jawab dari tulisan Anda di bawahnya.
village-intro-reply = { $greeting ->
        [salam] Waalaikumsalam warahmatullahi wabarakatuh. 🙏
        [pagi] Selamat pagi! 🙏
        [siang] Selamat siang! 🙏
        [sore] Selamat sore! 🙏
        [malam] Selamat malam! 🙏
       *[other] Halo, selamat datang! 🙏
    } Senang bisa membantu desa Anda. Untuk kepala desa, perangkat desa dan BPD, saya bisa menjelaskan aturan iuran BPJS Ketenagakerjaan dari dana desa/APBDes, siapa saja yang bisa didaftarkan, dan menghitung anggarannya:
employer-duty-note = ℹ️ Mendaftarkan pekerja ke BPJS Ketenagakerjaan dan membayar iurannya adalah <b>kewajiban perusahaan</b> sejak pekerja mulai bekerja, bukan tanggungan pekerja. Bila perusahaan belum mendaftarkan Anda, ini yang bisa Anda lakukan (tombol 📝 Daftar minat di bawahnya bila tetap ingin dihubungi petugas):
thanks-reply = Sama-sama! 🙏 Ada lagi yang ingin ditanyakan? Tulis saja pertanyaannya.
never-mind-reply = Baik, tidak apa-apa. Kalau ada pertanyaan lain, tulis saja.
statement-noted =
    { $death ->
        [yes] Turut berduka cita. 🙏{" "}
       *[no] {""}
    }Baik, saya catat{ $about ->
        [none] {""}
       *[other] : { $about }
    }. Silakan tanyakan apa yang ingin Anda ketahui{ $options ->
        [0] , misalnya soal iuran, klaim atau syaratnya.
       *[other] , atau pilih salah satu di bawah ini:
    }
situation-worker-pu = pekerja penerima upah (karyawan)
situation-worker-bpu = pekerja mandiri (BPU)
situation-worker-pmi = pekerja migran (PMI)
situation-event-accident = kecelakaan kerja
situation-event-death = peserta meninggal dunia
situation-event-layoff = terkena PHK
situation-event-resign = sudah berhenti bekerja
situation-event-working = masih bekerja
wants-to-ask-reply = Silakan, tulis saja pertanyaannya. 🙂
agree-reply = Baik. 🙂 Kalau ada yang ingin ditanyakan, tulis saja pertanyaannya, atau ketik /start untuk melihat menu.
contact-me-reply = Saya bot, jadi tidak bisa menelepon atau mengirim pesan duluan. Supaya <b>petugas</b> menghubungi Anda:
    • <b>📝 Daftar minat</b> — bila ingin ikut BPJS Ketenagakerjaan; nomor HP diminta di sana, hanya dengan persetujuan Anda;
    • <b>🙋 Tanya petugas</b> — bila ada pertanyaan yang ingin dijawab petugas.
    Atau hubungi langsung call center <b>175</b>.
number-only-reply = Angka saja belum bisa saya pahami. Tulis pertanyaannya, misalnya <i>iuran bpu 2 jt sebulan brp</i>, atau ketik /hitung untuk menghitung iuran.
symbols-only-reply = Silakan tulis pertanyaan Anda dengan kata-kata, misalnya <i>cara klaim jht</i> atau <i>iuran bpu brp</i>.
identity-number-note = ℹ️ Nomor identitas (NIK, KPJ, nomor HP atau rekening) tidak perlu dikirim di sini: saya tidak bisa mengecek data pribadi dan tidak menyimpan nomor itu. Pertanyaannya saya jawab tanpa nomor tersebut.
private-only = Ini menyangkut data pribadi Anda, jadi saya layani di chat pribadi. Tekan tombol di bawah.
private-open = 💬 Buka chat pribadi
button-expired = Tombol ini sudah tidak berlaku.
too-long = Pertanyaan terlalu panjang. Mohon ringkas (maksimal { $max } karakter).

## Isian (semua alur)
flow-cancel-button = ❌ Batal
flow-cancelled = Dibatalkan. Tidak ada data yang disimpan dari isian ini. Ketik /start untuk kembali ke menu.
flow-cancelled-event = Dibatalkan. Acara ini tidak diumumkan kepada siapa pun. Ketik /start untuk kembali ke menu.
flow-cancel-no-form = Tidak ada isian yang sedang terbuka untuk dibatalkan: isian itu sudah selesai atau ditutup. Yang sudah dikirim dari isian itu tetap tersimpan seperti yang dijelaskan saat Anda mengirimnya. Ketik /dataku untuk melihat semua data Anda yang tersimpan, /hapusdata untuk menghapusnya, atau /tarikpersetujuan untuk menarik persetujuan Anda.
form-left = ℹ️ Isian tadi saya hentikan agar pertanyaan Anda terjawab; isian yang belum dikirim tidak disimpan. Ketik { $command } untuk mengisinya lagi.
form-left-plain = ℹ️ Isian tadi saya hentikan agar pertanyaan Anda terjawab; isian yang belum dikirim tidak disimpan.
form-paused = ℹ️ Isian tadi saya hentikan sebentar agar pertanyaan Anda terjawab. Jawaban yang sudah Anda isi tetap tersimpan selama { $hours } jam sejak langkah terakhir; tekan ▶️ Lanjutkan isian untuk meneruskan dari langkah itu. Ketik { $command } untuk mengisinya lagi dari awal, atau /batal untuk membuangnya.
form-resume-button = ▶️ Lanjutkan isian
form-still-paused = ℹ️ Isian tadi masih menunggu.
form-resume-gone = Isian itu sudah tidak tersimpan: sudah dikirim, dibatalkan, diganti isian lain, atau terlalu lama ditinggal. Ketik { $command } untuk mengisinya lagi.
form-resume-gone-plain = Isian itu sudah tidak tersimpan: sudah dikirim, dibatalkan, diganti isian lain, atau terlalu lama ditinggal.
form-resumed = Silakan lanjutkan: jawab pertanyaan terakhir dari isian di atas.
choose-button-hint = Silakan pilih salah satu tombol di atas, atau ketik /batal untuk berhenti.
rate-limited = Pesan Anda terlalu cepat 🙂 Mohon tunggu sebentar, lalu kirim lagi.

## Command menu (Telegram's list and /bantuan)
cmd-start = Menu utama
cmd-bantuan = Apa yang bisa dibantu
cmd-hitung = Hitung iuran
cmd-daftar = Daftar minat kepesertaan
cmd-tanyapetugas = Tanya petugas
cmd-acara = Acara terdekat
cmd-langganan = Langganan pengumuman
cmd-berhenti = Berhenti langganan
cmd-bahasa = Ganti bahasa
cmd-dataku = Lihat data saya
cmd-hapusdata = Hapus data saya
cmd-tarikpersetujuan = Tarik persetujuan data
cmd-batal = Batalkan isian
form-left-other = ℹ️ Isian tadi saya hentikan karena tombol itu memulai hal lain; isian yang belum dikirim tidak disimpan. Ketik { $command } untuk mengisinya lagi.
form-paused-choice = ℹ️ Isian { $command } Anda masih menunggu, jawaban yang sudah Anda isi tetap tersimpan. Lanjutkan dari langkah terakhir, atau mulai dari awal?
form-restart-button = 🔁 Mulai dari awal

# flows (explore14)
sub-current-replaced = 🔔 Langganan Anda sekarang: <b>{ $region }</b>. Wilayah yang Anda pilih sekarang akan <b>menggantikannya</b> (satu wilayah per akun). Tekan Batal bila ingin tetap.
sub-replaced = Langganan sebelumnya (<b>{ $region }</b>) diganti.
tk-question-numbers = Yang Anda kirim hanya angka. Nomor seperti NIK atau nomor HP tidak diteruskan ke petugas; tulis pertanyaan Anda dengan kata-kata (contoh: <i>saldo JHT saya belum masuk setelah klaim</i>), atau ketik /batal.
form-expired = ⏱️ Isian Anda sudah kedaluwarsa (tidak dijawab lebih dari { $hours } jam), jadi jawaban tadi tidak saya pakai dan isian yang belum dikirim tidak disimpan. Ketik { $command } untuk mulai lagi.
form-left-language = ℹ️ Isian tadi saya tutup karena bahasa diganti; jawaban yang belum dikirim tidak disimpan. Ketik { $command } untuk mengisinya lagi dalam bahasa yang dipilih.
