import { deleteLogo, serveLogo, uploadLogo } from "@/lib/organisations/logo-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return serveLogo(request, (await params).id);
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return uploadLogo(request, (await params).id);
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  return deleteLogo((await params).id);
}
