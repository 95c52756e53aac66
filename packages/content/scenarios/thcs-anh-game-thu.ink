# title: Anh game thủ tốt bụng
# title_en: The kind gamer
# band: lower_secondary
# strand: grooming
# scheme: grooming
# scheme: game_scam
# contact: Anh Tuấn Game Thủ
# platform: discord
# minutes: 6

-> start

=== start ===
Em vừa thua một trận Liên Quân. Một người trong server Discord nhắn riêng. # from: system
Em chơi hay mà, trận vừa rồi tại đồng đội thôi. Anh là Tuấn, anh cày rank Cao Thủ. # from: them # delay: 1500 # flag: flattery_trust
Em bao nhiêu tuổi rồi? Học lớp mấy? # from: them # delay: 1200 # flag: age_probe
* [Trả lời thật] Em 13 tuổi, lớp 7 anh ạ. # from: me
  -> friendly
* [Không nói tuổi] Em không nói tuổi với người lạ đâu. Anh hỏi làm gì ạ? # from: me
  -> dodge
* [Chỉ nói chuyện game] Mình nói chuyện game thôi anh. Anh lên rank kiểu gì vậy? # from: me
  -> dodge

=== dodge ===
Haha cẩn thận ghê, anh thích người như em. # from: them # delay: 1300 # flag: flattery_trust
Để anh cho em 500 quân huy, coi như quà làm quen. Chỉ cần em kết bạn Zalo với anh cho dễ nói chuyện. # from: them # delay: 1800 # flag: gift_offer # flag: move_private
* [Nhận quà, kết bạn Zalo] Thật ạ? Zalo của em là 0987 xxx xxx. # from: me
  -> friendly
* [Từ chối] Em không cần quà. Em chỉ nói chuyện ở đây thôi. # from: me
  -> cold

=== friendly ===
Mấy tuần sau, ngày nào anh Tuấn cũng nhắn, nạp quân huy cho em và nghe em kể chuyện. # from: system # flag: gift_offer
Bố mẹ em khó thế à? Chỉ có anh hiểu em thôi. Người lớn chẳng ai hiểu đâu. # from: them # delay: 1800 # flag: flattery_trust # flag: isolation
Chuyện của anh em mình đừng kể với ai nhé. Nói chuyện xong em xóa tin nhắn đi. # from: them # delay: 1600 # flag: secrecy
* [Đồng ý giữ bí mật] Vâng, em không kể với ai đâu. Em xóa rồi. # from: me
  -> photo_ask
* [Thấy lạ khi phải xóa tin nhắn] Sao lại phải xóa tin nhắn hả anh? # from: me
  -> photo_ask

=== photo_ask ===
Anh muốn xem mặt em. Gửi anh vài tấm ảnh riêng tư đi, chỉ anh xem thôi. # from: them # delay: 2000 # flag: photo_request
Hay bật camera lúc em ở một mình trong phòng nhé. # from: them # delay: 1600 # flag: photo_request # flag: isolation
* [Gửi ảnh] Em gửi một tấm nhé… # from: me
  -> sent
* [Từ chối] Không anh ơi, em không gửi ảnh kiểu đó đâu. # from: me
  -> guilt
* [Chụp màn hình, kể với chị họ] Chị ơi, có anh trên mạng đòi em gửi ảnh riêng tư. Em phải làm sao? # from: me
  -> tell_adult

=== guilt ===
Anh nạp cho em bao nhiêu quân huy rồi mà em không tin anh à? Anh buồn đấy. # from: them # delay: 1800 # flag: gift_offer
Thôi thì cuối tuần anh em mình đi ăn kem nhé. Anh đón em ở cổng trường, đừng nói với bố mẹ. # from: them # delay: 1900 # flag: meet_offline # flag: secrecy
* [Đồng ý gặp] Dạ, chiều thứ Bảy em đợi anh ở cổng trường. # from: me
  -> ending_unsafe
