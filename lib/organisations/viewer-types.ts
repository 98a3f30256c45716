// The shape of lib/organisations/viewer.ts's answer, for the browser's side too.
import type {
  ContactKind,
  ContactVisibility,
  MembershipRequestStatus,
  OrganisationRole,
} from "@/lib/generated/prisma/enums";

export type OrganisationContacts = {
  contacts: { kind: ContactKind; value: string; visibility: ContactVisibility }[];
  contactPersons: {
    name: string;
    function: string | null;
    email: string | null;
    phone: string | null;
    visibility: ContactVisibility;
  }[];
  /** Contacts the reader may not see, counted only. */
  hiddenContacts: number;
};

export type OwnMembershipRequest = {
  id: string;
  status: MembershipRequestStatus;
  decisionReason: string | null;
  createdAt: Date | string;
  decidedAt: Date | string | null;
};

export type OrganisationViewer =
  | { signedIn: false }
  | {
      signedIn: true;
      /** The reader's role in this organisation, if they belong to it. */
      role: OrganisationRole | null;
      /** Whether they may act for it (it is verified and their role allows). */
      mayActFor: boolean;
      mayFollow: boolean;
      following: boolean;
      mayEdit: boolean;
      mayViewMembers: boolean;
      /** Whether they may ask to join (signed in and not a member). */
      mayRequestMembership: boolean;
      ownRequest: OwnMembershipRequest | null;
      /** The contacts this reader may see, public ones included. */
      contacts: OrganisationContacts;
    };
