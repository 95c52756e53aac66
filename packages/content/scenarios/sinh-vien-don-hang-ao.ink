# title: Cộng tác viên chốt đơn ảo
# title_en: Fake order-boosting gig
# band: university
# strand: scams
# scheme: job_scam
# scheme: phishing_link
# contact: Trợ lý tuyển dụng Mai Anh
# platform: zalo
# minutes: 6

-> start

=== start ===
Một tin nhắn Zalo từ số lạ 0935 678 214: "Tuyển CTV chốt đơn tăng tương tác cho cửa hàng trên sàn thương mại điện tử, thu nhập 8 đến 15 triệu một tháng, làm tại nhà." # from: system # flag: suspicious_phone # flag: too_good_to_be_true
Chào bạn, mình là Mai Anh bên tuyển dụng. Bạn chỉ cần đặt đơn giúp shop tăng doanh số, shop hoàn tiền gốc cộng hoa hồng 10 đến 20%. # from: them # delay: 1800 # flag: too_good_to_be_true
Bạn đăng ký tài khoản tại san-tmdt-ctv.shop nhé, có nhân viên hướng dẫn. # from: them # delay: 1500 # flag: suspicious_link
* [Đăng ký ngay] Mình đăng ký rồi, làm sao để bắt đầu? # from: me
  -> first
* [Hỏi về hoa hồng] Đơn ảo thì tiền hoa hồng ở đâu ra vậy? # from: me
  -> explain
* [Kiểm tra tên miền] Để mình kiểm tra trang này đã. # from: me
  -> domain

=== explain ===
Shop trả phí quảng cáo để có nhiều đơn, bạn được chia phần. Cả nghìn bạn sinh viên đang làm đấy. # from: them # delay: 1600
Đơn đầu chỉ 100 nghìn, bạn thử đi, hoàn ngay trong 5 phút. # from: them # delay: 1300 # flag: deposit_first
* [Thử đơn đầu] Ok mình thử một đơn. # from: me
  -> first
* [Kiểm tra tên miền] Để mình tra trang này trước. # from: me
  -> domain

=== domain ===
Em nhắn "TCTM san-tmdt-ctv.shop" gửi 156 và tra trên tinnhiemmang.vn: tên miền mới đăng ký 10 ngày, nằm trong danh sách cảnh báo. # from: system # flag: suspicious_link
Sàn thương mại điện tử thật không tuyển người đặt đơn ảo. Đó là gian lận. # from: system
* [Dừng, chặn, báo cáo] Mình không làm. Chặn và báo cáo số này. # from: me
  -> stop
* [Vẫn thử vì "mới 100 nghìn"] Có 100 nghìn thôi, mất cũng không sao. Thử xem. # from: me
  -> first

=== first ===
Đơn 100 nghìn được hoàn 120 nghìn sau 5 phút. Đơn 500 nghìn được hoàn 600 nghìn. # from: system
Bạn làm tốt lắm! Giờ là "đơn combo" 3 nhiệm vụ liên tiếp: 2 triệu, 5 triệu, 10 triệu. Hoàn tất cả combo mới được rút, hoa hồng 30%. # from: them # delay: 2000 # flag: deposit_first # flag: too_good_to_be_true
* [Làm combo] Mình làm combo. # from: me
  -> combo
* [Rút tiền và dừng] Mình muốn rút hết và dừng ở đây. # from: me
  -> cant_withdraw

=== cant_withdraw ===
Hệ thống chỉ cho rút khi hoàn thành cấp độ hiện tại bạn ạ. Bạn đã nhận nhiệm vụ rồi nên phải làm xong. # from: them # delay: 1600 # flag: urgency
* [Làm tiếp để rút được] Thôi mình làm nốt. # from: me
  -> combo
* [Bỏ số tiền nhỏ trong tài khoản, dừng] Mình chấp nhận bỏ số tiền còn lại. Mình dừng. # from: me
  -> stop

=== combo ===
Em chuyển 2 triệu, rồi 5 triệu. Đến đơn 10 triệu, hệ thống báo: "Sai cú pháp, tài khoản bị đóng băng. Nộp 30% phí để mở khóa." # from: system # flag: money_request
Bạn không nộp phí thì toàn bộ tiền sẽ bị hủy. Bạn có thể vay tạm qua app, rút được là trả ngay. # from: them # delay: 1800 # flag: urgency # flag: money_request
* [Vay app để nộp phí] Mình vay app để nộp cho kịp. # from: me
  -> ending_unsafe
* [Dừng lại, báo ngân hàng và gia đình] Mình dừng. Mình gọi ngân hàng và kể với gia đình ngay. # from: me
  -> report_loss

=== report_loss ===
Em gọi tổng đài ngân hàng đề nghị hỗ trợ tra soát giao dịch, lưu toàn bộ tin nhắn, biên lai và gửi đơn trình báo công an. # from: system
Gia đình nói: "Mất tiền thì làm lại được. Con đừng vay thêm đồng nào." # from: system
-> ending_recovered

=== stop ===
Vài ngày sau, "Mai Anh" nhắn lại: "Bạn quay lại đi, tháng này thưởng thêm 2 triệu cho CTV cũ." # from: them # delay: 1500 # flag: too_good_to_be_true
* [Cảnh báo nhóm lớp] Mình đăng cảnh báo vào nhóm lớp kèm ảnh chụp tin nhắn. # from: me
  -> ending_safe
* [Lờ đi] Mình không trả lời nữa. # from: me
  -> ending_safe

=== ending_safe ===
Em không nạp tiền, kiểm tra tên miền, chặn và báo cáo. # from: system # outcome: safe
Dấu hiệu lừa: việc nhẹ lương cao, "chốt đơn ảo", hoàn tiền nhỏ lúc đầu, "đơn combo" lớn dần, không cho rút, "phí mở khóa". # debrief
Việc làm thật không bắt người làm bỏ tiền trước. Đặt đơn ảo cũng là gian lận. # debrief
Kiểm tra tên miền qua tinnhiemmang.vn hoặc nhắn TCTM tên miền gửi 156. Báo tin nhắn rác qua 5656. # debrief
-> END

=== ending_recovered ===
Em mất 7 triệu nhưng đã dừng kịp, không vay thêm, báo ngân hàng và trình báo công an. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ lừa hoàn tiền lúc đầu để tạo lòng tin, rồi khóa tài khoản đòi phí. Càng nộp càng mất. # debrief
Khi lỡ chuyển: dừng ngay, báo ngân hàng, lưu bằng chứng, trình báo và kể với người thân. # debrief
-> END

=== ending_unsafe ===
Em vay app nộp phí. Tài khoản vẫn bị "đóng băng", nhóm Zalo giải tán. Em mất 7 triệu và mang thêm khoản nợ lãi cao. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Chiêu "chốt đơn ảo" kéo em nạp tiền lớn dần, rồi đòi phí mở khóa. Vay để nộp phí chỉ làm thiệt hại tăng lên. # debrief
Dừng lại, kể với gia đình, báo ngân hàng và công an. Đừng vay thêm để "gỡ". # debrief
-> END
