# title: Cuộc gọi từ "công an": bắt cóc online
# title_en: A call from "the police": online kidnapping
# band: lower_secondary
# strand: online_kidnapping
# scheme: online_kidnapping
# scheme: authority_impersonation
# contact: Cán bộ Trần Minh Đức - Công an Thành phố
# platform: zalo
# minutes: 7

-> start

=== start ===
21 giờ tối. Em đang học bài thì có lời mời kết bạn Zalo từ "Cán bộ Trần Minh Đức - Công an Thành phố". # from: system
Em là Nguyễn Minh Anh, học lớp 8 trường THCS Lê Lợi đúng không? # from: them # delay: 1500 # flag: authority_claim
Tôi là cán bộ điều tra. Số căn cước của em đang bị dùng để mở tài khoản ngân hàng rửa tiền cho một đường dây ma túy. # from: them # delay: 2200 # flag: accusation_threat
Em phải nghe máy ngay để làm việc. Đây là lệnh bắt tạm giam có tên em. # from: them # delay: 1800 # flag: urgency # flag: accusation_threat
Người đó gửi một tấm ảnh "LỆNH BẮT BỊ CAN ĐỂ TẠM GIAM", có dấu đỏ và tên em. # from: system # flag: authority_claim
* [Sợ, nghe cuộc gọi video] Dạ… cháu nghe đây ạ. Cháu không làm gì sai cả! # from: me
  -> video
* [Hỏi vì sao biết tên mình] Sao chú biết tên và trường của cháu? Cháu chưa có tài khoản ngân hàng nào. # from: me
  -> doubt
* [Không trả lời, đưa cho bố mẹ xem] Bố ơi, có người xưng là công an nhắn Zalo bảo con rửa tiền, gửi cả lệnh bắt. # from: me
  -> tell_parents

=== doubt ===
Bọn tội phạm đã dùng thông tin của em. Nếu em không hợp tác, em sẽ bị bắt và đuổi học. # from: them # delay: 1800 # flag: accusation_threat
Tôi gọi video để em thấy tôi là cán bộ thật. # from: them # delay: 1200 # flag: authority_claim
Cuộc gọi video đang kết nối… Một người mặc đồng phục ngồi trước lá cờ, giơ thẻ ngành lên camera. # from: system # flag: authority_claim
* [Tin vì thấy đồng phục] Dạ… cháu sẽ hợp tác ạ. # from: me
  -> video
* [Tắt máy] Công an thật không làm việc qua Zalo. Cháu tắt máy đây. # from: me
  -> hang_up

=== video ===
Vụ án này tuyệt mật. Em không được nói với bố mẹ, vì bố mẹ em cũng có thể liên quan. # from: them # delay: 2000 # flag: secrecy # flag: isolation
Nếu em kể với ai, em sẽ bị coi là tiếp tay cho tội phạm. # from: them # delay: 1600 # flag: accusation_threat # flag: secrecy
Từ giờ em phải giữ cuộc gọi video liên tục để chúng tôi giám sát. # from: them # delay: 1500 # flag: isolation
* [Vâng lời, giữ bí mật] Dạ, cháu không nói với ai ạ. # from: me
  -> orders
* [Nói phải hỏi bố mẹ] Cháu mới 13 tuổi, cháu phải có bố mẹ ở đây. # from: me
  -> pressure
* [Tắt máy, chạy ra phòng khách] Cháu tắt máy đây! # from: me
  -> hang_up

=== pressure ===
Em không có quyền từ chối! Nếu em nói với bố mẹ, cả nhà em sẽ bị điều tra. # from: them # delay: 1600 # flag: accusation_threat # flag: secrecy
Em chỉ cần làm đúng hướng dẫn là được chứng minh trong sạch. # from: them # delay: 1500
* [Sợ cả nhà bị điều tra, nghe theo] Dạ… cháu làm theo ạ. # from: me
  -> orders
* [Tắt máy, kể với bố mẹ] Cháu không tin. Cháu sẽ kể với bố mẹ. # from: me
  -> hang_up

