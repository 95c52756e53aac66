# title: Bình chọn giúp mình với!
# title_en: Please vote for me!
# band: lower_secondary
# strand: privacy
# scheme: account_takeover
# scheme: impersonation_contact
# scheme: phishing_link
# contact: Thu Trang (bạn cùng lớp)
# platform: messenger
# minutes: 4

-> start

=== start ===
Thu Trang, bạn cùng lớp, nhắn cho em lúc 22 giờ. # from: system
Ơi bạn, mình đang thi "Gương mặt học sinh thanh lịch", bình chọn giúp mình với! 🥺 # from: them # delay: 1300
Bạn vào link này, đăng nhập Facebook rồi bấm vote nha: binhchon-hocsinh.fb-event.site # from: them # delay: 1600 # flag: suspicious_link # flag: credential_request
* [Bấm vào ngay vì là bạn] Ok để mình vote cho! # from: me
  -> link
* [Hỏi thêm] Cuộc thi gì vậy? Sao mình chưa nghe ai nói? # from: me
  -> ask
* [Gọi điện cho Trang hỏi] Để mình gọi cho Trang hỏi lại đã. # from: me
  -> call

=== ask ===
Cuộc thi của sở mà, sắp hết hạn rồi, giúp mình nhanh đi. # from: them # delay: 1200 # flag: urgency
Trang nhắn khác hẳn mọi khi: không viết tắt, không dùng sticker quen thuộc. # from: system
* [Vẫn bấm link] Thôi được, mình vote đây. # from: me
  -> link
* [Hỏi câu chỉ Trang thật mới biết] Hôm nay cô dạy Văn mặc áo màu gì? # from: me
  -> test

=== test ===
Ơ mình quên rồi. Nhanh lên bạn ơi, còn 10 phút thôi! # from: them # delay: 1300 # flag: urgency
* [Gọi điện cho Trang] Để mình gọi cho Trang. # from: me
  -> call
* [Bấm link cho xong] Thôi kệ, mình vote cho nhanh. # from: me
  -> link

=== link ===
Trang web có logo Facebook, yêu cầu nhập email và mật khẩu. # from: system # flag: credential_request
Địa chỉ trang là binhchon-hocsinh.fb-event.site, không phải facebook.com. # from: system # flag: suspicious_link
* [Nhập mật khẩu] Mình nhập rồi nè. # from: me
  -> otp
* [Thoát ra] Khoan đã, đây không phải trang Facebook thật. # from: me
  -> call

=== otp ===
Trang báo: "Nhập mã xác minh 6 số vừa gửi đến điện thoại của bạn." # from: system # flag: credential_request
Cùng lúc, "Trang" nhắn: "Bạn gửi mình mã 6 số luôn nhé, mình nhập giúp cho nhanh." # from: them # delay: 1200 # flag: credential_request # flag: urgency
* [Gửi mã] Mã là 725 118 nè. # from: me
  -> ending_unsafe
* [Dừng lại, nhờ bố] Bố ơi, con vừa nhập mật khẩu vào một trang lạ, giờ họ đòi mã số. Con phải làm sao? # from: me
  -> dad_fix

=== call ===
Em gọi điện thoại cho Trang. # from: system
Trang thật: "Ơ, Facebook mình bị hack từ chiều rồi! Mình không nhắn gì cho bạn đâu. Đừng bấm link nhé!" # from: system
* [Báo cả lớp] Mình nhắn nhóm lớp để mọi người đừng bấm link nhé. # from: me
  -> fake_again
* [Chỉ bỏ qua tin nhắn] Mình bỏ qua tin nhắn là được. # from: me
  -> fake_again

=== fake_again ===
Nick của Trang lại nhắn: "Bạn ơi, mình chuyển khoản nhầm, cho mình mượn 500k, tối nay trả nhé. Đừng gọi, mình đang bận." # from: them # delay: 1600 # flag: money_request # flag: urgency
* [Báo cáo tài khoản bị giả mạo] Mình báo cáo tài khoản này là bị hack và giúp Trang khôi phục. # from: me
  -> ending_safe
* [Trêu lại kẻ gian] Bạn không phải Trang. Mình biết hết rồi nhé! # from: me
  -> ending_safe

=== dad_fix ===
Bố giúp em đổi mật khẩu ngay, đăng xuất khỏi mọi thiết bị lạ và bật xác minh 2 bước. # from: system
Bố nhắn cho Trang và nhóm lớp biết trang bình chọn là giả. # from: system
-> ending_recovered

=== ending_safe ===
Em không đăng nhập và không gửi mã. Em kiểm tra bằng cách gọi điện cho bạn thật. # from: system # outcome: safe
Dấu hiệu chiếm tài khoản: tin nhắn từ nick bạn thân nhưng giọng khác lạ, link "bình chọn" bắt đăng nhập, tên miền lạ, giục nhanh, xin mã 6 số. # debrief
Bình chọn thật không bắt đăng nhập Facebook qua trang lạ. Mã xác minh (OTP) không bao giờ gửi cho ai, kể cả bạn thân. # debrief
Khi nghi ngờ: gọi điện hoặc hỏi trực tiếp người đó, báo cho bạn bè để tránh bị lừa tiếp. # debrief
-> END

=== ending_recovered ===
Em đã lỡ nhập mật khẩu, nhưng dừng lại trước khi gửi mã và nhờ bố. Tài khoản được bảo vệ kịp. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Link bình chọn giả lấy mật khẩu, rồi xin mã OTP để chiếm tài khoản. # debrief
Nếu lỡ nhập: đổi mật khẩu ngay, bật xác minh 2 bước, báo người lớn và báo bạn bè. # debrief
-> END

=== ending_unsafe ===
Em gửi mã. Tài khoản Facebook của em bị chiếm và bắt đầu gửi link "bình chọn" cho tất cả bạn bè của em. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ gian dùng nick của bạn thân để em mất cảnh giác, rồi lấy mật khẩu và mã OTP. # debrief
Hãy báo ngay bố mẹ, khôi phục tài khoản qua email/số điện thoại, báo cáo lên Facebook và nhắn bạn bè đừng bấm link. # debrief
-> END
