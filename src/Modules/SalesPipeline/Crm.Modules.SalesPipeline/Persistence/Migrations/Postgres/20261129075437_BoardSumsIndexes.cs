using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardSumsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deals_owner_id",
                schema: "sales",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "ix_deals_pipeline_id",
                schema: "sales",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "ix_deals_owner_id_pipeline_id_stage_id_currency_amount_cents_p",
                schema: "sales",
                table: "deals",
                columns: new[] { "owner_id", "pipeline_id", "stage_id", "currency", "amount_cents", "probability" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_pipeline_id_stage_id_currency_amount_cents_probability",
                schema: "sales",
                table: "deals",
                columns: new[] { "pipeline_id", "stage_id", "currency", "amount_cents", "probability" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deals_owner_id_pipeline_id_stage_id_currency_amount_cents_p",
                schema: "sales",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "ix_deals_pipeline_id_stage_id_currency_amount_cents_probability",
                schema: "sales",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "ix_deals_owner_id",
                schema: "sales",
                table: "deals",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_pipeline_id",
                schema: "sales",
                table: "deals",
                column: "pipeline_id");
        }
    }
}
