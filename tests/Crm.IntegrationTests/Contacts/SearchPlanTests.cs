using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.IntegrationTests.Contacts;

/// <summary>
/// The search and list queries can use an index on PostgreSQL. With sequential and plain index scans priced out, a
/// query no index serves still reads the whole contacts table sequentially: every read of the table here must come
/// with an index condition. Each query is planned twice: with its parameters' values, and as the generic plan of a
/// prepared statement (Npgsql prepares statements it sees repeated, and PostgreSQL may then stop looking at the values).
/// </summary>
internal sealed class SearchPlanTests
{
    private const string WithCondition = "on a condition";

    private static readonly PhoneNumberReader Phones = new(Options.Create(new ContactsOptions()));

    private SharedApp _shared = null!;

    [SetUp]
    public async Task StartWithAFewContacts()
    {
        _shared = await TestRun.SharedAppAsync(DatabaseProvider.Postgres);
        await _shared.ResetAsync();
        using var client = await _shared.App.CreateAdministratorClientAsync();
        foreach (var (first, last, phone) in new[] { ("Hélène", "Dupont", "06 12 34 56 78"), ("Ada", "Lovelace", "07 98 76 54 32") })
        {
            (await client.PostAsJsonAsync("/api/v1/contacts", new { firstName = first, lastName = last, phones = new[] { new { number = phone } } })).EnsureSuccessStatusCode();
        }
    }

