import { describe, expect, it } from 'vitest';
import { RISK_LEVELS, SCHEME_IDS, SIGNAL_IDS } from '../types.js';
import type { AdviceStep, HelpLine, Localized } from './index.js';
import {
  GENERIC_ADVICE,
  HELP_LINES,
  RISKS,
  SCHEMES,
  SIGNALS,
  TRUSTED_WEBSITE_CHECK,
} from './index.js';

const ALLOWED_HELP_LINES: readonly HelpLine[] = ['111', '113', '115', '156', '5656'];

/** Letters only Vietnamese (among the catalog's languages) uses: tone marks, ă â đ ê ô ơ ư. */
const VIETNAMESE_DIACRITIC =
  /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Vietnamese names exactly as in docs/taxonomy.md (copied from the shared TAXONOMY.md). */
const TAXONOMY_VI_NAMES: Record<(typeof SCHEME_IDS)[number], string> = {
  online_kidnapping: 'Bắt cóc online',
  authority_impersonation: 'Giả danh cơ quan chức năng',
  grooming: 'Dụ dỗ, làm quen có ý đồ xấu',
  sextortion: 'Tống tiền bằng hình ảnh nhạy cảm',
  prize_scam: 'Trúng thưởng, quà tặng giả',
  game_scam: 'Lừa đảo trong game',
  job_scam: 'Việc nhẹ lương cao',
  account_takeover: 'Chiếm đoạt tài khoản',
  impersonation_contact: 'Giả danh người quen',
  family_emergency: 'Báo tin người thân gặp nạn',
  phishing_link: 'Đường link giả mạo',
  gambling_lure: 'Cờ bạc, cá độ trá hình',
  loan_scam: 'Vay tiền, tín dụng đen',
  shopping_scam: 'Lừa đảo mua bán online',
  substance_lure: 'Dụ dỗ sử dụng chất cấm',
  self_harm_risk: 'Nguy cơ tự hại',
  harmful_challenge: 'Thử thách nguy hiểm, xúi giục tự hại',
};

/** Every Localized value reachable from `value`, with a path for error messages. */
function localizedIn(value: unknown, path: string, out: Array<[string, Localized]> = []) {
  if (value === null || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  if (typeof record['vi'] === 'string' && typeof record['en'] === 'string') {
    out.push([path, { vi: record['vi'], en: record['en'] }]);
    return out;
  }
  for (const [key, child] of Object.entries(record)) localizedIn(child, `${path}.${key}`, out);
  return out;
}

/** Every string reachable from `value`, with a path. */
function stringsIn(value: unknown, path: string, out: Array<[string, string]> = []) {
  if (typeof value === 'string') out.push([path, value]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) stringsIn(child, `${path}.${key}`, out);
  }
  return out;
}

/** Every advice step in the catalog, with where it lives. */
function allSteps(): Array<[string, AdviceStep]> {
  const steps: Array<[string, AdviceStep]> = [];
  for (const [id, scheme] of Object.entries(SCHEMES)) {
    for (const step of scheme.childAdvice) steps.push([`SCHEMES.${id}.childAdvice`, step]);
    for (const step of scheme.parentAdvice) steps.push([`SCHEMES.${id}.parentAdvice`, step]);
  }
  for (const [level, advice] of Object.entries(GENERIC_ADVICE)) {
    for (const step of advice.child) steps.push([`GENERIC_ADVICE.${level}.child`, step]);
    for (const step of advice.parent) steps.push([`GENERIC_ADVICE.${level}.parent`, step]);
  }
  return steps;
}

const whole = { SCHEMES, SIGNALS, RISKS, GENERIC_ADVICE, HELP_LINES };

describe('catalog completeness', () => {
  it('has exactly one scheme entry per SchemeId', () => {
    expect(Object.keys(SCHEMES).sort()).toEqual([...SCHEME_IDS].sort());
  });

  it('has exactly one signal entry per SignalId', () => {
    expect(Object.keys(SIGNALS).sort()).toEqual([...SIGNAL_IDS].sort());
  });

  it('has exactly one risk entry per RiskLevel', () => {
    expect(Object.keys(RISKS).sort()).toEqual([...RISK_LEVELS].sort());
  });

  it('has every help line, each keyed by its own number', () => {
    expect(Object.keys(HELP_LINES).sort()).toEqual([...ALLOWED_HELP_LINES].sort());
    for (const [key, info] of Object.entries(HELP_LINES)) expect(info.number).toBe(key);
    expect(TRUSTED_WEBSITE_CHECK).toBe('tinnhiemmang.vn');
  });

  it('uses the Vietnamese scheme names of the taxonomy exactly', () => {
    for (const id of SCHEME_IDS) expect(SCHEMES[id].name.vi).toBe(TAXONOMY_VI_NAMES[id]);
  });

  it('gives every scheme 3–5 steps for the child and 3–5 for the parent', () => {
    for (const id of SCHEME_IDS) {
      const { childAdvice, parentAdvice } = SCHEMES[id];
      expect(childAdvice.length, `${id} child`).toBeGreaterThanOrEqual(3);
      expect(childAdvice.length, `${id} child`).toBeLessThanOrEqual(5);
      expect(parentAdvice.length, `${id} parent`).toBeGreaterThanOrEqual(3);
      expect(parentAdvice.length, `${id} parent`).toBeLessThanOrEqual(5);
    }
  });
});

