# title: "Chị tuyển dụng" và công việc lương nghìn đô
# title_en: The "recruiter" and the thousand-dollar job
# band: university
# strand: grooming
# scheme: job_scam
# scheme: grooming
# contact: Chị Ngọc - Tuyển dụng quốc tế
# platform: messenger
# minutes: 7

-> start

=== start ===
Em đang tìm việc làm thêm. "Chị Ngọc - Tuyển dụng quốc tế" bình luận dưới bài của em rồi nhắn riêng. # from: system
Em ơi, chị thấy em nhanh nhẹn, nói tiếng Anh được. Bên chị cần trợ lý chăm sóc khách hàng online. # from: them # delay: 1600 # flag: flattery_trust
Làm ở nước ngoài, bao vé máy bay, bao ăn ở, lương 1.500 USD một tháng. Không cần kinh nghiệm. # from: them # delay: 1800 # flag: too_good_to_be_true
* [Rất hứng thú] Em quan tâm ạ! Cụ thể là làm ở đâu hả chị? # from: me
  -> details
* [Hỏi tên công ty, hợp đồng] Công ty tên gì, có giấy phép đưa người lao động đi làm việc ở nước ngoài không ạ? # from: me
  -> license
* [Nhắn anh họ từng đi làm xa] Anh ơi, có người mời em đi làm ở nước ngoài lương 1.500 USD, bao vé máy bay. Anh thấy sao? # from: me
  -> cousin

=== details ===
Làm ở một khu văn phòng gần biên giới, chỉ ngồi máy tính chat với khách. Nhàn lắm em. # from: them # delay: 1600
Chị coi em như em gái, mới chia sẻ cơ hội này. Nhiều bạn muốn lắm mà chị chỉ chọn em. # from: them # delay: 1800 # flag: flattery_trust # flag: urgency
* [Tin chị Ngọc] Em cảm ơn chị nhiều! Em cần chuẩn bị gì ạ? # from: me
  -> trust
* [Hỏi kỹ về công việc] "Chat với khách" là bán hàng gì ạ? Em được xem hợp đồng trước không? # from: me
  -> license

=== license ===
Giấy tờ bên chị lo hết, ký hợp đồng khi sang bên đó. Đi theo đường du lịch cho nhanh em. # from: them # delay: 1800 # flag: too_good_to_be_true
Chuyển qua Telegram nói chuyện nhé, Messenger hay bị quét tin nhắn. # from: them # delay: 1500 # flag: move_private
* [Chuyển qua Telegram] Vâng, Telegram của em đây ạ. # from: me
  -> trust
* [Tra cứu công ty] Em tra thông tin công ty trên cổng thông tin của Bộ trước đã ạ. # from: me
  -> check

=== check ===
Em tra cứu: không có doanh nghiệp nào tên như vậy được cấp phép đưa người lao động đi làm việc ở nước ngoài. # from: system
Em tìm thêm: báo chí nhiều lần cảnh báo chiêu "việc nhẹ lương cao ở nước ngoài" đưa người sang biên giới rồi giữ hộ chiếu, ép lừa đảo qua mạng. # from: system
* [Dừng lại, chặn] Em không đi đâu cả. # from: me
  -> stop
* [Hỏi thêm chị Ngọc cho chắc] Sao công ty chị không có trong danh sách được cấp phép ạ? # from: me
  -> angry

=== angry ===
Em không tin chị thì thôi, cơ hội cho người khác. Nhưng đừng kể chuyện này với ai, chị mất việc đấy. # from: them # delay: 1600 # flag: secrecy
-> stop

=== trust ===
Vài ngày sau, chị Ngọc nhắn mỗi tối, hỏi han chuyện gia đình, chuyện tiền học. # from: system # flag: flattery_trust
Em đừng nói với bố mẹ vội, người lớn hay cản. Sang đó có lương gửi về rồi hãy báo, bố mẹ sẽ tự hào. # from: them # delay: 2000 # flag: secrecy # flag: isolation
Thứ Sáu này có xe đón em ở bến xe, mang theo căn cước và hộ chiếu. Chị chuyển trước cho em 2 triệu đi đường. # from: them # delay: 2000 # flag: meet_offline # flag: gift_offer
* [Nhận tiền, hẹn lên xe] Vâng, thứ Sáu em có mặt ạ. # from: me
  -> bus
