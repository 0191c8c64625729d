-- An outlet that an import found on a page but that no curator or reference list knows yet: it gets its
-- own row, named as the page names it, marked proposed until a curator confirms or merges it.
ALTER TABLE "Outlet" ADD COLUMN "proposed" BOOLEAN NOT NULL DEFAULT false;

-- A candidate for such an outlet, with the words of the page that name it.
ALTER TYPE "CandidateKind" ADD VALUE 'OUTLET';
