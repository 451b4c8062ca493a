// Reads a generated PDF back for tests, beyond platform/pdf-inspect.testkit.ts: the QR codes its images
// show, and its text with positions, to check that nothing is drawn off the page.
import { decodePDFRawStream, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { decodeQrImage, type RgbImage } from './qr-decode.testkit.ts';

/** The RGB image XObjects of a PDF (as pdf-lib embeds PNGs), in object order. */
export async function readPdfImages(bytes: Uint8Array): Promise<RgbImage[]> {
  const doc = await PDFDocument.load(bytes);
  const images: RgbImage[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const { dict } = object;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceRGB')) continue;
    images.push({
      width: dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
      height: dict.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
      rgb: decodePDFRawStream(object).decode(),
    });
  }
  return images;
}

/** The text of every QR code drawn in the PDF. */
export async function readQrCodes(bytes: Uint8Array): Promise<string[]> {
  return (await readPdfImages(bytes)).map(decodeQrImage);
}

export interface PositionedText {
  str: string;
  /** baseline origin in points from the bottom left */
  x: number;
  y: number;
  width: number;
}
export interface PageText {
  width: number;
  height: number;
  items: PositionedText[];
}

/** Every text item of every page with its position. */
export async function readPdfTextItems(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width = 0, height = 0] = page.view;
    const items: PositionedText[] = [];
    for (const item of (await page.getTextContent()).items)
      if ('str' in item && item.str)
        items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width });
    pages.push({ width, height, items });
  }
  await pdf.destroy();
  return pages;
}
