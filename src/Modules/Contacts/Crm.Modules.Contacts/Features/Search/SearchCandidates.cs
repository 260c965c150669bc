using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Search;

/// <summary>
/// The records that may answer a query, found through each database's index, three ways from cheapest to costliest:
/// names beginning with it (pattern B-tree), texts holding it (trigram GIN on PostgreSQL, FTS5 trigram tables on SQLite,
/// LIKE on SQL Server), words like it. Ranking is left to <see cref="SearchScore"/>.
/// </summary>
internal sealed class SearchCandidates(ContactsDbContext db)
{
    public const int Max = 200;

    private static readonly Dictionary<string, string> RankedFullTextQueries = new[] { "contacts", "companies" }.ToDictionary(
        table => table,
        table => "SELECT id AS \"Value\" FROM \"" + table + "\" WHERE rowid IN (SELECT rowid FROM \"" + table + "_fts\" WHERE \"" + table + "_fts\" MATCH {0} ORDER BY rank LIMIT " + Max + ")");

    private static readonly Dictionary<string, string> FullTextQueries = new[] { "contacts", "companies" }.ToDictionary(
        table => table,
        table => "SELECT id AS \"Value\" FROM \"" + table + "\" WHERE rowid IN (SELECT rowid FROM \"" + table + "_fts\" WHERE \"" + table + "_fts\" MATCH {0})");

    /// <summary>
    /// Contacts whose name ("lastname firstname") begins with the query, the cheapest and likeliest answers; in name
    /// order from three characters on (one or two begin tens of thousands of names, too many to sort for a search box).
    /// </summary>
    public IQueryable<Contact> ContactsNamed(SearchQuery query) => InNameOrder(NameBeginsWith(db.Contacts, query), query);

    public IQueryable<Company> CompaniesNamed(SearchQuery query) => InNameOrder(NameBeginsWith(db.Companies, query), query);

    /// <summary>Contacts whose search text holds the query as typed.</summary>
    public Task<IQueryable<Contact>> ContactsHoldingAsync(SearchQuery query, CancellationToken cancellationToken) =>
        CandidatesAsync(db.Contacts, "contacts", query, forgiveTypos: false, ContactsWithIds, cancellationToken);

    public Task<IQueryable<Company>> CompaniesHoldingAsync(SearchQuery query, CancellationToken cancellationToken) =>
        CandidatesAsync(db.Companies, "companies", query, forgiveTypos: false, CompaniesWithIds, cancellationToken);

    /// <summary>Contacts with words like the query's, a typo forgiven: the last resort, when the other ways found too little.</summary>
    public Task<IQueryable<Contact>> ContactsLikeAsync(SearchQuery query, CancellationToken cancellationToken) =>
        CandidatesAsync(db.Contacts, "contacts", query, forgiveTypos: true, ContactsWithIds, cancellationToken);

    public Task<IQueryable<Company>> CompaniesLikeAsync(SearchQuery query, CancellationToken cancellationToken) =>
        CandidatesAsync(db.Companies, "companies", query, forgiveTypos: true, CompaniesWithIds, cancellationToken);

    /// <summary>The contacts whose search text holds <paramref name="typed"/> as it is (a list's filter), all of them when it is blank.</summary>
    public async Task<IQueryable<Contact>> ContactsHoldingAsync(string? typed, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(typed) || SearchQuery.From(typed) is not { Text.Length: > 0 } query
            ? db.Contacts
            : await ContactsHoldingAsync(query, cancellationToken);

    /// <summary>The companies whose search text holds <paramref name="typed"/> as it is, all of them when it is blank.</summary>
    public async Task<IQueryable<Company>> CompaniesHoldingAsync(string? typed, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(typed) || SearchQuery.From(typed) is not { Text.Length: > 0 } query
            ? db.Companies
            : await CompaniesHoldingAsync(query, cancellationToken);

    private IQueryable<Contact> ContactsWithIds(List<Guid> ids)
    {
        var typed = ids.ConvertAll(id => new ContactId(id));
        return db.Contacts.Where(c => typed.Contains(c.Id));
    }

    private IQueryable<Company> CompaniesWithIds(List<Guid> ids)
    {
        var typed = ids.ConvertAll(id => new CompanyId(id));
        return db.Companies.Where(c => typed.Contains(c.Id));
    }

    private async Task<IQueryable<T>> CandidatesAsync<T>(
        DbSet<T> records, string table, SearchQuery query, bool forgiveTypos, Func<List<Guid>, IQueryable<T>> withIds, CancellationToken cancellationToken)
        where T : class
    {
        if (query.IsShort)
        {
            return NameBeginsWith(records, query);
        }

        switch (db.Provider)
        {
            case DatabaseProvider.Postgres:
                var pattern = $"%{EscapeLike(query.Text)}%";
                return forgiveTypos
                    ? records.Where(r => EF.Functions.TrigramsAreWordSimilar(query.Text, EF.Property<string>(r, SearchColumns.Text)))
                        .OrderBy(r => EF.Functions.TrigramsWordSimilarityDistance(query.Text, EF.Property<string>(r, SearchColumns.Text)))
                    : records.Where(r => EF.Functions.ILike(EF.Property<string>(r, SearchColumns.Text), pattern, "\\"));
            case DatabaseProvider.Sqlite:
                // Forgiving: any of the query's letter triples (a typo still shares most of them), best ranked first.
                // As typed: the whole query as one phrase, which the trigram index finds anywhere in the text.
                // The ids come first: EF Core does not read complex properties from raw SQL.
                var match = forgiveTypos ? string.Join(" OR ", Trigrams(query.Text).Select(Quote)) : Quote(query.Text);
                var ids = await db.Database.SqlQueryRaw<Guid>(forgiveTypos ? RankedFullTextQueries[table] : FullTextQueries[table], match)
                    .ToListAsync(cancellationToken);
                return withIds(ids);
            default:
                var contains = $"%{EscapeLike(query.Text)}%";
                return records.Where(r => EF.Functions.Like(EF.Property<string>(r, SearchColumns.Text), contains, "\\"));
        }
    }

    private static IQueryable<T> InNameOrder<T>(IQueryable<T> records, SearchQuery query)
        where T : class =>
        query.IsShort ? records : records.OrderBy(r => EF.Property<string>(r, SearchColumns.Name));

    private static IQueryable<T> NameBeginsWith<T>(IQueryable<T> records, SearchQuery query)
        where T : class =>
        records.Where(r => EF.Property<string>(r, SearchColumns.Name).StartsWith(query.Text));

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static IEnumerable<string> Trigrams(string text) =>
        Enumerable.Range(0, text.Length - 2).Select(i => text.Substring(i, 3)).Distinct(StringComparer.Ordinal);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
