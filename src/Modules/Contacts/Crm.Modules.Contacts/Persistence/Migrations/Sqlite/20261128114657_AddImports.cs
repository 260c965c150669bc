using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                schema: "contacts",
                table: "contacts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "import_id",
                schema: "contacts",
                table: "contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_key",
                schema: "contacts",
                table: "contacts",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "import_errors",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    column = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    index = table.Column<int>(type: "INTEGER", nullable: false),
                    bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
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
                    signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    policy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    used_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    columns = table.Column<string>(type: "TEXT", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    file_size = table.Column<long>(type: "INTEGER", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    encoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    delimiter = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    policy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    reverted_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    sees_everyone = table.Column<bool>(type: "INTEGER", nullable: false),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    created_count = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_count = table.Column<int>(type: "INTEGER", nullable: false),
                    skipped_count = table.Column<int>(type: "INTEGER", nullable: false),
                    failed_count = table.Column<int>(type: "INTEGER", nullable: false),
                    failure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    leased_until_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    headers = table.Column<string>(type: "TEXT", nullable: false),
                    visible_owner_ids = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    columns = table.Column<string>(type: "TEXT", nullable: false)
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
                UPDATE contacts SET
                    email_key = lower((SELECT json_extract(e.value, '$.Address') FROM json_each(contacts.emails) e WHERE json_extract(e.value, '$.IsPrimary') = 1 LIMIT 1)),
                    phone_key = (SELECT json_extract(p.value, '$.Number') FROM json_each(contacts.phones) p WHERE json_extract(p.value, '$.IsPrimary') = 1 LIMIT 1);
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
