# title: Cô giáo đổi số mới?
# title_en: Teacher's "new number"?
# band: primary
# strand: scams
# scheme: impersonation_contact
# scheme: account_takeover
# contact: Cô Lan GVCN 4A (số mới)
# platform: zalo
# minutes: 4

-> start

=== start ===
Em đang dùng điện thoại của mẹ để xem bài tập thì có tin nhắn Zalo từ một số lạ: 0912 345 678. # from: system # flag: suspicious_phone
Con chào cô đi. Cô Lan chủ nhiệm lớp 4A đây, cô đổi số mới nhé. # from: them # delay: 1300 # flag: authority_claim
Cô đang cần con giúp một việc gấp, con ngoan nhất lớp mà. # from: them # delay: 1500 # flag: urgency # flag: flattery_trust
* [Chào cô, hỏi việc gì] Con chào cô ạ! Cô cần con giúp gì ạ? # from: me
  -> task
* [Hỏi: "Sao cô đổi số ạ?"] Con chào cô. Sao cô lại đổi số ạ? # from: me
  -> why_new
* [Đưa điện thoại cho mẹ] Mẹ ơi, có người nhắn là cô Lan đổi số mới, nhờ con việc gấp. Mẹ xem giúp con! # from: me
  -> mom_checks

=== why_new ===
Máy cũ của cô bị hỏng rồi con. Đừng gọi vào số cũ nhé, cô không nghe được đâu. # from: them # delay: 1500 # flag: suspicious_phone
Con giúp cô nhanh nhé, cô đang họp. # from: them # delay: 1000 # flag: urgency
* [Vâng lời cô] Dạ, con giúp cô ạ. # from: me
  -> task
* [Nói sẽ hỏi mẹ trước] Con hỏi mẹ con trước đã nhé cô. # from: me
  -> dont_tell

=== task ===
Cô vừa gửi một mã số vào điện thoại mẹ con để thêm mẹ vào nhóm phụ huynh. # from: them # delay: 1600
Con đọc mã 6 số trong tin nhắn cho cô nhé. Không cần hỏi mẹ đâu, mẹ đang bận mà. # from: them # delay: 1500 # flag: credential_request # flag: secrecy
Một tin nhắn mới hiện lên trên điện thoại mẹ: "Mã xác thực của bạn là 483 920. Không chia sẻ mã này cho bất kỳ ai." # from: system
* [Đọc mã cho "cô"] Mã là 483 920 ạ. # from: me
  -> gave_otp
* [Thấy dòng "không chia sẻ mã"] Tin nhắn ghi là không được chia sẻ mã cho ai mà cô. # from: me
  -> dont_tell
* [Hỏi mẹ] Mẹ ơi, cô Lan bảo con đọc mã số trong tin nhắn của mẹ. Có được không mẹ? # from: me
  -> mom_checks

=== dont_tell ===
Không cần hỏi đâu con! Cô là cô giáo mà, con không tin cô à? # from: them # delay: 1300 # flag: authority_claim
Nhanh lên không cả lớp bị trừ điểm thi đua đó. # from: them # delay: 1200 # flag: urgency # flag: accusation_threat
* [Sợ lớp bị trừ điểm, làm theo] Dạ con xin lỗi cô. Con đọc mã đây ạ: 483 920. # from: me
  -> gave_otp
* [Vẫn đi hỏi mẹ] Mẹ ơi, có người xưng là cô Lan cứ giục con, còn dọa trừ điểm lớp. # from: me
  -> mom_checks

=== gave_otp ===
Cô cảm ơn con nhé. # from: them # delay: 900
Một lúc sau, Zalo của mẹ bị đăng xuất. Em không vào được nữa. # from: system
Người kia nhắn tiếp: "Con nhờ mẹ mua giúp cô 3 thẻ cào 500 nghìn, chụp mã gửi cô. Mai cô gửi lại." # from: them # delay: 1800 # flag: money_request
* [Lấy tiền tiết kiệm đi mua thẻ] Dạ, con có tiền tiết kiệm, để con đi mua ạ. # from: me
  -> ending_unsafe
