using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnePendingDuplicateScan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_duplicate_scans_status",
                schema: "contacts",
                table: "duplicate_scans");

            migrationBuilder.CreateIndex(
                name: "ux_duplicate_scans_pending",
                schema: "contacts",
                table: "duplicate_scans",
                column: "status",
                unique: true,
                filter: "status IN ('Queued', 'Running')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_duplicate_scans_pending",
                schema: "contacts",
                table: "duplicate_scans");

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_scans_status",
                schema: "contacts",
                table: "duplicate_scans",
                column: "status");
        }
    }
}
