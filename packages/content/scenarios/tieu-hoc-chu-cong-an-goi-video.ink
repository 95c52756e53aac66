# title: "Chú công an" gọi video
# title_en: A "police officer" video-calls
# band: primary
# strand: online_kidnapping
# scheme: online_kidnapping
# scheme: authority_impersonation
# contact: Chú Công an Phường
# platform: zalo
# minutes: 5

-> start

=== start ===
Chiều thứ Bảy, em ở nhà một mình với chiếc điện thoại cũ của mẹ. Có cuộc gọi video Zalo từ "Chú Công an Phường". # from: system
Cuộc gọi video đang kết nối… Một người mặc áo giống công an hiện lên. # from: system
Cháu là con của chị Hoa phải không? Chú là công an. # from: them # delay: 1400 # flag: authority_claim
Mẹ cháu đang liên quan đến một vụ án rất lớn. Cháu phải giúp chú, không thì mẹ cháu bị bắt. # from: them # delay: 1800 # flag: accusation_threat
* [Sợ, hỏi phải làm gì] Cháu phải làm gì ạ? Đừng bắt mẹ cháu! # from: me
  -> orders
* [Hỏi: "Chú là ai ạ?"] Chú tên là gì ạ? Sao chú biết mẹ cháu? # from: me
  -> badge
* [Tắt máy, gọi mẹ] Cháu phải hỏi mẹ cháu đã ạ. # from: me
  -> hang_up

=== badge ===
Chú là Đại úy Công an. Đây là thẻ ngành của chú. # from: them # delay: 1500 # flag: authority_claim
Người đó giơ một tấm thẻ lên sát camera, mờ mờ không đọc rõ. # from: system
Việc này là bí mật nhà nước, cháu không được kể với ai, kể cả bố mẹ. # from: them # delay: 1800 # flag: secrecy
* [Tin, làm theo] Dạ… cháu không kể đâu ạ. # from: me
  -> orders
* [Thấy lạ: công an sao lại gọi video] Công an thật đâu có gọi video cho trẻ con. Cháu tắt máy đây. # from: me
  -> hang_up

=== orders ===
Cháu nghe cho kỹ. Cháu mang điện thoại này đi ra công viên đầu ngõ, đi một mình, không được gọi ai. # from: them # delay: 2000 # flag: isolation
Tắt định vị điện thoại đi, để kẻ xấu không theo dõi được cháu. # from: them # delay: 1500 # flag: isolation
Nếu có sổ tiết kiệm hay vàng của mẹ trong nhà thì mang theo, để chú giữ giúp cho an toàn. # from: them # delay: 1800 # flag: money_request
* [Làm theo, đi ra ngoài] Dạ, cháu đi ngay đây ạ. # from: me
  -> outside
* [Bảo phải chờ bố mẹ về] Cháu không được tự đi ra ngoài đâu ạ. Cháu chờ bố mẹ về. # from: me
  -> pressure

=== pressure ===
Không được chờ! Bố mẹ về là muộn, mẹ cháu sẽ bị bắt ngay! # from: them # delay: 1300 # flag: urgency # flag: accusation_threat
Không được tắt máy. Tắt máy là chú biết đấy. # from: them # delay: 1200 # flag: secrecy
* [Sợ quá, nghe theo] Dạ… cháu đi ạ. # from: me
  -> outside
* [Tắt máy, chạy sang nhà bác hàng xóm] Cháu tắt máy đây! # from: me
  -> neighbor

=== outside ===
Em cầm túi đồ của mẹ đi ra công viên một mình. Điện thoại vẫn đang gọi video. # from: system
Giỏi lắm. Giờ cháu đi tiếp ra đầu đường, sẽ có người đến lấy túi. # from: them # delay: 1500 # flag: meet_offline
* [Đưa túi cho người lạ] Dạ, cháu đang đi ra đầu đường ạ. # from: me
  -> ending_unsafe
* [Gặp cô bán hàng quen, xin giúp] Cô ơi, có chú công an gọi video bắt cháu mang đồ của mẹ đi. Cô gọi mẹ cháu giúp với! # from: me
  -> ending_helped

=== hang_up ===
Em tắt cuộc gọi. Ngay lập tức, số đó gọi lại liên tục. # from: system
Sao cháu dám tắt máy? Cháu có muốn mẹ cháu đi tù không? # from: them # delay: 1300 # flag: accusation_threat # flag: urgency
* [Nghe máy lại] Cháu xin lỗi chú… # from: me
  -> orders
* [Không nghe, gọi cho mẹ bằng điện thoại bàn] Mẹ ơi! Có người xưng là công an gọi video cho con, bảo mẹ bị bắt! # from: me
  -> call_mom
* [Chạy sang nhà bác hàng xóm] Bác ơi, có người lạ cứ gọi video dọa cháu! # from: me
  -> neighbor

=== neighbor ===
Bác hàng xóm cho em vào nhà và gọi ngay cho mẹ em. # from: system
-> call_mom

=== call_mom ===
Mẹ nói: "Mẹ không sao cả! Công an thật không bao giờ gọi video bắt con làm gì đâu. Con ở yên đấy, mẹ về ngay." # from: system
Số lạ vẫn nhắn: "Cháu mà kể với ai thì cả nhà sẽ gặp chuyện." # from: them # delay: 1500 # flag: secrecy # flag: blackmail
* [Không trả lời, đợi mẹ] Cháu không trả lời nữa, cháu đợi mẹ về. # from: me
  -> ending_safe
* [Nhắn lại cãi nhau] Chú là kẻ lừa đảo! Mẹ cháu không sao hết! # from: me
  -> ending_safe

=== ending_safe ===
Em không đi đâu, không mang đồ của mẹ ra ngoài. Mẹ về, chụp lại tin nhắn và báo công an phường. # from: system # outcome: safe
Dấu hiệu lừa: người lạ gọi video xưng công an, dọa bắt mẹ, bắt giữ bí mật, bảo đi ra ngoài một mình, tắt định vị, mang tiền vàng theo. # debrief
Công an thật không gọi video cho trẻ con, không bắt giữ bí mật với bố mẹ, không bảo trẻ đi đâu một mình, không đòi tiền. # debrief
Hãy tắt máy, ở yên chỗ an toàn, gọi bố mẹ hoặc nhờ người lớn ở gần. Nếu sợ, gọi 113. # debrief
-> END

=== ending_helped ===
Cô bán hàng gọi cho mẹ em. Em không đưa túi cho ai. Mẹ đến đón em và báo công an. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Nhờ người lớn giúp là rất đúng. # debrief
Dấu hiệu lừa: xưng công an qua video, dọa bắt mẹ, bắt giữ bí mật, bảo đi một mình, tắt định vị, mang tiền vàng. # debrief
Công an thật không bao giờ làm việc qua video với trẻ con. Gặp chuyện lạ, hãy tắt máy và nhờ người lớn gần nhất, hoặc gọi 113. # debrief
-> END

=== ending_unsafe ===
Em đưa túi tiền vàng của mẹ cho người lạ. Kẻ gian biến mất, còn em ở ngoài đường một mình. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ gian giả làm công an, dọa mẹ em bị bắt để em sợ và làm theo. # debrief
Công an thật không gọi video cho trẻ em, không bắt giữ bí mật, không bảo đi đâu một mình, không đòi tiền hay vàng. # debrief
Khi gặp chuyện như vậy: tắt máy, về nhà hoặc đến chỗ có người lớn quen, gọi bố mẹ và gọi 113. # debrief
-> END
