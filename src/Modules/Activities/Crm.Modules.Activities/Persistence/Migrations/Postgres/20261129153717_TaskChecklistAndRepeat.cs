using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskChecklistAndRepeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "checklist",
                schema: "activities",
                table: "tasks",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "next_task_id",
                schema: "activities",
                table: "tasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recurrence",
                schema: "activities",
                table: "tasks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recurrence_start_local",
                schema: "activities",
                table: "tasks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "checklist",
                schema: "activities",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "next_task_id",
                schema: "activities",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "recurrence",
                schema: "activities",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "recurrence_start_local",
                schema: "activities",
                table: "tasks");
        }
    }
}
