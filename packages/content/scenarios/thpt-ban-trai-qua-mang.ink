# title: Người ấy trên Instagram
# title_en: Someone special on Instagram
# band: upper_secondary
# strand: grooming
# scheme: grooming
# scheme: sextortion
# contact: khang.nguyen.06
# platform: instagram
# minutes: 7

-> start

=== start ===
Một tài khoản tên "khang.nguyen.06" thả tim mọi ảnh của em, rồi nhắn riêng. Ảnh đại diện là một anh chàng rất điển trai. # from: system
Hi, mình là Khang, học lớp 12 ở trường bên cạnh. Ảnh bạn đẹp thật sự, không giống mấy bạn khác. # from: them # delay: 1500 # flag: flattery_trust
Bạn có vẻ buồn trong story hôm qua. Kể mình nghe không? # from: them # delay: 1500 # flag: flattery_trust
* [Kể chuyện buồn] Ừ, dạo này mình cãi nhau với bố mẹ suốt, chán lắm. # from: me
  -> bond
* [Nói chuyện xã giao] Cảm ơn nhé. Mà mình có quen bạn không? # from: me
  -> check
* [Kiểm tra tài khoản trước] Để mình xem trang cá nhân của bạn đã. # from: me
  -> check

=== check ===
Tài khoản có 9 ảnh, đều đăng cùng một ngày, không có bạn bè chung nào bình luận. # from: system
Tuần trước Khang nhắn cho bạn thân em y hệt câu "không giống mấy bạn khác". Bạn ấy kể với em hôm qua. # from: system
* [Vẫn nói chuyện, chắc trùng hợp] Chắc trùng hợp thôi. Nói chuyện thêm chút cũng được. # from: me
  -> bond
* [Hỏi thẳng, đề nghị gọi video] Bạn gọi video nói chuyện một phút không? Mình muốn chắc bạn là người thật. # from: me
  -> excuse

=== excuse ===
Cam mình hỏng rồi. Mà sao bạn nghi ngờ mình thế, mình thật lòng mà. # from: them # delay: 1600
Chuyển sang Telegram nói chuyện cho riêng tư nhé, ở đây mình không thoải mái. # from: them # delay: 1500 # flag: move_private
* [Chuyển sang Telegram] Ok, username Telegram của mình đây. # from: me
  -> bond
* [Từ chối, chặn, báo cáo] Thôi mình không nói chuyện với người không rõ danh tính. # from: me
  -> blocked

=== bond ===
Hai tuần sau, ngày nào Khang cũng nhắn chúc ngủ ngon, nói chỉ có Khang hiểu em. # from: system # flag: flattery_trust
Bố mẹ bạn không hiểu bạn đâu. Mình mới là người ở bên bạn. Chuyện của mình đừng kể ai nhé. # from: them # delay: 1800 # flag: isolation # flag: secrecy
Gửi mình một tấm ảnh riêng tư đi, chỉ mình xem thôi. Mình gửi bạn trước nè. # from: them # delay: 2000 # flag: photo_request
* [Gửi ảnh] Ừ… chỉ mình bạn xem thôi nhé. # from: me
  -> sextortion
* [Từ chối] Không, mình không gửi ảnh kiểu đó. # from: me
  -> guilt
* [Hỏi ý chị họ] Chị ơi, người em đang nói chuyện trên mạng đòi ảnh riêng tư. Em nên làm gì? # from: me
  -> cousin

=== guilt ===
Bạn không tin mình à? Vậy là bạn không thương mình thật. # from: them # delay: 1500
Thôi bật cam lên một chút, không cần gửi ảnh. # from: them # delay: 1500 # flag: photo_request
* [Bật cam cho Khang vui] Thôi được, một chút thôi. # from: me
  -> sextortion
* [Dừng lại, chặn] Bạn đang ép mình. Mình dừng ở đây. # from: me
  -> blocked

=== sextortion ===
Vài phút sau, tài khoản Khang gửi lại đúng hình ảnh đó, kèm danh sách bạn bè và tên trường của em. # from: system # flag: blackmail
Chuyển 5 triệu vào tài khoản này trong 2 giờ. Không thì ảnh này gửi cho cả lớp, thầy cô và bố mẹ mày. # from: them # delay: 1800 # flag: blackmail # flag: money_request # flag: urgency
Dám kể với ai là tao đăng lên mạng ngay. # from: them # delay: 1200 # flag: secrecy # flag: blackmail
* [Chuyển tiền để chúng im] Mình chỉ có 2 triệu, mình chuyển ngay, xin đừng gửi. # from: me
  -> paid
