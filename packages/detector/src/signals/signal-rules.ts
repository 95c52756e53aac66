import type { SignalId } from '../types.js';

/**
 * How a phrase rule reacts to what precedes it in its clause.
 * - `negatable`: a request that a warning forbids ("không chuyển tiền", "never share your
 *   code") is not a request, so a negator just before it cancels the match;
 * - `described`: a role that a warning describes ("người tự xưng công an") is not a claim, so
 *   an impersonation word just before it cancels the match.
 */
export interface SignalRule {
  id: SignalId;
  /**
   * Patterns over the folded text (see `normalize`), Vietnamese and English together.
   * A space also matches no space ("cong an" finds "congan"); `~N` skips up to N words;
   * `{NAME}` inserts a shared fragment from {@link FRAGMENTS}.
   */
  patterns: readonly string[];
  negatable?: boolean;
  described?: boolean;
  /** A request reported as done ("mẹ chuyển cho con rồi", "bố đã chuyển") is not a request. */
  done?: boolean;
}

/** Word lists shared by several rules. */
export const FRAGMENTS: Readonly<Record<string, string>> = {
  AUTH:
    '(cong an|canh sat|csgt|vien kiem sat|kiem sat vien|toa an|tham phan|dieu tra vien|co quan dieu tra|' +
    'co quan cong an|bo cong an|cuc canh sat|phong canh sat|an ninh mang|thanh tra|cuc thue|chi cuc thue|' +
    'co quan thue|hai quan|buu dien|can bo|thuong ta|trung ta|dai uy|thieu ta|dai ta|police|policeman|' +
    'police officer|the court|prosecutor|tax office|customs|interpol|fbi|detective|investigator)',
  ME: '(toi|chung toi|tao|anh|chu|chi|minh|em|to|bac|co|thay)',
  YOU: '(em|ban|con|chau|may|cau|you|u)',
  PARENTS:
    '(bo me|ba me|cha me|bo|me|ba|gia dinh|nguoi nha|nguoi than|thay co|co giao|thay giao|ban be|ai|ai het|ai ca|bat ky ai|nguoi khac|parents|mom|dad|mum|anyone|your family|family|teacher)',
  MONEY: '(tien|\\d+ ?(k|tr|trieu|nghin|ngan|cu|lit|d|dong|vnd|usd|ty)|phi|coc|khoan)',
  CRED:
    '(otp|ma otp|ma xac nhan|ma xac minh|ma xac thuc|ma kich hoat|ma bao mat|ma pin|pin|mat khau|password|pass|' +
    'ma \\d+ so|ma gom \\d+ so|thong tin dang nhap|verification code|security code|login code|the code|your code)',
  PHOTO: '(anh|hinh|hinh anh|video|clip|pic|pics|photo|photos|picture|pictures|selfie|nudes|nude)',
  SEXY:
    '(nong|sexy|nhay cam|khoa than|ho hang|body|than hinh|rieng tu|luc tam|do lot|bikini|khong mac|' +
    'nude|naked|private|hot|in your underwear)',
  SUBST:
    '(pod|vape|vape pod|thuoc la dien tu|tinh dau|bong cuoi|khi cuoi|nuoc vui|keo vui|keo ngam|can sa|ma tuy|' +
    'thuoc lac|thuoc vui|ketamin|tem giay|nuoc xanh|weed|edibles|molly|ecstasy|laughing gas|nos|pills?)',
  PRIVATE_APP:
    '(zalo|telegram|tele|messenger|mess|kakao|line|viber|whatsapp|signal|discord|snapchat|snap|instagram|' +
    'insta|wechat|nhan tin rieng|chat rieng|private chat|dm)',
};

