// Test helpers that read a generated PDF back: its text through pdfjs (as a viewer extracts it) and
// its embedded fonts and images through pdf-lib's object table. Used by tests only.
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page, items joined without separators (CJK has no spaces to keep). */
export async function readPdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

export interface PdfInventory {
  pageCount: number;
  /** decoded bytes of every FontFile2 (embedded TrueType) stream */
  fontFiles: Uint8Array[];
  imageCount: number;
}

/** Lists the embedded TrueType fonts and the image XObjects of a PDF. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInventory> {
  const doc = await PDFDocument.load(bytes);
  const fontFiles: Uint8Array[] = [];
  let imageCount = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict) {
      const file = object.lookup(PDFName.of('FontFile2'));
      if (file instanceof PDFRawStream) fontFiles.push(decodePDFRawStream(file).decode());
    }
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
      imageCount++;
    }
  }
  return { pageCount: doc.getPageCount(), fontFiles, imageCount };
}
