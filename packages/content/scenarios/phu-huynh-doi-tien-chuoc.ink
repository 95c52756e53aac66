# title: Video con bị "bắt giữ" và lời đòi tiền chuộc
# title_en: A video of your child "held" and a ransom demand
# band: parents
# strand: online_kidnapping
# scheme: online_kidnapping
# scheme: family_emergency
# scheme: authority_impersonation
# contact: Người lạ (Zalo không tên)
# platform: zalo
# minutes: 7

-> start

=== start ===
14 giờ. Con gái chị, học lớp 10, sáng nay đi học như bình thường. Một tài khoản Zalo không tên gửi cho chị một video. # from: system
Trong video, con chị ngồi một mình trong một căn phòng lạ, mắt đỏ hoe: "Mẹ ơi, con bị giữ rồi, mẹ chuyển tiền giúp con…" # from: system
Con chị đang trong tay chúng tôi. Chuyển 300 triệu trong 2 giờ. Báo công an là không bao giờ gặp lại con. # from: them # delay: 2000 # flag: blackmail # flag: money_request # flag: urgency # flag: secrecy
* [Gọi ngay cho con] (Chị gọi cho con. Máy con báo không liên lạc được.) # from: me
  -> unreachable
* [Hỏi họ muốn gì, xin thêm thời gian] Xin đừng làm gì con tôi! Tôi sẽ gom tiền, cho tôi thêm thời gian! # from: me
  -> negotiate
* [Gọi 113 ngay] (Chị gọi 113.) Con tôi đang bị đòi tiền chuộc, tôi nhận được video của cháu! # from: me
  -> police

=== unreachable ===
Chị gọi giáo viên chủ nhiệm: con xin nghỉ từ tiết 2 với lý do "đau bụng, mẹ đón". # from: system
Kẻ lạ nhắn tiếp: "Còn 1 giờ 50 phút. Gửi trước 100 triệu để chứng minh thiện chí." # from: them # delay: 1800 # flag: money_request # flag: urgency
* [Chuyển 100 triệu] (Chị chuyển 100 triệu.) Tôi chuyển rồi, cho tôi nói chuyện với con! # from: me
  -> paid
* [Gọi 113 và nhà trường] (Chị gọi 113, rồi nhờ nhà trường hỏi các bạn thân của con.) # from: me
  -> police

=== negotiate ===
Không có thời gian. Gửi trước 100 triệu vào tài khoản này. Mỗi 30 phút chậm, giá tăng thêm 50 triệu. # from: them # delay: 1800 # flag: money_request # flag: urgency
Kèm theo là ảnh con chị mặc đồng phục trước cổng trường, lấy từ trang cá nhân của con. # from: system
* [Chuyển tiền] (Chị chuyển 100 triệu.) # from: me
  -> paid
* [Nhận ra ảnh lấy từ mạng, gọi 113] Ảnh này lấy từ trang cá nhân của con. (Chị gọi 113.) # from: me
  -> police

=== police ===
Cán bộ 113 hướng dẫn: "Chị không chuyển tiền, giữ nguyên tin nhắn. Nhiều khả năng cháu bị lừa 'bắt cóc online': kẻ gian giả công an dọa cháu, bắt cháu đến nhà nghỉ một mình, tắt định vị." # from: system
Cán bộ hỏi: cháu có tài khoản ngân hàng, ứng dụng định vị gia đình hay bạn thân nào có thể liên lạc không? # from: system
* [Cung cấp thông tin, tìm vị trí] (Chị gửi ảnh con, số điện thoại, tài khoản mạng xã hội, và mở lịch sử định vị gia đình.) # from: me
  -> locate
* [Vẫn muốn chuyển tiền cho chắc] Tôi sợ lắm, hay tôi cứ chuyển một ít cho họ yên? # from: me
  -> dont_pay

=== dont_pay ===
Cán bộ: "Chuyển tiền không giúp cháu an toàn hơn, họ sẽ đòi tiếp. Chị giữ liên lạc với chúng tôi." # from: system
-> locate

