// Versions of the documents a person accepts at sign-up. Bump a version when
// the text changes materially; the consent record keeps which one was accepted.
export const TERMS_VERSION = "2026-11-26";
// 2026-12-06: how long consent records and public contributions stay after an account is deleted.
export const PRIVACY_VERSION = "2026-12-06";
