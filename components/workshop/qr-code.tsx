'use client';

import { useDeferredValue, useMemo } from 'react';
import { qrShape, type QrShape } from '@/lib/workshop/qr';
import { useOrigin } from './use-origin';

const quiet = 4;

/**
 * The QR code for a path on whatever host serves the site, with the address written under it.
 *
 * Encoding a code takes a slow laptop tens of milliseconds, so it is left out of the render
 * that shows a step: the step appears with a blank square of the code's size, and the code
 * is drawn into it by a deferred render a moment later. The square is sized by the page's
 * CSS, not by the code, so nothing moves when it arrives.
 */
export function QrCode({ path, label }: { path: string; label: string }) {
  const base = useOrigin();
  const url = base ? `${base}${path}` : '';
  const encodedUrl = useDeferredValue(url, '');
  const shape = useMemo(() => (encodedUrl ? qrShape(encodedUrl) : undefined), [encodedUrl]);
  if (!url) return null;
  const host = base.replace(/^https?:\/\//, '');
  return (
    <figure className="qr">
      {/* Until the code for this address is ready, a blank square (the code's white quiet zone). */}
      {shape && encodedUrl === url ? (
        <QrSvg shape={shape} label={label} />
      ) : (
        <svg className="qr__code" viewBox="0 0 1 1" aria-hidden="true">
          <rect width={1} height={1} fill="#ffffff" />
        </svg>
      )}
      <figcaption className="qr__caption">
        <span className="qr__label">{label}</span>
        {/* If the address must wrap, it wraps after the host rather than mid-word. */}
        <span className="qr__url">
          {host}
          <wbr />
          {path}
        </span>
      </figcaption>
    </figure>
  );
}

/** A code drawn as one path on white, with its quiet zone round it. */
function QrSvg({ shape, label }: { shape: QrShape; label: string }) {
  const size = shape.size + quiet * 2;
  return (
    <svg className="qr__code" viewBox={`${-quiet} ${-quiet} ${size} ${size}`} role="img" aria-label={`QR code for ${label}`} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={size} height={size} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}
