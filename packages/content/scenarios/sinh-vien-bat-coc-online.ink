# title: Tân sinh viên và "lệnh bắt" qua Zalo
# title_en: A freshman and an "arrest warrant" on Zalo
# band: university
# strand: online_kidnapping
# scheme: online_kidnapping
# scheme: authority_impersonation
# contact: Đại úy Phạm Văn Hưng - Cục Cảnh sát Điều tra
# platform: zalo
# minutes: 8

-> start

=== start ===
Em là sinh viên năm nhất, ở ký túc xá xa nhà 300 km. Một số lạ gọi: "Đây là tổng đài viễn thông, số thuê bao của bạn liên quan đến một vụ án, xin chuyển máy cho cơ quan công an." # from: system # flag: suspicious_phone # flag: authority_claim
Sau đó tài khoản Zalo "Đại úy Phạm Văn Hưng - Cục Cảnh sát Điều tra" kết bạn với em. # from: system
Bạn Vũ Thanh Tâm, căn cước của bạn đã được dùng mở 3 tài khoản ngân hàng nhận tiền lừa đảo 4 tỷ đồng. Bạn là nghi phạm rửa tiền. # from: them # delay: 2200 # flag: authority_claim # flag: accusation_threat
Chúng tôi có lệnh bắt khẩn cấp. Bạn phải làm việc ngay qua video, nếu không sẽ bị bắt tại ký túc xá. # from: them # delay: 2000 # flag: urgency # flag: accusation_threat
* [Nghe video để giải thích] Tôi không liên quan gì cả. Tôi sẵn sàng làm việc để chứng minh. # from: me
  -> video
* [Đòi làm việc trực tiếp] Nếu là cơ quan điều tra thì gửi giấy triệu tập. Tôi sẽ đến trụ sở cùng gia đình. # from: me
  -> demand_office
* [Gọi bố] Bố ơi, có người xưng là công an gọi bảo con rửa tiền, đòi làm việc qua video. # from: me
  -> call_dad

=== demand_office ===
Vụ án thuộc diện tuyệt mật cấp quốc gia. Không có giấy triệu tập, chỉ làm việc qua video để bảo vệ bạn khỏi đường dây. # from: them # delay: 2000 # flag: secrecy
Bạn không được thông báo cho gia đình, bạn bè hay nhà trường. Lộ thông tin là bạn bị tạm giam ngay. # from: them # delay: 2000 # flag: secrecy # flag: isolation # flag: accusation_threat
* [Chấp nhận video call] Được rồi, tôi sẽ hợp tác qua video. # from: me
  -> video
* [Tra cứu số đường dây nóng công an tỉnh] Tôi sẽ tự gọi lên số trực ban công an để kiểm tra anh. # from: me
  -> verify

=== verify ===
Em gọi trực ban công an phường nơi ở. Cán bộ trả lời: "Công an không làm việc qua Zalo, không có chuyện làm việc bí mật qua video. Bạn đang bị lừa." # from: system
Kẻ gian nhắn liên tục: "Bạn đã làm lộ bí mật điều tra. Chuyển ngay 50 triệu tiền bảo lãnh trong 30 phút." # from: them # delay: 1600 # flag: money_request # flag: urgency
-> aftermath

=== video ===
Cuộc gọi video đang kết nối… Một người mặc cảnh phục, phía sau là bàn làm việc và cờ. Anh ta đọc "quyết định khởi tố" rất nhanh. # from: system # flag: authority_claim
Để được xác minh trong sạch, bạn phải chuyển toàn bộ tiền trong tài khoản, kể cả học phí, vào "tài khoản tạm giữ" của cơ quan điều tra. # from: them # delay: 2200 # flag: money_request
Đồng thời bạn rời ký túc xá, thuê phòng khách sạn một mình để "cách ly", tắt định vị, giữ video 24/24. # from: them # delay: 2200 # flag: isolation
* [Làm theo] Tôi đã hiểu. Tôi đi ngay. # from: me
  -> hotel
* [Hỏi vì sao phải rời ký túc xá] Tại sao tôi phải rời ký túc xá và đi khách sạn? Việc này không bình thường. # from: me
  -> push
* [Cúp máy, nói với bạn cùng phòng] Tôi cúp máy đây. # from: me
  -> roommate

=== push ===
Bạn đang bị giám sát ở ký túc xá, bạn cùng phòng có thể là người của đường dây. Nếu bạn không hợp tác, 20 phút nữa sẽ có xe đến. # from: them # delay: 2000 # flag: isolation # flag: urgency # flag: accusation_threat
* [Sợ bị bắt, đi khách sạn] Được, tôi đi ngay. # from: me
  -> hotel
* [Nói với bạn cùng phòng] Tôi cần nói chuyện với bạn cùng phòng. # from: me
  -> roommate

