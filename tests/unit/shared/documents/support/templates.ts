/** Letterhead templates for the tests, made as a municipality might make one in Word. */
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';

/** Placeholders in the header and the body, one spaced ({{ body }}) and one Quorum does not know. */
export async function letterheadTemplate({ status = true } = {}): Promise<Uint8Array> {
  const document = new Document({
    title: 'Letterhead',
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: 'THE {{municipality}} ', bold: true }), new TextRun(status ? '{{status}}' : '')] })],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph('Official template footer')] }) },
        children: [
          new Paragraph('OFFICIAL LETTERHEAD TEMPLATE'),
          new Paragraph({ children: [new TextRun('Document: {{title}}')] }),
          new Paragraph({ children: [new TextRun('Meeting of {{ body }} on {{meeting_date}}')] }),
          new Paragraph('{{content}}'),
          new Paragraph('Ref {{unknown_thing}} end of template'),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
