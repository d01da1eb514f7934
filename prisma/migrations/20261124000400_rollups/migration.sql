-- Dashboard rollups (src/lib/server/metrics): additive counts per day × agent × team × channel ×
-- contact reason × customer language, kept up to date by triggers on every table they count, so
-- every write path (ingest API, CSV import, survey answers, dispatcher, demo seed, hand-written
-- SQL) is covered without the writers knowing about it. Week and month rows (without the agent)
-- hold the same sums again, so that a year of organisation-wide figures reads ~10^4 rows instead
-- of ~10^6. Value class is not a key: it is joined from contact_reason at query time, so
-- reclassifying a reason moves its history at once.
--
-- What each source row adds (the rollup is the sum of these, nothing else):
--   contact:    day of ended_at; its agent/team/channel/reason; the customer's current language.
--   invitation: day of its contact's ended_at; its own snapshot and survey language; counted
--               when sent (sent_at set), "answered" when it also has a response.
--   response:   day of its contact_ended_at; its own snapshot; its invitation's survey language.
-- A missing team or reason is stored as 0 (a primary key cannot hold NULL); ids start at 1.

CREATE TYPE "metrics_grain" AS ENUM ('day', 'week', 'month');

CREATE TABLE "metrics_rollup" (
    "grain" "metrics_grain" NOT NULL,
    -- The day, the Monday of the ISO week, or the first of the month (Europe/Amsterdam).
    "period_start" DATE NOT NULL,
    -- 0 on week and month rows, which sum over agents.
    "agent_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,
    "channel" "channel" NOT NULL,
    "reason_id" INTEGER NOT NULL,
    "locale" "locale" NOT NULL,
    "contacts" INTEGER NOT NULL DEFAULT 0,
    -- Contacts with a reason (only those can be repeated), and of those the repeated ones and
    -- the channel switches; whether their 7-day window has closed is decided at query time.
    "fcr_contacts" INTEGER NOT NULL DEFAULT 0,
    "fcr_repeated" INTEGER NOT NULL DEFAULT 0,
    "channel_switches" INTEGER NOT NULL DEFAULT 0,
    "first_responses" INTEGER NOT NULL DEFAULT 0,
    "first_responses_within_hour" INTEGER NOT NULL DEFAULT 0,
    "invitations_sent" INTEGER NOT NULL DEFAULT 0,
    "invitations_answered" INTEGER NOT NULL DEFAULT 0,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "csat_n" INTEGER NOT NULL DEFAULT 0,
    "csat_good" INTEGER NOT NULL DEFAULT 0,
    "csat_sum" INTEGER NOT NULL DEFAULT 0,
    "csat_sum_sq" INTEGER NOT NULL DEFAULT 0,
    "nps_promoters" INTEGER NOT NULL DEFAULT 0,
    "nps_passives" INTEGER NOT NULL DEFAULT 0,
    "nps_detractors" INTEGER NOT NULL DEFAULT 0,
    "ces_n" INTEGER NOT NULL DEFAULT 0,
    "ces_good" INTEGER NOT NULL DEFAULT 0,
    "ces_sum" INTEGER NOT NULL DEFAULT 0,
    "ces_sum_sq" INTEGER NOT NULL DEFAULT 0,
    "resolved_yes" INTEGER NOT NULL DEFAULT 0,
    "resolved_no" INTEGER NOT NULL DEFAULT 0,
    -- Dashboards read one grain over a period range; the trigger upserts by the full key.
    CONSTRAINT "metrics_rollup_pkey" PRIMARY KEY ("grain", "period_start", "team_id", "agent_id", "channel", "reason_id", "locale")
);
-- Agent pages and agent filters read an agent's day rows over a period.
CREATE INDEX "metrics_rollup_agent_id_grain_period_start_idx" ON "metrics_rollup"("agent_id", "grain", "period_start");

-- First-response medians and 90th percentiles cannot be summed, so they are read from the
-- contacts: channel first (only e-mail and social have first responses), with every column the
-- dashboard filters on, so a year of them is an index-only scan instead of a table scan.
CREATE INDEX "contact_first_response_idx"
    ON "contact"("channel", "ended_at", "first_response_seconds", "team_id", "agent_id", "reason_id", "customer_id");

