import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraError, startQrScanner, type CameraProblem } from './qr-scanner.js';

/**
 * A button that opens the rear camera and hands each QR code it reads to `onCode`; "Dừng",
 * or leaving the page, turns the camera off.
 */
export function CameraScanner({ onCode }: { onCode: (text: string) => Promise<void> }) {
  const { t } = useTranslation('campaign');
  const video = useRef<HTMLVideoElement>(null);
  const running = useRef<AbortController | null>(null);
  const [state, setState] = useState<'off' | 'starting' | 'on'>('off');
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  // The scan loop outlives renders; it calls the latest handler through this ref.
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);
  useEffect(() => () => running.current?.abort(), []);

  async function start() {
    const controller = new AbortController();
    running.current = controller;
    setProblem(null);
    setState('starting');
    try {
      await startQrScanner(video.current!, (text) => handler.current(text), controller.signal);
      if (!controller.signal.aborted) setState('on');
    } catch (error) {
      running.current = null;
      setState('off');
      setProblem(error instanceof CameraError ? error.problem : 'unsupported');
    }
  }

  function stop() {
    running.current?.abort();
    running.current = null;
    setState('off');
  }

  return (
    <div className="checkin-camera">
      {state === 'off' ? (
        <button type="button" className="button button-primary" onClick={() => void start()}>
          {t('scanner.start')}
        </button>
      ) : (
        <button type="button" className="button button-secondary" onClick={stop}>
          {t('scanner.stop')}
        </button>
      )}
      {state === 'starting' && <p role="status">{t('scanner.starting')}</p>}
      <video ref={video} className="checkin-video" hidden={state === 'off'} muted playsInline aria-label={t('scanner.video')} />
      {state === 'on' && <p className="campaign-lead">{t('scanner.hint')}</p>}
      {problem && (
        <p role="alert" className="alert alert-error checkin-camera-problem">
          {t(`scanner.${problem}`)}
        </p>
      )}
    </div>
  );
}
