# title: "Con chị bị tai nạn, cần mổ gấp"
# title_en: "Your child had an accident and needs surgery now"
# band: parents
# strand: scams
# scheme: family_emergency
# scheme: impersonation_contact
# contact: 0923 456 781
# platform: phone_call
# minutes: 5

-> start

=== start ===
10 giờ sáng, chị đang ở chỗ làm. Số lạ 0923 456 781 gọi đến. # from: system # flag: suspicious_phone
Alo, chị có phải mẹ cháu Minh Khôi lớp 7A không ạ? Em là giáo viên chủ nhiệm của cháu. # from: them # delay: 1400 # flag: authority_claim
Cháu bị ngã ở cầu thang, chấn thương sọ não, đang được cấp cứu ở bệnh viện. Bác sĩ cần mổ gấp ngay. # from: them # delay: 2000 # flag: urgency
* [Hoảng hốt hỏi bệnh viện nào] Trời ơi! Cháu ở bệnh viện nào? Tôi đến ngay! # from: me
  -> hospital
* [Hỏi tên giáo viên] Cô tên gì? Cô chủ nhiệm của con tôi là cô Thảo, giọng cô không phải thế này. # from: me
  -> teacher_name
* [Vừa nghe vừa nhắn nhóm phụ huynh] (Chị giữ máy, dùng máy tính nhắn vào nhóm Zalo lớp hỏi cô chủ nhiệm.) Cô Thảo ơi, cháu Khôi có bị sao ở trường không ạ? # from: me
  -> check_group

=== teacher_name ===
Em là giáo viên mới dạy thay, cô Thảo đi họp. Chị đừng mất thời gian nữa, cháu đang nguy kịch. # from: them # delay: 1600 # flag: urgency
Em chuyển máy cho bác sĩ trực ca để chị nói chuyện. # from: them # delay: 1200
-> doctor

=== hospital ===
Cháu đang ở phòng mổ, chị có đến cũng không vào được. Em chuyển máy cho bác sĩ. # from: them # delay: 1500
-> doctor

=== doctor ===
Một giọng đàn ông: "Tôi là bác sĩ Tuấn, trưởng khoa. Cháu mất nhiều máu, phải mổ ngay, cần tạm ứng 45 triệu." # from: them # delay: 2000 # flag: authority_claim # flag: money_request
Chị chuyển vào tài khoản cá nhân của tôi để làm thủ tục nhanh, bệnh viện đang quá tải. Chậm 15 phút là nguy hiểm đến tính mạng. # from: them # delay: 2000 # flag: urgency # flag: money_request
* [Chuyển tiền ngay] Tôi chuyển ngay, xin bác sĩ cứu cháu! # from: me
  -> paid
* [Đòi nói chuyện với con hoặc bệnh viện] Cho tôi số tổng đài bệnh viện, tôi gọi lại ngay. # from: me
  -> pressure
* [Cúp máy, gọi trực tiếp cho con và nhà trường] (Chị cúp máy, gọi ngay cho con và số văn phòng trường.) # from: me
  -> call_school

=== pressure ===
Chị không tin thì chịu trách nhiệm nếu cháu có chuyện! Tôi không có thời gian. # from: them # delay: 1400 # flag: urgency # flag: accusation_threat
* [Sợ, chuyển tiền] Thôi được rồi, anh gửi số tài khoản. # from: me
  -> paid
* [Cúp máy, gọi nhà trường] (Chị cúp máy và gọi văn phòng nhà trường.) # from: me
  -> call_school

=== check_group ===
Vài phút sau, cô Thảo nhắn trong nhóm: "Khôi đang học tiết Toán bình thường chị ạ. Em không gọi cho chị." # from: system
Giọng bên kia vẫn giục: "Chị nghe không? Chuyển tiền ngay đi chị!" # from: them # delay: 1000 # flag: urgency # flag: money_request
-> after_check

