using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddQuotasAndForecastIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quotas",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    updated_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_by = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quotas", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deals_status_closed_at_utc",
                schema: "sales",
                table: "deals",
                columns: new[] { "status", "closed_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_status_expected_close_date",
                schema: "sales",
                table: "deals",
                columns: new[] { "status", "expected_close_date" });

            migrationBuilder.CreateIndex(
                name: "ix_quotas_month",
                schema: "sales",
                table: "quotas",
                column: "month");

            migrationBuilder.CreateIndex(
                name: "ix_quotas_user_id_month",
                schema: "sales",
                table: "quotas",
                columns: new[] { "user_id", "month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quotas",
                schema: "sales");

            migrationBuilder.DropIndex(
                name: "ix_deals_status_closed_at_utc",
                schema: "sales",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "ix_deals_status_expected_close_date",
                schema: "sales",
                table: "deals");
        }
    }
}
