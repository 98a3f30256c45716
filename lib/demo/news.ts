// Demo news: the marshal's office announces an open call (featured), the
// volunteering foundation invites to training and reports on an action
// (approved by the moderator), one article waits for the moderator, one is
// scheduled for tomorrow, and the platform greets its users. Written through
// the same functions as the forms. Seeded once: skipped when any article exists.
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";
import { approveArticle, featureArticle } from "@/lib/news/moderation";
import { createArticle, submitArticle } from "@/lib/news/mutations";
import { currentArticleVersion } from "@/lib/news/queries";
import { newsFieldsWith, type NewsFields } from "@/lib/news/schemas";
import { polishAt } from "@/lib/time/polish-local";

async function demoActor(local: string) {
  const user = await db().user.findUnique({ where: { email: `${local}@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } });
  return user ? loadActor({ userId: user.id, sessionVersion: 0 }) : null;
}

async function sphereIds(codes: string[]): Promise<string[]> {
  return (
    await db().publicBenefitSphere.findMany({ where: { code: { in: codes }, validTo: null }, select: { id: true } })
  ).map((s) => s.id);
}

export async function seedDemoNews(now = new Date()): Promise<number> {
  if ((await db().newsArticle.count()) > 0) return 0;
  const [official, ngo, moderator, admin] = [
    await demoActor("urzednik"),
    await demoActor("ngo"),
    await demoActor("moderator"),
    await demoActor("admin"),
  ];
  const office = await db().institution.findUnique({ where: { territoryCode: "16" }, select: { id: true } });
  const volunteering = await db().organisation.findFirst({
    where: { slug: "opolskie-centrum-wolontariatu", verifiedAt: { not: null } },
    select: { id: true },
  });
  const rights = await db().organisation.findFirst({
    where: { slug: "forum-praw-obywatelskich", verifiedAt: { not: null } },
    select: { id: true },
  });
  const meta = { ip: null };
  let written = 0;
  const write = async (
    actor: NonNullable<typeof official>,
    author: { organisationId: string | null; institutionId: string | null },
    fields: NewsFields,
  ) => {
    written += 1;
    return createArticle(actor, author, fields, meta);
  };

  if (official && office) {
    const call = await write(
      official,
      { organisationId: null, institutionId: office.id },
      newsFieldsWith({
        kind: "CALL",
        title: "Otwarty konkurs ofert na 2027 rok: nabór wniosków",
        lead: "Zarząd Województwa Opolskiego ogłasza otwarty konkurs ofert na realizację zadań publicznych w 2027 roku. Oferty przyjmujemy do 15 stycznia.",
        body: "## Na co można otrzymać dotację\n\n- wspieranie rodziny i systemu pieczy zastępczej,\n- działalność na rzecz osób w wieku emerytalnym,\n- ekologia i ochrona dziedzictwa przyrodniczego.\n\n## Jak złożyć ofertę\n\nOfertę składa się w generatorze wniosków, na wzorze z rozporządzenia w sprawie wzorów ofert. Regulamin konkursu i wzory dokumentów są w załącznikach ogłoszenia w BIP.\n\nPytania: Regionalny Ośrodek Polityki Społecznej, tel. 77 44 15 250.",
        sphereIds: await sphereIds(["10", "18", "1a"]),
        territoryCodes: ["16"],
      }),
    );
    // Published three days ago in the morning, not at the minute the demo was seeded.
    const announced = polishAt(-3, "09:00", now);
    await submitArticle(official, call.id, null, meta, announced);
    if (moderator) await featureArticle(moderator, call.id, true, meta, announced);
    const scheduled = await write(
      official,
      { organisationId: null, institutionId: office.id },
      newsFieldsWith({
        kind: "ANNOUNCEMENT",
        title: "Posiedzenie Wojewódzkiej Rady Działalności Pożytku Publicznego",
        lead: "Rada omówi projekt programu współpracy na 2027 rok i wyniki konsultacji. Posiedzenie jest otwarte dla przedstawicieli organizacji.",
        body: "Posiedzenie odbędzie się w sali sejmiku, ul. Piastowska 14 w Opolu. Porządek obrad i projekt programu współpracy są w załącznikach ogłoszenia w BIP.",
        eventStartsAt: polishAt(10, "11:00", now),
        eventPlace: "Urząd Marszałkowski, ul. Piastowska 14, Opole",
        territoryCodes: ["16"],
      }),
    );
    await submitArticle(official, scheduled.id, polishAt(1, "08:00", now), meta, now);
  }

  if (ngo && volunteering) {
    const training = await write(
      ngo,
      { organisationId: volunteering.id, institutionId: null },
      newsFieldsWith({
        kind: "EVENT",
        title: "Szkolenie dla koordynatorów wolontariatu w Opolu",
        lead: "Zapraszamy koordynatorów wolontariatu z organizacji i szkół na bezpłatne szkolenie: rekrutacja, porozumienia z wolontariuszami, ubezpieczenie.",
        body: "Szkolenie poprowadzą trenerzy Opolskiego Centrum Wolontariatu. Zapewniamy materiały i poczęstunek.\n\n**Zapisy** do końca miesiąca przez formularz na naszej stronie. Liczba miejsc: 25.",
        eventStartsAt: polishAt(14, "10:00", now),
        eventEndsAt: polishAt(14, "16:00", now),
        eventPlace: "Centrum Dialogu Obywatelskiego, ul. Armii Krajowej 14, Opole",
        sphereIds: await sphereIds(["27", "33"]),
        territoryCodes: ["1661011"],
      }),
    );
    await submitArticle(ngo, training.id, null, meta, polishAt(-1, "12:05", now));
    if (moderator)
      await approveArticle(
        moderator,
        training.id,
        await currentArticleVersion(training.id),
        meta,
        polishAt(-1, "13:20", now),
      );
    const waiting = await write(
      ngo,
      { organisationId: volunteering.id, institutionId: null },
      newsFieldsWith({
        title: "Podsumowanie zbiórki „Paczka dla seniora”",
        lead: "Dzięki wolontariuszom i darczyńcom przygotowaliśmy 340 paczek dla samotnych seniorów z Opola i okolic. Dziękujemy!",
        body: "Paczki trafiły do seniorów w 12 gminach województwa. Szczególne podziękowania dla szkół, które zorganizowały zbiórki, i dla ochotniczych straży pożarnych, które pomogły w transporcie.",
        sphereIds: await sphereIds(["10", "27"]),
        territoryCodes: ["1661011", "1609"],
      }),
    );
    await submitArticle(ngo, waiting.id, null, meta, now);
  }
  if (ngo && rights) {
    // A draft, as writers leave them.
    await write(
      ngo,
      { organisationId: rights.id, institutionId: null },
      newsFieldsWith({
        title: "Bezpłatne porady prawne dla organizacji (szkic)",
        lead: "Szkic aktualności: dyżury prawników dla organizacji pozarządowych w każdy czwartek.",
        body: "Szkic – do uzupełnienia o godziny dyżurów i adres.",
      }),
    );
  }

  if (admin) {
    const welcome = await write(
      admin,
      { organisationId: null, institutionId: null },
      newsFieldsWith({
        kind: "ANNOUNCEMENT",
        title: "Witamy na platformie współpracy organizacji i samorządów",
        lead: "Konsultacje, konkursy, baza organizacji, wybory do rad pożytku, forum i aktualności: wszystko, czym organizacje i samorządy regionu współpracują, w jednym miejscu.",
        body: "Organizacje pozarządowe mogą tu publikować aktualności, zgłaszać uwagi do projektów dokumentów i brać udział w wyborach przedstawicieli do rad działalności pożytku publicznego. Urzędy ogłaszają konsultacje i konkursy.\n\nObserwuj sfery i obszary, które Cię interesują, a dostaniesz powiadomienie o nowych aktualnościach.",
      }),
    );
    await submitArticle(admin, welcome.id, null, meta, polishAt(-2, "09:30", now));
  }
  return written;
}
