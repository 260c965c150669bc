using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    value = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    done = table.Column<int>(type: "INTEGER", nullable: false),
                    changed = table.Column<int>(type: "INTEGER", nullable: false),
                    last_contact_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    leased_until_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_token = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    selection = table.Column<string>(type: "TEXT", nullable: false)
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
