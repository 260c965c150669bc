using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddBulkActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bulk_actions",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    requested_by = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    field = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    value = table.Column<string>(type: "nvarchar(max)", maxLength: 12000, nullable: true),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "int", nullable: false),
                    done = table.Column<int>(type: "int", nullable: false),
                    changed = table.Column<int>(type: "int", nullable: false),
                    last_contact_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    failure_reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    finished_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    leased_until_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    lease_token = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    version = table.Column<int>(type: "int", nullable: false),
                    selection = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_actions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_last_name_id",
                schema: "contacts",
                table: "contacts",
                columns: new[] { "last_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_bulk_actions_status",
                schema: "contacts",
                table: "bulk_actions",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bulk_actions",
                schema: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_last_name_id",
                schema: "contacts",
                table: "contacts");
        }
    }
}