* [Kể ngay với mẹ] Mẹ ơi, con lỡ đọc mã trong điện thoại mẹ cho cô Lan số mới. Giờ Zalo của mẹ bị thoát ra rồi! # from: me
  -> mom_fix

=== mom_checks ===
Mẹ đọc tin nhắn, rồi gọi vào số cũ của cô Lan. # from: system
Cô Lan thật nghe máy: "Cô không đổi số, cũng không nhắn cho con đâu chị ạ." # from: system
Người kia vẫn nhắn: "Con ơi, nhanh lên nào!" # from: them # delay: 1000 # flag: urgency
* [Cùng mẹ chặn và báo cáo] Mẹ ơi, mình chặn số này đi! # from: me
  -> mom_block
* [Nhắn trêu lại] Cô giả mạo rồi! Con biết hết rồi nha! # from: me
  -> mom_block

=== mom_block ===
Mẹ chụp màn hình, chặn số và báo cho cô Lan để cô nhắc cả lớp. # from: system
Mẹ: "Con nhớ quy tắc của nhà mình chưa: mã số trong tin nhắn không đọc cho ai hết." # from: system
* [Nhắc lại quy tắc] Dạ, mã số trong tin nhắn là bí mật, không đọc cho ai, kể cả cô giáo. # from: me
  -> ending_safe
* [Hỏi thêm] Thế nếu là cô giáo thật thì sao hả mẹ? # from: me
  -> ending_safe

=== mom_fix ===
Mẹ không mắng em. Mẹ dùng máy khác đăng nhập lại Zalo, đổi mật khẩu và báo cho bạn bè: "Nếu ai nhắn mượn tiền bằng Zalo của tôi thì đừng tin." # from: system
Mẹ gọi cho cô Lan thật và báo cho nhà trường. # from: system
-> ending_recovered

=== ending_safe ===
Em không đọc mã, đã hỏi mẹ. Mẹ kiểm tra với cô giáo thật bằng số cũ và chặn số giả. # from: system # outcome: safe
Dấu hiệu lừa: "cô đổi số mới", "đừng gọi số cũ", giục gấp, đòi mã số trong tin nhắn, bảo không cần hỏi mẹ. # debrief
Mã số gửi về điện thoại (mã OTP) là chìa khóa tài khoản. Không đọc cho ai, kể cả người xưng là thầy cô. # debrief
Khi ai đó "đổi số mới", hãy nhờ bố mẹ gọi lại số cũ hoặc hỏi trực tiếp ở trường. # debrief
-> END

=== ending_recovered ===
Zalo của mẹ bị chiếm một lúc, nhưng nhờ em kể ngay nên mẹ lấy lại được và báo mọi người. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Kể ngay là việc làm đúng nhất. # debrief
Dấu hiệu lừa: số lạ xưng là cô giáo, "đừng gọi số cũ", giục gấp, xin mã số trong tin nhắn, bảo không cần hỏi mẹ. # debrief
Mã OTP không bao giờ đọc cho ai. Nếu lỡ đọc, báo ngay bố mẹ để đổi mật khẩu và báo cho người thân. # debrief
-> END

=== ending_unsafe ===
Em mua thẻ cào gửi mã cho kẻ lừa. Zalo của mẹ vẫn bị chiếm và chúng dùng nó nhắn hỏi vay tiền người thân. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ lừa giả cô giáo, giục gấp và dọa trừ điểm để em không kịp hỏi mẹ. # debrief
Không đọc mã OTP, không mua thẻ cào gửi mã cho ai qua tin nhắn. Kể với bố mẹ ngay cả khi đã lỡ làm, càng sớm càng tốt. # debrief
-> END
