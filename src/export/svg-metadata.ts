// The scenario inside an exported diagram: the SVG's <metadata> element holds the scenario
// file's exact text, so "Import scenario" reopens the experiment from the picture. Written and
// read here only, as plain text (no DOM), so the worker, Node and the browser agree.

export const SCENARIO_METADATA_ID = 'handshake-lab-scenario';

/** Text content for an XML element: the characters XML reserves, escaped. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (double-quoted). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** The <metadata> element that carries `scenarioText`. */
export function scenarioMetadata(scenarioText: string): string {
  return `<metadata id="${SCENARIO_METADATA_ID}">${xmlText(scenarioText)}</metadata>`;
}

const METADATA = new RegExp(
  `<metadata\\b[^>]*\\bid\\s*=\\s*["']${SCENARIO_METADATA_ID}["'][^>]*>([\\s\\S]*?)</metadata\\s*>`,
);
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The scenario text an SVG carries, or null when it has none. Undoes any escaping an editor
 * may have chosen when saving the file again (entities, numeric references, CDATA).
 */
export function scenarioTextFromSvg(svg: string): string | null {
  const found = METADATA.exec(svg);
  if (!found) return null;
  return found[1]!
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
            if (name !== undefined) return NAMED[name]!;
            const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
            // Not a character: leave it as written, the JSON reader will say where.
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
          }),
    )
    .join('');
}
