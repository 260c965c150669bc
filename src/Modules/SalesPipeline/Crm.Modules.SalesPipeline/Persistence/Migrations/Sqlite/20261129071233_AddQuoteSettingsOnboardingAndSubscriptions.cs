using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddQuoteSettingsOnboardingAndSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "for_renewals",
                schema: "sales",
                table: "pipelines",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "onboarding_template_id",
                schema: "sales",
                table: "pipelines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "rotting_flagged_at_utc",
                schema: "sales",
                table: "deals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "onboarding_checklists",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    started_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    tasks = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onboarding_checklists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_templates",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    steps = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onboarding_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "seller_profile",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    siren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    vat_number = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    legal_notice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seller_profile", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    mrr_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    term_months = table.Column<int>(type: "INTEGER", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    renewed_from_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    renewal_deal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    churn_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    closed_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_onboarding_checklists_deal_id",
                schema: "sales",
                table: "onboarding_checklists",
                column: "deal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_company_id",
                schema: "sales",
                table: "subscriptions",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_deal_id",
                schema: "sales",
                table: "subscriptions",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_status_end_date",
                schema: "sales",
                table: "subscriptions",
                columns: new[] { "status", "end_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "onboarding_checklists",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "onboarding_templates",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "seller_profile",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "sales");

            migrationBuilder.DropColumn(
                name: "for_renewals",
                schema: "sales",
                table: "pipelines");

            migrationBuilder.DropColumn(
                name: "onboarding_template_id",
                schema: "sales",
                table: "pipelines");

            migrationBuilder.DropColumn(
                name: "rotting_flagged_at_utc",
                schema: "sales",
                table: "deals");
        }
    }
}
