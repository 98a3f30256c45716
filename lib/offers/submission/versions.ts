// The frozen form of a submitted offer: what a version stores and how its
// checksum is taken. The checksum covers the document together with the
// offer's identity, the version number and the submission instant, so two
// versions never share one (a reopened offer submitted again unchanged gets a
// new identifier, and the office finds each version by its own).
import { z } from "zod";
import { offerChecksum, type Checksum } from "@/lib/offers/calc/checksum";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { templateDefinition } from "@/lib/offers/template/templates";

/** The version of the stored shape below; a change of shape raises it (old versions stay readable by it). */
export const VERSION_SCHEMA = 1;

export type VersionHeader = {
  offerId: string;
  number: number;
  institutionId: string;
  competitionId: string | null;
  taskId: string | null;
  kind: "SINGLE" | "JOINT";
  /** ISO instant, by the database's clock. */
  submittedAt: string;
};

export type VersionContent = { header: VersionHeader; document: OfferDocument };

export function freezeVersion(header: VersionHeader, document: OfferDocument): VersionContent & { checksum: Checksum } {
  const content = { header, document };
  return { ...content, checksum: offerChecksum(templateDefinition(document.template).templateVersion, content) };
}

const storedSchema = z.object({
  header: z.object({ submittedAt: z.string() }).passthrough(),
  document: z
    .object({ template: z.enum(["FULL_2018", "SIMPLIFIED_2018"]), years: z.array(z.number().int()) })
    .passthrough(),
});

/**
 * A version's document read back through the same schemas as a draft (a
 * version is never rewritten, but reading one must not trust it blindly).
 */
export function versionDocument(content: unknown): OfferDocument | null {
  const parsed = storedSchema.safeParse(content);
  if (!parsed.success) return null;
  const stored = parsed.data.document as Record<string, unknown>;
  const template = parsed.data.document.template;
  const sections = offerSectionKeys(template).map((key) => ({ key, content: stored[key] }));
  const { document } = assembleDocument(sections, template, parsed.data.document.years);
  document.years = parsed.data.document.years;
  return document;
}
