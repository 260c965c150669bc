using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CalendarIndexCoversReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointment_attendees_attendee_id_recurring_start_utc",
                schema: "activities",
                table: "appointment_attendees");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_attendees_attendee_id_recurring_start_utc",
                schema: "activities",
                table: "appointment_attendees",
                columns: new[] { "attendee_id", "recurring", "start_utc" })
                .Annotation("SqlServer:Include", new[] { "end_utc", "series_end_utc", "cancelled", "appointment_id", "response" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointment_attendees_attendee_id_recurring_start_utc",
                schema: "activities",
                table: "appointment_attendees");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_attendees_attendee_id_recurring_start_utc",
                schema: "activities",
                table: "appointment_attendees",
                columns: new[] { "attendee_id", "recurring", "start_utc" });
        }
    }
}
