// GET /api/offers/{id}/versions/{number}/pdf and …/confirmation: a submitted
// version's PDF and its confirmation of submission, for the applicants'
// members and, once the offers are visible to it, the addressed office.
// Each is rendered on its first request and stored with the version (the
// same version gives the same bytes, so it does not matter who asks first);
// a confirmation with signers picked from the board is rendered for that
// request only. Anyone else gets a bare 404: whether an offer exists is not
// theirs to learn.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { contentDisposition, fileResponse, storeUpload } from "@/lib/files/stored-files";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { renderConfirmationPdf } from "@/lib/offers/pdf/confirmation-pdf";
import { offerVersionFileName } from "@/lib/offers/file-names";
import { confirmationPdfInput, offerPdfInput, readableVersion, type VersionRow } from "@/lib/offers/pdf/data";
import { renderOfferPdf } from "@/lib/offers/pdf/offer-pdf";
import { recordId } from "@/lib/validation/record-id";

const notFound = () => new Response(null, { status: 404 });
const MAX_PDF_BYTES = 30 * 1024 * 1024;

const versionFile = {
  access: { permission: "files.download" },
  params: z.object({ id: recordId, number: z.coerce.number().int().min(1).max(10_000) }),
  invalidQuery: "NOT_FOUND",
  refusal: bareRefusal,
} as const;

/** The stored file's id, storing `render()`'s bytes first when the version has none yet (also the commission's route). */
export async function storedOnce(
  version: VersionRow,
  column: "pdfFileId" | "confirmationPdfFileId",
  name: string,
  render: () => Promise<Uint8Array | null>,
): Promise<string | null> {
  if (version[column]) return version[column];
  const bytes = await render();
  if (!bytes) return null;
  const stored = await storeUpload(
    { bytes, name, uploadedById: null },
    { accepted: ["pdf"], maxBytes: MAX_PDF_BYTES },
    async (tx, file) => {
      // Two first requests at once: the one that set the column wins, the other's file is rolled back.
      const set = await tx.offerVersion.updateMany({
        where: { id: version.id, [column]: null },
        data: { [column]: file.id },
      });
      if (set.count === 0) throw new LostRace();
      return file.id;
    },
  ).catch((error: unknown) => {
    if (error instanceof LostRace) return null;
    throw error;
  });
  if (stored) return stored;
  const again = await db().offerVersion.findUnique({ where: { id: version.id }, select: { [column]: true } });
  return (again as Record<string, string | null> | null)?.[column] ?? null;
}

class LostRace extends Error {}

// Computed at each download rather than stored: files stored under the old opaque names are named afresh too.
const fileName = (version: VersionRow, kind: "offer" | "confirmation") =>
  offerVersionFileName(version.offer, kind, version);

export const downloadOfferPdf = routeHandler(
  { ...versionFile, name: "offers.versions.pdf" },
  async ({ request, params, actor }) => {
    const version = await readableVersion(actor, params.id, params.number);
    if (!version) return notFound();
    const name = fileName(version, "offer");
    const fileId = await storedOnce(version, "pdfFileId", name, async () => {
      const input = await offerPdfInput(version);
      return input ? renderOfferPdf(input) : null;
    });
    return fileId ? fileResponse(request, fileId, "private, no-store", () => name) : notFound();
  },
);

/** A board member chosen as signer: "applicant index.member index"; the form sends one `signer` per box ticked. */
const SIGNER = /^\d{1,2}\.\d{1,2}$/;
const signersQuery = z.object({ signer: z.string().regex(SIGNER).optional(), choose: z.literal("1").optional() });

/** The boxes ticked, or null when the form was not used (the stored confirmation, with the whole board). */
function chosenSigners(request: Request): Map<number, Set<number>> | null {
  const query = new URL(request.url).searchParams;
  if (query.get("choose") !== "1") return null;
  const chosen = new Map<number, Set<number>>();
  for (const value of query.getAll("signer")) {
    if (!SIGNER.test(value)) continue;
    const [applicant, member] = value.split(".").map(Number) as [number, number];
    chosen.set(applicant, (chosen.get(applicant) ?? new Set()).add(member));
  }
  return chosen;
}

export const downloadConfirmationPdf = routeHandler(
  { ...versionFile, name: "offers.versions.confirmation", query: signersQuery },
  async ({ request, params, actor }) => {
    const version = await readableVersion(actor, params.id, params.number);
    if (!version) return notFound();
    const chosen = chosenSigners(request);
    if (chosen) {
      const limited = await generatedFileRefusal(request);
      if (limited) return limited;
      const input = await confirmationPdfInput(version, chosen);
      if (!input) return notFound();
      return new Response(Buffer.from(await renderConfirmationPdf(input)), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": contentDisposition(fileName(version, "confirmation")),
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "private, no-store",
        },
      });
    }
    const name = fileName(version, "confirmation");
    const fileId = await storedOnce(version, "confirmationPdfFileId", name, async () => {
      const input = await confirmationPdfInput(version, null);
      return input ? renderConfirmationPdf(input) : null;
    });
    return fileId ? fileResponse(request, fileId, "private, no-store", () => name) : notFound();
  },
);
