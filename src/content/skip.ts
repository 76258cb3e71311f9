/**
 * Whether an element is not article text, as a function of the skip selectors. The common selectors are simple
 * (a tag, an attribute present, equal, containing or starting with a value), and testing them in script is many
 * times cheaper than `Element.matches` with a 40-selector list on each of a live blog's 20,000 blocks and
 * ancestors. Any other selector (site rules' `p.baca`, `.read__paging`) is left to one `matches` call.
 */
export type SkipTest = (el: Element) => boolean;

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=';
  value: string;
}

const TAG = /^[a-z][a-z0-9-]*$/;
const ATTR = /^\[([a-z][a-z0-9-]*)(?:(\*=|\^=|=)"([^"\\]*)")?\]$/;

export function skipTest(selectors: readonly string[]): SkipTest {
  const tags = new Set<string>();
  const byAttr = new Map<string, AttrTest[]>();
  const rest: string[] = [];
  for (const raw of selectors) {
    const s = raw.trim();
    const a = ATTR.exec(s);
    if (TAG.test(s)) tags.add(s);
    else if (a) {
      const list = byAttr.get(a[1]!) ?? [];
      list.push({ name: a[1]!, op: (a[2] ?? '') as AttrTest['op'], value: a[3] ?? '' });
      byAttr.set(a[1]!, list);
    } else rest.push(s);
  }
  const attrs = [...byAttr];
  let other = rest.join(',');
  return (el) => {
    if (tags.has(el.localName)) return true;
    if (el.hasAttributes()) {
      for (const [name, tests] of attrs) {
        const v = el.getAttribute(name);
        if (v !== null && tests.some((t) => attrMatches(t, v))) return true;
      }
    }
    if (!other) return false;
    try {
      return el.matches(other);
    } catch {
      other = ''; // an invalid selector skips nothing
      return false;
    }
  };
}

function attrMatches(t: AttrTest, v: string): boolean {
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    // CSS: an empty substring or prefix matches nothing.
    case '*=':
      return t.value !== '' && v.includes(t.value);
    case '^=':
      return t.value !== '' && v.startsWith(t.value);
  }
}
