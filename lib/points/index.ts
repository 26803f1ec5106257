/**
 * Key points (issue 4): for each role, the few sentences that say the most about it, and a gist
 * on top. Works with whichever segmentation `segment()` returns (only its shape is used:
 * paragraph roles, and sentence units with paragraph index, text, offset and role).
 *
 * Exports (stable, used by lib/outline.ts, scripts/eval.ts and the UI):
 *  - `pickPoints(article, seg, length = 'standard', gates = GATES) → { gist, sections }`: `gist`
 *    is a ChosenPoint or null; `sections` always holds the four roles in ROLES order, each with 0…N
 *    points in article order (N = POINTS_PER_SECTION[length]). Only sentences that pass their
 *    role's bars (./gate.ts, models/points.json, tuned by scripts/tune-points.ts) are shown.
 *  - `GATES`, `Gates`: the shipped bars (scripts/tune-points.ts passes others to tune them).
 *  - `POINTS_PER_SECTION`: brief 1, standard 3, detailed 5.
 *  - `trimSentence` (from ./trim): the shown text of a sentence.
 * A point's `text` is the shown text (whole or trimmed), `sentence` the exact source sentence,
 * `paragraphIds` the ids of its source paragraph. A point is one sentence, or a quotation the
 * sentence splitter tore apart, joined again within its paragraph (./spans.ts): then `sentence`
 * is that stretch of the paragraph's text. lib/outline.ts gives each its link (a Point).
 */
import { ROLES, type Article, type ChosenPoint, type Length, type Role, type Section } from '../types';
import type { Segmentation, SentenceUnit } from '../segment';
import { idBag } from '../text/idbags';
import { TOKENS } from '../text/intern';
import type { Bag } from '../text/tokens';

import { isCore, LEAD_SENTENCES } from './core';
import { mergeBags, tiledBy } from './focus';
import { gateFor, GATES, type Gates } from './gate';
import { pickGist } from './gist';
import { GIST_CONTEXT, gistWindow } from './gist-window';
import { nearlyRepeats, scoreCandidates, selectPoints, type Candidate } from './select';
import { PointSentences } from './sentences';

export { trimSentence } from './trim';
export { isPointWorthy } from './worthy';
export { GATES, type Gates } from './gate';

export const POINTS_PER_SECTION: Record<Length, number> = { brief: 1, standard: 3, detailed: 5 };

