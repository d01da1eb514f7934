-- Klantstem initial schema. Written by hand to match prisma/schema.prisma (the schema engine
-- cannot be downloaded here); tests/integration/schema-drift.test.ts keeps the two in step.
-- updated_at columns get a default so that bulk SQL (demo seeding, CSV import) can omit them.

-- Enums
CREATE TYPE "role" AS ENUM ('admin', 'director', 'team_lead', 'agent');
CREATE TYPE "channel" AS ENUM ('phone', 'email', 'chat', 'social', 'in_person');
CREATE TYPE "locale" AS ENUM ('nl', 'en');
CREATE TYPE "value_class" AS ENUM ('valuable', 'hygiene', 'unnecessary');
CREATE TYPE "emotion" AS ENUM ('angry', 'frustrated', 'worried', 'neutral', 'positive');
CREATE TYPE "kb_gap" AS ENUM ('missing', 'insufficient');
CREATE TYPE "contact_source" AS ENUM ('api', 'csv', 'demo');
CREATE TYPE "invitation_status" AS ENUM ('scheduled', 'sent', 'failed', 'expired', 'suppressed');
CREATE TYPE "suppression_reason" AS ENUM ('opted_out', 'fatigue', 'sampled_out', 'too_old', 'no_program', 'no_address', 'disabled');
CREATE TYPE "question_kind" AS ENUM ('csat', 'nps');

-- Accounts
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "role" NOT NULL DEFAULT 'agent',
    "agent_id" INTEGER,
    "locale" "locale" NOT NULL DEFAULT 'nl',
    "digest_opt_in" BOOLEAN NOT NULL DEFAULT false,
    "deactivated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE UNIQUE INDEX "app_user_agent_id_key" ON "app_user"("agent_id");

CREATE TABLE "auth_session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "auth_session_token_key" ON "auth_session"("token");
-- Sign-out everywhere and deactivation delete a user's sessions.
CREATE INDEX "auth_session_user_id_idx" ON "auth_session"("user_id");

CREATE TABLE "auth_account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "auth_account_pkey" PRIMARY KEY ("id")
);
-- Sign-in looks up the credential account of a user.
CREATE INDEX "auth_account_user_id_idx" ON "auth_account"("user_id");

CREATE TABLE "auth_verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "auth_verification_pkey" PRIMARY KEY ("id")
);
-- Password-reset tokens are looked up by identifier.
CREATE INDEX "auth_verification_identifier_idx" ON "auth_verification"("identifier");

CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- Organisation
CREATE TABLE "team" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "team_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "team_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX "team_name_key" ON "team"("name");

CREATE TABLE "team_lead" (
    "user_id" TEXT NOT NULL,
    "team_id" INTEGER NOT NULL,
    CONSTRAINT "team_lead_pkey" PRIMARY KEY ("user_id", "team_id")
);
-- "Who leads this team" for follow-up assignment and alerts.
CREATE INDEX "team_lead_team_id_idx" ON "team_lead"("team_id");

CREATE TABLE "agent" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "team_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "agent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "agent_external_id_check" CHECK (length("external_id") BETWEEN 1 AND 200)
);
CREATE UNIQUE INDEX "agent_external_id_key" ON "agent"("external_id");
-- Team pages list a team's agents.
CREATE INDEX "agent_team_id_idx" ON "agent"("team_id");

CREATE TABLE "department" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "department_code_key" ON "department"("code");

CREATE TABLE "contact_reason" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "value_class" "value_class",
    "preferred_channels" "channel"[] NOT NULL DEFAULT '{}',
    "supporting_channels" "channel"[] NOT NULL DEFAULT '{}',
    "discouraged_channels" "channel"[] NOT NULL DEFAULT '{}',
    "cause_department_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_reason_pkey" PRIMARY KEY ("id"),
    -- A channel has one role per reason: preferred, supporting or discouraged.
    CONSTRAINT "contact_reason_channel_roles_check" CHECK (
        NOT ("preferred_channels" && "supporting_channels")
        AND NOT ("preferred_channels" && "discouraged_channels")
        AND NOT ("supporting_channels" && "discouraged_channels"))
);
CREATE UNIQUE INDEX "contact_reason_code_key" ON "contact_reason"("code");

