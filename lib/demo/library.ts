// Demo library: the marshal's office's cooperation programme for 2026 in two
// versions (the consulted draft and the adopted text: the 2027 programme is
// still in consultation, so the library holds last year's), its standard of consultations,
// a volunteering agreement model the foundation proposed (waiting for the
// moderator), and the published consultation report (filed by the report
// itself). Files are made here as real PDF and DOCX documents; their text is
// read at once, so the demo's search finds words inside them. Seeded once.
import { Document, Packer, Paragraph } from "docx";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";
import { extractPendingTexts } from "@/lib/library/extraction";
import { answerInvitation, developerInvitations } from "@/lib/library/developers";
import { addVersion, createDocument } from "@/lib/library/mutations";
import { documentFieldsWith } from "@/lib/library/schemas";
import { AGREEMENT_TEMPLATE_SLUG } from "@/lib/partnerships/agreement/library-template";
import { createPdf } from "@/lib/pdf/document";

async function demoActor(local: string) {
  const user = await db().user.findUnique({ where: { email: `${local}@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } });
  return user ? loadActor({ userId: user.id, sessionVersion: 0 }) : null;
}

async function pdf(title: string, paragraphs: string[]): Promise<Uint8Array> {
  const { doc, finish } = createPdf({ title, subject: title });
  doc.font("bold").fontSize(16).text(title);
  doc.moveDown();
  for (const paragraph of paragraphs) doc.font("regular").fontSize(11).text(paragraph).moveDown(0.5);
  return finish();
}

async function docx(title: string, paragraphs: string[]): Promise<Uint8Array> {
  const document = new Document({
    creator: "ngo-platform",
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: "Heading1" }),
          ...paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const PROGRAMME = [
  "§ 1. Program określa cele, zasady i formy współpracy Samorządu Województwa Opolskiego z organizacjami pozarządowymi w 2026 roku.",
  "§ 2. Celem głównym programu jest wzmacnianie społeczeństwa obywatelskiego i partnerstwa w rozwiązywaniu problemów regionu.",
  "§ 3. Współpraca opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.",
  "§ 4. Priorytetowe zadania: wspieranie rodziny i pieczy zastępczej, działalność na rzecz seniorów, ekologia, rewitalizacja obszarów wiejskich, wolontariat.",
];

export async function seedDemoLibrary(): Promise<number> {
  // Seeded once: documents other than those the platform files itself (reports, the model agreement) mean it ran.
  const seeded = { kind: { not: "CONSULTATION_REPORT" as const }, slug: { not: AGREEMENT_TEMPLATE_SLUG } };
  if ((await db().libraryDocument.count({ where: seeded })) > 0) return 0;
  const [official, ngo] = [await demoActor("urzednik"), await demoActor("ngo")];
  const office = await db().institution.findUnique({ where: { territoryCode: "16" }, select: { id: true } });
  const volunteering = await db().organisation.findFirst({
    where: { slug: "opolskie-centrum-wolontariatu", verifiedAt: { not: null } },
    select: { id: true },
  });
  const spheres = async (codes: string[]) =>
    (
      await db().publicBenefitSphere.findMany({ where: { code: { in: codes }, validTo: null }, select: { id: true } })
    ).map((s) => s.id);
  const meta = { ip: null };
  let created = 0;

  if (official && office) {
    const programme = await createDocument(
      official,
      { organisationId: null, institutionId: office.id },
      documentFieldsWith({
        title: "Program współpracy Samorządu Województwa Opolskiego z organizacjami pozarządowymi na 2026 rok",
        description:
          "Roczny program współpracy przyjmowany uchwałą sejmiku po konsultacjach z organizacjami pozarządowymi i Wojewódzką Radą Działalności Pożytku Publicznego.\n\nWersja 1 to projekt skierowany do konsultacji, wersja 2 to tekst przyjęty uchwałą. Projekt programu na 2027 rok jest właśnie w konsultacjach.",
        kind: "COOPERATION_PROGRAMME",
        status: "ADOPTED",
        sphereIds: await spheres(["1a", "10", "18", "27"]),
        territoryCodes: ["16"],
        developerInstitutionIds: [office.id],
        developerOrganisationIds: volunteering ? [volunteering.id] : [],
      }),
      meta,
    );
    // The organisation named as co-developer accepts, as its people would in the platform.
    if (ngo)
      for (const invitation of await developerInvitations(ngo))
        if (invitation.document.id === programme.id) await answerInvitation(ngo, invitation.id, true, meta);
    await addVersion(
      official,
      programme.id,
      {
        bytes: await pdf("Projekt programu współpracy na 2026 rok", PROGRAMME),
        name: "projekt-programu-wspolpracy-2026.pdf",
      },
      { issuedOn: "2025-09-15", changeNote: "Projekt skierowany do konsultacji" },
      meta,
    );
    await addVersion(
      official,
      programme.id,
      {
        bytes: await pdf("Program współpracy na 2026 rok", [
          ...PROGRAMME,
          "§ 5. Program realizowany jest w formie otwartych konkursów ofert, małych grantów i inicjatyw lokalnych; uwzględniono uwagi zgłoszone w konsultacjach.",
        ]),
        name: "program-wspolpracy-2026.pdf",
      },
      { issuedOn: "2025-11-24", changeNote: "Tekst przyjęty uchwałą sejmiku, z uwagami z konsultacji" },
      meta,
    );
    const standard = await createDocument(
      official,
      { organisationId: null, institutionId: office.id },
      documentFieldsWith({
        title: "Standard konsultacji społecznych w województwie opolskim",
        description:
          "Zasady prowadzenia konsultacji projektów aktów prawa miejscowego z organizacjami pozarządowymi: terminy, formy, informacja zwrotna i sprawozdanie.",
        kind: "STANDARD",
        status: "ADOPTED",
        territoryCodes: ["16"],
      }),
      meta,
    );
    await addVersion(
      official,
      standard.id,
      {
        bytes: await docx("Standard konsultacji społecznych", [
          "Konsultacje trwają nie krócej niż 14 dni.",
          "Każda uwaga otrzymuje odpowiedź z uzasadnieniem.",
          "Sprawozdanie z konsultacji publikuje się w ciągu 30 dni od ich zakończenia.",
        ]),
        name: "standard-konsultacji.docx",
      },
      { issuedOn: "2026-06-01", changeNote: null },
      meta,
    );
    created += 2;
  }
  if (ngo && volunteering) {
    const model = await createDocument(
      ngo,
      { organisationId: volunteering.id, institutionId: null },
      documentFieldsWith({
        title: "Wzór porozumienia o współpracy z wolontariuszem",
        description:
          "Wzór porozumienia zgodny z ustawą o działalności pożytku publicznego i o wolontariacie, z zakresem zadań, ubezpieczeniem i zwrotem kosztów.",
        kind: "MODEL_DOCUMENT",
        status: "ADOPTED",
        sphereIds: await spheres(["27"]),
      }),
      meta,
    );
    await addVersion(
      ngo,
      model.id,
      {
        bytes: await docx("Porozumienie wolontariackie", [
          "Strony porozumienia: korzystający i wolontariusz.",
          "Zakres świadczeń, czas trwania i sposób rozwiązania porozumienia.",
        ]),
        name: "wzor-porozumienia.docx",
      },
      { issuedOn: "2026-10-01", changeNote: null },
      meta,
    );
    created += 1;
  }
  await extractPendingTexts();
  return created;
}
