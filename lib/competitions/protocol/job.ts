// The protocol's files. At closing, the job `commission-protocol` renders the
// PDF and DOCX from the record and keeps them with the checksum of the data;
// before that (or after a reopening) the route renders a draft on request,
// marked PROJEKT. The worker reaches this module: no "server-only" here.
import { db } from "@/lib/db/client";
import { storeUpload } from "@/lib/files/stored-files";
import { fileStore } from "@/lib/files/store";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { log } from "@/lib/log";
import { slugify } from "@/lib/text/slug";
import { protocolChecksum, protocolData } from "@/lib/competitions/protocol/data";
import { renderProtocolDocx } from "@/lib/competitions/protocol/docx";
import { renderProtocolPdf } from "@/lib/competitions/protocol/pdf";

const MAX_PROTOCOL_BYTES = 200 * 1024 * 1024;

export type ProtocolFormat = "pdf" | "docx";

/** Renders the protocol as it stands now; `draft` unless the commission is closed. */
export async function renderProtocol(competitionId: string, format: ProtocolFormat, now = new Date()) {
  const data = await protocolData(competitionId);
  if (!data) return null;
  const checksum = protocolChecksum(data);
  const meta = {
    checksum,
    generatedAt: longDateTime(dateTimeFormatter("pl"), now),
    draft: data.commission.closedAt === "",
  };
  const bytes = format === "pdf" ? await renderProtocolPdf(data, meta) : await renderProtocolDocx(data, meta);
  return { bytes, checksum, draft: meta.draft };
}

/** The job: keeps both files of a closed commission, replacing earlier ones. */
export async function generateProtocol(competitionId: string, now = new Date()): Promise<void> {
  const commission = await db().commission.findUnique({
    where: { competitionId },
    select: {
      id: true,
      status: true,
      competition: { select: { slug: true } },
      protocolPdfFile: { select: { id: true, storageKey: true } },
      protocolDocxFile: { select: { id: true, storageKey: true } },
    },
  });
  // Reopened before the job ran: the next close queues it again.
  if (!commission || commission.status !== "CLOSED") return;
  const pdf = await renderProtocol(competitionId, "pdf", now);
  const docx = await renderProtocol(competitionId, "docx", now);
  if (!pdf || !docx) return;
  const name = `protokol-komisji-${slugify(commission.competition.slug, 60)}`;
  const pdfFile = await storeUpload(
    { bytes: pdf.bytes, name: `${name}.pdf`, uploadedById: null },
    { accepted: ["pdf"], maxBytes: MAX_PROTOCOL_BYTES },
    async (_tx, file) => file,
  );
  await storeUpload(
    { bytes: docx.bytes, name: `${name}.docx`, uploadedById: null },
    { accepted: ["docx"], maxBytes: MAX_PROTOCOL_BYTES },
    async (tx, file) =>
      tx.commission.update({
        where: { id: commission.id },
        data: { protocolPdfFileId: pdfFile.id, protocolDocxFileId: file.id, protocolChecksum: pdf.checksum },
      }),
  );
  for (const old of [commission.protocolPdfFile, commission.protocolDocxFile]) {
    if (!old) continue;
    await db().storedFile.delete({ where: { id: old.id } });
    await fileStore().delete(old.storageKey);
  }
  log.info("commission protocol stored", { competitionId, checksum: pdf.checksum });
}