=== call_school ===
Văn phòng nhà trường xác nhận: Khôi đang ngồi trong lớp, hoàn toàn bình thường. # from: system
-> after_check

=== after_check ===
* [Cúp máy, lưu số, báo cáo] (Chị cúp máy, chụp lại lịch sử cuộc gọi.) Tôi sẽ báo số này. # from: me
  -> report
* [Mắng lại kẻ lừa] Anh lừa đảo! Tôi báo công an đấy! # from: me
  -> report

=== report ===
Chị nhắn cho nhóm phụ huynh: có kẻ lừa biết tên con, lớp và tên cô giáo. # from: system
* [Đề nghị trường rà soát thông tin công khai] Đề nghị nhà trường và các phụ huynh hạn chế đăng danh sách lớp, ảnh con kèm tên trường lên mạng. # from: me
  -> ending_safe
* [Báo số đến 156] Tôi đã báo số này đến 156 và công an phường. # from: me
  -> ending_safe

=== paid ===
Chị chuyển 45 triệu. Bác sĩ "Tuấn" báo cần thêm 30 triệu tiền máu. Chị gọi lại thì số máy không liên lạc được. # from: system # flag: money_request
* [Gọi trường] (Chị gọi ngay cho nhà trường.) # from: me
  -> lost
* [Chuyển thêm vì sợ] (Chị tìm cách chuyển thêm 30 triệu.) # from: me
  -> ending_unsafe

=== lost ===
Nhà trường cho biết con chị vẫn đang học bình thường. Chị gọi ngay cho ngân hàng đề nghị phong tỏa giao dịch và trình báo công an. # from: system
-> ending_recovered

=== ending_safe ===
Chị không chuyển tiền, kiểm tra với nhà trường, cảnh báo các phụ huynh khác và báo cáo số lừa đảo. # from: system # outcome: safe
Dấu hiệu lừa "người thân gặp nạn": số lạ, xưng giáo viên rồi "chuyển máy cho bác sĩ", dồn dập thời gian, đòi chuyển tiền vào tài khoản cá nhân, không cho gọi lại. # debrief
Bệnh viện không bao giờ yêu cầu chuyển tiền vào tài khoản cá nhân bác sĩ qua điện thoại trước khi cấp cứu. # debrief
Luôn cúp máy và gọi lại số quen: con, giáo viên, văn phòng trường. Báo số lừa đảo đến 156 và công an. # debrief
Kẻ lừa thường lấy tên con, lớp, trường từ ảnh và bài đăng công khai. Hạn chế chia sẻ thông tin này. # debrief
-> END

=== ending_recovered ===
Chị mất 45 triệu nhưng đã dừng lại, báo ngân hàng và công an kịp thời. # from: system # outcome: safe
Đây không phải lỗi của anh/chị hay của con. Kẻ lừa cố tình đánh vào nỗi lo của cha mẹ. # debrief
Báo ngân hàng càng sớm càng có cơ hội phong tỏa giao dịch. Lưu sao kê, lịch sử cuộc gọi, số tài khoản nhận tiền. # debrief
Lần sau: cúp máy và gọi lại số quen trước khi chuyển bất kỳ khoản nào. # debrief
-> END

=== ending_unsafe ===
Chị chuyển tổng cộng 75 triệu. Con chị vẫn an toàn ở trường; số điện thoại kia đã tắt. # from: system # outcome: unsafe
Đây không phải lỗi của anh/chị hay của con. Kẻ lừa cố tình đánh vào nỗi lo của cha mẹ. # debrief
Dấu hiệu: số lạ, xưng giáo viên và bác sĩ, hối thúc từng phút, tài khoản cá nhân, không cho gọi lại. # debrief
Ngay bây giờ: gọi ngân hàng yêu cầu phong tỏa, trình báo công an, lưu mọi bằng chứng. Khi nhận tin dữ, hãy gọi lại số quen trước khi chuyển tiền. # debrief
-> END
