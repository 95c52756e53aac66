import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './campaign-format.js';
import { classBreaks, colourFor, featurePath, fitProjection, legendItems, type ProvinceCollection } from './campaign-geo.js';

const GEO_URL = '/geo/vietnam-34-provinces.geojson';
let geoCache: Promise<ProvinceCollection> | undefined;

function loadGeo(): Promise<ProvinceCollection> {
  geoCache ??= fetch(GEO_URL).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<ProvinceCollection>;
  });
  geoCache.catch(() => (geoCache = undefined));
  return geoCache;
}

export interface MapShape {
  name: string;
  provinceId: string | undefined;
  d: string;
}

/**
 * The 34 provinces as a choropleth: one focusable path per province, filled by the chosen
 * metric, with a legend; Enter or a click chooses the province.
 */
export function ProvinceMap({
  values,
  metricLabel,
  matchId,
  selected,
  onSelect,
}: {
  values: ReadonlyMap<string, number>;
  metricLabel: string;
  matchId: ((name: string) => string | undefined) | null;
  selected: string | null;
  onSelect: (provinceId: string) => void;
}) {
  const { t } = useTranslation('campaign');
  const [geo, setGeo] = useState<ProvinceCollection | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadGeo().then(
      (g) => live && setGeo(g),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const drawn = useMemo(() => {
    if (!geo || !matchId) return null;
    const projection = fitProjection(geo.features, 300);
    const shapes: MapShape[] = geo.features.map((f) => ({ name: f.properties.name, provinceId: matchId(f.properties.name), d: featurePath(f, projection) }));
    return { shapes, height: projection.height };
  }, [geo, matchId]);

  const breaks = useMemo(() => classBreaks([...values.values()]), [values]);

  if (failed) return <p className="alert alert-warning">{t('dashboard.mapFailed')}</p>;
  if (!drawn) return <p role="status">{t('dashboard.mapLoading')}</p>;

  return (
    <div className="campaign-map">
      <svg viewBox={`0 0 300 ${drawn.height}`} role="group" aria-label={t('dashboard.mapLabel', { metric: metricLabel })}>
        {drawn.shapes.map((s) => {
          const value = s.provinceId ? values.get(s.provinceId) : undefined;
          const label = value === undefined ? s.name : t('dashboard.provinceTitle', { name: s.name, value: formatNumber(value), metric: metricLabel.toLowerCase() });
          // Only provinces in this view (a provincial organiser's own) can be opened.
          const open = s.provinceId !== undefined && values.has(s.provinceId);
          const choose = () => open && onSelect(s.provinceId!);
          return (
            <path
              key={s.name}
              d={s.d}
              fill={colourFor(value, breaks)}
              className={s.provinceId && s.provinceId === selected ? 'campaign-map-province campaign-map-selected' : 'campaign-map-province'}
              tabIndex={open ? 0 : -1}
              role={open ? 'button' : 'img'}
              aria-label={label}
              aria-pressed={open ? s.provinceId === selected : undefined}
              data-province={s.provinceId}
              onClick={choose}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose();
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <div className="campaign-legend" aria-label={t('dashboard.legend')} role="group">
        <span className="campaign-legend-title">{metricLabel}</span>
        <ul>
          {legendItems(breaks, formatNumber).map((item) => (
            <li key={item.label}>
              <span className="campaign-swatch" style={{ background: item.colour }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
