/**
 * What a valid outline is, checked on every fuzz run: the Outline's shape (four sections in
 * order, every point pointing at a real paragraph), and every copy format in every scope
 * (lib/format/copy.ts) plus the CLI's JSON producing well-formed text (no lone surrogates, so
 * valid UTF-8), JSON that parses, and rich HTML made only of the outline's own markup: no
 * element, attribute or link from the page survives (issue 8: "rich copy escapes everything").
 */
import { COPY_FORMATS, copyPayload, OUTLINE_SCOPE, type CopyScope } from '../../lib/format/copy';
import { toJson } from '../../lib/format/json';
import { parseDocument } from '../../lib/node/parse';
import { ROLES, type Outline } from '../../lib/types';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The markup lib/format/html.ts writes; anything else came from the page. */
const RICH_TAGS = new Set(['DIV', 'H1', 'H2', 'P', 'BR', 'BLOCKQUOTE', 'UL', 'LI', 'A', 'EM']);
const RICH_ATTRIBUTES = new Set(['lang', 'href']);

/** Every scope a reader can copy: the outline, each section, the gist, each section's first point. */
export function scopes(o: Outline): CopyScope[] {
  return [
    OUTLINE_SCOPE,
    ...ROLES.map((role): CopyScope => ({ kind: 'section', role })),
    ...(o.gist ? [{ kind: 'gist' } as CopyScope] : []),
    ...o.sections
      .filter((s) => s.points.length)
      .map((s): CopyScope => ({ kind: 'point', role: s.role, index: 0 })),
  ];
}

export function richHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!RICH_TAGS.has(el.tagName.toUpperCase()))
      problems.push(`rich: <${el.tagName.toLowerCase()}> from the page`);
    for (const a of Array.from(el.attributes))
      if (!RICH_ATTRIBUTES.has(a.name)) problems.push(`rich: attribute ${a.name} from the page`);
    const href = el.getAttribute('href');
    if (href !== null && !/^(https?|file):/i.test(href)) problems.push(`rich: link ${href.slice(0, 40)}`);
  }
  return problems;
}

function textProblems(name: string, out: unknown): string[] {
  if (typeof out !== 'string' || !out) return [`${name}: empty`];
  return LONE_SURROGATE.test(out) ? [`${name}: lone surrogate (not valid UTF-8)`] : [];
}

/** Problems with an outline and its formats; empty when it is valid. */
export function outlineProblems(o: Outline): string[] {
  const problems: string[] = [];
  if (o.sections.length !== ROLES.length || o.sections.some((s, i) => s.role !== ROLES[i]))
    problems.push('sections are not the four roles in order');
  const ids = new Set(o.paragraphs.map((p) => p.id));
  const points = [...o.sections.flatMap((s) => s.points), ...(o.gist ? [o.gist] : [])];
  for (const p of points) {
    if (!p.text || typeof p.sentence !== 'string') problems.push('a point without text');
    if (!p.paragraphIds.length || p.paragraphIds.some((id) => !ids.has(id)))
      problems.push(`a point links to a missing paragraph: ${p.paragraphIds.join(',')}`);
  }
  if (!Number.isFinite(o.readingMinutes) || o.readingMinutes < 1)
    problems.push(`readingMinutes ${o.readingMinutes}`);

  const json = toJson(o);
  problems.push(...textProblems('json', json));
  try {
    JSON.parse(json);
  } catch (e) {
    problems.push(`json: does not parse: ${(e as Error).message}`);
  }
  for (const scope of scopes(o))
    for (const format of COPY_FORMATS) {
      const payload = copyPayload(o, scope, format);
      const name = `${format} ${scope.kind}`;
      problems.push(...textProblems(name, payload['text/plain']));
      if (format === 'rich')
        problems.push(
          ...textProblems(name, payload['text/html']),
          ...richHtmlProblems(payload['text/html'] ?? ''),
        );
    }
  return [...new Set(problems)];
}