    [TestCase("du")]
    [TestCase("dupon")]
    public async Task NamesBeginningWith_UseAnIndex(string typed)
    {
        var scans = await ContactScansAsync((candidates, _) => Task.FromResult(candidates.ContactsNamed(SearchQuery.From(typed))));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase("dupon")]
    [TestCase("06 12 34")]
    public async Task TextsHolding_UseAnIndex(string typed)
    {
        var scans = await ContactScansAsync(async (candidates, _) => await candidates.ContactsHoldingAsync(SearchQuery.From(typed), CancellationToken.None));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase("lovelase")]
    public async Task WordsLike_UseAnIndex(string typed)
    {
        var scans = await ContactScansAsync(async (candidates, _) => await candidates.ContactsLikeAsync(SearchQuery.From(typed), CancellationToken.None));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase("0612")]
    [TestCase("lene dup")]
    public async Task ListFilter_UsesAnIndex(string typed)
    {
        var scans = await ContactScansAsync(async (candidates, _) => await candidates.ContactsHoldingAsync(typed, CancellationToken.None));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [Test]
    public async Task ListPage_AfterACursor_UsesTheKey()
    {
        var after = new ContactId(Guid.CreateVersion7());
        var scans = await ContactScansAsync((_, db) => Task.FromResult(db.Contacts.Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Take(51)));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [Test]
    public async Task ListFilteredAndSortedByLastName_AfterACursor_StartsFromTheIndex()
    {
        var scans = await ContactScansAsync((_, db) =>
        {
            var fields = new ContactListFields([], Phones, DatabaseProvider.Postgres);
            var (order, _) = fields.Sort("lastName").Value;
            var customers = fields.Apply(db.Contacts, [new FilterCondition("lifecycleStage", FilterOperator.Eq, ["customer"])]).Value;
            var after = order.After(customers, "Dupont", new ContactId(Guid.CreateVersion7()), descending: false);
            return Task.FromResult<IQueryable<Contact>>(order.Order(after, descending: false).Take(51));
        });
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase(FilterOperator.StartsWith, "Dup")]
    [TestCase(FilterOperator.Eq, "dupont")]
    public async Task ListFilteredOnLastName_NewestFirst_FindsTheNamesByAnIndex(FilterOperator op, string value)
    {
        var scans = await ContactScansAsync((_, db) =>
        {
            var fields = new ContactListFields([], Phones, DatabaseProvider.Postgres);
            var (order, _) = fields.Sort("-createdAt").Value;
            var named = fields.Apply(db.Contacts, [new FilterCondition("lastName", op, [value])]).Value;
            return Task.FromResult<IQueryable<Contact>>(order.Order(named, descending: true).Take(51));
        });
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase("segment:eq:Grand compte")]
    [TestCase("newsletter:eq:true")]
    public async Task ListFilteredOnAChoiceOrYesNoCustomField_FindsTheRowsByTheIndex(string condition)
    {
        var definitions = new[]
        {
            CustomFieldDefinition.Define(
                CustomFieldEntity.Contact,
                "segment",
                CustomFieldType.SingleSelect,
                new CustomFieldSettings("Segment", false, false, [new CustomFieldOptionInput(null, "Grand compte", false), new CustomFieldOptionInput(null, "PME", false)], null, null),
                DateTimeOffset.UtcNow).Value,
            CustomFieldDefinition.Define(CustomFieldEntity.Contact, "newsletter", CustomFieldType.Bool, new CustomFieldSettings("Newsletter", false, false, [], null, null), DateTimeOffset.UtcNow).Value,
        };
        var parts = condition.Split(':');
        var scans = await ContactScansAsync((_, db) =>
        {
            var fields = new ContactListFields(definitions, Phones, DatabaseProvider.Postgres);
            var filtered = fields.Apply(db.Contacts, [new FilterCondition("cf." + parts[0], Enum.Parse<FilterOperator>(parts[1], ignoreCase: true), [parts[2]])]).Value;
            return Task.FromResult<IQueryable<Contact>>(filtered.OrderBy(c => c.LastName).Take(51));
        });
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [TestCase(CustomFieldType.Text, "\"SIR-0042\"")]
    [TestCase(CustomFieldType.Number, "42")]
    public async Task UniqueCustomFieldCheck_FindsTheHoldersByTheIndex(CustomFieldType type, string json)
    {
        var field = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "code", type, new CustomFieldSettings("Code", false, true, [], null, null), DateTimeOffset.UtcNow).Value;
        var scans = await ContactScansAsync((_, db) => Task.FromResult(new CustomFieldUniqueness(db).Holding(db.Contacts, field, JsonNode.Parse(json)!)));
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [Test]
    public async Task ListOfCompaniesSortedByName_AfterACursor_StartsFromTheIndex()
    {
        var scans = await ScansAsync("companies", (_, db) =>
        {
            var fields = new CompanyListFields([], Phones, DatabaseProvider.Postgres);
            var (order, _) = fields.Sort("name").Value;
            var after = order.After(db.Companies, "Danone", new CompanyId(Guid.CreateVersion7()), descending: false);
            return Task.FromResult(order.Order(after, descending: false).Take(51));
        });
        Assert.That(scans, Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [Test]
    public async Task Check_WhenNoIndexServesTheQuery_SeesTheSequentialScan()
    {
        var scans = await ContactScansAsync((_, db) => Task.FromResult(db.Contacts.Where(c => c.JobTitle == "CEO")));
        Assert.That(scans, Is.Not.Empty.And.None.EndsWith(WithCondition), string.Join(", ", scans));
    }

    [Test]
    public async Task Check_WhenAPrefixIsSentAsAParameter_SeesTheGenericPlanReadEverything()
    {
        var prefix = "dup";
        var scans = await ContactScansAsync((_, db) => Task.FromResult(db.Contacts.Where(c => EF.Property<string>(c, SearchColumns.Name).StartsWith(prefix))));
        Assert.That(scans.Where(s => s.StartsWith("custom:", StringComparison.Ordinal)), Is.Not.Empty.And.All.EndsWith(WithCondition), string.Join(", ", scans));
        Assert.That(scans.Where(s => s.StartsWith("generic:", StringComparison.Ordinal)), Is.Not.Empty.And.None.EndsWith(WithCondition), string.Join(", ", scans));
    }

    private Task<List<string>> ContactScansAsync(Func<SearchCandidates, ContactsDbContext, Task<IQueryable<Contact>>> build) => ScansAsync("contacts", build);

    /// <summary>
    /// How each plan node reading <paramref name="table"/> reads it, with sequential scans disabled, in the plan made
    /// with the parameters' values and in the generic plan: "custom: Bitmap Heap Scan on a condition".
    /// </summary>
    private async Task<List<string>> ScansAsync<T>(string table, Func<SearchCandidates, ContactsDbContext, Task<IQueryable<T>>> build)
    {
        await using var scope = _shared.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var query = await build(scope.ServiceProvider.GetRequiredService<SearchCandidates>(), db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // A handful of rows would let the planner walk the primary key to save a sort; on a large table it would not.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off");
        await using DbCommand command = query.CreateDbCommand();
        var sql = command.CommandText;
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + sql;
        var scans = new List<string>();
        Collect(JsonNode.Parse((string)(await command.ExecuteScalarAsync())!), table, "custom", scans);

        var parameters = command.Parameters.Cast<DbParameter>().Select(p => p.ParameterName.TrimStart('@')).ToList();
        var positional = Regex.Replace(sql, "@([A-Za-z_][A-Za-z0-9_]*)", m => parameters.IndexOf(m.Groups[1].Value) is var i and >= 0 ? $"${i + 1}" : m.Value);
        var statement = $"planned_{Guid.NewGuid():N}";
        await using var utility = command.Connection!.CreateCommand();
        utility.Transaction = command.Transaction;
        utility.CommandText = $"SET LOCAL plan_cache_mode = force_generic_plan; PREPARE {statement} AS {positional}";
        await utility.ExecuteNonQueryAsync();
        // EXECUTE's arguments cannot be bound parameters: they go in as literals, of the types PREPARE inferred.
        var values = command.Parameters.Cast<DbParameter>().Select(p => Literal(p.Value)).ToList();
        utility.CommandText = $"EXPLAIN (FORMAT JSON) EXECUTE {statement}" + (values.Count == 0 ? string.Empty : $"({string.Join(", ", values)})");
        Collect(JsonNode.Parse((string)(await utility.ExecuteScalarAsync())!), table, "generic", scans);
        utility.CommandText = $"DEALLOCATE {statement}";
        await utility.ExecuteNonQueryAsync();

        return scans;
    }

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        bool b => b ? "TRUE" : "FALSE",
        int or long or short or decimal or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime or DateTimeOffset => Quoted(((IFormattable)value).ToString("O", CultureInfo.InvariantCulture)),
        string text => Quoted(text),
        IEnumerable items => Quoted("{" + string.Join(",", items.Cast<object>().Select(i => "\"" + i + "\"")) + "}"),
        _ => Quoted(value.ToString()!),
    };

    private static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>An index scan's own condition, or one of the bitmap index scans under a bitmap heap scan.</summary>
    private static bool HasIndexCondition(JsonObject node) =>
        node.ContainsKey("Index Cond") || (node["Plans"] as JsonArray ?? []).OfType<JsonObject>().Any(HasIndexCondition);

    private static void Collect(JsonNode? node, string table, string plan, List<string> scans)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["Relation Name"]?.GetValue<string>() == table)
                {
                    scans.Add($"{plan}: {o["Node Type"]!.GetValue<string>()} {(HasIndexCondition(o) ? WithCondition : "reading everything")}");
                }

                foreach (var (_, child) in o)
                {
                    Collect(child, table, plan, scans);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, table, plan, scans);
                }

                break;
        }
    }
}
