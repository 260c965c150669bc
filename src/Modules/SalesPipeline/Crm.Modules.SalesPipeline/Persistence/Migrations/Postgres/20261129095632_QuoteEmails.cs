using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuoteEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_emailed_at_utc",
                schema: "sales",
                table: "quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_emailed_to",
                schema: "sales",
                table: "quotes",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_emailed_at_utc",
                schema: "sales",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "last_emailed_to",
                schema: "sales",
                table: "quotes");
        }
    }
}
