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
        if (provider == DatabaseProvider.Postgres)
        {
            // The duplicate scan walks every contact in name order; the pattern-ops index above cannot serve ORDER BY.
            model.Entity<Contact>().HasIndex(Name, nameof(Contact.Id)).HasDatabaseName("ix_contacts_search_name_id");
        }
    }

    private static void Configure<T>(EntityTypeBuilder<T> entity, DatabaseProvider provider)
        where T : class
    {
        entity.Property<string>(Text).HasColumnName("search_text").HasMaxLength(SearchText.MaxLength).IsRequired().HasDefaultValue(string.Empty);
        entity.Property<string>(Name).HasColumnName("search_name").HasMaxLength(SearchText.NameMaxLength).IsRequired().HasDefaultValue(string.Empty);
        var byName = entity.HasIndex(Name);
        if (provider == DatabaseProvider.Postgres)
        {
            // LIKE 'ab%' uses a B-tree under any collation only with the pattern operators.
            byName.HasOperators("text_pattern_ops");
            entity.HasIndex(Text).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
