using System.Linq.Expressions;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Search;

/// <summary>
/// The records that may answer a query, found through each database's index, from cheapest to costliest: names
/// beginning with it (B-tree), texts holding it (trigram GIN on PostgreSQL, FTS5 trigram tables on SQLite, LIKE on SQL
/// Server), names beginning with a correction of it (PostgreSQL), words like it. Ranking is left to <see cref="SearchScore"/>.
/// </summary>
internal sealed class SearchCandidates(ContactsDbContext db)
{
    public const int Max = 200;

    private const int MaxCorrectedWords = 4;

    /// <summary>How many names beginning like a misspelt query SQLite's typo way compares with it at most.</summary>
    private const int MaxNamesCompared = 5000;

    private const string NearestNameWords =
        "SELECT word AS \"Value\" FROM contacts.name_words ORDER BY word <-> {0} LIMIT 8";

    private static readonly Dictionary<string, string> RankedFullTextQueries = new[] { "contacts", "companies" }.ToDictionary(
        table => table,
        table => "SELECT id AS \"Value\" FROM \"" + table + "\" WHERE rowid IN (SELECT rowid FROM \"" + table + "_fts\" WHERE \"" + table + "_fts\" MATCH {0} ORDER BY rank LIMIT " + Max + ")");

    private static readonly Dictionary<string, string> FullTextQueries = new[] { "contacts", "companies" }.ToDictionary(
        table => table,
        table => "SELECT id AS \"Value\" FROM \"" + table + "\" WHERE rowid IN (SELECT rowid FROM \"" + table + "_fts\" WHERE \"" + table + "_fts\" MATCH {0})");

    private readonly Dictionary<string, List<List<string>>> _alternatives = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Contacts whose name begins with a correction of a one-word query, found by the name index: the typo's cheap way,
    /// on PostgreSQL only (null elsewhere, or when there is nothing to correct).
    /// </summary>
    public Task<IQueryable<Contact>?> ContactsNamedLikeAsync(SearchQuery query, CancellationToken cancellationToken) =>
        NamedLikeAsync(db.Contacts, query, cancellationToken);

    public Task<IQueryable<Company>?> CompaniesNamedLikeAsync(SearchQuery query, CancellationToken cancellationToken) =>
        NamedLikeAsync(db.Companies, query, cancellationToken);

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
                if (!forgiveTypos)
                {
                    // The search text is folded as the query is: LIKE finds it without ILIKE's case folding of every candidate.
                    var pattern = SearchPatterns.Infix(query.Text);
                    return records.Where(r => EF.Functions.Like(EF.Property<string>(r, SearchColumns.Text), EF.Constant(pattern), SearchPatterns.EscapeCharacter));
                }