describe('catalog text', () => {
  it('has no empty or blank strings', () => {
    const strings = stringsIn(whole, 'catalog');
    expect(strings.length).toBeGreaterThan(300);
    for (const [path, text] of strings) expect(text.trim(), path).not.toBe('');
    for (const [path, text] of strings) expect(text, path).toBe(text.trim());
  });

  it('writes every Vietnamese text with diacritics', () => {
    const texts = localizedIn(whole, 'catalog');
    expect(texts.length).toBeGreaterThan(200);
    for (const [path, text] of texts) expect(text.vi, path).toMatch(VIETNAMESE_DIACRITIC);
  });

  it('gives every English text that names a help line the same number as the Vietnamese', () => {
    for (const [path, text] of localizedIn(whole, 'catalog')) {
      for (const line of ALLOWED_HELP_LINES) {
        const number = new RegExp(`(^|\\D)${line}(\\D|$)`);
        expect(number.test(text.en), `${path}: ${line}`).toBe(number.test(text.vi));
      }
    }
  });
});

describe('advice steps', () => {
  it('have unique ids', () => {
    const ids = allSteps().map(([, step]) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('have ids prefixed by where they live', () => {
    for (const [where, step] of allSteps()) {
      const [, owner] = where.split('.');
      expect(step.id.startsWith(where.startsWith('SCHEMES') ? `${owner}.` : `generic.${owner}.`), step.id).toBe(true);
    }
  });

  it('point only to allowed help lines, and mention the number they point to', () => {
    for (const [, step] of allSteps()) {
      if (step.helpLine === undefined) continue;
      expect(ALLOWED_HELP_LINES).toContain(step.helpLine);
      expect(step.text.vi, step.id).toContain(step.helpLine);
      expect(step.text.en, step.id).toContain(step.helpLine);
    }
  });
});

describe('advice content that must never be missing', () => {
  const text = (steps: AdviceStep[], lang: keyof Localized) => steps.map((s) => s.text[lang]).join('\n');

  it('online kidnapping: the child is told to call 113 and hang up, with what real police never do', () => {
    const { childAdvice } = SCHEMES.online_kidnapping;
    expect(childAdvice.some((s) => s.helpLine === '113')).toBe(true);
    const vi = text(childAdvice, 'vi');
    expect(vi).toContain('113');
    expect(vi).toMatch(/tắt máy/i);
    expect(vi).toMatch(/bí mật với bố mẹ/);
    expect(vi).toMatch(/video call hay Zalo/);
    expect(vi).toMatch(/tài khoản an toàn/);
    expect(vi).toMatch(/thuê phòng/);
    expect(vi).toContain('Đây không phải lỗi của em. Em không một mình.');
    expect(text(childAdvice, 'en')).toMatch(/113/);
  });

  it('sextortion: do not pay, do not send more, keep evidence, never forward, call 111', () => {
    const { childAdvice, parentAdvice } = SCHEMES.sextortion;
    const vi = text(childAdvice, 'vi');
    const en = text(childAdvice, 'en');
    expect(vi).toMatch(/Không trả tiền/);
    expect(en).toMatch(/Do not pay/);
    expect(text(parentAdvice, 'vi')).toMatch(/Không trả tiền/);
    expect(vi).toMatch(/Không gửi thêm/);
    expect(vi).toMatch(/Không xóa/);
    expect(vi).toMatch(/Không chuyển tiếp/);
    expect(childAdvice.some((s) => s.helpLine === '111')).toBe(true);
    expect(vi).toContain('Đây không phải lỗi của em. Em không một mình.');
  });

  it('self-harm and harmful challenges: tell an adult now, 111 and 115', () => {
    for (const id of ['self_harm_risk', 'harmful_challenge'] as const) {
      const lines = SCHEMES[id].childAdvice.map((s) => s.helpLine);
      expect(lines, id).toContain('111');
      expect(lines, id).toContain('115');
      expect(text(SCHEMES[id].childAdvice, 'vi'), id).toMatch(/người lớn|bố mẹ/);
    }
  });

  it('the safe level never claims to be a guarantee', () => {
    const { name, summary } = RISKS.safe;
    expect(`${name.vi} ${summary.vi}`).not.toMatch(/an toàn tuyệt đối|chắc chắn an toàn|đảm bảo an toàn/i);
    expect(`${name.en} ${summary.en}`).not.toMatch(/guaranteed|completely safe|100% safe/i);
    expect(summary.vi).toMatch(/người lớn/);
  });

  it('the emergency level and advice put the call buttons first', () => {
    expect(RISKS.emergency.summary.vi).toMatch(/Bấm nút gọi trước/);
    expect(GENERIC_ADVICE.emergency.child[0]?.helpLine).toBe('113');
    expect(GENERIC_ADVICE.emergency.parent[0]?.helpLine).toBe('113');
  });

  it('signal questions are questions', () => {
    for (const id of SIGNAL_IDS) {
      expect(SIGNALS[id].question.vi, id).toMatch(/\?$/);
      expect(SIGNALS[id].question.en, id).toMatch(/\?$/);
    }
  });
});
