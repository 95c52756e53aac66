# title: "Viện kiểm sát" và căn phòng khách sạn
# title_en: The "prosecutor" and the hotel room
# band: upper_secondary
# strand: online_kidnapping
# scheme: online_kidnapping
# scheme: authority_impersonation
# scheme: phishing_link
# contact: Kiểm sát viên Lê Quốc Bảo - VKSND
# platform: zalo
# minutes: 7

-> start

=== start ===
Buổi trưa, em nhận cuộc gọi từ số 0886 234 517: "Đây là cơ quan công an, hồ sơ của em đã được chuyển sang Viện kiểm sát." # from: system # flag: suspicious_phone # flag: authority_claim
Ngay sau đó, tài khoản Zalo "Kiểm sát viên Lê Quốc Bảo - VKSND" nhắn tin. # from: system
Em là Trần Gia Huy, đang học lớp 11 trường THPT Nguyễn Du đúng không? Em đang bị điều tra trong đường dây mua bán ma túy và rửa tiền. # from: them # delay: 2000 # flag: authority_claim # flag: accusation_threat
Tài khoản ngân hàng mang tên em đã nhận 1,2 tỷ đồng tiền bẩn. Đây là quyết định khởi tố và lệnh bắt. # from: them # delay: 2000 # flag: accusation_threat
Hai tấm ảnh văn bản có quốc huy, con dấu đỏ, tên và ảnh thẻ học sinh của em. # from: system # flag: authority_claim
* [Hoảng, gọi lại ngay] Không thể nào! Em chưa bao giờ làm vậy. Em phải làm gì? # from: me
  -> video
* [Hỏi sao có ảnh thẻ học sinh] Sao các anh có ảnh thẻ học sinh của em? Em chỉ đăng nó trên Facebook thôi. # from: me
  -> doubt
* [Chụp màn hình, gọi mẹ] Mẹ ơi, có người xưng Viện kiểm sát gửi lệnh bắt con qua Zalo. Con đang rất sợ. # from: me
  -> mom_call

=== doubt ===
Thông tin của em đã bị đường dây tội phạm lợi dụng. Chúng tôi đang giúp em chứng minh trong sạch. # from: them # delay: 1800
Em phải cài ứng dụng "Bảo vệ nhân chứng" để được bảo vệ: vks-baove.app/cai-dat # from: them # delay: 1800 # flag: suspicious_link
* [Cài ứng dụng] Em cài rồi ạ. # from: me
  -> app
* [Không cài, hỏi địa chỉ trụ sở] Em sẽ cùng bố mẹ đến trụ sở làm việc trực tiếp. Anh cho em địa chỉ. # from: me
  -> refuse_office

=== refuse_office ===
Không được! Vụ án tuyệt mật, đến trụ sở là lộ thông tin, đồng bọn sẽ hại em và gia đình. # from: them # delay: 1800 # flag: secrecy # flag: accusation_threat
Em phải làm việc qua video. Không được nói với bố mẹ, họ cũng đang bị theo dõi. # from: them # delay: 1800 # flag: secrecy # flag: isolation
* [Tin, bắt đầu video call] Vâng, em làm việc qua video. # from: me
  -> video
* [Cắt liên lạc, gọi bố] Cơ quan nhà nước thật không bao giờ cấm em đến trụ sở. Em dừng ở đây. # from: me
  -> mom_call

=== app ===
Ứng dụng yêu cầu quyền đọc tin nhắn và điều khiển màn hình. # from: system # flag: credential_request
Tốt. Giờ ta làm việc qua video. # from: them # delay: 1200
-> video

=== video ===
Cuộc gọi video đang kết nối… Người đàn ông mặc áo có cầu vai, phía sau là tấm phông "Viện kiểm sát nhân dân". # from: system # flag: authority_claim
Từ giờ em phải giữ cuộc gọi liên tục. Không được nói với bất kỳ ai, kể cả bố mẹ, thầy cô. # from: them # delay: 1800 # flag: secrecy # flag: isolation
Để cách ly khỏi đối tượng theo dõi, em ra khỏi nhà, thuê một phòng khách sạn một mình, tắt định vị điện thoại. # from: them # delay: 2200 # flag: isolation
* [Làm theo, đi thuê khách sạn] Vâng, em đi ngay. # from: me
  -> hotel
* [Hỏi vì sao phải đi một mình] Sao em phải đi khách sạn một mình? Em là người chưa thành niên mà. # from: me
  -> push
* [Cúp máy] Em không làm việc qua video. Em cúp máy đây. # from: me
  -> hung_up

=== push ===
Em không có quyền hỏi! Nếu không hợp tác, 30 phút nữa lực lượng sẽ đến trường bắt em trước mặt các bạn. # from: them # delay: 1800 # flag: accusation_threat # flag: urgency
* [Sợ bị bắt trước lớp, đi ngay] Em đi ngay, xin đừng đến trường. # from: me
  -> hotel
* [Cúp máy, nhắn thầy chủ nhiệm] Thầy ơi, có người xưng Viện kiểm sát ép em đi thuê khách sạn một mình. Thầy giúp em với. # from: me
  -> hung_up

