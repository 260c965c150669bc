using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Identity.Persistence.Migrations.Postgres
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
                type: "integer",
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
