using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDuplicateScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duplicate_scans",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    phase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    scanned = table.Column<int>(type: "INTEGER", nullable: false),
                    groups_found = table.Column<int>(type: "INTEGER", nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    leased_until_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_token = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_scans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_candidate_groups",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rank = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    reasons = table.Column<int>(type: "INTEGER", nullable: false),
                    contact_ids = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_candidate_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_duplicate_candidate_groups_duplicate_scans_scan_id",
                        column: x => x.scan_id,
                        principalSchema: "contacts",
                        principalTable: "duplicate_scans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_candidate_groups_scan_id_rank",
                schema: "contacts",
                table: "duplicate_candidate_groups",
                columns: new[] { "scan_id", "rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_scans_status",
                schema: "contacts",
                table: "duplicate_scans",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duplicate_candidate_groups",
                schema: "contacts");

            migrationBuilder.DropTable(
                name: "duplicate_scans",
                schema: "contacts");
        }
    }
}