-- Customers and contacts
CREATE TABLE "customer" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "email" TEXT,
    "name" TEXT,
    "locale" "locale" NOT NULL DEFAULT 'nl',
    "opted_out_at" TIMESTAMPTZ(3),
    "last_invited_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customer_identity_check" CHECK ("external_id" IS NOT NULL OR "email" IS NOT NULL),
    CONSTRAINT "customer_email_lower_check" CHECK ("email" = lower("email"))
);
CREATE UNIQUE INDEX "customer_external_id_key" ON "customer"("external_id");
-- Matching customers that arrive with an e-mail address only.
CREATE INDEX "customer_email_idx" ON "customer"("email");

CREATE TABLE "contact" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT NOT NULL,
    "source" "contact_source" NOT NULL DEFAULT 'api',
    "channel" "channel" NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3) NOT NULL,
    "first_response_seconds" INTEGER,
    "customer_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "team_id" INTEGER,
    "reason_id" INTEGER,
    "resolved_by_agent" BOOLEAN,
    "kb_article_ref" TEXT,
    "kb_article_id" INTEGER,
    "kb_gap" "kb_gap",
    "emotion" "emotion",
    "cause_department_id" INTEGER,
    "survey_opt_out" BOOLEAN NOT NULL DEFAULT false,
    "repeat_of_id" INTEGER,
    "repeated" BOOLEAN NOT NULL DEFAULT false,
    "channel_switch" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contact_external_id_check" CHECK (length("external_id") BETWEEN 1 AND 200),
    CONSTRAINT "contact_times_check" CHECK ("started_at" IS NULL OR "started_at" <= "ended_at"),
    CONSTRAINT "contact_first_response_check" CHECK ("first_response_seconds" IS NULL OR "first_response_seconds" >= 0),
    CONSTRAINT "contact_channel_switch_check" CHECK (NOT "channel_switch" OR "repeat_of_id" IS NOT NULL)
);
CREATE UNIQUE INDEX "contact_external_id_key" ON "contact"("external_id");
-- Repeat-contact linking: earlier and later contacts of one customer for one reason.
CREATE INDEX "contact_customer_id_reason_id_ended_at_idx" ON "contact"("customer_id", "reason_id", "ended_at");
-- Dashboards filtered by team over a period.
CREATE INDEX "contact_team_id_ended_at_idx" ON "contact"("team_id", "ended_at");
-- Agent pages over a period.
CREATE INDEX "contact_agent_id_ended_at_idx" ON "contact"("agent_id", "ended_at");
-- Dashboards filtered by channel over a period.
CREATE INDEX "contact_channel_ended_at_idx" ON "contact"("channel", "ended_at");
-- Dashboards filtered by contact reason over a period.
CREATE INDEX "contact_reason_id_ended_at_idx" ON "contact"("reason_id", "ended_at");
-- Organisation-wide figures over a period.
CREATE INDEX "contact_ended_at_idx" ON "contact"("ended_at");
-- Following a repeat chain back to the contact it repeats.
CREATE INDEX "contact_repeat_of_id_idx" ON "contact"("repeat_of_id");

CREATE TABLE "contact_transfer" (
    "contact_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    CONSTRAINT "contact_transfer_pkey" PRIMARY KEY ("contact_id", "position")
);
-- An agent's page lists contacts they were part of.
CREATE INDEX "contact_transfer_agent_id_idx" ON "contact_transfer"("agent_id");

