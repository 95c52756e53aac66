# title: Cuộc gọi đòi nợ: "Con chị vay tiền chơi nổ hũ"
# title_en: A debt-collector call: "Your son borrowed to gamble"
# band: parents
# strand: scams
# scheme: loan_scam
# scheme: gambling_lure
# contact: Phòng Thu Hồi Nợ - Tài Chính Nhanh
# platform: phone_call
# minutes: 6

-> start

=== start ===
Chị nhận cuộc gọi từ số lạ 0879 456 123. # from: system # flag: suspicious_phone
Chị là mẹ của Trần Đức Anh phải không? Con chị vay app bên tôi 8 triệu, giờ lãi lên 15 triệu, quá hạn 10 ngày rồi. # from: them # delay: 1800 # flag: money_request
Trong hôm nay không trả, chúng tôi gửi ảnh của nó cho cả trường và đến tận nhà. # from: them # delay: 1800 # flag: blackmail # flag: urgency
* [Hoảng, chuyển trả cho xong] Tôi trả, anh gửi số tài khoản, đừng làm gì con tôi. # from: me
  -> pay
* [Hỏi giấy tờ khoản vay] Anh gửi hợp đồng vay, tên công ty, giấy phép cho tôi xem. # from: me
  -> papers
* [Cúp máy, nói chuyện với con trước] Tôi sẽ nói chuyện với con tôi trước. (Chị cúp máy.) # from: me
  -> talk_son

=== papers ===
Hợp đồng điện tử, con chị bấm đồng ý rồi. Chị không trả thì chúng tôi ghép ảnh nó đăng lên mạng. # from: them # delay: 1600 # flag: blackmail
Không có tên công ty, không có giấy phép. Người gọi chửi bới. # from: system
* [Trả một phần cho yên] Tôi trả trước 5 triệu, các anh đừng làm gì. # from: me
  -> pay
* [Lưu ghi âm, cúp máy, nói chuyện với con] (Chị ghi âm, cúp máy.) # from: me
  -> talk_son

=== pay ===
Chị chuyển 5 triệu. Nửa giờ sau, một số khác gọi: "Còn 10 triệu tiền phạt chậm trả. Và con chị còn nợ hai app khác nữa." # from: them # delay: 1800 # flag: money_request # flag: blackmail
* [Tiếp tục trả] (Chị đi vay để trả tiếp.) # from: me
  -> pay_more
* [Dừng trả, nói chuyện với con] (Chị dừng lại và gọi con về nói chuyện.) # from: me
  -> talk_son

=== pay_more ===
Chị chuyển thêm 10 triệu. Ngay tối đó, người thân trong danh bạ của con nhận tin nhắn: "Đức Anh nợ tiền không trả, ai quen thì trả thay." # from: system # flag: blackmail
Muốn dừng thì thanh toán nốt 2 app còn lại, 25 triệu. # from: them # delay: 1600 # flag: money_request # flag: urgency
* [Vay tiếp để trả] (Chị vay người quen để trả nốt.) # from: me
  -> ending_unsafe
* [Dừng lại, báo công an, nói chuyện với con] (Chị dừng trả, lưu tin nhắn và gọi con về.) # from: me
  -> talk_son

=== talk_son ===
Tối đó chị ngồi với con. Con 16 tuổi, cúi gằm mặt. # from: system
* [Quát mắng] Sao con dám đi vay nợ? Con làm xấu mặt cả nhà! # from: me
  -> scold
* [Bình tĩnh hỏi chuyện] Mẹ không mắng. Con kể cho mẹ nghe từ đầu được không? # from: me
  -> story

=== scold ===
Con bỏ vào phòng, khóa cửa. Điện thoại con rung liên tục vì tin nhắn đòi nợ. # from: system
* [Để con tự giải quyết] (Chị để con tự lo, vì "tự làm tự chịu".) # from: me
  -> ending_unsafe
* [Gõ cửa, xin lỗi con] Mẹ xin lỗi vì đã to tiếng. Mẹ muốn giúp con. # from: me
  -> story

=== story ===
Con kể: "Trên TikTok có quảng cáo game 'nổ hũ', nạp đầu 100 nghìn tặng 288 nghìn. Con thắng mấy lần, rồi thua, vay app để gỡ. App bắt gửi căn cước và danh bạ." # from: system # flag: gift_offer # flag: personal_info_request
Một tin nhắn vừa tới máy con: "Nạp thêm 2 triệu, hôm nay tỉ lệ nổ cao, gỡ lại hết." # from: them # delay: 1500 # flag: too_good_to_be_true # flag: suspicious_link
* [Cùng con chặn, xóa ứng dụng, lưu bằng chứng] Mình chụp lại hết, rồi chặn và gỡ các ứng dụng này nhé. # from: me
  -> act
* [Bảo con nạp nốt lần cuối để gỡ] Hay con thử nạp lần cuối, gỡ được thì trả nợ? # from: me
  -> ending_unsafe

=== act ===
Chị lưu tin nhắn đe dọa, ghi âm, biên lai. Cùng con báo cáo tài khoản cờ bạc, báo công an về hành vi đe dọa, và nhắn cho người thân trong danh bạ đừng chuyển tiền cho ai. # from: system
-> ending_safe

=== ending_safe ===
Chị không trả theo đe dọa, cùng con dừng cờ bạc, lưu bằng chứng và báo công an. Con biết mẹ ở bên mình. # from: system # outcome: safe
Dấu hiệu cờ bạc trá hình và tín dụng đen: "nổ hũ" nạp đầu tặng tiền, app vay không giấy tờ đòi căn cước và danh bạ, lãi cao vô lý, đòi nợ bằng đe dọa tung ảnh, gọi người thân. # debrief
Không trả tiền theo lời đe dọa, vì kẻ đòi nợ sẽ đòi thêm. Ghi âm, lưu tin nhắn và báo công an. Cho vay với trẻ dưới 18 tuổi và đòi nợ bằng đe dọa là vi phạm pháp luật. # debrief
Con cần sự bình tĩnh của cha mẹ để dám kể. Cờ bạc online có thể gây nghiện; hãy tìm tư vấn nếu cần, có thể gọi 111. # debrief
-> END

=== ending_unsafe ===
Gia đình tiếp tục trả tiền theo đe dọa, còn con tiếp tục bị "nổ hũ" và các app vay kéo sâu hơn. # from: system # outcome: unsafe
Đây không phải lỗi của anh/chị hay của con. Các đường dây cờ bạc và tín dụng đen cố tình nhắm vào người trẻ. # debrief
Trả tiền theo đe dọa hay nạp thêm để "gỡ" chỉ làm khoản nợ lớn hơn. # debrief
Dừng lại, lưu bằng chứng, báo công an về hành vi đe dọa, gỡ ứng dụng và nói chuyện bình tĩnh với con. Gọi 111 để được tư vấn. # debrief
-> END
