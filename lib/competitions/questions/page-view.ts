// What a competition's questions page shows its reader. Unlike the competition's
// own page it is personal (read with the session, never cached): everyone reads
// the answered questions, a person acting for a verified organisation gets the
// form while offers are taken and sees their questions not yet published, and
// the office's officials get the waiting questions with their answer forms (which
// organisation asked only for the office's own officials).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { visibleCompetitionBySlug } from "@/lib/competitions/page-view";
import {
  listAnsweredQuestions,
  listOwnOpenQuestions,
  listPendingQuestions,
} from "@/lib/competitions/questions/queries";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";

export async function questionsPageView(slug: string, actor: Actor | null, now = new Date()) {
  const competition = await visibleCompetitionBySlug(slug);
  if (!competition) return null;
  const manages = can(actor, "competitions.manage", { institutionId: competition.institutionId });
  // Who asked is the office's to know: a platform administrator may answer, but not learn the asker (L3).
  const ownOffice = can(actor, "institution.actFor", { institutionId: competition.institutionId });
  // Questions are asked until the deadline, including before offers open (the announcement is out).
  const askingOpen = competition.status === "PUBLISHED" && now < competition.offersDeadline;
  const actingFor = actor
    ? actor.organisations.filter((m) => can(actor, "organisation.actFor", { organisationId: m.organisationId }))
    : [];
  const [answered, own, pending, organisations, tasks] = await Promise.all([
    listAnsweredQuestions(competition.id),
    actor ? listOwnOpenQuestions(competition.id, actor.id) : [],
    manages ? listPendingQuestions(competition.id, { withOrganisation: ownOffice }) : [],
    askingOpen && actingFor.length > 0
      ? db().organisation.findMany({
          where: { id: { in: actingFor.map((m) => m.organisationId) }, verifiedAt: { not: null } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [],
    db().competitionTask.findMany({
      where: { competitionId: competition.id },
      select: { id: true, number: true, kindName: true },
      orderBy: { position: "asc" },
    }),
  ]);
  return {
    competition,
    accepting: isAcceptingOffers(competition, now),
    askingOpen,
    signedIn: actor !== null,
    manages,
    answered,
    own,
    pending,
    /** The organisations the reader may ask for; empty when they may not ask (now). */
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    tasks: tasks.map((task) => ({ value: task.id, label: `${task.number}. ${task.kindName}` })),
  };
}
