# title: Chúc mừng bạn đã trúng thưởng!
# title_en: Congratulations, you won!
# band: lower_secondary
# strand: scams
# scheme: prize_scam
# scheme: phishing_link
# contact: Quà Tặng Tri Ân Khách Hàng
# platform: messenger
# minutes: 5

-> start

=== start ===
Tối qua em bình luận trong một livestream bán hàng. Sáng nay có tin nhắn từ trang "Quà Tặng Tri Ân Khách Hàng" có dấu tích xanh. # from: system
🎉 CHÚC MỪNG! Tài khoản của bạn đã trúng 1 chiếc điện thoại và 5.000.000đ tiền mặt trong minigame tối qua! # from: them # delay: 1500 # flag: too_good_to_be_true # flag: gift_offer
Quà chỉ giữ trong 30 phút. Bạn xác nhận nhận quà không ạ? # from: them # delay: 1200 # flag: urgency
* [Xác nhận ngay] Có ạ! Em nhận quà! Em phải làm gì ạ? # from: me
  -> confirm
* [Hỏi: "Em có tham gia đâu?"] Em chỉ bình luận thôi, có tham gia minigame đâu ạ? # from: me
  -> doubt
* [Cho mẹ xem] Mẹ ơi, con trúng điện thoại! Mẹ xem có thật không? # from: me
  -> mom

=== doubt ===
Mọi bình luận đều được quay số tự động bạn nhé. Đây là danh sách người trúng. # from: them # delay: 1600
Họ gửi một tấm ảnh danh sách, có tên em bôi vàng và con dấu đỏ. # from: system # flag: authority_claim
* [Tin rồi, xác nhận] À, có tên em thật. Em nhận quà ạ. # from: me
  -> confirm
* [Kiểm tra trang] Để em xem trang của các bạn đã. # from: me
  -> check_page

=== check_page ===
Em bấm vào trang: mới tạo 2 tuần trước, tên đã đổi 3 lần. Dấu tích xanh chỉ là một biểu tượng trong ảnh đại diện. # from: system
Bạn nhanh lên nhé, còn 15 phút là quà chuyển cho người khác. # from: them # delay: 1000 # flag: urgency
* [Vẫn thử, biết đâu thật] Thôi cứ thử, biết đâu thật. Em làm gì tiếp ạ? # from: me
  -> confirm
* [Hỏi mẹ] Mẹ ơi, trang này báo con trúng thưởng nhưng trang mới lập. Mẹ xem giúp con. # from: me
  -> mom

=== confirm ===
Bạn đăng nhập vào trang nhận quà để xác minh chính chủ nhé: qua-tang-tri-an.vip/nhanqua # from: them # delay: 1600 # flag: suspicious_link # flag: credential_request
Sau đó chuyển 250.000đ phí vận chuyển và bảo hiểm hàng vào tài khoản của nhân viên. Không có phí là không gửi quà được ạ. # from: them # delay: 2000 # flag: deposit_first # flag: money_request
* [Đăng nhập Facebook vào link] Em đăng nhập rồi ạ. # from: me
  -> logged_in
* [Hỏi: "Quà miễn phí sao lại mất phí?"] Quà miễn phí sao lại phải trả phí vậy ạ? # from: me
  -> fee_push
* [Dừng lại hỏi mẹ] Mẹ ơi, họ bảo phải chuyển 250 nghìn phí ship mới gửi quà. # from: me
  -> mom

=== fee_push ===
Đây là quy định của công ty bạn ạ. Phí sẽ được hoàn lại cùng 5 triệu tiền thưởng. # from: them # delay: 1600 # flag: too_good_to_be_true
Bạn là học sinh thì có thể nhờ người nhà chuyển giúp. Không cần nói là trúng thưởng đâu, kẻo mọi người ghen tị. # from: them # delay: 1800 # flag: secrecy
* [Lấy tiền lì xì chuyển khoản] Em chuyển bằng tài khoản tiết kiệm của em nhé. # from: me
  -> paid
* [Không chuyển, kể với mẹ] Mẹ ơi, có trang lạ bảo con trúng thưởng, đòi tiền và dặn đừng nói với ai. # from: me
  -> mom

=== logged_in ===
Trang web báo lỗi. Vài phút sau, Facebook của em bị đăng xuất, mật khẩu đã bị đổi. # from: system
Tài khoản của em bắt đầu nhắn tin cho bạn bè: "Cho mình mượn 500k, mai trả." # from: system # flag: money_request
* [Tự đăng ký tài khoản mới, không kể] Thôi kệ, em lập nick mới là được. # from: me
  -> ending_unsafe_account