-- One source row's contribution (or a sum of them) at day level, before it is spread over grains.
CREATE TYPE "metrics_rollup_delta" AS (
    "day" DATE, "agent_id" INTEGER, "team_id" INTEGER, "channel" "channel", "reason_id" INTEGER,
    "locale" "locale",
    "contacts" INTEGER, "fcr_contacts" INTEGER, "fcr_repeated" INTEGER, "channel_switches" INTEGER,
    "first_responses" INTEGER, "first_responses_within_hour" INTEGER,
    "invitations_sent" INTEGER, "invitations_answered" INTEGER,
    "responses" INTEGER, "csat_n" INTEGER, "csat_good" INTEGER, "csat_sum" INTEGER,
    "csat_sum_sq" INTEGER, "nps_promoters" INTEGER, "nps_passives" INTEGER,
    "nps_detractors" INTEGER, "ces_n" INTEGER, "ces_good" INTEGER, "ces_sum" INTEGER,
    "ces_sum_sq" INTEGER, "resolved_yes" INTEGER, "resolved_no" INTEGER);

-- The organisation works in Dutch time: a day is a calendar day in Europe/Amsterdam.
CREATE FUNCTION "metrics_local_day"(ts TIMESTAMPTZ) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (ts AT TIME ZONE 'Europe/Amsterdam')::date;

-- Thresholds are those of src/lib/stats/constants.ts: CSAT 4–5 satisfied, NPS 9–10 promoters and
-- 0–6 detractors, CES 5–7 easy; the parity test fails if they drift apart.
CREATE FUNCTION "metrics_contact_deltas"(p_contacts contact[], p_sign INTEGER, p_locale locale DEFAULT NULL)
    RETURNS SETOF metrics_rollup_delta LANGUAGE sql STABLE AS $$
    SELECT metrics_local_day(c.ended_at), c.agent_id, coalesce(c.team_id, 0), c.channel,
           coalesce(c.reason_id, 0), coalesce(p_locale, cu.locale),
           p_sign,
           p_sign * (c.reason_id IS NOT NULL)::int,
           p_sign * (c.reason_id IS NOT NULL AND c.repeated)::int,
           p_sign * (c.reason_id IS NOT NULL AND c.channel_switch)::int,
           p_sign * (c.first_response_seconds IS NOT NULL)::int,
           p_sign * coalesce(c.first_response_seconds <= 3600, false)::int,
           0, 0,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM unnest(p_contacts) c JOIN customer cu ON cu.id = c.customer_id
$$;

-- p_day overrides the contact's day: used to take an invitation off the day its contact had.
CREATE FUNCTION "metrics_invitation_deltas"(p_invitations invitation[], p_sign INTEGER, p_day DATE DEFAULT NULL)
    RETURNS SETOF metrics_rollup_delta LANGUAGE sql STABLE AS $$
    SELECT coalesce(p_day, metrics_local_day(c.ended_at)), i.agent_id, coalesce(i.team_id, 0),
           i.channel, coalesce(i.reason_id, 0), i.locale,
           0, 0, 0, 0, 0, 0,
           p_sign,
           p_sign * (EXISTS (SELECT 1 FROM response r WHERE r.invitation_id = i.id))::int,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM unnest(p_invitations) i JOIN contact c ON c.id = i.contact_id
     WHERE i.sent_at IS NOT NULL
$$;

-- The answers; with p_answered also the "answered" mark on the invitation's own key, which
-- belongs to the invitation's contribution but changes when a response comes or goes.
CREATE FUNCTION "metrics_response_deltas"(p_responses response[], p_sign INTEGER, p_answered BOOLEAN)
    RETURNS SETOF metrics_rollup_delta LANGUAGE sql STABLE AS $$
    SELECT metrics_local_day(r.contact_ended_at), r.agent_id, coalesce(r.team_id, 0), r.channel,
           coalesce(r.reason_id, 0), i.locale,
           0, 0, 0, 0, 0, 0, 0, 0,
           p_sign,
           p_sign * (r.csat IS NOT NULL)::int,
           p_sign * coalesce(r.csat >= 4, false)::int,
           p_sign * coalesce(r.csat, 0),
           p_sign * coalesce(r.csat * r.csat, 0),
           p_sign * coalesce(r.nps >= 9, false)::int,
           p_sign * coalesce(r.nps BETWEEN 7 AND 8, false)::int,
           p_sign * coalesce(r.nps <= 6, false)::int,
           p_sign * (r.ces IS NOT NULL)::int,
           p_sign * coalesce(r.ces >= 5, false)::int,
           p_sign * coalesce(r.ces, 0),
           p_sign * coalesce(r.ces * r.ces, 0),
           p_sign * coalesce(r.resolved, false)::int,
           p_sign * coalesce(NOT r.resolved, false)::int
      FROM unnest(p_responses) r JOIN invitation i ON i.id = r.invitation_id
    UNION ALL
    SELECT metrics_local_day(c.ended_at), i.agent_id, coalesce(i.team_id, 0), i.channel,
           coalesce(i.reason_id, 0), i.locale,
           0, 0, 0, 0, 0, 0, 0, p_sign,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM unnest(p_responses) r JOIN invitation i ON i.id = r.invitation_id
      JOIN contact c ON c.id = i.contact_id
     WHERE p_answered AND i.sent_at IS NOT NULL
