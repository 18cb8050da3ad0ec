/**
 * Draws the Teams app icons as PNG (run: `npx tsx assets/teams/draw-icons.ts`): a document with a
 * tick. color.png is 192×192 on the accent colour; outline.png is 32×32, white on transparent, as
 * Teams requires. Shapes are sampled 4×4 per pixel for smooth edges.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from './png';

type Shape = (x: number, y: number) => boolean;

/** Shapes in a unit square (0..1). */
const inRect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const nearSegment = (ax: number, ay: number, bx: number, by: number, r: number): Shape => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= r;
};

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (shape((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function render(size: number, background: [number, number, number] | null, shape: Shape): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(shape, x, y, size);
      const o = (y * size + x) * 4;
      if (background) {
        data[o] = Math.round(background[0] * (1 - a) + 255 * a);
        data[o + 1] = Math.round(background[1] * (1 - a) + 255 * a);
        data[o + 2] = Math.round(background[2] * (1 - a) + 255 * a);
        data[o + 3] = 255;
      } else {
        data.set([255, 255, 255, Math.round(255 * a)], o);
      }
    }
  }
  return { width: size, height: size, data };
}

/** The document sheet's outline and a tick; `stroke` is the line half-width in unit coordinates. */
function documentWithTick(stroke: number, filledSheet: boolean): Shape {
  const [x0, y0, x1, y1] = [0.24, 0.14, 0.76, 0.86];
  const outer = inRect(x0, y0, x1, y1);
  const inner = inRect(x0 + 2 * stroke, y0 + 2 * stroke, x1 - 2 * stroke, y1 - 2 * stroke);
  const tick: Shape[] = [nearSegment(0.36, 0.52, 0.46, 0.64, stroke), nearSegment(0.46, 0.64, 0.66, 0.38, stroke)];
  const lines: Shape[] = [nearSegment(0.36, 0.28, 0.64, 0.28, stroke * 0.7), nearSegment(0.36, 0.76, 0.64, 0.76, stroke * 0.7)];
  if (filledSheet) {
    // Colour icon: a white sheet with the tick and lines cut out (shown in the background colour).
    return (x, y) => outer(x, y) && !tick.some((s) => s(x, y)) && !lines.some((s) => s(x, y));
  }
  return (x, y) => (outer(x, y) && !inner(x, y)) || tick.some((s) => s(x, y)) || lines.some((s) => s(x, y));
}

export function drawIcons(dir: string): void {
  // #0F6CBD, the manifest's accentColor (Teams brand blue).
  writeFileSync(path.join(dir, 'color.png'), encodePng(render(192, [0x0f, 0x6c, 0xbd], documentWithTick(0.035, true))));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(render(32, null, documentWithTick(0.045, false))));
}

if (require.main === module) drawIcons(__dirname);
