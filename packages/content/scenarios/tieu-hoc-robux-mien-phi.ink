# title: Robux miễn phí?
# title_en: Free Robux?
# band: primary
# strand: scams
# scheme: game_scam
# scheme: account_takeover
# scheme: phishing_link
# contact: BeNa_TangQua2015
# platform: roblox
# minutes: 4

-> start

=== start ===
Em đang chơi Roblox thì có một bạn lạ nhắn tin. # from: system
Hi bạn ơi! Bạn chơi giỏi quá à 😍 # from: them # delay: 1200 # flag: flattery_trust
Mình có cách nhận 10.000 Robux miễn phí nè! # from: them # delay: 1500 # flag: gift_offer # flag: too_good_to_be_true
Chỉ hôm nay thôi nha, hết giờ là mất đó! # from: them # delay: 1000 # flag: urgency
* [Trả lời: "Muốn! Làm sao vậy?"] Muốn chứ! Làm sao để nhận vậy bạn? # from: me
  -> how
* [Hỏi: "Bạn là ai?"] Bạn là ai vậy? Mình đâu có quen bạn. # from: me
  -> who
* [Mang máy ra hỏi bố] Bố ơi, có bạn lạ trong Roblox bảo cho con Robux miễn phí. Bố xem giúp con với! # from: me
  -> ask_dad

=== how ===
Dễ lắm! Bạn gửi mình tên đăng nhập với mật khẩu nha. # from: them # delay: 1400 # flag: credential_request
Mình vào nạp Robux cho bạn xong là trả lại liền. # from: them # delay: 1200
Đừng nói với bố mẹ nha, người lớn biết là sự kiện bị khóa á. # from: them # delay: 1500 # flag: secrecy
* [Gửi mật khẩu cho bạn ấy] Tên mình là bi_sieunhan, mật khẩu là bi123456 nè. # from: me
  -> sent_password
* [Hỏi: "Sao phải đưa mật khẩu?"] Sao phải đưa mật khẩu vậy? Cô giáo bảo không được cho ai mật khẩu mà. # from: me
  -> pressure
* [Không trả lời, đi hỏi bố] Bố ơi, bạn này đòi mật khẩu Roblox của con để nạp Robux. Có được không bố? # from: me
  -> ask_dad

=== who ===
Mình là admin sự kiện của Roblox đó! # from: them # delay: 1300 # flag: authority_claim
Bạn vào link này, đăng nhập là nhận quà: roblox-quatang.online/nhan # from: them # delay: 1600 # flag: suspicious_link # flag: credential_request
Nhanh lên nha, còn có 5 phút thôi! # from: them # delay: 900 # flag: urgency
* [Bấm vào link] Để mình bấm thử xem. # from: me
  -> fake_page
* [Nói: "Admin thật không nhắn riêng đâu"] Admin thật không đi nhắn riêng cho trẻ con đâu. Mình không bấm. # from: me
  -> pressure
* [Đi hỏi bố] Bố ơi, có người tự nhận là admin Roblox gửi link cho con. Bố xem giúp con nhé. # from: me
  -> ask_dad

=== fake_page ===
Một trang web hiện ra, trông giống hệt trang đăng nhập Roblox. # from: system
Ở trên có dòng chữ: "Nhập mật khẩu để nhận 10.000 Robux". # from: system # flag: credential_request
Địa chỉ trang là roblox-quatang.online, không phải roblox.com. # from: system # flag: suspicious_link
* [Nhập mật khẩu] Mình nhập xong rồi nè, bao giờ có Robux vậy? # from: me
  -> sent_password
* [Thoát ra, hỏi bố] Bố ơi, trang này lạ lắm, địa chỉ không phải roblox.com. Con có nên nhập mật khẩu không? # from: me
  -> ask_dad

=== pressure ===
Bạn không tin mình à? Các bạn khác nhận hết rồi đó. # from: them # delay: 1500
Không làm nhanh là mình cho người khác đó nha. # from: them # delay: 1000 # flag: urgency
* [Thôi, gửi mật khẩu cho nhanh] Thôi được rồi, mật khẩu của mình là bi123456. # from: me
  -> sent_password
* [Chặn và báo cáo] Mình không cần Robux kiểu này đâu. # from: me
  -> blocked_alone

=== blocked_alone ===
Em bấm Chặn và Báo cáo tài khoản đó. # from: system
Một lúc sau, một tài khoản mới nhắn: "Sao bạn chặn mình? Mình có quà to hơn nè!" # from: system # flag: gift_offer
* [Kể cho bố nghe] Bố ơi, có người cứ đổi tài khoản nhắn cho con đòi mật khẩu. Con chặn rồi mà họ vẫn nhắn. # from: me
  -> ending_safe_told
* [Không kể, tự xử lý] Mình chặn luôn bạn này. Chắc không cần kể với ai. # from: me
  -> ending_safe_alone

=== ask_dad ===
Bố đọc tin nhắn và nhíu mày. # from: system
Bố: "Robux chỉ mua trong ứng dụng thôi con. Ai đòi mật khẩu là lừa đấy." # from: system
Đúng lúc đó, bạn kia nhắn tiếp: "Sao im vậy? Gửi nhanh lên!" # from: them # delay: 1200 # flag: urgency
* [Cùng bố chặn và báo cáo] Con với bố chặn và báo cáo bạn này luôn nhé! # from: me
  -> dad_block
