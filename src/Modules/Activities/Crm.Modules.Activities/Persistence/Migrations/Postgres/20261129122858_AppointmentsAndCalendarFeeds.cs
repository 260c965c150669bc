using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    video_link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    related_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    related_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organizer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    all_day = table.Column<bool>(type: "boolean", nullable: false),
                    start_local = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    end_local = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recurrence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    exceptions = table.Column<string>(type: "text", nullable: false),
                    reminder_minutes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    start_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    series_end_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    opened_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    attendee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_organizer = table.Column<bool>(type: "boolean", nullable: false),
                    response = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    responded_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    start_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    series_end_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recurring = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
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
