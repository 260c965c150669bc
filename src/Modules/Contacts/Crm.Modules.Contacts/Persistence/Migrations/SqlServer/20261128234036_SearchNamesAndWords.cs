using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchNamesAndWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name_id",
                schema: "contacts",
                table: "contacts",
                columns: new[] { "search_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name_id",
                schema: "contacts",
                table: "companies",
                columns: new[] { "search_name", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name_id",
                schema: "contacts",
                table: "companies");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies",
                column: "search_name");
        }
    }
}