/** Phrase rules, one or more per signal; `suspicious_link` and `suspicious_phone` come from the link and phone checkers. */
export const SIGNAL_RULES: readonly SignalRule[] = [
  {
    id: 'authority_claim',
    described: true,
    patterns: [
      '{ME} (la|o|ben|tu|thuoc|dang cong tac tai|lam viec tai|goi tu|goi den tu) ~2 {AUTH}',
      '{AUTH} (dang|se|yeu cau|thong bao|moi|trieu tap|can|muon|lam viec|dieu tra|xac minh|goi|da|phat hien|de nghi|xin thong bao)',
      '(day la|this is|i am|im|we are|calling from|from the) ~1 {AUTH}',
      '(giay trieu tap|lenh trieu tap|quyet dinh khoi to|cong van|ho so vu an|ma vu an|so hieu can bo)',
      '(cap nhat|kich hoat|tich hop|xac thuc) ~3 (vneid|dinh danh dien tu|muc dinh danh|can cuoc cong dan)',
    ],
  },
  {
    id: 'accusation_threat',
    described: true,
    patterns: [
      '(lien quan|dinh liu|dinh vao|co lien quan|tiep tay|dung ten) ~3 (duong day|vu an|rua tien|ma tuy|buon lau|lua dao|toi pham|danh bac|buon nguoi|chuyen tien trai phep)',
      'rua tien',
      '(lenh bat|bat giam|bat tam giam|truy na|khoi to|tam giam|di tu|ngoi tu|truy cuu trach nhiem|phat tu)',
      '(bi|se bi|co the bi) (bat(?! ?nat)|xu ly|phat|khoa|dong bang|phong toa|cam xuat canh|dua vao danh sach)',
      '(dong bang|phong toa|tam giu) (tai khoan|tien)',
      '(vi pham|pham toi|pham phap)',
      '(money laundering|arrest warrant|you will be arrested|criminal (case|charges)|legal action|you are under investigation|involved in (a )?crime)',
    ],
  },
  {
    id: 'secrecy',
    patterns: [
      '(khong|dung) (duoc|nen|can)? (noi|ke|ke lai|chia se|tiet lo|bao|cho biet|ho) (chuyen nay|dieu nay|viec nay|gi|nhe|ra|cho)? (voi|cho) {PARENTS}',
      '(khong|dung) (de|cho) (bo me|ba me|bo|me|gia dinh|nguoi nha|ai|thay co) (biet|thay|doc|hay)',
      '(bo me|ba me|cha me|nguoi nha|gia dinh) (khong|chang) (can|nen|duoc) biet',
      '(giu|giu kin) (bi mat|kin|chuyen nay)',
      '(bi mat|chuyen rieng) (giua|cua) (hai )?(chung ta|minh|anh em|hai dua|hai nguoi)',
      'chi (hai )?(chung ta|minh|anh em|hai dua) (biet|thoi)',
      '(xoa|xoa het|xoa sach) (tin nhan|doan chat|lich su|cuoc tro chuyen|chat|het tin nhan)',
      '(keep (it|this|this chat)|our little) secret',
      '(dont|do not|never) tell {PARENTS}',
      '(between (you and me|us)|delete (this|the|these|our) (chat|messages|conversation))',
    ],
  },
  {
    id: 'isolation',
    negatable: true,
    patterns: [
      '(thue|dat|thue tam) (mot |1 )?(phong|nha nghi|khach san|homestay|can ho)',
      // "ở phòng khách", "ở phòng đa năng" are rooms at home or school, not a rented room.
      'o (mot |1 )?(nha nghi|khach san|homestay|can ho|phong (thue|tro|rieng|mot minh))',
      '(mot minh|1 minh) ~4 (khach san|nha nghi|phong|homestay)',
      '(khach san|nha nghi|homestay) ~4 (mot minh|1 minh)',
      '(tat|khoa|vo hieu) (dinh vi|vi tri|gps|chia se vi tri|dien thoai|may|location)',
      '(goi video|bat camera|video call|giu cuoc goi|giu may) (lien tuc|suot|24 ?\\d*|ca dem|khong duoc tat)',
      '(roi|bo) (khoi )?nha (di|ngay|mot minh)',
      '(rent a (hotel )?room|book a room|turn off (your )?(location|phone|gps)|come alone|go alone|stay on (the )?video)',
    ],
  },
  {
    // The order itself is a negation ("không nghe máy của bố mẹ"), so it cannot be negatable.
    id: 'isolation',
    patterns: [
      '(khong|dung) (duoc )?(nghe|bat|tra loi|goi) (may|dien thoai|cuoc goi|cho) (cua )?(bo me|ba me|gia dinh|nguoi nha|ai)',
      '(ngat|cat|khong duoc) lien lac (voi )?(gia dinh|bo me|ba me|nguoi nha|ai)',
      'dont (answer|call|tell) (your )?(parents|mom|dad|family)',
    ],
  },
  {
    id: 'urgency',
    patterns: [
      '(ngay lap tuc|ngay bay gio|lap tuc|khan cap|gap gap|khan truong|cang som cang tot|nhanh len|kip thoi)',
      '(chuyen|gui|nap|lam|tra loi|xu ly|can tien|can) gap',
      'trong (vong )?\\d+ (phut|gio|tieng|h)',
      '(con|chi con) \\d+ (phut|gio|tieng|suat|slot)',
      '(han chot|het han|qua han|het hieu luc) (hom nay|trong|vao)',
      '(urgent|urgently|immediately|right now|asap|last chance|expires today|within \\d+ (minutes|hours))',
    ],
  },
  {
    id: 'money_request',
    negatable: true,
    done: true,
    patterns: [
      '(chuyen|gui|nap|dong|nop|banking|bank|ung) ~2 {MONEY}',
      '(chuyen khoan|so tai khoan)',
      '(mua|gui|nap|cao) (cho )? ~1 (the cao|the game|the garena|the dien thoai|the viettel|the mobi|the vina|card|ma the|seri)',
      '(ma the|so seri|seri the)',
      '(cho|giup) {ME} (vay|muon) ~2 (tien|\\d+)',
      '(vay|muon) (tam )?(it )?tien',
      'tai khoan (an toan|tam giu|chuyen dung|cua co quan|kiem tra)',
      '(send|transfer|wire|pay|give) (me )? ~2 (money|cash|\\$ ?\\d+|\\d+ ?(dollars|usd|vnd|dong)|gift cards?|the fee|a fee|bitcoin|crypto)',
      '(gift card|steam card|itunes card) (codes?)?',
    ],
  },
  {
    id: 'deposit_first',
    negatable: true,
    patterns: [
      '(dat coc|coc truoc|tien coc|ky quy|ung truoc)',
      '(chuyen|thanh toan|tra|gui|nop|dong) (tien |khoan )?truoc',
      '(phi|le phi|tien) (kich hoat|ho so|giu cho|dang ky|mo khoa|giai ngan|bao hiem|thu tuc|nhan thuong|nhan qua|van chuyen|ship|xac minh|bao lanh|rut tien|thue)',
      '(nop|dong|chuyen) (phi|tien|thue) ~3 (de|moi) (duoc |co the )?(nhan|rut|lam|bat dau|giai ngan)',
      // Task scams: pay in to "unlock" a balance or the next task ("nạp 3 triệu mới rút được").
      '(nap|nap them|chuyen|chuyen khoan) ~4 (thi )?(moi|de) (duoc |co the )?(rut|nhan hoa hong|nhan nhiem vu|mo khoa)',
      '(phi|le phi|tien) (khoi phuc|mo bang|dong phuc|the nhan vien|tham gia|mo tai khoan|nang cap|nang han muc|xet duyet|tham dinh)',
      '(mua|dat) (truoc )?(bo dung cu|nguyen lieu|goi tai khoan|don dau tien|bo kit) ~3 (truoc|roi|de)',
      '(buy|top up|purchase) ~3 (starter|first|to start|to unlock|task)',
      '(deposit|upfront|pay first|activation fee|processing fee|registration fee|release fee|unlock fee)',
    ],
  },
  {
    id: 'credential_request',
    negatable: true,
    patterns: [
      '(gui|doc|dua|cung cap|nhap|xin|chup|noi|bao|send|share|give|tell|read) ~3 {CRED}',
      '{CRED} (vua gui|gui ve|gui den|trong tin nhan|ve may|ve dien thoai|ve so)',
      '(ma|code) (vua|moi) (gui|nhan|den)',
      'dang nhap ~3 (link|trang|duong dan|web|tai day|vao day|de nhan|de binh chon|de xac minh)',
      '(cho|de) {ME} (muon|thue|mua|dung) (nick|acc|tai khoan|zalo|facebook|fb|account)',
      '(lend|borrow|rent) (me )?(your )?(account|acc)',
      '(verify|confirm|log in to|login to|sign in to) (your )?(account|identity|wallet)',
    ],
  },
  {
    id: 'personal_info_request',
    negatable: true,
    patterns: [
      '(cho|gui|xin|dua|noi|cung cap) ~3 (dia chi|so dien thoai|can cuoc|chung minh nhan dan|anh can cuoc|ngay sinh|ten bo me|so tai khoan ngan hang|thong tin ca nhan)',
      'nha {YOU} (o|o so) (dau|duong nao|so may|cho nao)',
      '{YOU} (hoc|o) (truong|lop) nao',
      '{YOU} (dang )?o (dau|nha mot minh|nha 1 minh)',
      '(o nha|home) (mot minh|1 minh|alone)',
      '(bo me|ba me) {YOU} (lam|di) (gi|dau|may gio|nghe gi)',
      '(what is|whats|send me) your (address|phone number|number|school)',
      '(where do you live|which school)',
    ],
  },
  {
    id: 'photo_request',
    negatable: true,
    patterns: [
      '(gui|chup|cho xem|khoe|send|show|take) ~3 {PHOTO} ~2 {SEXY}',
      '(bat|mo) (cam|camera|webcam) (len )?(cho|de)? ~1 (xem|ngam|thay)',
      '(cho|de) {ME} (xem|ngam|nhin) (nguoi|than hinh|body|nguc|nguoi em)',
      '(coi|coi het|bo) (do|ao|quan) (ra )?(cho|di)',
      '(gui|cho|xin) ~1 (anh|hinh|pic|selfie) (cua )?(em|ban|may) (di|nhe|nha|duoc khong|voi|xem)',
      '(video call|goi video|call video) (rieng|rieng tu|mot minh|khi khong co ai)',
      '(send|show) (me )?(a |some |your )?(pics|pic|photo|photos|picture|nudes|body)',
      '(turn on|open) (your )?(cam|camera|webcam)',
      'take (it )?off',
    ],
  },
  {
    id: 'flattery_trust',
    patterns: [
      '{YOU} (rat |that |qua |cung )?(xinh|dep|de thuong|dang yeu|truong thanh|hieu chuyen|khac biet|dac biet|thong minh hon)',
      'truong thanh hon (tuoi|so voi|ban be)',
      'chi (co )?{ME} (moi )?hieu {YOU}',
      '(khong ai|chang ai) hieu {YOU} (bang|nhu)',
      '{ME} (thuong|yeu|quy|thich|lo cho) (em|ban|con|chau) (nhat|that long|lam|nhieu|that su)',
      '{YOU} la (nguoi )?(dac biet|duy nhat)',
      '(tin|hay tin|cu tin) (anh|chu|minh|toi|to) (di|nhe|nha)',
      '{ME} se (bao ve|cham soc|lo cho|o ben|luon ben) (em|ban|con|chau)',
      '(bo me|ba me) {YOU} (khong|chang) (hieu|quan tam|thuong)',
      '(you are|youre|so) (so )?(mature|pretty|beautiful|special|different)',
      '(only i|no one else) (understand|gets|get) you',
      '(you can trust me|trust me)',
    ],
  },
  {
    id: 'gift_offer',
    patterns: [
      '(tang|cho|gui|mua|nap|tai tro) (cho )?{YOU}? ~1 (qua|phan qua|the game|the cao|card|robux|kim cuong|skin|quan huy|ruby|dien thoai|iphone|tien tieu|trang bi|acc vip)',
      '(qua|phan qua|qua tang) (mien phi|hap dan|cho ban|cho em)',
      'free (kim cuong|skin|robux|quan huy|ruby|acc|vbucks|v bucks|gems|diamonds)',
      '(nhan|phat|tang|san) (qua|thuong|giftcode|gift code|code|kim cuong|robux|skin) (mien phi|free|ngay)?',
      '(giftcode|gift code)',
      '(ill|i will|let me) (buy|get|give) you',
      'free (gift|robux|vbucks|skins|gems|diamonds|iphone|money)',
    ],
  },
  {
    id: 'too_good_to_be_true',
    patterns: [
      '(trung thuong|trung giai|trung xe|trung iphone|trung sh|giai dac biet|giai nhat)',
      '(duoc chon|may man duoc chon|khach hang may man|nguoi may man)',
      'viec nhe luong cao',
      '(moi|mot|1) (luot|video|kien|san pham|nhiem vu|danh gia|binh luan) ~1 (duoc |nhan |tra )?\\d+ ?(k|d|dong|nghin|ngan|tr)',
      '(luong|thu nhap|hoa hong|loi nhuan) (cao|khung|hap dan|len den|tu) ~1 \\d*',
      '(kiem|lam|thu nhap|luong|nhan) (tien|\\d+ ?(k|tr|trieu|nghin|cu)) ~3 (moi ngay|1 ngay|mot ngay|tai nha|de dang|mot gio|1 gio|nhanh)',
      '(khong can|chang can) (kinh nghiem|von|the chap|chung minh thu nhap|giay to|bang cap|gap mat|bo me ky|phu huynh ky|tham dinh|hop dong)',
      '(giai ngan|duyet (ho so|vay)?) ~1 (nhanh|ngay|lien|trong \\d+ ?(phut|gio))',
      '(luong|tra|nhan|kiem|thu nhap|cat xe|cast) (duoc |tien |len den |tu )?\\d+ ?(k|tr|trieu|nghin|cu) ?(moi |mot |1 )?(ngay|buoi|gio)',
      '(hoan tien|loi nhuan|hoa hong) \\d+ ?%',
      '(x2|x3|gap doi|nhan doi|nhan ba) (tien|nap|so du|kim cuong)',
      '(nap|nap dau|nap lan dau) (nhan|tang|duoc) ~2 \\d+ ?(k|tr|trieu|nghin|%)?',
      '(you (have )?won|youre a winner|congratulations you|selected (as )?(a |the )?winner|claim your (prize|reward))',
      '(easy money|earn \\$?\\d+ (a|per) (day|hour)|no experience (needed|required)|guaranteed (income|profit|return))',
    ],
  },
  {
    id: 'move_private',
    negatable: true,
    patterns: [
      '(chuyen|qua|sang|doi|nhan tin|lien he|ket ban|them|add|tai|cai) (qua |sang |vao |bang )?{PRIVATE_APP}',
      '(nhan tin|noi chuyen|chat) (rieng|rieng tu|rieng voi)',
      '(so zalo|zalo) (cua )?(anh|chi|minh|chu|to)',
      '(tai|cai) (app|ung dung) (nay|kia|nay ve|theo link)',
      '(move|talk|chat|message me|text me|add me) (to|on) (snapchat|telegram|whatsapp|discord|kik|wickr|private)',
      '(dm me|private message)',
    ],
  },
  {
    id: 'meet_offline',
    negatable: true,
    patterns: [
      '(hen|muon|di|ra|cung|can|duoc|se|di ra) gap (nhau|mat|em|ban|anh|chu|minh|truc tiep)',
      'gap (nhau|mat|truc tiep) (di|nhe|nha|o|tai|ngoai|ngay|khong|duoc)',
      '{ME} (den|qua|toi|ra) (don|tim|gap) (em|ban|con|chau)',
      '(den|toi|ra|qua) (nha|quan|khach san|nha nghi|cong vien|cho|diem hen|phong) ~3 (gap|doi|cho|tim) (anh|minh|chu|toi)',
      '(hen|gap) (o|tai) (quan|cong truong|cafe|ca phe|cong vien|ben xe|ngo|khach san|nha nghi)',
      '(di|ra) (ngoai )?choi (voi|cung) (anh|chu|minh)',
      '(dua|don) (em|ban|con|chau) di (choi|an|xem|dao)',
      '(meet (up|me|in person|irl)|lets meet|pick you up|come (over )?to my (place|house|hotel|room))',
    ],
  },
  {
    id: 'age_probe',
    patterns: [
      '{YOU} (bao nhieu|may) tuoi',
      '{YOU} (hoc )?lop (may|bao nhieu)',
      '{YOU} sinh nam (bao nhieu|nao|may)',
      'nam nay {YOU}? (bao nhieu|may) tuoi',
      '{YOU} (con )?(la )?(hoc sinh|hoc cap) (cap )?(may|nao|2|3)?',
      '(how old are you|what grade are you|are you (under|over) 18|asl)',
    ],
  },
  {
    id: 'blackmail',
    patterns: [
      '(tung|phat tan|pha tan|lan truyen|leak) ~3 {PHOTO} ~4 (len|khap|facebook|fb|mang|mang xa hoi|tiktok|nhom|cho (ca|moi|bo|ba|gia|ban|thay|nguoi))',
      // Posting is a threat when it is the reader's photo ("đăng ảnh mày lên"), not "đăng ảnh cả nhóm".
      '(dang|dang len|share|up|post) ~1 {PHOTO} (cua )?{YOU} ~4 (len|khap|facebook|fb|mang|mang xa hoi|tiktok|nhom|group|story|cho (ca|moi|bo|ba|gia|ban|thay|nguoi))',
      '(gui|chia se|gui het) ~3 {PHOTO} ~3 cho (bo me|ba me|gia dinh|ca truong|ca lop|ban be|moi nguoi|thay co|nguoi yeu|nguoi than|thay chu nhiem|co chu nhiem|phu huynh)',
      '(neu|khong thi|khong la|neu khong|bang khong) ~5 (tung|phat tan|dang len|gui cho|pha tan|bia dat)',
      '{PHOTO} (nong|nhay cam|khoa than|khong mac) ~3 (cua )?{YOU}',
      '(tao|anh|chi|chung toi|minh) (co|dang giu|giu|luu|quay lai) ~1 {PHOTO} ~2 (cua )?{YOU}',
      // Not "cả nhà xem" (a family watching TV): the family is named as the reader's.
      '(ca truong|ca lop|ca nha {YOU}|ca the gioi|ai cung|moi nguoi|bo me {YOU}) (se )?(biet|thay|nhan duoc)',
      '(i will|ill|gonna|going to) (post|share|send|leak|expose|publish) ~2 (pics|photos|video|nudes|pictures|you)',
      '(everyone will see|unless you (pay|send))',
      // A price to delete or take down images ("muốn tao xóa thì nạp", "phí gỡ ảnh").
      '(muon|gia de|de) (tao|anh|chung toi|toi|t|a)? ?(xoa|go) ~4 (thi )?(nap|chuyen|tra|thanh toan|gui|la)',
      '(phi|thanh toan) ~1 (go|xoa) (bo )?{PHOTO}',
      // Pay or be exposed ("chuyển tiền hoặc tao post", "nạp 500k ko t up ảnh").
      '(hoac|khong thi|hoac la) (tao |anh |t |a |toi )?(se )?(post|up|dang|tung|bi lo)',
      '{PHOTO} (cua {YOU} )?(se |dang |bi )?(len mang|len group|len nhom|nam trong nhom|bi phat tan|bi tung)',
      '(ghep|edit|edited) ~3 (mat|anh|face) ~4 (anh nong|nude|nudes|khoa than|pics|sex)',
      '(or|otherwise) (ill|i will|i ll) (show|send|post) ~3 (mom|dad|parents|friends|everyone|the ones|followers|school|classmates|contacts)',
      '(want them gone|pay to remove|i kept copies|removal fee)',
      '(trieu|tr|k|cu) thi (tao |anh |toi |t |a )?(xoa|go)',
      '(giu|nam giu|co du|co het|luu het|tai het) ~3 {PHOTO} ~2 ({SEXY}|tam|cua {YOU})',
      '(nam tren|nam trong) ~2 (group|nhom)',
      '(gui toi|gui den|den tay) ~2 (danh ba|tat ca ban be|moi nguoi trong danh ba)',
      '(quay|ghi) (lai|man hinh) ~4 (cuoc goi|goi video|video call)',
      '(i recorded|i screenshotted|i saved) ~2 (video call|our call|the call|everything)',
      '(or|unless) ~3 (everyone|your parents|your school|your followers|your friends) ~3 (sees|see|get|gets|will see)',
    ],
  },
  {
    id: 'self_harm_incitement',
    patterns: [
      '(thu thach|nhiem vu|challenge|level|cap do|thach|mission|tro choi|day \\d+) ~6 (cat tay|rach tay|rach da|nhay|uong thuoc|uong het|uong lien|that co|nin tho|bop co|tu danh|tu lam dau|lam dau ban than|dot|treo co|ngat|lan can|duong ray|mep|sat nut|chiu dau|bien mat|jump|hurt yourself|pills|rooftop|edge)',
      '(nin tho|ngat xiu|ngat di|lam minh ngat) ~6 (quay|clip|gui|thang|diem|tag)',
      '(neu|ai|ko|khong) ~2 (dung|bo cuoc|bo ngang|khong lam|ko lam|quit|stop) ~6 (me|bo|gia dinh|nguoi nha|nguoi than|em gai|family|sister|brother) ~4 (se|bi|chet|tra gia|nguy hiem|pays|hurt|gap tai nan|dau tien)',
      '(hurt yourself|jump off|take pills|stand on the edge) ~5 (film|send|proof|photo|video|tonight|or)',
      '{YOU} (di |hay |nen )?(chet|tu tu|tu sat) (di|luon|cho roi|cho xong)',
      '(khong lam|neu bo cuoc|dung lai|ngung lai|khong hoan thanh) ~5 (gia dinh|bo me|ba me|nha {YOU}|nguoi than) ~3 (se )?(bi|gap|chet|nguy hiem|gap nguy)',
      '(dam|thach|dare) ~3 (cat|nhay|uong|that|nin|dot|danh)',
      '(chup|quay) ~2 (vet cat|vet thuong|mau) ~3 (gui|lam bang chung|cho)',
      '(momo challenge|blue whale|ca voi xanh|blackout challenge|choking challenge|skull breaker)',
      '(kill yourself|kys|cut yourself|go die|i dare you to)',
    ],
  },
  {
    id: 'self_harm_statement',
    patterns: [
      '(khong|chang) (muon|con muon|thiet) song (nua)?',
      '(muon|se|dinh|nghi den viec|co y dinh) (chet|tu tu|tu sat|bien mat mai mai|ket thuc (tat ca|moi thu|cuoc doi|cuoc song))',
      '(song|ton tai) (lam gi|de lam gi|chang de lam gi|vo nghia|cung chang de lam gi)',
      '(tu|da|lai) (cat|rach) (tay|co tay)',
      '(tam biet|vinh biet) (moi nguoi|tat ca|the gioi|cuoc doi) ~3 (lan cuoi|mai mai)?',
      '(khong ai|chang ai) (can|quan tam|thuong) (minh|em|toi|to|tao|con)',
      '(muon|se|dinh) (nhay|uong) ~2 (cau|lau|song|thuoc ngu|het thuoc)',
      '(khong|chang) (muon|nen) (ton tai|thuc day|day nua|o day nua)',
      '(ngu|ngu mot giac) (mai mai|khong bao gio day)',
      '(tu|lai tu|hay tu) (lam dau|lam hai|hanh ha) (minh|ban than)',
      '(chet|bien mat) (di|mai mai|vinh vien) ~3 (thi|cho|de|moi)',
      '(minh|tao|to|em|toi) (chet|bien mat) (di|mat)',
      '(loi tam biet|nhan lan cuoi|nhan cho cau lan cuoi|goi lan cuoi|tus cuoi|status cuoi|dem cuoi cung|la dem cuoi)',
      '(dung tim|dung tu trach|khong can tim) (minh|tao|to|em|toi|nhe)',
      '(viet|de) (thu|lai thu) (cho|lai cho) (bo me|tung nguoi|moi nguoi|gia dinh)',
      '(la ganh nang|vo dung|het suc roi|khong con o day)',
      '(want to die|wanna die|kill myself|end it all|dont want to (live|be alive|be here)|no reason to live|goodbye (forever|everyone)|hurt myself|better off dead|unalive|unaliving|dont look for me|if i was gone|wrote letters|if something happens to me)',
    ],
  },
  {
    id: 'substance_offer',
    negatable: true,
    patterns: [
      '(thu|hut|dung|choi|uong|mua|ban|ship|cho|tang|ru|moi) ~2 {SUBST}',
      '(them|nho|pha) (ti|it|chut|mot it) (nuoc vui|thuoc|bot)',
      '{SUBST} ~3 (cho vui|khong sao dau|khong nghien|vui lam|phe|phieu|bay|chill)',
      '(bay lac|phe pha|di bay|xong khoi)',
      '(try (this|some|a)|want some) ~1 (pill|weed|vape|molly|gummies|edible)',
    ],
  },
];
