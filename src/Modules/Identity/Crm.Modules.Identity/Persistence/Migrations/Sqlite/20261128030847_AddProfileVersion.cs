using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddProfileVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "profile_version",
                schema: "identity",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "profile_version",
                schema: "identity",
                table: "users");
        }
    }
}