* [Kể với mẹ] Mẹ ơi, có anh trên mạng muốn đón con ở cổng trường, dặn con không được nói với mẹ. # from: me
  -> tell_adult

=== cold ===
Sao em khó tính thế. Anh chỉ muốn giúp thôi mà. # from: them # delay: 1500
Mình gặp nhau cho dễ nói chuyện nhé? Anh ở gần trường em. # from: them # delay: 1800 # flag: meet_offline
* [Tò mò, đồng ý gặp] Cũng được, gặp ở quán net gần trường nhé anh. # from: me
  -> ending_unsafe
* [Chặn, báo cáo, kể với bố] Bố ơi, có người lạ trên Discord cứ rủ con gặp. Con chặn rồi, bố xem giúp con. # from: me
  -> tell_adult

=== sent ===
Đẹp lắm. Giờ gửi thêm ảnh nữa, không thì anh gửi tấm này cho cả lớp em xem đấy. # from: them # delay: 1800 # flag: blackmail # flag: photo_request
* [Sợ, gửi thêm] Đừng anh… em gửi thêm đây. # from: me
  -> ending_unsafe
* [Dừng lại, kể với mẹ] Mẹ ơi… con lỡ gửi ảnh cho một người trên mạng, giờ họ dọa con. # from: me
  -> tell_adult_late

=== tell_adult ===
Người lớn đọc hết tin nhắn, không mắng em, chỉ nói: "Cảm ơn con đã kể." # from: system
Mọi người chụp màn hình, báo cáo tài khoản lên Discord và Zalo, rồi chặn. # from: system
-> ending_safe

=== tell_adult_late ===
Mẹ ôm em: "Con không có lỗi. Mẹ sẽ giúp con." # from: system
Mẹ giữ bằng chứng, không trả lời kẻ kia, báo cáo tài khoản và cùng em đến công an phường. Mẹ gọi thêm 111 để được tư vấn. # from: system
-> ending_safe_late

=== ending_safe ===
Em không gửi ảnh, không đi gặp và đã kể với người lớn. Tài khoản kia bị báo cáo và chặn. # from: system # outcome: safe
Dấu hiệu dụ dỗ: khen ngợi, hỏi tuổi, tặng quân huy, rủ sang Zalo, "chỉ anh hiểu em", bảo xóa tin nhắn và giữ bí mật, đòi ảnh, rủ gặp. # debrief
Người tốt không bắt em giấu bố mẹ hay đòi ảnh riêng tư. Quà trong game có thể là "mồi" để em thấy mắc nợ. # debrief
Dừng trả lời, chụp màn hình, chặn, báo cáo và kể với người lớn tin cậy. Gọi 111 để được tư vấn miễn phí. # debrief
-> END

=== ending_safe_late ===
Em đã lỡ gửi ảnh, nhưng em không gửi thêm và đã kể với mẹ. Mẹ giữ bằng chứng và báo công an. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ xấu khen ngợi, tặng quà, bắt giữ bí mật, rồi dùng ảnh để dọa. Càng gửi thêm, chúng càng đòi nhiều hơn. # debrief
Không bao giờ là quá muộn để kể: không gửi thêm, không trả tiền, giữ bằng chứng, báo cáo và gọi 111 hoặc 113. # debrief
-> END

=== ending_unsafe ===
Em giữ bí mật và tiếp tục làm theo lời người lạ. Không có người lớn nào biết em đang gặp nguy hiểm. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
"Anh Tuấn" đã khen, tặng quà, tách em khỏi bố mẹ, bắt giữ bí mật, đòi ảnh và rủ gặp. Đó là các bước dụ dỗ quen thuộc. # debrief
Đừng bao giờ đi gặp một mình người quen qua mạng. Hãy dừng lại, kể với bố mẹ hoặc thầy cô, gọi 111; nếu đang nguy hiểm, gọi 113. # debrief
-> END
