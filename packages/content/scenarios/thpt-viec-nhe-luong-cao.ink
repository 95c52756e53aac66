# title: Việc nhẹ lương cao: thả tim kiếm tiền
# title_en: Easy money: paid for likes
# band: upper_secondary
# strand: scams
# scheme: job_scam
# contact: Tuyển CTV Online - Ms. Linh
# platform: telegram
# minutes: 6

-> start

=== start ===
Em đăng story "Ai có việc làm thêm cho học sinh không?". Một tài khoản Telegram nhắn ngay. # from: system
Chào em, bên chị tuyển cộng tác viên thả tim, follow kênh TikTok cho nhãn hàng. Làm trên điện thoại, 15 phút một ngày. # from: them # delay: 1800
Mỗi nhiệm vụ 50.000đ, ngày kiếm 300 đến 500 nghìn dễ dàng. Không cần kinh nghiệm! # from: them # delay: 1600 # flag: too_good_to_be_true
* [Nhận việc ngay] Em làm được ạ! Em bắt đầu thế nào ạ? # from: me
  -> task1
* [Hỏi tên công ty] Công ty chị tên gì, có hợp đồng không ạ? # from: me
  -> company
* [Hỏi ý anh trai] Anh ơi, có người tuyển thả tim TikTok trả 50 nghìn một nhiệm vụ. Thật không anh? # from: me
  -> brother

=== company ===
Bên chị là đối tác quảng cáo, làm online nên không cần hợp đồng em ạ. # from: them # delay: 1500
Em làm thử nhiệm vụ đầu, nhận tiền thật rồi hãy tin nhé. # from: them # delay: 1400
* [Làm thử] Vâng, em làm thử ạ. # from: me
  -> task1
* [Tra tên công ty trên mạng] Để em tra thông tin công ty trước. # from: me
  -> search

=== search ===
Em tìm kiếm. Không có công ty nào tên như vậy. Nhiều bài báo cảnh báo chiêu "thả tim nhận tiền" với cùng kịch bản. # from: system
Em làm nhanh nhé, hôm nay chỉ còn 3 suất. # from: them # delay: 1200 # flag: urgency
* [Vẫn thử một lần] Thôi cứ thử một lần xem sao. # from: me
  -> task1
* [Từ chối và chặn] Em không làm nữa ạ. # from: me
  -> refused

=== task1 ===
Em thả tim 3 video, chụp màn hình gửi. 5 phút sau, em nhận được 150.000đ thật sự vào tài khoản. # from: system # flag: gift_offer
Em giỏi quá! Giờ em được vào nhóm "nhiệm vụ VIP". Nạp 500.000đ làm đơn combo, nhận lại 650.000đ sau 10 phút. # from: them # delay: 2000 # flag: deposit_first # flag: too_good_to_be_true
* [Nạp 500 nghìn] Em nạp rồi ạ. # from: me
  -> task2
* [Hỏi: "Sao phải nạp tiền?"] Việc làm thêm sao lại phải nạp tiền trước ạ? # from: me
  -> why_deposit
* [Dừng lại với 150 nghìn đã nhận] Em nhận đủ rồi, em không làm nữa. # from: me
  -> refused

=== why_deposit ===
Để chứng minh em có năng lực tài chính, tránh người làm ảo. Ai cũng nạp mà, có mất đâu. # from: them # delay: 1600 # flag: deposit_first
Trong nhóm VIP, hàng chục người gửi ảnh "rút tiền thành công". # from: system # flag: too_good_to_be_true
* [Nạp vì thấy nhiều người được] Thôi em nạp thử. # from: me
  -> task2
* [Kể với anh trai] Anh ơi, em làm thả tim được 150 nghìn, giờ họ bảo nạp 500 nghìn mới làm tiếp. # from: me
  -> brother

=== task2 ===
Em nhận về 650.000đ. Sau đó nhiệm vụ tiếp theo: nạp 3.000.000đ, nhận 3.900.000đ. # from: system # flag: deposit_first
Em nạp 3 triệu, tiền học thêm mẹ đưa. Lần này hệ thống báo "thao tác sai, tài khoản bị đóng băng". # from: system
Muốn rút tiền, em phải nạp thêm 5.000.000đ phí mở khóa. Không nạp là mất hết. # from: them # delay: 1800 # flag: money_request # flag: urgency
Em có thể mượn tài khoản ngân hàng của bố mẹ, không cần nói lý do. # from: them # delay: 1600 # flag: secrecy
* [Mượn tiền bạn bè để nạp] Em vay bạn để nạp cho đủ ạ. # from: me
  -> ending_unsafe
