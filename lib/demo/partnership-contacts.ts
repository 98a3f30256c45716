// Contact details of the demo organisations that take part in partner
// requests (as authors or as interested sides): the module shows each side's
// contacts to the other once an interest is accepted
// (lib/partnerships/interests/contacts.ts), and without these an accepted demo
// interest showed nothing to write to. Fictional addresses and numbers; shown
// to signed-in people, as an organisation would choose for its office. Only
// what is missing is added: a visitor's own contacts stay as they are.
import { db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/data";

type DemoContacts = {
  channels: { kind: "EMAIL" | "PHONE" | "WEBSITE"; value: string }[];
  person: { name: string; function: string; email: string; phone: string };
};

export const demoPartnershipContacts: Record<string, DemoContacts> = {
  "zdrowie-bez-barier": {
    channels: [
      { kind: "EMAIL", value: `biuro.zdrowie@${DEMO_EMAIL_DOMAIN}` },
      { kind: "PHONE", value: "+48 77 000 10 10" },
    ],
    person: {
      name: "Barbara Zdrowska",
      function: "koordynatorka projektów",
      email: `b.zdrowska@${DEMO_EMAIL_DOMAIN}`,
      phone: "+48 600 000 101",
    },
  },
  "zielona-odra": {
    channels: [
      { kind: "EMAIL", value: `kontakt.odra@${DEMO_EMAIL_DOMAIN}` },
      { kind: "WEBSITE", value: "https://zielona-odra.demo.example.org" },
    ],
    person: {
      name: "Tomasz Nadodrzański",
      function: "prezes zarządu",
      email: `t.nadodrzanski@${DEMO_EMAIL_DOMAIN}`,
      phone: "+48 600 000 102",
    },
  },
  "opolskie-centrum-wolontariatu": {
    channels: [
      { kind: "EMAIL", value: `wolontariat@${DEMO_EMAIL_DOMAIN}` },
      { kind: "PHONE", value: "+48 77 000 10 30" },
    ],
    person: {
      name: "Anna Pomocna",
      function: "koordynatorka wolontariatu",
      email: `a.pomocna@${DEMO_EMAIL_DOMAIN}`,
      phone: "+48 600 000 103",
    },
  },
  "forum-praw-obywatelskich": {
    channels: [{ kind: "EMAIL", value: `porady.forum@${DEMO_EMAIL_DOMAIN}` }],
    person: {
      name: "Jan Prawnicki",
      function: "radca prawny, wolontariusz",
      email: `j.prawnicki@${DEMO_EMAIL_DOMAIN}`,
      phone: "+48 600 000 104",
    },
  },
};

export async function seedDemoPartnershipContacts(): Promise<void> {
  const organisations = await db().organisation.findMany({
    where: { slug: { in: Object.keys(demoPartnershipContacts) } },
    select: { id: true, slug: true, _count: { select: { contactPersons: true } } },
  });
  for (const organisation of organisations) {
    const demo = demoPartnershipContacts[organisation.slug]!;
    // One channel of a kind per organisation (the key): a kind the organisation filled in keeps its value.
    await db().organisationContact.createMany({
      data: demo.channels.map((channel) => ({ ...channel, organisationId: organisation.id, visibility: "SIGNED_IN" })),
      skipDuplicates: true,
    });
    if (organisation._count.contactPersons === 0)
      await db().organisationContactPerson.create({
        data: { ...demo.person, organisationId: organisation.id, visibility: "SIGNED_IN" },
      });
  }
}
