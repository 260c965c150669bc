using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchNamesAndWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.AlterColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "contacts",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "",
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(210)",
                oldMaxLength: 210,
                oldDefaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "companies",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "",
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(210)",
                oldMaxLength: 210,
                oldDefaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name_id",
                schema: "contacts",
                table: "companies",
                columns: new[] { "search_name", "id" });

            // Changing the collation dropped the column's statistics, which the search's plans depend on.
            migrationBuilder.Sql("ANALYZE contacts.contacts (search_name); ANALYZE contacts.companies (search_name);");

            // Every word of a contact's or company's name, kept by the database on every write (imports' COPY included):
            // the dictionary a misspelt query word is corrected against (SearchCandidates.ContactsLikeAsync).
            // A word stays when its last holder goes: a correction then finds nobody, which costs nothing.
            migrationBuilder.Sql("""
                CREATE TABLE contacts.name_words (word character varying(210) COLLATE "C" PRIMARY KEY);
                CREATE INDEX ix_name_words_word_trgm ON contacts.name_words USING gist (word gist_trgm_ops);
                CREATE FUNCTION contacts.add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- In one order, so that two writers adding the same new words never wait on each other in a circle.
                    INSERT INTO contacts.name_words (word)
                    SELECT DISTINCT w FROM written, unnest(string_to_array(written.search_name, ' ')) AS w
                    WHERE length(w) >= 3
                    ORDER BY w
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER contacts_name_words_inserted AFTER INSERT ON contacts.contacts
                    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION contacts.add_name_words();
                CREATE TRIGGER contacts_name_words_updated AFTER UPDATE ON contacts.contacts
                    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION contacts.add_name_words();
                CREATE TRIGGER companies_name_words_inserted AFTER INSERT ON contacts.companies
                    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION contacts.add_name_words();
                CREATE TRIGGER companies_name_words_updated AFTER UPDATE ON contacts.companies
                    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION contacts.add_name_words();
                INSERT INTO contacts.name_words (word)
                SELECT DISTINCT w FROM (SELECT search_name FROM contacts.contacts UNION ALL SELECT search_name FROM contacts.companies) AS named,
                    unnest(string_to_array(named.search_name, ' ')) AS w
                WHERE length(w) >= 3
                ON CONFLICT DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER contacts_name_words_inserted ON contacts.contacts;
                DROP TRIGGER contacts_name_words_updated ON contacts.contacts;
                DROP TRIGGER companies_name_words_inserted ON contacts.companies;
                DROP TRIGGER companies_name_words_updated ON contacts.companies;
                DROP FUNCTION contacts.add_name_words();
                DROP TABLE contacts.name_words;
                """);

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name_id",
                schema: "contacts",
                table: "companies");

            migrationBuilder.AlterColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "contacts",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(210)",
                oldMaxLength: 210,
                oldDefaultValue: "",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "companies",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(210)",
                oldMaxLength: 210,
                oldDefaultValue: "",
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts",
                column: "search_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies",
                column: "search_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }
    }
}
