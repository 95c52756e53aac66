# title: Người bạn mới hỏi nhiều quá
# title_en: A new friend who asks too much
# band: primary
# strand: grooming
# scheme: grooming
# contact: Gấu Bông 99
# platform: roblox
# minutes: 5

-> start

=== start ===
Em vừa chơi xong một màn Roblox thì có người kết bạn. # from: system
Chào bạn! Mình cũng 10 tuổi nè, mình tên Gấu Bông. # from: them # delay: 1200 # flag: age_probe
Bạn dễ thương ghê, chơi vui nhất server luôn. # from: them # delay: 1300 # flag: flattery_trust
Mình tặng bạn 100 Robux làm quà kết bạn nhé! # from: them # delay: 1400 # flag: gift_offer
* [Nhận quà, cảm ơn] Thích quá! Cảm ơn bạn nhiều nha! # from: me
  -> gift
* [Hỏi: "Sao lại tặng mình?"] Sao bạn lại tặng mình? Mình mới quen bạn mà. # from: me
  -> why_gift
* [Kể với mẹ trước] Mẹ ơi, có bạn lạ trong game muốn tặng con Robux. Con có nhận không mẹ? # from: me
  -> tell_mom

=== gift ===
Hihi không có gì. Mình là bạn thân rồi nha. # from: them # delay: 1200 # flag: flattery_trust
Bạn học trường nào? Giờ này ở nhà có ai không? # from: them # delay: 1500 # flag: personal_info_request # flag: age_probe
* [Kể tên trường, nói đang ở nhà một mình] Mình học trường Tiểu học Hoa Sen. Bố mẹ đi làm, mình ở nhà một mình. # from: me
  -> home_alone
* [Không nói] Cái này mình không nói đâu, mẹ dặn rồi. # from: me
  -> refuse_info

=== why_gift ===
Vì mình quý bạn thôi mà. Mà bạn ở nhà một mình hả? # from: them # delay: 1500 # flag: age_probe
Mình thích nói chuyện với bạn hơn với người lớn, người lớn chẳng hiểu gì đâu. # from: them # delay: 1500 # flag: isolation
* [Trả lời thật] Ừ, mình ở nhà một mình. Bố mẹ tối mới về. # from: me
  -> home_alone
* [Không trả lời câu đó] Mình không kể chuyện ở nhà với người lạ đâu. # from: me
  -> refuse_info

=== home_alone ===
Ồ vậy hả, vui quá! Mình chuyển qua Zalo nói chuyện cho riêng tư nha. # from: them # delay: 1400 # flag: move_private
Bạn chụp cho mình một tấm ảnh bạn đang ở trong phòng đi, mình muốn xem bạn. # from: them # delay: 1800 # flag: photo_request
Đừng kể với ai nha, bí mật của hai đứa mình thôi. # from: them # delay: 1200 # flag: secrecy
* [Gửi ảnh] Đây nè, ảnh mình trong phòng nè. # from: me
  -> sent_photo
* [Từ chối, nói sẽ hỏi mẹ] Mình không gửi ảnh đâu. Để mình hỏi mẹ đã. # from: me
  -> push_back
* [Không trả lời nữa] Thôi mình đi học bài đây. # from: me
  -> push_back

=== refuse_info ===
Sao vậy, mình là bạn mà. Không tin mình à? # from: them # delay: 1300
Mình buồn đó. Vậy bật camera nói chuyện chút nha? # from: them # delay: 1500 # flag: photo_request
* [Bật camera cho bạn vui] Thôi được, mình bật camera một chút nha. # from: me
  -> sent_photo
* [Vẫn từ chối] Không. Mình không bật camera với người lạ. # from: me
  -> push_back

=== push_back ===
Bạn mà kể với mẹ là mình nghỉ chơi luôn đó! # from: them # delay: 1200 # flag: secrecy
Mà mình sắp sang gần nhà bạn chơi đó, gặp nhau nha? # from: them # delay: 1700 # flag: meet_offline
* [Đồng ý gặp] Gặp ở đâu vậy? Mình đi một mình được. # from: me
  -> ending_unsafe
* [Chụp màn hình, kể với mẹ] Mẹ ơi, bạn này đòi ảnh của con và muốn gặp con. Con thấy sợ. # from: me
  -> tell_mom_later

