// A small QR code reader for tests (ISO/IEC 18004), so a test can prove what a printed code encodes
// without trusting the encoder that drew it. It reads clean, axis-aligned images such as the ones our
// PDFs embed; it does no error correction, so any misread module shows up as a failure, not a repair.
// Error-correction level M only (what platform/pdf.ts draws); numeric, alphanumeric and byte segments.

export interface RgbImage {
  width: number;
  height: number;
  /** 8-bit RGB, row by row */
  rgb: Uint8Array;
}

/** Decodes the one QR code of an image to its text (UTF-8). */
export function decodeQrImage(image: RgbImage): string {
  return decodeQrMatrix(sampleModules(image));
}

/** Finds the symbol by its top-left finder pattern (7 modules wide) and samples every module's centre. */
export function sampleModules({ width, height, rgb }: RgbImage): boolean[][] {
  const dark = (x: number, y: number) => {
    const i = (y * width + x) * 3;
    return (rgb[i] ?? 255) + (rgb[i + 1] ?? 255) + (rgb[i + 2] ?? 255) < 384;
  };
  let top = -1;
  let left = -1;
  for (let y = 0; y < height && top < 0; y++)
    for (let x = 0; x < width; x++)
      if (dark(x, y)) {
        top = y;
        left = x;
        break;
      }
  if (top < 0) throw new Error('no QR code in the image');
  let run = 0;
  while (left + run < width && dark(left + run, top)) run++;
  const module = run / 7;
  let right = width - 1;
  while (right > left && !dark(right, top)) right--;
  const size = Math.round((right - left + 1) / module);
  if (size < 21 || (size - 17) % 4 !== 0) throw new Error(`not a QR symbol: ${size} modules wide`);
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) =>
      dark(Math.floor(left + (c + 0.5) * module), Math.floor(top + (r + 0.5) * module)),
    ),
  );
}

// level M: error-correction blocks and EC codewords per block, versions 1…40
const BLOCKS_M = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
  31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
const EC_PER_BLOCK_M = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The 15 format bits for 5 data bits: BCH(15,5) with generator 0x537, masked with 0x5412. */
function formatCode(data: number): number {
  let rem = data << 10;
  while (rem >= 1 << 10) rem ^= 0x537 << (31 - Math.clz32(rem) - 10);
  return ((data << 10) | rem) ^ 0x5412;
}

function popCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

function maskAt(mask: number, i: number, j: number): boolean {
  switch (mask) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = size === 145 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
  const positions = [size - 7];
  for (let i = 1; i < count - 1; i++) positions.push((positions[i - 1] ?? 0) - step);
  positions.push(6);
  return positions.reverse();
}

/** Modules that carry finder, timing, alignment, format and version patterns rather than data. */
function functionModules(version: number, size: number): boolean[][] {
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (row: number, col: number, rows: number, cols: number) => {
    for (let r = row; r < row + rows; r++)
      for (let c = col; c < col + cols; c++) {
        const line = reserved[r];
        if (line && c >= 0 && c < size) line[c] = true;
      }
  };
  mark(0, 0, 9, 9);
  mark(0, size - 8, 9, 8);
  mark(size - 8, 0, 8, 9); // includes the dark module at (4v+9, 8)
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  const positions = alignmentPositions(version, size);
  const last = positions.length - 1;
  positions.forEach((r, i) => {
    positions.forEach((c, j) => {
      // the three corners hold finder patterns instead
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      mark(r - 2, c - 2, 5, 5);
    });
  });
  if (version >= 7) {
    mark(0, size - 11, 6, 3);
    mark(size - 11, 0, 3, 6);
  }
  return reserved;
}

/** Decodes a module matrix (true = dark) to its text. */
export function decodeQrMatrix(matrix: readonly (readonly boolean[])[]): string {
  const size = matrix.length;
  const version = (size - 17) / 4;
  const at = (r: number, c: number) => matrix[r]?.[c] === true;

  // the two copies of the format information
  let vertical = 0;
  let horizontal = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    const col = i < 8 ? size - 1 - i : i === 8 ? 7 : 14 - i;
    if (at(row, 8)) vertical |= 1 << i;
    if (at(8, col)) horizontal |= 1 << i;
  }
  let format = -1;
  let distance = 16;
  for (let data = 0; data < 32; data++) {
    const code = formatCode(data);
    const d = Math.min(popCount(code ^ vertical), popCount(code ^ horizontal));
    if (d < distance) [format, distance] = [data, d];
  }
  if (distance > 3) throw new Error('unreadable format information');
  if (format >> 3 !== 0) throw new Error(`only error-correction level M is supported (format ${format})`);
  const mask = format & 7;

  // data modules, two columns at a time from the bottom right, zig-zagging up and down
  const reserved = functionModules(version, size);
  const bits: number[] = [];
  let upward = true;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (let k = 0; k < size; k++) {
      const row = upward ? size - 1 - k : k;
      for (const c of [col, col - 1])
        if (!reserved[row]?.[c]) bits.push(at(row, c) !== maskAt(mask, row, c) ? 1 : 0);
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));

  // undo the interleaving of the data codewords (shorter blocks first)
  const blockCount = BLOCKS_M[version - 1] ?? 0;
  const dataTotal = codewords.length - blockCount * (EC_PER_BLOCK_M[version - 1] ?? 0);
  const short = Math.floor(dataTotal / blockCount);
  const longBlocks = dataTotal % blockCount;
  const blocks: number[][] = Array.from({ length: blockCount }, () => []);
  let next = 0;
  for (let i = 0; i <= short; i++)
    blocks.forEach((block, b) => {
      const length = b < blockCount - longBlocks ? short : short + 1;
      if (i < length) block.push(codewords[next++] ?? 0);
    });
  return parseSegments(blocks.flat(), version);
}

function parseSegments(data: readonly number[], version: number): string {
  let position = 0;
  const total = data.length * 8;
  const read = (count: number) => {
    let value = 0;
    for (let i = 0; i < count; i++, position++)
      value = (value << 1) | (((data[position >> 3] ?? 0) >> (7 - (position & 7))) & 1);
    return value;
  };
  const group = version <= 9 ? 0 : version <= 26 ? 1 : 2;
  const bytes: number[] = [];
  while (position + 4 <= total) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read([10, 12, 14][group] ?? 0);
      for (; count >= 3; count -= 3) bytes.push(...Buffer.from(String(read(10)).padStart(3, '0')));
      if (count === 2) bytes.push(...Buffer.from(String(read(7)).padStart(2, '0')));
      if (count === 1) bytes.push(...Buffer.from(String(read(4))));
    } else if (mode === 2) {
      let count = read([9, 11, 13][group] ?? 0);
      for (; count >= 2; count -= 2) {
        const pair = read(11);
        bytes.push(ALPHANUMERIC.charCodeAt(Math.floor(pair / 45)), ALPHANUMERIC.charCodeAt(pair % 45));
      }
      if (count === 1) bytes.push(ALPHANUMERIC.charCodeAt(read(6)));
    } else if (mode === 4) {
      const count = read([8, 16, 16][group] ?? 0);
      for (let i = 0; i < count; i++) bytes.push(read(8));
    } else throw new Error(`unsupported QR segment mode ${mode}`);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
}
