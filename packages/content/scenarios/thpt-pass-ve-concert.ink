# title: Pass vé concert giá gốc
# title_en: Concert ticket resale at face value
# band: upper_secondary
# strand: scams
# scheme: shopping_scam
# contact: Ngọc Hân (Pass vé)
# platform: messenger
# minutes: 5

-> start

=== start ===
Vé concert nhóm nhạc em yêu thích đã bán hết. Trong một group fan, có bài đăng: "Pass gấp 2 vé VIP giá gốc vì bận việc." # from: system
Em nhắn hỏi, và "Ngọc Hân" trả lời ngay. # from: system
Còn 1 vé thôi em, 3 người đang hỏi. Giá gốc 2,5 triệu, chị lỗ cũng được, cần bán gấp. # from: them # delay: 1500 # flag: urgency # flag: too_good_to_be_true
Em cọc trước 1 triệu chị giữ vé cho nhé. # from: them # delay: 1300 # flag: deposit_first
* [Chuyển cọc ngay] Em cọc luôn chị nhé! # from: me
  -> deposit
* [Xin xem bằng chứng] Chị gửi em ảnh vé và xác nhận đơn hàng được không ạ? # from: me
  -> proof
* [Đề nghị gặp giao dịch trực tiếp] Em gặp chị trực tiếp, nhận vé rồi trả tiền được không ạ? # from: me
  -> meet

=== proof ===
Ảnh vé có mã QR, ảnh chụp căn cước và biên lai mua vé. # from: system
Chị gửi cả căn cước rồi đấy, chị không lừa em đâu. # from: them # delay: 1400 # flag: flattery_trust
* [Yên tâm, chuyển cọc] Vâng, em tin chị. Em chuyển cọc ạ. # from: me
  -> deposit
* [Tìm kiếm ảnh căn cước] Để em tìm thử ảnh này trên mạng. # from: me
  -> search

=== search ===
Em tìm kiếm: cùng ảnh căn cước ấy đã bị đăng trong nhóm "Cảnh báo lừa đảo vé concert" với 4 tên Facebook khác nhau. # from: system
Ảnh vé có mã QR giống hệt một bài đăng khác trong group. # from: system
-> warn_choice

=== meet ===
Chị ở tỉnh khác, không gặp được. Em chuyển khoản đi, chị gửi vé điện tử. # from: them # delay: 1400
Em không mua thì thôi, nhiều người chờ lắm. # from: them # delay: 1100 # flag: urgency
* [Sợ mất vé, chuyển luôn] Thôi em chuyển ạ. # from: me
  -> deposit
* [Đề nghị mua qua nền tảng chính thức] Chị chuyển nhượng vé qua ứng dụng bán vé chính thức được không? # from: me
  -> official

=== official ===
Ứng dụng đó lỗi, không chuyển nhượng được đâu em. Chuyển khoản là nhanh nhất. # from: them # delay: 1500
-> warn_choice

=== warn_choice ===
* [Dừng mua, chặn và báo cáo] Thôi em không mua nữa. # from: me
  -> report
* [Hỏi chị gái đã từng đi concert] Chị ơi, có người pass vé mà không chịu chuyển nhượng qua ứng dụng chính thức, chỉ đòi chuyển khoản. Chị thấy sao? # from: me
  -> sister

=== sister ===
Chị gái: "Chỉ mua qua kênh chính thức, hoặc gặp trực tiếp kiểm tra vé. Cọc cho người lạ là mất trắng đó em." # from: system
-> report

=== report ===
Em báo cáo bài đăng với quản trị viên group và chặn "Ngọc Hân". # from: system
Quản trị viên nhắn: "Cảm ơn em, tài khoản này đã lừa 3 bạn tuần này." # from: system
* [Đăng cảnh báo trong group] Em đăng bài cảnh báo để các bạn khác biết. # from: me
  -> ending_safe
* [Chỉ báo riêng cho bạn thân] Em nhắn riêng cho mấy đứa bạn cũng đang săn vé. # from: me
  -> ending_safe

=== deposit ===
Em chuyển 1 triệu tiền cọc. # from: system
Chị nhận rồi. Giờ em chuyển nốt 1,5 triệu, cộng 300 nghìn phí chuyển nhượng, chị gửi vé ngay. # from: them # delay: 1600 # flag: money_request
* [Chuyển nốt] Em chuyển nốt ạ, chị gửi vé nhanh giúp em. # from: me
  -> full_paid
* [Đòi vé trước] Chị gửi vé trước rồi em chuyển nốt. # from: me
  -> blocked

=== full_paid ===
Em chuyển hết. 10 phút sau: "Tài khoản này không tồn tại". "Ngọc Hân" đã chặn em. # from: system
* [Giấu đi vì xấu hổ] Thôi coi như mất, em không muốn kể với ai. # from: me
  -> ending_unsafe
* [Kể với bố, báo cáo] Bố ơi, con bị lừa mua vé concert mất 2,8 triệu. # from: me
  -> recovered

=== blocked ===
Vài phút sau, em bị chặn. 1 triệu tiền cọc đã mất. # from: system
* [Kể với bố, trình báo] Bố ơi, con bị lừa mất 1 triệu tiền cọc vé. # from: me
  -> recovered
* [Tìm người pass vé khác] Chắc tại người này thôi, em tìm người khác pass vé vậy. # from: me
  -> ending_unsafe

=== recovered ===
Bố không mắng. Bố cùng em lưu biên lai, ảnh chụp tin nhắn, số tài khoản nhận tiền, báo ngân hàng và gửi đơn cho công an. # from: system
Em đăng cảnh báo trong group để các bạn khác không bị lừa. # from: system
-> ending_recovered

=== ending_safe ===
Em không chuyển tiền, chặn, báo cáo và cảnh báo người khác. # from: system # outcome: safe
Dấu hiệu lừa mua bán: vé "giá gốc" khi đã cháy vé, giục "nhiều người đang hỏi", đòi cọc trước, không chịu chuyển nhượng qua kênh chính thức, không gặp trực tiếp. # debrief
Ảnh căn cước, biên lai gửi qua tin nhắn có thể là ảnh đi mượn. Hãy tìm kiếm ảnh và số tài khoản trước khi tin. # debrief
Chỉ mua vé ở kênh chính thức. Nếu mua lại, gặp trực tiếp kiểm tra vé rồi mới trả tiền. # debrief
-> END

=== ending_recovered ===
Em mất tiền, nhưng đã kể với bố và trình báo. Bài cảnh báo của em giúp các bạn khác tránh được. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Dấu hiệu lừa: giá quá hời, giục gấp, đòi cọc trước, thêm "phí chuyển nhượng", không dùng kênh chính thức. # debrief
Khi đã chuyển tiền: lưu bằng chứng, báo ngân hàng ngay, trình báo công an và cảnh báo cộng đồng. # debrief
-> END

=== ending_unsafe ===
Em mất tiền và giữ kín một mình. Kẻ lừa tiếp tục đăng bài pass vé với tên mới. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Chiêu pass vé giả: giá gốc, giục gấp, cọc trước, phí phát sinh, rồi chặn. # debrief
Hãy kể với bố mẹ, lưu bằng chứng, báo ngân hàng và công an. Xấu hổ là cảm giác tự nhiên, nhưng kẻ lừa mới là người có lỗi. # debrief
-> END
