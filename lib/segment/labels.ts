/**
 * The nine content types of NewsDiscourse (Choubey et al., ACL 2020) and their outline roles
 * (../shared/data/newsdiscourse/README.md). The model predicts the nine; Lede shows the four.
 */
import type { UnitRole } from '../types';

export const FINE_LABELS = [
  'Main',
  'Main_Consequence',
  'Cause_Specific',
  'Cause_General',
  'Distant_Historical',
  'Distant_Anecdotal',
  'Distant_Evaluation',
  'Distant_Expectations_Consequences',
  'NA',
] as const;
export type FineLabel = (typeof FINE_LABELS)[number];

export const FINE_TO_ROLE: Record<FineLabel, UnitRole> = {
  Main: 'result',
  Main_Consequence: 'result',
  Cause_Specific: 'background',
  Cause_General: 'background',
  Distant_Historical: 'background',
  Distant_Anecdotal: 'background',
  Distant_Evaluation: 'strategy',
  Distant_Expectations_Consequences: 'outlook',
  NA: 'other',
};

export const NA_INDEX = FINE_LABELS.indexOf('NA');
