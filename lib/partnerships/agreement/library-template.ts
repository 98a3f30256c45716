// The model agreement is a document of the library (issue 23, item 5): the
// platform's own "Wzór umowy partnerskiej", whose current version is the
// template every agreement is filled from. Every start makes sure it exists
// (lib/cli/prepare-database.ts); a version an administrator uploads becomes
// current the ordinary library way and is never replaced here. Until the
// document exists (or if an administrator deleted it) the built-in template
// is used, so agreements can always be downloaded.
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { fileStore } from "@/lib/files/store";
import { storeUpload } from "@/lib/files/stored-files";
import { MAX_VERSION_BYTES } from "@/lib/library/mutations";
import { extractDocumentText } from "@/lib/library/text";
import { log } from "@/lib/log";
import { placeholderListMarkdown } from "@/lib/partnerships/agreement/placeholders";
import { agreementTemplateDocx } from "@/lib/partnerships/agreement/template";

/** The template's address in the library; reserved by the first start, before anyone can add documents. */
export const AGREEMENT_TEMPLATE_SLUG = "wzor-umowy-partnerskiej";

const TITLE = "Wzór umowy partnerskiej";

const DESCRIPTION = `Wzór umowy partnerskiej o wspólnej realizacji inicjatywy lub projektu przez organizację pozarządową i jej partnera (inną organizację albo urząd), zgodny z ustawą o działalności pożytku publicznego i o wolontariacie. Platforma wypełnia go danymi obu stron i treścią zapytania o partnera, gdy partnerstwo zostanie zaproponowane; strony pobierają gotową umowę ze strony partnerstwa.

Aby zmienić wzór, administrator platformy dodaje nową wersję tego dokumentu w formacie DOCX: od tej chwili umowy są wypełniane według niej. W tekście można użyć poniższych pól, w podwójnych nawiasach klamrowych; dane, których platforma nie zna, zostają zastąpione wykropkowanym miejscem do uzupełnienia.

${placeholderListMarkdown()}`;

/** The template document, when it is the platform's own (both stewards empty). */
const templateWhere = { slug: AGREEMENT_TEMPLATE_SLUG, organisationId: null, institutionId: null };

class AlreadySeeded extends Error {}

/** Creates the document with its first version if it has none; what is there already is kept. Idempotent. */
export async function ensureAgreementTemplate(now = new Date()): Promise<"created" | "kept"> {
  const present = await db().libraryDocument.findFirst({
    where: { slug: AGREEMENT_TEMPLATE_SLUG },
    select: { _count: { select: { versions: true } } },
  });
  if (present && present._count.versions > 0) return "kept";
  const bytes = await agreementTemplateDocx();
  // Read at once, so the library's search finds words inside it without waiting for the worker.
  const text = await extractDocumentText(bytes, "docx").catch(() => null);
  try {
    await storeUpload(
      { bytes, name: "wzor-umowy-partnerskiej.docx", uploadedById: null },
      { accepted: ["docx"], maxBytes: MAX_VERSION_BYTES },
      async (tx, file) => {
        // Two processes starting at once: the second finds the first one's document.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('partnership-agreement-template'))`;
        const existing = await tx.libraryDocument.findFirst({
          where: { slug: AGREEMENT_TEMPLATE_SLUG },
          select: { id: true, organisationId: true, institutionId: true, _count: { select: { versions: true } } },
        });
        if (existing && (existing._count.versions > 0 || existing.organisationId || existing.institutionId))
          throw new AlreadySeeded();
        const document =
          existing ??
          (await tx.libraryDocument.create({
            data: { slug: AGREEMENT_TEMPLATE_SLUG, title: TITLE, description: DESCRIPTION, kind: "MODEL_DOCUMENT" },
            select: { id: true },
          }));
        const version = await tx.libraryDocumentVersion.create({
          data: {
            documentId: document.id,
            number: 1,
            fileId: file.id,
            issuedOn: new Date(now.toISOString().slice(0, 10)),
            changeNote: "Wzór przygotowany przez platformę",
            text,
            textExtractedAt: text === null ? null : now,
          },
          select: { id: true },
        });
        await tx.libraryDocument.update({ where: { id: document.id }, data: { currentVersionId: version.id } });
      },
    );
  } catch (error) {
    if (error instanceof AlreadySeeded) return "kept";
    throw error;
  }
  publicDataChanged();
  return "created";
}

/** The template to fill: the library document's current version, or the built-in one while there is none. */
export async function currentAgreementTemplate(): Promise<{ bytes: Uint8Array; versionId: string | null }> {
  const document = await db().libraryDocument.findFirst({
    where: templateWhere,
    select: { currentVersion: { select: { id: true, file: { select: { storageKey: true } } } } },
  });
  const version = document?.currentVersion;
  if (version) {
    const bytes = await fileStore().get(version.file.storageKey);
    if (bytes) return { bytes, versionId: version.id };
    log.warn("partnership agreement: the template's file is missing from the store", { versionId: version.id });
  }
  return { bytes: await agreementTemplateDocx(), versionId: null };
}
