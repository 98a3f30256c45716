// Demo consultations: one open with remarks (one answered), one closed with
// its report published, one announced for next week. Dates are set relative
// to the first seeding; found by slug afterwards, so reseeding changes nothing.
import { db } from "@/lib/db/client";
import { answerRemarks } from "@/lib/consultations/answers/mutations";
import { tellOfficials } from "@/lib/consultations/remarks/mutations";
import { createConsultation, publishConsultation, publishFinalText } from "@/lib/consultations/mutations";
import { generateReport, publishReport } from "@/lib/consultations/report/mutations";
import { consultationFieldsWith, type ConsultationFields } from "@/lib/consultations/schemas";
import { cooperationProgrammeTemplate } from "@/lib/consultations/units";
import { polishAt } from "@/lib/time/polish-local";

// Times of day as an office sets them (Polish time): consultations open in the
// morning and close at 23:59; remarks arrive through the working day.
const PROGRAMME_TEXT = cooperationProgrammeTemplate()
  .replace(
    "## 1. Cel główny i cele szczegółowe programu\n",
    "## 1. Cel główny i cele szczegółowe programu\n\nCelem głównym programu jest wzmacnianie potencjału organizacji pozarządowych województwa opolskiego.\n\nCele szczegółowe to rozwój wolontariatu i wsparcie inicjatyw lokalnych.\n",
  )
  .replace(
    "## 2. Zasady współpracy\n",
    "## 2. Zasady współpracy\n\nWspółpraca opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.\n",
  )
  .replace(
    "## 8. Wysokość środków planowanych na realizację programu\n",
    "## 8. Wysokość środków planowanych na realizację programu\n\nNa realizację programu planuje się 4 500 000 zł.\n",
  );

const COMPETITION_RULES = [
  "Projekt zarządzenia Prezydenta Miasta Opola w sprawie ogłoszenia otwartego konkursu ofert na realizację zadań z zakresu pomocy społecznej",
  "",
  "§ 1. Ogłasza się otwarty konkurs ofert na realizację zadań publicznych z zakresu pomocy społecznej w 2027 roku.",
  "§ 2. 1. Na realizację zadań przeznacza się 600 000 zł.",
  "2. Oferty składa się do 15 stycznia 2027 r.",
  "3. Oferty ocenia komisja konkursowa, biorąc pod uwagę:",
  "1) możliwość realizacji zadania;",
  "2) kalkulację kosztów;",
  "3) udział wkładu własnego.",
  "§ 3. Zarządzenie wchodzi w życie z dniem podpisania.",
].join("\n");

