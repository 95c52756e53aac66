# title: Vay nhanh không cần giấy tờ
# title_en: Instant loan, no paperwork
# band: university
# strand: manipulation
# scheme: loan_scam
# scheme: gambling_lure
# contact: Hỗ Trợ Tài Chính 24/7
# platform: telegram
# minutes: 7

-> start

=== start ===
Cuối tháng, em hết tiền ăn. Một quảng cáo trên mạng dẫn em tới nhóm Telegram "Hỗ Trợ Tài Chính 24/7". # from: system
Vay nhanh 10 triệu chỉ cần căn cước, không thẩm định, giải ngân trong 15 phút. Sinh viên ưu tiên! # from: them # delay: 1600 # flag: too_good_to_be_true # flag: urgency
Bạn gửi ảnh căn cước hai mặt, ảnh chân dung cầm căn cước và danh bạ điện thoại để xét duyệt nhé. # from: them # delay: 1800 # flag: personal_info_request # flag: photo_request
* [Gửi đủ giấy tờ] Mình gửi rồi, giải ngân giúp mình. # from: me
  -> fee
* [Hỏi vì sao cần danh bạ] Vay tiền sao phải gửi danh bạ điện thoại? # from: me
  -> contacts
* [Hỏi chị gái trước] Chị ơi, em đang cần tiền, có nhóm cho vay 10 triệu chỉ cần căn cước. Chị thấy được không? # from: me
  -> sister

=== contacts ===
Để bên mình xác minh người thân thôi, không sao đâu. Bạn không gửi thì không duyệt được. # from: them # delay: 1500
Hoặc bạn thử chơi game "nổ hũ" bên mình, nạp đầu 100 nghìn tặng 288 nghìn, nhiều bạn sinh viên gỡ được cả chục triệu. # from: them # delay: 1800 # flag: gift_offer # flag: suspicious_link
* [Gửi giấy tờ để vay] Thôi được, mình gửi giấy tờ. # from: me
  -> fee
* [Thử "nổ hũ"] Mình nạp 100 nghìn thử "nổ hũ" xem sao. # from: me
  -> gamble
* [Thôi, không vay nữa] Thôi, mình không vay nữa. # from: me
  -> pressure

=== gamble ===
Lúc đầu em thắng 500 nghìn. Rồi em thua hết, nạp thêm 2 triệu để gỡ, lại thua. # from: system
Muốn gỡ thì vay bên mình 5 triệu, nạp tiếp là về bờ. # from: them # delay: 1600 # flag: money_request
* [Vay tiếp để gỡ] Ừ cho mình vay 5 triệu. # from: me
  -> fee
* [Dừng, kể với chị gái] Chị ơi, em dính vào "nổ hũ" mất 2 triệu rồi. Em sợ quá. # from: me
  -> sister

=== fee ===
Hồ sơ đã duyệt! Bạn chuyển 1,5 triệu "phí bảo hiểm khoản vay" để giải ngân. # from: them # delay: 1600 # flag: deposit_first # flag: money_request
Hoặc nếu không có tiền, bạn cho bên mình thuê tài khoản ngân hàng, 2 triệu một tháng, trừ vào phí. Chỉ cần gửi tài khoản, mật khẩu và mã OTP. # from: them # delay: 2000 # flag: credential_request # flag: too_good_to_be_true
* [Cho thuê tài khoản ngân hàng] Được, mình gửi thông tin tài khoản. # from: me
  -> rent
* [Chuyển phí 1,5 triệu] Mình chuyển phí đây. # from: me
  -> threats
* [Không chuyển gì nữa] Vay tiền mà phải nộp phí trước là lừa. Mình dừng. # from: me
  -> pressure

=== rent ===
Hai tuần sau, ngân hàng khóa tài khoản của em: hàng trăm triệu tiền lừa đảo đã chảy qua đó. Em được mời lên làm việc với công an. # from: system # flag: accusation_threat
Nhóm Telegram nhắn: "Đừng khai gì về bọn tao. Ảnh căn cước và danh bạ của mày bọn tao có hết." # from: them # delay: 1800 # flag: blackmail # flag: secrecy
* [Giấu, xóa tin nhắn] Mình xóa hết tin nhắn đi cho an toàn. # from: me
  -> ending_unsafe
* [Khai thật, đưa bằng chứng cho công an] Mình sẽ kể hết sự thật và đưa toàn bộ tin nhắn cho công an. # from: me
  -> ending_recovered

