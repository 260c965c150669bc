using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "lease_token",
                schema: "contacts",
                table: "imports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "exports",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_count = table.Column<int>(type: "integer", nullable: false),
                    exported_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_merged_into_id",
                schema: "contacts",
                table: "contacts",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_exports_user_id",
                schema: "contacts",
                table: "exports",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exports",
                schema: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_merged_into_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "lease_token",
                schema: "contacts",
                table: "imports");
        }
    }
}
