using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Search;

/// <summary>
/// The columns contacts and companies are found by, and their indexes, which differ by database: PostgreSQL indexes
/// the text by trigrams (pg_trgm, GIN); SQLite keeps an FTS5 trigram table beside each table, filled by triggers
/// (see the migrations); SQL Server looks names up by their beginning only.
/// </summary>
internal static class SearchColumns
{
    public const string Text = "SearchText";
    public const string Name = "SearchName";

    public static void Configure(ModelBuilder model, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            model.HasPostgresExtension("pg_trgm");
        }

        Configure(model.Entity<Contact>(), provider);
        Configure(model.Entity<Company>(), provider);
        // One index serves names beginning with a query, the search box's name order and the duplicate scan's walk.
        model.Entity<Contact>().HasIndex(Name, nameof(Contact.Id));
        model.Entity<Company>().HasIndex(Name, nameof(Company.Id));
    }

    private static void Configure<T>(EntityTypeBuilder<T> entity, DatabaseProvider provider)
        where T : class
    {
        entity.Property<string>(Text).HasColumnName("search_text").HasMaxLength(SearchText.MaxLength).IsRequired().HasDefaultValue(string.Empty);
        var name = entity.Property<string>(Name).HasColumnName("search_name").HasMaxLength(SearchText.NameMaxLength).IsRequired().HasDefaultValue(string.Empty);
        if (provider == DatabaseProvider.Postgres)
        {
            // Under the "C" collation a plain B-tree serves LIKE 'ab%' as well as ORDER BY; the text is folded already,
            // so ordering by code point is ordering by letter. SQLite's default collation is the same.
            name.UseCollation("C");
            entity.HasIndex(Text).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
