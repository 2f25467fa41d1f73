# Tanya petugas (/tanyapetugas): what is checked in the question step
tk-question-words = Mohon tulis pertanyaan Anda dengan kata-kata (emoji saja belum bisa diteruskan ke petugas), atau ketik /batal.
tk-question-too-short = Tulis pertanyaannya sedikit lebih lengkap (satu kalimat), agar petugas bisa langsung menjawab. Misalnya: <i>saldo JHT saya belum masuk setelah klaim</i>.
tk-province-noted = Provinsi dicatat: <b>{ $province }</b>. Sekarang tulis pertanyaan Anda untuk petugas.
tk-offer-stale = Tombol itu untuk tawaran pertanyaan sebelumnya dan sudah tidak berlaku. Pilih tombol di pesan terbaru di atas.
tk-province-from-question = Pertanyaan Anda menyebut <b>{ $province }</b>. Kirim ke petugas provinsi itu?
tk-province-from-question-yes = ✅ Ya, kirim
tk-province-from-question-other = Provinsi lain
tk-province-known = Kirim pertanyaan ini ke petugas provinsi <b>{ $province }</b>? (Provinsi ini Anda berikan untuk langganan info atau pendaftaran; tanpa persetujuan Anda tidak dipakai untuk pertanyaan.)
tk-province-thanks = Sama-sama! Pertanyaan Anda belum terkirim: ketik nama provinsi atau kabupaten/kota Anda untuk mengirimnya, atau tekan ❌ Batal.
