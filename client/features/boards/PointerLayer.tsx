import type { Awareness } from 'y-protocols/awareness';
import { ROLE_COLORS } from '../document/roleColors';
import { usePointers } from './usePointers';

/**
 * Other people's pointers with their names, drawn at their board position and kept at the same
 * screen size whatever the zoom. Decorative for screen readers: who is here is listed above the board.
 */
export function PointerLayer({ awareness, zoom }: { awareness: Awareness | null; zoom: number }) {
  const pointers = usePointers(awareness);
  return (
    <div className="board-pointers" aria-hidden="true">
      {pointers.map((p) => {
        const color = p.role ? ROLE_COLORS[p.role] : '#3d4b57';
        return (
          <div
            key={p.clientId}
            className="board-pointer"
            style={{ left: p.x, top: p.y, transform: `scale(${1 / zoom})`, color }}
          >
            <svg width="20" height="20" viewBox="0 0 20 20" focusable="false" aria-hidden="true">
              <path d="M2 2l6 16 2.5-6.5L17 9z" fill="currentColor" stroke="#fff" strokeWidth="1.5" />
            </svg>
            <span className="board-pointer__name" style={{ background: color }}>
              {p.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
