'use client';

import { useMemo } from 'react';
import { qrShape } from '@/lib/workshop/qr';
import { useOrigin } from './use-origin';

/** The QR code for a path on whatever host serves the site, with the address written under it. */
export function QrCode({ path, label }: { path: string; label: string }) {
  const base = useOrigin();
  const url = `${base}${path}`;
  const shape = useMemo(() => (base ? qrShape(url) : undefined), [base, url]);
  if (!shape) return null;
  const host = base.replace(/^https?:\/\//, '');
  const quiet = 4;
  const size = shape.size + quiet * 2;
  return (
    <figure className="qr">
      <svg className="qr__code" viewBox={`${-quiet} ${-quiet} ${size} ${size}`} role="img" aria-label={`QR code for ${label}`} shapeRendering="crispEdges">
        <rect x={-quiet} y={-quiet} width={size} height={size} fill="#ffffff" />
        <path d={shape.path} fill="#000000" />
      </svg>
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
