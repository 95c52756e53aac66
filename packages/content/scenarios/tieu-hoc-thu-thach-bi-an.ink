# title: Thử thách bí ẩn
# title_en: The mystery challenge
# band: primary
# strand: manipulation
# scheme: harmful_challenge
# contact: Nhiệm Vụ Bí Ẩn 🌙
# platform: tiktok
# minutes: 4

-> start

=== start ===
Em đang xem TikTok thì một tài khoản lạ nhắn tin. # from: system
Chào bạn nhỏ! Bạn có dám chơi "Thử thách bí ẩn" không? # from: them # delay: 1300
Ai làm xong 5 nhiệm vụ sẽ được lên video nổi tiếng và nhận quà! # from: them # delay: 1500 # flag: gift_offer # flag: too_good_to_be_true
Chỉ người dũng cảm mới chơi được thôi. Bạn có dũng cảm không? # from: them # delay: 1400 # flag: flattery_trust
* [Nhận lời: "Mình dám!"] Mình dám chứ! Nhiệm vụ là gì? # from: me
  -> mission1
* [Hỏi: "Thử thách gì vậy?"] Thử thách gì vậy? Có nguy hiểm không? # from: me
  -> what
* [Gọi chị gái vào xem] Chị ơi, có tài khoản lạ rủ em chơi thử thách. Chị xem với em! # from: me
  -> sister

=== what ===
Không nguy hiểm đâu, vui lắm! Nhưng phải bí mật, không được kể với ai. # from: them # delay: 1500 # flag: secrecy
Kể ra là thử thách mất hiệu lực đó. # from: them # delay: 1200
* [Vẫn chơi thử] Thôi được, mình chơi thử nhiệm vụ đầu. # from: me
  -> mission1
* [Không chơi vì phải giấu] Phải giấu bố mẹ thì mình không chơi đâu. # from: me
  -> threat

=== mission1 ===
Nhiệm vụ 1: Đêm nay đợi cả nhà ngủ, thức dậy lúc 3 giờ sáng, quay video căn phòng tối gửi cho mình. # from: them # delay: 2000
Nhớ gửi luôn ảnh cửa nhà bạn để mình biết bạn làm thật. # from: them # delay: 1500 # flag: photo_request # flag: personal_info_request
Không được nói với bố mẹ đâu nha. # from: them # delay: 1000 # flag: secrecy
* [Làm theo] Được, tối nay mình làm. # from: me
  -> mission2
* [Thấy sợ, không làm] Mình không muốn làm nữa. # from: me
  -> threat

=== mission2 ===
Sáng hôm sau… # from: system
Giỏi lắm! Bạn đã gửi ảnh cửa nhà rồi nhé. # from: them # delay: 1200
Nhiệm vụ 2 khó hơn: làm một việc nguy hiểm khi ở nhà một mình, quay video gửi mình. # from: them # delay: 1800 # flag: self_harm_incitement
Không làm là mình biết nhà bạn rồi đó, bố mẹ bạn sẽ gặp chuyện. # from: them # delay: 1500 # flag: blackmail # flag: accusation_threat
* [Sợ quá, làm theo] Đừng làm gì bố mẹ mình… Mình sẽ làm. # from: me
  -> ending_unsafe
* [Chạy đi kể với mẹ] Mẹ ơi! Có người bắt con làm thử thách nguy hiểm, còn dọa bố mẹ. Con sợ lắm! # from: me
  -> tell_mom

=== threat ===
Bạn đã bắt đầu rồi thì không được dừng! # from: them # delay: 1200 # flag: urgency
Nếu bỏ cuộc hoặc kể với ai, bố mẹ bạn sẽ gặp chuyện xấu. # from: them # delay: 1500 # flag: blackmail # flag: secrecy
* [Sợ, làm tiếp] Thôi… mình làm tiếp vậy. # from: me
  -> mission2
* [Kể ngay với mẹ] Mẹ ơi, có người dọa con, bảo nếu con không làm thử thách thì bố mẹ gặp chuyện. # from: me
  -> tell_mom
* [Tự chặn, không kể] Mình chặn luôn là xong. # from: me
  -> blocked_alone

=== blocked_alone ===
Em chặn tài khoản. Nhưng tối đó em cứ nằm nghĩ mãi về lời dọa, không ngủ được. # from: system
Hôm sau có một tài khoản khác nhắn: "Chặn cũng vô ích. Nhiệm vụ 2 đang chờ bạn." # from: them # delay: 1500 # flag: blackmail
* [Kể với mẹ] Mẹ ơi, con sợ lắm. Có người cứ nhắn dọa con mãi. # from: me
  -> tell_mom
* [Làm theo cho họ thôi dọa] Mình làm thì bạn đừng dọa nữa nhé. # from: me
  -> ending_unsafe

=== sister ===
Chị đọc tin nhắn rồi lắc đầu. # from: system
Chị: "Mấy thử thách kiểu này hay bắt làm việc nguy hiểm rồi dọa nạt đấy. Đừng chơi." # from: system
Sao không trả lời? Sợ rồi à? Đồ nhát gan! # from: them # delay: 1200 # flag: urgency
* [Nhắn lại: "Mình không nhát!"] Mình không nhát! Để mình làm cho bạn xem! # from: me
  -> mission1
* [Cùng chị chặn, báo cáo] Chị ơi, mình chặn và báo cáo luôn nha. # from: me
  -> sister_block

=== sister_block ===
Chị giúp em chụp màn hình, chặn tài khoản rồi dắt em đi kể với mẹ. # from: system
-> tell_mom

=== tell_mom ===
Mẹ ôm em và nói: "Con kể với mẹ là đúng lắm. Họ không làm gì được bố mẹ đâu, họ chỉ dọa thôi." # from: system
Mẹ chụp màn hình, báo cáo tài khoản lên TikTok. # from: system
* [Hỏi mẹ có cần báo công an không] Mẹ ơi, họ còn có ảnh cửa nhà mình thì sao? # from: me
  -> ending_safe
* [Nói với mẹ là đã đỡ sợ] Con thấy đỡ sợ rồi mẹ ạ. # from: me
  -> ending_safe

=== ending_safe ===
Em đã dừng thử thách, kể với người lớn. Tài khoản lạ bị báo cáo. Em và gia đình an toàn. # from: system # outcome: safe
Dấu hiệu xấu: thử thách phải giữ bí mật, nhiệm vụ nguy hiểm, đòi ảnh nhà, dọa "bố mẹ sẽ gặp chuyện". # debrief
Lời dọa chỉ để em sợ và im lặng. Em không bao giờ phải làm gì làm đau mình để bảo vệ bố mẹ. # debrief
Dừng ngay, chụp màn hình, chặn, báo cáo và kể với bố mẹ hay thầy cô. Nếu lo lắng, gọi 111; nếu có nguy hiểm, gọi 113. # debrief
-> END

=== ending_unsafe ===
Em tiếp tục làm nhiệm vụ vì sợ, và vẫn giữ bí mật một mình. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Người lạ dùng quà, lời khen rồi lời dọa để bắt em làm việc nguy hiểm. Họ chỉ dọa thôi, bố mẹ muốn biết để bảo vệ em. # debrief
Dừng lại ngay và kể với bố mẹ hoặc thầy cô. Gọi 111 để được giúp. Nếu ai đó bị đau, gọi 115; nếu đang nguy hiểm, gọi 113. # debrief
-> END
