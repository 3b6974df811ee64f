// PNG from the exported SVG, in the browser: the SVG drawn as an image into a canvas at twice
// its size (crisp on projectors and in slides), refused if it came out blank.

/** Canvas limits that every current browser accepts. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 64_000_000;

export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(
    2,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_PIXELS / (width * height)),
  );
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    if (isBlank(canvas)) throw new BlankPictureError();
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export class BlankPictureError extends Error {
  constructor() {
    super('blank');
  }
}

/** All one colour (the SVG did not draw): judged on a small copy, not millions of pixels. */
function isBlank(canvas: HTMLCanvasElement): boolean {
  const w = Math.min(256, canvas.width);
  const h = Math.max(1, Math.round((canvas.height * w) / canvas.width));
  const probe = document.createElement('canvas');
  probe.width = w;
  probe.height = h;
  const context = probe.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0, w, h);
  const data = context.getImageData(0, 0, w, h).data;
  for (let i = 4; i < data.length; i += 4) {
    if (
      data[i] !== data[0] ||
      data[i + 1] !== data[1] ||
      data[i + 2] !== data[2] ||
      data[i + 3] !== data[3]
    )
      return false;
  }
  return true;
}
