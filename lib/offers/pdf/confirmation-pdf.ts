// "Potwierdzenie złożenia oferty": the page the people who represent each
// applicant sign (by hand, or with a qualified or trusted signature over the
// file) and the office keeps with the offer. It names the office, the
// competition, the task, the offer, the applicants, the version and its full
// checksum with a QR code of it (the office finds the version by it), and
// leaves a signature block for each chosen signer: the board from the KRS
// data is offered, whose masked names the signers complete by hand.
import QRCode from "qrcode";
import { createPdf } from "@/lib/pdf/document";
import { labelled, sectionHeading, stampFooters } from "@/lib/offers/pdf/layout";
import { footerText, polishTimestamp } from "@/lib/offers/pdf/offer-pdf";

export type Signer = { name: string; function: string };

export type ConfirmationPdfInput = {
  institutionName: string;
  competitionTitle: string;
  competitionReference: string | null;
  task: string;
  offerTitle: string;
  applicants: { name: string; register: string; signers: Signer[] }[];
  number: number;
  checksum: string;
  shortChecksum: string;
  submittedAt: Date;
};

/** Blocks without a name: someone signs who is not in the KRS data (a proxy, a new board). */
const BLANK_SIGNERS = 2;

function signatureBlock(pdf: PDFKit.PDFDocument, signer: Signer | null): void {
  const left = pdf.page.margins.left;
  const width = 240;
  if (pdf.y + 70 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const top = pdf.y + 34;
  pdf
    .lineWidth(0.5)
    .strokeColor("#334155")
    .moveTo(left, top)
    .lineTo(left + width, top)
    .stroke();
  pdf
    .font("regular")
    .fontSize(8)
    .text(signer ? `${signer.name}, ${signer.function}` : "imię i nazwisko, funkcja", left, top + 3, { width })
    .text("data i podpis", left, pdf.y, { width });
  pdf.x = left;
  pdf.y += 10;
}

export async function renderConfirmationPdf(input: ConfirmationPdfInput): Promise<Uint8Array> {
  const { doc: pdf, finish } = createPdf({
    title: `Potwierdzenie złożenia oferty: ${input.offerTitle}`,
    subject: `Suma kontrolna ${input.checksum}`,
    bufferPages: true,
    creationDate: input.submittedAt,
  });
  pdf.font("bold").fontSize(13).text("Potwierdzenie złożenia oferty", { align: "center" }).moveDown(0.6);
  labelled(pdf, "Organ administracji publicznej, do którego jest adresowana oferta", input.institutionName);
  labelled(
    pdf,
    "Otwarty konkurs ofert",
    input.competitionReference ? `${input.competitionTitle} (${input.competitionReference})` : input.competitionTitle,
  );
  labelled(pdf, "Zadanie publiczne", input.task);
  labelled(pdf, "Tytuł zadania publicznego", input.offerTitle);
  labelled(
    pdf,
    "Oferent(-ci)",
    input.applicants.map((a) => `${a.name}${a.register ? `, ${a.register}` : ""}`).join("\n"),
  );
  labelled(
    pdf,
    "Wersja oferty i czas złożenia",
    `wersja ${input.number}, złożona ${polishTimestamp(input.submittedAt)}`,
  );
  labelled(pdf, "Suma kontrolna (SHA-256) złożonej wersji oferty", input.checksum);
  const qr = await QRCode.toBuffer(input.checksum, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
  pdf.image(qr, pdf.page.margins.left, pdf.y + 2, { width: 80 });
  pdf.y += 88;
  pdf
    .font("regular")
    .fontSize(9)
    .text(
      "Potwierdzam(-my), że oferta o powyższej sumie kontrolnej została złożona w wersji elektronicznej za pośrednictwem platformy i że jej treść jest zgodna z wolą oferenta(-tów).",
    );
  for (const applicant of input.applicants) {
    sectionHeading(pdf, `Podpisy osób upoważnionych do składania oświadczeń woli w imieniu: ${applicant.name}`);
    for (const signer of applicant.signers) signatureBlock(pdf, signer);
    if (applicant.signers.length === 0) for (let i = 0; i < BLANK_SIGNERS; i += 1) signatureBlock(pdf, null);
  }
  stampFooters(pdf, footerText(input));
  return finish();
}