=== hung_up ===
Em cúp máy. Họ gọi lại liên tục và nhắn: "Em đã chống lệnh, gia đình em sẽ bị liên đới." # from: them # delay: 1500 # flag: accusation_threat # flag: blackmail
* [Gọi cho mẹ] Mẹ ơi, con cần nói chuyện với mẹ ngay. # from: me
  -> mom_call
* [Gọi lại để xin lỗi] Em xin lỗi, em sẽ hợp tác. # from: me
  -> hotel

=== hotel ===
Chiều đó em ngồi một mình trong phòng khách sạn. Định vị đã tắt. Cuộc gọi video vẫn bật. # from: system
Giờ em chuyển toàn bộ tiền trong tài khoản vào "tài khoản tạm giữ" để kiểm tra nguồn tiền. Tiền sạch sẽ được hoàn lại. # from: them # delay: 2200 # flag: money_request
Sau đó em nhắn bố mẹ là em bị bắt giữ, cần 300 triệu nộp bảo lãnh. Nhớ nói giọng thật sợ hãi. # from: them # delay: 2200 # flag: money_request # flag: blackmail
* [Làm theo] Dạ… em nhắn cho mẹ đây. # from: me
  -> ending_unsafe
* [Tắt video, gọi mẹ bằng điện thoại lễ tân] Em xin mượn điện thoại lễ tân gọi cho mẹ. # from: me
  -> ending_escaped
* [Nhắn 113 qua SMS] Em lặng lẽ nhắn tin cho bạn thân nhờ báo 113 và bố mẹ. # from: me
  -> ending_escaped

=== mom_call ===
Mẹ nghe hết câu chuyện và nói: "Con ở yên ở trường. Mẹ và bố đến ngay. Đây là lừa đảo." # from: system
Kẻ gian nhắn: "Nếu em để bố mẹ can thiệp, tôi sẽ ra lệnh bắt cả nhà em." # from: them # delay: 1600 # flag: accusation_threat # flag: secrecy
* [Không trả lời, giữ bằng chứng] Em chụp lại hết và không trả lời nữa. # from: me
  -> report
* [Trả lời thách thức] Anh cứ đến bắt đi, em biết anh giả mạo rồi. # from: me
  -> report

=== report ===
Bố mẹ đưa em đến công an phường. Cán bộ trực ban xác nhận: "Không có cơ quan nào làm việc qua Zalo và bắt học sinh ra khách sạn." # from: system
Cán bộ hỏi em có muốn nhờ nhà trường nhắc cả khối về chiêu này không. # from: system
* [Đồng ý chia sẻ, giấu tên] Dạ, em muốn các bạn biết, nhưng xin đừng nêu tên em. # from: me
  -> ending_safe
* [Chưa muốn chia sẻ] Em cần thêm thời gian, em chưa muốn kể với lớp. # from: me
  -> ending_safe

=== ending_safe ===
Em không đi đâu, không chuyển tiền, kể ngay với bố mẹ. Cả nhà báo công an cùng bằng chứng. # from: system # outcome: safe
Dấu hiệu bắt cóc online: xưng công an, Viện kiểm sát qua điện thoại và Zalo; gửi "lệnh bắt"; buộc tội ma túy, rửa tiền; bắt giữ bí mật; cấm đến trụ sở; bắt thuê khách sạn một mình, tắt định vị, giữ video call; đòi tiền. # debrief
Cơ quan thật không làm việc qua video call, không bắt giữ bí mật với bố mẹ, không bảo học sinh đi đâu một mình, không có "tài khoản tạm giữ". # debrief
Việc đúng: cúp máy, không cài ứng dụng lạ, kể với bố mẹ, thầy cô, giữ bằng chứng và gọi 113. # debrief
-> END

=== ending_escaped ===
Em thoát khỏi cuộc gọi và liên lạc được với người thân. Bố mẹ đến đón, kẻ gian không lấy được đồng nào. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Em đã rất dũng cảm khi phá vỡ sự cô lập. # debrief
Kẻ gian muốn em một mình, im lặng và mất liên lạc để tống tiền gia đình. Chỉ cần một cuộc gọi cho người thân là kế hoạch của chúng sụp đổ. # debrief
Ở bất kỳ bước nào, hãy tắt video, tìm người lớn gần nhất và gọi 113. # debrief
-> END

=== ending_unsafe ===
Em chuyển tiền và gửi tin nhắn cầu cứu giả. Bố mẹ em hoảng loạn, kẻ gian đòi chuyển 300 triệu trong 1 giờ. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
"Bắt cóc online" dựa vào nỗi sợ: kẻ gian giả cơ quan pháp luật, bắt em cô lập ở khách sạn rồi tống tiền gia đình. # debrief
Cơ quan thật không làm việc qua video call hay Zalo, không bắt giữ bí mật, không bảo em đi khách sạn, không đòi tiền để chứng minh trong sạch. # debrief
Ngay cả lúc này, chưa muộn: tắt video, gọi bố mẹ, nhờ lễ tân, gọi 113. Gia đình em sẽ đứng về phía em. # debrief
-> END
