/**
 * Topic cues: words that say what a text is about (a game, a job, a bet, an accident…).
 * They are not red flags on their own and are never shown as evidence; scheme rules combine
 * them with signals ("free diamonds" + a login request → game scam).
 */
export const CUE_IDS = [
  'game',
  'job',
  'gambling',
  'loan',
  'shopping',
  'accident',
  'new_contact',
  'vote',
  'vneid',
  'sexual',
  'challenge',
  'security_alert',
  'awareness',
  'verdict',
  'bank_notice',
  'celebration',
  'school',
  'kidnap',
] as const;
export type CueId = (typeof CUE_IDS)[number];

/** Patterns over the folded text, with the same syntax as signal rules. */
export const CUE_RULES: Readonly<Record<CueId, readonly string[]>> = {
  game: [
    '(free fire|ff|kc|lien quan mobile|lq mobile|lien minh|lmht|roblox|robux|minecraft|pubg|genshin|valorant|fortnite|play together|kim cuong|quan huy|skin|ruby|nick game|acc game|acc vip|shop acc|nap game|garena|vong quay|su kien game|v bucks|vbucks|trang bi|rank|in game|game)',
  ],
  job: [
    '(viec lam|viec nhe|lam online|viec online|lam tai nha|part ?time|lam them|tuyen dung|tuyen ctv|tuyen cong tac vien|cong tac vien|tuyen nguoi mau|nguoi mau nhi|casting|lam nhiem vu|nhiem vu|chot don|tha tim|like video|danh gia san pham|tiktok shop|shopee|lazada|xuat khau lao dong|di lam (o )?(nuoc ngoai|campuchia|cambodia|han quoc|dai loan|nhat|myanmar)|hoa hong|job|hiring|commission|recruit|task)',
    '(tuyen (hs|hoc sinh|sinh vien|nguoi|ban|nhan vien|mau)|kiem tien|kiem them|dong goi|dan nhan|tro giang|trung tuyen|nhap lieu|nhan viec|work from home|get paid|earn|part-time|models?)',
  ],
  gambling: [
    '(tai xiu|no hu|ca do|ca cuoc|nha cai|casino|ban ca|xoc dia|lo de|danh de|keo (bong|thom|nha cai|ngon)|soi keo|ty le keo|game bai|doi thuong|w88|fb88|hi88|kubet|jackpot|betting|odds|slot game|poker|baccarat|nap dau|quay hu|dat cuoc|ca cuoc)',
  ],
  loan: [
    '(vay (tien|nong|online|nhanh|tin chap|khong the chap)|khoan vay|giai ngan|the chap|lai suat|no xau|doi no|tin dung den|thue tai khoan|muon tai khoan ngan hang|cho thue (tai khoan|the ngan hang|can cuoc)|app vay|bao no|loan|lender)',
    '(cho vay|vay (bat ho|app|sinh vien|\\d+ ?(k|tr|trieu))|tra no|dung ten vay|diem tin dung|tat toan|(thue|cho thue|muon) (tk|the atm|cccd|can cuoc)|mo tai khoan ngan hang|borrow|overdue|rent out your id)',
  ],
  shopping: [
    '(pass (ve|lai|do|gia)|ve (concert|xem|fan meeting|fanmeeting|bong da|show|may bay)|ban (ve|dien thoai|iphone|do|hang|lai)|order|giam gia|sale|ship cod|phi ship|don hang|hang chinh hang|xach tay|album|photocard|lightstick|merch|thanh ly|cod|ticket|tickets|for sale|shop)',
  ],
  accident: [
    '(tai nan|cap cuu|nhap vien|benh vien|phau thuat|mo gap|vien phi|bac si|bi bat|bi tam giu|dang bi giu|hospital|accident|surgery|emergency room)',
  ],
  new_contact: [
    '(doi so|so moi|sim moi|mat dien thoai|hong dien thoai|roi dien thoai|bi hack|nick moi|tai khoan moi|zalo moi|dung goi lai|khong goi lai|khong nghe may duoc|dang hop|dang ban khong nghe|new number|lost my phone|dont call)',
  ],
  vote: ['(vote|binh chon|bau chon|tha tim cho|like giup)'],
  vneid: ['(vneid|dinh danh dien tu|muc dinh danh|cap nhat can cuoc|tich hop can cuoc)'],
  sexual: ['(nhay cam|khoa than|sex|nude|nudes|clip nong|anh nong|khong mac|naked|18 ?\\+|dit|chich)'],
  challenge: ['(thu thach|challenge|nhiem vu|cap do|level|dare)'],
  security_alert: [
    '(tai khoan|facebook|zalo|acc|fb|account|instagram|tiktok) ~3 (bi khoa|se bi khoa|bi vo hieu|vi pham|bi tam khoa|dang nhap la|bat thuong|bi xoa|will be (locked|suspended|deleted|disabled))',
    '(xac minh|xac thuc) tai khoan',
  ],
  awareness: [
    '(canh giac|khuyen cao|khuyen nghi|luu y|thu doan|gia danh|mao danh|tu xung|gia mao|de phong|phong chong|phong tranh|nhan dien|nhan biet|chieu tro|chieu lua|tuyen truyen|tinh trang lua dao|cac vu lua dao|doi tuong lua dao|ke gian|ke lua dao|canh bao|chiem doat|nguoi dan|bat giu doi tuong|khoi to vu an)',
    '(khong bao gio|se khong|khong he) (yeu cau|de nghi|lam viec|goi dien|nhan tin|hoi)',
    '(beware|scam alert|watch out for|will never ask|never asks|be careful|stay safe|protect yourself|how to spot)',
  ],
  verdict: [
    '(la|deu la|chinh la|toan la) (lua dao|lua|fake|gia mao|gia|bip|scam)',
    '(is|are|its) (a )?(scam|scams|fake)',
    '(hay|nen|can) (ke|noi|bao|hoi|bao ngay) (ngay )?(voi |cho )?(bo me|ba me|nguoi lon|thay co|co giao|giao vien)',
    '(em|ban|con) (khong co loi|se khong bi mang|khong mot minh)',
    '(dau hieu) (nguy hiem|lua dao|canh bao)',
    '(khong bao gio|se khong bao gio|never) (yeu cau|nhan tin|goi dien|ask|asks|request)',
    '(tell|talk to) (a trusted adult|your parents|an adult)',
    '(bao ngay|ke ngay|noi ngay|hoi ngay) (voi |cho )?(nguoi lon|bo me|thay co|giao vien chu nhiem)',
    'goi (ngay )?(cho )?(tong dai )?(111|115)',
    '(tranh xa|dung tin|chan ngay|tu choi va chan)',
    '(xu huong|thu doan|chieu|hinh thuc|vu|cac vu|canh bao) (lua dao|lua)',
    '(doi tuong|ke gian|ke xau|ke lua dao|nguoi ban|cac trang|scammers|criminals) ~3 (yeu cau|bat|ep|du|lua|gia danh|mao danh|goi|nhan|hua|tang|khen|ru|dan|thuong|hay|often|pretend|will|may|ask)',
  ],
  bank_notice: [
    '(so du|sd tk|bien dong so du|giao dich|ma giao dich|ref|ma otp (cua ban )?la|ma xac thuc (cua ban )?la|your (otp|code) is|hieu luc trong|co hieu luc|was credited|was debited|available balance|your account ending)',
  ],
  celebration: ['(sinh nhat|bat ngo|tiec|surprise|birthday|party|chuc mung|qua sinh nhat|ky niem)'],
  school: [
    '(hoc phi|nha truong|phu huynh|giao vien chu nhiem|hoi phu huynh|quy lop|ban giam hieu|tuition|school fee|bai tap|bai kiem tra|lich thi|lich hoc|tiet hoc|ngoai khoa|homework|assignment|class|classes|exam|quiz|school|teacher|field trip|students|parents)',
  ],
  kidnap: [
    '(bat coc|giam long|chuoc|tien chuoc|giu lam con tin|ransom|kidnap)',
  ],
};
