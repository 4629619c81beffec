/** Right and wrong shown by icon and words together, never by colour alone. */
type FeedbackMarkProps = { verdict: 'right' | 'wrong' | 'open'; label?: string };

export function FeedbackMark({ verdict, label: givenLabel }: FeedbackMarkProps) {
  const label = givenLabel ?? (verdict === 'right' ? 'Right' : verdict === 'wrong' ? 'Not quite' : 'Open question');
  return (
    <span className={`feedback-mark feedback-mark--${verdict}`}>
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {verdict === 'right' && <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />}
        {verdict === 'wrong' && <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />}
        {verdict === 'open' && (
          <>
            <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M7 10h6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </>
        )}
      </svg>
      {label}
    </span>
  );
}
