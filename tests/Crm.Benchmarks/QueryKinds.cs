namespace Crm.Benchmarks;

/// <summary>
/// The query kinds the contacts-search scenario times, each with its warm-up and timed requests drawn from the
/// seeded samples with a fixed seed: the search box (<c>/api/v1/search</c>) and the contacts list (<c>/api/v1/contacts</c>).
/// </summary>
internal static class QueryKinds
{
    /// <summary>Three-letter fragments found in very many records (surnames, first names, mail providers).</summary>
    public static readonly string[] CommonFragments = ["mar", "ber", "ier", "and", "ine", "ell", "son", "gma", "ran", "ett"];

    public static IReadOnlyList<QueryKind> Build(IReadOnlyList<SeededContact> samples, int warmUp, int timed)
    {
        var random = new Random(ContactsSeeder.Seed);
        var texts = new QueryTexts(random);
        var total = warmUp + timed;
        return
        [
            Kind("search: fragment inside name/email", total, warmUp, i => Drawn(samples, random, c => Search(texts.Fragment(c), c.Id))),
            Kind("search: common 3 letters", total, warmUp, i => Search(CommonFragments[i % CommonFragments.Length])),
            Kind("search: name prefix 3-4", total, warmUp, i => Drawn(samples, random, c => Search(texts.Prefix(c, 3, 4), c.Id))),
            Kind("search: name prefix 1-2", total, warmUp, i => Drawn(samples, random, c => Search(texts.Prefix(c, 1, 2), c.Id))),
            Kind("search: phone digits", total, warmUp, i => Drawn(samples, random, c => Search(texts.Phone(c), c.Id))),
            Kind("search: name with a typo", total, warmUp, i => Typo(texts, samples, random)),
            Kind("list: ?q=fragment", total, warmUp, i => Drawn(samples, random, c => List(texts.Fragment(c), c.Id))),
            Kind("list: ?q=common 3 letters", total, warmUp, i => List(CommonFragments[i % CommonFragments.Length])),
            Kind("list: first page", total, warmUp, i => new BenchQuery(string.Empty, "/api/v1/contacts?limit=50")),
            Kind("list: page after a cursor", total, warmUp, i => AfterCursor(Sample(samples, random))),
            Kind("list: stage filter, by last name", total, warmUp, i => Listed($"filter=lifecycleStage:eq:{Stages[i % Stages.Length]}&sort=lastName")),
            Kind("list: stage filter, by last name, next page", total, warmUp, i => Drawn(samples, random, c => Listed(
                $"filter=lifecycleStage:eq:customer&sort=lastName&cursor={Uri.EscapeDataString(ListCursor("lastName", c.LastName, c.Id))}"))),
            Kind("list: last-name prefix, newest first", total, warmUp, i => Drawn(samples, random, c => Listed(
                $"filter=lastName:startsWith:{Uri.EscapeDataString(c.LastName[..Math.Min(3, c.LastName.Length)])}&sort=-createdAt"))),
            Kind("list: created this year, by last name desc", total, warmUp, i => Listed($"filter=createdAt:gte:{DateTime.UtcNow.Year}-01-01&sort=-lastName")),
            Kind("get by id", total, warmUp, i => Drawn(samples, random, c => new BenchQuery(c.Id.ToString(), $"/api/v1/contacts/{c.Id}", c.Id))),
        ];
    }

    private static QueryKind Kind(string name, int total, int warmUp, Func<int, BenchQuery> make)
    {
        var queries = Enumerable.Range(0, total).Select(make).ToList();
        return new QueryKind(name, queries[..warmUp], queries[warmUp..]);
    }

    private static SeededContact Sample(IReadOnlyList<SeededContact> samples, Random random) => samples[random.Next(samples.Count)];

    private static BenchQuery Drawn(IReadOnlyList<SeededContact> samples, Random random, Func<SeededContact, BenchQuery> make) => make(Sample(samples, random));

    private static BenchQuery Typo(QueryTexts texts, IReadOnlyList<SeededContact> samples, Random random)
    {
        while (true)
        {
            var contact = Sample(samples, random);
            if (texts.Typo(contact) is { } typo)
            {
                return Search(typo, contact.Id);
            }
        }
    }

    private static BenchQuery Search(string text, Guid? source = null) => new(text, $"/api/v1/search?q={Uri.EscapeDataString(text)}&limit=10", source);

    private static BenchQuery List(string text, Guid? source = null) => new(text, $"/api/v1/contacts?q={Uri.EscapeDataString(text)}&limit=50", source);

    private static readonly string[] Stages = ["customer", "lead", "subscriber", "opportunity"];

    private static BenchQuery AfterCursor(SeededContact contact)
    {
        var cursor = ListCursor("createdAt", string.Empty, contact.Id);
        return new BenchQuery(cursor, $"/api/v1/contacts?limit=50&cursor={Uri.EscapeDataString(cursor)}");
    }

    private static BenchQuery Listed(string query) => new(query, $"/api/v1/contacts?limit=50&{query}");

    /// <summary>The contact list's cursor (the module's ListCursor: its sort, the last row's sort value and id, as base64url JSON).</summary>
    private static string ListCursor(string sort, string value, Guid id) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { Sort = sort, Value = value, Id = id }));
}
