// The Reader View test alone (@mozilla/readability ships it as its own CommonJS file, without
// types of its own): importing it from the package's index would bundle all of Readability into
// the ahead script (lib/page/shown.ts).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
