using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamsVisibilityAndMfaRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "team_id",
                schema: "identity",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_mfa",
                schema: "identity",
                table: "roles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "record_visibility_rules",
                schema: "identity",
                columns: table => new
                {
                    record_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    changed_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_record_visibility_rules", x => x.record_type);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    manager_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_teams_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "identity",
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_team_id",
                schema: "identity",
                table: "users",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_manager_id",
                schema: "identity",
                table: "teams",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                schema: "identity",
                table: "teams",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_parent_id",
                schema: "identity",
                table: "teams",
                column: "parent_id");

            migrationBuilder.AddForeignKey(
                name: "fk_users_teams_team_id",
                schema: "identity",
                table: "users",
                column: "team_id",
                principalSchema: "identity",
                principalTable: "teams",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_teams_team_id",
                schema: "identity",
                table: "users");

            migrationBuilder.DropTable(
                name: "record_visibility_rules",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "teams",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "ix_users_team_id",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "team_id",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "requires_mfa",
                schema: "identity",
                table: "roles");
        }
    }
}