                // Comparing the query with every text by trigrams reads thousands of rows for a common name; correcting
                // each word against the dictionary of name words first, then finding the corrections, reads a few.
                var alternatives = await WordAlternativesAsync(query, cancellationToken);
                return alternatives.Count == 0
                    ? records.Where(_ => false)
                    : alternatives.Aggregate(records.AsQueryable(), (found, words) => found.Where(AnyOf<T>(SearchColumns.Text, words, Holding)));
            case DatabaseProvider.Sqlite:
                // Forgiving: any of the query's letter triples (a typo still shares most of them), best ranked first.
                // As typed: the whole query as one phrase, which the trigram index finds anywhere in the text.
                // The ids come first: EF Core does not read complex properties from raw SQL.
                var match = forgiveTypos ? string.Join(" OR ", Trigrams(query.Text).Select(Quote)) : Quote(query.Text);
                var ids = await db.Database.SqlQueryRaw<Guid>(forgiveTypos ? RankedFullTextQueries[table] : FullTextQueries[table], match)
                    .ToListAsync(cancellationToken);
                return withIds(ids);
            default:
                var contains = SearchPatterns.Infix(query.Text);
                return records.Where(r => EF.Functions.Like(EF.Property<string>(r, SearchColumns.Text), EF.Constant(contains), SearchPatterns.EscapeCharacter));
        }
    }

    private async Task<IQueryable<T>?> NamedLikeAsync<T>(DbSet<T> records, SearchQuery query, CancellationToken cancellationToken)
        where T : class
    {
        if (query.IsShort || query.IsPhoneNumber || query.Text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            return await NamesBeginningAlikeAsync(records, query, cancellationToken);
        }

        if (db.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        // The word itself is left out: names beginning with it were the first way.
        var corrections = (await WordAlternativesAsync(query, cancellationToken))[0][1..];
        return corrections.Count == 0 ? null : records.Where(AnyOf<T>(SearchColumns.Name, corrections, NameBeginsWith));
    }

    /// <summary>
    /// SQLite's typo way by name: the names beginning with the query's first two letters (a range of the name index),
    /// those the ranking accepts kept. A wrong letter further on may leave the name no letter triple in common with the
    /// query ("cuxie" for "curie"), which the full-text index then cannot find.
    /// </summary>
    private static async Task<IQueryable<T>?> NamesBeginningAlikeAsync<T>(DbSet<T> records, SearchQuery query, CancellationToken cancellationToken)
        where T : class
    {
        var from = query.Text[..2];
        var to = string.Concat(from.AsSpan(0, 1), [(char)(from[1] + 1)]);
        var names = await records
            .Where(r => EF.Property<string>(r, SearchColumns.Name).CompareTo(from) >= 0 && EF.Property<string>(r, SearchColumns.Name).CompareTo(to) < 0)
            .Select(r => EF.Property<string>(r, SearchColumns.Name))
            .Distinct()
            .Take(MaxNamesCompared)
            .ToListAsync(cancellationToken);
        var alike = names.Where(n => SearchScore.Of(query.Text, n, n) >= SearchScore.Threshold).Take(Max).ToList();
        return alike.Count == 0 ? null : records.Where(r => alike.Contains(EF.Property<string>(r, SearchColumns.Name)));
    }

    /// <summary>
    /// For each word of the query long enough to be misspelt, the word itself and the names' words nearest to it that
    /// it would answer (pg_trgm distance, through the GiST index of the <c>name_words</c> table the database keeps, see
    /// the SearchNamesAndWords migration).
    /// </summary>
    private async Task<List<List<string>>> WordAlternativesAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (_alternatives.TryGetValue(query.Text, out var known))
        {
            return known;
        }

        var alternatives = new List<List<string>>();
        var words = query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= SearchQuery.SubstringMinLength).Distinct(StringComparer.Ordinal).Take(MaxCorrectedWords);
        foreach (var word in words)
        {
            var nearest = await db.Database.SqlQueryRaw<string>(NearestNameWords, word).ToListAsync(cancellationToken);
            alternatives.Add([word, .. nearest.Where(w => w != word && SearchScore.OfWord(word, w) >= SearchScore.Threshold)]);
        }

        _alternatives[query.Text] = alternatives;
        return alternatives;
    }

    /// <summary><c>r => test(column, value1) || test(column, value2) || …</c>, each value written into the SQL.</summary>
    private static Expression<Func<T, bool>> AnyOf<T>(string column, IEnumerable<string> values, Func<Expression, string, Expression> test)
    {
        var record = Expression.Parameter(typeof(T), "r");
        var text = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], record, Expression.Constant(column));
        return Expression.Lambda<Func<T, bool>>(values.Select(value => test(text, value)).Aggregate(Expression.OrElse), record);
    }

    private static Expression Holding(Expression text, string word) => Like(text, SearchPatterns.Infix(word));

    private static Expression NameBeginsWith(Expression name, string word) => Like(name, SearchPatterns.Prefix(word));

    private static MethodCallExpression Like(Expression text, string pattern) => Expression.Call(
        typeof(DbFunctionsExtensions),
        nameof(DbFunctionsExtensions.Like),
        null,
        Expression.Constant(EF.Functions),
        text,
        Constant(pattern),
        Expression.Constant(SearchPatterns.EscapeCharacter));

    /// <summary>A pattern written into the SQL, see <see cref="SearchPatterns"/>.</summary>
    private static Expression Constant(string value)
    {
        Expression<Func<string>> inlined = () => EF.Constant(value);
        return inlined.Body;
    }

    private static IQueryable<T> InNameOrder<T>(IQueryable<T> records, SearchQuery query)
        where T : class =>
        query.IsShort ? records : records.OrderBy(r => EF.Property<string>(r, SearchColumns.Name));

    private static IQueryable<T> NameBeginsWith<T>(IQueryable<T> records, SearchQuery query)
        where T : class =>
        records.Where(r => EF.Functions.Like(EF.Property<string>(r, SearchColumns.Name), EF.Constant(SearchPatterns.Prefix(query.Text)), SearchPatterns.EscapeCharacter));

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static IEnumerable<string> Trigrams(string text) =>
        Enumerable.Range(0, text.Length - 2).Select(i => text.Substring(i, 3)).Distinct(StringComparer.Ordinal);
}
