// GET /api/partnerships/agreements/[id]?locale=pl: the partnership's agreement
// (umowa partnerska) as DOCX, filled from the library's current template.
// A route handler, as the other downloads (consultation reports, library
// versions) are: a link the browser follows, answered with an attachment.
// Anyone may ask; the partnership decides (lib/partnerships/agreement/policy.ts).
// A template that cannot be filled is answered with a translated sentence
// naming the problem, in the reader's language (`locale`).
import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { messagesFor } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { agreementSource } from "@/lib/partnerships/agreement/data";
import { fillTemplate, TemplateError } from "@/lib/partnerships/agreement/fill";
import { currentAgreementTemplate } from "@/lib/partnerships/agreement/library-template";
import { agreementAccess } from "@/lib/partnerships/agreement/policy";
import { agreementValues } from "@/lib/partnerships/agreement/values";
import { slugify } from "@/lib/text/slug";
import { recordId } from "@/lib/validation/record-id";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file's name from the request's title, in ASCII (every browser and mail client keeps it). */
export const agreementFileName = (title: string) => `umowa-partnerska-${slugify(title, 60) || "inicjatywa"}.docx`;

export const downloadAgreement = routeHandler(
  {
    name: "partnerships.agreement.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId }),
    query: z.object({ locale: z.enum(locales).catch("pl") }),
    refusal: bareRefusal,
  },
  async ({ request, params, query, actor, meta }) => {
    const source = await agreementSource(params.id);
    if (!source) return new Response(null, { status: 404 });
    const access = agreementAccess(actor, source.sides);
    if (!access.allowed) return new Response(null, { status: access.status });
    const limited = await generatedFileRefusal(request);
    if (limited) return limited;
    const template = await currentAgreementTemplate();
    let bytes: Uint8Array;
    try {
      bytes = await fillTemplate(
        template.bytes,
        agreementValues({
          requester: source.requester,
          partner: source.partner,
          request: source.request,
          date: new Date(),
        }),
      );
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      log.warn("partnership agreement: the template cannot be filled", { versionId: template.versionId, error });
      const t = createTranslator({
        locale: query.locale,
        messages: messagesFor(query.locale),
        namespace: "partnershipAgreement.problems",
      });
      return new Response(t(error.problem, { placeholder: error.placeholder }), {
        status: 422,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    await recordAuditEvent({
      action: "partnership.agreement_downloaded",
      actorUserId: actor?.id ?? null,
      actingForOrganisationId: access.actingFor.organisationId ?? null,
      actingForInstitutionId: access.actingFor.institutionId ?? null,
      subjectType: "Partnership",
      subjectId: params.id,
      ipAddress: meta.ip,
      details: { templateVersionId: template.versionId },
    });
    return new Response(bytes as BodyInit, {
      headers: {
        "Content-Type": DOCX,
        "Content-Disposition": `attachment; filename="${agreementFileName(source.request.title)}"`,
        "Content-Length": String(bytes.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
