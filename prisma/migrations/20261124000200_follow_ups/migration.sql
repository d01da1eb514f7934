-- Detractor follow-up (src/lib/server/follow-ups): every response with NPS 0–6 or CSAT 1–2 gets
-- one item for the team lead of the agent's team, created in the transaction that stores the
-- response. An item stays when the answer is later changed to a higher score: it is history.
CREATE TYPE "follow_up_status" AS ENUM ('open', 'contacted', 'resolved', 'no_answer');

CREATE TABLE "follow_up" (
    "id" SERIAL NOT NULL,
    "response_id" INTEGER NOT NULL,
    "team_id" INTEGER,
    "assignee_user_id" TEXT,
    "status" "follow_up_status" NOT NULL DEFAULT 'open',
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "outcome_note" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "follow_up_outcome_note_check" CHECK (length("outcome_note") <= 2000)
);
-- One follow-up per response, however often the customer changes the answer.
CREATE UNIQUE INDEX "follow_up_response_id_key" ON "follow_up"("response_id");
-- The queue of a team: its open items, soonest due first.
CREATE INDEX "follow_up_team_id_status_due_at_idx" ON "follow_up"("team_id", "status", "due_at");
-- A team lead's own open items, soonest due first.
CREATE INDEX "follow_up_assignee_user_id_status_due_at_idx" ON "follow_up"("assignee_user_id", "status", "due_at");

ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_assignee_user_id_fkey" FOREIGN KEY ("assignee_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