=== tell_mom ===
Mẹ ngồi xuống đọc cùng em. # from: system
Mẹ: "Người lạ tặng quà rồi hỏi han nhiều là phải cẩn thận con ạ. Mình xem bạn ấy nói gì tiếp nhé." # from: system
Sao lâu trả lời vậy? Nhà bạn có ai không? Gửi mình ảnh bạn đi! # from: them # delay: 1500 # flag: age_probe # flag: photo_request
* [Cùng mẹ chặn và báo cáo] Mẹ ơi, mình chặn và báo cáo bạn này luôn nhé! # from: me
  -> mom_block
* [Hỏi mẹ: "Hay con trả lời thử?"] Hay con trả lời thử xem bạn ấy là ai hả mẹ? # from: me
  -> mom_explain

=== mom_explain ===
Mẹ: "Không cần đâu con. Người hỏi nhà có ai, đòi ảnh và bảo giữ bí mật là dấu hiệu xấu." # from: system
* [Đồng ý chặn] Dạ, vậy mình chặn nha mẹ. # from: me
  -> mom_block
* [Hỏi thêm] Lỡ bạn ấy là bạn thật thì sao mẹ? # from: me
  -> mom_block

=== mom_block ===
Mẹ chụp màn hình tin nhắn, rồi cùng em bấm Chặn và Báo cáo. # from: system
Mẹ: "Mình cài đặt để chỉ bạn bè thật mới nhắn được cho con nhé?" # from: system
* [Đồng ý] Dạ, con đồng ý. # from: me
  -> ending_safe
* [Hỏi thêm về luật chơi] Mẹ ơi, thế ai nhắn lạ nữa thì con làm gì? # from: me
  -> ending_safe

=== tell_mom_later ===
Mẹ ôm em: "Con kể với mẹ là giỏi lắm." # from: system
Mẹ chụp màn hình, chặn tài khoản và báo cáo cho Roblox. # from: system
* [Hỏi mẹ có cần báo ai nữa không] Mẹ ơi, mình có cần báo ai nữa không? # from: me
  -> ending_safe
* [Hứa lần sau kể sớm hơn] Lần sau có ai lạ nhắn, con kể mẹ ngay. # from: me
  -> ending_safe

=== sent_photo ===
Dễ thương quá! Gửi thêm ảnh nữa đi, ảnh lúc bạn ở một mình trong phòng ấy. # from: them # delay: 1500 # flag: photo_request
Nhớ xóa tin nhắn đi nhé, không bố mẹ thấy là mắng bạn đó. # from: them # delay: 1500 # flag: secrecy
* [Xóa tin nhắn, gửi thêm] Ừ, mình xóa rồi. Để mình chụp thêm. # from: me
  -> ending_unsafe
* [Thấy lạ, kể với mẹ] Mẹ ơi… con lỡ gửi ảnh cho một bạn trên mạng. Giờ bạn ấy đòi thêm. # from: me
  -> tell_mom_later

=== ending_safe ===
Em không gửi ảnh, không nói nhà có ai, và đã kể với mẹ. Tài khoản lạ đã bị chặn và báo cáo. # from: system # outcome: safe
Dấu hiệu xấu: tặng quà để làm thân, hỏi tuổi và "nhà có ai không", rủ sang ứng dụng khác, đòi ảnh, bảo giữ bí mật, rủ gặp. # debrief
Người lạ trên mạng có thể nói dối tuổi. "Bạn 10 tuổi" có thể là người lớn. # debrief
Không gửi ảnh, không bật camera, không nói địa chỉ hay lúc ở nhà một mình. # debrief
Bí mật làm em thấy sợ hay khó chịu thì phải kể ngay với bố mẹ, thầy cô. Có thể gọi 111 bất cứ lúc nào. # debrief
-> END

=== ending_unsafe ===
Em giữ bí mật và tiếp tục làm theo lời người lạ. Em đang gặp nguy hiểm mà không có người lớn nào biết. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Người lạ đã tặng quà, khen em, hỏi nhà có ai, đòi ảnh, bảo xóa tin nhắn và rủ gặp. Đó là những dấu hiệu rất nguy hiểm. # debrief
Không bao giờ đi gặp người quen qua mạng một mình. Hãy dừng trả lời và kể ngay với bố mẹ hoặc thầy cô. # debrief
Gọi 111 (miễn phí, cả ngày lẫn đêm) để được giúp. Nếu đang gặp nguy hiểm, gọi 113. # debrief
-> END
