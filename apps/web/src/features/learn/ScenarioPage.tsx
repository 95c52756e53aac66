import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BAND_SLUGS } from './band-slugs.js';
import { findScenario } from './catalog/learn-catalog.js';
import { ChatPlayer } from './chat/ChatPlayer.js';
import type { Transcript } from './chat/transcript.js';
import { LazyDebrief } from './debrief/LazyDebrief.js';
import { LearnNotFound } from './LearnNotFound.js';
import { recordProgress } from './progress/progress-store.js';
import { useProgressSync } from './progress/use-progress-sync.js';
import { useLocalized } from './use-localized.js';

/** `/hoc/tinh-huong/:id`: a chat simulation, then its debrief. */
export function ScenarioPage() {
  const { t } = useTranslation('learn');
  const localized = useLocalized();
  const { id } = useParams();
  const scenario = findScenario(id);
  useProgressSync();

  const onEnded = useCallback(
    (transcript: Transcript) => {
      if (!scenario) return;
      recordProgress({ kind: 'scenario', id: scenario.id, ...(transcript.outcome && { outcome: transcript.outcome }) });
    },
    [scenario],
  );

  if (!scenario) return <LearnNotFound />;
  const trackLink = `/hoc?cap=${BAND_SLUGS[scenario.band]}`;

  return (
    <div className="learn-page scenario-page">
      <p className="breadcrumb">
        <Link to={trackLink}>
          {t('home.track', { band: t(`bands.${scenario.band}`) })}
        </Link>
      </p>
      <h1>{localized(scenario.title)}</h1>
      <p className="muted">
        {t(`strands.${scenario.strand}`)} · {t('home.minutes', { count: scenario.minutes })}
      </p>
      <ChatPlayer
        key={scenario.id}
        storyJson={scenario.storyJson}
        contact={scenario.contact}
        platform={scenario.platform}
        saveKey={scenario.id}
        onEnded={onEnded}
        renderEnding={(transcript, restart) => (
          <LazyDebrief transcript={transcript} contact={scenario.contact} schemes={scenario.schemes} onPlayAgain={restart} backTo={trackLink} />
        )}
      />
    </div>
  );
}
