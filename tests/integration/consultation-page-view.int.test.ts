import { db } from "@/lib/db/client";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationPageView, GENERAL_REMARKS, type PageViewer } from "@/lib/consultations/page-view";
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

describe("the consultation page's view", () => {
  it("sends a visitor to sign in and back to the page in their own language", async () => {
    for (const [locale, path] of [
      ["pl", `/konsultacje/${open.slug}`],
      ["en", `/en/consultations/${open.slug}`],
      ["de", `/de/konsultationen/${open.slug}`],
    ] as const) {
      const view = await consultationPageView({ slug: open.slug, locale, viewer: null, requestedRemarks: undefined });
      expect(view?.signIn).toEqual({ pathname: "/sign-in", query: { next: path } });
      expect(view?.remarkContext).toBeNull();
      expect(view?.own).toBeNull();
    }
  });

  it("gives a signed-in resident the remark form and their own remarks, and no sign-in link", async () => {
    const view = await consultationPageView({
      slug: open.slug,
      locale: "en",
      viewer: resident,
      requestedRemarks: undefined,
    });
    expect(view?.phase).toBe("open");
    expect(view?.signIn).toBeNull();
    expect(view?.remarkContext).toMatchObject({ consultationId: open.id, allowSelf: true });
    expect(view?.own?.remarks.map((remark) => remark.justification)).toEqual(["Uwaga do całości."]);
    expect(view?.manages).toBe(false);
  });

  it("lists the remarks asked for by ?uwagi=, the general ones included, and ignores unknown keys", async () => {
    const general = await consultationPageView({
      slug: open.slug,
      locale: "pl",
      viewer: null,
      requestedRemarks: GENERAL_REMARKS,
    });
    expect(general?.counts?.get(null)).toBe(1);
    expect(general?.shown?.key).toBe(GENERAL_REMARKS);
    expect(general?.shown?.remarks).toHaveLength(1);
    const unknown = await consultationPageView({
      slug: open.slug,
      locale: "pl",
      viewer: null,
      requestedRemarks: "nope",
    });
    expect(unknown?.shown).toBeNull();
  });

  it("shows a draft only to its institution's officials", async () => {
    expect(
      await consultationPageView({ slug: draft.slug, locale: "pl", viewer: resident, requestedRemarks: undefined }),
    ).toBeNull();
    const preview = await consultationPageView({
      slug: draft.slug,
      locale: "pl",
      viewer: official,
      requestedRemarks: undefined,
    });
    expect(preview?.phase).toBe("draft");
    expect(preview?.manages).toBe(true);
    expect(
      await consultationPageView({
        slug: "no-such-consultation",
        locale: "pl",
        viewer: null,
        requestedRemarks: undefined,
      }),
    ).toBeNull();
  });
});
