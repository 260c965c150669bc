using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CompanyViewsAndBulkActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "last_contact_id",
                schema: "contacts",
                table: "bulk_actions",
                newName: "last_record_id");

            migrationBuilder.AddColumn<string>(
                name: "records",
                schema: "contacts",
                table: "saved_views",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Contact");

            migrationBuilder.AddColumn<string>(
                name: "records",
                schema: "contacts",
                table: "bulk_actions",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Contact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "records",
                schema: "contacts",
                table: "saved_views");

            migrationBuilder.DropColumn(
                name: "records",
                schema: "contacts",
                table: "bulk_actions");

            migrationBuilder.RenameColumn(
                name: "last_record_id",
                schema: "contacts",
                table: "bulk_actions",
                newName: "last_contact_id");
        }
    }
}
