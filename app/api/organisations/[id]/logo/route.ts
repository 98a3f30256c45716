import { serveLogo, uploadLogo } from "@/lib/organisations/logo-handlers";

export const dynamic = "force-dynamic";

export const GET = serveLogo;
export const POST = uploadLogo;
