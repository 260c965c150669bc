using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompanyMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                schema: "contacts",
                table: "companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "company_merges",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_ids = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    target_before = table.Column<string>(type: "TEXT", nullable: false),
                    merged_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    merged_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    undone_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    children = table.Column<string>(type: "TEXT", nullable: false),
                    links_before = table.Column<string>(type: "TEXT", nullable: false),
                    moved = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_merges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_companies_merged_into_id",
                schema: "contacts",
                table: "companies",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_company_merges_target_id",
                schema: "contacts",
                table: "company_merges",
                column: "target_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "company_merges",
                schema: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_merged_into_id",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                schema: "contacts",
                table: "companies");
        }
    }
}
