import { create } from 'qrcode';

/**
 * A QR code as one SVG path: each run of dark modules in a row becomes a rectangle. The
 * path is drawn by React as an ordinary element; no markup is injected.
 */
export type QrShape = { size: number; path: string };

export function qrShape(text: string): QrShape {
  // One byte-mode segment, as for any address with lower-case letters: left to itself the
  // library searches for the best mix of modes, the larger part of encoding a short link.
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      parts.push(`M${start} ${row}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size, path: parts.join('') };
}

/** Whether the module at (row, column) is dark, read back from a shape's path (for tests). */
export function isDark(shape: QrShape, row: number, column: number): boolean {
  for (const match of shape.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, width] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (y === row && column >= x && column < x + width) return true;
  }
  return false;
}
