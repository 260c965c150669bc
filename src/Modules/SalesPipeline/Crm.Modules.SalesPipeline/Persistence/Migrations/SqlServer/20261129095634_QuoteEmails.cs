using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.SqlServer
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
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_emailed_to",
                schema: "sales",
                table: "quotes",
                type: "nvarchar(max)",
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
