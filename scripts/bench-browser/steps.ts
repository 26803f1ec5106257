/**
 * Every step of `npm run bench:browser` runs under a time bound and a name (issue 7's memory
 * phase once stalled without a word): a step that does not finish fails with its name, so
 * the bench reports which step hung instead of hanging.
 */
export class StepError extends Error {}

export function step<T>(name: string, ms: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StepError(`${name}: no answer within ${ms} ms`)), ms);
    work()
      .then(resolve, (e: unknown) =>
        reject(new StepError(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)),
      )
      .finally(() => clearTimeout(timer));
  });
}