=== orders ===
Sáng mai, em nói với bố mẹ là đi học như bình thường. # from: them # delay: 1600 # flag: secrecy
Nhưng em đi thẳng đến một nhà nghỉ, thuê một phòng ở một mình để "cách ly điều tra". # from: them # delay: 2000 # flag: isolation
Tắt định vị trên điện thoại, không nghe máy ai, chỉ giữ cuộc gọi video với tôi. # from: them # delay: 1800 # flag: isolation # flag: secrecy
* [Làm theo] Dạ, sáng mai cháu đi ạ. # from: me
  -> motel
* [Thấy quá lạ, nhắn cho cô chủ nhiệm] Cô ơi, có người xưng là công an bắt em ngày mai đi thuê nhà nghỉ một mình. Em sợ quá. # from: me
  -> teacher

=== motel ===
Sáng hôm sau, em ngồi một mình trong một phòng nhà nghỉ. Định vị đã tắt, cuộc gọi video vẫn bật. # from: system
Giờ em quay một video, nói với bố mẹ là em bị bắt giữ và cần 200 triệu để được thả. # from: them # delay: 2200 # flag: money_request # flag: blackmail
Không được khóc to. Không được mở cửa cho ai. # from: them # delay: 1500 # flag: isolation
* [Quay video theo lời họ] Dạ… cháu quay đây ạ. # from: me
  -> ending_unsafe
* [Tắt video, chạy xuống quầy lễ tân] Cô ơi, cho cháu mượn điện thoại gọi bố mẹ với, cháu bị người ta lừa! # from: me
  -> ending_escaped

=== teacher ===
Cô chủ nhiệm gọi lại ngay: "Em không đi đâu cả. Cô gọi cho bố mẹ em bây giờ." # from: system
Bố mẹ vào phòng em. Số lạ vẫn liên tục gọi video. # from: system
Em đang nói chuyện với ai? Tôi đã cảnh cáo rồi! # from: them # delay: 1200 # flag: accusation_threat
* [Để bố nghe máy] Bố ơi, bố nghe máy đi. # from: me
  -> parents_handle
* [Chặn luôn số này] Con chặn luôn số này nha bố mẹ. # from: me
  -> parents_handle

=== hang_up ===
Em tắt cuộc gọi. Điện thoại rung liên tục: 12 cuộc gọi nhỡ từ số đó. # from: system
Tắt máy là chống người thi hành công vụ! 30 phút nữa sẽ có người đến bắt em! # from: them # delay: 1500 # flag: accusation_threat # flag: urgency
* [Gọi lại xin lỗi] Cháu xin lỗi, cháu gọi lại đây ạ. # from: me
  -> callback
* [Ra kể với bố mẹ] Bố mẹ ơi, có người xưng công an dọa bắt con, bảo con không được kể với ai. # from: me
  -> tell_parents

=== callback ===
Lần này tôi bỏ qua. Nhớ kỹ: không được nói với bố mẹ, không được tắt máy nữa. # from: them # delay: 1600 # flag: secrecy # flag: isolation
-> orders

=== tell_parents ===
Bố mẹ đọc tin nhắn. Mẹ ôm em: "Con làm đúng khi kể với bố mẹ." # from: system
Bố: "Công an thật không gửi lệnh bắt qua Zalo, không gọi video bắt trẻ con giữ bí mật với bố mẹ." # from: system
Số lạ lại gọi video đến. # from: system
* [Để bố nghe máy] Bố nghe máy đi, con sợ lắm. # from: me
  -> parents_listen
* [Không nghe, để bố mẹ xem tin nhắn] Thôi mình đừng nghe bố ạ. # from: me
  -> parents_handle

=== parents_listen ===
Bố bật loa. Người kia nói nhanh: "Con anh chị liên quan vụ rửa tiền. Muốn con trong sạch thì chuyển ngay 50 triệu vào tài khoản tạm giữ của cơ quan điều tra." # from: them # delay: 2000 # flag: money_request # flag: urgency # flag: authority_claim
Bố hỏi lại: "Anh ở đơn vị nào? Tôi sẽ đưa cháu đến trụ sở công an làm việc trực tiếp." Đầu dây bên kia tắt máy. # from: system
-> parents_handle

