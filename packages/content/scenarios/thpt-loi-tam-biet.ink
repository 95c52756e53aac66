# title: Tin nhắn tạm biệt lúc nửa đêm
# title_en: A goodbye message at midnight
# band: upper_secondary
# strand: manipulation
# scheme: self_harm_risk
# scheme: harmful_challenge
# contact: Hà Linh (bạn cùng lớp)
# platform: messenger
# minutes: 6

-> start

=== start ===
23 giờ 40. Hà Linh, bạn cùng lớp, nhắn cho em. Mấy tuần nay Linh ít nói, hay ngồi một mình. # from: system
Cảm ơn cậu vì đã luôn tốt với tớ. Tớ muốn nói lời tạm biệt. # from: them # delay: 2500 # flag: self_harm_statement
Tớ mệt lắm rồi. Không có tớ chắc mọi người nhẹ nhõm hơn. # from: them # delay: 2500 # flag: self_harm_statement
* [Nghĩ là Linh đùa, trả lời bông đùa] Gì mà sến thế, mai đi học gặp nhau mà. Ngủ đi! # from: me
  -> joke
* [Hỏi thẳng và ở lại với Linh] Linh ơi, cậu đang nghĩ đến việc làm hại bản thân phải không? Tớ ở đây, tớ đang nghe. # from: me
  -> ask
* [Nhắn Linh rồi gọi ngay cho người lớn] Linh ơi tớ đang ở đây nhé. Cậu đừng tắt máy. # from: me
  -> adult_now

=== joke ===
Linh không trả lời. 5 phút sau, Linh gửi ảnh chụp màn hình một nhóm chat kín tên "Biến mất". # from: system
Trong ảnh, một tài khoản lạ nhắn: "Nhiệm vụ cuối cùng của mày. Làm đi, không ai cần mày đâu." # from: system # flag: self_harm_incitement
Thôi, cậu ngủ đi. Đừng nói với ai nhé. # from: them # delay: 2000 # flag: secrecy
* [Hứa giữ bí mật] Ừ, tớ không nói với ai đâu. # from: me
  -> promise
* [Nhận ra chuyện nghiêm trọng] Linh, tớ xin lỗi vì vừa đùa. Tớ lo cho cậu thật sự. Cậu đang ở đâu? # from: me
  -> ask

=== ask ===
Tớ ở nhà. Trong nhóm kín kia, người ta bảo tớ vô dụng, bảo tớ làm "nhiệm vụ cuối". # from: them # delay: 2500 # flag: self_harm_statement
Tớ không muốn sống nữa. Cậu hứa đừng kể với ai nhé, nhất là bố mẹ tớ. # from: them # delay: 2500 # flag: self_harm_statement # flag: secrecy
* [Hứa giữ bí mật để Linh tin mình] Ừ, tớ hứa. Tớ sẽ nói chuyện với cậu đến sáng. # from: me
  -> promise
* [Nói thật: không giữ bí mật này được] Tớ thương cậu nên tớ không giữ bí mật này được. Tớ sẽ gọi người lớn giúp cậu ngay bây giờ. # from: me
  -> adult_now
* [Khuyên Linh nghĩ tích cực] Cậu nghĩ tích cực lên, ai cũng có lúc buồn mà. # from: me
  -> advice

=== advice ===
Cậu không hiểu đâu. Tớ thử nghĩ tích cực rồi. # from: them # delay: 2200
Linh im lặng. Dấu "Đã xem" hiện lên rồi không có tin nhắn nào nữa. # from: system
* [Chờ Linh nhắn lại] Chắc Linh cần yên tĩnh. Để mai tớ hỏi tiếp. # from: me
  -> promise
* [Gọi người lớn ngay] Không được chờ. Phải gọi người lớn ngay bây giờ. # from: me
  -> adult_now

=== promise ===
Em giữ lời hứa. Em trằn trọc, không biết Linh có ổn không. # from: system
Em mở lại tin nhắn, dòng "tạm biệt" vẫn ở đó. # from: system
* [Vẫn giữ bí mật] Mình đã hứa rồi… Mai gặp Linh ở trường vậy. # from: me
  -> ending_unsafe
* [Phá lời hứa để cứu bạn] Giữ bí mật này không phải là giúp Linh. Mình phải gọi người lớn. # from: me
  -> adult_now

=== adult_now ===
Em chạy sang phòng bố mẹ, đánh thức mẹ: "Mẹ ơi, bạn con nhắn lời tạm biệt, bảo không muốn sống nữa!" # from: system
Mẹ bình tĩnh: "Con làm đúng rồi. Mình gọi cho bố mẹ Linh ngay. Nếu không liên lạc được thì gọi 113 hoặc 115." # from: system
* [Tìm số của bố mẹ Linh trong nhóm phụ huynh] Con có số mẹ Linh trong nhóm lớp, mẹ gọi đi ạ! # from: me
  -> parents_linh
* [Gọi cô chủ nhiệm] Con gọi cô chủ nhiệm, cô có số nhà Linh. # from: me
  -> parents_linh

=== parents_linh ===
Mẹ Linh nghe máy, chạy sang phòng Linh. Linh an toàn, đang khóc. Gia đình ở bên Linh suốt đêm. # from: system
* [Nhắn cho Linh lời thật lòng] Linh ơi, tớ ở đây. Tớ kể vì tớ thương cậu. # from: me
  -> next_day
* [Xin lỗi Linh vì đã kể] Tớ xin lỗi vì đã không giữ lời hứa. Nhưng tớ sợ mất cậu. # from: me
  -> next_day

=== next_day ===
Sáng hôm sau, mẹ Linh cảm ơn em. Gia đình đưa Linh đi gặp bác sĩ tâm lý. Nhóm kín kia được báo cáo cho công an. # from: system
-> ending_safe

=== ending_safe ===
Em không giữ bí mật và đã gọi người lớn ngay. Linh được gia đình ở bên và được hỗ trợ kịp thời. # from: system # outcome: safe
Dấu hiệu nguy cơ: nói lời tạm biệt, "không có tớ mọi người nhẹ nhõm hơn", "không muốn sống nữa", bảo giữ bí mật, bị một nhóm kín xúi "làm nhiệm vụ cuối". # debrief
Hỏi thẳng "cậu có nghĩ đến việc làm hại bản thân không" không làm bạn tệ hơn, mà cho bạn biết có người quan tâm. # debrief
Không hứa giữ bí mật khi bạn có nguy cơ. Gọi người lớn ngay: bố mẹ, thầy cô, bố mẹ bạn. Khẩn cấp gọi 113 hoặc 115; cần tư vấn gọi 111. # debrief
Em cũng cần được hỗ trợ sau chuyện này. Hãy nói chuyện với người lớn em tin tưởng về cảm xúc của mình. # debrief
-> END

=== ending_unsafe ===
Em giữ bí mật cả đêm. Linh ở một mình với nỗi buồn rất lớn mà không người lớn nào biết để giúp. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. Người giúp Linh là trách nhiệm của người lớn, và em có thể gọi họ bất cứ lúc nào. # debrief
Khi bạn nói lời tạm biệt hay không muốn sống nữa, đó là tình huống khẩn cấp, không phải lời nói đùa. # debrief
Bí mật nguy hiểm không phải là bí mật cần giữ. Gọi ngay bố mẹ, thầy cô, bố mẹ của bạn; khẩn cấp gọi 113 hoặc 115; cần tư vấn gọi 111. # debrief
Nếu chính em cũng thấy buồn hay sợ, hãy nói với một người lớn tin cậy. # debrief
-> END