$$;

-- Adds deltas to the day rows and (unless p_periods is false) to the week and month rows. Keys
-- are upserted in sorted order so that concurrent writers lock rollup rows in the same order.
-- Rows whose counts all return to zero are deleted, so that incrementally maintained and rebuilt
-- rollups hold exactly the same rows.
CREATE FUNCTION "metrics_rollup_apply"(p_deltas metrics_rollup_delta[], p_periods BOOLEAN DEFAULT true)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(cardinality(p_deltas), 0) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO metrics_rollup AS m (grain, period_start, team_id, agent_id, channel, reason_id, locale,
        contacts, fcr_contacts, fcr_repeated, channel_switches, first_responses,
        first_responses_within_hour, invitations_sent, invitations_answered, responses, csat_n,
        csat_good, csat_sum, csat_sum_sq, nps_promoters, nps_passives, nps_detractors, ces_n,
        ces_good, ces_sum, ces_sum_sq, resolved_yes, resolved_no)
    SELECT k.grain, k.period_start, d.team_id, k.agent_id, d.channel, d.reason_id, d.locale,
           sum(d.contacts)::int, sum(d.fcr_contacts)::int, sum(d.fcr_repeated)::int,
           sum(d.channel_switches)::int, sum(d.first_responses)::int,
           sum(d.first_responses_within_hour)::int, sum(d.invitations_sent)::int,
           sum(d.invitations_answered)::int, sum(d.responses)::int, sum(d.csat_n)::int,
           sum(d.csat_good)::int, sum(d.csat_sum)::int, sum(d.csat_sum_sq)::int,
           sum(d.nps_promoters)::int, sum(d.nps_passives)::int, sum(d.nps_detractors)::int,
           sum(d.ces_n)::int, sum(d.ces_good)::int, sum(d.ces_sum)::int, sum(d.ces_sum_sq)::int,
           sum(d.resolved_yes)::int, sum(d.resolved_no)::int
      FROM unnest(p_deltas) d
     CROSS JOIN LATERAL (VALUES
           ('day'::metrics_grain, d.day, d.agent_id),
           ('week'::metrics_grain, date_trunc('week', d.day::timestamp)::date, 0),
           ('month'::metrics_grain, date_trunc('month', d.day::timestamp)::date, 0)
         ) AS k(grain, period_start, agent_id)
     WHERE p_periods OR k.grain = 'day'
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (grain, period_start, team_id, agent_id, channel, reason_id, locale) DO UPDATE SET
        contacts = m.contacts + EXCLUDED.contacts,
        fcr_contacts = m.fcr_contacts + EXCLUDED.fcr_contacts,
        fcr_repeated = m.fcr_repeated + EXCLUDED.fcr_repeated,
        channel_switches = m.channel_switches + EXCLUDED.channel_switches,
        first_responses = m.first_responses + EXCLUDED.first_responses,
        first_responses_within_hour = m.first_responses_within_hour + EXCLUDED.first_responses_within_hour,
        invitations_sent = m.invitations_sent + EXCLUDED.invitations_sent,
        invitations_answered = m.invitations_answered + EXCLUDED.invitations_answered,
        responses = m.responses + EXCLUDED.responses,
        csat_n = m.csat_n + EXCLUDED.csat_n,
        csat_good = m.csat_good + EXCLUDED.csat_good,
        csat_sum = m.csat_sum + EXCLUDED.csat_sum,
        csat_sum_sq = m.csat_sum_sq + EXCLUDED.csat_sum_sq,
        nps_promoters = m.nps_promoters + EXCLUDED.nps_promoters,
        nps_passives = m.nps_passives + EXCLUDED.nps_passives,
        nps_detractors = m.nps_detractors + EXCLUDED.nps_detractors,
        ces_n = m.ces_n + EXCLUDED.ces_n,
        ces_good = m.ces_good + EXCLUDED.ces_good,
        ces_sum = m.ces_sum + EXCLUDED.ces_sum,
        ces_sum_sq = m.ces_sum_sq + EXCLUDED.ces_sum_sq,
        resolved_yes = m.resolved_yes + EXCLUDED.resolved_yes,
        resolved_no = m.resolved_no + EXCLUDED.resolved_no;
    -- Every negative delta takes away a contact, an invitation, a response or an answer mark;
    -- without one, no row can have reached zero.
    IF EXISTS (SELECT 1 FROM unnest(p_deltas) d
                WHERE d.contacts < 0 OR d.invitations_sent < 0 OR d.invitations_answered < 0
                   OR d.responses < 0) THEN
        DELETE FROM metrics_rollup m
         USING (SELECT DISTINCT k.grain, k.period_start, d.team_id, k.agent_id, d.channel,
                       d.reason_id, d.locale
                  FROM unnest(p_deltas) d
                 CROSS JOIN LATERAL (VALUES
                       ('day'::metrics_grain, d.day, d.agent_id),
                       ('week'::metrics_grain, date_trunc('week', d.day::timestamp)::date, 0),
                       ('month'::metrics_grain, date_trunc('month', d.day::timestamp)::date, 0)
                     ) AS k(grain, period_start, agent_id)) t
         WHERE m.grain = t.grain AND m.period_start = t.period_start AND m.team_id = t.team_id
           AND m.agent_id = t.agent_id AND m.channel = t.channel AND m.reason_id = t.reason_id
           AND m.locale = t.locale
           AND m.contacts = 0 AND m.fcr_contacts = 0 AND m.fcr_repeated = 0
           AND m.channel_switches = 0 AND m.first_responses = 0
           AND m.first_responses_within_hour = 0 AND m.invitations_sent = 0
           AND m.invitations_answered = 0 AND m.responses = 0 AND m.csat_n = 0
           AND m.csat_good = 0 AND m.csat_sum = 0 AND m.csat_sum_sq = 0 AND m.nps_promoters = 0
           AND m.nps_passives = 0 AND m.nps_detractors = 0 AND m.ces_n = 0 AND m.ces_good = 0
           AND m.ces_sum = 0 AND m.ces_sum_sq = 0 AND m.resolved_yes = 0 AND m.resolved_no = 0;
    END IF;
