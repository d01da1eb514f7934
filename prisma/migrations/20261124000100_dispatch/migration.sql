-- Reliable survey e-mail (src/lib/server/jobs): claims that keep a crashed or concurrent sender
-- from mailing an invitation twice, the reminder's own attempt count, and the back-off time.
ALTER TABLE "invitation"
    ADD COLUMN "send_claimed_at" TIMESTAMPTZ(3),
    ADD COLUMN "reminder_claimed_at" TIMESTAMPTZ(3),
    ADD COLUMN "reminder_attempts" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "retry_at" TIMESTAMPTZ(3);

-- The dispatcher finds sent invitations whose reminder is still to go and has come due.
CREATE INDEX "invitation_status_reminder_sent_at_reminder_at_idx" ON "invitation"("status", "reminder_sent_at", "reminder_at");
-- The dispatcher expires open invitations whose answer period has ended.
CREATE INDEX "invitation_status_expires_at_idx" ON "invitation"("status", "expires_at");
