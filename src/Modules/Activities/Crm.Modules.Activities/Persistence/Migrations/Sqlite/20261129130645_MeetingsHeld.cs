using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsHeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "held_through_utc",
                schema: "activities",
                table: "appointments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "next_held_at_utc",
                schema: "activities",
                table: "appointments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointments_next_held_at_utc",
                schema: "activities",
                table: "appointments",
                column: "next_held_at_utc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointments_next_held_at_utc",
                schema: "activities",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "held_through_utc",
                schema: "activities",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "next_held_at_utc",
                schema: "activities",
                table: "appointments");
        }
    }
}
