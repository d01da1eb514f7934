-- Ingest API: a per-minute request counter per API key. The rate limit must hold across every
-- app process sharing the database, so the counter lives here rather than in process memory.
CREATE TABLE "api_key_usage" (
    "api_key_id" INTEGER NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,
    -- The counter upsert finds a key's current window; clean-up deletes a key's old ones.
    CONSTRAINT "api_key_usage_pkey" PRIMARY KEY ("api_key_id", "window_start"),
    CONSTRAINT "api_key_usage_requests_check" CHECK ("requests" >= 0)
);

ALTER TABLE "api_key_usage" ADD CONSTRAINT "api_key_usage_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE CASCADE;