export async function seedDemoConsultations(now = new Date()): Promise<number> {
  const client = db();
  const official = await client.user.findUnique({
    where: { email: "urzednik@demo.example.org" },
    select: { id: true },
  });
  const ngo = await client.user.findUnique({ where: { email: "ngo@demo.example.org" }, select: { id: true } });
  const organisation = await client.organisation.findUnique({
    where: { slug: "opolskie-centrum-wolontariatu" },
    select: { id: true },
  });
  const offices = await client.institution.findMany({
    where: { territoryCode: { in: ["16", "1661011", "1607"] } },
    select: { id: true, territoryCode: true },
  });
  const office = (code: string) => offices.find((o) => o.territoryCode === code)?.id;
  if (!official || !ngo || !organisation || !office("16") || !office("1661011") || !office("1607")) return 0;
  const actor = { userId: official.id, ip: null };
  const spheres = await client.publicBenefitSphere.findMany({
    where: { code: { in: ["33", "8"] }, validTo: null },
    select: { id: true, code: true },
  });
  const sphere = (code: string) => spheres.filter((s) => s.code === code).map((s) => s.id);
  let created = 0;
  const ensure = async (
    slug: string,
    institutionId: string,
    consultationFields: ConsultationFields,
    after: (id: string) => Promise<void>,
  ) => {
    if (await client.consultation.findUnique({ where: { slug }, select: { id: true } })) return;
    const { id } = await createConsultation(institutionId, consultationFields, actor);
    await client.consultation.update({ where: { id }, data: { slug } });
    await after(id);
    created += 1;
  };
  const unitId = async (consultationId: string, key: string) =>
    (await client.consultationUnit.findUniqueOrThrow({ where: { consultationId_key: { consultationId, key } } })).id;
  const remark = async (
    consultationId: string,
    key: string | null,
    proposedWording: string,
    justification: string,
    at: Date,
  ) => {
    const unit = key ? await unitId(consultationId, key) : null;
    const current = unit ? (await client.consultationUnit.findUniqueOrThrow({ where: { id: unit } })).text : null;
    const made = await client.remark.create({
      data: {
        consultationId,
        unitId: unit,
        currentWording: current,
        proposedWording,
        justification,
        authorId: ngo.id,
        organisationId: organisation.id,
        createdAt: at,
      },
      select: { id: true },
    });
    // The office heard of it, as of every remark.
    const consultation = await client.consultation.findUniqueOrThrow({
      where: { id: consultationId },
      select: { id: true, slug: true, title: true, institutionId: true },
    });
    await tellOfficials(client, consultation, { id: made.id, authorId: ngo.id, organisationId: organisation.id });
    return made;
  };

  await ensure(
    "program-wspolpracy-wojewodztwa-opolskiego-2027",
    office("16")!,
    consultationFieldsWith({
      title: "Program współpracy Województwa Opolskiego z organizacjami pozarządowymi na 2027 rok",
      kind: "COOPERATION_PROGRAMME",
      summary:
        "Zarząd Województwa Opolskiego zaprasza organizacje pozarządowe do konsultacji projektu programu współpracy na 2027 rok. Uwagi można zgłaszać do każdej części programu.",
      legalBasis:
        "art. 5a ust. 1 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie",
      startsAt: polishAt(-3, "08:00", now),
      endsAt: polishAt(11, "23:59", now),
      meetingPlace: "Urząd Marszałkowski, ul. Piastowska 14, Opole, sala 310",
      meetingAt: polishAt(5, "16:00", now),
      contactPerson: "Katarzyna Urzędowska",
      contactEmail: "konsultacje@demo.example.org",
      sphereIds: sphere("33"),
      sourceText: PROGRAMME_TEXT,
    }),
    async (id) => {
      await client.consultation.update({
        where: { id },
        data: { status: "OPEN", publishedAt: polishAt(-3, "08:00", now) },
      });
      const first = await remark(
        id,
        "sekcja-1-akapit-2",
        "Cele szczegółowe to rozwój wolontariatu, wsparcie inicjatyw lokalnych i cyfryzacja organizacji.",
        "Wiele organizacji potrzebuje wsparcia w pracy zdalnej.",
        polishAt(-2, "10:24", now),
      );
      await remark(
        id,
        "sekcja-8-akapit-1",
        "Na realizację programu planuje się 5 000 000 zł.",
        "Kwota nie rosła od trzech lat mimo inflacji.",
        polishAt(-1, "13:47", now),
      );
      await answerRemarks(
        actor,
        { consultationId: id, remarkIds: [first.id], decision: "ACCEPTED", reason: "" },
        polishAt(-1, "09:30", now),
      );
    },
  );

  await ensure(
    "zasady-konkursu-pomoc-spoleczna-opole-2027",
    office("1661011")!,
    consultationFieldsWith({
      title: "Zasady otwartego konkursu ofert z zakresu pomocy społecznej na 2027 rok",
      kind: "COMPETITION_RULES",
      summary: "Konsultacje projektu zarządzenia o ogłoszeniu otwartego konkursu ofert z zakresu pomocy społecznej.",
      startsAt: polishAt(-30, "08:00", now),
      endsAt: polishAt(-16, "23:59", now),
      sphereIds: sphere("8"),
      sourceText: COMPETITION_RULES,
    }),
    async (id) => {
      await client.consultation.update({
        where: { id },
        data: { status: "CLOSED", publishedAt: polishAt(-30, "08:00", now) },
      });
      const answeredAt = polishAt(-10, "12:30", now);
      const a = await remark(
        id,
        "par-2-ust-2",
        "Oferty składa się do 31 stycznia 2027 r.",
        "Dwa tygodnie po Nowym Roku to za mało na przygotowanie oferty.",
        polishAt(-25, "09:15", now),
      );
      const b = await remark(
        id,
        "par-2-ust-3-pkt-3",
        "udział wkładu własnego, w tym wkładu osobowego.",
        "Wolontariat powinien liczyć się jako wkład.",
        polishAt(-24, "14:05", now),
      );
      const c = await remark(
        id,
        null,
        "",
        "Prosimy o szkolenie z pisania ofert przed terminem.",
        polishAt(-20, "11:40", now),
      );
      await answerRemarks(
        actor,
        {
          consultationId: id,
          remarkIds: [a.id],
          decision: "PARTLY_ACCEPTED",
          reason: "Termin przesunięto do 25 stycznia 2027 r.",
        },
        answeredAt,
      );
      await answerRemarks(
        actor,
        { consultationId: id, remarkIds: [b.id], decision: "ACCEPTED", reason: "" },
        answeredAt,
      );
      await answerRemarks(
        actor,
        {
          consultationId: id,
          remarkIds: [c.id],
          decision: "NOT_ACCEPTED",
          reason: "Szkolenia nie są przedmiotem zarządzenia; odbędą się w ramach programu współpracy.",
        },
        answeredAt,
      );
      await client.consultationReport.create({
        data: { consultationId: id, state: "GENERATING", requestedAt: polishAt(-9, "10:00", now) },
      });
      await generateReport(id, polishAt(-9, "10:00", now));
      await publishReport(id, actor, polishAt(-8, "12:00", now));
      const adopted = COMPETITION_RULES.replace(
        "2. Oferty składa się do 15 stycznia 2027 r.",
        "2. Oferty składa się do 25 stycznia 2027 r.",
      ).replace("3) udział wkładu własnego.", "3) udział wkładu własnego, w tym wkładu osobowego.");
      await publishFinalText(id, { finalText: adopted, splitMode: "auto" }, actor, polishAt(-5, "15:00", now));
    },
  );

  // Closed last week and waiting for the office: one remark still to answer, no report yet.
  await ensure(
    "regulamin-rady-dzialalnosci-pozytku-publicznego",
    office("16")!,
    consultationFieldsWith({
      title: "Regulamin Wojewódzkiej Rady Działalności Pożytku Publicznego",
      kind: "DRAFT_RESOLUTION",
      summary:
        "Konsultacje projektu uchwały w sprawie trybu powoływania członków i organizacji pracy Wojewódzkiej Rady Działalności Pożytku Publicznego.",
      startsAt: polishAt(-21, "08:00", now),
      endsAt: polishAt(-7, "23:59", now),
      sourceText:
        "§ 1. Rada liczy 16 członków.\n§ 2. 1. Kadencja Rady trwa 3 lata.\n2. Posiedzenia Rady odbywają się co najmniej raz na kwartał.\n§ 3. Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia.",
    }),
    async (id) => {
      await client.consultation.update({
        where: { id },
        data: { status: "CLOSED", publishedAt: polishAt(-21, "08:00", now) },
      });
      const answered = await remark(
        id,
        "par-1",
        "Rada liczy 20 członków.",
        "Więcej miejsc dla organizacji z mniejszych powiatów.",
        polishAt(-15, "09:50", now),
      );
      await remark(
        id,
        "par-2-ust-2",
        "Posiedzenia Rady odbywają się co najmniej raz na dwa miesiące.",
        "Raz na kwartał to za rzadko przy konsultacjach programu.",
        polishAt(-12, "17:20", now),
      );
      await answerRemarks(
        actor,
        {
          consultationId: id,
          remarkIds: [answered.id],
          decision: "NOT_ACCEPTED",
          reason: "Skład Rady określa ustawa: połowa członków to przedstawiciele organizacji.",
        },
        polishAt(-5, "11:00", now),
      );
    },
  );

  await ensure(
    "strategia-rozwoju-powiatu-nyskiego",
    office("1607")!,
    consultationFieldsWith({
      title: "Strategia rozwoju powiatu nyskiego do 2035 roku",
      kind: "STRATEGY",
      summary: "Starosta Nyski zaprasza do konsultacji projektu strategii rozwoju powiatu do 2035 roku.",
      audience: "ORGANISATIONS_AND_RESIDENTS",
      remarkPublication: "AFTER_CLOSE",
      startsAt: polishAt(7, "08:00", now),
      endsAt: polishAt(28, "23:59", now),
      sourceText:
        "## Wizja\n\nPowiat nyski w 2035 roku to miejsce dobrej pracy i aktywnych społeczności.\n\n## Cele strategiczne\n\nRozwój gospodarczy oparty na turystyce i przetwórstwie.\n\nSilne organizacje społeczne i aktywni mieszkańcy.",
    }),
    async (id) => {
      await publishConsultation(id, actor, now);
    },
  );
  return created;
}