-- Surveys
CREATE TABLE "survey_program" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "channels" "channel"[] NOT NULL DEFAULT '{}',
    "priority" INTEGER NOT NULL DEFAULT 100,
    "first_question" "question_kind" NOT NULL DEFAULT 'csat',
    "ask_csat" BOOLEAN NOT NULL DEFAULT true,
    "ask_nps" BOOLEAN NOT NULL DEFAULT true,
    "ask_ces" BOOLEAN NOT NULL DEFAULT false,
    "ask_resolved" BOOLEAN NOT NULL DEFAULT true,
    "ask_comment" BOOLEAN NOT NULL DEFAULT true,
    "delay_minutes" INTEGER NOT NULL DEFAULT 30,
    "sampling_percent" INTEGER NOT NULL DEFAULT 100,
    "fatigue_days" INTEGER NOT NULL DEFAULT 30,
    "max_contact_age_hours" INTEGER NOT NULL DEFAULT 72,
    "expiry_days" INTEGER NOT NULL DEFAULT 14,
    "reminder_after_days" INTEGER DEFAULT 3,
    "sender_name" TEXT NOT NULL DEFAULT 'Klantstem',
    "brand_color" TEXT NOT NULL DEFAULT '#1f5f8b',
    "logo_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_program_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "survey_program_sampling_check" CHECK ("sampling_percent" BETWEEN 0 AND 100),
    CONSTRAINT "survey_program_delay_check" CHECK ("delay_minutes" >= 0),
    CONSTRAINT "survey_program_fatigue_check" CHECK ("fatigue_days" >= 0),
    CONSTRAINT "survey_program_age_check" CHECK ("max_contact_age_hours" > 0),
    CONSTRAINT "survey_program_expiry_check" CHECK ("expiry_days" > 0),
    CONSTRAINT "survey_program_reminder_check" CHECK ("reminder_after_days" IS NULL OR ("reminder_after_days" > 0 AND "reminder_after_days" < "expiry_days")),
    CONSTRAINT "survey_program_brand_color_check" CHECK ("brand_color" ~ '^#[0-9a-fA-F]{6}$'),
    CONSTRAINT "survey_program_first_question_check" CHECK (("first_question" = 'csat' AND "ask_csat") OR ("first_question" = 'nps' AND "ask_nps"))
);
CREATE UNIQUE INDEX "survey_program_name_key" ON "survey_program"("name");

CREATE TABLE "survey_program_reason" (
    "program_id" INTEGER NOT NULL,
    "reason_id" INTEGER NOT NULL,
    CONSTRAINT "survey_program_reason_pkey" PRIMARY KEY ("program_id", "reason_id")
);

CREATE TABLE "invitation" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "customer_id" INTEGER NOT NULL,
    "program_id" INTEGER,
    "status" "invitation_status" NOT NULL,
    "suppression_reason" "suppression_reason",
    "locale" "locale" NOT NULL DEFAULT 'nl',
    "agent_id" INTEGER NOT NULL,
    "team_id" INTEGER,
    "channel" "channel" NOT NULL,
    "reason_id" INTEGER,
    "send_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "reminder_at" TIMESTAMPTZ(3),
    "reminder_sent_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"),
    -- 32 random bytes in base64url are 43 characters: well over 128 bits.
    CONSTRAINT "invitation_token_check" CHECK (length("token") >= 22),
    CONSTRAINT "invitation_suppression_check" CHECK (("status" = 'suppressed') = ("suppression_reason" IS NOT NULL))
);
CREATE UNIQUE INDEX "invitation_token_key" ON "invitation"("token");
CREATE UNIQUE INDEX "invitation_contact_id_key" ON "invitation"("contact_id");
-- The dispatcher picks scheduled invitations whose send time has come.
CREATE INDEX "invitation_status_send_at_idx" ON "invitation"("status", "send_at");
-- Fatigue rule: a customer's most recent invitations.
CREATE INDEX "invitation_customer_id_sent_at_idx" ON "invitation"("customer_id", "sent_at");
-- Response rate per team over a period.
CREATE INDEX "invitation_team_id_sent_at_idx" ON "invitation"("team_id", "sent_at");
-- Response rate per agent over a period.
CREATE INDEX "invitation_agent_id_sent_at_idx" ON "invitation"("agent_id", "sent_at");
-- Response rate organisation-wide over a period.
CREATE INDEX "invitation_sent_at_idx" ON "invitation"("sent_at");