* [Kể với mẹ dù được dặn giấu] Mẹ ơi, con được mời đi làm ở nước ngoài, nhưng người ta dặn con đừng kể với bố mẹ. # from: me
  -> mom

=== bus ===
Thứ Sáu, em lên một chiếc xe 7 chỗ cùng ba bạn trẻ khác. Tài xế thu điện thoại "để bảo mật". # from: system # flag: isolation
Xe chạy về hướng biên giới. Một người đàn ông nói: "Đến nơi, hộ chiếu nộp lại cho công ty giữ." # from: system
* [Im lặng làm theo] (Em sợ và im lặng.) # from: me
  -> ending_unsafe
* [Xin dừng xe ở trạm dừng, nhờ người gọi 113] Cho em xuống nhà vệ sinh ở trạm dừng với ạ. # from: me
  -> escape

=== escape ===
Ở trạm dừng, em chạy đến quầy bán hàng, nhờ chị bán hàng gọi 113 và gọi cho mẹ. # from: system
Công an đến kịp, đưa em và các bạn về an toàn. # from: system
-> ending_escaped

=== cousin ===
Anh họ gọi ngay: "Không có việc nhẹ nào lương 35 triệu mà không cần kinh nghiệm. Đi 'đường du lịch' là không có hợp đồng lao động. Rất nguy hiểm." # from: system
* [Chặn chị Ngọc] Em chặn luôn. # from: me
  -> stop
* [Hỏi anh cách kiểm tra] Làm sao em kiểm tra một công ty tuyển dụng đi nước ngoài ạ? # from: me
  -> check

=== mom ===
Mẹ nghe hết, không mắng: "Cảm ơn con đã kể. Người thật lòng không bảo con giấu bố mẹ." # from: system
Mẹ cùng em tra cứu và thấy công ty không có giấy phép. # from: system
-> stop

=== stop ===
Em dừng liên lạc. Vài ngày sau, một tài khoản khác nhắn: "Chị Ngọc giới thiệu em, bên anh có việc ở nước ngoài lương còn cao hơn." # from: them # delay: 1600 # flag: too_good_to_be_true
* [Chặn, báo cáo và trình báo] Em chụp màn hình, chặn, báo cáo tài khoản và gửi thông tin cho công an. # from: me
  -> ending_safe
* [Chỉ lờ đi] Em không trả lời nữa. # from: me
  -> ending_safe

=== ending_safe ===
Em không đi, không đưa giấy tờ, đã kiểm tra giấy phép và nói với người thân. # from: system # outcome: safe
Dấu hiệu dụ dỗ đi làm nước ngoài: lương cao không cần kinh nghiệm, bao vé máy bay, đi "đường du lịch", ký hợp đồng sau, chuyển sang ứng dụng riêng, "chị coi em như em gái", bảo giấu bố mẹ, tiền đi đường, xe đón ở bến. # debrief
Việc làm ở nước ngoài hợp pháp có hợp đồng trước khi đi, qua doanh nghiệp được cấp phép mà em tự tra cứu được. # debrief
Không bao giờ giao hộ chiếu, căn cước cho người lạ. Nghi ngờ mua bán người, gọi 113 hoặc 111. # debrief
-> END

=== ending_escaped ===
Em thoát được ở trạm dừng nhờ người lạ tốt bụng và công an. Em an toàn trở về nhà. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ dụ dỗ xây dựng lòng tin, tách em khỏi gia đình, rồi đưa đi khi không ai biết. Thu điện thoại và giữ hộ chiếu là dấu hiệu mua bán người. # debrief
Ở bất kỳ điểm dừng nào, hãy tìm người xung quanh và gọi 113. # debrief
-> END

=== ending_unsafe ===
Em bị đưa qua biên giới, hộ chiếu bị giữ, bị ép làm việc lừa đảo qua mạng. Gia đình không biết em ở đâu. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
"Việc nhẹ lương cao ở nước ngoài" là mồi quen thuộc của đường dây mua bán người. Lời dặn giấu bố mẹ là dấu hiệu quan trọng nhất. # debrief
Hãy luôn kể với gia đình, tra cứu giấy phép, không giao giấy tờ. Người thân có thể báo 113 và cơ quan đại diện Việt Nam ở nước ngoài để được giải cứu. # debrief
-> END
