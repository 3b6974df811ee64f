// The link as a QR code, drawn as one SVG path of dark modules on a light square with the
// standard quiet zone of 4 modules (ISO/IEC 18004), so a phone reads it off a projector.
import qrcode from 'qrcode-generator';

export const QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, quiet zone included: the SVG's viewBox size. */
  size: number;
  /** The dark modules, one rectangle per horizontal run. */
  path: string;
}

/**
 * Medium error correction (15% of the code may be damaged or glared) when the link fits,
 * low otherwise; null when it is too long for any QR code (over 2,953 bytes).
 */
export function qrCodeFor(text: string): QrCode | null {
  for (const level of ['M', 'L'] as const) {
    const code = qrcode(0, level);
    code.addData(text, 'Byte');
    try {
      code.make();
    } catch {
      continue; // "code length overflow": the text does not fit at this level.
    }
    return { size: code.getModuleCount() + 2 * QUIET_ZONE, path: darkRuns(code) };
  }
  return null;
}

function darkRuns(code: ReturnType<typeof qrcode>): string {
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && code.isDark(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
