using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CompanyListsAndExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "contact_count",
                schema: "contacts",
                table: "exports",
                newName: "record_count");

            migrationBuilder.AddColumn<string>(
                name: "records",
                schema: "contacts",
                table: "exports",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Contact");

            migrationBuilder.CreateIndex(
                name: "ix_companies_name_id",
                schema: "contacts",
                table: "companies",
                columns: new[] { "name", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_companies_name_id",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "records",
                schema: "contacts",
                table: "exports");

            migrationBuilder.RenameColumn(
                name: "record_count",
                schema: "contacts",
                table: "exports",
                newName: "contact_count");
        }
    }
}
