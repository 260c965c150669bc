using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Interactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interactions",
                schema: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    happened_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    duration_seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    logged_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    logged_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interactions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_contacts",
                schema: "activities",
                columns: table => new
                {
                    interaction_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_contacts", x => new { x.interaction_id, x.contact_id });
                    table.ForeignKey(
                        name: "fk_interaction_contacts_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "activities",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_interaction_contacts_contact_id",
                schema: "activities",
                table: "interaction_contacts",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_company_id_id",
                schema: "activities",
                table: "interactions",
                columns: new[] { "company_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_deal_id_id",
                schema: "activities",
                table: "interactions",
                columns: new[] { "deal_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_logged_by_id",
                schema: "activities",
                table: "interactions",
                columns: new[] { "logged_by", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interaction_contacts",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "interactions",
                schema: "activities");
        }
    }
}
