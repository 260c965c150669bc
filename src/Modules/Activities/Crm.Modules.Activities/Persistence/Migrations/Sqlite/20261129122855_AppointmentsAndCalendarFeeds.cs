using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentsAndCalendarFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    video_link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    related_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    related_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    organizer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    all_day = table.Column<bool>(type: "INTEGER", nullable: false),
                    start_local = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    end_local = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recurrence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    exceptions = table.Column<string>(type: "TEXT", nullable: false),
                    reminder_minutes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    start_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    end_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    series_end_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                schema: "activities",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    opened_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "appointment_attendees",
                schema: "activities",
                columns: table => new
                {
                    appointment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    attendee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_organizer = table.Column<bool>(type: "INTEGER", nullable: false),
                    response = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    responded_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    start_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    end_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    series_end_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    recurring = table.Column<bool>(type: "INTEGER", nullable: false),
                    cancelled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_attendees", x => new { x.appointment_id, x.kind, x.attendee_id });
                    table.ForeignKey(
                        name: "fk_appointment_attendees_appointments_appointment_id",
                        column: x => x.appointment_id,
                        principalSchema: "activities",
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointment_attendees_attendee_id_recurring_start_utc",
                schema: "activities",
                table: "appointment_attendees",
                columns: new[] { "attendee_id", "recurring", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_related_type_related_id_start_utc",
                schema: "activities",
                table: "appointments",
                columns: new[] { "related_type", "related_id", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_token_hash",
                schema: "activities",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointment_attendees",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "calendar_feeds",
                schema: "activities");

            migrationBuilder.DropTable(
                name: "appointments",
                schema: "activities");
        }
    }
}
