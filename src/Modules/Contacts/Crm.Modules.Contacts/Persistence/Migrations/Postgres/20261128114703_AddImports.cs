using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email_key",
                schema: "contacts",
                table: "contacts",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                schema: "contacts",
                table: "contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "import_id",
                schema: "contacts",
                table: "contacts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_key",
                schema: "contacts",
                table: "contacts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "import_errors",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    column = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_errors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_file_chunks",
                schema: "contacts",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    index = table.Column<int>(type: "integer", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_file_chunks", x => new { x.import_id, x.index });
                });

            migrationBuilder.CreateTable(
                name: "import_mappings",
                schema: "contacts",
                columns: table => new
                {
                    signature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    policy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    used_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    columns = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_mappings", x => x.signature);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    file_size = table.Column<long>(type: "bigint", nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    delimiter = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    policy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reverted_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sees_everyone = table.Column<bool>(type: "boolean", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    created_count = table.Column<int>(type: "integer", nullable: false),
                    updated_count = table.Column<int>(type: "integer", nullable: false),
                    skipped_count = table.Column<int>(type: "integer", nullable: false),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    failure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    leased_until_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    headers = table.Column<List<string>>(type: "text[]", nullable: false),
                    visible_owner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    columns = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_email_key",
                schema: "contacts",
                table: "contacts",
                column: "email_key");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_external_id",
                schema: "contacts",
                table: "contacts",
                column: "external_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_import_id",
                schema: "contacts",
                table: "contacts",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_phone_key",
                schema: "contacts",
                table: "contacts",
                column: "phone_key");

            migrationBuilder.CreateIndex(
                name: "ix_import_errors_import_id_line",
                schema: "contacts",
                table: "import_errors",
                columns: new[] { "import_id", "line" });

            migrationBuilder.CreateIndex(
                name: "ix_imports_created_by",
                schema: "contacts",
                table: "imports",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ix_imports_status",
                schema: "contacts",
                table: "imports",
                column: "status");

            // Contacts saved before the match columns existed get theirs from their primary email and phone.
            migrationBuilder.Sql("""
                UPDATE contacts.contacts SET
                    email_key = lower((SELECT e->>'Address' FROM jsonb_array_elements(emails) e WHERE (e->>'IsPrimary')::boolean LIMIT 1)),
                    phone_key = (SELECT p->>'Number' FROM jsonb_array_elements(phones) p WHERE (p->>'IsPrimary')::boolean LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_errors",
                schema: "contacts");

            migrationBuilder.DropTable(
                name: "import_file_chunks",
                schema: "contacts");

            migrationBuilder.DropTable(
                name: "import_mappings",
                schema: "contacts");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_email_key",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_external_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_import_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_phone_key",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "email_key",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "external_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "import_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "phone_key",
                schema: "contacts",
                table: "contacts");
        }
    }
}
