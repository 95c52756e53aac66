# title: "Con anh đang bị tạm giữ, nộp tiền bảo lãnh"
# title_en: "Your son is in custody, pay bail"
# band: parents
# strand: scams
# scheme: family_emergency
# scheme: authority_impersonation
# contact: Thượng úy Đỗ Văn Lâm - Công an Quận
# platform: phone_call
# minutes: 5

-> start

=== start ===
21 giờ. Con trai anh, học lớp 11, đi sinh nhật bạn chưa về. Điện thoại reo, số lạ 0867 345 902. # from: system # flag: suspicious_phone
Anh là bố của cháu Lê Hoàng Nam phải không? Tôi là Thượng úy Lâm, công an quận. Cháu Nam tham gia đánh nhau gây thương tích, đang bị tạm giữ. # from: them # delay: 2000 # flag: authority_claim # flag: accusation_threat
Nếu gia đình nộp 20 triệu khắc phục hậu quả cho bên bị hại ngay tối nay, cháu được bảo lãnh về, không bị lập hồ sơ, không ảnh hưởng học bạ. # from: them # delay: 2200 # flag: money_request # flag: urgency
* [Hỏi địa chỉ để đến ngay] Tôi đến ngay. Trụ sở công an quận ở đâu? # from: me
  -> dont_come
* [Xin nói chuyện với con] Cho tôi nói chuyện với cháu Nam. # from: me
  -> voice
* [Cúp máy, gọi con] (Anh cúp máy và gọi ngay cho con.) # from: me
  -> call_son

=== dont_come ===
Anh không nên đến, đến là phải lập biên bản chính thức, cháu sẽ có tiền án. Tôi đang giúp gia đình giải quyết êm. # from: them # delay: 2000 # flag: secrecy
Anh chuyển vào tài khoản của người bị hại, tôi gửi số ngay. Đừng nói với ai kẻo lộ ra trường biết. # from: them # delay: 1800 # flag: secrecy # flag: money_request
* [Chuyển tiền cho êm chuyện] Được, anh gửi số tài khoản. # from: me
  -> paid
* [Nhận ra bất thường] Công an làm việc không có chuyện "giải quyết êm" qua điện thoại. Tôi sẽ đến trụ sở. # from: me
  -> call_son

=== voice ===
Một giọng thiếu niên khóc nức nở, khó nghe rõ: "Bố ơi cứu con… con sợ lắm…" # from: them # delay: 1800
Cháu đang hoảng loạn, không nói chuyện được. Anh nhanh lên, 30 phút nữa hồ sơ chuyển lên trên là không can thiệp được. # from: them # delay: 1800 # flag: urgency
* [Nghe giọng con khóc, chuyển tiền] (Anh run tay mở ứng dụng ngân hàng.) Tôi chuyển đây! # from: me
  -> paid
* [Giọng không rõ, cúp máy gọi con] (Anh cúp máy, gọi thẳng cho con.) # from: me
  -> call_son

=== call_son ===
Máy con đổ chuông nhưng không ai nghe. Tim anh đập thình thịch. # from: system
* [Gọi lại cho "công an"] (Anh gọi lại số kia.) Tôi gọi con không được. Anh gửi số tài khoản đi. # from: me
  -> paid
* [Gọi bạn của con và phụ huynh bạn] (Anh gọi cho mẹ của bạn có sinh nhật hôm nay.) # from: me
  -> friend_parent
* [Gọi 113 để xác minh] (Anh gọi 113.) Tôi nhận được cuộc gọi báo con tôi đang bị tạm giữ, xin kiểm tra giúp. # from: me
  -> police

=== friend_parent ===
Mẹ bạn của con nghe máy: "Các cháu đang hát karaoke ở nhà tôi, nhạc to nên không nghe máy đâu anh." Rồi đưa máy cho Nam. # from: system
Nam: "Con đang ở đây mà bố, con có đánh nhau gì đâu!" # from: system
-> safe_next

=== police ===
Cán bộ trực ban: "Anh không chuyển tiền. Công an không yêu cầu chuyển khoản để bảo lãnh qua điện thoại. Anh thử liên lạc người đi cùng cháu." # from: system
Anh gọi cho mẹ bạn của con: các cháu đang hát karaoke, Nam an toàn. # from: system
-> safe_next

=== safe_next ===
* [Nói chuyện với con về bảo mật thông tin] Con ơi, kẻ lừa biết tên con và lớp con. Về nhà bố con mình xem lại những gì con đăng công khai nhé. # from: me
  -> ending_safe
* [Đặt quy tắc gia đình] Từ nay nhà mình có một "mật khẩu gia đình" để kiểm tra khi có cuộc gọi khẩn cấp. # from: me
  -> ending_safe

=== paid ===
Anh chuyển 20 triệu. Người kia báo cần thêm 15 triệu "phí bảo lãnh", rồi tắt máy. # from: system # flag: money_request
Nửa tiếng sau Nam về nhà, không biết chuyện gì. # from: system
* [Báo ngân hàng, trình báo] (Anh gọi ngay ngân hàng và đến công an phường trình báo.) # from: me
  -> ending_recovered
* [Ngại, giấu chuyện] (Anh thấy xấu hổ nên không nói với ai.) # from: me
  -> ending_unsafe

=== ending_safe ===
Anh không chuyển tiền, xác minh với con qua người quen và 113. Con an toàn. # from: system # outcome: safe
Dấu hiệu lừa: số lạ xưng công an, "con bị tạm giữ", đòi nộp tiền "khắc phục hậu quả" ngay tối nay, khuyên đừng đến trụ sở, bắt giữ bí mật, giọng khóc không rõ để gây hoảng. # debrief
Công an không gọi điện đòi chuyển khoản để bảo lãnh, không bảo gia đình đừng đến trụ sở. # debrief
Khi nhận tin dữ: cúp máy, gọi con, bạn đi cùng, giáo viên hoặc 113. Thống nhất một "mật khẩu gia đình" cho tình huống khẩn cấp. # debrief
-> END

=== ending_recovered ===
Anh mất 20 triệu nhưng đã báo ngân hàng và trình báo ngay, góp thông tin để công an truy vết. # from: system # outcome: safe
Đây không phải lỗi của anh/chị hay của con. Kẻ lừa dùng nỗi lo của cha mẹ và giọng khóc giả để gây hoảng. # debrief
Báo ngân hàng sớm giúp tăng khả năng phong tỏa. Lưu số điện thoại, số tài khoản nhận, lịch sử cuộc gọi. # debrief
Công an không bao giờ nhận tiền bảo lãnh qua chuyển khoản theo điện thoại. # debrief
-> END

=== ending_unsafe ===
Anh mất 20 triệu và giữ im lặng. Kẻ lừa tiếp tục dùng cùng kịch bản với các phụ huynh khác. # from: system # outcome: unsafe
Đây không phải lỗi của anh/chị hay của con. Kẻ lừa chuyên nghiệp và biết cách gây hoảng loạn. # debrief
Trình báo giúp ngăn người khác bị lừa và có thể giúp thu hồi tiền. Hãy báo ngân hàng và công an ngay. # debrief
Khi nhận tin dữ: cúp máy, gọi lại số quen hoặc 113 trước khi chuyển bất kỳ khoản nào. # debrief
-> END