=== threats ===
Không có tiền nào được giải ngân. Nhóm đòi thêm "phí xác minh", rồi bắt đầu gọi cho người trong danh bạ của em. # from: system
Không trả 5 triệu "phí phạt" hôm nay, bọn tao ghép ảnh mày gửi cho cả lớp và bố mẹ mày. # from: them # delay: 1800 # flag: blackmail # flag: urgency
* [Chuyển tiếp cho yên] Mình đi vay bạn bè để chuyển cho họ. # from: me
  -> ending_unsafe
* [Kể với gia đình và trình báo] Mình kể với gia đình, lưu bằng chứng và báo công an. # from: me
  -> ending_recovered

=== pressure ===
Bạn đã đăng ký rồi, hủy hồ sơ mất phí 500 nghìn. Không nộp thì bọn mình gọi cho gia đình bạn. # from: them # delay: 1600 # flag: blackmail # flag: money_request
* [Sợ, nộp 500 nghìn] Thôi để mình nộp cho xong. # from: me
  -> threats
* [Chặn, báo cáo, kể với gia đình] Mình không nợ gì. Mình chặn và kể với gia đình. # from: me
  -> sister

=== sister ===
Chị gái nghe em kể, không trách: "Hết tiền ăn thì gọi chị. Mấy nhóm đó là tín dụng đen và lừa đảo." # from: system
Đúng lúc đó nhóm nhắn: "Hồ sơ của bạn đã được duyệt đặc biệt! Chỉ cần nộp 500 nghìn phí bảo hiểm là nhận ngay 10 triệu." # from: them # delay: 1600 # flag: deposit_first # flag: too_good_to_be_true
* [Nộp thử 500 nghìn] Hay em nộp thử 500 nghìn thôi chị? # from: me
  -> sister_no
* [Chặn và báo cáo cùng chị] Thôi, em chặn và báo cáo nhóm này. # from: me
  -> sister_plan

=== sister_no ===
Chị lắc đầu: "Nộp phí trước khi được vay là dấu hiệu lừa rõ nhất. Nộp 500 nghìn thì họ sẽ đòi tiếp." # from: system
-> sister_plan

=== sister_plan ===
Chị giúp em chụp lại tin nhắn, chặn nhóm, báo cáo, và cùng em lập kế hoạch chi tiêu tháng sau. # from: system
* [Nhắn cảnh báo trong nhóm lớp] Em sẽ nhắn nhóm lớp cẩn thận với "vay nhanh" và "nổ hũ". # from: me
  -> ending_safe
* [Hỏi về hỗ trợ của trường] Trường mình có quỹ hỗ trợ sinh viên khó khăn không chị? # from: me
  -> ending_safe

=== ending_safe ===
Em không vay, không nộp phí, không cho thuê tài khoản, và đã tìm đến gia đình. # from: system # outcome: safe
Dấu hiệu tín dụng đen, lừa đảo: vay không thẩm định, đòi danh bạ và ảnh cầm căn cước, thu phí trước khi giải ngân, đề nghị thuê tài khoản ngân hàng, dụ "nổ hũ" nạp đầu tặng tiền, đe dọa gọi người thân. # debrief
Cho thuê, mượn tài khoản ngân hàng là tiếp tay cho rửa tiền và có thể bị xử lý theo pháp luật. # debrief
Khi thiếu tiền: nói với gia đình, phòng công tác sinh viên hoặc quỹ hỗ trợ của trường. Bị đe dọa thì lưu bằng chứng và báo công an. # debrief
-> END

=== ending_recovered ===
Em đã mất tiền và gặp rắc rối, nhưng em chọn nói thật, đưa bằng chứng cho công an và nhờ gia đình giúp. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ gian dùng lúc em túng thiếu, rồi đe dọa để em im lặng. Nói thật và đưa bằng chứng giúp em được bảo vệ. # debrief
Không cho thuê tài khoản ngân hàng, không nộp "phí" trước khi vay, không nạp tiền "nổ hũ" để gỡ. # debrief
-> END

=== ending_unsafe ===
Em giấu mọi chuyện và tiếp tục chiều theo nhóm cho vay. Khoản nợ và lời đe dọa ngày càng lớn. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Tín dụng đen và "nổ hũ" dựa vào lúc em túng thiếu; đe dọa để em sợ hãi và im lặng. # debrief
Dừng trả tiền cho kẻ đe dọa, lưu bằng chứng, kể với gia đình, trình báo công an. Nếu thấy quá áp lực, hãy nói chuyện với người thân hoặc gọi 111. # debrief
-> END
