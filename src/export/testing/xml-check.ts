// A small XML well-formedness check for tests (Node has no DOMParser and the project has no
// XML library): tags nest and close, attributes are quoted and unique, every `&` starts a
// known entity or a character reference, `<` never appears in text. Returns the element
// names in document order, or throws naming the first problem and its offset.

const NAME = /^[A-Za-z_:][-\w.:]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, at: number): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) throw new Error(`bad entity at ${at + i}`);
  }
  if (text.includes('<')) throw new Error(`"<" in text at ${at}`);
}

export function checkXml(xml: string): string[] {
  const names: string[] = [];
  const open: string[] = [];
  let i = 0;
  let roots = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new Error(`unclosed comment at ${lt}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0 || open.length === 0) throw new Error(`bad CDATA at ${lt}`);
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name)
        throw new Error(`</${name}> does not close the open element at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const [name = '', ...rest] = body.split(/\s+/);
      if (!NAME.test(name)) throw new Error(`bad element name "${name}" at ${lt}`);
      const attrs = rest.join(' ');
      const seen = new Set<string>();
      const attr = /\s*([A-Za-z_:][-\w.:]*)="([^"<]*)"/y;
      let j = 0;
      while (j < attrs.trim().length) {
        attr.lastIndex = j;
        const m = attr.exec(attrs.trim());
        if (!m) throw new Error(`bad attribute in <${name}> at ${lt}`);
        if (seen.has(m[1]!)) throw new Error(`attribute ${m[1]} twice in <${name}> at ${lt}`);
        seen.add(m[1]!);
        checkText(m[2]!, lt);
        j = attr.lastIndex;
      }
      if (open.length === 0 && ++roots > 1) throw new Error(`a second root at ${lt}`);
      names.push(name);
      if (!selfClosing) open.push(name);
    }
    i = gt + 1;
  }
  if (open.length > 0) throw new Error(`<${open[open.length - 1]}> is never closed`);
  if (roots !== 1) throw new Error('no root element');
  return names;
}
