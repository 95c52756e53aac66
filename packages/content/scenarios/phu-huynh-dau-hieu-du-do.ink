# title: Những tin nhắn lạ trong điện thoại con
# title_en: Strange messages on your child's phone
# band: parents
# strand: grooming
# scheme: grooming
# scheme: game_scam
# contact: Anh Khoa (bạn game của con)
# platform: zalo
# minutes: 6

-> start

=== start ===
Dạo này con gái anh, 12 tuổi, hay ôm điện thoại đến khuya, giật mình úp máy khi bố mẹ lại gần, và có thêm nhiều thẻ nạp game không rõ ở đâu ra. # from: system # flag: gift_offer
Tối nay con để quên điện thoại trên bàn. Một tin nhắn Zalo hiện lên từ "Anh Khoa". # from: system
Bé ngủ chưa? Nhớ xóa tin nhắn của anh như mọi hôm nhé. Bố mẹ bé không hiểu bé bằng anh đâu. # from: them # delay: 1800 # flag: secrecy # flag: isolation # flag: flattery_trust
* [Đọc tiếp các tin nhắn cũ] (Anh mở đoạn chat để đọc.) # from: me
  -> read
* [Nhắn lại giả làm con để tìm hiểu] (Anh nhắn bằng máy con.) Em chưa ngủ. Anh là ai vậy? # from: me
  -> pretend
* [Đánh thức con hỏi ngay, giọng gay gắt] (Anh cầm máy vào phòng con.) Con giải thích ngay cho bố, thằng này là ai?! # from: me
  -> angry

=== read ===
Các tin nhắn còn lại cho thấy: "Anh Khoa" tặng thẻ nạp game, khen con xinh, hỏi giờ bố mẹ đi làm, xin ảnh riêng của con, rủ bật camera lúc khuya. # from: system # flag: age_probe # flag: photo_request
Tin mới nhất: "Thứ Bảy anh đón bé ở công viên gần nhà nhé, đừng nói với ai." # from: them # delay: 1600 # flag: meet_offline # flag: secrecy
* [Chụp màn hình làm bằng chứng] (Anh chụp màn hình toàn bộ đoạn chat, tên tài khoản, số điện thoại.) # from: me
  -> evidence
* [Xóa hết và chặn ngay] (Anh xóa toàn bộ đoạn chat và chặn tài khoản.) # from: me
  -> deleted

=== pretend ===
Anh là anh Khoa chứ ai, sao hỏi lạ vậy? Thứ Bảy anh đón bé ở công viên nhé, nhớ đi một mình. # from: them # delay: 1500 # flag: meet_offline # flag: isolation
* [Hẹn gặp để tự "xử lý"] Được, thứ Bảy gặp. (Anh định tự mình đến gặp hắn.) # from: me
  -> confront_plan
* [Dừng lại, giữ bằng chứng] (Anh dừng nhắn, chụp màn hình toàn bộ đoạn chat.) # from: me
  -> evidence

=== confront_plan ===
Anh kể với vợ. Vợ anh lo lắng: "Tự đi gặp có thể nguy hiểm, hắn có thể không đến, hoặc biết mình bị lộ rồi xóa dấu vết." # from: system
* [Vẫn tự đi] Anh tự lo được. (Anh không báo ai.) # from: me
  -> ending_unsafe
* [Báo công an thay vì tự xử] Em nói đúng. Mình mang bằng chứng đến công an. # from: me
  -> evidence

=== angry ===
Con bật khóc, giành lại điện thoại: "Bố đọc trộm tin nhắn của con! Anh ấy là người duy nhất tốt với con!" # from: system
Con chạy vào phòng, khóa cửa. # from: system
* [Tịch thu điện thoại, cấm dùng] (Anh tịch thu điện thoại, cấm con dùng mạng.) # from: me
  -> ban
* [Bình tĩnh lại, xin lỗi con, nói chuyện nhẹ nhàng] Bố xin lỗi vì đã to tiếng. Bố lo cho con. Con không có lỗi gì, mình nói chuyện nhé. # from: me
  -> talk

=== ban ===
Vài ngày sau, con dùng điện thoại của bạn để nhắn cho "Anh Khoa": "Bố mẹ em cấm em rồi. Anh đến đón em đi." # from: system
* [Không biết gì] (Anh nghĩ chuyện đã xong.) # from: me
  -> ending_unsafe
* [Mở lòng nói chuyện với con] (Anh gõ cửa phòng con.) Bố muốn nghe con kể, bố không mắng đâu. # from: me
  -> talk

=== deleted ===
Đoạn chat đã mất. Anh không còn số điện thoại hay tên tài khoản để báo cáo. Hắn có thể tạo tài khoản mới nhắn cho con. # from: system
* [Nói chuyện với con] (Sáng hôm sau anh ngồi nói chuyện với con.) # from: me
  -> talk
* [Không nói gì với con] (Anh nghĩ chặn là đủ.) # from: me
  -> ending_unsafe

=== evidence ===
Anh đã lưu đầy đủ bằng chứng. Sáng hôm sau, anh và vợ ngồi với con. # from: system
-> talk

=== talk ===
Con kể: "Anh Khoa tặng con thẻ game, nói chuyện với con lúc con buồn… nhưng dạo này anh ấy đòi ảnh, con thấy sợ mà không dám nói." # from: system
* [Trấn an con, giải thích dấu hiệu dụ dỗ] Con không có lỗi. Người tốt không bắt con giấu bố mẹ, xóa tin nhắn hay đòi ảnh. Mình cùng báo công an nhé. # from: me
  -> report
* [Trách con đã nhận quà] Ai bảo con nhận quà của người lạ! # from: me
  -> repair

=== repair ===
Con cúi đầu, im lặng. Anh nhận ra lời trách khiến con khó kể tiếp. Anh ôm con: "Bố xin lỗi. Con không có lỗi." # from: system
-> report

=== report ===
Anh mang bằng chứng đến công an phường, báo cáo tài khoản trên Zalo và gọi 111 để được tư vấn cách hỗ trợ con. # from: system
-> ending_safe

=== ending_safe ===
Con được bảo vệ: bằng chứng được lưu, kẻ dụ dỗ bị trình báo, và con biết có thể kể mọi chuyện với bố mẹ. # from: system # outcome: safe
Dấu hiệu con bị dụ dỗ: ôm máy đến khuya, giấu điện thoại, quà tặng không rõ nguồn (thẻ game), một "người bạn" lớn tuổi bảo xóa tin nhắn, giữ bí mật, hỏi giờ bố mẹ vắng nhà, đòi ảnh, rủ gặp. # debrief
Đừng tự đi gặp hay nhắn giả làm con để "bẫy": có thể nguy hiểm và làm mất dấu vết. Hãy lưu bằng chứng và báo công an. # debrief
Không trách, không tịch thu ngay: con cần cảm thấy an toàn để kể. Gọi 111 để được tư vấn; nếu có nguy hiểm trực tiếp, gọi 113. # debrief
-> END

=== ending_unsafe ===
Kẻ dụ dỗ vẫn liên lạc được với con, còn con thì thấy không thể kể với bố mẹ. # from: system # outcome: unsafe
Đây không phải lỗi của anh/chị hay của con. Kẻ dụ dỗ cố tình tách con khỏi gia đình. # debrief
Tự đối đầu, xóa bằng chứng hay cấm đoán khiến con giấu kín hơn và kẻ xấu dễ tiếp cận hơn. # debrief
Hãy lưu bằng chứng, báo công an, báo cáo tài khoản, và nói chuyện với con bằng sự bình tĩnh. Gọi 111 để được hướng dẫn. # debrief
-> END
