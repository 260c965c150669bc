using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SalesPipeline.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sales");

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "sales",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    e_tag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotent_requests", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "sales",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    processed_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "lost_reasons",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lost_reasons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "sales",
                columns: table => new
                {
                    prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_counters", x => new { x.prefix, x.year });
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    quote_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    placed_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    placed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    lines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    processed_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pipelines",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipelines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    vat_rate = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    billing = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 265, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    prices = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quotes",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    expired_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    lines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quotes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stages",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pipeline_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    probability = table.Column<int>(type: "INTEGER", nullable: false),
                    rotting_days = table.Column<int>(type: "INTEGER", nullable: true),
                    required_fields = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stages", x => x.id);
                    table.ForeignKey(
                        name: "fk_stages_pipelines_pipeline_id",
                        column: x => x.pipeline_id,
                        principalSchema: "sales",
                        principalTable: "pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deals",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    expected_close_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    pipeline_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    probability = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    next_step = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    forecast_category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    stage_entered_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    last_activity_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    lost_reason_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    lost_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deals", x => x.id);
                    table.ForeignKey(
                        name: "fk_deals_lost_reasons_lost_reason_id",
                        column: x => x.lost_reason_id,
                        principalSchema: "sales",
                        principalTable: "lost_reasons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deals_pipelines_pipeline_id",
                        column: x => x.pipeline_id,
                        principalSchema: "sales",
                        principalTable: "pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deals_stages_stage_id",
                        column: x => x.stage_id,
                        principalSchema: "sales",
                        principalTable: "stages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deal_contacts",
                schema: "sales",
                columns: table => new
                {
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deal_contacts", x => new { x.deal_id, x.contact_id });
                    table.ForeignKey(
                        name: "fk_deal_contacts_deals_deal_id",
                        column: x => x.deal_id,
                        principalSchema: "sales",
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stage_visits",
                schema: "sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    moved_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    entered_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    exited_at_utc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_stage_visits_deals_deal_id",
                        column: x => x.deal_id,
                        principalSchema: "sales",
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deal_contacts_contact_id",
                schema: "sales",
                table: "deal_contacts",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_company_id",
                schema: "sales",
                table: "deals",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_lost_reason_id",
                schema: "sales",
                table: "deals",
                column: "lost_reason_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_deals_stage_id_id",
                schema: "sales",
                table: "deals",
                columns: new[] { "stage_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_deal_id",
                schema: "sales",
                table: "orders",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                schema: "sales",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_quote_id",
                schema: "sales",
                table: "orders",
                column: "quote_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_utc_occurred_at_utc",
                schema: "sales",
                table: "outbox_messages",
                columns: new[] { "processed_at_utc", "occurred_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_products_name_id",
                schema: "sales",
                table: "products",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_sku",
                schema: "sales",
                table: "products",
                column: "sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_quotes_deal_id",
                schema: "sales",
                table: "quotes",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_quotes_number_revision",
                schema: "sales",
                table: "quotes",
                columns: new[] { "number", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stage_visits_deal_id_entered_at_utc",
                schema: "sales",
                table: "stage_visits",
                columns: new[] { "deal_id", "entered_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_stages_pipeline_id",
                schema: "sales",
                table: "stages",
                column: "pipeline_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deal_contacts",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "products",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "quotes",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "stage_visits",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "deals",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "lost_reasons",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "stages",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "pipelines",
                schema: "sales");
        }
    }
}
