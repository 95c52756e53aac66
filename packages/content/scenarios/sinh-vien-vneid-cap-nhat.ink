# title: Cập nhật VNeID mức 2 gấp
# title_en: Urgent VNeID level-2 update
# band: university
# strand: privacy
# scheme: authority_impersonation
# scheme: phishing_link
# scheme: account_takeover
# contact: Cán bộ Công an Phường 5
# platform: phone_call
# minutes: 5

-> start

=== start ===
Điện thoại reo. Số lạ 0869 123 456. # from: system # flag: suspicious_phone
Alo, tôi là cán bộ công an phường 5. Tài khoản định danh điện tử của bạn chưa được đồng bộ, hôm nay là hạn cuối. # from: them # delay: 1600 # flag: authority_claim # flag: urgency
Nếu không cập nhật, căn cước của bạn sẽ bị khóa, không làm được thủ tục ngân hàng hay thi cử. # from: them # delay: 1800 # flag: accusation_threat
* [Hỏi cần làm gì] Vâng, tôi cần làm gì ạ? # from: me
  -> instructions
* [Hỏi tên, đơn vị] Anh cho tôi họ tên, số hiệu và số điện thoại trụ sở, tôi gọi lại kiểm tra. # from: me
  -> verify
* [Nói sẽ ra trụ sở] Tôi sẽ ra trụ sở công an phường làm trực tiếp. # from: me
  -> verify

=== verify ===
Ra phường phải xếp hàng cả ngày. Tôi hỗ trợ online cho nhanh. Bạn kết bạn Zalo với tôi nhé. # from: them # delay: 1500 # flag: move_private # flag: urgency
* [Kết bạn Zalo] Được, anh gửi hướng dẫn qua Zalo. # from: me
  -> instructions
* [Cúp máy, tự kiểm tra trên ứng dụng VNeID chính thức] Tôi sẽ tự kiểm tra trên ứng dụng chính thức. Chào anh. # from: me
  -> self_check

=== instructions ===
Tin nhắn Zalo: "Bạn tải ứng dụng cập nhật tại vneid-capnhat.top, đăng nhập bằng số căn cước và mật khẩu VNeID." # from: them # delay: 1800 # flag: suspicious_link # flag: credential_request
Ứng dụng yêu cầu cấp quyền "trợ năng" và quyền đọc tin nhắn. # from: system # flag: credential_request
* [Cài và cấp quyền] Tôi cài rồi, cấp quyền xong. # from: me
  -> installed
* [Nhận ra tên miền lạ] Ứng dụng chính phủ sao lại tải từ trang .top? Tôi không cài. # from: me
  -> self_check

=== installed ===
Bạn nhập tiếp mã OTP vừa gửi về điện thoại và chụp ảnh khuôn mặt để xác thực. # from: them # delay: 1500 # flag: credential_request # flag: photo_request
Điện thoại bắt đầu chậm, màn hình tự bật tắt. # from: system
* [Gửi OTP, chụp mặt] Mã OTP là 395 027. # from: me
  -> ending_unsafe
* [Tắt mạng, tắt máy ngay] Tôi tắt Wi-Fi, dữ liệu di động và tắt nguồn điện thoại ngay! # from: me
  -> cut_off

=== cut_off ===
Em mượn máy bạn gọi tổng đài ngân hàng để khóa tạm tài khoản, đổi mật khẩu VNeID và email. # from: system
Em mang điện thoại ra cửa hàng để gỡ ứng dụng lạ và khôi phục cài đặt. # from: system
-> ending_recovered

=== self_check ===
Em mở ứng dụng VNeID chính thức tải từ kho ứng dụng: tài khoản bình thường, không có yêu cầu nào. # from: system
Số lạ gọi lại liên tục: "Bạn cúp máy là không hợp tác, chúng tôi sẽ khóa định danh." # from: them # delay: 1500 # flag: accusation_threat # flag: urgency
* [Báo số lừa đảo] Tôi báo số này đến 156 và chặn lại. # from: me
  -> warn
* [Chặn thôi] Tôi chặn số là xong. # from: me
  -> warn

=== warn ===
Bà nội gọi điện: "Cháu ơi, có công an gọi bảo bà cập nhật định danh, bà không biết làm." # from: system
* [Hướng dẫn bà] Bà ơi, đó là lừa đảo. Công an không gọi bắt cài app. Bà cúp máy, có gì bà ra phường làm trực tiếp nhé. # from: me
  -> ending_safe
* [Bảo bà đưa máy cho chú] Bà đưa máy cho chú xem giúp nhé, và đừng làm theo người lạ. # from: me
  -> ending_safe

=== ending_safe ===
Em không cài ứng dụng lạ, tự kiểm tra trên kênh chính thức, báo số lừa đảo và giúp bà. # from: system # outcome: safe
Dấu hiệu giả danh: số lạ xưng công an, "hạn cuối hôm nay", dọa khóa căn cước, rủ kết bạn Zalo, link tải ứng dụng tên miền lạ (vneid-capnhat.top), đòi mật khẩu, OTP, ảnh khuôn mặt. # debrief
Công an không gọi điện hướng dẫn cài ứng dụng hay hỏi mật khẩu, OTP. VNeID chỉ tải từ kho ứng dụng chính thức. # debrief
Báo số lừa đảo đến 156, tin nhắn rác đến 5656. Nhắc ông bà, bố mẹ về chiêu này. # debrief
-> END

=== ending_recovered ===
Em cài nhầm ứng dụng, nhưng ngắt mạng kịp, khóa tài khoản ngân hàng và đổi mật khẩu. Tiền không bị mất. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Ứng dụng giả xin quyền "trợ năng" để điều khiển điện thoại, đọc OTP và rút tiền. # debrief
Nếu lỡ cài: ngắt mạng, gọi ngân hàng khóa tài khoản, đổi mật khẩu từ máy khác, gỡ ứng dụng, trình báo công an. # debrief
-> END

=== ending_unsafe ===
Kẻ gian chiếm điện thoại, dùng OTP và ảnh khuôn mặt để rút sạch tài khoản ngân hàng của em. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ gian giả công an, tạo hạn chót giả, dẫn em cài ứng dụng từ tên miền lạ rồi lấy OTP và khuôn mặt. # debrief
Ngay lập tức: gọi ngân hàng khóa tài khoản, ngắt mạng, đổi mật khẩu từ máy khác, trình báo công an. # debrief
-> END
