// Demo forum: four categories (one open to visitors, one for organisations'
// representatives, one for officials) and two threads with replies, written
// through the same functions as the forum's actions. Seeded once: the
// categories are found by address afterwards.
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { createCategory } from "@/lib/forum/categories";
import { reply, startThread, type PostRef } from "@/lib/forum/posts";
import { polishAt } from "@/lib/time/polish-local";
import type { CategoryFields } from "@/lib/forum/schemas";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";

const CATEGORIES: CategoryFields[] = [
  {
    name: {
      pl: "Ogłoszenia i współpraca",
      en: "Announcements and cooperation",
      de: "Ankündigungen und Zusammenarbeit",
    },
    description: {
      pl: "Wydarzenia, szkolenia, szukanie partnerów do projektów i wolontariuszy.",
      en: "Events, training, looking for project partners and volunteers.",
      de: "Veranstaltungen, Schulungen, Suche nach Projektpartnern und Freiwilligen.",
    },
    access: "SIGNED_IN",
    openToPublic: true,
  },
  {
    name: {
      pl: "Dotacje i otwarte konkursy ofert",
      en: "Grants and open calls",
      de: "Zuschüsse und offene Ausschreibungen",
    },
    description: {
      pl: "Pytania o oferty, kosztorysy, wkład własny i sprawozdania z realizacji zadań publicznych.",
      en: "Questions about offers, budgets, own contribution and reports on public tasks.",
      de: "Fragen zu Angeboten, Kostenplänen, Eigenanteil und Berichten über öffentliche Aufgaben.",
    },
    access: "SIGNED_IN",
    openToPublic: false,
  },
  {
    name: { pl: "Sprawy organizacji", en: "Organisations’ matters", de: "Angelegenheiten der Organisationen" },
    description: {
      pl: "Rozmowy przedstawicieli organizacji: statuty, zarządy, księgowość, współpraca między organizacjami.",
      en: "Representatives of organisations talk: statutes, boards, accounting, cooperation between organisations.",
      de: "Gespräche der Vertreter von Organisationen: Satzungen, Vorstände, Buchhaltung, Zusammenarbeit.",
    },
    access: "REPRESENTATIVES",
    openToPublic: false,
  },
  {
    name: { pl: "Dla urzędników", en: "For officials", de: "Für Amtspersonen" },
    description: {
      pl: "Wymiana doświadczeń urzędników odpowiedzialnych za współpracę z organizacjami pozarządowymi.",
      en: "Officials responsible for cooperation with NGOs share their experience.",
      de: "Erfahrungsaustausch der für die Zusammenarbeit mit NGOs zuständigen Amtspersonen.",
    },
    access: "OFFICIALS",
    openToPublic: false,
  },
];

async function demoActor(local: string) {
  const user = await db().user.findUnique({ where: { email: `${local}@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } });
  return user ? loadActor({ userId: user.id, sessionVersion: 0 }) : null;
}

export async function seedDemoForum(now = new Date()): Promise<number> {
  if ((await db().forumCategory.count()) > 0) return 0;
  const admin = await db().user.findUnique({ where: { email: `admin@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } });
  if (!admin) return 0;
  const ids: string[] = [];
  for (const category of CATEGORIES) ids.push((await createCategory(category, { userId: admin.id, ip: null })).id);
  const [ngo, resident, official] = [
    await demoActor("ngo"),
    await demoActor("mieszkaniec"),
    await demoActor("urzednik"),
  ];
  if (!ngo || !resident || !official) return CATEGORIES.length;
  // Written for the organisation only where it is verified (as the forum requires); an older demo database may hold it unverified.
  const volunteering = await db().organisation.findFirst({
    where: { slug: "opolskie-centrum-wolontariatu", verifiedAt: { not: null } },
    select: { id: true },
  });
  const key = (n: number) => `demo-forum-post-${String(n).padStart(4, "0")}`;

  const grants = await startThread(ngo, {
    categoryId: ids[1]!,
    title: "Jak wycenić wkład osobowy w ofercie na zadanie publiczne?",
    body: "Składamy ofertę w otwartym konkursie ofert województwa. Czy pracę wolontariuszy wyceniamy według stawki z regulaminu konkursu, czy według własnych szacunków? Jak to potem udokumentować w sprawozdaniu?",
    actingFor: volunteering?.id ?? null,
    submissionKey: key(1),
  });
  const answer = await reply(official, {
    threadId: grants.threadId,
    body: "W konkursach województwa stawkę za godzinę pracy wolontariusza podaje **regulamin konkursu**. Do sprawozdania potrzebne są porozumienia z wolontariuszami i karty czasu pracy.",
    actingFor: null,
    submissionKey: key(2),
  });
  const thanks = await reply(ngo, {
    threadId: grants.threadId,
    body: "Dziękuję, to rozwiewa nasze wątpliwości. Przygotujemy karty czasu pracy od początku projektu.",
    actingFor: null,
    submissionKey: key(3),
  });

  const volunteers = await startThread(resident, {
    categoryId: ids[0]!,
    title: "Szukam wolontariatu przy pracy z seniorami w Opolu",
    body: "Mam wolne popołudnia i chętnie pomogę organizacji, która pracuje z seniorami. Czy ktoś szuka wolontariuszy?",
    actingFor: null,
    submissionKey: key(4),
  });
  // Written over the last days, at hours people write, not all at the minute the demo was seeded.
  await backdate([
    [grants, polishAt(-3, "09:12", now)],
    [answer, polishAt(-2, "14:40", now)],
    [thanks, polishAt(-2, "16:05", now)],
    [volunteers, polishAt(-1, "18:30", now)],
  ]);
  return CATEGORIES.length;
}

/** Gives the demo's own posts their times, and their threads and categories the latest post's time. */
async function backdate(posts: [PostRef, Date][]): Promise<void> {
  for (const [post, at] of posts) {
    await db().forumPost.updateMany({
      where: { threadId: post.threadId, number: post.number },
      data: { createdAt: at },
    });
    if (post.number === 1) await db().forumThread.update({ where: { id: post.threadId }, data: { createdAt: at } });
  }
  for (const threadId of new Set(posts.map(([post]) => post.threadId))) {
    const latest = await db().forumPost.aggregate({ where: { threadId }, _max: { createdAt: true } });
    const thread = await db().forumThread.update({
      where: { id: threadId },
      data: { lastPostAt: latest._max.createdAt ?? undefined },
      select: { categoryId: true },
    });
    const newest = await db().forumThread.aggregate({
      where: { categoryId: thread.categoryId },
      _max: { lastPostAt: true },
    });
    await db().forumCategory.update({ where: { id: thread.categoryId }, data: { lastPostAt: newest._max.lastPostAt } });
  }
}