END
$$;

-- Contacts. Statement-level with transition tables: a 5,000-row insert costs one upsert of its
-- summed keys, not 5,000. Updates count only rows whose key or counted flags changed (linking
-- flips `repeated`, a re-sent contact may move day, agent, reason or customer); a contact that
-- moves to another day takes its invitation along.
CREATE FUNCTION "metrics_contact_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        SELECT d FROM metrics_contact_deltas(ARRAY(SELECT n::contact FROM new_contacts n), 1) d));
    RETURN NULL;
END
$$;

CREATE FUNCTION "metrics_contact_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        WITH changed AS (
            SELECT o::contact AS old_row, n::contact AS new_row,
                   metrics_local_day(o.ended_at) AS day_before,
                   metrics_local_day(n.ended_at) AS day_after
              FROM old_contacts o JOIN new_contacts n ON n.id = o.id
             WHERE (metrics_local_day(o.ended_at), o.agent_id, o.team_id, o.channel, o.reason_id,
                    o.customer_id, o.repeated, o.channel_switch, o.first_response_seconds)
                   IS DISTINCT FROM
                   (metrics_local_day(n.ended_at), n.agent_id, n.team_id, n.channel, n.reason_id,
                    n.customer_id, n.repeated, n.channel_switch, n.first_response_seconds)
        )
        SELECT d FROM metrics_contact_deltas(ARRAY(SELECT old_row FROM changed), -1) d
        UNION ALL
        SELECT d FROM metrics_contact_deltas(ARRAY(SELECT new_row FROM changed), 1) d
        UNION ALL
        SELECT d FROM changed ch, LATERAL metrics_invitation_deltas(
            ARRAY(SELECT i FROM invitation i WHERE i.contact_id = (ch.new_row).id), -1, ch.day_before) d
         WHERE ch.day_before <> ch.day_after
        UNION ALL
        SELECT d FROM changed ch, LATERAL metrics_invitation_deltas(
            ARRAY(SELECT i FROM invitation i WHERE i.contact_id = (ch.new_row).id), 1, ch.day_after) d
         WHERE ch.day_before <> ch.day_after));
    RETURN NULL;
