using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompaniesRememberTheirImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "import_id",
                schema: "contacts",
                table: "companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_import_id",
                schema: "contacts",
                table: "companies",
                column: "import_id",
                filter: "import_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_companies_import_id",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "import_id",
                schema: "contacts",
                table: "companies");
        }
    }
}
