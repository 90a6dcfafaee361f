/** Minimal XML writing for the sandbox's AWS responses. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type XmlContent = string | number | boolean | null | undefined | XmlContent[];

/** `<name>content</name>`; null/undefined content omits the element; nested arrays are concatenated (already XML). */
export function el(name: string, content: XmlContent): string {
  if (content === null || content === undefined) {
    return '';
  }
  const inner = Array.isArray(content)
    ? content.map((c) => (typeof c === 'string' ? c : '')).join('')
    : raw(content);
  return `<${name}>${inner}</${name}>`;
}

/** A text element: the value is escaped. */
export function text(name: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function raw(content: string | number | boolean): string {
  return typeof content === 'string' ? content : String(content);
}

/** `<wrapper><member>…</member>…</wrapper>` with each item rendered by `render`. */
export function list<T>(
  wrapper: string,
  member: string,
  items: readonly T[],
  render: (item: T) => string[],
): string {
  return el(
    wrapper,
    items.map((item) => el(member, render(item))),
  );
}

export function document(root: string, namespace: string | undefined, content: string[]): string {
  const ns = namespace ? ` xmlns="${namespace}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${ns}>${content.join('')}</${root}>`;
}