END
$$;

-- Deletes are handled row by row BEFORE the row goes, while the rows it depends on and the rows
-- that depend on it are still there: a contact takes its invitation and response with it (the
-- cascade that follows finds the contact gone and adds nothing more). Deleting is not part of
-- the product; this keeps hand-made repairs and tests correct.
CREATE FUNCTION "metrics_contact_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        SELECT d FROM metrics_contact_deltas(ARRAY[OLD]::contact[], -1) d
        UNION ALL
        SELECT d FROM metrics_invitation_deltas(
            ARRAY(SELECT i FROM invitation i WHERE i.contact_id = OLD.id), -1) d
        UNION ALL
        SELECT d FROM metrics_response_deltas(
            ARRAY(SELECT r FROM response r JOIN invitation i ON i.id = r.invitation_id
                   WHERE i.contact_id = OLD.id), -1, false) d));
    RETURN OLD;
END
$$;

CREATE TRIGGER "metrics_contact_inserted" AFTER INSERT ON "contact"
    REFERENCING NEW TABLE AS new_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_contact_inserted();
CREATE TRIGGER "metrics_contact_updated" AFTER UPDATE ON "contact"
    REFERENCING OLD TABLE AS old_contacts NEW TABLE AS new_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_contact_updated();
CREATE TRIGGER "metrics_contact_deleting" BEFORE DELETE ON "contact"
    FOR EACH ROW EXECUTE FUNCTION metrics_contact_deleting();

-- Customers: contacts count under the customer's current language, so a changed language moves
-- the customer's contacts. Other customer updates (last_invited_at, names) cost one join of the
-- transition tables and nothing else.
CREATE FUNCTION "metrics_customer_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        WITH changed AS (
            SELECT n.id, o.locale AS locale_before, n.locale AS locale_after
              FROM old_customers o JOIN new_customers n ON n.id = o.id
             WHERE o.locale <> n.locale
        )
        SELECT d FROM changed ch, LATERAL metrics_contact_deltas(
            ARRAY(SELECT c FROM contact c WHERE c.customer_id = ch.id), -1, ch.locale_before) d
        UNION ALL
        SELECT d FROM changed ch, LATERAL metrics_contact_deltas(
            ARRAY(SELECT c FROM contact c WHERE c.customer_id = ch.id), 1, ch.locale_after) d));
    RETURN NULL;
END
$$;

CREATE TRIGGER "metrics_customer_updated" AFTER UPDATE ON "customer"
    REFERENCING OLD TABLE AS old_customers NEW TABLE AS new_customers
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_customer_updated();

-- Invitations: the dispatcher updates them often (claims, attempts); only a change of "sent" or
-- of a key column moves anything.
CREATE FUNCTION "metrics_invitation_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        SELECT d FROM metrics_invitation_deltas(ARRAY(SELECT n::invitation FROM new_invitations n), 1) d));
    RETURN NULL;
END
$$;

CREATE FUNCTION "metrics_invitation_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        WITH changed AS (
            SELECT o::invitation AS old_row, n::invitation AS new_row
              FROM old_invitations o JOIN new_invitations n ON n.id = o.id
             WHERE (o.sent_at IS NULL, o.contact_id, o.agent_id, o.team_id, o.channel, o.reason_id,
                    o.locale)
                   IS DISTINCT FROM
                   (n.sent_at IS NULL, n.contact_id, n.agent_id, n.team_id, n.channel, n.reason_id,
                    n.locale)
        )
        SELECT d FROM metrics_invitation_deltas(ARRAY(SELECT old_row FROM changed), -1) d
        UNION ALL
        SELECT d FROM metrics_invitation_deltas(ARRAY(SELECT new_row FROM changed), 1) d));
    RETURN NULL;
END
$$;

