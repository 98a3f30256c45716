// Demo open competitions (issue 25): the marshal's office's competition for
// seniors and volunteering, open for offers, with a draft offer of the
// volunteering centre and a submitted joint offer of the Forum foundation and
// Zielona Odra; and last year's decided competition of the same kinds, whose
// grants make the "same kind last year" rows (art. 13 ust. 2 pkt 7) computed.
// Everything goes through the officials' and the organisations' own
// mutations and schemas, so every rule the forms apply holds for the demo too.
// Dates count from the first seeding; found by slug afterwards, so reseeding
// changes nothing and demo visitors' changes survive restarts.
import { db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";
import { demoDraftOfferSections, demoJointOfferDocument, demoSmallGrantDocument } from "@/lib/demo/competition-offers";
import {
  createCompetition,
  publishCompetition,
  saveCommissionCall,
  updateCompetitionParameters,
  type Actor,
} from "@/lib/competitions/mutations";
import { addRequirement, savePublication, saveTask } from "@/lib/competitions/parts";
import {
  commissionCallSchema,
  competitionBasicsSchema,
  competitionParametersSchema,
  taskSchema,
  type CompetitionBasicsInput,
} from "@/lib/competitions/schemas";
import { actorById } from "@/lib/auth/current-actor";
import { addOfferAttachment } from "@/lib/offers/attachments/files";
import { acceptCoApplication } from "@/lib/offers/co-applicants/consent";
import { createOfferDraft, saveOfferSections } from "@/lib/offers/drafts/mutations";
import { createPdf } from "@/lib/pdf/document";
import { saveSmallGrantBudget } from "@/lib/small-grants/budget";
import { createSmallGrantDraft } from "@/lib/small-grants/drafts";
import { publishSmallGrant } from "@/lib/small-grants/publication";
import { answerSmallGrantRemark, submitSmallGrantRemark } from "@/lib/small-grants/remarks";
import { saveBudgetSchema } from "@/lib/small-grants/schemas";
import { submitSmallGrantOffer } from "@/lib/small-grants/submission";
import { submitOffer } from "@/lib/offers/submission/mutations";
import type { OfferSectionKey } from "@/lib/offers/document/schema";
import { addDays } from "@/lib/time/calendar-days";
import { isWorkingDay } from "@/lib/time/polish-holidays";
import { dateToPolishLocal, polishAt, polishDay } from "@/lib/time/polish-local";

export const DEMO_COMPETITION_SLUG = "konkurs-wojewodztwo-opolskie-seniorzy-wolontariat";
export const DEMO_PAST_COMPETITION_SLUG = "konkurs-wojewodztwo-opolskie-seniorzy-wolontariat-poprzedni";

const TASKS = [
  {
    number: "1",
    kindName: "Wspieranie aktywności osób starszych",
    sphereCode: "10",
    form: "SUPPORT" as const,
    pool: "200 000",
    minGrant: "5 000",
    maxGrant: "40 000",
    minOwnContribution: "10",
    maxAdminCost: "10",
    description:
      "Zajęcia, które pomagają osobom w wieku emerytalnym pozostać aktywnymi: edukacja cyfrowa i obywatelska, aktywność ruchowa, spotkania międzypokoleniowe.",
  },
  {
    number: "2",
    kindName: "Promocja i organizacja wolontariatu",
    sphereCode: "27",
    form: "ENTRUSTMENT" as const,
    pool: "120 000",
    minGrant: "",
    maxGrant: "30 000",
    minOwnContribution: "",
    maxAdminCost: "10",
    description:
      "Szkolenie i wsparcie koordynatorów wolontariatu w szkołach, domach kultury i organizacjach województwa.",
  },
];

const SUMMARY =
  "Zarząd Województwa Opolskiego ogłasza otwarty konkurs ofert na realizację zadań publicznych z zakresu działalności na rzecz osób w wieku emerytalnym oraz promocji i organizacji wolontariatu. Oferty mogą składać organizacje pozarządowe i podmioty, o których mowa w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie, w tym wspólnie (oferta wspólna).";

/** The announcement's text fields, as the official's form sends them. */
function basics(input: {
  title: string;
  opensAt: Date;
  deadline: Date;
  startsOn: string;
  endsOn: string;
  sphereIds: string[];
}): CompetitionBasicsInput {
  const years = [Number(input.startsOn.slice(0, 4)), Number(input.endsOn.slice(0, 4))];
  return {
    title: input.title,
    reference: "DPO-III.524.1.2026",
    summary: SUMMARY,
    awardRules:
      "Dotacje przyznaje Zarząd Województwa po zapoznaniu się z opinią komisji konkursowej. Zarząd może przyznać dotację niższą niż wnioskowana; oferent może wtedy zmniejszyć zakres zadania albo z dotacji zrezygnować. Jeden oferent może złożyć w każdym zadaniu jedną ofertę.",
    implementationTerms:
      "Zadanie realizuje się w terminie wskazanym w ofercie, nie wcześniej niż od dnia rozpoczęcia i nie później niż do dnia zakończenia podanych w ogłoszeniu, na terenie województwa opolskiego, z zachowaniem zasady dostępności dla osób ze szczególnymi potrzebami.",
    implementationStartsOn: input.startsOn,
    implementationEndsOn: input.endsOn,
    allowedYears: [...new Set(years)].join(", "),
    offersOpenAt: dateToPolishLocal(input.opensAt),
    offersDeadline: dateToPolishLocal(input.deadline),
    selectionProcedure:
      "Oferty sprawdza pod względem formalnym Departament Polityki Społecznej, a merytorycznie ocenia komisja konkursowa z udziałem przedstawicieli organizacji pozarządowych. Wyniki konkursu ogłasza się w BIP, na tablicy ogłoszeń urzędu i na platformie.",
    selectionCriteria: [
      { name: "Możliwość realizacji zadania przez oferenta", maxPoints: "10", onlySupport: false },
      { name: "Kalkulacja kosztów w odniesieniu do zakresu rzeczowego zadania", maxPoints: "10", onlySupport: false },
      { name: "Jakość wykonania zadania i kwalifikacje osób", maxPoints: "10", onlySupport: false },
      { name: "Udział środków finansowych własnych lub z innych źródeł", maxPoints: "5", onlySupport: true },
      {
        name: "Wkład osobowy, w tym praca społeczna członków i świadczenia wolontariuszy",
        maxPoints: "5",
        onlySupport: false,
      },
      { name: "Rzetelność i terminowość rozliczenia wcześniejszych zadań", maxPoints: "5", onlySupport: false },
    ],
    selectionDueOn: addDays(polishDay(input.deadline), 30),
    draftBudgetBasis: true,
    contactName: "Katarzyna Urzędowska",
    contactEmail: `urzednik@${DEMO_EMAIL_DOMAIN}`,
    contactPhone: "+48 77 000 00 00",
    sphereIds: input.sphereIds,
    territoryCodes: ["16"],
  };
}

/** The first day of the month after `day` plus `days`. */
function monthStartAfter(day: string, days: number): string {
  const later = addDays(day, days);
  const [year, month] = later.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

async function announce(
  slug: string,
  input: { title: string; opensAt: Date; deadline: Date; startsOn: string; endsOn: string; publishedDay: string },
  institutionId: string,
  actor: Actor,
  now: Date,
): Promise<string> {
  const spheres = await db().publicBenefitSphere.findMany({
    where: { code: { in: TASKS.map((task) => task.sphereCode) }, validTo: null },
    select: { id: true, code: true },
  });
  const sphereId = (code: string) => spheres.find((sphere) => sphere.code === code)!.id;
  const created = await createCompetition(
    institutionId,
    competitionBasicsSchema.parse(basics({ ...input, sphereIds: spheres.map((sphere) => sphere.id) })),
    actor,
  );
  await db().competition.update({ where: { id: created.id }, data: { slug } });
  await updateCompetitionParameters(
    created.id,
    competitionParametersSchema.parse({
      minGrant: "",
      maxGrant: "",
      minOwnContributionBp: "",
      minOwnFinancialBp: "",
      nonFinancialCounts: true,
      maxAdminCostBp: "10",
      adminCapBase: "TOTAL_COST",
      resultsTableWaived: false,
      jointOffersAllowed: true,
      recipientPaymentsAllowed: false,
      confirmationRequired: true,
      confirmationDueAt: dateToPolishLocal(new Date(input.deadline.getTime() + 7 * 24 * 3600 * 1000)),
      confirmationChannels: ["PAPER", "QUALIFIED_SIGNATURE", "TRUSTED_PROFILE"],
    }),
    actor,
  );
  for (const task of TASKS)
    await saveTask(
      created.id,
      undefined,
      taskSchema.parse({
        number: task.number,
        kindName: task.kindName,
        description: task.description,
        sphereId: sphereId(task.sphereCode),
        kindKey: "",
        form: task.form,
        pool: task.pool,
        minGrant: task.minGrant,
        maxGrant: task.maxGrant,
        minOwnContributionBp: task.minOwnContribution,
        maxAdminCostBp: task.maxAdminCost,
      }),
      actor,
    );
  await addRequirement(
    created.id,
    {
      label: "Statut organizacji",
      description: "Tylko organizacje, których nie ma w Krajowym Rejestrze Sądowym.",
      condition: "NOT_IN_KRS",
      perApplicant: true,
      required: true,
    },
    actor,
  );
  await addRequirement(
    created.id,
    {
      label: "Pełnomocnictwo",
      description: "Gdy ofertę podpisuje pełnomocnik.",
      condition: "PROXY_SIGNS",
      perApplicant: true,
      required: true,
    },
    actor,
  );
  await addRequirement(
    created.id,
    {
      label: "Umowa partnerska lub porozumienie oferentów",
      description: "Przy ofercie wspólnej.",
      condition: "JOINT_ONLY",
      perApplicant: false,
      required: true,
    },
    actor,
  );
  const publishedOn = new Date(`${input.publishedDay}T00:00:00Z`);
  await savePublication(created.id, { channel: "BIP", publishedOn, url: "https://bip.opolskie.pl/" }, actor);
  await savePublication(created.id, { channel: "NOTICE_BOARD", publishedOn, url: null }, actor);
  await savePublication(created.id, { channel: "WEBSITE", publishedOn, url: "https://www.opolskie.pl/" }, actor);
  await publishCompetition(created.id, actor, now);
  return created.id;
}

type DemoOrganisation = { id: string; slug: string; name: string; krs: string | null };

async function organisation(slug: string): Promise<DemoOrganisation> {
  return db().organisation.findUniqueOrThrow({
    where: { slug },
    select: { id: true, slug: true, name: true, krs: true },
  });
}

const party = (o: DemoOrganisation) => ({
  id: o.id,
  name: o.name,
  krs: o.krs ?? "",
  email: `${o.slug}@${DEMO_EMAIL_DOMAIN}`,
});

/** Writes sections over a fresh draft (each at revision 0 after creation) and returns their revisions. */
async function fill(offerId: string, sections: Partial<Record<OfferSectionKey, unknown>>, userId: string) {
  const rows = await db().offerSection.findMany({ where: { offerId }, select: { key: true, revision: true } });
  const revisions = Object.fromEntries(rows.map((row) => [row.key, row.revision]));
  const saves = Object.entries(sections).map(([key, content]) => ({
    key: key as OfferSectionKey,
    baseRevision: revisions[key] ?? 0,
    content,
  }));
  const outcome = await saveOfferSections(offerId, saves, (await actorById(userId))!);
  for (const saved of outcome.saved) revisions[saved.key] = saved.revision;
  return revisions;
}

/** The demo joint offer's agreement of the applicants, as a short PDF. */
async function agreementPdf(lead: string, partner: string): Promise<Uint8Array> {
  const { doc, finish } = createPdf({ title: "Porozumienie oferentów", subject: "Oferta wspólna" });
  doc.font("bold").fontSize(14).text("Porozumienie oferentów");
  doc.moveDown().font("regular").fontSize(11);
  doc.text(
    `${lead} (lider) i ${partner} składają wspólnie ofertę w otwartym konkursie ofert Województwa Opolskiego i odpowiadają solidarnie za realizację zadania. Lider reprezentuje oferentów wobec urzędu i rozlicza dotację.`,
  );
  return finish();
}

/**
 * `time` (Polish) on the first working day from `days` after `now`'s day: a
 * real office sets no deadline on a Sunday or a holiday (the demo's fell on
 * 1 January, and the platform's own day-off warning would have fired).
 */
export function demoWorkingDayAt(days: number, time: string, now: Date): Date {
  let offset = days;
  while (!isWorkingDay(polishDay(polishAt(offset, time, now)))) offset += 1;
  return polishAt(offset, time, now);
}

export async function seedDemoCompetitions(): Promise<void> {
  if (await db().competition.findUnique({ where: { slug: DEMO_COMPETITION_SLUG }, select: { id: true } })) return;
  const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "16" }, select: { id: true } });
  const official = await db().user.findUniqueOrThrow({
    where: { email: `urzednik@${DEMO_EMAIL_DOMAIN}` },
    select: { id: true },
  });
  const ngo = await db().user.findUniqueOrThrow({
    where: { email: `ngo@${DEMO_EMAIL_DOMAIN}` },
    select: { id: true, name: true, email: true },
  });
  const actor: Actor = { userId: official.id, ip: null };
  const now = new Date();
  const today = polishDay(now);

  // Last year's competition of the same kinds, decided, with three grants.
  const pastDeadline = demoWorkingDayAt(-330, "16:00", now);
  const pastStart = monthStartAfter(polishDay(pastDeadline), 30);
  const pastId = await announce(
    DEMO_PAST_COMPETITION_SLUG,
    {
      title: "Otwarty konkurs ofert: aktywni seniorzy i wolontariat (poprzednia edycja)",
      opensAt: polishAt(-360, "08:00", now),
      deadline: pastDeadline,
      startsOn: pastStart,
      endsOn: `${pastStart.slice(0, 4)}-12-15`,
      publishedDay: polishDay(polishAt(-362, "08:00", now)),
    },
    office.id,
    actor,
    polishAt(-362, "09:00", now),
  );
  const pastTasks = await db().competitionTask.findMany({
    where: { competitionId: pastId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const awards = [
    { task: 0, slug: "srebrny-wiek-brzeg", amount: 38_000_00n },
    { task: 0, slug: "zdrowie-bez-barier", amount: 25_000_00n },
    { task: 1, slug: "opolskie-centrum-wolontariatu", amount: 30_000_00n },
  ];
  for (const award of awards) {
    const recipient = await organisation(award.slug);
    await db().taskAward.create({
      data: {
        taskId: pastTasks[award.task]!.id,
        organisationId: recipient.id,
        recipientName: recipient.name,
        amount: award.amount,
        decidedAt: polishAt(-300, "12:00", now),
      },
    });
  }
  await db().competition.update({ where: { id: pastId }, data: { status: "DECIDED" } });
  await db().competitionTask.updateMany({ where: { competitionId: pastId }, data: { status: "DECIDED" } });

  // This year's competition: announced three days ago, offers until 16:00 on the first working day from 25 days on.
  const deadline = demoWorkingDayAt(25, "16:00", now);
  const startsOn = monthStartAfter(polishDay(deadline), 60);
  const endsOn = `${Number(startsOn.slice(0, 4)) + 1}-11-30`;
  const competitionId = await announce(
    DEMO_COMPETITION_SLUG,
    {
      title: "Otwarty konkurs ofert: aktywni seniorzy i wolontariat",
      opensAt: polishAt(-3, "08:00", now),
      deadline,
      startsOn,
      endsOn,
      publishedDay: addDays(today, -3),
    },
    office.id,
    actor,
    now,
  );
  await saveCommissionCall(
    competitionId,
    commissionCallSchema.parse({
      description:
        "Zapraszamy organizacje pozarządowe do zgłaszania kandydatów na członków komisji konkursowej. Każda organizacja może zgłosić jedną osobę; nie mogą nią być osoby z organizacji, które składają oferty w konkursie.",
      requirements: "Doświadczenie w realizacji zadań publicznych z zakresu konkursu.",
      opensAt: dateToPolishLocal(polishAt(-3, "08:00", now)),
      closesAt: dateToPolishLocal(polishAt(14, "16:00", now)),
    }),
    actor,
  );
  const tasks = await db().competitionTask.findMany({
    where: { competitionId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  // The whole actor: prefill reads its memberships to decide which contacts it may copy.
  const drafter = { ...(await actorById(ngo.id))!, name: ngo.name, email: ngo.email };

  // The volunteering centre's draft for task 2, half written.
  const centre = await organisation("opolskie-centrum-wolontariatu");
  const draft = await createOfferDraft(
    { competitionId, taskId: tasks[1]!.id, organisationId: centre.id, kind: "SINGLE", coApplicantIds: [] },
    drafter,
  );
  await fill(
    draft.offerId,
    demoDraftOfferSections({
      startsOn,
      endsOn: `${startsOn.slice(0, 4)}-12-15`,
      year: Number(startsOn.slice(0, 4)),
      organisation: party(centre),
    }),
    ngo.id,
  );

  // The Forum foundation's joint offer with Zielona Odra for task 1, submitted.
  const forum = await organisation("forum-praw-obywatelskich");
  const odra = await organisation("zielona-odra");
  const joint = await createOfferDraft(
    { competitionId, taskId: tasks[0]!.id, organisationId: forum.id, kind: "JOINT", coApplicantIds: [odra.id] },
    drafter,
  );
  const firstYear = Number(startsOn.slice(0, 4));
  const jointEnds = `${firstYear + 1}-06-30`;
  const document = demoJointOfferDocument({
    years: [firstYear, firstYear + 1],
    startsOn,
    endsOn: jointEnds,
    lead: party(forum),
    partner: party(odra),
  });
  const revisions = await fill(joint.offerId, document, ngo.id);
  // The joint offer's required attachment: the applicants' agreement (a one-page PDF).
  const agreement = await db().attachmentRequirement.findFirstOrThrow({
    where: { competitionId, condition: "JOINT_ONLY" },
    select: { id: true },
  });
  await addOfferAttachment(
    (await actorById(ngo.id))!,
    joint.offerId,
    { title: "Porozumienie oferentów", requirementId: agreement.id },
    { bytes: await agreementPdf(forum.name, odra.name), name: "porozumienie-oferentow.pdf" },
  );
  // Zielona Odra's editor accepts the invitation: without it the joint offer cannot be submitted.
  const odraEditor = await db().user.findUniqueOrThrow({
    where: { email: `t.nadodrzanska@${DEMO_EMAIL_DOMAIN}` },
    select: { id: true },
  });
  await acceptCoApplication(joint.offerId, odra.id, (await actorById(odraEditor.id))!, { ip: null });
  await submitOffer({ offerId: joint.offerId, revisions }, { id: ngo.id }, "pl");

  await seedDemoSmallGrant(office.id, official.id, ngo.id, centre, now);
}

/**
 * A small-grant offer (art. 19a) in its seven days for remarks: the office's
 * intake for this year, the volunteering centre's simplified offer received
 * and published, a resident's remark and the office's answer.
 */
async function seedDemoSmallGrant(
  institutionId: string,
  officialId: string,
  ngoId: string,
  centre: DemoOrganisation,
  now: Date,
): Promise<void> {
  const [official, representative, resident] = await Promise.all([
    actorById(officialId),
    actorById(ngoId),
    db()
      .user.findUniqueOrThrow({ where: { email: `mieszkaniec@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } })
      .then((user) => actorById(user.id)),
  ]);
  const meta = { ip: null };
  await saveSmallGrantBudget(
    official!,
    saveBudgetSchema.parse({
      institutionId,
      year: Number(polishDay(now).slice(0, 4)),
      plannedGrantsTotal: "2 000 000",
      intakeOpen: true,
      suspendedNote: "",
    }),
    meta,
  );
  const draft = await createSmallGrantDraft(representative!, { organisationId: centre.id, institutionId }, now);
  const startsOn = addDays(polishDay(now), 21);
  const revisions = await fill(
    draft.id,
    demoSmallGrantDocument({ startsOn, endsOn: addDays(startsOn, 59), organisation: party(centre) }),
    ngoId,
  );
  const received = await submitSmallGrantOffer({ offerId: draft.id, revisions }, { id: ngoId }, "pl");
  await publishSmallGrant(official!, received.caseId, meta, now);
  const remark = await submitSmallGrantRemark(
    resident!,
    {
      caseId: received.caseId,
      actingFor: null,
      body: "Czy badania będą dostępne także dla osób poruszających się na wózkach? Sala MOSiR ma schody przy wejściu od ulicy.",
    },
    meta,
    now,
  );
  await answerSmallGrantRemark(
    official!,
    {
      remarkId: remark.id,
      answer:
        "Tak: wejście od strony parkingu jest bez schodów, a oferent zapewni dwa stanowiska badań na parterze. Uzupełnimy to w umowie.",
    },
    meta,
    now,
  );
}
