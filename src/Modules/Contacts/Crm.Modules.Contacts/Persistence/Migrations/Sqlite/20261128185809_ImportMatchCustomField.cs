using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportMatchCustomField : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "match_custom_field",
                schema: "contacts",
                table: "imports",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "match_custom_field",
                schema: "contacts",
                table: "import_mappings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "match_custom_field",
                schema: "contacts",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "match_custom_field",
                schema: "contacts",
                table: "import_mappings");
        }
    }
}
