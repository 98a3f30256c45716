import {
  createIdeaSchema,
  parseAddressee,
  addresseeValue,
  ideaSettingsSchema,
  pendingIdeaFieldsOf,
} from "@/lib/ideas/schemas";

const base = {
  kind: "NEED",
  addressee: "operator",
  title: "Brak świetlic",
  body: "W naszej gminie brakuje świetlic dla dzieci.",
  sphereIds: [],
  territoryCodes: [],
  taskScope: "",
  taskPlaceAndTime: "",
  taskExpectedResults: "",
  taskEstimatedCost: "",
  actingFor: "",
  submissionKey: "abcdefghijklmnop1234",
};
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = createIdeaSchema.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("an entry's schema", () => {
  it("accepts a need addressed to the operator, as oneself", () => {
    const parsed = createIdeaSchema.parse(base);
    expect(parsed.actingFor).toBeNull();
    expect(parsed.taskEstimatedCost).toBeNull();
    expect(parsed.imageIds).toEqual([]);
  });

  it("asks a task proposal for the act's four fields", () => {
    expect(errorsOf({ ...base, kind: "TASK_PROPOSAL" })).toEqual({
      taskScope: "ideaTaskScopeRequired",
      taskPlaceAndTime: "ideaTaskPlaceAndTimeRequired",
      taskExpectedResults: "ideaTaskExpectedResultsRequired",
      taskEstimatedCost: "ideaTaskCostRequired",
    });
  });

  it("reads the cost in złoty with a comma, spaces or a point, and refuses anything else", () => {
    const task = { ...base, kind: "TASK_PROPOSAL", taskScope: "a", taskPlaceAndTime: "b", taskExpectedResults: "c" };
    expect(createIdeaSchema.parse({ ...task, taskEstimatedCost: "12 500,50" }).taskEstimatedCost).toBe("12500.50");
    expect(createIdeaSchema.parse({ ...task, taskEstimatedCost: "800" }).taskEstimatedCost).toBe("800");
    for (const cost of ["-5", "12,345", "dużo", "1e5"])
      expect(errorsOf({ ...task, taskEstimatedCost: cost })).toEqual({ taskEstimatedCost: "ideaTaskCostInvalid" });
  });

  it("keeps the task fields out of other kinds' concerns", () => {
    expect(errorsOf({ ...base, kind: "SUGGESTION" })).toEqual({});
  });

  it("refuses empty and oversized text, and a malformed addressee or key", () => {
    expect(errorsOf({ ...base, title: " ", body: "" })).toEqual({
      title: "ideaTitleTooShort",
      body: "ideaBodyTooShort",
    });
    expect(errorsOf({ ...base, title: "x".repeat(201) })).toEqual({ title: "ideaTitleTooLong" });
    expect(errorsOf({ ...base, addressee: "institution:../../x" })).toEqual({ addressee: "ideaAddresseeRequired" });
    expect(errorsOf({ ...base, submissionKey: "short" })).toEqual({ submissionKey: "notFound" });
    expect(errorsOf({ ...base, sphereIds: ["Not A Sphere!"] })).toEqual({ "sphereIds.0": "ideaSphereUnknown" });
  });

  it("turns the addressee's value into columns and back", () => {
    expect(parseAddressee("council")).toEqual({ addressee: "COUNCIL", institutionId: null });
    expect(parseAddressee("institution:cm123")).toEqual({ addressee: "INSTITUTION", institutionId: "cm123" });
    expect(addresseeValue({ addressee: "INSTITUTION", institutionId: "cm123" })).toBe("institution:cm123");
    expect(addresseeValue({ addressee: "OPERATOR", institutionId: null })).toBe("operator");
  });

  it("reads a waiting change back, and nothing from a malformed one", () => {
    const stored = { ...createIdeaSchema.parse(base), actingFor: undefined, submissionKey: undefined };
    expect(pendingIdeaFieldsOf(JSON.parse(JSON.stringify(stored)))?.title).toBe("Brak świetlic");
    expect(pendingIdeaFieldsOf({ title: 1 })).toBeNull();
    expect(pendingIdeaFieldsOf(null)).toBeNull();
  });

  it("bounds the must-answer threshold", () => {
    expect(ideaSettingsSchema.safeParse({ moderation: "PRE", mustAnswerOrganisations: "0" }).success).toBe(false);
    expect(
      ideaSettingsSchema.parse({ moderation: "POST", mustAnswerOrganisations: "12" }).mustAnswerOrganisations,
    ).toBe(12);
  });
});
