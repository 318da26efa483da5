// A tiny baseline JPEG encoder for generated webcam pictures: greyscale, every 8×8 block one flat
// shade, so only DC coefficients are coded (each block ends at once). Enough for a browser to
// decode a picture that visibly differs per printer and per frame, with Node built-ins only.

/** The standard luminance DC table (ITU T.81, K.3): categories 0–11 cover every flat block. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** An AC table with one code, "0": end of block. A flat block needs nothing else. */
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALUES = [0];

/** Canonical Huffman codes (T.81, C.2) by symbol. */
function huffmanCodes(bits: number[], values: number[]): Map<number, { code: number; length: number }> {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let k = 0;
  bits.forEach((count, i) => {
    for (let n = 0; n < count; n++) codes.set(values[k++] as number, { code: code++, length: i + 1 });
    code <<= 1;
  });
  return codes;
}

const DC_CODES = huffmanCodes(DC_BITS, DC_VALUES);
const END_OF_BLOCK = huffmanCodes(AC_BITS, AC_VALUES).get(0)!;

/** Writes bits most significant first, stuffing a 0x00 after every 0xFF byte (T.81, F.1.2.3). */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.used === 8) this.flushByte();
    }
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00);
    this.current = 0;
    this.used = 0;
  }

  /** Pads the last byte with 1 bits. */
  finish(): number[] {
    if (this.used > 0) this.write(0xff, 8 - this.used);
    return this.bytes;
  }
}

const segment = (marker: number, body: number[]): number[] => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];

/**
 * A JPEG of `shades` (rows of 8×8 blocks, each 0–255), with `comment` in a COM segment.
 * Quantisation is 1 everywhere, so a flat block's DC coefficient is 8 × (shade − 128).
 */
export function encodeBlocksJpeg(shades: number[][], comment: string): Buffer {
  const rows = shades.length;
  const columns = shades[0]?.length ?? 0;
  if (rows === 0 || columns === 0 || shades.some((row) => row.length !== columns)) throw new RangeError('shades must be a non-empty rectangle');
  const height = rows * 8;
  const width = columns * 8;
  const bits = new BitWriter();
  let previous = 0;
  for (const row of shades) {
    for (const shade of row) {
      const dc = 8 * (Math.max(0, Math.min(255, Math.round(shade))) - 128);
      const diff = dc - previous;
      previous = dc;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const { code, length } = DC_CODES.get(category)!;
      bits.write(code, length);
      if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      bits.write(END_OF_BLOCK.code, END_OF_BLOCK.length);
    }
  }
  const text = [...Buffer.from(comment, 'latin1')];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xfe, text),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    ...segment(0xc4, [0x10, ...AC_BITS, ...AC_VALUES]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...bits.finish(),
    0xff, 0xd9,
  ]);
}
