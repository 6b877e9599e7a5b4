import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import {
  type MapModel,
  type MapPoint,
  OUTLINE_COLOUR,
  OVERLAP_COLOUR,
  PLAIN_BACKGROUND,
  STATUS_COLOURS,
} from './mapModel';
import { clickToLonLat, fitProjection, type Projection } from './projection';

export const SVG_SIZE = { width: 800, height: 520 } as const;
const RATIO = SVG_SIZE.height / SVG_SIZE.width;

/** The element's width in CSS pixels (800 until measured), so points keep their size on a phone. */
function useWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState<number>(SVG_SIZE.width);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The outline as one SVG path (holes cut out by the even-odd rule). */
export function outlinePath(model: MapModel, p: Projection): string {
  if (!model.outline) return '';
  return model.outline.coordinates
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          `${ring
            .map(([lon, lat], i) => {
              const [x, y] = p.toScreen(lon, lat);
              return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
            })
            .join(' ')} Z`,
      ),
    )
    .join(' ');
}

export interface MapSvgProps {
  model: MapModel;
  label: string;
  pointLabel: (p: MapPoint) => string;
  onSelect: (id: string | null) => void;
  /** How much larger than on the page the points are drawn (the room screen is read from afar). */
  pointScale?: number;
  /** Choosing an initiative's place: a click anywhere (a point too) gives it, as [lon, lat]. */
  onPlace?: ((at: [number, number]) => void) | null;
}

/**
 * The map without WebGL (cheap phones, headless browsers): the same outline, overlaps and initiatives
 * on a plain background, fitted to the bounds. Here the points are buttons, reachable by keyboard too.
 */
export function MapSvg({ model, label, pointLabel, onSelect, pointScale = 1, onPlace }: MapSvgProps) {
  const ref = useRef<SVGSVGElement>(null);
  const width = useWidth(ref);
  const height = Math.round(width * RATIO);
  if (!model.bounds) return null;
  const p = fitProjection(model.bounds, width, height);
  const at = (pt: MapPoint) => p.toScreen(pt.lon, pt.lat);
  const press = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  const ordered = [...model.points].sort((a, b) => Number(a.selected) - Number(b.selected));
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; it groups the point buttons.
    // biome-ignore lint/a11y/useKeyWithClickEvents: placing by keyboard is the centre button beside the map.
    <svg
      className={`wa-network-map__svg${onPlace ? ' wa-network-map__svg--placing' : ''}`}
      ref={ref}
      onClick={(e) => {
        if (onPlace) onPlace(clickToLonLat(p, e.currentTarget.getBoundingClientRect(), e.clientX, e.clientY));
      }}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
    >
      <rect width={width} height={height} fill={PLAIN_BACKGROUND} />
      {model.outline && (
        <path
          data-outline=""
          d={outlinePath(model, p)}
          fill={OUTLINE_COLOUR}
          fillOpacity={0.07}
          fillRule="evenodd"
          stroke={OUTLINE_COLOUR}
          strokeWidth={2.5}
        />
      )}
      {model.pairs.map(({ a, b }) => {
        const [[x1, y1], [x2, y2]] = [at(a), at(b)];
        return (
          <line
            key={`${a.id}.${b.id}`}
            data-pair=""
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            stroke={OVERLAP_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 6"
          />
        );
      })}
      {ordered.map((pt) => {
        const [x, y] = at(pt);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it acts as one.
          <g
            key={pt.id}
            data-point={pt.id}
            className="wa-network-map__point"
            role="button"
            tabIndex={0}
            aria-label={pointLabel(pt)}
            aria-pressed={pt.selected}
            onClick={() => {
              if (!onPlace) onSelect(pt.id);
            }}
            onKeyDown={press(pt.id)}
          >
            {pt.flagged && (
              <circle
                cx={x}
                cy={y}
                r={(pt.selected ? 15 : 12) * pointScale}
                fill="none"
                stroke={OVERLAP_COLOUR}
                strokeWidth={3}
              />
            )}
            <circle
              cx={x}
              cy={y}
              r={(pt.selected ? 10 : 7) * pointScale}
              fill={STATUS_COLOURS[pt.status]}
              stroke={pt.selected ? '#000000' : '#ffffff'}
              strokeWidth={pt.selected ? 3 : 2}
            />
            {/* A larger, invisible target for fingers (at least 24 × 24 px). */}
            <circle cx={x} cy={y} r={14 * pointScale} fill="transparent" />
          </g>
        );
      })}
    </svg>
  );
}
