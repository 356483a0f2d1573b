/**
 * Writes the XML of an object from docx's formatter (`{ 'w:b': { _attr: { 'w:val': false } } }`)
 * exactly as docx's own writer does without indentation (its `stringifyXmlable`, which keeps the
 * xml package's quirks so that docx writes the same bytes as it always did). docx does not export
 * that writer; fast-rows.ts needs it to turn a cell's formatting into text once and reuse it for
 * thousands of cells. tests/unit/shared/documents/fast-rows.test.ts compares whole documents
 * written both ways, byte for byte.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute value as docx escapes it: markup escaped, control characters dropped. */
export function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? '');
}

/** What docx writes as text: strings escaped, numbers and booleans as they are. */
type Text = string | number | boolean | undefined;

function escapeValue(value: unknown): Text {
  return typeof value === 'string' ? escapeXml(value) : (value as Text);
}

type Xmlable = Record<string, unknown>;

/** The XML of one element and everything in it. */
export function xmlOf(data: Xmlable): string {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: Text[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            const child = value as Xmlable;
            if (Object.keys(child)[0] === '_attr') addAttributes(child._attr as Record<string, unknown>);
            else content.push(xmlOf(child));
          } else {
            // docx's quirk, kept: a text value replaces the child written just before it.
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    content.push(escapeValue(values));
  }
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.map((child) => (child === undefined ? '' : String(child))).join('') + (name ? `</${name}>` : '');
}
