/** Groundwork's mark: a seedling breaking ground. */
export function SiteLogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <path d="M3 24h26" />
      <path d="M16 24V13" />
      <path d="M16 15c-1-4.5-4.5-6.5-9-6 .5 4.5 4 6.5 9 6z" fill="currentColor" fillOpacity="0.3" />
      <path d="M16 13c1-4.5 4.5-6.5 9-6-.5 4.5-4 6.5-9 6z" fill="currentColor" fillOpacity="0.3" />
      <path d="M8 28h16" strokeOpacity="0.5" />
    </svg>
  );
}