-- When the contact is already gone, this delete is part of that contact's cascade, which has
-- taken the invitation and its response off already.
CREATE FUNCTION "metrics_invitation_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM contact c WHERE c.id = OLD.contact_id) THEN
        PERFORM metrics_rollup_apply(ARRAY(
            SELECT d FROM metrics_invitation_deltas(ARRAY[OLD]::invitation[], -1) d
            UNION ALL
            SELECT d FROM metrics_response_deltas(
                ARRAY(SELECT r FROM response r WHERE r.invitation_id = OLD.id), -1, false) d));
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER "metrics_invitation_inserted" AFTER INSERT ON "invitation"
    REFERENCING NEW TABLE AS new_invitations
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_invitation_inserted();
CREATE TRIGGER "metrics_invitation_updated" AFTER UPDATE ON "invitation"
    REFERENCING OLD TABLE AS old_invitations NEW TABLE AS new_invitations
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_invitation_updated();
CREATE TRIGGER "metrics_invitation_deleting" BEFORE DELETE ON "invitation"
    FOR EACH ROW EXECUTE FUNCTION metrics_invitation_deleting();

-- Responses: a changed answer takes the old answer off and puts the new one on.
CREATE FUNCTION "metrics_response_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        SELECT d FROM metrics_response_deltas(ARRAY(SELECT n::response FROM new_responses n), 1, true) d));
    RETURN NULL;
END
$$;

CREATE FUNCTION "metrics_response_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        WITH changed AS (
            SELECT o::response AS old_row, n::response AS new_row
              FROM old_responses o JOIN new_responses n ON n.id = o.id
             WHERE (o.invitation_id, o.agent_id, o.team_id, o.channel, o.reason_id,
                    metrics_local_day(o.contact_ended_at), o.csat, o.nps, o.ces, o.resolved)
                   IS DISTINCT FROM
                   (n.invitation_id, n.agent_id, n.team_id, n.channel, n.reason_id,
                    metrics_local_day(n.contact_ended_at), n.csat, n.nps, n.ces, n.resolved)
        )
        SELECT d FROM metrics_response_deltas(ARRAY(SELECT old_row FROM changed), -1, true) d
        UNION ALL
        SELECT d FROM metrics_response_deltas(ARRAY(SELECT new_row FROM changed), 1, true) d));
    RETURN NULL;
END
$$;

-- When the invitation is already gone, this delete is part of its cascade (see above).
CREATE FUNCTION "metrics_response_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_apply(ARRAY(
        SELECT d FROM metrics_response_deltas(ARRAY[OLD]::response[], -1, true) d));
    RETURN OLD;
END
$$;

CREATE TRIGGER "metrics_response_inserted" AFTER INSERT ON "response"
    REFERENCING NEW TABLE AS new_responses
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_response_inserted();
CREATE TRIGGER "metrics_response_updated" AFTER UPDATE ON "response"
    REFERENCING OLD TABLE AS old_responses NEW TABLE AS new_responses
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_response_updated();
CREATE TRIGGER "metrics_response_deleting" BEFORE DELETE ON "response"
    FOR EACH ROW EXECUTE FUNCTION metrics_response_deleting();

-- Recomputes the rollup from the source tables: day rows of [p_from, p_to] (everything when
-- both are NULL) from contacts, invitations and responses, then the week and month rows that
-- overlap the range from the day rows. The exclusive lock waits for writers that already touched
-- the rollup to commit and holds new ones back until this transaction commits, so their deltas
-- land on top of a rebuilt state that does not include them yet.
CREATE FUNCTION "metrics_rollup_rebuild"(p_from DATE DEFAULT NULL, p_to DATE DEFAULT NULL)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first_day DATE := p_from;
    last_day DATE := p_to;
    chunk_start DATE;
    chunk_end DATE;