export function pickPoints(
  article: Article,
  seg: Segmentation,
  length: Length = 'standard',
  gates: Gates = GATES,
): { gist: ChosenPoint | null; sections: Section<ChosenPoint>[] } {
  const run = new PointSentences(article, seg);
  const sentences = run.sentences;
  // (The token table may start again here, as at a segment() call: kept bags are then made anew.)
  TOKENS.maybeReset();
  const head = idBag(article.title);
  const focus = focusOf(article, sentences, run.firstWorthy(1)[0], head, run.bagOf);
  const lead = new Set(run.firstWorthy(LEAD_SENTENCES));
  // The gist is always shown (issue 4). It is chosen among the lead's sentences of every role
  // (./gist.ts): the segmenter often calls the main event background or strategy. Whatever its
  // sentence's role, it is the main event, so no other role shows it (nor a span holding it) as
  // a point. It is one of segment()'s sentences, never a quotation span (./spans.ts): the ranker
  // learns on those sentences, and offering it the spans moved its window and lost one ja-news
  // gist (15 → 14 of 18, retrained or not) for none gained on NewsDiscourse (83 of 100 both).
  const gw = gistWindow(sentences, run.firstWorthy(GIST_CONTEXT), run.bagOf);
  const top = pickGist(gw.window, head, gw.context, article.lang);
  const gist = top < 0 ? -1 : gw.orders[top];
  const gistUnit = gist < 0 ? -1 : run.unitOf(gist);
  const units = run.units;
  const mayShow = (k: number, role: Role) => role === 'result' || k !== gistUnit;
  const k = POINTS_PER_SECTION[length];
  // Each role's units in paragraphs of that role, in one pass. A sentence whose paragraph
  // the segmentation gives another role is more often a slip than a point: leaving them out
  // raised outlook point precision from 0.38 to 0.44 on NewsDiscourse validation and from 0.42
  // to 0.60 on ja-news (real segment()), at the cost of a few more "not covered" sections.
  const byRole: number[][] = ROLES.map(() => []);
  for (let i = 0; i < units.length; i++) {
    const r = ROLES.indexOf(units[i].role as Role);
    if (r >= 0 && seg.paragraphs[units[i].paragraph] === units[i].role) byRole[r].push(i);
  }
  const pools = ROLES.map((role): Candidate[] => {
    // The gist may also be a result point: a copied Result section must hold the main event
    // on its own (issue 4, "copy one section").
    const bar = gateFor(gates, article.lang, role);
    const least = Math.min(bar.core, bar.plain);
    const cands: Candidate[] = [];
    for (const i of byRole[ROLES.indexOf(role)]) {
      const u = units[i];
      const c = u.confidence ?? 1;
      if (c < least) continue;
      if (c < bar.plain && !isCore(u.text, role, article.lang, run.covers(i, lead))) continue;
      if (run.unitWorthy(i) && mayShow(i, role)) cands.push(run.candidate(i));
    }
    // A section that would stay empty shows the role's surest unit when it reaches the
    // `alone` bar: one point where the article has the role, not a row of doubtful ones.
    if (!cands.length && bar.alone !== undefined && bar.alone < least) {
      let best = -1;
      for (const i of byRole[ROLES.indexOf(role)]) {
        const c = units[i].confidence ?? 1;
        if (
          c >= bar.alone &&
          (best < 0 || c > (units[best].confidence ?? 1)) &&
          run.unitWorthy(i) &&
          mayShow(i, role)
        )
          best = i;
      }
      if (best >= 0) cands.push(run.candidate(best));
    }
    scoreCandidates(cands, focus, sentences.length);
    return cands;
  });
  const chosen = pools.map((cands) => selectPoints(cands, k, sentences.length));
  // One fact, one point. MMR keeps a role from saying a thing twice; across roles, a lead that
  // restates what its body then tells in place showed it twice (ja-news 33-nhk: Result "これを
  // 受けて、ウクライナは近く大規模な反転攻勢に乗り出す構えです。", from the lead, and Outlook "軍事
  // 支援を受けて、…構えです。", from the body; 01-nhk likewise). The later telling stays: it sits
  // among its context, in the paragraph whose role it plays. The gist's own sentence stays (a
  // copied Result holds the main event). Each round takes one candidate out, so this ends.
  const gistOwn = gistUnit < 0 ? null : units[gistUnit];
  for (let pair = repeatAcross(chosen, gistOwn); pair; pair = repeatAcross(chosen, gistOwn)) {
    const [r, drop] = pair;
    pools[r] = pools[r].filter((c) => c !== drop);
    chosen[r] = selectPoints(pools[r], k, sentences.length);
  }
  const sections = ROLES.map((role, r): Section<ChosenPoint> => ({
    role,
    points: chosen[r].map((c) => run.point(c.unit)),
  }));
  // An outline with no point at all says nothing a reader can copy or follow (ja-news
  // 20-nhk-easy: every sentence below the bars): its main event, the gist, stands under
  // result. The bars still decide every other case.
  if (gist >= 0 && sections.every((s) => !s.points.length))
    sections[ROLES.indexOf('result')].points.push(run.point(sentences[gist]));
  return { gist: gist < 0 ? null : run.point(sentences[gist]), sections };
}

/**
 * Two chosen points of different roles that say the same thing: the role and candidate to take
 * out (the one earlier in the article, unless it is the gist's sentence), or null.
 */
function repeatAcross(chosen: Candidate[][], gist: SentenceUnit | null): [number, Candidate] | null {
  for (let r = 0; r < chosen.length; r++)
    for (const a of chosen[r])
      for (let q = r + 1; q < chosen.length; q++)
        for (const b of chosen[q]) {
          if (!nearlyRepeats(a, b)) continue;
          const [first, later] =
            a.order < b.order ? [[r, a] as const, [q, b] as const] : [[q, b] as const, [r, a] as const];
          const drop = first[1].unit === gist ? later : first;
          return [drop[0], drop[1]];
        }
  return null;
}

/**
 * The headline and the lead paragraph (the paragraph of the first worthy sentence) as one bag:
 * `bag(\`${title} ${lead}\`)`, merged from the sentences' bags where they tile the paragraph.
 */
function focusOf(
  article: Article,
  units: SentenceUnit[],
  first: number | undefined,
  head: Bag,
  bagOf: (i: number) => Bag,
): Bag {
  if (first === undefined) return head;
  const p = units[first].paragraph;
  const text = article.paragraphs[p].text;
  let from = first;
  while (from > 0 && units[from - 1].paragraph === p) from--;
  let to = first;
  while (to + 1 < units.length && units[to + 1].paragraph === p) to++;
  const pieces = units.slice(from, to + 1);
  if (!tiledBy(text, pieces)) return idBag(`${article.title} ${text}`);
  return mergeBags([head, ...pieces.map((_, j) => bagOf(from + j))]);
}
