/**
 * One sentence's slots, the first `count` of `buffer`: kept from sentence to sentence (an array
 * emptied per sentence let go of its storage and grew it again: issue 7's garbage).
 */
let buffer = new Int32Array(512);
let count = 0;

/** Starts a sentence's slots. */
export function clearSlots(): void {
  count = 0;
}

export function put(slot: number): void {
  if (count === buffer.length) {
    const grown = new Int32Array(buffer.length * 2);
    grown.set(buffer);
    buffer = grown;
  }
  buffer[count++] = slot;
}

/** The slots put since clearSlots(), valid until the next clearSlots(). */
export function slotsPut(): Int32Array {
  return buffer.subarray(0, count);
}