CREATE TABLE "response" (
    "id" SERIAL NOT NULL,
    "invitation_id" INTEGER NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "team_id" INTEGER,
    "channel" "channel" NOT NULL,
    "reason_id" INTEGER,
    "contact_ended_at" TIMESTAMPTZ(3) NOT NULL,
    "csat" SMALLINT,
    "nps" SMALLINT,
    "ces" SMALLINT,
    "resolved" BOOLEAN,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "response_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "response_csat_check" CHECK ("csat" BETWEEN 1 AND 5),
    CONSTRAINT "response_nps_check" CHECK ("nps" BETWEEN 0 AND 10),
    CONSTRAINT "response_ces_check" CHECK ("ces" BETWEEN 1 AND 7),
    CONSTRAINT "response_comment_check" CHECK (length("comment") <= 2000)
);
CREATE UNIQUE INDEX "response_invitation_id_key" ON "response"("invitation_id");
-- Dashboards filtered by team over a period.
CREATE INDEX "response_team_id_contact_ended_at_idx" ON "response"("team_id", "contact_ended_at");
-- Agent pages over a period.
CREATE INDEX "response_agent_id_contact_ended_at_idx" ON "response"("agent_id", "contact_ended_at");
-- Dashboards filtered by channel over a period.
CREATE INDEX "response_channel_contact_ended_at_idx" ON "response"("channel", "contact_ended_at");
-- Dashboards filtered by contact reason over a period.
CREATE INDEX "response_reason_id_contact_ended_at_idx" ON "response"("reason_id", "contact_ended_at");
-- Organisation-wide figures over a period.
CREATE INDEX "response_contact_ended_at_idx" ON "response"("contact_ended_at");

-- Knowledge base registry
CREATE TABLE "knowledge_article" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "locale" "locale" NOT NULL DEFAULT 'nl',
    "owner_user_id" TEXT,
    "last_reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "knowledge_article_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "knowledge_article_code_key" ON "knowledge_article"("code");
CREATE UNIQUE INDEX "knowledge_article_url_key" ON "knowledge_article"("url");

CREATE TABLE "knowledge_article_reason" (
    "article_id" INTEGER NOT NULL,
    "reason_id" INTEGER NOT NULL,
    CONSTRAINT "knowledge_article_reason_pkey" PRIMARY KEY ("article_id", "reason_id")
);
-- The gap list asks which articles cover a reason.
CREATE INDEX "knowledge_article_reason_reason_id_idx" ON "knowledge_article_reason"("reason_id");

-- Ingest API keys
CREATE TABLE "api_key" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 600,
    "created_by_user_id" TEXT,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_key_rate_limit_check" CHECK ("rate_limit_per_minute" > 0)
);
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");

-- Dev mailbox: where e-mails go when SMTP_URL is unset
CREATE TABLE "mailbox_message" (
    "id" SERIAL NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mailbox_message_pkey" PRIMARY KEY ("id")
);
-- The admin mailbox lists the newest messages first.
CREATE INDEX "mailbox_message_created_at_idx" ON "mailbox_message"("created_at");

-- Foreign keys
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "auth_account" ADD CONSTRAINT "auth_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_lead" ADD CONSTRAINT "team_lead_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_lead" ADD CONSTRAINT "team_lead_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agent" ADD CONSTRAINT "agent_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact_reason" ADD CONSTRAINT "contact_reason_cause_department_id_fkey" FOREIGN KEY ("cause_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "contact_reason"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_kb_article_id_fkey" FOREIGN KEY ("kb_article_id") REFERENCES "knowledge_article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_cause_department_id_fkey" FOREIGN KEY ("cause_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact" ADD CONSTRAINT "contact_repeat_of_id_fkey" FOREIGN KEY ("repeat_of_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact_transfer" ADD CONSTRAINT "contact_transfer_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_transfer" ADD CONSTRAINT "contact_transfer_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_program_reason" ADD CONSTRAINT "survey_program_reason_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "survey_program"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_program_reason" ADD CONSTRAINT "survey_program_reason_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "contact_reason"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "survey_program"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "response" ADD CONSTRAINT "response_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "knowledge_article_reason" ADD CONSTRAINT "knowledge_article_reason_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "knowledge_article_reason" ADD CONSTRAINT "knowledge_article_reason_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "contact_reason"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