=== roommate ===
Em kể với bạn cùng phòng. Bạn ấy lập tức mở một bài báo: "Cảnh báo chiêu bắt cóc online nhắm vào sinh viên năm nhất". Kịch bản giống hệt. # from: system
-> call_dad

=== hotel ===
Em chuyển 18 triệu tiền học phí vào "tài khoản tạm giữ", rồi thuê một phòng khách sạn, tắt định vị. Bố mẹ gọi không được. # from: system
Giờ bạn quay video nói rằng bạn bị bắt giữ, gia đình phải chuyển 500 triệu để được thả. Nếu không hợp tác, bạn sẽ bị truy tố. # from: them # delay: 2200 # flag: money_request # flag: blackmail
* [Quay video theo lệnh] Tôi quay video đây. # from: me
  -> ending_unsafe
* [Ra quầy lễ tân nhờ gọi công an] Chị ơi, cho em gọi nhờ điện thoại, em nghĩ em đang bị lừa bắt cóc online. # from: me
  -> rescued

=== rescued ===
Lễ tân gọi 113 và giúp em gọi về nhà. Công an phường đến, xác nhận em bị lừa và hỗ trợ trình báo. # from: system
-> ending_rescued

=== call_dad ===
Bố nói: "Con đừng nghe máy nữa. Con ở yên ký túc xá với các bạn. Bố gọi cho nhà trường ngay." # from: system
Kẻ gian nhắn: "Bạn đã vi phạm quy định bảo mật. Gia đình bạn sẽ bị điều tra liên đới." # from: them # delay: 1600 # flag: accusation_threat # flag: secrecy
-> aftermath

=== aftermath ===
* [Chụp màn hình, chặn, trình báo] Tôi chụp lại số điện thoại, tài khoản Zalo và tin nhắn, rồi chặn và đi trình báo. # from: me
  -> warn
* [Chặn mà không lưu gì] Tôi chặn luôn cho xong, không muốn dính vào nữa. # from: me
  -> warn

=== warn ===
Tối đó, nhóm lớp tân sinh viên có bạn hỏi: "Có ai nhận cuộc gọi công an bảo rửa tiền không? Mình sợ quá." # from: system
* [Kể chuyện mình để cảnh báo] Mình cũng bị gọi. Đó là lừa đảo. Đừng làm video call, đừng chuyển tiền, gọi bố mẹ và 113. # from: me
  -> ending_safe
* [Nhắn riêng cho bạn đó] (Em nhắn riêng cho bạn ấy, hướng dẫn gọi cho gia đình và trình báo.) # from: me
  -> ending_safe

=== ending_safe ===
Em không chuyển tiền, không rời ký túc xá, đã báo gia đình, kiểm tra với công an thật và cảnh báo bạn bè. # from: system # outcome: safe
Dấu hiệu bắt cóc online: "tổng đài viễn thông chuyển máy cho công an", buộc tội rửa tiền, "lệnh bắt" qua Zalo, làm việc qua video, bắt giữ bí mật, "tài khoản tạm giữ", bắt thuê khách sạn một mình, tắt định vị. # debrief
Công an thật không làm việc qua video call hay Zalo, không yêu cầu giữ bí mật với gia đình, không bắt ai đi đâu một mình, không nhận tiền để "chứng minh trong sạch". # debrief
Việc đúng: cúp máy, gọi gia đình, tự gọi trực ban công an hoặc 113 để kiểm tra, lưu bằng chứng, chặn và trình báo. # debrief
-> END

=== ending_rescued ===
Em đã mất tiền học phí, nhưng em thoát khỏi sự cô lập, gia đình không bị tống tiền, và vụ việc được trình báo. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ gian muốn em cô lập, sợ hãi để vừa lấy tiền của em vừa tống tiền gia đình. Một cuộc gọi nhờ người khác là đủ phá kế hoạch đó. # debrief
Báo ngân hàng ngay để phong tỏa giao dịch, lưu bằng chứng và gửi đơn trình báo. Công an thật không bao giờ có "tài khoản tạm giữ". # debrief
-> END

=== ending_unsafe ===
Em quay video. Kẻ gian gửi video cho bố mẹ em và đòi 500 triệu trong 2 giờ. Gia đình hoảng loạn, không liên lạc được với em. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
"Bắt cóc online" không cần bắt giữ thật: kẻ gian dùng nỗi sợ pháp luật để em tự cô lập, rồi lấy tiền của em và tống tiền gia đình. # debrief
Công an thật không làm việc qua video call, không giữ bí mật với gia đình, không bắt thuê khách sạn, không có "tài khoản tạm giữ". # debrief
Chưa muộn: tắt video, bật định vị, gọi gia đình, nhờ lễ tân gọi 113, báo ngân hàng phong tỏa giao dịch. # debrief
-> END
