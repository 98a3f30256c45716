import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { shownFactsOf } from "@/lib/organisations/shown-facts";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { notify } from "@/lib/notifications/notify";
import { followTopic, listSubscriptions } from "@/lib/notifications/subscriptions";
import { seedInstitutions } from "@/lib/reference-data/seed";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createPerson } from "@/tests/factories/people";
import { signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { followOrganisationAction, followTopicAction, unfollowTopicAction } from "@/lib/notifications/actions";
import { registerOrganisationAction, setOrganisationVerifiedAction } from "@/lib/organisations/actions";

// Two-factor authentication on for everyone, administrators included.
const person = (platformRole: Actor["platformRole"] = "RESIDENT") => createPerson({ platformRole, twoFactor: true });
const none = { sphereId: null, territoryCode: null, institutionId: null };
const SPORT = "udpp-4-1-17";
const CULTURE = "udpp-4-1-16";

beforeAll(async () => {
  await createInstanceSettings();
  await seedInstitutions("16");
});

describe("topics", () => {
  it("reach exactly those who asked: sport in powiat opolski, the whole region, a gmina, culture anywhere", async () => {
    const sportInPowiatOpolski = await person();
    const wholeRegion = await person();
    const dobrzen = await person();
    const cultureAnywhere = await person();
    const sportInNysa = await person();
    await followTopic(sportInPowiatOpolski.id, { ...none, sphereId: SPORT, territoryCode: "1609" });
    await followTopic(wholeRegion.id, { ...none, territoryCode: "16" });
    await followTopic(dobrzen.id, { ...none, territoryCode: "1609032" });
    await followTopic(cultureAnywhere.id, { ...none, sphereId: CULTURE });
    await followTopic(sportInNysa.id, { ...none, sphereId: SPORT, territoryCode: "1607" });

    // A sports club seated in Dobrzeń Wielki (powiat opolski).
    await notify({
      type: "organisation.registered",
      subject: { type: "Organisation", id: "x1", title: "Klub Sportowy Dobrzeń", link: { pathname: "/" } },
      audience: { topic: { sphereIds: [SPORT], territoryCodes: ["1609032"] } },
    });
    await fanOutPendingNotifications();
    const recipients = (await db().notification.findMany({ select: { userId: true } })).map((r) => r.userId).sort();
    expect(recipients).toEqual([sportInPowiatOpolski.id, wholeRegion.id, dobrzen.id].sort());
  });

  it("are refused when empty, repeated or outside the region, and removed only by their owner", async () => {
    const user = await person();
    expect(await followTopic(user.id, none)).toEqual({ ok: false, problem: "topicEmpty" });
    expect(await followTopic(user.id, { ...none, territoryCode: "0264011" })).toEqual({
      ok: false,
      problem: "notFound",
    }); // Wrocław
    expect(await followTopic(user.id, { ...none, territoryCode: "1601034" })).toEqual({
      ok: false,
      problem: "notFound",
    }); // a town part, not a unit
    expect(await followTopic(user.id, { ...none, sphereId: CULTURE })).toEqual({ ok: true });
    expect(await followTopic(user.id, { ...none, sphereId: CULTURE })).toEqual({ ok: false, problem: "topicTaken" });
    await signInAs(user);
    expect((await followTopicAction({ sphereId: "", territoryCode: "", institutionId: "" })).validationErrors).toEqual({
      sphereId: { _errors: ["topicEmpty"] },
    });
    const [topic] = (await listSubscriptions(user.id)).topics;
    await signInAs(await person());
    await unfollowTopicAction({ subscriptionId: topic!.id });
    expect((await listSubscriptions(user.id)).topics).toHaveLength(1);
    await signInAs(user);
    await unfollowTopicAction({ subscriptionId: topic!.id });
    expect((await listSubscriptions(user.id)).topics).toHaveLength(0);
  });
});

describe("following", () => {
  it("tells followers of a new organisation's topic, and followers of an organisation of its verification", async () => {
    const follower = await person();
    await followTopic(follower.id, { ...none, territoryCode: "1661" });
    const owner = await person();
    await signInAs(owner);
    const registered = await registerOrganisationAction({
      name: "Fundacja Obserwowana",
      shortName: "",
      legalForm: "FOUNDATION",
      krs: "4242",
      nip: "",
      regon: "",
      seatTerritoryCode: "1661011",
      sphereIds: [CULTURE],
    });
    const organisation = await db().organisation.findUniqueOrThrow({ where: { slug: registered.data!.slug } });
    await fanOutPendingNotifications();
    expect(
      await db().notification.findFirst({
        where: { userId: follower.id },
        select: { event: { select: { type: true } } },
      }),
    ).toEqual({ event: { type: "organisation.registered" } });

    const fan = await person();
    await signInAs(fan);
    expect((await followOrganisationAction({ organisationId: organisation.id, follow: true })).data).toEqual({
      following: true,
    });
    await signInAs(await person("ADMINISTRATOR"));
    await setOrganisationVerifiedAction({
      organisationId: organisation.id,
      verified: true,
      shownFacts: shownFactsOf(organisation),
    });
    await fanOutPendingNotifications();
    expect(await db().notification.count({ where: { userId: fan.id, event: { type: "organisation.verified" } } })).toBe(
      1,
    );
    expect((await listSubscriptions(fan.id)).organisations.map((o) => o.name)).toEqual(["Fundacja Obserwowana"]);
    await signInAs(null);
    expect((await followOrganisationAction({ organisationId: organisation.id, follow: true })).serverError).toBe(
      "UNAUTHENTICATED",
    );
  });
});
