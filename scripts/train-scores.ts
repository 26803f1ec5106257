/**
 * The figures `npm run eval -- --newsdiscourse` prints, over every sentence of labelled
 * documents (boilerplate sentences count as predicted NA): macro-F1 over the nine labels and
 * over the four roles. Shared by scripts/train.ts (decoding tuned on them) and
 * scripts/segment-cv.ts (cross-validation).
 */
import { confusion, macroF1 } from '../lib/eval/metrics';
import { FINE_LABELS, FINE_TO_ROLE, NA_INDEX } from '../lib/segment/labels';
import { ROLES } from '../lib/types';

export interface LabelledDoc {
  /** Gold label index of each unit the model scores. */
  labels: number[];
  /** Gold label index of each sentence set aside as boilerplate (predicted NA). */
  boilerplate: number[];
}

export function scores(docs: LabelledDoc[]) {
  const aside = docs.flatMap((d) => d.boilerplate);
  const gold = [...docs.flatMap((d) => d.labels), ...aside].map((l) => FINE_LABELS[l]);
  const roles = ['background', 'result', 'strategy', 'outlook', 'other'];
  const goldRoles = gold.map((l) => FINE_TO_ROLE[l as keyof typeof FINE_TO_ROLE]);
  return (pred: number[][]) => {
    const p = [...pred.flat(), ...aside.map(() => NA_INDEX)].map((l) => FINE_LABELS[l]);
    const fine = macroF1(confusion(gold, p, [...FINE_LABELS]));
    const role = macroF1(
      confusion(
        goldRoles,
        p.map((l) => FINE_TO_ROLE[l as keyof typeof FINE_TO_ROLE]),
        roles,
      ),
      ROLES,
    );
    return { fine, role };
  };
}
