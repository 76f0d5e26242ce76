/**
 * Non-negative whole numbers (places, counts, character codes) in the smallest typed array that
 * holds them: 16 bits where they all fit, else 32. Tables shipped so are half the bytes to read.
 */
export function indexArray(values: ArrayLike<number>): Uint16Array | Int32Array {
  let largest = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > largest) largest = values[i]!;
  return largest < 0x10000 ? Uint16Array.from(values) : Int32Array.from(values);
}