* [Dừng lại, kể với mẹ] Mẹ ơi, con bị lừa mất 3 triệu tiền học thêm. Con xin lỗi mẹ… # from: me
  -> tell_mom

=== brother ===
Anh đọc rồi nói: "Đây là chiêu quen thuộc. Họ trả ít tiền đầu để em tin, rồi bắt nạp tiền ngày càng lớn." # from: system
-> refused

=== refused ===
Em không làm nữa? Tiếc quá. Tuần này có thưởng thêm 1 triệu cho người mới đó. # from: them # delay: 1500 # flag: too_good_to_be_true
* [Chặn, báo cáo tài khoản] Em chặn và báo cáo tài khoản này. # from: me
  -> warn
* [Cho qua, không trả lời] Em không trả lời nữa. # from: me
  -> warn

=== warn ===
Trong nhóm lớp, một bạn đang khoe: "Có việc thả tim 50k một lần, ai làm không?" # from: system
* [Cảnh báo bạn] Cẩn thận nha, đó là chiêu lừa "nạp tiền làm nhiệm vụ". Đừng nạp đồng nào. # from: me
  -> ending_safe
* [Không nói gì] (Em thấy ngại nên không nói gì.) # from: me
  -> ending_safe_quiet

=== tell_mom ===
Mẹ thở dài nhưng nắm tay em: "Mất tiền thì buồn, nhưng con kể là mẹ yên tâm rồi." # from: system
Mẹ cùng em lưu lại biên lai, tài khoản nhận tiền, tin nhắn; báo ngân hàng và gửi đơn trình báo công an. # from: system
-> ending_recovered

=== ending_safe ===
Em không nạp tiền, đã chặn, báo cáo và cảnh báo bạn bè. # from: system # outcome: safe
Dấu hiệu lừa việc làm: việc quá nhẹ lương quá cao, không công ty, không hợp đồng, trả tiền nhỏ lúc đầu để tạo lòng tin, rồi bắt nạp tiền trước. # debrief
Việc thật không bao giờ bắt người làm nạp tiền, đặt cọc hay trả "phí mở khóa". # debrief
Nhóm "VIP" toàn ảnh rút tiền thành công thường là tài khoản ảo của kẻ lừa. # debrief
-> END

=== ending_safe_quiet ===
Em không nạp tiền và đã dừng lại. Em an toàn, nhưng bạn cùng lớp vẫn chưa được cảnh báo. # from: system # outcome: safe
Em đã làm đúng khi không nạp tiền. # debrief
Một lời nhắc nhẹ có thể cứu bạn em khỏi mất tiền. Có thể nhắn riêng hoặc nhờ thầy cô nhắc cả lớp. # debrief
Dấu hiệu: việc nhẹ lương cao, không hợp đồng, nạp tiền trước, "phí mở khóa". # debrief
-> END

=== ending_recovered ===
Em mất 3 triệu nhưng đã dừng lại và kể với mẹ. Gia đình trình báo cùng đầy đủ bằng chứng. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ lừa trả tiền nhỏ lúc đầu, rồi đòi nạp ngày càng lớn, rồi "đóng băng" để đòi phí. Nạp thêm không bao giờ lấy lại được tiền. # debrief
Dừng ngay, giữ biên lai và tin nhắn, báo ngân hàng và công an. # debrief
-> END

=== ending_unsafe ===
Em vay bạn để nạp thêm. Tài khoản vẫn "đóng băng", nhóm Telegram biến mất. Em mất hết và còn nợ bạn. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Chiêu "việc nhẹ lương cao" trả ít lúc đầu để dụ em nạp tiền lớn, rồi khóa tài khoản để đòi phí. # debrief
Không nạp thêm, không vay để nạp. Kể với bố mẹ, giữ bằng chứng, báo ngân hàng và công an. # debrief
-> END
