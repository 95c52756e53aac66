import type { RiskLevel } from '@kmm/detector';

/**
 * A different shape for each risk level, so the level never rests on colour alone:
 * a tick in a circle, a triangle, an octagon, a siren. Decorative: the words say it too.
 */
export function RiskIcon({ risk }: { risk: RiskLevel }) {
  return (
    <svg className="check-risk-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {risk === 'safe' && (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {risk === 'caution' && (
        <>
          <path d="M12 2.8L22 20.5H2z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M12 9v5.5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17.4" r="1.4" fill="currentColor" />
        </>
      )}
      {risk === 'danger' && (
        <>
          <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M12 6.5v7" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17" r="1.4" fill="currentColor" />
        </>
      )}
      {risk === 'emergency' && (
        <>
          <path d="M5 19v-6a7 7 0 0114 0v6z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M3 21.5h18M12 1.5v2.5M3.5 5l1.8 1.8M20.5 5l-1.8 1.8" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          <path d="M12 10.5v4" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