BEGIN
    LOCK TABLE metrics_rollup IN EXCLUSIVE MODE;
    IF p_from IS NULL AND p_to IS NULL THEN
        DELETE FROM metrics_rollup;
    END IF;
    IF first_day IS NULL THEN
        SELECT least((SELECT metrics_local_day(min(ended_at)) FROM contact),
                     (SELECT metrics_local_day(min(contact_ended_at)) FROM response))
          INTO first_day;
    END IF;
    IF last_day IS NULL THEN
        SELECT greatest((SELECT metrics_local_day(max(ended_at)) FROM contact),
                        (SELECT metrics_local_day(max(contact_ended_at)) FROM response))
          INTO last_day;
    END IF;
    IF first_day IS NULL OR last_day IS NULL OR first_day > last_day THEN
        RETURN;
    END IF;
    DELETE FROM metrics_rollup
     WHERE grain = 'day' AND period_start BETWEEN first_day AND last_day;
    -- A week at a time keeps the arrays handed to the delta functions small.
    chunk_start := first_day;
    WHILE chunk_start <= last_day LOOP
        chunk_end := least(chunk_start + 6, last_day);
        PERFORM metrics_rollup_apply(ARRAY(
            SELECT d FROM metrics_contact_deltas(ARRAY(
                SELECT c FROM contact c
                 WHERE c.ended_at >= (chunk_start::timestamp AT TIME ZONE 'Europe/Amsterdam')
                   AND c.ended_at < ((chunk_end + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')), 1) d
            UNION ALL
            SELECT d FROM metrics_invitation_deltas(ARRAY(
                SELECT i FROM contact c JOIN invitation i ON i.contact_id = c.id
                 WHERE c.ended_at >= (chunk_start::timestamp AT TIME ZONE 'Europe/Amsterdam')
                   AND c.ended_at < ((chunk_end + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')), 1) d
            UNION ALL
            SELECT d FROM metrics_response_deltas(ARRAY(
                SELECT r FROM response r
                 WHERE r.contact_ended_at >= (chunk_start::timestamp AT TIME ZONE 'Europe/Amsterdam')
                   AND r.contact_ended_at < ((chunk_end + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')),
                1, false) d), false);
        chunk_start := chunk_end + 1;
    END LOOP;
    PERFORM metrics_rollup_sum_periods('week', date_trunc('week', first_day::timestamp)::date,
                                       date_trunc('week', last_day::timestamp)::date);
    PERFORM metrics_rollup_sum_periods('month', date_trunc('month', first_day::timestamp)::date,
                                       date_trunc('month', last_day::timestamp)::date);
END
$$;

-- Replaces the week or month rows starting in [p_first, p_last] by the sums of their day rows.
CREATE FUNCTION "metrics_rollup_sum_periods"(p_grain metrics_grain, p_first DATE, p_last DATE)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM metrics_rollup WHERE grain = p_grain AND period_start BETWEEN p_first AND p_last;
    INSERT INTO metrics_rollup (grain, period_start, team_id, agent_id, channel, reason_id, locale,
        contacts, fcr_contacts, fcr_repeated, channel_switches, first_responses,
        first_responses_within_hour, invitations_sent, invitations_answered, responses, csat_n,
        csat_good, csat_sum, csat_sum_sq, nps_promoters, nps_passives, nps_detractors, ces_n,
        ces_good, ces_sum, ces_sum_sq, resolved_yes, resolved_no)
    SELECT p_grain, date_trunc(p_grain::text, period_start::timestamp)::date, team_id, 0, channel,
           reason_id, locale,
           sum(contacts)::int, sum(fcr_contacts)::int, sum(fcr_repeated)::int,
           sum(channel_switches)::int, sum(first_responses)::int,
           sum(first_responses_within_hour)::int, sum(invitations_sent)::int,
           sum(invitations_answered)::int, sum(responses)::int, sum(csat_n)::int,
           sum(csat_good)::int, sum(csat_sum)::int, sum(csat_sum_sq)::int,
           sum(nps_promoters)::int, sum(nps_passives)::int, sum(nps_detractors)::int,
           sum(ces_n)::int, sum(ces_good)::int, sum(ces_sum)::int, sum(ces_sum_sq)::int,
           sum(resolved_yes)::int, sum(resolved_no)::int
      FROM metrics_rollup
     WHERE grain = 'day' AND period_start >= p_first
       AND period_start < (p_last::timestamp + ('1 ' || p_grain::text)::interval)::date
     GROUP BY 2, 3, 5, 6, 7;
END
$$;

-- TRUNCATE fires no row or delete triggers: start over from what is left.
CREATE FUNCTION "metrics_source_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_rollup_rebuild();
    RETURN NULL;
END
$$;

CREATE TRIGGER "metrics_contact_truncated" AFTER TRUNCATE ON "contact"
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_source_truncated();
CREATE TRIGGER "metrics_invitation_truncated" AFTER TRUNCATE ON "invitation"
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_source_truncated();
CREATE TRIGGER "metrics_response_truncated" AFTER TRUNCATE ON "response"
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_source_truncated();
CREATE TRIGGER "metrics_customer_truncated" AFTER TRUNCATE ON "customer"
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_source_truncated();

-- Databases migrated with data already in them start with a complete rollup.
SELECT metrics_rollup_rebuild();
