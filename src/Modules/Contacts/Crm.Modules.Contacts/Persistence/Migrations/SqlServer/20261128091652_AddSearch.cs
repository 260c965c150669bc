using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "companies",
                type: "nvarchar(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "companies",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "companies");
        }
    }
}
