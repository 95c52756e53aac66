# title: Pod vị trái cây "thêm tí nước vui"
# title_en: Fruity pods with "a little fun juice"
# band: lower_secondary
# strand: manipulation
# scheme: substance_lure
# contact: Vy Shop Pod Xinh
# platform: messenger
# minutes: 5

-> start

=== start ===
Trong nhóm chat của khối, một tài khoản tên "Vy Shop Pod Xinh" nhắn riêng cho em. # from: system
Hi em, chị thấy em hay chơi với nhóm anh Khải lớp 9 đúng không? Cả nhóm đều mua pod bên chị đấy. # from: them # delay: 1500 # flag: flattery_trust
Pod vị dưa hấu, vị kẹo dẻo, thơm lắm, không hại gì đâu. Mua lần đầu chị tặng thêm một đầu pod. # from: them # delay: 1800 # flag: substance_offer # flag: gift_offer
* [Hỏi giá] Bao nhiêu tiền vậy chị? # from: me
  -> price
* [Hỏi: "Có phải thuốc lá không?"] Cái này có phải thuốc lá điện tử không chị? Em nghe nói độc lắm. # from: me
  -> harmless
* [Từ chối] Em không dùng mấy cái đó đâu chị. # from: me
  -> peer

=== price ===
Có 150k thôi em. Còn loại "đặc biệt" thêm tí nước vui, hút vào phê nhẹ, vui cả buổi. # from: them # delay: 1800 # flag: substance_offer
Chị ship đến gần cổng trường lúc tan học. Nhớ đừng để thầy cô với bố mẹ biết nhé. # from: them # delay: 1600 # flag: secrecy # flag: meet_offline
* [Đặt loại "đặc biệt"] Em lấy loại đặc biệt thử một lần. # from: me
  -> special
* [Hỏi "nước vui" là gì] "Nước vui" là gì vậy chị? # from: me
  -> harmless
* [Không mua nữa] Thôi em không mua đâu. # from: me
  -> peer

=== harmless ===
Có gì đâu em, vui thôi mà, đứa nào lớp 9 cũng dùng. # from: them # delay: 1500 # flag: substance_offer
Không nghiện đâu, thử một lần cho biết. Không thử là quê lắm đấy. # from: them # delay: 1500
* [Thử một lần cho biết] Ừ thì thử một lần thôi nhé. # from: me
  -> special
* [Nhắn cho chị gái hỏi ý] Chị ơi, có người bán pod "thêm nước vui" cho em, bảo là không nghiện. Có thật không chị? # from: me
  -> sister

=== peer ===
Sáng hôm sau, trong nhóm chat có tin nhắn: "Nhóc lớp 7 kia nhát quá, pod cũng không dám thử." # from: system
Chị Vy nhắn tiếp: "Thử đi em, không thì các anh chị không cho chơi cùng đâu." # from: them # delay: 1600 # flag: substance_offer
* [Mua để được chơi cùng] Thôi được, em mua một cái. # from: me
  -> special
* [Kể với cô chủ nhiệm] Cô ơi, có người bán pod cho học sinh ở cổng trường và trêu chọc em vì em không mua. # from: me
  -> teacher

=== special ===
Chiều đó, một anh giao hàng đưa em cái pod ở góc cổng trường. # from: system
Em rít thử vài hơi. Đầu em quay cuồng, tim đập nhanh, buồn nôn. # from: system
Em bạn đi cùng nhắn: "Mày ổn không? Mặt mày trắng bệch kìa!" # from: system
* [Giấu, cố về nhà một mình] Không sao, tao về nhà nằm chút là hết. # from: me
  -> ending_unsafe
* [Nhờ bạn gọi người lớn] Tao mệt lắm, gọi cô giáo hoặc bố tao giúp tao với. # from: me
  -> ending_helped

=== sister ===
Chị gọi điện ngay: "Không có thứ gì 'vui cả buổi' mà vô hại đâu em. 'Nước vui' có thể là chất ma túy trộn vào." # from: system
Chị: "Em đừng trả lời nữa. Mình chụp lại tin nhắn để báo cô giáo nhé." # from: system
* [Cùng chị báo cô giáo] Dạ, em chụp lại rồi. Mai em báo cô chủ nhiệm. # from: me
  -> teacher
* [Chỉ chặn thôi] Em chặn là được rồi chị ạ. # from: me
  -> ending_safe_quiet

=== teacher ===
Cô chủ nhiệm cảm ơn em: "Em làm rất đúng. Em có muốn cô giữ kín tên em không?" # from: system
* [Xin cô giữ kín tên] Dạ, cô giữ kín tên em giúp em với ạ. # from: me
  -> teacher_act
* [Không ngại, kể cả bố mẹ] Em không ngại đâu cô. Em cũng sẽ kể với bố mẹ em. # from: me
  -> teacher_act

=== teacher_act ===
Cô báo nhà trường và công an phường về người bán ở cổng trường, không nêu tên em với các bạn. # from: system
-> ending_safe

=== ending_safe ===
Em không thử, đã kể với người lớn. Nhà trường và công an vào cuộc để bảo vệ các bạn khác. # from: system # outcome: safe
Dấu hiệu dụ dỗ: "vị trái cây", "không hại gì", "thêm tí nước vui", tặng thêm đầu pod, "ai cũng dùng", giao ở cổng trường, bắt giấu bố mẹ thầy cô. # debrief
Pod và thuốc lá điện tử có thể bị trộn chất ma túy. Chỉ một lần thử cũng có thể gây ngộ độc. # debrief
Từ chối không làm em "quê". Hãy chụp màn hình, kể với bố mẹ, thầy cô. Ai có dấu hiệu ngộ độc thì gọi 115 ngay. # debrief
-> END

=== ending_safe_quiet ===
Em không thử và đã chặn người bán. Em an toàn, nhưng người bán vẫn đang nhắn cho các bạn khác. # from: system # outcome: safe
Em đã làm đúng khi từ chối và chặn. # debrief
Kể với thầy cô hoặc bố mẹ giúp bảo vệ cả các bạn khác trong trường. # debrief
Nhớ các dấu hiệu: "vô hại", "nước vui", "ai cũng dùng", giao ở cổng trường, bắt giữ bí mật. # debrief
-> END

=== ending_helped ===
Bạn em gọi ngay cô giáo. Cô đưa em đi khám và gọi bố mẹ. Em đã qua cơn mệt. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Nhờ người lớn giúp là quyết định đúng. # debrief
"Nước vui" trong pod có thể là chất gây nghiện, gây ngộ độc. Khi thấy chóng mặt, tim đập nhanh, buồn nôn: gọi người lớn và gọi 115. # debrief
Dấu hiệu dụ dỗ: lời khen, quà tặng, "ai cũng dùng", "không nghiện đâu", giao ở cổng trường, bắt giữ bí mật. # debrief
-> END

=== ending_unsafe ===
Em giấu mọi người và về nhà một mình trong khi người rất mệt. Người bán tiếp tục nhắn mời em mua thêm. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
"Nước vui" trong pod có thể là chất gây nghiện. Khi thấy chóng mặt, buồn nôn, tim đập nhanh, hãy nói ngay với người lớn hoặc gọi 115. # debrief
Kẻ bán dùng lời khen, quà tặng và áp lực bạn bè để dụ em thử. Từ chối là dũng cảm, không phải "quê". # debrief
Hãy kể với bố mẹ, thầy cô. Em cũng có thể gọi 111 để được tư vấn. # debrief
-> END
