import { RISKS, SCHEMES, SIGNALS, type AnalysisResult, type Span } from '@kmm/detector';

type Lang = 'vi' | 'en';

const LABELS = {
  vi: { risk: 'Mức độ', scheme: 'Chiêu trò', flags: 'Dấu hiệu', text: 'Nội dung', steps: 'Nên làm ngay', links: 'Đường link', phones: 'Số điện thoại', stage: 'Giai đoạn dụ dỗ' },
  en: { risk: 'Risk', scheme: 'Trick', flags: 'Red flags', text: 'Text', steps: 'What to do now', links: 'Links', phones: 'Phone numbers', stage: 'Grooming stage' },
} as const;

/** How evidence is marked in the text: inverse video on a terminal, brackets elsewhere. */
export interface Marker {
  open: string;
  close: string;
}

export const TERMINAL_MARKER: Marker = { open: '\u001b[7m', close: '\u001b[27m' };
export const PLAIN_MARKER: Marker = { open: '[', close: ']' };

/** Wraps every evidence span of `text` in the marker, overlapping spans merged into one. */
export function markEvidence(text: string, spans: readonly Span[], marker: Marker): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    out += text.slice(cursor, start) + marker.open;
    let end = span.end;
    // Swallow every later span that starts inside this one.
    for (const next of sorted) if (next.start < end && next.end > end) end = next.end;
    out += text.slice(start, end) + marker.close;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** A verdict a person can read in a terminal: level, trick, red flags, marked text, steps. */
export function formatVerdict(text: string, result: AnalysisResult, lang: Lang, marker: Marker): string {
  const l = LABELS[lang];
  const lines: string[] = [`${l.risk}: ${RISKS[result.risk].name[lang]} — ${RISKS[result.risk].summary[lang]}`];
  for (const s of result.schemes) {
    lines.push(`${l.scheme}: ${SCHEMES[s.id].name[lang]} (${Math.round(s.score * 100)}%) — ${SCHEMES[s.id].explanation[lang]}`);
  }
  if (result.stage) lines.push(`${l.stage}: ${result.stage}`);
  if (result.signals.length) {
    lines.push(`${l.flags}:`);
    for (const s of result.signals) {
      lines.push(`  • ${SIGNALS[s.id].name[lang]}: ${s.evidence.map((e) => `“${e.text}”`).join(', ')}`);
    }
  }
  const spans = result.signals.flatMap((s) => s.evidence).filter((e) => e.message === undefined);
  if (spans.length) lines.push(`${l.text}: ${markEvidence(text, spans, marker)}`);
  if (result.links.length) {
    lines.push(`${l.links}:`);
    for (const link of result.links) lines.push(`  • ${link.url} — ${link.verdict}${link.reasons.length ? ` (${link.reasons.map((r) => r.id).join(', ')})` : ''}`);
  }
  if (result.phones.length) {
    lines.push(`${l.phones}:`);
    for (const phone of result.phones) lines.push(`  • ${phone.display} — ${phone.kind}, ${phone.verdict}${phone.reasons.length ? ` (${phone.reasons.map((r) => r.id).join(', ')})` : ''}`);
  }
  const steps = result.advice.filter((a) => a.audience === 'child');
  if (steps.length) {
    lines.push(`${l.steps}:`);
    steps.forEach((a, i) => lines.push(`  ${i + 1}. ${a.text[lang]}`));
  }
  return lines.join('\n');
}