* [Không trả lời, giữ bằng chứng, kể với mẹ] Mẹ ơi… con gặp chuyện rất tệ. Con cần mẹ giúp. # from: me
  -> tell_mom
* [Gọi 111 xin tư vấn] Em gọi 111 vì em đang bị dọa tung ảnh. # from: me
  -> hotline

=== paid ===
Nhận rồi. Giờ thêm 5 triệu nữa, với thêm ảnh. Chưa xong đâu. # from: them # delay: 1500 # flag: blackmail # flag: money_request
* [Tiếp tục chiều theo] Mình sẽ tìm cách… # from: me
  -> ending_unsafe
* [Dừng lại, kể với mẹ] Mẹ ơi, con bị dọa tung ảnh, con đã chuyển tiền mà chúng vẫn đòi. # from: me
  -> tell_mom

=== hotline ===
Tư vấn viên 111 nghe em nói, không phán xét: "Em đã làm đúng khi gọi. Đừng gửi thêm gì và đừng trả tiền." # from: system
Tư vấn viên hướng dẫn em giữ bằng chứng, báo cáo tài khoản và mời một người lớn tin cậy cùng giải quyết. # from: system
-> tell_mom

=== tell_mom ===
Mẹ ôm em. Mẹ không mắng, chỉ nói: "Đây không phải lỗi của con. Mẹ ở đây." # from: system
Mẹ chụp lại tin nhắn, tên tài khoản, số tài khoản ngân hàng; cùng em báo cáo tài khoản và đến công an. # from: system
-> ending_recovered

=== cousin ===
Chị họ trả lời ngay: "Người thật lòng không đòi ảnh riêng tư. Đó là dấu hiệu rất xấu. Em đừng gửi." # from: system
Chị chỉ em cách tra ảnh đại diện: ảnh đó là của một người mẫu nước ngoài. # from: system
-> blocked

=== blocked ===
Em chặn và báo cáo tài khoản. Một tài khoản mới nhắn: "Sao chặn anh? Anh chỉ muốn làm bạn thôi." # from: them # delay: 1600 # flag: flattery_trust
* [Chặn tiếp và kể với bạn thân] Mình chặn tiếp và nhắn bạn thân cẩn thận với tài khoản này. # from: me
  -> ending_safe
* [Trả lời cho nó thôi làm phiền] Đừng nhắn cho tôi nữa. # from: me
  -> ending_safe

=== ending_safe ===
Em không gửi ảnh, chặn và báo cáo tài khoản giả, cảnh báo bạn bè. # from: system # outcome: safe
Dấu hiệu dụ dỗ: khen ngợi quá mức, nhắm vào lúc em buồn, "chỉ mình hiểu bạn", chuyển sang ứng dụng riêng, bắt giữ bí mật, đòi ảnh riêng tư hoặc bật cam. # debrief
Tài khoản giả thường có ít ảnh đăng cùng lúc, né gọi video, nhắn cùng một câu cho nhiều người. # debrief
Người thật lòng không đòi ảnh riêng tư. Hãy chặn, báo cáo và kể với người lớn tin cậy; có thể gọi 111. # debrief
-> END

=== ending_recovered ===
Em không gửi thêm ảnh, không trả thêm tiền và đã kể với mẹ. Mẹ và em giữ bằng chứng, báo cáo tài khoản và báo công an. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Tống tiền bằng hình ảnh: trả tiền không làm chúng dừng lại, chúng chỉ đòi thêm. # debrief
Không gửi thêm, không trả tiền, không xóa tin nhắn; báo cáo tài khoản, kể với người lớn, gọi 111 hoặc báo công an (113). # debrief
Em có thể yêu cầu nền tảng gỡ hình ảnh. Việc này không định nghĩa con người em. # debrief
-> END

=== ending_unsafe ===
Em tiếp tục chiều theo vì sợ. Kẻ tống tiền đòi ngày càng nhiều và em phải chịu đựng một mình. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ xấu đã giả làm một người bạn, dụ em gửi ảnh, rồi tống tiền. Chúng sống nhờ việc em sợ hãi và im lặng. # debrief
Hãy dừng trả tiền, không gửi thêm gì, giữ bằng chứng và kể với một người lớn tin cậy ngay hôm nay. Gọi 111 (miễn phí, 24/7) hoặc 113. # debrief
-> END
