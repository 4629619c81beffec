import type { ModuleId } from '@/lib/content/schema';

type ModuleIconProps = { module: ModuleId; size?: number };

/**
 * Each module's mark. Never shown alone: the accent colour always comes with this icon
 * and the module's name, so nothing depends on colour.
 */
export function ModuleIcon({ module, size = 28 }: ModuleIconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      {module === 'organiser' && (
        // Open, outward: a ring of people with space between them.
        <>
          <circle cx="16" cy="16" r="10" strokeDasharray="4 5" />
          <circle cx="16" cy="5" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="26.5" cy="13" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="22.5" cy="25" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="9.5" cy="25" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="5.5" cy="13" r="2.6" fill="currentColor" stroke="none" />
        </>
      )}
      {module === 'factionalist' && (
        // Closed, inward: a tight knot inside a wall.
        <>
          <circle cx="16" cy="16" r="12" />
          <circle cx="13.5" cy="14" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="18.5" cy="14" r="2.6" fill="currentColor" stroke="none" />
          <circle cx="16" cy="18.5" r="2.6" fill="currentColor" stroke="none" />
        </>
      )}
      {module === 'square-pegs' && (
        // A square peg that does not fit a round hole.
        <>
          <circle cx="16" cy="16" r="12" />
          <rect x="9" y="9" width="14" height="14" rx="1" fill="currentColor" fillOpacity="0.25" transform="rotate(12 16 16)" />
        </>
      )}
      {module === 'benn' && (
        // A speaker and a story: a head and a speech bubble.
        <>
          <circle cx="10" cy="12" r="4" />
          <path d="M3 27c0-4.5 3.2-8 7-8s7 3.5 7 8" />
          <path d="M18 5h10a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 28 14h-5l-3.5 3v-3H18a1.5 1.5 0 0 1-1.5-1.5v-6A1.5 1.5 0 0 1 18 5z" />
        </>
      )}
    </svg>
  );
}

type ModuleMarkProps = { module: ModuleId; name: string; size?: number; separator?: boolean };

/**
 * The module's icon with its name beside it, in the module's accent. With `separator`, a dot
 * follows the name's last word, for a line that goes on ("The organiser · Lesson 5 of 10"):
 * when the rest wraps to a line of its own, the dot stays at the end of the name.
 */
export function ModuleMark({ module, name, size, separator = false }: ModuleMarkProps) {
  return (
    <span className="module-mark" data-module={module}>
      <ModuleIcon module={module} size={size} />
      <span className="module-mark__name">
        {name}
        {separator && <span className="module-mark__separator" aria-hidden="true"> ·</span>}
      </span>
    </span>
  );
}
