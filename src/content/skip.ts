/**
 * Whether an element is not article text, as a function of the skip selectors. The common selectors are simple
 * (a tag, a class, an id, an attribute present, equal, containing or starting with a value), and testing them in
 * script is many times cheaper than `Element.matches` with a 40-selector list on each of a live blog's 20,000 blocks
 * and ancestors. Any other selector is left to one `matches` call.
 */
import { escapeRegExp } from '../core/regexp';

export type SkipTest = (el: Element) => boolean;

const TAG = /^[a-z][a-z0-9-]*$/;
const ATTR = /^\[([a-z][a-z0-9-]*)(?:(\*=|\^=|=)"([^"\\]*)")?\]$/;
/** `.name`, `tag.name` or `#name` (one class or id, no escapes). */
const CLASS_OR_ID = /^([a-z][a-z0-9-]*)?([.#])(-?[_a-zA-Z][_a-zA-Z0-9-]*)$/;
/** HTML's white space between class names. */
const WS = '[ \\t\\n\\f\\r]';


/**
 * `quirks`: the page is in quirks mode, where class and id selectors ignore case: those are then left to `matches`.
 */
export function skipTest(selectors: readonly string[], quirks = false): SkipTest {
  const tags = new Set<string>();
  // Per attribute name, the alternatives of one regex over its value; per tag, the class names of `tag.name`.
  const byAttr = new Map<string, string[]>();
  const classByTag = new Map<string, string[]>();
  const add = <K>(m: Map<K, string[]>, k: K, alt: string) => m.set(k, [...(m.get(k) ?? []), alt]);
  const token = (name: string) => `(?:^|${WS})${escapeRegExp(name)}(?=${WS}|$)`;
  const rest: string[] = [];
  for (const raw of selectors) {
    const s = raw.trim();
    const a = ATTR.exec(s);
    const c = quirks ? null : CLASS_OR_ID.exec(s);
    if (TAG.test(s)) tags.add(s);
    else if (a) {
      const [, name, op, value = ''] = a;
      // CSS: an empty substring or prefix matches nothing.
      if ((op === '*=' || op === '^=') && !value) continue;
      add(byAttr, name!, op === '=' ? `^${escapeRegExp(value)}$` : op === '^=' ? `^${escapeRegExp(value)}` : op === '*=' ? escapeRegExp(value) : '');
    } else if (c && c[2] === '.' && c[1]) add(classByTag, c[1], token(c[3]!));
    else if (c && c[2] === '.') add(byAttr, 'class', token(c[3]!));
    else if (c && !c[1]) add(byAttr, 'id', `^${escapeRegExp(c[3]!)}$`);
    else rest.push(s);
  }
  const compile = (alts: string[]) => new RegExp(alts.map((x) => `(?:${x})`).join('|'));
  const attrRe = new Map([...byAttr].map(([k, v]) => [k, compile(v)]));
  const classRe = new Map([...classByTag].map(([k, v]) => [k, compile(v)]));
  let other = rest.join(',');
  return (el) => {
    const tag = el.localName;
    if (tags.has(tag)) return true;
    if (el.hasAttributes()) {
      // Most elements have one or two attributes: look at those, not at every name the selectors test.
      const names = el.getAttributeNames();
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const re = attrRe.get(name);
        const tagRe = name === 'class' ? classRe.get(tag) : undefined;
        if (!re && !tagRe) continue;
        const v = el.getAttribute(name) ?? '';
        if (re?.test(v) || tagRe?.test(v)) return true;
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
