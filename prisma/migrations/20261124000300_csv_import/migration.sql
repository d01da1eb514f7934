-- CSV import of contacts (src/lib/server/contacts/csv-import*.ts): an uploaded file is kept until
-- it has been checked, its rows are kept until they have been imported (in one transaction, or not
-- at all), and every problem found is kept for the admin's row-by-row report.
CREATE TYPE "csv_import_status" AS ENUM ('uploaded', 'validated', 'importing', 'done', 'failed');

CREATE TABLE "csv_import" (
    "id" SERIAL NOT NULL,
    "file_name" TEXT NOT NULL,
    "uploaded_by_user_id" TEXT,
    "status" "csv_import_status" NOT NULL DEFAULT 'uploaded',
    "content" TEXT,
    "delimiter" TEXT,
    "columns" JSONB NOT NULL DEFAULT '[]',
    "preview" JSONB NOT NULL DEFAULT '[]',
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "processed_count" INTEGER NOT NULL DEFAULT 0,
    "created_count" INTEGER,
    "failure_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "csv_import_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "csv_import_file_name_check" CHECK (length("file_name") BETWEEN 1 AND 255),
    CONSTRAINT "csv_import_delimiter_check" CHECK ("delimiter" IS NULL OR "delimiter" IN (',', ';')),
    CONSTRAINT "csv_import_counts_check" CHECK (
        "row_count" >= 0 AND "error_count" >= 0 AND "processed_count" BETWEEN 0 AND "row_count"
        AND ("created_count" IS NULL OR "created_count" BETWEEN 0 AND "row_count")),
    -- Only a checked file without errors may be imported.
    CONSTRAINT "csv_import_clean_check" CHECK ("status" NOT IN ('importing', 'done') OR "error_count" = 0),
    CONSTRAINT "csv_import_failure_check" CHECK (("status" = 'failed') = ("failure_reason" IS NOT NULL))
);
-- The import page lists the newest uploads first.
CREATE INDEX "csv_import_created_at_idx" ON "csv_import"("created_at");

CREATE TABLE "csv_import_row" (
    "import_id" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    -- The import reads an import's rows in file order, a chunk at a time.
    CONSTRAINT "csv_import_row_pkey" PRIMARY KEY ("import_id", "row_number"),
    CONSTRAINT "csv_import_row_number_check" CHECK ("row_number" >= 2)
);

CREATE TABLE "csv_import_error" (
    "import_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    -- The report pages through an import's problems in the order they were found (row order).
    CONSTRAINT "csv_import_error_pkey" PRIMARY KEY ("import_id", "position"),
    CONSTRAINT "csv_import_error_row_check" CHECK ("row_number" >= 1)
);

ALTER TABLE "csv_import" ADD CONSTRAINT "csv_import_uploaded_by_user_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "csv_import_row" ADD CONSTRAINT "csv_import_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "csv_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "csv_import_error" ADD CONSTRAINT "csv_import_error_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "csv_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
