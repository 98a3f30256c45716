// The consultation page's view is the same for every reader (lib/http/page-cache.ts, SHARED): it must
// not read the session, so a page built from it can be kept and served to anyone. The reader's own parts
// are tested in consultation-viewer.int.test.ts.
const sessionRead = jest.fn();
jest.mock("@/lib/auth/session", () => ({
  getCurrentUser: () => {
    sessionRead();
    throw new Error("the shared consultation page read the session");
  },
}));
jest.mock("next/headers", () => ({
  cookies: () => {
    sessionRead();
    throw new Error("the shared consultation page read the cookies");
  },
  headers: () => {
    sessionRead();
    throw new Error("the shared consultation page read the request's headers");
  },
}));

import { db } from "@/lib/db/client";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationPageView, consultationPreview, GENERAL_REMARKS } from "@/lib/consultations/page-view";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import type { PageViewer } from "@/lib/consultations/viewer";
import { submitRemark } from "@/lib/consultations/remarks/mutations";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

const DAY = 24 * 3600 * 1000;

const person = (email: string, institutionId?: string): Promise<PageViewer> =>
  createActor({
    email,
    name: email.split("@")[0]!,
    institutions: institutionId ? [{ id: institutionId }] : [],
    twoFactor: true,
  });

let official: PageViewer;
let resident: PageViewer;
let open: { id: string; slug: string };
let draft: { slug: string };

beforeAll(async () => {
  await createInstanceSettings();
  const institutionId = (await createInstitution({ name: "Gmina Widoku", territoryCode: "1609032" })).id;
  official = await person("urzednik-widok@example.org", institutionId);
  resident = await person("mieszkaniec-widok@example.org");
  const start = new Date(Date.now() - 60_000);
  const fields = (title: string) =>
    consultationFields({
      title,
      audience: "ORGANISATIONS_AND_RESIDENTS",
      remarkPublication: "IMMEDIATELY",
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      sourceText: "§ 1. Konkurs ogłasza Zarząd.\n§ 2. Oferty składa się do 31 stycznia.",
    });
  const { id } = await createConsultation(institutionId, fields("Program współpracy na rok 2027"), {
    userId: official.id,
    ip: null,
  });
  await publishConsultation(id, { userId: official.id, ip: null });
  open = await db().consultation.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true } });
  const drafted = await createConsultation(institutionId, fields("Projekt jeszcze niegotowy"), {
    userId: official.id,
    ip: null,
  });
  draft = await db().consultation.findUniqueOrThrow({ where: { id: drafted.id }, select: { slug: true } });
  await submitRemark(
    resident,
    {
      consultationId: open.id,
      unitId: null,
      actingFor: null,
      currentWording: null,
      proposedWording: null,
      justification: "Uwaga do całości.",
    },
    { ip: null },
  );
});

afterEach(() => expect(sessionRead).not.toHaveBeenCalled());

describe("the consultation page's view, the same for every reader", () => {
  it("links to sign-in and back to the page in the reader's language while it is open (the browser shows it to visitors)", async () => {
    for (const [locale, path] of [
      ["pl", `/konsultacje/${open.slug}`],
      ["en", `/en/consultations/${open.slug}`],
      ["de", `/de/konsultationen/${open.slug}`],
    ] as const) {
      const view = await consultationPageView({ slug: open.slug, locale, requestedRemarks: undefined });
      expect(view?.signIn).toEqual({ pathname: "/sign-in", query: { next: path } });
      expect(view?.phase).toBe("open");
      // Residents remark here too, so the invitation to sign in does not say only organisations do.
      expect(view?.remarksByOrganisations).toBe(false);
      // Nothing about a reader: who may remark, and one's own remarks, come from the viewer's answer.
      expect(Object.keys(view!).sort()).toEqual([
        "attachments",
        "changes",
        "comparison",
        "consultation",
        "counts",
        "ideaOrigins",
        "phase",
        "remarksByOrganisations",
        "remarksPublic",
        "report",
        "shown",
        "signIn",
      ]);
    }
  });

  it("lists the remarks asked for by ?uwagi=, the general ones included, and ignores unknown keys", async () => {
    const general = await consultationPageView({ slug: open.slug, locale: "pl", requestedRemarks: GENERAL_REMARKS });
    expect(general?.counts?.get(null)).toBe(1);
    expect(general?.shown?.key).toBe(GENERAL_REMARKS);
    expect(general?.shown?.remarks).toHaveLength(1);
    const unknown = await consultationPageView({ slug: open.slug, locale: "pl", requestedRemarks: "nope" });
    expect(unknown?.shown).toBeNull();
  });

  it("has no public page for a draft, for anyone: its officials preview it, and only they", async () => {
    expect(await consultationPageView({ slug: draft.slug, locale: "pl", requestedRemarks: undefined })).toBeNull();
    expect(
      await consultationPageView({ slug: "no-such-consultation", locale: "pl", requestedRemarks: undefined }),
    ).toBeNull();
    const consultation = (await getConsultationBySlug(draft.slug))!;
    const preview = await consultationPreview(official, consultation, "pl");
    expect(preview?.phase).toBe("draft");
    expect(preview?.signIn).toBeNull();
    expect(await consultationPreview(resident, consultation, "pl")).toBeNull();
  });
});