=== parents_handle ===
Bố hỏi em: "Mình xử lý thế nào đây con?" # from: system
* [Chụp màn hình, chặn, gọi 113] Mình chụp lại hết rồi chặn, sau đó gọi 113 báo công an thật bố ạ. # from: me
  -> ending_safe
* [Xóa hết cho nhanh quên] Con muốn xóa hết đi cho đỡ sợ. # from: me
  -> ending_safe_noevidence
* [Chuyển tiền cho yên chuyện] Hay bố chuyển ít tiền cho họ để họ thôi làm phiền nhà mình? # from: me
  -> parents_refuse

=== parents_refuse ===
Bố lắc đầu: "Không bao giờ chuyển tiền cho người lạ để chứng minh trong sạch, con ạ. Chuyển rồi họ sẽ đòi tiếp." # from: system
-> ending_safe

=== ending_safe ===
Em không đi đâu, không chuyển tiền, đã kể với bố mẹ. Cả nhà giữ bằng chứng, chặn số lạ và báo 113. # from: system # outcome: safe
Dấu hiệu bắt cóc online: xưng công an qua Zalo, gửi "lệnh bắt", buộc tội rửa tiền, bắt giữ bí mật với bố mẹ, bắt thuê nhà nghỉ một mình, tắt định vị, giữ video call, đòi tiền. # debrief
Công an thật không làm việc qua video call hay Zalo, không bắt giữ bí mật với bố mẹ, không bảo trẻ em đi đâu một mình, không đòi tiền để "chứng minh trong sạch". # debrief
Việc đúng: tắt máy, kể ngay với bố mẹ hoặc thầy cô, giữ ảnh chụp màn hình, chặn và gọi 113. # debrief
-> END

=== ending_safe_noevidence ===
Em an toàn vì đã kể với bố mẹ. Nhưng tin nhắn bị xóa nên công an khó lần ra kẻ lừa. # from: system # outcome: safe
Em đã làm đúng khi không nghe theo và kể với bố mẹ. # debrief
Lần sau, đừng xóa vội: chụp màn hình tin nhắn, số điện thoại, tài khoản Zalo rồi mới chặn, để báo 113. # debrief
Nhớ: công an thật không làm việc qua Zalo, không bắt giữ bí mật, không bảo em đi đâu một mình, không đòi tiền. # debrief
-> END

=== ending_escaped ===
Em chạy xuống quầy lễ tân và gọi được cho bố mẹ. Bố mẹ đến đón em và báo công an. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Em đã rất dũng cảm khi tự thoát ra. # debrief
Kẻ gian giả công an, gửi lệnh bắt giả, bắt em giữ bí mật, đi nhà nghỉ một mình, tắt định vị để đòi tiền chuộc từ bố mẹ. # debrief
Ở bất kỳ bước nào, em đều có thể tắt máy và tìm người lớn: lễ tân, bảo vệ, thầy cô. Gọi 113 khi gặp nguy hiểm. # debrief
-> END

=== ending_unsafe ===
Em quay video như chúng yêu cầu. Chúng gửi video cho bố mẹ em và đòi 200 triệu tiền chuộc. Bố mẹ em hoảng loạn. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Đây là chiêu "bắt cóc online": kẻ gian không cần bắt em thật, chúng dọa để em tự cô lập mình rồi tống tiền gia đình. # debrief
Công an thật không gọi video, không gửi lệnh bắt qua Zalo, không bắt giữ bí mật với bố mẹ, không bảo em đến nhà nghỉ, không đòi tiền. # debrief
Nếu lỡ đã đi: tắt video, tìm người lớn gần nhất (lễ tân, bảo vệ), gọi bố mẹ và gọi 113. Chưa bao giờ là quá muộn. # debrief
-> END