=== locate ===
Lịch sử định vị cho thấy điện thoại của con tắt lần cuối gần một nhà nghỉ cách trường 3 km. # from: system
Kẻ lạ nhắn: "Tôi biết chị đã gọi công an. Chuyển ngay 50 triệu nếu muốn con an toàn." # from: them # delay: 1600 # flag: blackmail # flag: money_request
* [Không trả lời, báo công an vị trí] (Chị không trả lời, gửi vị trí cho công an và đi cùng cán bộ đến đó.) # from: me
  -> found
* [Trả lời để kéo dài thời gian] Tôi đang gom tiền, cho tôi 30 phút. (Chị vừa nhắn vừa báo vị trí cho công an.) # from: me
  -> found

=== found ===
Công an tìm thấy con chị một mình trong phòng nhà nghỉ, điện thoại vẫn đang video call với "cán bộ điều tra". Con khóc: "Họ bảo con là tội phạm rửa tiền, không được nói với mẹ." # from: system
* [Ôm con, không trách] Mẹ ở đây rồi. Con không có lỗi gì cả. # from: me
  -> ending_safe
* [Hỏi dồn vì sao con tin] Sao con lại tin những người đó? # from: me
  -> gentle

=== gentle ===
Cán bộ nhẹ nhàng nhắc: "Cháu bị dọa rất bài bản, người lớn cũng bị lừa. Lúc này cháu cần được an ủi." Chị ôm con. # from: system
-> ending_safe

=== paid ===
Chị chuyển 100 triệu. Kẻ lạ đòi thêm 200 triệu, không cho nói chuyện với con. # from: system # flag: money_request
* [Tiếp tục chuyển] (Chị vay mượn để chuyển tiếp.) # from: me
  -> ending_unsafe
* [Dừng lại, gọi 113] (Chị gọi 113 và báo ngân hàng.) # from: me
  -> police_late

=== police_late ===
Công an hướng dẫn chị báo ngân hàng phong tỏa giao dịch, rồi cùng chị tìm vị trí con. Con được tìm thấy an toàn ở một nhà nghỉ. # from: system
-> ending_recovered

=== ending_safe ===
Chị không chuyển tiền, gọi 113 ngay, cung cấp thông tin; con được tìm thấy an toàn và được an ủi. # from: system # outcome: safe
Dấu hiệu "bắt cóc online": video con một mình trong phòng lạ, đòi tiền chuộc gấp, cấm báo công an, dùng ảnh lấy từ mạng xã hội; con trước đó bị giả công an dọa, bắt giữ bí mật, đến nhà nghỉ một mình, tắt định vị. # debrief
Không chuyển tiền. Gọi 113 ngay, giữ nguyên tin nhắn và video, liên lạc nhà trường, bạn thân, dùng định vị gia đình. # debrief
Dặn con từ trước: công an thật không làm việc qua video call, không bắt giữ bí mật với bố mẹ, không bảo con đi đâu một mình, không đòi tiền. # debrief
Khi gặp lại con, hãy ôm con trước. Con là nạn nhân, không phải người có lỗi. # debrief
-> END

=== ending_recovered ===
Chị mất 100 triệu, nhưng đã dừng lại, báo công an và ngân hàng. Con được tìm thấy an toàn. # from: system # outcome: safe
Đây không phải lỗi của anh/chị hay của con. Kẻ gian dựng kịch bản để cha mẹ hoảng loạn. # debrief
Chuyển tiền không đổi lấy sự an toàn của con. Gọi 113 càng sớm càng tốt. # debrief
Báo ngân hàng ngay để phong tỏa, lưu mọi bằng chứng. Nói chuyện với con về chiêu "bắt cóc online" khi con đã bình tĩnh. # debrief
-> END

=== ending_unsafe ===
Chị chuyển tổng cộng 300 triệu. Kẻ gian biến mất. Con vẫn một mình ở nhà nghỉ, cho đến khi nhân viên nhà nghỉ thấy lạ và báo công an. # from: system # outcome: unsafe
Đây không phải lỗi của anh/chị hay của con. Kẻ gian cố tình dựng cảnh để cha mẹ không kịp suy nghĩ. # debrief
Lời dặn "báo công an là mất con" là để cô lập gia đình. Gọi 113 là việc đầu tiên cần làm. # debrief
Trình báo ngay, báo ngân hàng phong tỏa, lưu mọi bằng chứng. Hỗ trợ tâm lý cho con sau sự việc, có thể gọi 111 để được tư vấn. # debrief
-> END