* [Báo bạn bè, kể với mẹ] Mẹ ơi, Facebook con bị hack rồi, họ đang nhắn vay tiền bạn con! # from: me
  -> mom_recover

=== paid ===
Đã nhận phí. Hệ thống báo bạn nhập sai nội dung chuyển khoản, vui lòng chuyển thêm 500.000đ để mở khóa quà. # from: them # delay: 2000 # flag: money_request # flag: urgency
* [Chuyển tiếp] Em chuyển nốt ạ. # from: me
  -> ending_unsafe_money
* [Dừng, kể với mẹ] Mẹ ơi, con lỡ chuyển tiền cho trang trúng thưởng, giờ họ đòi thêm… # from: me
  -> mom_recover

=== mom ===
Mẹ đọc tin nhắn và cười nhẹ: "Không có ai trúng thưởng mà phải trả phí trước đâu con." # from: system
Bạn ơi, còn 5 phút nữa thôi! Bạn không nhận là quà bị hủy đó! # from: them # delay: 1000 # flag: urgency
* [Để mẹ kiểm tra tiếp] Mẹ kiểm tra giúp con trang này với. # from: me
  -> mom_check
* [Nhắn hỏi tên công ty] Công ty của các bạn tên gì, địa chỉ ở đâu ạ? # from: me
  -> mom_check

=== mom_check ===
Tin nhắn không có tên công ty, chỉ có một số tài khoản cá nhân và tên miền qua-tang-tri-an.vip. # from: system # flag: suspicious_link
Mẹ chỉ cho em cách xem ngày lập trang và nhắn TCTM kèm tên miền tới 156 để kiểm tra. # from: system
* [Cùng mẹ báo cáo và chặn] Mình báo cáo trang này rồi chặn luôn mẹ nhé. # from: me
  -> ending_safe
* [Nhắn lại để "bóc phốt"] Con nhắn lại chửi cho họ một trận. # from: me
  -> ending_safe

=== mom_recover ===
Mẹ không trách em. Mẹ giúp em khôi phục tài khoản, đổi mật khẩu, bật xác minh 2 bước, và nhắn cho bạn bè đừng chuyển tiền. # from: system
Mẹ giữ lại biên lai, chụp màn hình và gọi ngân hàng để báo giao dịch lừa đảo. # from: system
-> ending_recovered

=== ending_safe ===
Em không đăng nhập, không chuyển tiền và đã hỏi mẹ. Trang giả bị báo cáo. # from: system # outcome: safe
Dấu hiệu lừa: trúng thưởng mà không tham gia, quà quá lớn, giục trong 30 phút, đòi đăng nhập qua link lạ, đòi phí trước, bảo giữ bí mật. # debrief
Quà thật không bắt em trả phí hay đăng nhập qua link lạ. Tên miền lạ như qua-tang-tri-an.vip là dấu hiệu giả mạo. # debrief
Có thể kiểm tra trang web tại tinnhiemmang.vn hoặc nhắn TCTM tên miền gửi 156. # debrief
-> END

=== ending_recovered ===
Em bị mất một ít tiền hoặc tài khoản, nhưng nhờ kể sớm, mẹ đã chặn thiệt hại và báo cáo kẻ lừa. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Dấu hiệu lừa: trúng thưởng bất ngờ, giục gấp, link lạ đòi đăng nhập, đòi phí trước rồi đòi thêm. # debrief
Khi đã lỡ chuyển tiền hay đăng nhập: dừng lại, báo bố mẹ, đổi mật khẩu, báo ngân hàng và báo bạn bè ngay. # debrief
-> END

=== ending_unsafe_account ===
Tài khoản cũ của em vẫn bị kẻ lừa dùng để vay tiền bạn bè. Vài bạn đã chuyển tiền cho chúng. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Link "nhận quà" là trang giả để lấy mật khẩu Facebook của em. # debrief
Khi bị chiếm tài khoản, hãy báo ngay bố mẹ và bạn bè, khôi phục tài khoản và báo cáo lên Facebook. Im lặng làm nhiều người bị lừa theo. # debrief
-> END

=== ending_unsafe_money ===
Em chuyển hết tiền tiết kiệm. Trang "quà tặng" chặn em và biến mất. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ lừa dùng quà quá lớn, giục gấp, rồi đòi "phí" hết lần này đến lần khác. # debrief
Hãy kể với bố mẹ: giữ biên lai chuyển khoản, báo ngân hàng và công an càng sớm càng tốt. # debrief
-> END
