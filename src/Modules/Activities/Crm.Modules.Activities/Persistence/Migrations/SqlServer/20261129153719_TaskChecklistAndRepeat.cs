using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Activities.Persistence.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "next_task_id",
                schema: "activities",
                table: "tasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recurrence",
                schema: "activities",
                table: "tasks",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recurrence_start_local",
                schema: "activities",
                table: "tasks",
                type: "nvarchar(16)",
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
