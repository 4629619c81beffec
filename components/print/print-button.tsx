'use client';

/** Opens the browser's print dialogue. */
export function PrintButton({ label = 'Print this page' }: { label?: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
