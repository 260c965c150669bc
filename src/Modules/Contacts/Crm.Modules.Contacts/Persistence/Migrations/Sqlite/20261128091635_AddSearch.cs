using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "contacts",
                type: "TEXT",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "contacts",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "companies",
                type: "TEXT",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "companies",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies",
                column: "search_name");

            // Substring search: an FTS5 trigram index per table, its rows keyed by the table's rowid and kept by triggers.
            foreach (var table in new[] { "contacts", "companies" })
            {
                migrationBuilder.Sql($"CREATE VIRTUAL TABLE \"{table}_fts\" USING fts5(search_text, tokenize = 'trigram', content = '', contentless_delete = 1);");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_fts_insert" AFTER INSERT ON "{table}" BEGIN
                        INSERT INTO "{table}_fts" (rowid, search_text) VALUES (new.rowid, new.search_text);
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_fts_update" AFTER UPDATE OF search_text ON "{table}" BEGIN
                        DELETE FROM "{table}_fts" WHERE rowid = old.rowid;
                        INSERT INTO "{table}_fts" (rowid, search_text) VALUES (new.rowid, new.search_text);
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_fts_delete" AFTER DELETE ON "{table}" BEGIN
                        DELETE FROM "{table}_fts" WHERE rowid = old.rowid;
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "contacts", "companies" })
            {
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_fts_insert\";");
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_fts_update\";");
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_fts_delete\";");
                migrationBuilder.Sql($"DROP TABLE \"{table}_fts\";");
            }

            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "companies");
        }
    }
}
