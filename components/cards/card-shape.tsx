import { ModuleIcon } from '@/components/modules/module-mark';
import type { CardId } from '@/lib/workshop/room-question';

/**
 * Each answer card's shape, so cards differ by shape and word as well as by colour:
 * A a circle, B a square, C a triangle, D a diamond; the two projects carry their
 * module marks (an open ring of people, a tight knot).
 */
export function CardShape({ card, size = 48 }: { card: CardId; size?: number }) {
  if (card === 'organiser' || card === 'factionalist') return <ModuleIcon module={card} size={size} />;
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" fill="currentColor" fillOpacity="0.35" stroke="currentColor" strokeWidth="2.5">
      {card === 'A' && <circle cx="16" cy="16" r="12" />}
      {card === 'B' && <rect x="5" y="5" width="22" height="22" rx="1.5" />}
      {card === 'C' && <path d="M16 4 29 27H3z" strokeLinejoin="round" />}
      {card === 'D' && <path d="M16 3 29 16 16 29 3 16z" strokeLinejoin="round" />}
    </svg>
  );
}

/** The card as people hold it up: its shape and its letter or word, on its colour. */
export function CardBadge({ card, label }: { card: CardId; label: string }) {
  return (
    <span className={`card-badge card-face card-face--${card}`}>
      <CardShape card={card} size={28} />
      <span className="card-badge__label">{label}</span>
    </span>
  );
}