* [Nhắn lại mắng bạn ấy] Đồ lừa đảo! Mình biết hết rồi nha! # from: me
  -> dad_reply

=== dad_reply ===
Ờ thì thôi, không chơi với bạn nữa. Mình biết nhà bạn đó nha. # from: them # delay: 1500 # flag: accusation_threat
Bố: "Không sao đâu con, họ chỉ dọa thôi. Mình không cần trả lời nữa." # from: system
* [Chụp màn hình rồi chặn] Con chụp màn hình lại rồi chặn nhé bố. # from: me
  -> ending_safe_told
* [Xóa hết tin nhắn cho đỡ sợ] Con xóa hết đi cho đỡ sợ nha bố. # from: me
  -> ending_safe_told

=== dad_block ===
Bố chỉ em cách bấm Chặn và Báo cáo. # from: system
Bố: "Mình bật thêm mã khóa và xác minh 2 bước cho tài khoản nhé?" # from: system
* [Bật xác minh 2 bước] Dạ, con bật luôn. Mật khẩu chỉ con với bố mẹ biết thôi. # from: me
  -> ending_safe_told
* [Thôi, phiền lắm] Phiền lắm bố ơi, con nhớ rồi mà. # from: me
  -> ending_safe_told

=== sent_password ===
Ok đợi mình 5 phút nha! # from: them # delay: 1000
Mười phút sau… # from: system
Em không đăng nhập được nữa. Mật khẩu đã bị đổi. # from: system
Acc của bạn giờ là của mình rồi. Muốn lấy lại thì bảo mẹ mua thẻ cào 200k gửi mã cho mình. # from: them # delay: 1800 # flag: money_request
Mà kể với bố mẹ là mình xóa acc luôn đó! # from: them # delay: 1200 # flag: secrecy # flag: blackmail
* [Lấy tiền heo đất mua thẻ cào] Đợi mình chút, mình đi mua thẻ cào. # from: me
  -> paid
* [Kể cho bố mẹ] Bố ơi, con lỡ đưa mật khẩu Roblox, giờ người ta đòi tiền. Con sợ lắm. # from: me
  -> ending_recovered

=== paid ===
Em gửi mã thẻ 200.000đ. # from: system
Cảm ơn nha. Nhưng phải thêm 500k nữa mới trả acc. # from: them # delay: 1500 # flag: money_request
* [Tiếp tục gửi] Mình hết tiền rồi… để mình lấy thêm. # from: me
  -> ending_unsafe
* [Dừng lại, kể với mẹ] Mẹ ơi, con bị lừa rồi. Con xin lỗi mẹ… # from: me
  -> ending_recovered

=== ending_safe_told ===
Em không đưa mật khẩu, đã chặn, báo cáo và kể với bố. Tài khoản của em an toàn. # from: system # outcome: safe
Dấu hiệu lừa: quà quá hời (Robux miễn phí), giục "nhanh lên", đòi mật khẩu, bảo "đừng nói với bố mẹ". # debrief
Robux và kim cương thật chỉ mua trong ứng dụng, không ai tặng qua tin nhắn riêng. # debrief
Mật khẩu là bí mật của em với bố mẹ. Không đưa cho ai, kể cả người xưng là admin. # debrief
Bật xác minh 2 bước giúp tài khoản an toàn hơn. Chụp màn hình làm bằng chứng rồi mới chặn. # debrief
-> END

=== ending_safe_alone ===
Em không đưa mật khẩu và đã chặn tài khoản lạ. Em an toàn, nhưng chưa kể với ai. # from: system # outcome: safe
Em đã làm đúng khi không đưa mật khẩu và bấm chặn. # debrief
Người lừa thường đổi tài khoản để nhắn lại. Hãy kể với bố mẹ hoặc thầy cô để có người giúp em. # debrief
Dấu hiệu lừa: quà quá hời, giục nhanh, đòi mật khẩu, bảo giữ bí mật. # debrief
-> END

=== ending_recovered ===
Em bị mất tài khoản một lúc, nhưng đã kể với bố mẹ. Bố mẹ giúp em lấy lại tài khoản qua email và báo cáo kẻ lừa. # from: system # outcome: safe
Đây không phải lỗi của em. Em không một mình. Kể với bố mẹ là việc dũng cảm và đúng nhất. # debrief
Dấu hiệu lừa: Robux miễn phí, đòi mật khẩu, dọa "kể với bố mẹ là xóa acc". # debrief
Khi bị đòi tiền để "trả acc", đừng gửi thêm tiền hay mã thẻ nào. Giữ ảnh chụp màn hình làm bằng chứng. # debrief
-> END

=== ending_unsafe ===
Em mất tài khoản và mất thêm tiền, mà kẻ lừa vẫn không trả lại gì. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Kẻ lừa dùng quà miễn phí, giục nhanh và dọa để em sợ, không dám kể với ai. # debrief
Gửi tiền không giúp lấy lại tài khoản, chúng sẽ đòi thêm mãi. Hãy dừng lại và kể ngay với bố mẹ, thầy cô. # debrief
Em có thể gọi 111 (miễn phí) để được giúp đỡ. # debrief
-> END
