using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
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
                type: "nvarchar(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "import_id",
                schema: "contacts",
                table: "contacts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone_key",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "import_errors",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    import_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    line = table.Column<int>(type: "int", nullable: false),
                    column = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
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
                    import_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    index = table.Column<int>(type: "int", nullable: false),
                    bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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
                    signature = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    policy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    used_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    columns = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    file_name = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    file_size = table.Column<long>(type: "bigint", nullable: false),
                    format = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    encoding = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    delimiter = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    policy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    match_key = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    created_by = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    created_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    started_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    finished_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    reverted_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    sees_everyone = table.Column<bool>(type: "bit", nullable: false),
                    rows_read = table.Column<int>(type: "int", nullable: false),
                    created_count = table.Column<int>(type: "int", nullable: false),
                    updated_count = table.Column<int>(type: "int", nullable: false),
                    skipped_count = table.Column<int>(type: "int", nullable: false),
                    failed_count = table.Column<int>(type: "int", nullable: false),
                    failure = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    leased_until_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    headers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    visible_owner_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    columns = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                UPDATE [contacts].[contacts] SET
                    email_key = LOWER((SELECT TOP 1 JSON_VALUE(e.value, '$.Address') FROM OPENJSON(emails) e WHERE JSON_VALUE(e.value, '$.IsPrimary') = 'true')),
                    phone_key = (SELECT TOP 1 JSON_VALUE(p.value, '$.Number') FROM OPENJSON(phones) p WHERE JSON_VALUE(p.value, '$.IsPrimary') = 'true');
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
