import type { BorderLine, EdgeLine, NodeShape } from './palette';

/** Regular polygon points around (12, 12), the first corner up. */
const polygon = (corners: number, r = 10, turn = -Math.PI / 2) =>
  Array.from({ length: corners }, (_, i) => {
    const a = turn + (2 * Math.PI * i) / corners;
    return `${(12 + r * Math.cos(a)).toFixed(1)},${(12 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');

const star = Array.from({ length: 10 }, (_, i) => {
  const a = -Math.PI / 2 + (Math.PI * i) / 5;
  const r = i % 2 === 0 ? 11 : 4.5;
  return `${(12 + r * Math.cos(a)).toFixed(1)},${(12 + r * Math.sin(a)).toFixed(1)}`;
}).join(' ');

const POINTS: Partial<Record<NodeShape, string>> = {
  hexagon: polygon(6, 10, 0),
  octagon: polygon(8, 10, Math.PI / 8),
  triangle: '12,2 22,21 2,21',
  star,
  pentagon: polygon(5),
  diamond: '12,1 23,12 12,23 1,12',
  rhomboid: '6,5 23,5 18,19 1,19',
  tag: '2,5 16,5 22,12 16,19 2,19',
};

/** A party kind's shape as the graph draws it (decorative: the text beside it names the kind). */
export function ShapeIcon({ shape, color, ring }: { shape: NodeShape; color: string; ring?: string }) {
  const common = { fill: color, stroke: ring ?? '#ffffff', strokeWidth: ring ? 3 : 1 };
  const points = POINTS[shape];
  return (
    <svg
      className="graph-legend__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {points ? (
        <polygon points={points} {...common} />
      ) : shape === 'ellipse' ? (
        <circle cx="12" cy="12" r="10" {...common} />
      ) : (
        <rect
          x="2"
          y={shape === 'barrel' ? 4 : 3}
          width="20"
          height={shape === 'barrel' ? 16 : 18}
          rx={shape === 'barrel' ? 6 : 0}
          {...common}
        />
      )}
    </svg>
  );
}

const DASH: Record<BorderLine | EdgeLine, string | undefined> = {
  solid: undefined,
  double: undefined,
  dashed: '6 4',
  dotted: '2 3',
};

/** An initiative's box with its status line. */
export function BoxIcon({ fill, border, line }: { fill: string; border: string; line: BorderLine }) {
  return (
    <svg
      className="graph-legend__icon"
      viewBox="0 0 32 24"
      width="32"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="2"
        y="5"
        width="28"
        height="14"
        rx="4"
        fill={fill}
        stroke={border}
        strokeWidth={line === 'double' ? 4 : 2.5}
        strokeDasharray={DASH[line]}
      />
    </svg>
  );
}

/** A line as the graph draws a relation or link (an arrow where it has a direction). */
export function LineIcon({
  color,
  line,
  width,
  arrow,
}: {
  color: string;
  line: EdgeLine;
  width: number;
  arrow?: boolean;
}) {
  return (
    <svg
      className="graph-legend__icon"
      viewBox="0 0 40 24"
      width="40"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="2"
        y1="12"
        x2={arrow ? 30 : 38}
        y2="12"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={DASH[line]}
      />
      {arrow && <polygon points="29,6 38,12 29,18" fill={color} />}
    </svg>
  );
}
